// Vector-Quantized Spatial Normalization (PIVQGAN paper, section 3.2).
//
// Attached to the output feature map f [N,c,h,w] of a pose layer, driven by that layer's
// pose latent l_p [N,w_dim]:
//   1. a pose generator up-samples a trainable 4x4 basis by three modulated convs -> f_b [N,d,h,w]
//   2. each spatial vector of f_b snaps to the nearest of K codes -> mask M [N,h,w] and f_vq
//   3. two 1x1 convs map f_vq to alpha, beta:  f' = norm(f) * (1 + alpha) + beta
#pragma once

#include <torch/torch.h>

#include "engine/core/config.h"
#include "engine/core/layers.h"

namespace pivq::core {

// Nearest-neighbour vector quantiser with straight-through gradients, commitment loss,
// an EMA codebook (or a codebook loss), data initialisation and dead-code restarts.
// The Gumbel-softmax variant classifies with a 1x1 conv instead.
struct VectorQuantizerImpl : torch::nn::Module {
    struct Result {
        torch::Tensor zq;    // [N,d,h,w] quantised vectors (straight-through in training)
        torch::Tensor mask;  // [N,h,w] int64 code indices in [0,K)
        torch::Tensor loss;  // scalar: commitment (+ codebook) loss
    };

    VectorQuantizerImpl(const ModelConfig& cfg);
    // z [N,d,h,w]. When `mask` is defined it replaces the nearest-code assignment (editing).
    Result forward(const torch::Tensor& z, const torch::Tensor& mask = {});
    torch::Tensor lookup(const torch::Tensor& mask);  // [N,h,w] -> [N,d,h,w]
    torch::Tensor assign(const torch::Tensor& z);     // [N,d,h,w] -> [N,h,w] nearest codes

    torch::Tensor codebook;     // [K,d] parameter (no gradient when the EMA update is used)
    torch::Tensor ema_count;    // buffer [K]: EMA of how often each code is used (usage statistics)
    torch::Tensor ema_sum;      // buffer [K,d]: EMA of the vectors assigned to each code
    torch::Tensor initialized;  // buffer scalar: 0 until the codebook was seeded from data
    EqualConv2d gumbel_logits{nullptr};  // Gumbel variant: [N,d,h,w] -> [N,K,h,w]
    int64_t codes, dim;
    bool ema, gumbel;
    double beta, decay, dead_threshold, tau;

private:
    void updateEma(const torch::Tensor& flat, const torch::Tensor& idx);
};
TORCH_MODULE(VectorQuantizer);

struct VqsnOutput {
    torch::Tensor f;     // [N,c,h,w] revised feature map
    torch::Tensor mask;  // [N,h,w] int64 object mask
    torch::Tensor fvq;   // [N,d,h,w] quantised base map (feeds the next layer in VQ-2)
    torch::Tensor loss;  // scalar VQ loss
};

struct VqsnImpl : torch::nn::Module {
    VqsnImpl(const ModelConfig& cfg,
             int64_t channels,          // c: channels of the feature map it normalises
             int64_t resolution,        // h = w of that feature map
             int64_t prev_resolution);  // VQ-2 only: side of the previous VQSN layer's f_vq, 0 for none
    // The pose generator alone: l_p [N,w_dim] (+ previous f_vq for VQ-2) -> f_b [N,d,h,w].
    torch::Tensor baseMap(const torch::Tensor& lp, const torch::Tensor& prev_fvq);
    // Quantise f_b (or use `mask`), then modulate f.
    VqsnOutput forward(const torch::Tensor& f, const torch::Tensor& lp, const torch::Tensor& prev_fvq,
                       const torch::Tensor& mask = {});

    torch::Tensor basis;  // [P,4,4], absent for chained VQ-2 layers
    torch::nn::ModuleList pose_convs;
    std::vector<int64_t> sizes;  // side before each pose conv
    VectorQuantizer vq{nullptr};
    EqualConv2d to_alpha{nullptr}, to_beta{nullptr};
    VqVariant variant;
    int64_t channels, resolution;
    bool chained;
};
TORCH_MODULE(Vqsn);

}  // namespace pivq::core
