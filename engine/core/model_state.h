// Named tensors of a module (parameters and buffers) and checked loading: the bridge
// between networks and weight files. Names are the registered module paths, with '.'
// separators ("synthesis.layer3.affine.weight"), prefixed by the caller ("g_ema.").
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <torch/torch.h>

namespace pivq::core {

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// Every parameter then every buffer of `m`, in registration order, detached (sharing storage).
NamedTensors stateOf(const torch::nn::Module& m, const std::string& prefix = "");

// Copies the entries of `tensors` whose names start with `prefix` into `m`. Every
// parameter and buffer of `m` must be present with the same shape; floating dtypes are
// converted (fp16 storage loads into fp32). Missing, unexpected, mis-shaped or non-finite
// tensors throw std::invalid_argument naming the tensor.
void loadState(torch::nn::Module& m, const NamedTensors& tensors, const std::string& prefix = "");

// The tensor called `name`, or an undefined tensor.
torch::Tensor findTensor(const NamedTensors& tensors, const std::string& name);

}  // namespace pivq::core
