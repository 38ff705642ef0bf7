// PIVQGAN training (paper 3.1 and 3.3; DESIGN.md section 3). One iteration:
//   1. D step:  non-saturating logistic loss on reals vs G(z) with style mixing, lazy R1.
//   2. G step:  non-saturating loss on G(z) (+ VQ losses, optional lazy path length).
//   3. E step:  E and the synthesis network (mapping frozen):
//        L_latent = ||E(G(l_gt)) - l_gt||^2                       (eq. 1)
//        L_rec    = ||x - G(E(x))||^2 + P(x, G(E(x)))             (eq. 2)
//        L_aug    = P(G(graft(E(x), E(x_aug))), x_aug)
//                 + P(G(graft(E(x_aug), E(x))), x)                 (eq. 3)
//      plus the VQ commitment/codebook losses, and optionally (w_aug_color > 0; not in the
//      paper) the same two grafts with x_col = augmentColor(x), which has the pose of x and
//      other colours: P(G(graft(E(x_col), E(x))), x_col) + P(G(graft(E(x), E(x_col))), x).
//      It penalises colour carried by the pose latents, which L_aug cannot see (its shape
//      augmentations keep the colours).
//   4. EMA of the generator.
// Everything here is pure LibTorch; the run loop with files lives in engine/service.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <torch/torch.h>

#include "engine/core/augment.h"
#include "engine/core/config.h"
#include "engine/core/discriminator.h"
#include "engine/core/encoder.h"
#include "engine/core/generator.h"
#include "engine/core/model_state.h"
#include "engine/core/perceptual.h"

namespace pivq::core {

struct TrainConfig {
    int batch = 8;                 // images per iteration
    double lr_g = 0.0025;          // Adam learning rates
    double lr_d = 0.0025;
    double lr_e = 0.0025;
    double beta1 = 0.0;            // Adam betas (StyleGAN2: 0, 0.99)
    double beta2 = 0.99;
    double r1_gamma = 0.1;         // R1 weight (StyleGAN2-ADA heuristic: 0.0002 * R^2 / batch)
    int r1_interval = 16;          // lazy R1 every N D steps (0 disables)
    double pl_weight = 0.0;        // path-length regularisation weight (0: off)
    int pl_interval = 4;
    double pl_decay = 0.01;
    double style_mixing = 0.9;     // probability of mixing two z in a batch
    double ema_kimg = 2.5;         // half-life of the generator EMA in thousands of images
    double ema_rampup = 0.05;      // EMA half-life at most this fraction of images seen (0: off)
    double w_adv = 1.0;            // G adversarial loss weight
    double w_latent = 1.0;         // L_latent
    double w_rec_mse = 1.0;        // pixel term of L_rec
    double w_rec_perc = 1.0;       // perceptual term of L_rec
    double w_aug = 1.0;            // L_aug (the grafted reconstructions)
    double w_vq = 1.0;             // VQ commitment/codebook losses
    bool use_aug = true;           // ablation "w/o augmentation": false skips L_aug
    double aug_flip = 0.5;         // augmentation probabilities and ranges (augment.h)
    double aug_rescale = 0.5;
    double aug_rescale_min = 0.8;
    double aug_rescale_max = 1.25;
    double aug_cutout = 0.5;
    double aug_translate = 0.0;     // shift and rotation augmentations (0: off, the paper's set)
    double aug_translate_max = 0.1;
    double aug_rotate = 0.0;
    double aug_rotate_max = 20.0;
    double w_aug_color = 0.0;      // L_aug_color, the colour-swap grafts (0: off, as in the paper)
    double aug_color_gain = 0.4;   // augmentColor ranges
    double aug_color_shift = 0.3;
    std::string perceptual = "auto";  // auto (LPIPS when weights are given) | lpips | msssim-l1
    std::string lpips_weights;        // path to an LPIPS-Alex safetensors file
    int seed = 0;                     // seeds weights, z, noise and augmentations

    void validate() const;  // throws std::invalid_argument naming the field
    json::Value toJson() const;
    static TrainConfig fromJson(const json::Value& v);  // keys absent keep their defaults
    AugmentOptions augment() const;
};

// Losses (and timings in ms) of one iteration. `finite` is false when any loss was NaN/Inf;
// then no weight was changed by the failing phase.
struct StepStats {
    std::map<std::string, double> losses;
    double ms_d = 0, ms_g = 0, ms_e = 0;
    bool finite = true;
};

// A minimal Adam (betas, eps, bias correction) whose state is plain named tensors, so that
// it saves into safetensors identically under LibTorch 1.13 and 2.x.
class Adam {
public:
    Adam(std::vector<std::pair<std::string, torch::Tensor>> params, double lr, double beta1, double beta2,
         double eps = 1e-8);
    void zeroGrad();
    void step();
    NamedTensors state(const std::string& prefix) const;  // prefix.<param>.m / .v, prefix.step
    void loadState(const NamedTensors& tensors, const std::string& prefix);
    double lr, beta1, beta2, eps;

private:
    std::vector<std::pair<std::string, torch::Tensor>> params_;
    std::vector<torch::Tensor> m_, v_;
    int64_t steps_ = 0;
};

class Trainer {
public:
    Trainer(const ModelConfig& model, const TrainConfig& train, const torch::Device& device,
            std::shared_ptr<PerceptualDistance> perceptual);

    // One iteration on `reals` [B,3,R,R] in [-1,1].
    StepStats step(const torch::Tensor& reals);

    NamedTensors weights() const;        // "g_ema.*", "encoder.*": what a bundle ships
    NamedTensors trainingState() const;  // raw G, D, optimiser state, counters: for resuming
    void loadWeights(const NamedTensors& t);
    void loadTrainingState(const NamedTensors& t);

    // Per pose layer: each code's share of recent assignments (EMA counts of the training G).
    std::map<int, std::vector<double>> codeUsage() const;
    int codesInUse(double min_share = 0.01) const;  // summed over pose layers

    int64_t steps() const { return steps_; }
    int64_t imagesSeen() const { return images_seen_; }
    const ModelConfig& modelConfig() const { return model_; }
    const TrainConfig& trainConfig() const { return train_; }
    const torch::Device& device() const { return device_; }
    PerceptualDistance& perceptual() { return *perceptual_; }

    Generator g{nullptr}, g_ema{nullptr};
    Discriminator d{nullptr};
    Encoder e{nullptr};

private:
    torch::Tensor mixedWs(int64_t n, bool update_w_avg);
    void setRequiresGrad(torch::nn::Module& m, bool on);
    void updateEma(int64_t batch);

    ModelConfig model_;
    TrainConfig train_;
    torch::Device device_;
    std::shared_ptr<PerceptualDistance> perceptual_;
    std::unique_ptr<Adam> opt_g_, opt_d_, opt_e_;
    torch::Tensor pl_mean_;
    int64_t steps_ = 0, images_seen_ = 0;
};

// The perceptual distance a TrainConfig asks for: LPIPS from `lpips` tensors when given
// (or when perceptual == "lpips", which then requires them), else MS-SSIM + L1.
std::shared_ptr<PerceptualDistance> makePerceptual(const TrainConfig& cfg, const NamedTensors& lpips = {});

}  // namespace pivq::core
