#include "engine/core/generator.h"

#include <algorithm>

namespace pivq::core {

namespace {
bool endsBlock(int layer) { return layer == 0 || layer % 2 == 0; }
int blockOf(int layer) { return (layer + 1) / 2; }
ModConvImpl implFor(const ModelConfig& cfg)
{
    return cfg.modconv == "grouped" ? ModConvImpl::Grouped : ModConvImpl::Split;
}
}  // namespace

int toRgbRowAfter(const ModelConfig& cfg, int layer)
{
    if (layer < 0 || layer >= cfg.numConvLayers() || !endsBlock(layer)) return -1;
    return layer + 1;
}

SynthesisNetworkImpl::SynthesisNetworkImpl(const ModelConfig& cfg_) : cfg(cfg_)
{
    cfg.validate();
    const auto impl = implFor(cfg);
    const int64_t c4 = cfg.channelsAt(4);
    const_input = register_parameter("const_input", torch::randn({c4, 4, 4}));
    int prev_vq_res = 0;
    for (int l = 0; l < cfg.numConvLayers(); ++l) {
        const int res = cfg.convLayerResolution(l);
        const bool up = l % 2 == 1;
        const int64_t in = up ? cfg.channelsAt(res / 2) : cfg.channelsAt(res);
        const int64_t out = cfg.channelsAt(res);
        const bool pose = cfg.isPoseLayer(l) && cfg.hasVq();
        // The pose layer's own conv is not modulated by l_p (paper 3.2) unless configured.
        const bool modulated = !pose || cfg.pose_conv_modulated;
        layers.push_back(register_module("layer" + std::to_string(l),
                                         SynthesisLayer(in, out, cfg.w_dim, res, up, modulated, true, true, impl)));
        if (pose) {
            vqsn.emplace(l, register_module("vqsn" + std::to_string(l), Vqsn(cfg, out, res, prev_vq_res)));
            prev_vq_res = res;
        }
        if (endsBlock(l))
            torgbs.push_back(register_module("torgb" + std::to_string(blockOf(l)),
                                             ToRGB(out, cfg.img_channels, cfg.w_dim, impl)));
    }
}

SynthesisOutput SynthesisNetworkImpl::forward(const torch::Tensor& ws, const SynthesisOptions& opts)
{
    TORCH_CHECK(ws.dim() == 3 && ws.size(1) == cfg.numWs() && ws.size(2) == cfg.w_dim, "Synthesis: expected ws [N,",
                cfg.numWs(), ",", cfg.w_dim, "], got ", ws.sizes());
    const int64_t n = ws.size(0);
    SynthesisOutput out;
    out.vq_loss = torch::zeros({}, ws.options());
    SynthesisState s;
    if (opts.start_layer > 0) {
        TORCH_CHECK(opts.start_state && opts.start_state->x.defined(), "Synthesis: start_layer needs a start_state");
        TORCH_CHECK(opts.start_layer < cfg.numConvLayers(), "Synthesis: start_layer out of range");
        s = *opts.start_state;
    } else {
        s.x = const_input.unsqueeze(0).expand({n, const_input.size(0), 4, 4});
    }
    for (int l = opts.start_layer; l < cfg.numConvLayers(); ++l) {
        if (std::find(opts.capture.begin(), opts.capture.end(), l) != opts.capture.end()) out.states[l] = s;
        const auto wl = ws.select(1, l);  // [N,w_dim]
        s.x = layers[static_cast<size_t>(l)]->forward(s.x, wl, opts.noise);
        auto v = vqsn.find(l);
        if (v != vqsn.end()) {
            auto m = opts.masks.find(l);
            auto o = v->second->forward(s.x, wl, s.prev_fvq, m == opts.masks.end() ? torch::Tensor() : m->second);
            s.x = o.f;
            s.prev_fvq = o.fvq;
            out.masks[l] = o.mask;
            out.vq_loss = out.vq_loss + o.loss;
        }
        if (endsBlock(l)) {
            auto rgb = torgbs[static_cast<size_t>(blockOf(l))]->forward(s.x, ws.select(1, l + 1));
            s.img = s.img.defined() ? upsample2d(s.img) + rgb : rgb;
        }
    }
    out.image = s.img;
    return out;
}

GeneratorImpl::GeneratorImpl(const ModelConfig& cfg_) : cfg(cfg_)
{
    cfg.validate();
    mapping = register_module("mapping", MappingNetwork(cfg.z_dim, cfg.w_dim, cfg.mapping_layers, cfg.mapping_lr_mult,
                                                        cfg.w_avg_beta));
    synthesis = register_module("synthesis", SynthesisNetwork(cfg));
}

torch::Tensor GeneratorImpl::mapZ(const torch::Tensor& z, double psi, bool update_w_avg)
{
    auto w = mapping->forward(z, psi, update_w_avg);                // [N,w_dim]
    return w.unsqueeze(1).repeat({1, cfg.numWs(), 1});             // [N,num_ws,w_dim]
}

SynthesisOutput GeneratorImpl::synthesize(const torch::Tensor& ws, const SynthesisOptions& opts)
{
    return synthesis->forward(ws, opts);
}

torch::Tensor poseRowMask(const ModelConfig& cfg, const torch::TensorOptions& opts)
{
    auto m = torch::zeros({cfg.numWs()}, opts.dtype(torch::kFloat32));
    for (int l : cfg.pose_layers) m[l] = 1.0;
    return m;
}

torch::Tensor graft(const ModelConfig& cfg, const torch::Tensor& identity, const torch::Tensor& pose)
{
    TORCH_CHECK(identity.dim() == 3 && pose.dim() == 3 && identity.size(1) == cfg.numWs() &&
                    pose.size(1) == cfg.numWs(),
                "graft: expected [N,", cfg.numWs(), ",w_dim] latents");
    auto m = poseRowMask(cfg, torch::TensorOptions().device(identity.device())).gt(0.5).view({1, cfg.numWs(), 1});
    return torch::where(m, pose, identity);
}

}  // namespace pivq::core
