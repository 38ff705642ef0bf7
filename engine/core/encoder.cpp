#include "engine/core/encoder.h"

#include <algorithm>
#include <map>

namespace pivq::core {

namespace F = torch::nn::functional;

LatentGroup latentGroup(const ModelConfig& cfg, int row)
{
    const int side = std::min(cfg.resolution, cfg.convLayerResolution(row));
    if (side <= 8) return LatentGroup::Coarse;
    if (side <= 32) return LatentGroup::Middle;
    return LatentGroup::Fine;
}

EncoderHeadImpl::EncoderHeadImpl(int64_t channels, int64_t side, int64_t rows_, int64_t w_dim_)
    : rows(rows_), w_dim(w_dim_)
{
    downs = register_module("downs", torch::nn::ModuleList());
    for (int64_t s = side; s > 4; s /= 2) downs->push_back(EqualConv2d(channels, channels, 3, true, true, true));
    downs->push_back(EqualConv2d(channels, channels, 3));  // at 4x4
    fc = register_module("fc", EqualLinear(channels * 16, rows * w_dim));
}

torch::Tensor EncoderHeadImpl::forward(const torch::Tensor& x)
{
    auto y = x;
    for (const auto& m : *downs) y = m->as<EqualConv2dImpl>()->forward(y);
    return fc->forward(y.flatten(1)).view({x.size(0), rows, w_dim});
}

EncoderImpl::EncoderImpl(const ModelConfig& cfg_) : cfg(cfg_)
{
    cfg.validate();
    const int64_t r = cfg.resolution;
    from_rgb = register_module("from_rgb", EqualConv2d(cfg.img_channels, cfg.encChannelsAt(static_cast<int>(r)), 1));
    for (int64_t res = r; res > 4; res /= 2)
        blocks.push_back(register_module("block" + std::to_string(res),
                                         ResDownBlock(cfg.encChannelsAt(static_cast<int>(res)),
                                                      cfg.encChannelsAt(static_cast<int>(res / 2)))));
    tap_side = {std::max<int64_t>(4, r / 16), std::max<int64_t>(4, r / 8), std::max<int64_t>(4, r / 4)};
    auto ch = [&](int64_t side) { return static_cast<int64_t>(cfg.encChannelsAt(static_cast<int>(side))); };
    lateral_mid = register_module("lateral_mid", EqualConv2d(ch(tap_side[0]), ch(tap_side[1]), 1, true, false));
    lateral_fine = register_module("lateral_fine", EqualConv2d(ch(tap_side[1]), ch(tap_side[2]), 1, true, false));
    for (int row = 0; row < cfg.numWs(); ++row)
        group_rows[static_cast<size_t>(latentGroup(cfg, row))].push_back(row);
    const char* names[3] = {"head_coarse", "head_middle", "head_fine"};
    for (size_t g = 0; g < 3; ++g) {
        if (group_rows[g].empty()) continue;
        heads[g] = register_module(names[g], EncoderHead(ch(tap_side[g]), tap_side[g],
                                                         static_cast<int64_t>(group_rows[g].size()), cfg.w_dim));
    }
}

torch::Tensor EncoderImpl::forward(const torch::Tensor& img, const torch::Tensor& w_avg)
{
    TORCH_CHECK(img.dim() == 4 && img.size(1) == cfg.img_channels && img.size(2) == cfg.resolution &&
                    img.size(3) == cfg.resolution,
                "Encoder: expected [N,", cfg.img_channels, ",", cfg.resolution, ",", cfg.resolution, "], got ",
                img.sizes());
    std::map<int64_t, torch::Tensor> feats;  // side -> features
    auto x = from_rgb->forward(img);
    for (auto& b : blocks) {
        x = b->forward(x);
        feats[x.size(2)] = x;
    }
    auto resize = [](const torch::Tensor& t, int64_t side) {
        if (t.size(2) == side) return t;
        return F::interpolate(t, F::InterpolateFuncOptions()
                                     .size(std::vector<int64_t>{side, side})
                                     .mode(torch::kBilinear)
                                     .align_corners(false));
    };
    std::array<torch::Tensor, 3> p;
    p[0] = feats.at(tap_side[0]);
    p[1] = feats.at(tap_side[1]) + resize(lateral_mid->forward(p[0]), tap_side[1]);
    p[2] = feats.at(tap_side[2]) + resize(lateral_fine->forward(p[1]), tap_side[2]);
    std::vector<torch::Tensor> parts;
    for (size_t g = 0; g < 3; ++g)
        if (!group_rows[g].empty()) parts.push_back(heads[g]->forward(p[g]));
    auto offsets = torch::cat(parts, 1);  // [N,num_ws,w_dim], groups are contiguous in row order
    return w_avg.view({1, 1, cfg.w_dim}) + offsets;
}

}  // namespace pivq::core
