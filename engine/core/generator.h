// The PIVQGAN generator: StyleGAN2 mapping + skip-architecture synthesis network whose
// pose layers carry VQSN modules (paper 3.1-3.2), plus grafting of W+ latents.
#pragma once

#include <map>
#include <vector>

#include <torch/torch.h>

#include "engine/core/config.h"
#include "engine/core/layers.h"
#include "engine/core/vqsn.h"

namespace pivq::core {

struct SynthesisOptions {
    NoiseMode noise = NoiseMode::Const;  // Const: deterministic (editing); Random: training
    // Pose layer -> [N,h,w] int64 object mask that replaces the computed one (mask editing).
    std::map<int, torch::Tensor> masks;
    // Incremental synthesis: start at `start_layer` from a state captured earlier (see
    // SynthesisState); 0 starts from the constant input.
    int start_layer = 0;
    const struct SynthesisState* start_state = nullptr;
    // Layers before which to capture the state into SynthesisOutput::states.
    std::vector<int> capture;
};

// Everything the synthesis loop carries from one conv layer to the next.
struct SynthesisState {
    torch::Tensor x;         // features entering the layer
    torch::Tensor img;       // skip-architecture RGB accumulated so far (undefined before the first toRGB)
    torch::Tensor prev_fvq;  // VQ-2: the last VQSN layer's f_vq
};

struct SynthesisOutput {
    torch::Tensor image;                 // [N,3,R,R], roughly in [-1,1]
    std::map<int, torch::Tensor> masks;  // pose layer -> [N,h,w] int64 object mask
    torch::Tensor vq_loss;               // scalar, summed over VQSN layers
    std::map<int, SynthesisState> states;  // captured states (SynthesisOptions::capture)
};

struct SynthesisNetworkImpl : torch::nn::Module {
    explicit SynthesisNetworkImpl(const ModelConfig& cfg);
    // ws [N,num_ws,w_dim] -> image and masks.
    SynthesisOutput forward(const torch::Tensor& ws, const SynthesisOptions& opts = {});

    ModelConfig cfg;
    torch::Tensor const_input;                  // [C4,4,4]
    std::vector<SynthesisLayer> layers;         // conv layers 0..num_ws-2
    std::vector<ToRGB> torgbs;                  // one per block, 4x4 .. RxR
    std::map<int, Vqsn> vqsn;                   // pose layer -> its VQSN module
};
TORCH_MODULE(SynthesisNetwork);

struct GeneratorImpl : torch::nn::Module {
    explicit GeneratorImpl(const ModelConfig& cfg);
    // z [N,z_dim] -> ws [N,num_ws,w_dim]. psi < 1 truncates. Style mixing is the caller's.
    torch::Tensor mapZ(const torch::Tensor& z, double psi = 1.0, bool update_w_avg = false);
    SynthesisOutput synthesize(const torch::Tensor& ws, const SynthesisOptions& opts = {});
    torch::Tensor wAvg() const { return mapping->w_avg; }

    ModelConfig cfg;
    MappingNetwork mapping{nullptr};
    SynthesisNetwork synthesis{nullptr};
};
TORCH_MODULE(Generator);

// graft(l_identity, l_pose): pose layers' rows from `pose`, every other row from `identity`
// (paper 3.1). Both [N,num_ws,w_dim]; N may broadcast from 1.
torch::Tensor graft(const ModelConfig& cfg, const torch::Tensor& identity, const torch::Tensor& pose);
// A [num_ws] float mask, 1 on pose rows, 0 elsewhere.
torch::Tensor poseRowMask(const ModelConfig& cfg, const torch::TensorOptions& opts = {});

// The conv layer index that the toRGB of the block ending at `layer` uses as its W+ row,
// or -1 when `layer` does not end a block.
int toRgbRowAfter(const ModelConfig& cfg, int layer);

}  // namespace pivq::core
