// The GAN-inversion encoder E (paper 3.1): image -> W+ latents [N,num_ws,w_dim], predicted
// as offsets from the mapping network's running mean w_avg. A feature pyramid as in
// pSp/e4e: residual down blocks, taps at three scales joined top-down, one head per group:
// coarse rows (synthesis side <= 8) from the deepest tap, middle (<= 32) from the middle
// tap, fine rows from the shallowest.
#pragma once

#include <torch/torch.h>

#include "engine/core/config.h"
#include "engine/core/layers.h"

namespace pivq::core {

enum class LatentGroup { Coarse = 0, Middle = 1, Fine = 2 };
// Which group a W+ row belongs to, by the side of the synthesis layer it drives.
LatentGroup latentGroup(const ModelConfig& cfg, int row);

// One group's head: stride-2 convs from the tap's side down to 4x4, then a linear layer
// producing `rows` W+ offsets.
struct EncoderHeadImpl : torch::nn::Module {
    EncoderHeadImpl(int64_t channels, int64_t side, int64_t rows, int64_t w_dim);
    torch::Tensor forward(const torch::Tensor& x);  // [N,C,side,side] -> [N,rows,w_dim]

    torch::nn::ModuleList downs;
    EqualLinear fc{nullptr};
    int64_t rows, w_dim;
};
TORCH_MODULE(EncoderHead);

struct EncoderImpl : torch::nn::Module {
    explicit EncoderImpl(const ModelConfig& cfg);
    // img [N,3,R,R] in [-1,1], w_avg [w_dim] -> ws [N,num_ws,w_dim].
    torch::Tensor forward(const torch::Tensor& img, const torch::Tensor& w_avg);

    ModelConfig cfg;
    EqualConv2d from_rgb{nullptr};
    std::vector<ResDownBlock> blocks;     // R -> R/2 -> ... -> 4
    std::array<int64_t, 3> tap_side{};    // coarse, middle, fine
    EqualConv2d lateral_mid{nullptr}, lateral_fine{nullptr};  // top-down 1x1 connections
    std::array<EncoderHead, 3> heads{EncoderHead{nullptr}, EncoderHead{nullptr}, EncoderHead{nullptr}};
    std::array<std::vector<int64_t>, 3> group_rows;
};
TORCH_MODULE(Encoder);

}  // namespace pivq::core
