#include "engine/core/edit_session.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include <ATen/CPUGeneratorImpl.h>

#include "engine/core/perceptual.h"
#include "engine/core/trainer.h"

namespace pivq::core {

namespace {
std::string shapeText(const torch::Tensor& t)
{
    std::ostringstream o;
    o << t.sizes();
    return o.str();
}

std::string side2(int64_t s)
{
    return std::to_string(s) + "x" + std::to_string(s);
}

bool isIntegral(const torch::Tensor& t)
{
    return at::isIntegralType(t.scalar_type(), /*includeBool=*/false);
}

double psnrOf(double mse)
{
    return mse <= 1e-10 ? 100.0 : std::min(100.0, 10.0 * std::log10(1.0 / mse));
}

// Switches requires_grad off on every parameter of the given modules and restores each
// parameter's own flag when it goes out of scope, so refinement leaves no trace on them.
class FrozenParams {
public:
    explicit FrozenParams(std::initializer_list<const torch::nn::Module*> modules)
    {
        for (const auto* m : modules)
            for (auto& p : m->parameters()) {
                params_.push_back(p);
                flags_.push_back(p.requires_grad());
                p.set_requires_grad(false);
            }
    }
    FrozenParams(const FrozenParams&) = delete;
    FrozenParams& operator=(const FrozenParams&) = delete;
    ~FrozenParams()
    {
        for (size_t i = 0; i < params_.size(); ++i) {
            if (params_[i].grad().defined()) params_[i].mutable_grad() = torch::Tensor();
            params_[i].set_requires_grad(flags_[i]);
        }
    }
    // Whether `p` required grad before (false for a parameter not frozen here).
    bool wasTrainable(const torch::Tensor& p) const
    {
        for (size_t i = 0; i < params_.size(); ++i)
            if (params_[i].is_same(p)) return flags_[i];
        return false;
    }

private:
    std::vector<torch::Tensor> params_;
    std::vector<bool> flags_;
};

bool allFinite(const std::vector<torch::Tensor>& grads)
{
    std::vector<torch::Tensor> peaks;
    for (const auto& g : grads)
        if (g.defined()) peaks.push_back(g.abs().max());
    return peaks.empty() || torch::stack(peaks).isfinite().all().item<bool>();
}
}  // namespace

RefineState::RefineState() = default;
RefineState::RefineState(RefineState&&) noexcept = default;
RefineState& RefineState::operator=(RefineState&&) noexcept = default;
RefineState::~RefineState() = default;

const char* sourceName(Source s)
{
    switch (s) {
        case Source::PoseA:
            return "pose";
        case Source::PoseB:
            return "second pose";
        case Source::IdentityA:
            return "identity";
        case Source::IdentityB:
            return "second identity";
    }
    return "source";
}

int firstLayerReadingRow(const ModelConfig& cfg, int row)
{
    const int n = cfg.numConvLayers();
    int first = row < n ? row : n;
    if (row >= 1 && toRgbRowAfter(cfg, row - 1) == row) first = std::min(first, row - 1);
    return first;
}

EditSession::EditSession(Generator g, Encoder e, torch::Device device)
    : cfg_(g->cfg), g_(std::move(g)), e_(std::move(e)), device_(device)
{
    if (e_->cfg != cfg_)
        throw std::invalid_argument("EditSession: the generator and the encoder have different configs");
    g_->to(device_);
    e_->to(device_);
    g_->eval();
    e_->eval();
    if (cfg_.hasVq()) {
        mask_layers_ = cfg_.pose_layers;
        std::sort(mask_layers_.begin(), mask_layers_.end());
    }
    // Where a render can start: at a pose layer (mask edits) and at the first layer that
    // reads a pose row (pose-slider steps). Layer 0 needs no captured state.
    for (int l : cfg_.pose_layers) {
        for (int p : {l, firstLayerReadingRow(cfg_, l)})
            if (p > 0 && std::find(capture_points_.begin(), capture_points_.end(), p) == capture_points_.end())
                capture_points_.push_back(p);
    }
    std::sort(capture_points_.begin(), capture_points_.end());
}

void EditSession::setDevice(torch::Device device)
{
    g_->to(device);
    e_->to(device);
    for (auto& s : sources_) {
        if (s.ws.defined()) s.ws = s.ws.to(device);
        if (s.image.defined()) s.image = s.image.to(device);
        if (s.plain.defined()) s.plain = s.plain.to(device);
    }
    for (auto& kv : edited_dev_) kv.second = kv.second.to(device);
    for (auto& t : untuned_) t = t.to(device);
    device_ = device;
    ++generator_version_;  // optimiser state on the old device cannot continue
    dropCache();
}

void EditSession::dropCache()
{
    cache_ = Cache();
}

// ---- sources

torch::Tensor EditSession::checkedImage(const torch::Tensor& image, const char* what) const
{
    const int64_t r = cfg_.resolution;
    if (!image.defined()) throw std::invalid_argument(std::string(what) + " image: no image given");
    auto x = image.dim() == 3 ? image.unsqueeze(0) : image;
    if (x.dim() != 4 || x.size(0) != 1 || x.size(1) != 3 || x.size(2) != r || x.size(3) != r)
        throw std::invalid_argument(std::string(what) + " image: expected one RGB image of " + side2(r) +
                                    " pixels (the model's resolution), got a tensor of shape " + shapeText(image));
    if (!x.is_floating_point())
        throw std::invalid_argument(std::string(what) + " image: expected float pixels in [-1, 1]");
    x = x.to(device_, torch::kFloat32).clone();
    if (!torch::isfinite(x).all().item<bool>())
        throw std::invalid_argument(std::string(what) + " image: contains NaN or infinite values");
    return x;
}

void EditSession::setSource(Source s, torch::Tensor ws, torch::Tensor image, torch::Tensor plain)
{
    auto& src = slot(s);
    src.refined = plain.defined() && !torch::equal(ws, plain);
    src.ws = std::move(ws);
    src.image = std::move(image);
    src.plain = std::move(plain);
    src.version = ++versions_;
}

void EditSession::setImage(Source s, const torch::Tensor& image)
{
    auto x = checkedImage(image, sourceName(s));
    torch::NoGradGuard ng;
    auto ws = e_->forward(x, g_->wAvg());  // [1,num_ws,w_dim]
    ++encodes_;
    setSource(s, ws, x, ws);
}

void EditSession::setRandom(Source s, uint64_t seed, double psi)
{
    if (!std::isfinite(psi) || psi < 0.0 || psi > 2.0)
        throw std::invalid_argument(std::string("random ") + sourceName(s) +
                                    ": truncation psi must lie in [0, 2], got " + std::to_string(psi));
    auto gen = at::detail::createCPUGenerator(seed);
    auto z = torch::randn({1, cfg_.z_dim}, gen, torch::TensorOptions().dtype(torch::kFloat32));  // [1,z_dim]
    torch::NoGradGuard ng;
    setSource(s, g_->mapZ(z.to(device_), psi), {}, {});
}

void EditSession::setLatents(Source s, const torch::Tensor& ws, const torch::Tensor& image)
{
    if (!ws.defined()) throw std::invalid_argument(std::string(sourceName(s)) + " latents: none given");
    auto w = ws.dim() == 2 ? ws.unsqueeze(0) : ws;
    if (w.dim() != 3 || w.size(0) != 1 || w.size(1) != cfg_.numWs() || w.size(2) != cfg_.w_dim)
        throw std::invalid_argument(std::string(sourceName(s)) + " latents: expected [1," +
                                    std::to_string(cfg_.numWs()) + "," + std::to_string(cfg_.w_dim) + "], got " +
                                    shapeText(ws));
    if (!w.is_floating_point() || !torch::isfinite(w).all().item<bool>())
        throw std::invalid_argument(std::string(sourceName(s)) + " latents: expected finite float values");
    w = w.to(device_, torch::kFloat32).clone();
    if (!image.defined()) {
        setSource(s, w, {}, {});
        return;
    }
    auto x = checkedImage(image, sourceName(s));
    torch::NoGradGuard ng;
    auto plain = e_->forward(x, g_->wAvg());  // [1,num_ws,w_dim]
    ++encodes_;
    setSource(s, w, x, plain);
}

void EditSession::clear(Source s)
{
    setSource(s, {}, {}, {});
}
bool EditSession::has(Source s) const
{
    return slot(s).ws.defined();
}
torch::Tensor EditSession::latents(Source s) const
{
    return slot(s).ws;
}
torch::Tensor EditSession::sourceImage(Source s) const
{
    return slot(s).image;
}

double EditSession::checkedT(double t, const char* what)
{
    if (!std::isfinite(t) || t < 0.0 || t > 1.0)
        throw std::invalid_argument(std::string(what) + " interpolation: t must lie in [0, 1], got " +
                                    std::to_string(t));
    return t;
}

void EditSession::setPoseT(double t)
{
    pose_t_ = checkedT(t, "pose");
}
void EditSession::setIdentityT(double t)
{
    identity_t_ = checkedT(t, "identity");
}

torch::Tensor EditSession::blend(Source a, Source b, double t, const char* what) const
{
    const auto& A = slot(a);
    if (!A.ws.defined())
        throw std::invalid_argument(std::string("no ") + what + " set: give a " + what + " image (or a random " + what +
                                    ")");
    if (t == 0.0) return A.ws;
    const auto& B = slot(b);
    if (!B.ws.defined())
        throw std::invalid_argument(std::string(what) + " interpolation at t = " + std::to_string(t) +
                                    " needs a second " + what);
    if (t == 1.0) return B.ws;
    return torch::lerp(A.ws, B.ws, t);
}

torch::Tensor EditSession::currentWs() const
{
    auto pose = blend(Source::PoseA, Source::PoseB, pose_t_, "pose");
    auto identity = blend(Source::IdentityA, Source::IdentityB, identity_t_, "identity");
    return graft(cfg_, identity, pose);  // [1,num_ws,w_dim]
}

// ---- masks

int EditSession::maskSide(int layer) const
{
    if (std::find(mask_layers_.begin(), mask_layers_.end(), layer) == mask_layers_.end()) {
        std::string layers;
        for (int l : mask_layers_) layers += (layers.empty() ? "" : ", ") + std::to_string(l);
        throw std::invalid_argument("layer " + std::to_string(layer) + " has no object mask" +
                                    (layers.empty() ? std::string(" (this model has no VQSN layers)")
                                                    : " (the mask layers are " + layers + ")"));
    }
    return cfg_.convLayerResolution(layer);
}

torch::Tensor EditSession::checkedMask(int layer, const torch::Tensor& mask) const
{
    const int64_t side = maskSide(layer);
    const std::string what = "mask for layer " + std::to_string(layer);
    if (!mask.defined()) throw std::invalid_argument(what + ": no mask given");
    auto m = mask.dim() == 3 && mask.size(0) == 1 ? mask[0] : mask;
    if (m.dim() != 2 || m.size(0) != side || m.size(1) != side)
        throw std::invalid_argument(what + ": expected " + side2(side) +
                                    " class indices (the layer's resolution), got " +
                                    (m.dim() == 2 ? std::to_string(m.size(1)) + "x" + std::to_string(m.size(0))
                                                  : "a tensor of shape " + shapeText(mask)));
    if (!isIntegral(m)) throw std::invalid_argument(what + ": expected integer class indices");
    m = m.to(torch::kCPU, torch::kLong).contiguous().clone();
    const int64_t lo = m.min().item<int64_t>(), hi = m.max().item<int64_t>();
    if (lo < 0 || hi >= cfg_.vq_codes)
        throw std::invalid_argument(what + ": class " + std::to_string(lo < 0 ? lo : hi) +
                                    " is out of range; this model has " + std::to_string(cfg_.vq_codes) +
                                    " classes (0-" + std::to_string(cfg_.vq_codes - 1) + ")");
    return m;  // [h,w] int64 on the CPU
}

void EditSession::setMask(int layer, const torch::Tensor& mask)
{
    auto m = checkedMask(layer, mask);
    auto it = edited_.find(layer);
    if (it != edited_.end() && torch::equal(it->second, m)) return;  // unchanged: keep the cache valid
    edited_[layer] = m;
    edited_dev_[layer] = m.unsqueeze(0).to(device_);
}

void EditSession::clearMask(int layer)
{
    maskSide(layer);  // validates the layer
    edited_.erase(layer);
    edited_dev_.erase(layer);
}

void EditSession::clearMasks()
{
    edited_.clear();
    edited_dev_.clear();
}

std::map<int, torch::Tensor> EditSession::poseMasks(const torch::Tensor& pose, bool withEdits)
{
    // The pose generators alone (no synthesis features needed): VQ-1/VQ-3/Gumbel masks depend
    // only on the layer's pose row; a chained VQ-2 layer also on the previous layer's f_vq,
    // which is that layer's (possibly edited) mask looked up in its codebook.
    torch::NoGradGuard ng;
    std::map<int, torch::Tensor> out;
    torch::Tensor prev_fvq;
    for (int l : mask_layers_) {
        auto& v = g_->synthesis->vqsn.at(l);
        torch::Tensor m;
        auto e = edited_dev_.find(l);
        if (withEdits && e != edited_dev_.end())
            m = e->second;
        else
            m = v->vq->assign(v->baseMap(pose.select(1, l), prev_fvq));  // [1,h,w]
        if (cfg_.vq_variant == VqVariant::Vq2) prev_fvq = v->vq->lookup(m);
        out[l] = m;
    }
    return out;
}

std::map<int, torch::Tensor> EditSession::masks()
{
    auto pose = blend(Source::PoseA, Source::PoseB, pose_t_, "pose");
    std::map<int, torch::Tensor> out;
    for (auto& kv : poseMasks(pose, true)) out[kv.first] = kv.second[0].to(torch::kCPU);
    return out;
}

std::map<int, torch::Tensor> EditSession::computedMasks()
{
    auto pose = blend(Source::PoseA, Source::PoseB, pose_t_, "pose");
    std::map<int, torch::Tensor> out;
    for (auto& kv : poseMasks(pose, false)) out[kv.first] = kv.second[0].to(torch::kCPU);
    return out;
}

// ---- rendering

torch::Tensor EditSession::render()
{
    torch::NoGradGuard ng;
    const auto ws = currentWs();
    const int n_conv = cfg_.numConvLayers();
    const int n_ws = cfg_.numWs();

    // What changed since the last render, and so the first layer that must run.
    int start = n_conv;
    std::vector<bool> row_changed(static_cast<size_t>(n_ws), true);
    std::map<int, bool> edit_changed;
    if (!cache_.valid) {
        start = 0;
    } else {
        auto diff = (ws != cache_.ws).any(2).squeeze(0).to(torch::kCPU);  // [num_ws] bool
        auto acc = diff.accessor<bool, 1>();
        for (int r = 0; r < n_ws; ++r) {
            row_changed[static_cast<size_t>(r)] = acc[r];
            if (acc[r]) start = std::min(start, firstLayerReadingRow(cfg_, r));
        }
        for (int l : mask_layers_) {
            auto now = edited_dev_.find(l);
            auto then = cache_.edited.find(l);
            const bool has_now = now != edited_dev_.end(), had = then != cache_.edited.end();
            const bool changed = has_now != had || (has_now && !now->second.is_same(then->second));
            edit_changed[l] = changed;
            if (changed) start = std::min(start, l);
        }
    }
    if (start >= n_conv) {
        stats_ = {true, n_conv, 0};
        return cache_.image.clone();
    }

    // Restart from the latest captured state at or before `start`.
    int restart = 0;
    for (int p : capture_points_)
        if (p <= start && cache_.states.count(p)) restart = p;

    // Masks that go in as overrides: edits, and computed masks whose inputs did not change
    // (the layer's pose row and, for chained VQ-2, every earlier mask).
    SynthesisOptions o;
    o.noise = NoiseMode::Const;
    o.capture = capture_points_;
    int generators = 0;
    bool upstream_changed = false;
    const bool chained = cfg_.vq_variant == VqVariant::Vq2;
    for (int l : mask_layers_) {
        bool changed = true;
        auto e = edited_dev_.find(l);
        if (e != edited_dev_.end()) {
            o.masks[l] = e->second;
            changed = !cache_.valid || edit_changed[l];
        } else if (cache_.valid && !edit_changed[l] && !row_changed[static_cast<size_t>(l)] &&
                   !(chained && upstream_changed) && cache_.masks.count(l)) {
            o.masks[l] = cache_.masks.at(l);
            changed = false;
        } else if (l >= restart) {
            ++generators;
        }
        upstream_changed = upstream_changed || changed;
    }
    o.start_layer = restart;
    if (restart > 0) o.start_state = &cache_.states.at(restart);

    auto out = g_->synthesize(ws, o);

    auto states = std::move(out.states);
    for (auto& kv : states) cache_.states[kv.first] = std::move(kv.second);
    for (auto& kv : out.masks) cache_.masks[kv.first] = kv.second;
    cache_.ws = ws;
    cache_.edited = edited_dev_;
    cache_.image = out.image.clamp(-1.0, 1.0).to(torch::kCPU);
    cache_.valid = true;
    stats_ = {false, restart, generators};
    return cache_.image.clone();
}

std::map<int, torch::Tensor> EditSession::renderedMasks() const
{
    std::map<int, torch::Tensor> out;
    if (!cache_.valid) return out;
    for (const auto& kv : cache_.masks) out[kv.first] = kv.second[0].to(torch::kCPU);
    return out;
}

torch::Tensor EditSession::renderFull()
{
    torch::NoGradGuard ng;
    SynthesisOptions o;
    o.noise = NoiseMode::Const;
    o.masks = edited_dev_;
    return g_->synthesize(currentWs(), o).image.clamp(-1.0, 1.0).to(torch::kCPU);
}

Reconstruction EditSession::reconstruct(Source s)
{
    const auto& src = slot(s);
    if (!src.ws.defined())
        throw std::invalid_argument(std::string("cannot reconstruct the ") + sourceName(s) + ": none is set");
    torch::NoGradGuard ng;
    SynthesisOptions o;
    o.noise = NoiseMode::Const;
    auto out = g_->synthesize(src.ws, o);
    auto img = out.image.clamp(-1.0, 1.0);  // [1,3,R,R]
    Reconstruction r;
    r.image = img.to(torch::kCPU);
    for (auto& kv : out.masks) r.masks[kv.first] = kv.second[0].to(torch::kCPU);
    if (src.image.defined()) {
        auto diff = (img - src.image) * 0.5;                  // [1,3,R,R] in [0,1] pixel units
        r.error_map = diff.abs().mean(1)[0].to(torch::kCPU);  // [R,R]
        r.mse = diff.square().mean().item<double>();
        r.psnr = psnrOf(r.mse);
    }
    return r;
}

// ---- refinement

RefineState EditSession::beginRefine(Source s, const RefineOptions& o)
{
    const std::string what = std::string("refining the ") + sourceName(s);
    const auto& src = slot(s);
    if (!src.ws.defined()) throw std::invalid_argument(what + ": none is set");
    if (!src.image.defined())
        throw std::invalid_argument(what +
                                    ": it was not set from an image (a random source or given latents have "
                                    "no image to match)");
    auto steps = [&](int n, const char* name) {
        if (n < 0 || n > kMaxRefineSteps)
            throw std::invalid_argument(what + ": " + name + " must lie in [0, " + std::to_string(kMaxRefineSteps) +
                                        "], got " + std::to_string(n));
    };
    auto positive = [&](double v, const char* name) {
        if (!std::isfinite(v) || v <= 0.0)
            throw std::invalid_argument(what + ": " + name + " must be a positive number, got " + std::to_string(v));
    };
    steps(o.steps, "steps");
    positive(o.lr, "the learning rate");
    if (o.tune_generator) {
        steps(o.generator_steps, "generator steps");
        positive(o.generator_lr, "the generator learning rate");
    }
    if (!std::isfinite(o.mse_weight) || !std::isfinite(o.perceptual_weight) || o.mse_weight < 0.0 ||
        o.perceptual_weight < 0.0 || o.mse_weight + o.perceptual_weight <= 0.0)
        throw std::invalid_argument(what + ": the loss weights must be non-negative and not both zero");

    RefineState st;
    st.source_ = s;
    st.options_ = o;
    st.keep_pose_rows_ = o.pose_rows != PoseRows::Refine;
    if (st.totalSteps() < 1) throw std::invalid_argument(what + ": no steps to run");
    const auto before = reconstruct(s);
    st.mse_before_ = before.mse;
    st.psnr_before_ = before.psnr;
    st.ws_ = src.ws.detach().clone().set_requires_grad(true);  // [1,num_ws,w_dim]
    st.latent_opt_ =
        std::make_unique<Adam>(std::vector<std::pair<std::string, torch::Tensor>>{{"ws", st.ws_}}, o.lr, 0.9, 0.999);
    st.source_version_ = src.version;
    st.generator_version_ = generator_version_;
    st.device_ = device_;
    return st;
}

void EditSession::checkRefineState(const RefineState& st) const
{
    const std::string what = std::string("refining the ") + sourceName(st.source_);
    if (st.device_ != device_ || st.generator_version_ != generator_version_)
        throw std::invalid_argument(what +
                                    ": the device or the generator weights changed since it began; start "
                                    "again");
    if (slot(st.source_).version != st.source_version_)
        throw std::invalid_argument(what + ": the " + sourceName(st.source_) +
                                    " was replaced or reverted since it began; start again");
}

bool EditSession::refineStep(RefineState& st, int n)
{
    if (n < 1) throw std::invalid_argument("refinement: the number of steps must be at least 1");
    if (st.done()) return false;
    checkRefineState(st);
    auto& src = slot(st.source_);
    const auto& o = st.options_;
    MsssimL1Distance perceptual;
    SynthesisOptions so;
    so.noise = NoiseMode::Const;
    // Eval mode throughout; gradients only where this step wants them.
    FrozenParams frozen({g_.get(), e_.get()});
    torch::AutoGradMode grad_on(true);

    for (int i = 0; i < n && !st.done(); ++i) {
        const bool gen = st.generatorPhase();
        if (gen && !st.generator_opt_) {
            // Pivotal tuning begins: keep the untuned weights once, then optimise every
            // synthesis parameter that trains (an EMA codebook does not).
            std::vector<std::pair<std::string, torch::Tensor>> params;
            std::vector<torch::Tensor> all;
            for (const auto& p : g_->synthesis->named_parameters(true)) {
                all.push_back(p.value());
                if (frozen.wasTrainable(p.value())) params.emplace_back(p.key(), p.value());
            }
            if (untuned_.empty()) {
                torch::NoGradGuard ng;
                for (const auto& p : all) untuned_.push_back(p.detach().clone());
            }
            for (auto& p : params) p.second.set_requires_grad(true);
            st.generator_opt_ = std::make_unique<Adam>(params, o.generator_lr, 0.9, 0.999);
        }
        std::vector<torch::Tensor> trained;
        if (gen) {
            for (auto& p : g_->synthesis->parameters())
                if (frozen.wasTrainable(p)) {
                    p.set_requires_grad(true);
                    trained.push_back(p);
                }
        } else {
            trained.push_back(st.ws_);
        }
        const auto ws = gen ? src.ws : st.ws_;    // [1,num_ws,w_dim]
        auto out = g_->synthesize(ws, so).image;  // [1,3,R,R], unclamped for the loss
        const auto& target = src.image;
        auto loss = o.mse_weight * ((out - target) * 0.5).square().mean();
        if (o.perceptual_weight > 0.0) loss = loss + o.perceptual_weight * perceptual.distance(out, target).mean();

        RefineStepStats stats;
        stats.step = st.stepsDone() + 1;
        stats.generator = gen;
        stats.loss = loss.item<double>();
        auto shown = out.detach().clamp(-1.0, 1.0);
        stats.mse = ((shown - target) * 0.5).square().mean().item<double>();
        stats.psnr = psnrOf(stats.mse);
        auto stop = [&](const char* what) {
            st.stopped_ = true;
            throw std::runtime_error(
                std::string("refining the ") + sourceName(st.source_) + " stopped at step " +
                std::to_string(stats.step) + ": the " + what +
                " is not finite; that step's update was not applied, the latents and weights reached so far are kept");
        };
        if (!std::isfinite(stats.loss)) stop("loss");

        for (auto& p : trained) p.mutable_grad() = torch::Tensor();
        loss.backward();
        std::vector<torch::Tensor> grads;
        for (auto& p : trained) grads.push_back(p.grad());
        if (!allFinite(grads)) {
            for (auto& p : trained) p.mutable_grad() = torch::Tensor();
            stop("gradient");
        }
        if (!gen && st.keep_pose_rows_) {
            // No gradient, no Adam moment, no change: the pose rows stay bit for bit.
            torch::NoGradGuard ng;
            for (int l : cfg_.pose_layers) st.ws_.mutable_grad().select(1, l).zero_();
        }
        if (gen) {
            st.generator_opt_->step();
            st.generator_opt_->zeroGrad();
            for (auto& p : trained) p.set_requires_grad(false);
            ++st.generator_done_;
            tuned_ = true;
            dropCache();  // every cached feature map came from the old weights
        } else {
            st.latent_opt_->step();
            st.latent_opt_->zeroGrad();
            ++st.latent_done_;
            // A new tensor, never the optimised one: caches may hold the old latents.
            src.ws = st.ws_.detach().clone();
            src.refined = !torch::equal(src.ws, src.plain);
            src.version = ++versions_;
            st.source_version_ = src.version;
        }
        st.history_.push_back(stats);
        st.last_image_ = shown.to(torch::kCPU);
    }
    return !st.done();
}

RefineState EditSession::refine(Source s, const RefineOptions& options)
{
    auto st = beginRefine(s, options);
    while (refineStep(st, 16)) {
    }
    return st;
}

bool EditSession::refined(Source s) const
{
    return slot(s).refined;
}

void EditSession::revertRefinement(Source s)
{
    auto& src = slot(s);
    if (!src.refined) return;
    src.ws = src.plain.clone();
    src.refined = false;
    src.version = ++versions_;
}

void EditSession::revertGeneratorTuning()
{
    if (!tuned_) return;
    {
        torch::NoGradGuard ng;
        auto params = g_->synthesis->parameters(true);
        for (size_t i = 0; i < params.size(); ++i) params[i].copy_(untuned_.at(i));
    }
    untuned_.clear();
    tuned_ = false;
    ++generator_version_;
    dropCache();
}

Sample EditSession::sample(uint64_t seed, double psi)
{
    if (!std::isfinite(psi) || psi < 0.0 || psi > 2.0)
        throw std::invalid_argument("sample: truncation psi must lie in [0, 2], got " + std::to_string(psi));
    auto gen = at::detail::createCPUGenerator(seed);
    auto z = torch::randn({1, cfg_.z_dim}, gen, torch::TensorOptions().dtype(torch::kFloat32));
    torch::NoGradGuard ng;
    SynthesisOptions o;
    o.noise = NoiseMode::Const;
    auto out = g_->synthesize(g_->mapZ(z.to(device_), psi), o);
    Sample smp;
    smp.image = out.image.clamp(-1.0, 1.0).to(torch::kCPU);
    for (auto& kv : out.masks) smp.masks[kv.first] = kv.second[0].to(torch::kCPU);
    return smp;
}

}  // namespace pivq::core
