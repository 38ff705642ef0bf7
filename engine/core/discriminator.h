// StyleGAN2 residual discriminator with minibatch standard deviation (Karras et al. 2020).
#pragma once

#include <torch/torch.h>

#include "engine/core/config.h"
#include "engine/core/layers.h"

namespace pivq::core {

struct DiscriminatorImpl : torch::nn::Module {
    explicit DiscriminatorImpl(const ModelConfig& cfg);
    torch::Tensor forward(const torch::Tensor& img);  // [N,3,R,R] -> [N,1] logits

    ModelConfig cfg;
    EqualConv2d from_rgb{nullptr};           // 1x1, at full resolution
    std::vector<ResDownBlock> blocks;        // R -> 4
    EqualConv2d epilogue_conv{nullptr};      // (C4 + 1) -> C4, 3x3, after minibatch stddev
    EqualLinear epilogue_fc{nullptr};        // C4*16 -> C4
    EqualLinear out{nullptr};                // C4 -> 1
};
TORCH_MODULE(Discriminator);

// Minibatch standard deviation (one extra channel): std over groups of `group` samples,
// averaged over channels and pixels. [N,C,H,W] -> [N,C+1,H,W]
torch::Tensor minibatchStddev(const torch::Tensor& x, int64_t group);

}  // namespace pivq::core
