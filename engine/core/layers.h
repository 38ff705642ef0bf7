// StyleGAN2 building blocks (Karras et al. 2020, as in stylegan2-ada-pytorch): equalized
// learning rate, FIR resampling, modulated convolution, noise, toRGB, mapping network.
#pragma once

#include <torch/torch.h>

namespace pivq::core {

// Modulated convolution implementation (see ModelConfig::modconv).
enum class ModConvImpl { Split, Grouped };

// The 4x4 FIR filter: outer product of [1,3,3,1], normalised to sum 1.  [4, 4]
torch::Tensor firKernel(const torch::TensorOptions& opts = {});
// Depthwise 4x4 FIR filter with explicit zero padding (left/top pad0, right/bottom pad1).
torch::Tensor firFilter(const torch::Tensor& x, int pad0, int pad1, double gain = 1.0);
// 2x upsampling: zero insertion then FIR with gain 4. [N,C,H,W] -> [N,C,2H,2W]
torch::Tensor upsample2d(const torch::Tensor& x);
// 2x downsampling: FIR then keep every second pixel. [N,C,H,W] -> [N,C,H/2,W/2]
torch::Tensor downsample2d(const torch::Tensor& x);
// Bias, then leaky ReLU (slope 0.2) times sqrt(2), or linear.
torch::Tensor biasAct(const torch::Tensor& x, const torch::Tensor& bias, bool lrelu, double gain = 1.0);

// Per-sample modulated (and optionally demodulated) weights, the grouped-conv view:
// w'[n,o,i,k,k] = W[o,i,k,k] * s[n,i]; if demodulate, w' *= rsqrt(sum_{i,k,k} w'^2 + 1e-8).
// weight [O,I,k,k], styles [N,I] -> [N,O,I,k,k]
torch::Tensor modulateWeights(const torch::Tensor& weight, const torch::Tensor& styles, bool demodulate);

// Modulated convolution (paper of StyleGAN2, eq. 1-3): modulate, demodulate, convolve.
// x [N,I,H,W], weight [O,I,k,k] (runtime-scaled already), styles [N,I].
// up = 2 uses a stride-2 transposed convolution followed by the FIR filter.
torch::Tensor modulatedConv2d(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& styles,
                              bool demodulate, bool up, ModConvImpl impl);

// Fully connected layer with equalized learning rate: the stored weight is N(0,1)/lr_mult
// and is scaled at run time by lr_mult/sqrt(in), the bias by lr_mult.
struct EqualLinearImpl : torch::nn::Module {
    EqualLinearImpl(int64_t in,           // input features
                    int64_t out,          // output features
                    bool lrelu = false,   // leaky ReLU * sqrt(2) after the bias
                    double lr_mult = 1.0, // learning-rate multiplier
                    double bias_init = 0.0);
    torch::Tensor forward(const torch::Tensor& x);  // [N,in] -> [N,out]
    torch::Tensor effectiveWeight() const { return weight * weight_gain; }

    torch::Tensor weight, bias;
    bool lrelu;
    double lr_mult, weight_gain;
};
TORCH_MODULE(EqualLinear);

// Convolution with equalized learning rate, optional FIR downsampling (D and E blocks).
struct EqualConv2dImpl : torch::nn::Module {
    EqualConv2dImpl(int64_t in, int64_t out, int64_t kernel,
                    bool bias = true,     // learned bias
                    bool lrelu = true,    // activation after bias
                    bool down = false);   // 2x downsampling (FIR then stride 2)
    torch::Tensor forward(const torch::Tensor& x, double gain = 1.0);  // [N,in,H,W] -> [N,out,H',W']
    torch::Tensor effectiveWeight() const { return weight * weight_gain; }

    torch::Tensor weight, bias;
    bool has_bias, lrelu, down;
    double weight_gain;
};
TORCH_MODULE(EqualConv2d);

// z -> w: second-moment normalisation of z, then FC layers (lr multiplier 0.01 by default).
// Tracks the running mean w_avg during training and applies truncation at inference.
struct MappingNetworkImpl : torch::nn::Module {
    MappingNetworkImpl(int64_t z_dim, int64_t w_dim, int64_t layers, double lr_mult, double w_avg_beta);
    // z [N,z_dim] -> w [N,w_dim]. psi < 1 truncates towards w_avg; update_w_avg in training.
    torch::Tensor forward(const torch::Tensor& z, double psi = 1.0, bool update_w_avg = false);

    torch::nn::ModuleList fcs;
    torch::Tensor w_avg;  // buffer [w_dim]
    int64_t z_dim, w_dim;
    double w_avg_beta;
};
TORCH_MODULE(MappingNetwork);

// Noise inputs: how a synthesis layer draws its per-pixel noise.
enum class NoiseMode { Random, Const, None };

// One modulated 3x3 conv layer of the synthesis network (or of a VQSN pose generator):
// style affine (bias init 1), modulated conv (optionally 2x up), noise, bias, lrelu.
struct SynthesisLayerImpl : torch::nn::Module {
    SynthesisLayerImpl(int64_t in, int64_t out, int64_t w_dim,
                       int64_t resolution,     // output side
                       bool up,                // 2x upsampling (transposed conv + FIR)
                       bool modulated = true,  // false: a learned constant style replaces affine(w)
                       bool use_noise = true,
                       bool lrelu = true,
                       ModConvImpl impl = ModConvImpl::Split);
    torch::Tensor styles(const torch::Tensor& w);  // [N,w_dim] -> [N,in]
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& w, NoiseMode noise);  // [N,in,r',r'] -> [N,out,r,r]

    EqualLinear affine{nullptr};
    torch::Tensor const_style;      // [in], only when !modulated
    torch::Tensor weight, bias;     // [out,in,3,3], [out]
    torch::Tensor noise_strength;   // scalar, init 0
    torch::Tensor noise_const;      // buffer [r,r]
    int64_t in_channels, out_channels, resolution;
    bool up, modulated, use_noise, lrelu;
    double weight_gain;
    ModConvImpl impl;
};
TORCH_MODULE(SynthesisLayer);

// toRGB: 1x1 modulated conv without demodulation, styles scaled by 1/sqrt(in), linear.
struct ToRGBImpl : torch::nn::Module {
    ToRGBImpl(int64_t in, int64_t out, int64_t w_dim, ModConvImpl impl);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& w);  // [N,in,r,r] -> [N,3,r,r]

    EqualLinear affine{nullptr};
    torch::Tensor weight, bias;
    double weight_gain;
    ModConvImpl impl;
};
TORCH_MODULE(ToRGB);

// Residual down block shared by the discriminator and the encoder:
// conv3x3, conv3x3 down, plus a 1x1 down skip; both paths scaled by sqrt(0.5).
struct ResDownBlockImpl : torch::nn::Module {
    ResDownBlockImpl(int64_t in, int64_t out);
    torch::Tensor forward(const torch::Tensor& x);  // [N,in,r,r] -> [N,out,r/2,r/2]

    EqualConv2d conv0{nullptr}, conv1{nullptr}, skip{nullptr};
};
TORCH_MODULE(ResDownBlock);

// Instance normalisation without affine parameters (as in SPADE), over H and W.
torch::Tensor instanceNorm(const torch::Tensor& x, double eps = 1e-5);

}  // namespace pivq::core
