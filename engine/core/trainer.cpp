#include "engine/core/trainer.h"

#include <chrono>
#include <cmath>

#include "engine/core/json_fields.h"

namespace pivq::core {

namespace F = torch::nn::functional;

namespace {

template <class F>
void forEachField(TrainConfig& c, F&& f)
{
    f("batch", c.batch);
    f("lr_g", c.lr_g);
    f("lr_d", c.lr_d);
    f("lr_e", c.lr_e);
    f("beta1", c.beta1);
    f("beta2", c.beta2);
    f("r1_gamma", c.r1_gamma);
    f("r1_interval", c.r1_interval);
    f("pl_weight", c.pl_weight);
    f("pl_interval", c.pl_interval);
    f("pl_decay", c.pl_decay);
    f("style_mixing", c.style_mixing);
    f("ema_kimg", c.ema_kimg);
    f("ema_rampup", c.ema_rampup);
    f("w_adv", c.w_adv);
    f("w_latent", c.w_latent);
    f("w_rec_mse", c.w_rec_mse);
    f("w_rec_perc", c.w_rec_perc);
    f("w_aug", c.w_aug);
    f("w_vq", c.w_vq);
    f("use_aug", c.use_aug);
    f("aug_flip", c.aug_flip);
    f("aug_rescale", c.aug_rescale);
    f("aug_rescale_min", c.aug_rescale_min);
    f("aug_rescale_max", c.aug_rescale_max);
    f("aug_cutout", c.aug_cutout);
    f("aug_translate", c.aug_translate);
    f("aug_translate_max", c.aug_translate_max);
    f("aug_rotate", c.aug_rotate);
    f("aug_rotate_max", c.aug_rotate_max);
    f("w_aug_color", c.w_aug_color);
    f("aug_color_gain", c.aug_color_gain);
    f("aug_color_shift", c.aug_color_shift);
    f("perceptual", c.perceptual);
    f("lpips_weights", c.lpips_weights);
    f("seed", c.seed);
}

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

bool finite(const torch::Tensor& t) { return std::isfinite(t.item<double>()); }

}  // namespace

void TrainConfig::validate() const
{
    auto bad = [](const std::string& m) { throw std::invalid_argument("training config: " + m); };
    if (batch < 1 || batch > 4096) bad("batch: must be between 1 and 4096");
    for (auto [n, v] : {std::pair<const char*, double>{"lr_g", lr_g}, {"lr_d", lr_d}, {"lr_e", lr_e}})
        if (!(v > 0 && v < 1)) bad(std::string(n) + ": must be in (0, 1)");
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) bad("beta1/beta2: must be in [0, 1)");
    if (r1_interval < 0 || pl_interval < 1) bad("r1_interval must be >= 0 and pl_interval >= 1");
    for (auto [n, v] : {std::pair<const char*, double>{"r1_gamma", r1_gamma}, {"pl_weight", pl_weight},
                        {"w_adv", w_adv}, {"w_latent", w_latent}, {"w_rec_mse", w_rec_mse},
                        {"w_rec_perc", w_rec_perc}, {"w_aug", w_aug}, {"w_vq", w_vq}, {"ema_kimg", ema_kimg},
                        {"w_aug_color", w_aug_color}})
        if (!(v >= 0)) bad(std::string(n) + ": must be >= 0");
    for (auto [n, v] : {std::pair<const char*, double>{"style_mixing", style_mixing}, {"aug_flip", aug_flip},
                        {"aug_rescale", aug_rescale}, {"aug_cutout", aug_cutout}, {"aug_translate", aug_translate},
                        {"aug_rotate", aug_rotate}})
        if (!(v >= 0 && v <= 1)) bad(std::string(n) + ": must be a probability in [0, 1]");
    if (!(aug_translate_max >= 0 && aug_translate_max <= 0.5)) bad("aug_translate_max: must be in [0, 0.5]");
    if (!(aug_rotate_max >= 0 && aug_rotate_max <= 180)) bad("aug_rotate_max: must be in [0, 180] degrees");
    if (!(aug_rescale_min > 0 && aug_rescale_min <= aug_rescale_max)) bad("aug_rescale_min/max: need 0 < min <= max");
    if (!(aug_color_gain >= 0 && aug_color_gain < 1)) bad("aug_color_gain: must be in [0, 1)");
    if (!(aug_color_shift >= 0 && aug_color_shift <= 1)) bad("aug_color_shift: must be in [0, 1]");
    if (perceptual != "auto" && perceptual != "lpips" && perceptual != "msssim-l1")
        bad("perceptual: expected auto, lpips or msssim-l1, got \"" + perceptual + "\"");
    if (perceptual == "lpips" && lpips_weights.empty()) bad("perceptual: lpips needs lpips_weights (a file path)");
}

json::Value TrainConfig::toJson() const
{
    json::Value out = json::Value::object();
    json::FieldWriter w{out};
    forEachField(const_cast<TrainConfig&>(*this), w);
    return out;
}

TrainConfig TrainConfig::fromJson(const json::Value& v)
{
    TrainConfig c;
    try {
        if (!v.isObject()) throw json::Error("expected a JSON object");
        json::readFields(v, c, [](TrainConfig& t, json::FieldReader& r) { forEachField(t, r); });
    } catch (const json::Error& e) {
        throw std::invalid_argument(std::string("training config: ") + e.what());
    }
    c.validate();
    return c;
}

AugmentOptions TrainConfig::augment() const
{
    AugmentOptions o;
    o.flip = aug_flip;
    o.rescale = aug_rescale;
    o.rescale_min = aug_rescale_min;
    o.rescale_max = aug_rescale_max;
    o.cutout = aug_cutout;
    o.translate = aug_translate;
    o.translate_max = aug_translate_max;
    o.rotate = aug_rotate;
    o.rotate_max = aug_rotate_max;
    return o;
}

// ---------------------------------------------------------------------------------------
Adam::Adam(std::vector<std::pair<std::string, torch::Tensor>> params, double lr_, double b1, double b2, double eps_)
    : lr(lr_), beta1(b1), beta2(b2), eps(eps_)
{
    for (auto& p : params) {
        if (!p.second.requires_grad()) continue;  // e.g. an EMA-updated codebook
        params_.push_back(p);
        m_.push_back(torch::zeros_like(p.second));
        v_.push_back(torch::zeros_like(p.second));
    }
}

void Adam::zeroGrad()
{
    for (auto& p : params_)
        if (p.second.grad().defined()) p.second.mutable_grad() = torch::Tensor();
}

void Adam::step()
{
    torch::NoGradGuard ng;
    ++steps_;
    const double bc1 = 1.0 - std::pow(beta1, double(steps_));
    const double bc2 = 1.0 - std::pow(beta2, double(steps_));
    for (size_t i = 0; i < params_.size(); ++i) {
        auto& p = params_[i].second;
        const auto& g = p.grad();
        if (!g.defined()) continue;
        m_[i].mul_(beta1).add_(g, 1.0 - beta1);
        v_[i].mul_(beta2).addcmul_(g, g, 1.0 - beta2);
        auto denom = (v_[i] / bc2).sqrt_().add_(eps);
        p.addcdiv_(m_[i], denom, -lr / bc1);
    }
}

NamedTensors Adam::state(const std::string& prefix) const
{
    NamedTensors out;
    out.emplace_back(prefix + "step", torch::tensor(steps_, torch::kLong));
    for (size_t i = 0; i < params_.size(); ++i) {
        out.emplace_back(prefix + params_[i].first + ".m", m_[i]);
        out.emplace_back(prefix + params_[i].first + ".v", v_[i]);
    }
    return out;
}

void Adam::loadState(const NamedTensors& tensors, const std::string& prefix)
{
    auto get = [&](const std::string& n, const torch::Tensor& like) {
        auto t = findTensor(tensors, prefix + n);
        if (!t.defined()) throw std::invalid_argument("optimizer state \"" + prefix + n + "\" is missing");
        if (t.sizes() != like.sizes()) throw std::invalid_argument("optimizer state \"" + prefix + n + "\" has the wrong shape");
        return t.to(like.device(), like.scalar_type());
    };
    auto s = findTensor(tensors, prefix + "step");
    if (!s.defined() || s.numel() != 1) throw std::invalid_argument("optimizer state \"" + prefix + "step\" is missing");
    for (size_t i = 0; i < params_.size(); ++i) {
        m_[i] = get(params_[i].first + ".m", m_[i]);
        v_[i] = get(params_[i].first + ".v", v_[i]);
    }
    steps_ = s.to(torch::kLong).item<int64_t>();
}

// ---------------------------------------------------------------------------------------
namespace {
std::vector<std::pair<std::string, torch::Tensor>> namedParams(const torch::nn::Module& m)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& p : m.named_parameters(true)) out.emplace_back(p.key(), p.value());
    return out;
}
}  // namespace

Trainer::Trainer(const ModelConfig& model, const TrainConfig& train, const torch::Device& device,
                 std::shared_ptr<PerceptualDistance> perceptual)
    : model_(model), train_(train), device_(device), perceptual_(std::move(perceptual))
{
    model_.validate();
    train_.validate();
    if (!perceptual_) perceptual_ = std::make_shared<MsssimL1Distance>();
    torch::manual_seed(static_cast<uint64_t>(train_.seed));
    if (device_.is_cuda() && model_.modconv == "auto") model_.modconv = "grouped";
    g = Generator(model_);
    g_ema = Generator(model_);
    d = Discriminator(model_);
    e = Encoder(model_);
    loadState(*g_ema, stateOf(*g));
    for (torch::nn::Module* m : {static_cast<torch::nn::Module*>(g.get()), static_cast<torch::nn::Module*>(g_ema.get()),
                                 static_cast<torch::nn::Module*>(d.get()), static_cast<torch::nn::Module*>(e.get())})
        m->to(device_);
    perceptual_->to(device_);
    g->train();
    d->train();
    e->train();
    g_ema->eval();
    setRequiresGrad(*g_ema, false);
    // Lazy regularisation: scale the D optimiser so the regularised steps average out
    // (StyleGAN2 appendix B: lr *= c, betas **= c with c = I / (I + 1)).
    const double cd = train_.r1_interval > 0 ? double(train_.r1_interval) / (train_.r1_interval + 1) : 1.0;
    const double cg = train_.pl_weight > 0 ? double(train_.pl_interval) / (train_.pl_interval + 1) : 1.0;
    opt_g_ = std::make_unique<Adam>(namedParams(*g), train_.lr_g * cg, std::pow(train_.beta1, cg),
                                    std::pow(train_.beta2, cg));
    opt_d_ = std::make_unique<Adam>(namedParams(*d), train_.lr_d * cd, std::pow(train_.beta1, cd),
                                    std::pow(train_.beta2, cd));
    opt_e_ = std::make_unique<Adam>(namedParams(*e), train_.lr_e, train_.beta1, train_.beta2);
    pl_mean_ = torch::zeros({}, torch::TensorOptions().device(device_));
}

void Trainer::setRequiresGrad(torch::nn::Module& m, bool on)
{
    // Used on D (frozen during the G and E steps) and on G_ema; neither holds an
    // EMA-updated codebook whose requires_grad must stay false.
    for (auto& p : m.parameters()) p.set_requires_grad(on);
}

torch::Tensor Trainer::mixedWs(int64_t n, bool update_w_avg)
{
    auto opts = torch::TensorOptions().device(device_);
    auto ws = g->mapZ(torch::randn({n, model_.z_dim}, opts), 1.0, update_w_avg);
    if (train_.style_mixing > 0 && torch::rand({1}).item<double>() < train_.style_mixing) {
        const int64_t cutoff = torch::randint(1, model_.numWs(), {1}).item<int64_t>();
        auto ws2 = g->mapZ(torch::randn({n, model_.z_dim}, opts), 1.0, false);
        ws = torch::cat({ws.slice(1, 0, cutoff), ws2.slice(1, cutoff)}, 1);
    }
    return ws;  // [N,num_ws,w_dim]
}

StepStats Trainer::step(const torch::Tensor& reals_in)
{
    TORCH_CHECK(reals_in.dim() == 4 && reals_in.size(1) == 3 && reals_in.size(2) == model_.resolution,
                "Trainer::step: expected reals [B,3,", model_.resolution, ",", model_.resolution, "], got ",
                reals_in.sizes());
    StepStats st;
    const auto reals = reals_in.to(device_, torch::kFloat32);
    const int64_t b = reals.size(0);
    SynthesisOptions random;
    random.noise = NoiseMode::Random;
    SynthesisOptions fixed;  // reconstructions use the deterministic noise that editing uses
    fixed.noise = NoiseMode::Const;

    // 1. D step ----------------------------------------------------------------------
    auto t0 = std::chrono::steady_clock::now();
    {
        torch::Tensor fake;
        {
            torch::NoGradGuard ng;
            fake = g->synthesize(mixedWs(b, false), random).image;
        }
        const bool do_r1 = train_.r1_interval > 0 && train_.r1_gamma > 0 && steps_ % train_.r1_interval == 0;
        auto real = do_r1 ? reals.detach().requires_grad_(true) : reals;
        auto logits_real = d->forward(real);
        auto logits_fake = d->forward(fake);
        auto loss = F::softplus(logits_fake).mean() + F::softplus(-logits_real).mean();
        st.losses["D"] = loss.item<double>();
        if (do_r1) {
            // Gradient with respect to the input only; no weight gradients in this pass.
            auto grad = torch::autograd::grad({logits_real.sum()}, {real}, {}, true, true)[0];
            auto r1 = grad.square().sum({1, 2, 3}).mean();
            st.losses["R1"] = r1.item<double>();
            loss = loss + r1 * (train_.r1_gamma / 2) * train_.r1_interval;
        }
        if (!finite(loss)) {
            st.finite = false;
            return st;
        }
        opt_d_->zeroGrad();
        loss.backward();
        opt_d_->step();
    }
    st.ms_d = msSince(t0);

    // 2. G step ----------------------------------------------------------------------
    t0 = std::chrono::steady_clock::now();
    setRequiresGrad(*d, false);
    {
        auto out = g->synthesize(mixedWs(b, true), random);
        auto adv = F::softplus(-d->forward(out.image)).mean();
        auto loss = train_.w_adv * adv + train_.w_vq * out.vq_loss;
        st.losses["G"] = adv.item<double>();
        if (train_.pl_weight > 0 && steps_ % train_.pl_interval == 0) {
            // Path-length regularisation on half a batch (StyleGAN2 section 3.2).
            const int64_t pb = std::max<int64_t>(1, b / 2);
            auto ws = mixedWs(pb, false).detach().requires_grad_(true);
            auto img = g->synthesize(ws, random).image;
            auto noise = torch::randn_like(img) / std::sqrt(double(img.size(2) * img.size(3)));
            auto grad = torch::autograd::grad({(img * noise).sum()}, {ws}, {}, true, true)[0];
            auto lengths = grad.square().sum(2).mean(1).sqrt();
            {
                torch::NoGradGuard ng;
                pl_mean_.copy_(pl_mean_.lerp(lengths.mean(), train_.pl_decay));
            }
            auto pl = (lengths - pl_mean_).square().mean();
            st.losses["PL"] = pl.item<double>();
            loss = loss + pl * train_.pl_weight * train_.pl_interval;
        }
        if (!finite(loss)) {
            setRequiresGrad(*d, true);
            st.finite = false;
            return st;
        }
        opt_g_->zeroGrad();
        loss.backward();
        opt_g_->step();
    }
    st.ms_g = msSince(t0);

    // 3. E + synthesis step (mapping frozen: l_gt is sampled without gradient) ------------
    t0 = std::chrono::steady_clock::now();
    {
        torch::Tensor l_gt;
        {
            torch::NoGradGuard ng;
            l_gt = mixedWs(b, false);
        }
        auto gen = g->synthesize(l_gt, fixed);
        const auto w_avg = g->wAvg().detach();
        torch::Tensor x_aug, x_col;
        const bool colour = train_.w_aug_color > 0;
        std::vector<torch::Tensor> enc_in = {gen.image, reals};
        if (train_.use_aug) {
            torch::NoGradGuard ng;
            x_aug = augmentShape(reals, train_.augment());
            enc_in.push_back(x_aug);
        }
        if (colour) {
            torch::NoGradGuard ng;
            x_col = augmentColor(reals, train_.aug_color_gain, train_.aug_color_shift);
            enc_in.push_back(x_col);
        }
        // One encoder pass over [G(l_gt); x; x_aug; x_col] and one synthesis pass over
        // [E(x); graft(E(x), E(x_aug)); graft(E(x_aug), E(x)); graft(E(x_col), E(x));
        // graft(E(x), E(x_col))]: bigger batches run faster.
        auto lat = e->forward(torch::cat(enc_in, 0), w_avg);
        auto l_pred_gt = lat.slice(0, 0, b);
        auto l_x = lat.slice(0, b, 2 * b);
        auto l_latent = F::mse_loss(l_pred_gt, l_gt);
        int64_t next = 2 * b;  // the next encoder row
        std::vector<torch::Tensor> syn_in = {l_x};
        if (train_.use_aug) {
            auto l_aug = lat.slice(0, next, next + b);
            next += b;
            syn_in.push_back(graft(model_, l_x, l_aug));  // identity of x, pose of x_aug -> x_aug
            syn_in.push_back(graft(model_, l_aug, l_x));  // identity of x_aug, pose of x -> x
        }
        if (colour) {
            auto l_col = lat.slice(0, next, next + b);
            syn_in.push_back(graft(model_, l_col, l_x));  // colours of x_col, pose of x -> x_col
            syn_in.push_back(graft(model_, l_x, l_col));  // colours of x, pose of x_col -> x
        }
        auto syn = g->synthesize(torch::cat(syn_in, 0), fixed);
        auto rec = syn.image.slice(0, 0, b);
        auto rec_mse = F::mse_loss(rec, reals);
        auto rec_p = perceptual_->distance(rec, reals).mean();
        auto loss = train_.w_latent * l_latent + train_.w_rec_mse * rec_mse + train_.w_rec_perc * rec_p +
                    train_.w_vq * (gen.vq_loss + syn.vq_loss);
        st.losses["latent"] = l_latent.item<double>();
        st.losses["rec_mse"] = rec_mse.item<double>();
        st.losses["rec_perc"] = rec_p.item<double>();
        st.losses["vq"] = (gen.vq_loss + syn.vq_loss).item<double>();
        int64_t out = b;  // the next synthesis row
        if (train_.use_aug) {
            auto to_aug = syn.image.slice(0, out, out + b);
            auto to_x = syn.image.slice(0, out + b, out + 2 * b);
            out += 2 * b;
            auto l_aug = perceptual_->distance(to_aug, x_aug).mean() + perceptual_->distance(to_x, reals).mean();
            st.losses["aug"] = l_aug.item<double>();
            loss = loss + train_.w_aug * l_aug;
        }
        if (colour) {
            auto to_col = syn.image.slice(0, out, out + b);
            auto to_x = syn.image.slice(0, out + b, out + 2 * b);
            auto l_col = perceptual_->distance(to_col, x_col).mean() + perceptual_->distance(to_x, reals).mean();
            st.losses["aug_color"] = l_col.item<double>();
            loss = loss + train_.w_aug_color * l_col;
        }
        if (!finite(loss)) {
            setRequiresGrad(*d, true);
            st.finite = false;
            return st;
        }
        opt_g_->zeroGrad();
        opt_e_->zeroGrad();
        loss.backward();
        opt_g_->step();
        opt_e_->step();
    }
    setRequiresGrad(*d, true);
    st.ms_e = msSince(t0);

    ++steps_;
    images_seen_ += b;
    updateEma(b);
    return st;
}

void Trainer::updateEma(int64_t batch)
{
    torch::NoGradGuard ng;
    double ema_nimg = train_.ema_kimg * 1000.0;
    if (train_.ema_rampup > 0) ema_nimg = std::min(ema_nimg, double(images_seen_) * train_.ema_rampup);
    const double beta = ema_nimg > 0 ? std::pow(0.5, double(batch) / ema_nimg) : 0.0;
    auto src = g->named_parameters(true);
    auto dst = g_ema->named_parameters(true);
    for (const auto& p : src) dst[p.key()].copy_(p.value().detach().lerp(dst[p.key()], beta));
    auto sb = g->named_buffers(true);
    auto db = g_ema->named_buffers(true);
    for (const auto& p : sb) db[p.key()].copy_(p.value());
}

NamedTensors Trainer::weights() const
{
    NamedTensors out = stateOf(*g_ema, "g_ema.");
    for (auto& kv : stateOf(*e, "encoder.")) out.push_back(kv);
    return out;
}

NamedTensors Trainer::trainingState() const
{
    NamedTensors out = stateOf(*g, "g.");
    for (auto& kv : stateOf(*d, "d.")) out.push_back(kv);
    for (auto& kv : opt_g_->state("adam_g.")) out.push_back(kv);
    for (auto& kv : opt_d_->state("adam_d.")) out.push_back(kv);
    for (auto& kv : opt_e_->state("adam_e.")) out.push_back(kv);
    out.emplace_back("counters.steps", torch::tensor(steps_, torch::kLong));
    out.emplace_back("counters.images_seen", torch::tensor(images_seen_, torch::kLong));
    out.emplace_back("counters.pl_mean", pl_mean_.detach().cpu());
    return out;
}

void Trainer::loadWeights(const NamedTensors& t)
{
    loadState(*g_ema, t, "g_ema.");
    loadState(*e, t, "encoder.");
}

void Trainer::loadTrainingState(const NamedTensors& t)
{
    auto counter = [&](const std::string& n) {
        auto v = findTensor(t, n);
        if (!v.defined() || v.numel() != 1) throw std::invalid_argument("training state: \"" + n + "\" is missing");
        return v;
    };
    loadState(*g, t, "g.");
    loadState(*d, t, "d.");
    opt_g_->loadState(t, "adam_g.");
    opt_d_->loadState(t, "adam_d.");
    opt_e_->loadState(t, "adam_e.");
    steps_ = counter("counters.steps").to(torch::kLong).item<int64_t>();
    images_seen_ = counter("counters.images_seen").to(torch::kLong).item<int64_t>();
    pl_mean_ = counter("counters.pl_mean").to(device_, torch::kFloat32).reshape({});
}

std::map<int, std::vector<double>> Trainer::codeUsage() const
{
    std::map<int, std::vector<double>> out;
    for (const auto& kv : g->synthesis->vqsn) {
        auto c = kv.second->vq->ema_count.detach().to(torch::kCPU, torch::kDouble);
        c = c / c.sum().clamp_min(1e-12);
        out[kv.first] = std::vector<double>(c.data_ptr<double>(), c.data_ptr<double>() + c.numel());
    }
    return out;
}

int Trainer::codesInUse(double min_share) const
{
    int n = 0;
    for (const auto& kv : codeUsage())
        for (double s : kv.second) n += s >= min_share ? 1 : 0;
    return n;
}

std::shared_ptr<PerceptualDistance> makePerceptual(const TrainConfig& cfg, const NamedTensors& lpips)
{
    if (cfg.perceptual == "msssim-l1") return std::make_shared<MsssimL1Distance>();
    if (!lpips.empty()) return std::make_shared<LpipsDistance>(lpips);
    if (cfg.perceptual == "lpips") throw std::invalid_argument("perceptual: lpips needs its weight file");
    return std::make_shared<MsssimL1Distance>();
}

}  // namespace pivq::core
