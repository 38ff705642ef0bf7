// Model evaluation (paper section 4 and more): image quality (FID, or a named proxy),
// mix-back and reconstruction distances, perceptual path length, and — on toyfaces, where
// every swap has a ground truth — the swap error against the truth beside two trivial
// baselines, VQ code usage and mask stability. Pure LibTorch; engine/io assembles the
// images (EvalSet) and the CLI (`pivq eval`) prints and writes the report.
//
// Every figure is computed on the same images for every model: the set is built from a
// seed, and PPL's interpolation points come from the same seed, so two reports of one
// model and one seed are identical.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "engine/core/encoder.h"
#include "engine/core/generator.h"
#include "engine/core/json.h"
#include "engine/core/perceptual.h"

namespace pivq::core {

// The images an evaluation runs on, all [N,3,R,R] float in [-1,1] at the model resolution.
struct EvalSet {
    std::string name;        // e.g. "toyfaces seed 0" or the folder; goes into the report
    torch::Tensor identity;  // [P,...] pair p: the identity source
    torch::Tensor pose;      // [P,...] pair p: the pose source
    torch::Tensor truth;     // [P,...] the identity of identity[p] in the pose of pose[p]; undefined without ground truth
    torch::Tensor reference; // [M,...] what the swaps' feature statistics are compared with (the training images)
    // One pose under two identities (mask stability); both undefined without ground truth.
    torch::Tensor same_pose_a, same_pose_b;  // [S,...]
};

// Image features for the Fréchet distance.
class FeatureExtractor {
public:
    virtual ~FeatureExtractor() = default;
    virtual torch::Tensor features(const torch::Tensor& images) = 0;  // [N,3,R,R] in [-1,1] -> [N,D]
    // The metric's name in reports: "fid" for Inception, anything else for a proxy.
    virtual std::string metricName() const = 0;
    virtual std::string description() const = 0;
};

// The Inception-v3 TorchScript file that stylegan2-ada-pytorch uses for FID
// (inception-2015-12-05.pt): uint8 images in, 2048-d pool features out
// (`forward(images, return_features=True)`). Loading a TorchScript file runs its code: only
// use files you trust. Throws std::runtime_error naming the file when it cannot be used.
std::unique_ptr<FeatureExtractor> loadInception(const std::string& path, const torch::Device& device);

// The proxy used without Inception weights: features of a fixed random convolutional
// network (four stride-2 3x3 convs of 32-256 channels, leaky ReLU; the global mean and
// standard deviation of the last two stages, 768-d), its weights drawn from a fixed seed,
// so the same on every machine.
// Its Fréchet distance ranks image sets like FID often does, but its values are not FID
// and are reported as "fd-randcnn".
std::unique_ptr<FeatureExtractor> randomCnnFeatures(const torch::Device& device);

struct EvalOptions {
    // Metrics to compute; empty = every one the set allows. Names: "fid" (FID or the proxy),
    // "mixback", "recon", "ppl", "swap" (needs truth), "codes", "masks" (needs same_pose_*).
    std::vector<std::string> metrics;
    int batch = 16;          // images per network call
    uint64_t seed = 0;       // PPL's interpolation points
    double ppl_epsilon = 1e-4;
    double code_min_share = 0.01;  // a code counts as used when it covers at least this share of mask cells
};
std::vector<std::string> evalMetricNames();

// One figure of the report.
struct EvalFigure {
    std::string key;    // stable JSON key, e.g. "swap_psnr", "mixback_msssim-l1"
    std::string label;  // for the table, e.g. "swap PSNR vs truth (dB)"
    double value = 0;
    bool higher_is_better = false;
    int64_t count = 0;  // samples behind the figure
};

struct EvalReport {
    std::string set_name;
    std::string perceptual;  // the distance behind mix-back, reconstruction (and PPL when LPIPS)
    std::string features;    // "fid" or the proxy's name
    int64_t pairs = 0;
    uint64_t seed = 0;
    std::vector<EvalFigure> figures;
    // Per pose layer: each code's share of the test poses' mask cells.
    std::map<int, std::vector<double>> code_usage;
    int codes_in_use = 0, codes_total = 0;

    const EvalFigure* find(const std::string& key) const;
    json::Value toJson() const;
    std::string table() const;  // a readable, aligned table
};

// progress(done, total) after each unit of work (a batch of one metric).
using EvalProgress = std::function<void(int64_t done, int64_t total, const std::string& what)>;

// Evaluates g (use the EMA generator) and e on `set`. The networks are put in eval mode
// for the call and restored after; synthesis uses the constant noise that editing uses.
// `features` may be null when "fid" is not asked for. Throws std::invalid_argument for a
// set that does not fit the model or a metric the set cannot give.
EvalReport evaluate(Generator& g, Encoder& e, const EvalSet& set, PerceptualDistance& perceptual,
                    FeatureExtractor* features, const EvalOptions& options = {}, const EvalProgress& progress = {});

}  // namespace pivq::core
