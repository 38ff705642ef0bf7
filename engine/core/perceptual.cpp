#include "engine/core/perceptual.h"

#include <cmath>

namespace pivq::core {

namespace F = torch::nn::functional;

namespace {
torch::Tensor gaussianWindow(int size, double sigma, const torch::Tensor& like)
{
    auto coords = torch::arange(size, like.options()) - (size - 1) / 2.0;
    auto g = torch::exp(-coords.square() / (2 * sigma * sigma));
    g = g / g.sum();
    return torch::outer(g, g);  // [k,k]
}

// Per-image SSIM map mean and contrast-structure term at one scale. x, y in [0,1].
std::pair<torch::Tensor, torch::Tensor> ssimTerms(const torch::Tensor& x, const torch::Tensor& y, int window,
                                                  double sigma)
{
    const int64_t c = x.size(1);
    const int k = static_cast<int>(std::min<int64_t>(window, std::min(x.size(2), x.size(3))));
    auto w = gaussianWindow(k, sigma, x).view({1, 1, k, k}).expand({c, 1, k, k}).contiguous();
    const int64_t no_pad = 0;
    auto blur = [&](const torch::Tensor& t) { return torch::conv2d(t, w, {}, 1, no_pad, 1, c); };
    const double c1 = 0.01 * 0.01, c2 = 0.03 * 0.03;
    auto mx = blur(x), my = blur(y);
    auto sxx = blur(x * x) - mx * mx;
    auto syy = blur(y * y) - my * my;
    auto sxy = blur(x * y) - mx * my;
    auto cs = (2 * sxy + c2) / (sxx + syy + c2);
    auto l = (2 * mx * my + c1) / (mx * mx + my * my + c1);
    return {(l * cs).mean({1, 2, 3}), cs.mean({1, 2, 3})};
}
}  // namespace

torch::Tensor ssim(const torch::Tensor& x, const torch::Tensor& y, int window, double sigma)
{
    return ssimTerms((x + 1) / 2, (y + 1) / 2, window, sigma).first;
}

torch::Tensor msssim(const torch::Tensor& x, const torch::Tensor& y)
{
    // Scale weights of Wang et al. 2003, truncated to the scales the image size allows
    // (the coarsest scale keeps at least 8 pixels) and renormalised.
    static const double kWeights[5] = {0.0448, 0.2856, 0.3001, 0.2363, 0.1333};
    int scales = 1;
    for (int64_t s = std::min(x.size(2), x.size(3)); scales < 5 && s / 2 >= 8; s /= 2) ++scales;
    double total = 0;
    for (int i = 0; i < scales; ++i) total += kWeights[i];
    auto a = (x + 1) / 2, b = (y + 1) / 2;
    torch::Tensor result;
    for (int i = 0; i < scales; ++i) {
        auto [s, cs] = ssimTerms(a, b, 7, 1.5);
        const double wgt = kWeights[i] / total;
        // relu keeps the fractional powers defined; SSIM terms are in (-1, 1].
        auto term = torch::pow(torch::relu(i == scales - 1 ? s : cs) + 1e-6, wgt);
        result = result.defined() ? result * term : term;
        if (i + 1 < scales) {
            a = F::avg_pool2d(a, F::AvgPool2dFuncOptions(2));
            b = F::avg_pool2d(b, F::AvgPool2dFuncOptions(2));
        }
    }
    return result;  // [N]
}

torch::Tensor MsssimL1Distance::distance(const torch::Tensor& x, const torch::Tensor& y)
{
    auto l1 = ((x - y).abs() / 2).mean({1, 2, 3});
    return 0.84 * (1 - msssim(x, y)) + 0.16 * l1;
}

LpipsAlexImpl::LpipsAlexImpl()
{
    namespace nn = torch::nn;
    features = register_module(
        "features",
        nn::Sequential(nn::Conv2d(nn::Conv2dOptions(3, 64, 11).stride(4).padding(2)), nn::ReLU(),
                       nn::MaxPool2d(nn::MaxPool2dOptions(3).stride(2)),
                       nn::Conv2d(nn::Conv2dOptions(64, 192, 5).padding(2)), nn::ReLU(),
                       nn::MaxPool2d(nn::MaxPool2dOptions(3).stride(2)),
                       nn::Conv2d(nn::Conv2dOptions(192, 384, 3).padding(1)), nn::ReLU(),
                       nn::Conv2d(nn::Conv2dOptions(384, 256, 3).padding(1)), nn::ReLU(),
                       nn::Conv2d(nn::Conv2dOptions(256, 256, 3).padding(1)), nn::ReLU()));
    const int64_t chans[5] = {64, 192, 384, 256, 256};
    for (int i = 0; i < 5; ++i) {
        // Registered as lin{i}.model.1 to match the official file's names.
        auto holder = register_module("lin" + std::to_string(i), nn::Sequential());
        auto conv = nn::Conv2d(nn::Conv2dOptions(chans[i], 1, 1).bias(false));
        holder->push_back(nn::Dropout());
        holder->push_back(conv);
        lins.push_back(conv);
    }
    shift = register_buffer("shift", torch::tensor({-0.030f, -0.088f, -0.188f}).view({1, 3, 1, 1}));
    scale = register_buffer("scale", torch::tensor({0.458f, 0.448f, 0.450f}).view({1, 3, 1, 1}));
}

torch::Tensor LpipsAlexImpl::forward(const torch::Tensor& x, const torch::Tensor& y)
{
    // LPIPS needs some spatial extent after the stride-4 conv and two pools.
    auto prep = [&](const torch::Tensor& t) {
        auto u = t;
        if (u.size(2) < 64)
            u = F::interpolate(u, F::InterpolateFuncOptions()
                                      .size(std::vector<int64_t>{64, 64})
                                      .mode(torch::kBilinear)
                                      .align_corners(false));
        return (u - shift) / scale;
    };
    auto a = prep(x), b = prep(y);
    torch::Tensor total;
    size_t tap = 0;
    for (auto& layer : *features) {
        a = layer.forward(a);
        b = layer.forward(b);
        if (layer.ptr()->as<torch::nn::ReLUImpl>()) {  // relu1 .. relu5
            auto na = a * torch::rsqrt(a.square().sum(1, true) + 1e-10);
            auto nb = b * torch::rsqrt(b.square().sum(1, true) + 1e-10);
            auto d = lins[tap++]->forward((na - nb).square()).mean({1, 2, 3});
            total = total.defined() ? total + d : d;
        }
    }
    return total;  // [N]
}

LpipsDistance::LpipsDistance(const NamedTensors& tensors)
{
    net_->eval();
    // Buffers (shift/scale) are constants of the method, not part of the weight file.
    NamedTensors all = tensors;
    for (const auto& b : net_->named_buffers(true))
        if (!findTensor(all, b.key()).defined()) all.emplace_back(b.key(), b.value().detach().clone());
    loadState(*net_, all);
    for (auto& p : net_->parameters()) p.set_requires_grad(false);
}

torch::Tensor LpipsDistance::distance(const torch::Tensor& x, const torch::Tensor& y) { return net_->forward(x, y); }

}  // namespace pivq::core
