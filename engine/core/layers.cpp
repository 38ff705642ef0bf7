#include "engine/core/layers.h"

#include <cmath>

namespace pivq::core {

namespace F = torch::nn::functional;

torch::Tensor firKernel(const torch::TensorOptions& opts)
{
    auto k1 = torch::tensor({1.0f, 3.0f, 3.0f, 1.0f}, opts.dtype(torch::kFloat32));
    auto k = torch::outer(k1, k1);
    return k / k.sum();  // [4,4], sums to 1
}

namespace {
// The FIR filter is separable: [1,3,3,1]/8 along each axis. It runs as eight fused
// multiply-adds on shifted views inside a custom autograd function: LibTorch runs a
// depthwise 4x4 convolution on a slow CPU path (measured 25x slower), and autograd through
// shifted slices allocates a zero tensor per slice in the backward pass.

// Valid 1-D FIR [1,3,3,1] * scale along `dim` of a padded tensor (no autograd).
torch::Tensor fir1dValid(const torch::Tensor& x, int64_t dim, double scale)
{
    const int64_t out = x.size(dim) - 3;
    auto y = x.slice(dim, 0, out) + x.slice(dim, 3, out + 3);
    y.add_(x.slice(dim, 1, out + 1), 3.0).add_(x.slice(dim, 2, out + 2), 3.0);
    return y.mul_(scale / 8.0);
}

// pad (p0 before, p1 after on H and W), then the separable FIR times `gain`.
torch::Tensor firRaw(const torch::Tensor& x, int64_t p0, int64_t p1, double gain)
{
    auto y = (p0 != 0 || p1 != 0) ? torch::constant_pad_nd(x, {p0, p1, p0, p1}, 0) : x;
    return fir1dValid(fir1dValid(y, 3, 1.0), 2, gain);
}

struct FirFunction : torch::autograd::Function<FirFunction> {
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x, int64_t p0,
                                 int64_t p1, double gain)
    {
        ctx->saved_data["p0"] = p0;
        ctx->saved_data["p1"] = p1;
        ctx->saved_data["gain"] = gain;
        ctx->saved_data["h"] = x.size(2);
        ctx->saved_data["w"] = x.size(3);
        return firRaw(x, p0, p1, gain);
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads)
    {
        // The adjoint of a valid correlation with a symmetric kernel is the same filter on
        // the gradient padded by 3 ("full"), cropped back to the unpadded input.
        const int64_t p0 = ctx->saved_data["p0"].toInt(), h = ctx->saved_data["h"].toInt(),
                      w = ctx->saved_data["w"].toInt();
        auto g = firRaw(grads[0], 3, 3, ctx->saved_data["gain"].toDouble());
        g = g.slice(2, p0, p0 + h).slice(3, p0, p0 + w);
        return {g, torch::Tensor(), torch::Tensor(), torch::Tensor()};
    }
};
}  // namespace

torch::Tensor firFilter(const torch::Tensor& x, int pad0, int pad1, double gain)
{
    TORCH_CHECK(x.dim() == 4, "firFilter: expected [N,C,H,W]");
    return FirFunction::apply(x, int64_t(pad0), int64_t(pad1), gain);
}

torch::Tensor upsample2d(const torch::Tensor& x)
{
    // Zero insertion + pad (2,1) + FIR with gain 2 per axis, in polyphase form: along
    // each axis the even outputs are (x[i-1] + 3 x[i]) / 4 and the odd ones
    // (3 x[i] + x[i+1]) / 4, with zeros beyond the border. [N,C,H,W] -> [N,C,2H,2W]
    auto up1d = [](const torch::Tensor& t, int64_t dim) {
        const int64_t n = t.size(dim);
        std::vector<int64_t> pad(static_cast<size_t>(2 * t.dim()), 0);
        // constant_pad_nd lists pads from the last dimension backwards.
        const size_t k = static_cast<size_t>(2 * (t.dim() - 1 - dim));
        pad[k] = 1;
        pad[k + 1] = 1;
        auto p = torch::constant_pad_nd(t, pad, 0);
        auto prev = p.slice(dim, 0, n), cur = p.slice(dim, 1, n + 1), next = p.slice(dim, 2, n + 2);
        auto even = (prev + 3 * cur) * 0.25;
        auto odd = (3 * cur + next) * 0.25;
        auto both = torch::stack({even, odd}, dim + 1);  // [..., n, 2, ...]
        auto shape = t.sizes().vec();
        shape[static_cast<size_t>(dim)] = 2 * n;
        return both.reshape(shape);
    };
    return up1d(up1d(x, 3), 2);
}

torch::Tensor downsample2d(const torch::Tensor& x)
{
    // FIR with pad (1,1), keeping every second pixel. [N,C,H,W] -> [N,C,H/2,W/2]
    auto y = firFilter(x, 1, 1);
    return y.slice(2, 0, y.size(2), 2).slice(3, 0, y.size(3), 2);
}

torch::Tensor biasAct(const torch::Tensor& x, const torch::Tensor& bias, bool lrelu, double gain)
{
    auto y = x;
    if (bias.defined()) {
        std::vector<int64_t> shape(static_cast<size_t>(x.dim()), 1);
        shape[1] = -1;
        y = y + bias.view(shape);
    }
    if (lrelu) {
        y = torch::leaky_relu(y, 0.2);
        gain *= std::sqrt(2.0);
    }
    if (gain != 1.0) y = y * gain;
    return y;
}

torch::Tensor instanceNorm(const torch::Tensor& x, double eps)
{
    auto mean = x.mean({2, 3}, true);
    auto centred = x - mean;
    auto var = centred.square().mean({2, 3}, true);
    return centred * torch::rsqrt(var + eps);
}

torch::Tensor modulateWeights(const torch::Tensor& weight, const torch::Tensor& styles, bool demodulate)
{
    const int64_t n = styles.size(0), in = weight.size(1);
    auto w = weight.unsqueeze(0) * styles.view({n, 1, in, 1, 1});  // [N,O,I,k,k]
    if (demodulate) w = w * torch::rsqrt(w.square().sum({2, 3, 4}, true) + 1e-8);
    return w;
}

torch::Tensor modulatedConv2d(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& styles,
                              bool demodulate, bool up, ModConvImpl impl)
{
    TORCH_CHECK(x.dim() == 4 && weight.dim() == 4 && styles.dim() == 2, "modulatedConv2d: bad ranks");
    TORCH_CHECK(x.size(1) == weight.size(1) && styles.size(1) == weight.size(1), "modulatedConv2d: channel mismatch");
    const int64_t n = x.size(0), in = weight.size(1), out = weight.size(0), k = weight.size(2);
    const int64_t pad = k / 2;
    if (impl == ModConvImpl::Split) {
        // Modulate the input instead of the weight, convolve with the shared weight, then
        // demodulate the output: same result, one big conv instead of N small ones.
        torch::Tensor d;
        if (demodulate)
            d = torch::rsqrt(torch::mm(styles.square(), weight.square().sum({2, 3}).t()) + 1e-8);  // [N,O]
        auto y = x * styles.view({n, in, 1, 1});
        if (up) {
            y = torch::conv_transpose2d(y, weight.transpose(0, 1), {}, 2);  // [N,O,2H+1,2W+1]
            y = firFilter(y, 1, 1, 4.0);                                    // [N,O,2H,2W]
        } else {
            y = torch::conv2d(y, weight, {}, 1, pad);
        }
        if (demodulate) y = y * d.view({n, out, 1, 1});
        return y;
    }
    // Grouped: one group per sample with its own modulated weights.
    auto w = modulateWeights(weight, styles, demodulate);  // [N,O,I,k,k]
    auto xg = x.reshape({1, n * in, x.size(2), x.size(3)});
    torch::Tensor y;
    if (up) {
        auto wt = w.transpose(1, 2).reshape({n * in, out, k, k});
        y = torch::conv_transpose2d(xg, wt, {}, 2, 0, 0, n);
        y = y.reshape({n, out, y.size(2), y.size(3)});
        y = firFilter(y, 1, 1, 4.0);
    } else {
        y = torch::conv2d(xg, w.reshape({n * out, in, k, k}), {}, 1, pad, 1, n);
        y = y.reshape({n, out, y.size(2), y.size(3)});
    }
    return y;
}

EqualLinearImpl::EqualLinearImpl(int64_t in, int64_t out, bool lrelu_, double lr_mult_, double bias_init)
    : lrelu(lrelu_), lr_mult(lr_mult_), weight_gain(lr_mult_ / std::sqrt(static_cast<double>(in)))
{
    weight = register_parameter("weight", torch::randn({out, in}) / lr_mult);
    bias = register_parameter("bias", torch::full({out}, bias_init / lr_mult));
}

torch::Tensor EqualLinearImpl::forward(const torch::Tensor& x)
{
    TORCH_CHECK(x.dim() == 2 && x.size(1) == weight.size(1), "EqualLinear: expected [N,", weight.size(1), "], got ",
                x.sizes());
    auto y = torch::addmm(bias * lr_mult, x, (weight * weight_gain).t());
    return lrelu ? biasAct(y, {}, true) : y;
}

EqualConv2dImpl::EqualConv2dImpl(int64_t in, int64_t out, int64_t kernel, bool bias_, bool lrelu_, bool down_)
    : has_bias(bias_), lrelu(lrelu_), down(down_),
      weight_gain(1.0 / std::sqrt(static_cast<double>(in * kernel * kernel)))
{
    weight = register_parameter("weight", torch::randn({out, in, kernel, kernel}));
    if (has_bias) bias = register_parameter("bias", torch::zeros({out}));
}

torch::Tensor EqualConv2dImpl::forward(const torch::Tensor& x, double gain)
{
    TORCH_CHECK(x.dim() == 4 && x.size(1) == weight.size(1), "EqualConv2d: expected [N,", weight.size(1),
                ",H,W], got ", x.sizes());
    const auto w = effectiveWeight();
    const int64_t k = weight.size(2);
    torch::Tensor y;
    if (down && k == 1) {
        y = torch::conv2d(downsample2d(x), w);
    } else if (down) {
        // FIR with pad (k-1)/2 + 1 on each side, then a valid stride-2 conv: [H] -> [H/2].
        const int p = static_cast<int>((k - 1) / 2 + 1);
        y = torch::conv2d(firFilter(x, p, p), w, {}, 2);
    } else {
        y = torch::conv2d(x, w, {}, 1, k / 2);
    }
    return biasAct(y, has_bias ? bias : torch::Tensor(), lrelu, gain);
}

MappingNetworkImpl::MappingNetworkImpl(int64_t z_dim_, int64_t w_dim_, int64_t layers, double lr_mult,
                                       double w_avg_beta_)
    : z_dim(z_dim_), w_dim(w_dim_), w_avg_beta(w_avg_beta_)
{
    fcs = register_module("fcs", torch::nn::ModuleList());
    for (int64_t i = 0; i < layers; ++i) fcs->push_back(EqualLinear(i == 0 ? z_dim : w_dim, w_dim, true, lr_mult));
    w_avg = register_buffer("w_avg", torch::zeros({w_dim}));
}

torch::Tensor MappingNetworkImpl::forward(const torch::Tensor& z, double psi, bool update_w_avg)
{
    TORCH_CHECK(z.dim() == 2 && z.size(1) == z_dim, "MappingNetwork: expected z [N,", z_dim, "], got ", z.sizes());
    auto x = z * torch::rsqrt(z.square().mean(1, true) + 1e-8);  // normalise the second moment
    for (const auto& m : *fcs) x = m->as<EqualLinearImpl>()->forward(x);
    if (update_w_avg) {
        torch::NoGradGuard ng;
        w_avg.copy_(x.detach().mean(0).lerp(w_avg, w_avg_beta));
    }
    if (psi != 1.0) x = w_avg.lerp(x, psi);  // truncation trick
    return x;  // [N,w_dim]
}

SynthesisLayerImpl::SynthesisLayerImpl(int64_t in, int64_t out, int64_t w_dim, int64_t resolution_, bool up_,
                                       bool modulated_, bool use_noise_, bool lrelu_, ModConvImpl impl_)
    : in_channels(in), out_channels(out), resolution(resolution_), up(up_), modulated(modulated_),
      use_noise(use_noise_), lrelu(lrelu_), weight_gain(1.0 / std::sqrt(static_cast<double>(in * 9))), impl(impl_)
{
    if (modulated)
        affine = register_module("affine", EqualLinear(w_dim, in, false, 1.0, 1.0));
    else
        const_style = register_parameter("const_style", torch::ones({in}));
    weight = register_parameter("weight", torch::randn({out, in, 3, 3}));
    bias = register_parameter("bias", torch::zeros({out}));
    if (use_noise) {
        noise_strength = register_parameter("noise_strength", torch::zeros({}));
        noise_const = register_buffer("noise_const", torch::randn({resolution, resolution}));
    }
}

torch::Tensor SynthesisLayerImpl::styles(const torch::Tensor& w)
{
    if (modulated) return affine->forward(w);
    return const_style.unsqueeze(0).expand({w.size(0), in_channels});
}

torch::Tensor SynthesisLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& w, NoiseMode noise)
{
    TORCH_CHECK(x.dim() == 4 && x.size(1) == in_channels, "SynthesisLayer: expected [N,", in_channels,
                ",H,W], got ", x.sizes());
    auto y = modulatedConv2d(x, weight * weight_gain, styles(w), true, up, impl);  // [N,out,r,r]
    if (use_noise && noise != NoiseMode::None) {
        auto n = noise == NoiseMode::Const ? noise_const.view({1, 1, resolution, resolution})
                                           : torch::randn({y.size(0), 1, resolution, resolution}, y.options());
        y = y + n * noise_strength;
    }
    return biasAct(y, bias, lrelu);
}

ToRGBImpl::ToRGBImpl(int64_t in, int64_t out, int64_t w_dim, ModConvImpl impl_)
    : weight_gain(1.0 / std::sqrt(static_cast<double>(in))), impl(impl_)
{
    affine = register_module("affine", EqualLinear(w_dim, in, false, 1.0, 1.0));
    weight = register_parameter("weight", torch::randn({out, in, 1, 1}));
    bias = register_parameter("bias", torch::zeros({out}));
}

torch::Tensor ToRGBImpl::forward(const torch::Tensor& x, const torch::Tensor& w)
{
    auto s = affine->forward(w) * weight_gain;
    return biasAct(modulatedConv2d(x, weight, s, false, false, impl), bias, false);
}

ResDownBlockImpl::ResDownBlockImpl(int64_t in, int64_t out)
{
    conv0 = register_module("conv0", EqualConv2d(in, in, 3));
    conv1 = register_module("conv1", EqualConv2d(in, out, 3, true, true, true));
    skip = register_module("skip", EqualConv2d(in, out, 1, false, false, true));
}

torch::Tensor ResDownBlockImpl::forward(const torch::Tensor& x)
{
    const double g = std::sqrt(0.5);
    auto y = skip->forward(x, g);
    return conv1->forward(conv0->forward(x), g) + y;
}

}  // namespace pivq::core
