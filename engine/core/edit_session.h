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
#pragma once

#include <cstdint>
#include <map>
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
    // W+ latents [1,num_ws,w_dim] or [num_ws,w_dim] given directly.
    void setLatents(Source s, const torch::Tensor& ws);
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

    const RenderStats& lastRender() const { return stats_; }
    int64_t encodeCount() const { return encodes_; }  // images encoded so far
    void dropCache();                                 // the next render runs in full

private:
    struct SourceState {
        torch::Tensor ws;     // [1,num_ws,w_dim]
        torch::Tensor image;  // [1,3,R,R] when set from an image
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
};

// The first synthesis conv layer that reads W+ row `row`: the conv of that row, or the
// toRGB ending the block before it, which reads the next row (StyleGAN2 skip architecture).
int firstLayerReadingRow(const ModelConfig& cfg, int row);

}  // namespace pivq::core
