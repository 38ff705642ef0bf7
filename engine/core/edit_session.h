// The editing session: what the artist touches every second (PIVQGAN paper 3.1-3.2).
//
//   swap(identity, pose) = G(graft(E(identity), E(pose)))
//
// with the object masks of every VQSN layer exposed and replaceable, pose and identity
// interpolation in W+, random latents from the mapping network, and reconstruction of
// either input with a per-pixel error map. Pure LibTorch, single-threaded: the service
// owns one session on its engine thread, the CLI one on its main thread.
//
// Incremental regeneration. The session keeps everything that an interaction does not
// change: the encoded latents of each source image (encoded once when set), the last
// grafted W+ latents, the synthesis state captured before every layer where an edit can
// start (SynthesisOptions::capture), and the last effective masks. A render compares the
// new W+ rows and edited masks with the last ones and restarts the synthesis at the first
// layer that reads anything that changed:
//   - a mask edit on pose layer l restarts at l;
//   - a pose-slider step changes only the pose rows: it restarts at the first layer that
//     reads one (the pose conv, or the toRGB just before it that uses the next row);
//   - an identity-slider step changes row 0, so it runs every layer, but masks depend only
//     on the pose rows, so the cached masks go in as overrides and no pose generator runs.
// Synthesis always uses the constant noise buffers (NoiseMode::Const) in eval mode without
// gradients, so a render is a pure function of (latents, masks): regenerating from
// unedited masks reproduces the swap bit for bit, and incremental equals full.
//
// Refinement. The encoder's W+ latents of an image are a fast first guess; refinement makes
// the reconstruction faithful by optimisation (Abdal et al. 2019, Image2StyleGAN): Adam on
// the source's W+ latents against the pixel MSE plus the weight-free msssim-l1 distance,
// through the same constant-noise, eval-mode synthesis that renders use, so the refined
// reconstruction is what the studio shows. Optionally the synthesis weights are then tuned
// with the latents fixed (pivotal tuning, Roich et al. 2022), which changes every render.
// It runs in slices (beginRefine, then refineStep as often as wanted) so that a caller can
// render between slices; the session is consistent after each slice. The plain encoding of
// every image source and the untuned weights are kept, so both can be restored exactly.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include <torch/torch.h>

#include "engine/core/encoder.h"
#include "engine/core/generator.h"

namespace pivq::core {

// The four latent sources. The B sources are interpolation targets: the pose in use is
// lerp(PoseA, PoseB, pose_t), the identity lerp(IdentityA, IdentityB, identity_t).
enum class Source { PoseA = 0, PoseB = 1, IdentityA = 2, IdentityB = 3 };
// "pose", "second pose", "identity", "second identity" (for messages).
const char* sourceName(Source s);

// G(latents of one source) compared with the image that was encoded.
struct Reconstruction {
    torch::Tensor image;                 // [1,3,R,R] on the CPU, clamped to [-1,1]
    std::map<int, torch::Tensor> masks;  // pose layer -> [h,w] int64 object mask
    // Only when the source was set from an image:
    torch::Tensor error_map;  // [R,R] float: mean over channels of |G(E(x)) - x|, in [0,1] pixel units
    double mse = -1;          // mean squared error in [0,1] pixel units, -1 without a source image
    double psnr = -1;         // 10 log10(1 / mse) dB, capped at 100 for an exact match
};

// A plain sample G(mapZ(z, psi)).
struct Sample {
    torch::Tensor image;                 // [1,3,R,R] on the CPU, clamped to [-1,1]
    std::map<int, torch::Tensor> masks;  // pose layer -> [h,w] int64
};

// What the last render() reused: for tests, the benchmark and a status line.
struct RenderStats {
    bool cached = false;          // nothing had changed: the previous image was returned
    int start_layer = 0;          // first synthesis conv layer that ran (num conv layers when cached)
    int pose_generators_run = 0;  // VQSN layers whose pose generator ran (the others used given masks)
};

// Whether refinement may change the pose rows of W+ (the rows of the pose layers).
// Synthesis runs in eval mode, where a VQSN layer's mask is a hard nearest-code choice: the
// loss reaches a pose row only through the toRGB that reads it, and moving the row flips
// mask cells as a side effect. Measured on a trained cpu64 bundle (100 steps): refining the
// pose rows of the sample pose image of that time (not today's resources/samples/pose.png)
// changed 45% of its mask cells for 0.05 dB (docs/ARCHITECTURE.md). For an identity source
// the pose rows do not reach the swap, but refining them too made the stage-4 default model's
// swaps worse: over 24 toyfaces pairs, 100 steps on the identity lowered the swap PSNR against the
// truth from 17.90 dB to 16.07 refining every row, to 16.75 keeping the pose rows (its own
// reconstruction: 20.24 -> 22.27 and 22.39 dB; pivq-bench-edit --pairs 24 --pair-seed 7).
enum class PoseRows {
    Auto,    // Keep for every source (see above); Refine must be asked for
    Refine,  // optimise every row
    Keep,    // pose rows stay as they are: the object masks do not move
};

// How to refine a source set from an image (EditSession::beginRefine).
struct RefineOptions {
    int steps = 100;                 // latent steps, in [0, kMaxRefineSteps]
    double lr = 0.05;                // Adam step size on the W+ latents (measured: see docs/ARCHITECTURE.md)
    double mse_weight = 1.0;         // pixel MSE in [0,1] pixel units
    double perceptual_weight = 1.0;  // msssim-l1 distance (perceptual.h); Adam makes only the ratio matter
    PoseRows pose_rows = PoseRows::Auto;
    // Pivotal tuning: after the latent steps, fine-tune the synthesis network's weights with
    // the latents fixed (mapping network and encoder stay frozen, noise constant). Changes
    // every render and every reconstruction, not only this source's.
    bool tune_generator = false;
    int generator_steps = 50;    // in [0, kMaxRefineSteps], used only with tune_generator
    double generator_lr = 3e-4;  // Adam step size on the synthesis weights
};
constexpr int kMaxRefineSteps = 100000;

// One refinement step, measured at its forward pass (before its update).
struct RefineStepStats {
    int step = 0;            // 1-based, latent steps first, then generator steps
    bool generator = false;  // a generator-tuning step
    double loss = 0;         // weighted MSE + perceptual distance that was minimised
    double mse = 0;          // of the clamped image, in [0,1] pixel units (as Reconstruction::mse)
    double psnr = 0;         // dB, capped at 100
};

class Adam;

// A refinement in progress: the optimiser state between slices. Move-only; made by
// EditSession::beginRefine and advanced by EditSession::refineStep on the same session.
class RefineState {
public:
    RefineState(RefineState&&) noexcept;
    RefineState& operator=(RefineState&&) noexcept;
    ~RefineState();

    Source source() const { return source_; }
    const RefineOptions& options() const { return options_; }
    bool keepsPoseRows() const { return keep_pose_rows_; }  // PoseRows::Auto resolved
    int latentSteps() const { return options_.steps; }
    int generatorSteps() const { return options_.tune_generator ? options_.generator_steps : 0; }
    int totalSteps() const { return latentSteps() + generatorSteps(); }
    int stepsDone() const { return latent_done_ + generator_done_; }
    bool done() const { return stopped_ || stepsDone() >= totalSteps(); }
    bool stopped() const { return stopped_; }  // ended early by a non-finite loss or gradient
    bool generatorPhase() const { return latent_done_ >= latentSteps() && !done(); }
    double mseBefore() const { return mse_before_; }  // reconstruct(source).mse when it began
    double psnrBefore() const { return psnr_before_; }
    const std::vector<RefineStepStats>& history() const { return history_; }
    // The clamped image of the last step's forward pass, [1,3,R,R] on the CPU; undefined
    // before the first step. One update behind the source's latents (or weights).
    const torch::Tensor& lastImage() const { return last_image_; }

private:
    friend class EditSession;
    RefineState();

    Source source_ = Source::PoseA;
    RefineOptions options_;
    bool keep_pose_rows_ = false;
    bool stopped_ = false;
    int latent_done_ = 0, generator_done_ = 0;
    double mse_before_ = -1, psnr_before_ = -1;
    std::vector<RefineStepStats> history_;
    torch::Tensor last_image_;
    torch::Tensor ws_;  // [1,num_ws,w_dim] leaf requiring grad: the latents being optimised
    std::unique_ptr<Adam> latent_opt_, generator_opt_;
    uint64_t source_version_ = 0;     // the source as this state last saw it (changed elsewhere: stop)
    uint64_t generator_version_ = 0;  // likewise for the synthesis weights
    torch::Device device_{torch::kCPU};
};

class EditSession {
public:
    // g: the generator (a bundle's "g_ema.*" weights), e: the encoder ("encoder.*"), both
    // built from the same config. They are moved to `device` and kept in eval mode; the
    // session owns them from now on.
    EditSession(Generator g, Encoder e, torch::Device device = torch::kCPU);
    EditSession(const EditSession&) = delete;
    EditSession& operator=(const EditSession&) = delete;

    const ModelConfig& config() const { return cfg_; }
    torch::Device device() const { return device_; }
    // Moves the networks and every cached latent; drops the synthesis cache.
    void setDevice(torch::Device device);
    Generator& generator() { return g_; }
    Encoder& encoder() { return e_; }

    // ---- sources. Each throws std::invalid_argument with a message naming the source.
    // Encodes `image` once and keeps its latents. image: [1,3,R,R] or [3,R,R] float in
    // [-1,1] with R the model resolution (the caller resizes; engine/io does it for files).
    void setImage(Source s, const torch::Tensor& image);
    // Latents from the mapping network: z ~ N(0,1) drawn from its own generator seeded by
    // `seed` (same seed, same latents), truncated towards w_avg by psi in [0,2].
    void setRandom(Source s, uint64_t seed, double psi = 0.7);
    // W+ latents [1,num_ws,w_dim] or [num_ws,w_dim] given directly. With `image` (as for
    // setImage) the source is that image with refined latents `ws` (a saved session): the
    // image is encoded once, for revertRefinement, and is the target of reconstruct and
    // refinement; refined() tells whether `ws` differs from its encoding.
    void setLatents(Source s, const torch::Tensor& ws, const torch::Tensor& image = {});
    void clear(Source s);
    bool has(Source s) const;
    torch::Tensor latents(Source s) const;      // [1,num_ws,w_dim] on the device, undefined when unset
    torch::Tensor sourceImage(Source s) const;  // [1,3,R,R] on the device; undefined unless set by setImage

    // ---- interpolation in W+, t in [0,1]. t > 0 needs the B source at render time.
    void setPoseT(double t);
    void setIdentityT(double t);
    double poseT() const { return pose_t_; }
    double identityT() const { return identity_t_; }

    // ---- object masks
    const std::vector<int>& maskLayers() const { return mask_layers_; }  // pose layers with VQ, ascending
    int maskSide(int layer) const;                                       // h = w of that layer's mask
    int classes() const { return cfg_.vq_codes; }                        // K
    // Replaces the computed object mask of pose layer `layer` by `mask`: [h,w] or [1,h,w],
    // any integer dtype, every value in [0,K). Setting the mask already in place is free.
    void setMask(int layer, const torch::Tensor& mask);
    void clearMask(int layer);
    void clearMasks();
    const std::map<int, torch::Tensor>& editedMasks() const { return edited_; }  // [h,w] int64 on the CPU

    // ---- outputs, all on the CPU
    // The swap of the current identity and pose with the edited masks; incremental.
    // [1,3,R,R] clamped to [-1,1]. Needs a pose and an identity source.
    torch::Tensor render();
    // The masks the last render() used (edited or computed), without running anything.
    std::map<int, torch::Tensor> renderedMasks() const;
    // The same image computed from scratch, touching no cache (the reference for tests).
    torch::Tensor renderFull();
    // The effective masks of the current pose: edited where edited, else what the pose
    // generators compute (for VQ-2, from the previous layer's possibly edited mask).
    // Needs only a pose source; runs the pose generators, not the synthesis network.
    std::map<int, torch::Tensor> masks();
    // What the pose generators compute for the current pose, ignoring every edit.
    std::map<int, torch::Tensor> computedMasks();
    // G(latents of `s`) alone (interpolation and edits ignored), with the error against the
    // source image when there is one.
    Reconstruction reconstruct(Source s);
    // A plain sample G(mapZ(z(seed), psi)).
    Sample sample(uint64_t seed, double psi = 0.7);

    // ---- refinement of a source set from an image (see the top of this file)
    // Starts refining `s`: validates (std::invalid_argument: a source not set from an image,
    // steps or rates out of range) and measures reconstruct(s).mse; runs no step.
    RefineState beginRefine(Source s, const RefineOptions& options = {});
    // Runs up to `n` more steps and returns whether steps remain. After it returns (or
    // throws), the source's latents are the refined latents so far, tuned weights are in
    // the generator, renders see both, no network parameter has a gradient, and the
    // networks are in eval mode. Throws std::invalid_argument when the source, the weights
    // (revertGeneratorTuning) or the device changed since `state` began, and
    // std::runtime_error on a non-finite loss or gradient: that step's update is not applied,
    // so the last finite latents and weights stay, and the state is done.
    bool refineStep(RefineState& state, int n = 1);
    // beginRefine + refineStep until done.
    RefineState refine(Source s, const RefineOptions& options = {});
    // Whether the latents of `s` differ from its plain encoding (false for sources not set
    // from an image).
    bool refined(Source s) const;
    // Back to the plain encoding E(image), bit for bit; nothing to do unless refined(s).
    // A refinement of `s` in progress cannot continue afterwards.
    void revertRefinement(Source s);
    // Whether generator tuning has changed the synthesis weights since the model was loaded
    // (or since the last revertGeneratorTuning).
    bool generatorTuned() const { return tuned_; }
    // Restores every synthesis parameter to its value before the first tuning step, bit for
    // bit; every render changes back. Nothing to do unless generatorTuned().
    void revertGeneratorTuning();

    const RenderStats& lastRender() const { return stats_; }
    int64_t encodeCount() const { return encodes_; }  // images encoded so far
    void dropCache();                                 // the next render runs in full

private:
    struct SourceState {
        torch::Tensor ws;     // [1,num_ws,w_dim]; replaced, never changed in place
        torch::Tensor image;  // [1,3,R,R] when set from an image
        torch::Tensor plain;  // [1,num_ws,w_dim] E(image) when set from an image
        bool refined = false;
        uint64_t version = 0;  // changes whenever ws does
    };
    struct Cache {
        bool valid = false;
        torch::Tensor ws;                      // grafted latents of the last render
        std::map<int, torch::Tensor> edited;   // edits in force at the last render, [1,h,w] on the device
        std::map<int, torch::Tensor> masks;    // effective masks of the last render, [1,h,w] on the device
        std::map<int, SynthesisState> states;  // captured before the layers in capture_points_
        torch::Tensor image;                   // last image on the CPU
    };

    SourceState& slot(Source s) { return sources_[static_cast<int>(s)]; }
    const SourceState& slot(Source s) const { return sources_[static_cast<int>(s)]; }
    torch::Tensor blend(Source a, Source b, double t, const char* what) const;
    torch::Tensor currentWs() const;
    std::map<int, torch::Tensor> poseMasks(const torch::Tensor& ws, bool withEdits);
    torch::Tensor checkedImage(const torch::Tensor& image, const char* what) const;
    torch::Tensor checkedMask(int layer, const torch::Tensor& mask) const;
    static double checkedT(double t, const char* what);
    void setSource(Source s, torch::Tensor ws, torch::Tensor image, torch::Tensor plain);
    void checkRefineState(const RefineState& state) const;

    ModelConfig cfg_;
    Generator g_;
    Encoder e_;
    torch::Device device_;
    std::vector<int> mask_layers_;
    std::vector<int> capture_points_;
    SourceState sources_[4];
    double pose_t_ = 0, identity_t_ = 0;
    std::map<int, torch::Tensor> edited_;      // [h,w] int64 on the CPU (the API's view)
    std::map<int, torch::Tensor> edited_dev_;  // the same as [1,h,w] on the device (what synthesis reads)
    Cache cache_;
    RenderStats stats_;
    int64_t encodes_ = 0;
    uint64_t versions_ = 0;  // source versions handed out so far
    // Generator tuning: the synthesis parameters before the first tuning step (in
    // named_parameters order), and a version that revertGeneratorTuning and setDevice change.
    std::vector<torch::Tensor> untuned_;
    bool tuned_ = false;
    uint64_t generator_version_ = 0;
};

// The first synthesis conv layer that reads W+ row `row`: the conv of that row, or the
// toRGB ending the block before it, which reads the next row (StyleGAN2 skip architecture).
int firstLayerReadingRow(const ModelConfig& cfg, int row);

}  // namespace pivq::core
