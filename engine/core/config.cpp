#include "engine/core/config.h"

#include "engine/core/json_fields.h"

#include <algorithm>
#include <stdexcept>

namespace pivq::core {

std::string toString(VqVariant v)
{
    switch (v) {
    case VqVariant::None: return "none";
    case VqVariant::Vq1: return "vq1";
    case VqVariant::Vq2: return "vq2";
    case VqVariant::Vq3: return "vq3";
    case VqVariant::Gumbel: return "gumbel";
    }
    return "?";
}

VqVariant vqVariantFromString(const std::string& s)
{
    for (auto v : {VqVariant::None, VqVariant::Vq1, VqVariant::Vq2, VqVariant::Vq3, VqVariant::Gumbel})
        if (toString(v) == s) return v;
    throw std::invalid_argument("vq_variant: unknown variant \"" + s + "\" (expected none, vq1, vq2, vq3 or gumbel)");
}

namespace {

// Every serialised field, in file order. One list serves both directions of the JSON
// round-trip, so a new field cannot be written but not read.
template <class F>
void forEachField(ModelConfig& c, F&& f)
{
    f("name", c.name);
    f("resolution", c.resolution);
    f("img_channels", c.img_channels);
    f("z_dim", c.z_dim);
    f("w_dim", c.w_dim);
    f("mapping_layers", c.mapping_layers);
    f("mapping_lr_mult", c.mapping_lr_mult);
    f("w_avg_beta", c.w_avg_beta);
    f("channel_base", c.channel_base);
    f("channel_max", c.channel_max);
    f("pose_layers", c.pose_layers);
    f("vq_variant", c.vq_variant);
    f("vq_codes", c.vq_codes);
    f("vq_dim", c.vq_dim);
    f("pose_channels", c.pose_channels);
    f("pose_conv_modulated", c.pose_conv_modulated);
    f("vq_beta", c.vq_beta);
    f("vq_ema", c.vq_ema);
    f("vq_decay", c.vq_decay);
    f("vq_dead_threshold", c.vq_dead_threshold);
    f("gumbel_tau", c.gumbel_tau);
    f("modconv", c.modconv);
    f("enc_channel_base", c.enc_channel_base);
    f("enc_channel_max", c.enc_channel_max);
    f("d_channel_base", c.d_channel_base);
    f("d_channel_max", c.d_channel_max);
    f("mbstd_group", c.mbstd_group);
}

}  // namespace

int ModelConfig::log2Resolution() const
{
    int l = 0;
    while ((1 << l) < resolution) ++l;
    return l;
}

int ModelConfig::channelsAt(int res) const { return std::max(1, std::min(channel_base / res, channel_max)); }
int ModelConfig::encChannelsAt(int res) const { return std::max(1, std::min(enc_channel_base / res, enc_channel_max)); }
int ModelConfig::dChannelsAt(int res) const { return std::max(1, std::min(d_channel_base / res, d_channel_max)); }

int ModelConfig::convLayerResolution(int layer) const
{
    // Layer 0 is the 4x4 block's conv; then two convs per block: (1,2) at 8, (3,4) at 16, ...
    if (layer <= 0) return 4;
    return 4 << ((layer + 1) / 2);
}

bool ModelConfig::isPoseLayer(int layer) const
{
    return std::find(pose_layers.begin(), pose_layers.end(), layer) != pose_layers.end();
}

void ModelConfig::validate() const
{
    auto bad = [](const std::string& m) { throw std::invalid_argument(m); };
    if (resolution < 32 || resolution > 1024 || (resolution & (resolution - 1)) != 0)
        bad("resolution: must be a power of two between 32 and 1024, got " + std::to_string(resolution));
    if (img_channels != 3) bad("img_channels: only RGB (3) is supported, got " + std::to_string(img_channels));
    auto positive = [&](const char* n, int v, int hi) {
        if (v < 1 || v > hi) bad(std::string(n) + ": must be between 1 and " + std::to_string(hi) + ", got " + std::to_string(v));
    };
    positive("z_dim", z_dim, 4096);
    positive("w_dim", w_dim, 4096);
    positive("mapping_layers", mapping_layers, 16);
    positive("channel_base", channel_base, 1 << 20);
    positive("channel_max", channel_max, 4096);
    positive("pose_channels", pose_channels, 4096);
    positive("vq_dim", vq_dim, 4096);
    positive("enc_channel_base", enc_channel_base, 1 << 20);
    positive("enc_channel_max", enc_channel_max, 4096);
    positive("d_channel_base", d_channel_base, 1 << 20);
    positive("d_channel_max", d_channel_max, 4096);
    positive("mbstd_group", mbstd_group, 64);
    if (!(mapping_lr_mult > 0 && mapping_lr_mult <= 1)) bad("mapping_lr_mult: must be in (0, 1]");
    if (!(w_avg_beta >= 0 && w_avg_beta < 1)) bad("w_avg_beta: must be in [0, 1)");
    if (vq_codes < 2 || vq_codes > 16) bad("vq_codes: K must be between 2 and 16, got " + std::to_string(vq_codes));
    if (!(vq_beta >= 0)) bad("vq_beta: must be >= 0");
    if (!(vq_decay > 0 && vq_decay < 1)) bad("vq_decay: must be in (0, 1)");
    if (!(vq_dead_threshold >= 0)) bad("vq_dead_threshold: must be >= 0");
    if (!(gumbel_tau > 0)) bad("gumbel_tau: must be > 0");
    if (modconv != "auto" && modconv != "grouped" && modconv != "split")
        bad("modconv: expected auto, grouped or split, got \"" + modconv + "\"");
    if (pose_layers.empty()) bad("pose_layers: at least one pose layer is needed");
    std::vector<int> sorted = pose_layers;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) bad("pose_layers: duplicate layer index");
    for (int l : pose_layers)
        if (l < 0 || l >= numConvLayers())
            bad("pose_layers: layer " + std::to_string(l) + " does not exist; at " + std::to_string(resolution) +
                " px the conv layers are 0.." + std::to_string(numConvLayers() - 1));
    if (pose_layers != sorted) bad("pose_layers: must be listed in increasing order");
}

json::Value ModelConfig::toJson() const
{
    json::Value out = json::Value::object();
    json::FieldWriter w{out};
    forEachField(const_cast<ModelConfig&>(*this), w);
    return out;
}

ModelConfig ModelConfig::fromJson(const json::Value& v)
{
    try {
        if (!v.isObject()) throw std::invalid_argument("expected a JSON object");
        ModelConfig c;
        std::vector<std::string> seen;
        if (const auto* p = v.find("preset")) {
            c = preset(p->asString("preset"));
            seen.emplace_back("preset");
        }
        json::FieldReader r{v, seen};
        forEachField(c, r);
        for (const auto& kv : v.asObject())
            if (std::find(seen.begin(), seen.end(), kv.first) == seen.end())
                throw std::invalid_argument("unknown key \"" + kv.first + "\"");
        c.validate();
        return c;
    } catch (const json::Error& e) {
        throw std::invalid_argument(std::string("model config: ") + e.what());
    } catch (const std::invalid_argument& e) {
        throw std::invalid_argument(std::string("model config: ") + e.what());
    }
}

ModelConfig ModelConfig::fromJsonText(const std::string& text)
{
    json::Value v;
    try {
        v = json::parse(text);
    } catch (const json::Error& e) {
        throw std::invalid_argument(std::string("model config: ") + e.what());
    }
    return fromJson(v);
}

std::vector<std::string> presetNames() { return {"tiny32", "cpu64", "ref64", "paper256"}; }

ModelConfig preset(const std::string& name)
{
    ModelConfig c;
    c.name = name;
    if (name == "tiny32") {
        // Small enough that a test builds, runs and trains it in well under a second a step.
        c.resolution = 32;
        c.z_dim = c.w_dim = 32;
        c.mapping_layers = 2;
        c.channel_base = 1024;
        c.channel_max = 32;
        c.pose_layers = {2, 3};
        c.vq_codes = 4;
        c.vq_dim = 16;
        c.pose_channels = 16;
        c.enc_channel_base = 512;
        c.enc_channel_max = 32;
        c.d_channel_base = 512;
        c.d_channel_max = 32;
    } else if (name == "cpu64") {
        // 64 px, sized to train on two CPU cores (about 10 img/s at batch 8 here): 128
        // channels up to 8 px, then halving (64 at 16, 32 at 32, 16 at 64), 2-layer mapping.
        c.resolution = 64;
        c.z_dim = c.w_dim = 256;
        c.mapping_layers = 2;
        c.channel_base = 1024;
        c.channel_max = 128;
        c.pose_layers = {3, 5};
        c.vq_codes = 6;
        c.vq_dim = 32;
        c.pose_channels = 64;
        c.enc_channel_base = 1024;
        c.enc_channel_max = 128;
        c.d_channel_base = 1024;
        c.d_channel_max = 128;
    } else if (name == "ref64") {
        // The configuration of the reference figures (DESIGN.md section 8): 64 px,
        // 128 channels everywhere, 8-layer mapping, z = w = 512.
        c.resolution = 64;
        c.z_dim = c.w_dim = 512;
        c.mapping_layers = 8;
        c.channel_base = 32768;
        c.channel_max = 128;
        c.pose_layers = {3, 5};
        c.vq_codes = 6;
        c.vq_dim = 64;
        c.pose_channels = 128;
        c.enc_channel_base = 32768;
        c.enc_channel_max = 128;
        c.d_channel_base = 32768;
        c.d_channel_max = 128;
    } else if (name == "paper256") {
        // The paper's setting: 256 px, 14 latents, pose layers 4-6 (1-based) = 3, 4, 5.
        c.resolution = 256;
        c.z_dim = c.w_dim = 512;
        c.mapping_layers = 8;
        c.channel_base = 16384;
        c.channel_max = 512;
        c.pose_layers = {3, 4, 5};
        c.vq_codes = 6;
        c.vq_dim = 256;
        c.pose_channels = 256;
        c.enc_channel_base = 16384;
        c.enc_channel_max = 512;
        c.d_channel_base = 16384;
        c.d_channel_max = 512;
    } else {
        std::string names;
        for (const auto& n : presetNames()) names += (names.empty() ? "" : ", ") + n;
        throw std::invalid_argument("unknown preset \"" + name + "\" (available: " + names + ")");
    }
    c.validate();
    return c;
}

}  // namespace pivq::core
