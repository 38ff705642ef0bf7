#include "engine/core/discriminator.h"

#include <algorithm>

namespace pivq::core {

torch::Tensor minibatchStddev(const torch::Tensor& x, int64_t group)
{
    const int64_t n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    int64_t g = std::min(group, n);
    while (n % g != 0) --g;  // largest group size that divides the batch
    auto y = x.reshape({g, n / g, c, h, w});            // [G,M,C,H,W]
    y = y - y.mean(0);                                  // centre over the group
    y = (y.square().mean(0) + 1e-8).sqrt();             // [M,C,H,W]
    y = y.mean({1, 2, 3});                              // [M]
    y = y.reshape({-1, 1, 1, 1}).repeat({g, 1, h, w});  // [N,1,H,W]
    return torch::cat({x, y}, 1);
}

DiscriminatorImpl::DiscriminatorImpl(const ModelConfig& cfg_) : cfg(cfg_)
{
    cfg.validate();
    const int r = cfg.resolution;
    from_rgb = register_module("from_rgb", EqualConv2d(cfg.img_channels, cfg.dChannelsAt(r), 1));
    for (int res = r; res > 4; res /= 2)
        blocks.push_back(register_module("block" + std::to_string(res),
                                         ResDownBlock(cfg.dChannelsAt(res), cfg.dChannelsAt(res / 2))));
    const int64_t c4 = cfg.dChannelsAt(4);
    epilogue_conv = register_module("epilogue_conv", EqualConv2d(c4 + 1, c4, 3));
    epilogue_fc = register_module("epilogue_fc", EqualLinear(c4 * 16, c4, true));
    out = register_module("out", EqualLinear(c4, 1));
}

torch::Tensor DiscriminatorImpl::forward(const torch::Tensor& img)
{
    TORCH_CHECK(img.dim() == 4 && img.size(1) == cfg.img_channels && img.size(2) == cfg.resolution &&
                    img.size(3) == cfg.resolution,
                "Discriminator: expected [N,", cfg.img_channels, ",", cfg.resolution, ",", cfg.resolution,
                "], got ", img.sizes());
    auto x = from_rgb->forward(img);
    for (auto& b : blocks) x = b->forward(x);  // [N,C4,4,4]
    x = minibatchStddev(x, cfg.mbstd_group);
    x = epilogue_conv->forward(x);
    x = epilogue_fc->forward(x.flatten(1));
    return out->forward(x);  // [N,1]
}

}  // namespace pivq::core
