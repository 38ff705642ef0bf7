// Model bundles (.pivq): one zip file holding everything a trained model needs.
//   manifest.json           format, config, palettes, training record, size and SHA-256 of every other entry
//   weights.safetensors     "g_ema.<name>" (core::Generator) and "encoder.<name>" (core::Encoder)
//   training.safetensors    optional resume state (raw G, D, optimizer moments, counters)
//   preview.png             optional RGB preview
// Saving is atomic (temp file beside the target, renamed when complete). Loading executes
// nothing, bounds every size before allocating, verifies every checksum and checks the
// weights against the networks the config builds.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "engine/core/config.h"
#include "engine/core/encoder.h"
#include "engine/core/generator.h"
#include "engine/core/json.h"
#include "engine/core/model_state.h"

namespace pivq::io {

constexpr int kBundleFormatVersion = 1;

// One object class of a pose layer as the user sees it.
struct PaletteEntry {
    std::string name;
    std::array<uint8_t, 3> color;  // RGB

    bool operator==(const PaletteEntry& o) const { return name == o.name && color == o.color; }
    bool operator!=(const PaletteEntry& o) const { return !(*this == o); }
};

struct Bundle {
    core::ModelConfig config;
    std::map<int, std::vector<PaletteEntry>> palettes;    // pose layer -> K entries (names/colours the user can edit)
    json::Value training_record = json::Value::object();  // free-form: data, images seen, wall time, commit, metrics...
    core::NamedTensors weights;   // "g_ema.<name>" (core::Generator) and "encoder.<name>" (core::Encoder)
    core::NamedTensors training;  // optional resume state, free-form names
    cv::Mat preview;              // optional RGB8 image (CV_8UC3)
};

// k distinct readable colours named "class 1" .. "class k".
std::vector<PaletteEntry> defaultPalette(int k);

// Writes `bundle` to `path` atomically. Pose layers without a palette get defaultPalette();
// a palette for a layer that is not a pose layer, or with other than K entries, is an error.
// fp16: floating weights are stored as F16 (a tensor that would overflow stays F32); the
// training state is stored as given. Throws IoError("<path>: ..."); the previous file at
// `path` is left untouched on any failure.
void saveBundle(const std::string& path, const Bundle& bundle, bool fp16 = false);

// Reads and verifies a bundle. F16/BF16 tensors come back as F32. withTraining = false skips
// training.safetensors. Throws IoError whose message starts with `path`.
Bundle loadBundle(const std::string& path, bool withTraining = true);

// The manifest alone: config, palettes and training record, checked as loadBundle() checks
// them, and the file table against the zip directory; no tensor is read (weights and
// training stay empty, and checksums are not verified). *hasTraining (when given): whether
// the bundle holds training.safetensors. Throws IoError whose message starts with `path`.
Bundle readBundleManifest(const std::string& path, bool* hasTraining = nullptr);

// stateOf(g_ema, "g_ema.") followed by stateOf(e, "encoder.").
core::NamedTensors networkWeights(const core::Generator& g_ema, const core::Encoder& e);

}  // namespace pivq::io
