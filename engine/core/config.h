// Model configuration: every architectural choice of the PIVQGAN networks in one struct,
// JSON round-trip and named presets. Pure C++ (no torch, no Qt) so every layer can use it.
#pragma once

#include <string>
#include <vector>

#include "engine/core/json.h"

namespace pivq::core {

// How each VQSN layer turns its base feature map into an object mask (paper 3.2 and 4.2).
enum class VqVariant {
    None,     // ablation "w/o VQ": pose layers are plain modulated convs, no mask
    Vq1,      // default: basis -> pose generator -> nearest code
    Vq2,      // base map built from the previous VQSN layer's f_vq plus the current latent
    Vq3,      // f_vq concatenated with f before the alpha/beta convolutions
    Gumbel,   // Gumbel-softmax classification instead of nearest-neighbour
};
std::string toString(VqVariant v);
VqVariant vqVariantFromString(const std::string& s);  // throws std::invalid_argument

struct ModelConfig {
    std::string name = "custom";       // free text shown in the UI
    int resolution = 64;               // output side in pixels, a power of two in [32, 1024]
    int img_channels = 3;              // RGB
    // Mapping network (z -> w).
    int z_dim = 512;                   // latent z size
    int w_dim = 512;                   // intermediate latent w size (also each W+ row)
    int mapping_layers = 8;            // fully connected layers
    double mapping_lr_mult = 0.01;     // equalized-lr multiplier of the mapping network
    double w_avg_beta = 0.995;         // decay of the tracked mean w
    // Synthesis network: channels at resolution r are min(channel_base / r, channel_max).
    int channel_base = 16384;
    int channel_max = 512;
    // VQSN (paper 3.2). Pose layers are synthesis conv-layer indices, 0-based, as W+ rows.
    std::vector<int> pose_layers = {3, 4};
    VqVariant vq_variant = VqVariant::Vq1;
    int vq_codes = 6;                  // K: number of embeddings (objects), 2..16
    int vq_dim = 64;                   // size of each embedding vector
    int pose_channels = 128;           // width of the pose generator's convolutions
    bool pose_conv_modulated = false;  // modulate the pose layer's own conv by l_p (paper: no)
    double vq_beta = 0.25;             // commitment weight
    bool vq_ema = true;                // EMA codebook updates instead of a codebook loss
    double vq_decay = 0.99;            // EMA decay of the codebook
    double vq_dead_threshold = 1.0;    // EMA usage count under which a code is re-seeded
    double gumbel_tau = 1.0;           // temperature of the Gumbel variant
    // Modulated convolution implementation: "auto" (split on CPU, grouped on CUDA),
    // "grouped" (per-sample weights, one grouped conv) or "split" (scale x, shared conv, scale y).
    std::string modconv = "auto";
    // Encoder E (image -> W+).
    int enc_channel_base = 16384;
    int enc_channel_max = 256;
    // Discriminator.
    int d_channel_base = 16384;
    int d_channel_max = 512;
    int mbstd_group = 4;               // minibatch-stddev group size

    // Derived quantities.
    int log2Resolution() const;
    int numWs() const { return 2 * log2Resolution() - 2; }  // W+ rows
    int numConvLayers() const { return numWs() - 1; }     // the last row drives only the final toRGB
    int channelsAt(int res) const;                          // synthesis channels
    int encChannelsAt(int res) const;
    int dChannelsAt(int res) const;
    int convLayerResolution(int layer) const;               // feature side after conv layer `layer`
    bool isPoseLayer(int layer) const;
    bool hasVq() const { return vq_variant != VqVariant::None; }

    // Throws std::invalid_argument with a message naming the field when inconsistent.
    void validate() const;

    json::Value toJson() const;
    // Reads a config. Keys absent from `v` keep the defaults of the preset named by its
    // "preset" key (or of ModelConfig{}); unknown keys are an error. Validates the result.
    static ModelConfig fromJson(const json::Value& v);
    static ModelConfig fromJsonText(const std::string& text);

    bool operator==(const ModelConfig& o) const { return toJson().dump() == o.toJson().dump(); }
    bool operator!=(const ModelConfig& o) const { return !(*this == o); }
};

// Named presets: "tiny32" (tests), "cpu64" (trains on two CPU cores), "ref64" (the
// reference figures of DESIGN.md section 8), "paper256" (the paper's 256 px setting).
std::vector<std::string> presetNames();
ModelConfig preset(const std::string& name);  // throws std::invalid_argument for unknown names

}  // namespace pivq::core
