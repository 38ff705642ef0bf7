// From files to a ready editing session: a .pivq bundle becomes a core::EditSession on its
// networks (the "g_ema.*" generator and the "encoder.*" encoder), with the bundle's palette
// and record beside it; image files become model-sized tensors.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <torch/types.h>

#include "engine/core/edit_session.h"
#include "engine/io/bundle.h"

namespace pivq::io {

struct EditModel {
    std::string path;  // the bundle it came from ("" for a preset)
    core::ModelConfig config;
    std::map<int, std::vector<PaletteEntry>> palettes;  // pose layer -> K classes
    json::Value training_record = json::Value::object();
    std::unique_ptr<core::EditSession> session;
};

// Loads `path` without its training state and builds the session on `device`. Throws
// IoError naming the file for anything wrong with it (including weights that do not fit).
EditModel loadEditModel(const std::string& path, const torch::Device& device = torch::kCPU);
// The same from a bundle in memory (its weights are consumed).
EditModel editModelFromBundle(Bundle bundle, const torch::Device& device = torch::kCPU, const std::string& path = {});
// Untrained networks of a preset (tests, benchmarks, a first look at the UI).
EditModel editModelFromPreset(const std::string& preset, const torch::Device& device = torch::kCPU, uint64_t seed = 0);

// An image file for a model of side `resolution`: PNG, JPEG, WebP, BMP, TIFF or PNM, made RGB,
// centre-cropped to a square and resized. [1,3,R,R] in [-1,1]. Throws IoError.
torch::Tensor loadModelImage(const std::string& path, int resolution);

}  // namespace pivq::io
