// Perceptual distances P(x, y) for the reconstruction losses (paper eq. 2-3).
// LPIPS (Zhang et al. 2018) needs ImageNet-pretrained backbone weights that this project
// cannot download; it loads a user-supplied file (docs/LPIPS.md says how to convert the
// official weights). Without one, a weight-free distance is used and named as such.
#pragma once

#include <memory>
#include <string>

#include <torch/torch.h>

#include "engine/core/model_state.h"

namespace pivq::core {

class PerceptualDistance {
public:
    virtual ~PerceptualDistance() = default;
    // x, y [N,3,H,W] in [-1,1] -> [N] distances (differentiable).
    virtual torch::Tensor distance(const torch::Tensor& x, const torch::Tensor& y) = 0;
    // The name recorded in logs and bundles: "lpips-alex" or "msssim-l1".
    virtual std::string name() const = 0;
    virtual void to(const torch::Device& d) = 0;
};

// Structural similarity with a Gaussian window (Wang et al. 2004); multi-scale as in Wang,
// Simoncelli & Bovik 2003 with the scale count adapted to the image size.
torch::Tensor ssim(const torch::Tensor& x, const torch::Tensor& y, int window = 7, double sigma = 1.5);  // [N]
torch::Tensor msssim(const torch::Tensor& x, const torch::Tensor& y);  // [N]

// Weight-free default: 0.84 * (1 - MS-SSIM) + 0.16 * L1 (the mix of Zhao et al. 2017),
// both on images mapped to [0,1].
class MsssimL1Distance : public PerceptualDistance {
public:
    torch::Tensor distance(const torch::Tensor& x, const torch::Tensor& y) override;
    std::string name() const override { return "msssim-l1"; }
    void to(const torch::Device&) override {}
};

// LPIPS with the AlexNet backbone: relu1..relu5 features, channel-normalised, squared
// difference, 1x1 "lin" weights, spatial mean, summed over layers.
struct LpipsAlexImpl : torch::nn::Module {
    LpipsAlexImpl();
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& y);  // [N,3,H,W] in [-1,1] -> [N]
    torch::nn::Sequential features{nullptr};  // torchvision alexnet.features layout
    std::vector<torch::nn::Conv2d> lins;      // lin0..lin4: [1,C,1,1], no bias
    torch::Tensor shift, scale;               // buffers [1,3,1,1]
};
TORCH_MODULE(LpipsAlex);

class LpipsDistance : public PerceptualDistance {
public:
    // `tensors` named "features.{0,3,6,8,10}.{weight,bias}" and "lin{0..4}.model.1.weight".
    explicit LpipsDistance(const NamedTensors& tensors);
    torch::Tensor distance(const torch::Tensor& x, const torch::Tensor& y) override;
    std::string name() const override { return "lpips-alex"; }
    void to(const torch::Device& d) override { net_->to(d); }

private:
    LpipsAlex net_;
};

}  // namespace pivq::core
