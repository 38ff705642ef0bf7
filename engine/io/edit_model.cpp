#include "engine/io/edit_model.h"

#include <torch/torch.h>

#include "engine/core/model_state.h"
#include "engine/io/image.h"

namespace pivq::io {

namespace {
std::map<int, std::vector<PaletteEntry>> withDefaults(const core::ModelConfig& cfg,
                                                      std::map<int, std::vector<PaletteEntry>> palettes)
{
    for (int l : cfg.pose_layers) {
        auto it = palettes.find(l);
        if (it == palettes.end() || static_cast<int>(it->second.size()) != cfg.vq_codes)
            palettes[l] = defaultPalette(cfg.vq_codes);
    }
    return palettes;
}
}  // namespace

EditModel editModelFromBundle(Bundle bundle, const torch::Device& device, const std::string& path)
{
    const std::string name = path.empty() ? std::string("bundle") : path;
    EditModel m;
    m.path = path;
    m.config = bundle.config;
    // The grouped modulated conv is the faster form on CUDA; the weights are the same.
    if (device.is_cuda() && m.config.modconv == "auto") m.config.modconv = "grouped";
    m.palettes = withDefaults(bundle.config, std::move(bundle.palettes));
    m.training_record = std::move(bundle.training_record);
    try {
        core::Generator g(m.config);
        core::Encoder e(m.config);
        core::loadState(*g, bundle.weights, "g_ema.");
        core::loadState(*e, bundle.weights, "encoder.");
        bundle.weights.clear();
        m.session = std::make_unique<core::EditSession>(g, e, device);
    } catch (const std::exception& ex) {
        throw IoError(name + ": cannot build the networks for editing (" + ex.what() + ")");
    }
    return m;
}

EditModel loadEditModel(const std::string& path, const torch::Device& device)
{
    return editModelFromBundle(loadBundle(path, /*withTraining=*/false), device, path);
}

EditModel editModelFromPreset(const std::string& preset, const torch::Device& device, uint64_t seed)
{
    EditModel m;
    m.config = core::preset(preset);
    if (device.is_cuda() && m.config.modconv == "auto") m.config.modconv = "grouped";
    m.palettes = withDefaults(m.config, {});
    torch::manual_seed(seed);
    m.session = std::make_unique<core::EditSession>(core::Generator(m.config), core::Encoder(m.config), device);
    return m;
}

torch::Tensor loadModelImage(const std::string& path, int resolution)
{
    return toTensor(squareResize(loadRgb(path), resolution));
}

}  // namespace pivq::io
