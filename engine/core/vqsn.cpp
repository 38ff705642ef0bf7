#include "engine/core/vqsn.h"

namespace pivq::core {

namespace F = torch::nn::functional;

namespace {
ModConvImpl implFor(const ModelConfig& cfg)
{
    // "auto" picks the split form; the engine switches to grouped on CUDA when asked.
    return cfg.modconv == "grouped" ? ModConvImpl::Grouped : ModConvImpl::Split;
}
}  // namespace

VectorQuantizerImpl::VectorQuantizerImpl(const ModelConfig& cfg)
    : codes(cfg.vq_codes), dim(cfg.vq_dim), ema(cfg.vq_ema && cfg.vq_variant != VqVariant::Gumbel),
      gumbel(cfg.vq_variant == VqVariant::Gumbel), beta(cfg.vq_beta), decay(cfg.vq_decay),
      dead_threshold(cfg.vq_dead_threshold), tau(cfg.gumbel_tau)
{
    codebook = register_parameter("codebook", torch::randn({codes, dim}), !ema);
    ema_count = register_buffer("ema_count", torch::ones({codes}));
    ema_sum = register_buffer("ema_sum", codebook.detach().clone());
    initialized = register_buffer("initialized", torch::zeros({}));
    if (gumbel) gumbel_logits = register_module("gumbel_logits", EqualConv2d(dim, codes, 1, true, false));
}

torch::Tensor VectorQuantizerImpl::lookup(const torch::Tensor& mask)
{
    TORCH_CHECK(mask.dim() == 3, "object mask: expected [N,h,w], got ", mask.sizes());
    TORCH_CHECK(mask.scalar_type() == torch::kLong, "object mask: expected int64 indices");
    if (mask.numel() > 0) {
        TORCH_CHECK(mask.min().item<int64_t>() >= 0 && mask.max().item<int64_t>() < codes,
                    "object mask: class indices must lie in [0, ", codes, ")");
    }
    return torch::embedding(codebook, mask).permute({0, 3, 1, 2});  // [N,d,h,w]
}

torch::Tensor VectorQuantizerImpl::assign(const torch::Tensor& z)
{
    if (gumbel) return gumbel_logits->forward(z).argmax(1);
    const int64_t n = z.size(0), h = z.size(2), w = z.size(3);
    auto flat = z.permute({0, 2, 3, 1}).reshape({-1, dim});  // [M,d]
    auto dist = flat.square().sum(1, true) - 2 * torch::mm(flat, codebook.t()) + codebook.square().sum(1).unsqueeze(0);
    return dist.argmin(1).view({n, h, w});
}

void VectorQuantizerImpl::updateEma(const torch::Tensor& flat, const torch::Tensor& idx)
{
    torch::NoGradGuard ng;
    auto onehot = F::one_hot(idx, codes).to(flat.scalar_type());  // [M,K]
    ema_count.mul_(decay).add_(onehot.sum(0), 1.0 - decay);
    if (ema) {
        ema_sum.mul_(decay).add_(torch::mm(onehot.t(), flat), 1.0 - decay);
        const double eps = 1e-5;
        auto total = ema_count.sum();
        auto smoothed = (ema_count + eps) / (total + codes * eps) * total;  // Laplace smoothing
        codebook.copy_(ema_sum / smoothed.unsqueeze(1));
    }
    // Dead-code restart: codes that (almost) no vector chooses any more are re-seeded from
    // random vectors of this batch, with a few steps' grace before they can be re-seeded again.
    auto dead = (ema_count < dead_threshold).nonzero().flatten();
    const int64_t nd = dead.numel();
    if (nd > 0 && flat.size(0) > 0) {
        auto pick = torch::randint(flat.size(0), {nd}, torch::TensorOptions().dtype(torch::kLong).device(flat.device()));
        auto fresh = flat.index_select(0, pick);
        codebook.index_copy_(0, dead, fresh);
        const double grace = std::max(2.0 * dead_threshold, 1e-3);
        ema_count.index_fill_(0, dead, grace);
        ema_sum.index_copy_(0, dead, fresh * grace);
    }
}

VectorQuantizerImpl::Result VectorQuantizerImpl::forward(const torch::Tensor& z, const torch::Tensor& mask)
{
    TORCH_CHECK(z.dim() == 4 && z.size(1) == dim, "VectorQuantizer: expected [N,", dim, ",h,w], got ", z.sizes());
    const int64_t n = z.size(0), h = z.size(2), w = z.size(3);
    auto zero = torch::zeros({}, z.options());
    if (mask.defined()) {
        TORCH_CHECK(mask.size(0) == n && mask.size(1) == h && mask.size(2) == w, "object mask: expected [", n, ",",
                    h, ",", w, "], got ", mask.sizes());
        return {lookup(mask), mask, zero};
    }
    if (gumbel) {
        auto logits = gumbel_logits->forward(z);  // [N,K,h,w]
        if (!is_training()) {
            auto idx = logits.argmax(1);
            return {lookup(idx), idx, zero};
        }
        auto u = torch::rand_like(logits).clamp(1e-6, 1.0 - 1e-6);
        auto y_soft = torch::softmax((logits - torch::log(-torch::log(u))) / tau, 1);
        auto idx = y_soft.argmax(1);
        auto y_hard = F::one_hot(idx, codes).permute({0, 3, 1, 2}).to(y_soft.scalar_type());
        auto y = y_hard - y_soft.detach() + y_soft;  // straight-through Gumbel
        auto zq = torch::einsum("nkhw,kd->ndhw", {y, codebook});
        // Keep codes in use: KL(mean class probability || uniform).
        auto pbar = torch::softmax(logits, 1).mean({0, 2, 3});
        auto loss = (pbar * torch::log(pbar * static_cast<double>(codes) + 1e-10)).sum();
        {
            torch::NoGradGuard ng;
            ema_count.mul_(decay).add_(F::one_hot(idx.flatten(), codes).to(z.scalar_type()).sum(0), 1.0 - decay);
        }
        return {zq, idx, loss};
    }

    auto flat = z.permute({0, 2, 3, 1}).reshape({-1, dim});  // [M,d]
    if (is_training() && initialized.item<double>() == 0.0) {
        // Seed the codebook from the data, so no code starts far from every vector.
        torch::NoGradGuard ng;
        auto src = flat.detach();
        auto pick = src.size(0) >= codes ? torch::randperm(src.size(0), torch::TensorOptions().dtype(torch::kLong).device(src.device())).slice(0, 0, codes)
                                         : torch::randint(src.size(0), {codes}, torch::TensorOptions().dtype(torch::kLong).device(src.device()));
        codebook.copy_(src.index_select(0, pick));
        ema_sum.copy_(codebook);
        ema_count.fill_(1.0);
        initialized.fill_(1.0);
    }
    auto idx = assign(z).flatten();                   // [M]
    auto zq_flat = codebook.index_select(0, idx);     // [M,d]
    auto loss = beta * F::mse_loss(flat, zq_flat.detach());  // commitment
    if (!ema) loss = loss + F::mse_loss(zq_flat, flat.detach());  // codebook
    if (is_training()) {
        updateEma(flat.detach(), idx);
        zq_flat = flat + (zq_flat - flat).detach();  // straight-through estimator
    }
    auto zq = zq_flat.view({n, h, w, dim}).permute({0, 3, 1, 2});
    return {zq, idx.view({n, h, w}), loss};
}

VqsnImpl::VqsnImpl(const ModelConfig& cfg, int64_t channels_, int64_t resolution_, int64_t prev_resolution)
    : variant(cfg.vq_variant), channels(channels_), resolution(resolution_),
      chained(cfg.vq_variant == VqVariant::Vq2 && prev_resolution > 0)
{
    TORCH_CHECK(variant != VqVariant::None, "Vqsn: built for a config without VQ");
    const int64_t p = cfg.pose_channels, d = cfg.vq_dim;
    const int64_t start = chained ? prev_resolution : 4;
    // Three modulated convs at sides start -> mid -> resolution ("basic upsample" between).
    auto log2i = [](int64_t v) {
        int64_t l = 0;
        while ((int64_t(1) << l) < v) ++l;
        return l;
    };
    const int64_t mid = int64_t(1) << ((log2i(start) + log2i(resolution)) / 2);
    sizes = {start, mid, resolution};
    const auto impl = implFor(cfg);
    pose_convs = register_module("pose_convs", torch::nn::ModuleList());
    pose_convs->push_back(SynthesisLayer(chained ? d : p, p, cfg.w_dim, sizes[0], false, true, false, true, impl));
    pose_convs->push_back(SynthesisLayer(p, p, cfg.w_dim, sizes[1], false, true, false, true, impl));
    pose_convs->push_back(SynthesisLayer(p, d, cfg.w_dim, sizes[2], false, true, false, false, impl));
    if (!chained) basis = register_parameter("basis", torch::randn({p, 4, 4}));
    vq = register_module("vq", VectorQuantizer(cfg));
    const int64_t in_ab = d + (variant == VqVariant::Vq3 ? channels : 0);
    to_alpha = register_module("to_alpha", EqualConv2d(in_ab, channels, 1, true, false));
    to_beta = register_module("to_beta", EqualConv2d(in_ab, channels, 1, true, false));
}

torch::Tensor VqsnImpl::baseMap(const torch::Tensor& lp, const torch::Tensor& prev_fvq)
{
    const int64_t n = lp.size(0);
    torch::Tensor x;
    if (chained) {
        TORCH_CHECK(prev_fvq.defined(), "VQ-2: the previous VQSN layer's f_vq is required");
        x = prev_fvq;
    } else {
        x = basis.unsqueeze(0).expand({n, basis.size(0), 4, 4});
    }
    for (size_t i = 0; i < pose_convs->size(); ++i) {
        if (x.size(2) != sizes[i])
            x = F::interpolate(x, F::InterpolateFuncOptions()
                                      .size(std::vector<int64_t>{sizes[i], sizes[i]})
                                      .mode(torch::kBilinear)
                                      .align_corners(false));
        x = pose_convs[i]->as<SynthesisLayerImpl>()->forward(x, lp, NoiseMode::None);
    }
    return x;  // [N,d,h,w]
}

VqsnOutput VqsnImpl::forward(const torch::Tensor& f, const torch::Tensor& lp, const torch::Tensor& prev_fvq,
                             const torch::Tensor& mask)
{
    TORCH_CHECK(f.dim() == 4 && f.size(1) == channels && f.size(2) == resolution,
                "Vqsn: expected f [N,", channels, ",", resolution, ",", resolution, "], got ", f.sizes());
    VectorQuantizerImpl::Result q;
    if (mask.defined()) {
        // Editing: the given mask replaces the pose generator's output entirely.
        auto m = mask;
        q = vq->forward(torch::empty({f.size(0), vq->dim, resolution, resolution}, f.options()), m);
    } else {
        q = vq->forward(baseMap(lp, prev_fvq));
    }
    auto in = variant == VqVariant::Vq3 ? torch::cat({q.zq, f}, 1) : q.zq;
    auto alpha = to_alpha->forward(in);
    auto beta = to_beta->forward(in);
    return {instanceNorm(f) * (1 + alpha) + beta, q.mask, q.zq, q.loss};
}

}  // namespace pivq::core
