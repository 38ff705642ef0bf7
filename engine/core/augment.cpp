#include "engine/core/augment.h"

namespace pivq::core {

namespace F = torch::nn::functional;

torch::Tensor augmentShape(const torch::Tensor& x, const AugmentOptions& o, torch::Generator gen)
{
    TORCH_CHECK(x.dim() == 4, "augmentShape: expected [N,C,H,W]");
    const int64_t n = x.size(0), h = x.size(2), w = x.size(3);
    auto cpu = torch::TensorOptions().dtype(torch::kFloat32);
    auto u = [&](int64_t k) {
        return gen.defined() ? torch::rand({n, k}, gen, cpu) : torch::rand({n, k}, cpu);
    };
    auto draw = u(8);  // per image: flip?, rescale?, scale, cutout?, cx, cy, cw, ch
    auto flip = draw.select(1, 0) < o.flip;
    auto rescale = draw.select(1, 1) < o.rescale;
    auto cut = draw.select(1, 3) < o.cutout;
    // Shift and rotation draw from the generator only when enabled, so the paper's set
    // alone keeps its random stream.
    auto none = torch::zeros({n}, cpu);
    auto shift_x = none, shift_y = none, angle = none;
    auto moved = torch::zeros({n}, cpu.dtype(torch::kBool));
    if (o.translate > 0 || o.rotate > 0) {
        auto more = u(5);  // per image: translate?, tx, ty, rotate?, angle
        auto translate = more.select(1, 0) < o.translate;
        auto rotate = more.select(1, 3) < o.rotate;
        // Normalised coordinates span 2 per image side.
        auto signed_unit = [&](int64_t i) { return more.select(1, i) * 2.0 - 1.0; };
        shift_x = torch::where(translate, signed_unit(1) * (2.0 * o.translate_max), none);
        shift_y = torch::where(translate, signed_unit(2) * (2.0 * o.translate_max), none);
        angle = torch::where(rotate, signed_unit(4) * (o.rotate_max * M_PI / 180.0), none);
        moved = translate | rotate;
    }
    // Guarantee at least one augmentation: images that drew none get a cut-out.
    cut = cut | ~(flip | rescale | cut | moved);
    auto zoom = torch::where(rescale, o.rescale_min + draw.select(1, 2) * (o.rescale_max - o.rescale_min),
                             torch::ones({n}, cpu));
    // Sampling grid: output pixel p reads input q = L (p - t), with L = flip * R(-angle) / zoom
    // (y points down, so a positive angle turns the content clockwise on screen).
    auto fx = torch::where(flip, -torch::ones({n}, cpu), torch::ones({n}, cpu));
    auto c = angle.cos() / zoom, s = angle.sin() / zoom;
    auto l00 = fx * c, l01 = fx * s, l10 = -s, l11 = c;
    auto theta = torch::stack({torch::stack({l00, l01, -(l00 * shift_x + l01 * shift_y)}, 1),
                               torch::stack({l10, l11, -(l10 * shift_x + l11 * shift_y)}, 1)},
                              1);  // [N,2,3]
    auto grid = F::affine_grid(theta.to(x.device()), {n, x.size(1), h, w}, false);
    auto y = F::grid_sample(x, grid, F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kBorder).align_corners(false));
    // Cut-out rectangles.
    auto side = o.cutout_min + draw.slice(1, 6, 8) * (o.cutout_max - o.cutout_min);  // [N,2] fractions
    auto centre = draw.slice(1, 4, 6);                                                 // [N,2] in [0,1]
    auto ys = (torch::arange(h, cpu).view({1, h, 1}) + 0.5) / h;
    auto xs = (torch::arange(w, cpu).view({1, 1, w}) + 0.5) / w;
    auto inside = ((xs - centre.select(1, 0).view({n, 1, 1})).abs() < side.select(1, 0).view({n, 1, 1}) / 2) &
                  ((ys - centre.select(1, 1).view({n, 1, 1})).abs() < side.select(1, 1).view({n, 1, 1}) / 2) &
                  cut.view({n, 1, 1});
    return y.masked_fill(inside.unsqueeze(1).to(x.device()), 0.0);
}

torch::Tensor augmentColor(const torch::Tensor& x, double gain_range, double shift_range, torch::Generator gen)
{
    TORCH_CHECK(x.dim() == 4 && x.size(1) == 3, "augmentColor: expected [N,3,H,W]");
    const int64_t n = x.size(0);
    auto cpu = torch::TensorOptions().dtype(torch::kFloat32);
    auto u = [&](std::vector<int64_t> shape) { return gen.defined() ? torch::rand(shape, gen, cpu) : torch::rand(shape, cpu); };
    // Channel order: a random permutation for half the images, the identity for the rest.
    auto keys = u({n, 3});
    auto perm = std::get<1>(keys.sort(1));  // [N,3] a uniform permutation
    auto keep = (u({n, 1}) < 0.5).expand({n, 3});
    perm = torch::where(keep, torch::arange(3, torch::kLong).expand({n, 3}), perm);
    auto index = perm.view({n, 3, 1, 1}).expand({n, 3, x.size(2), x.size(3)}).to(x.device());
    auto y = x.gather(1, index);
    auto gain = 1.0 + (u({n, 3}) * 2.0 - 1.0) * gain_range;
    auto shift = (u({n, 3}) * 2.0 - 1.0) * shift_range;
    y = y * gain.view({n, 3, 1, 1}).to(x.device()) + shift.view({n, 3, 1, 1}).to(x.device());
    return y.clamp(-1.0, 1.0);
}

}  // namespace pivq::core
