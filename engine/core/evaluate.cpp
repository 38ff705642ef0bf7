#include "engine/core/evaluate.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <set>
#include <sstream>
#include <stdexcept>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/script.h>

#include "engine/core/inference.h"
#include "engine/core/metrics.h"

namespace pivq::core {

namespace {

// ---- feature extractors

class InceptionFeatures : public FeatureExtractor {
public:
    InceptionFeatures(torch::jit::script::Module m, const torch::Device& device, std::string path)
        : module_(std::move(m)), device_(device), path_(std::move(path))
    {
        module_.eval();
        module_.to(device_);
    }
    torch::Tensor features(const torch::Tensor& images) override
    {
        torch::NoGradGuard ng;
        // uint8 [N,3,H,W] in [0,255], as stylegan2-ada-pytorch's metrics feed it.
        auto u8 = ((images.clamp(-1, 1) + 1) * 127.5).round().to(torch::kUInt8).to(device_);
        auto out = module_.forward({u8}, {{"return_features", true}}).toTensor();  // [N,2048]
        return out.to(torch::kCPU, torch::kFloat64);
    }
    std::string metricName() const override { return "fid"; }
    std::string description() const override { return "Inception-v3 pool features (" + path_ + ")"; }

private:
    torch::jit::script::Module module_;
    torch::Device device_;
    std::string path_;
};

class RandomCnnFeatures : public FeatureExtractor {
public:
    explicit RandomCnnFeatures(const torch::Device& device) : device_(device)
    {
        // Fixed weights from a private generator: the same network on every machine and run.
        auto gen = at::detail::createCPUGenerator(0x9e3779b97f4a7c15ULL);
        const int64_t widths[5] = {3, 32, 64, 128, 256};
        for (int i = 0; i < 4; ++i) {
            auto w = torch::randn({widths[i + 1], widths[i], 3, 3}, gen, torch::kFloat32) /
                     std::sqrt(static_cast<double>(widths[i] * 9));
            weights_.push_back(w.to(device_));
        }
    }
    torch::Tensor features(const torch::Tensor& images) override
    {
        torch::NoGradGuard ng;
        auto x = images.clamp(-1, 1).to(device_, torch::kFloat32);  // [N,3,R,R]
        std::vector<torch::Tensor> parts;
        for (size_t k = 0; k < weights_.size(); ++k) {
            x = torch::leaky_relu(torch::conv2d(x, weights_[k], {}, 2, 1), 0.2);  // [N,C,R/2^k,R/2^k]
            if (k < 2) continue;  // the last two stages: the Fréchet distance's cost grows as D^3
            parts.push_back(x.mean({2, 3}));
            parts.push_back(x.std({2, 3}, /*unbiased=*/false));
        }
        return torch::cat(parts, 1).to(torch::kCPU, torch::kFloat64);  // [N,768]
    }
    std::string metricName() const override { return "fd-randcnn"; }
    std::string description() const override
    {
        return "Frechet distance in a fixed random CNN's feature space (a proxy, not FID: no Inception weights given)";
    }

private:
    torch::Device device_;
    std::vector<torch::Tensor> weights_;
};

// ---- helpers

struct ModeScope {
    // Eval mode for the call, the previous modes restored after.
    ModeScope(Generator& g, Encoder& e) : g_(g), e_(e), gt_(g->is_training()), et_(e->is_training())
    {
        g_->eval();
        e_->eval();
    }
    ~ModeScope()
    {
        g_->train(gt_);
        e_->train(et_);
    }
    Generator& g_;
    Encoder& e_;
    bool gt_, et_;
};

bool fits(const torch::Tensor& t, int64_t r)
{
    return t.defined() && t.dim() == 4 && t.size(1) == 3 && t.size(2) == r && t.size(3) == r && t.size(0) > 0;
}

double meanOf(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0.0 : s / static_cast<double>(v.size());
}

// Runs fn over [0, n) in batches of `batch`, reporting progress.
template <typename Fn>
void batched(int64_t n, int batch, Fn fn)
{
    for (int64_t b = 0; b < n; b += batch) fn(b, std::min<int64_t>(n, b + batch));
}

class Runner {
public:
    Runner(Generator& g, Encoder& e, const EvalProgress& p, int64_t total)
        : g_(g), e_(e), progress_(p), total_(total)
    {
    }
    torch::Tensor encode(const torch::Tensor& x) { return e_->forward(x.to(device()), g_->wAvg()); }
    SynthesisOutput synth(const torch::Tensor& ws)
    {
        SynthesisOptions so;
        so.noise = NoiseMode::Const;
        return g_->synthesize(ws, so);
    }
    torch::Tensor image(const torch::Tensor& ws) { return synth(ws).image.clamp(-1, 1); }
    torch::Tensor swap(const torch::Tensor& identity_ws, const torch::Tensor& pose_ws)
    {
        return image(graft(g_->cfg, identity_ws, pose_ws));
    }
    torch::Device device() const { return g_->wAvg().device(); }
    void tick(const std::string& what)
    {
        ++done_;
        if (progress_) progress_(done_, total_, what);
    }

private:
    Generator& g_;
    Encoder& e_;
    const EvalProgress& progress_;
    int64_t total_;
    int64_t done_ = 0;
};

std::string fixed(double v, int digits)
{
    std::ostringstream o;
    o << std::fixed << std::setprecision(digits) << v;
    return o.str();
}

}  // namespace

std::unique_ptr<FeatureExtractor> loadInception(const std::string& path, const torch::Device& device)
{
    try {
        return std::make_unique<InceptionFeatures>(torch::jit::load(path, torch::kCPU), device, path);
    } catch (const c10::Error& e) {
        throw std::runtime_error(path + ": not a TorchScript Inception file that can be loaded (" +
                                 std::string(e.what_without_backtrace()).substr(0, 200) + ")");
    }
}

std::unique_ptr<FeatureExtractor> randomCnnFeatures(const torch::Device& device)
{
    return std::make_unique<RandomCnnFeatures>(device);
}

std::vector<std::string> evalMetricNames()
{
    return {"fid", "mixback", "recon", "ppl", "swap", "codes", "masks"};
}

const EvalFigure* EvalReport::find(const std::string& key) const
{
    for (const auto& f : figures)
        if (f.key == key) return &f;
    return nullptr;
}

json::Value EvalReport::toJson() const
{
    json::Value v = json::Value::object();
    v["set"] = set_name;
    v["pairs"] = pairs;
    v["seed"] = static_cast<int64_t>(seed);
    v["perceptual"] = perceptual;
    if (!features.empty()) v["features"] = features;
    json::Value figs = json::Value::object();
    for (const auto& f : figures) {
        json::Value e = json::Value::object();
        e["value"] = std::isfinite(f.value) ? json::Value(f.value) : json::Value();
        e["label"] = f.label;
        e["better"] = f.higher_is_better ? "higher" : "lower";
        e["count"] = f.count;
        figs[f.key] = e;
    }
    v["metrics"] = figs;
    if (!code_usage.empty()) {
        json::Value usage = json::Value::object();
        for (const auto& [layer, shares] : code_usage) {
            json::Value a = json::Value::array();
            for (double s : shares) a.push(s);
            usage[std::to_string(layer)] = a;
        }
        v["code_usage"] = usage;
        v["codes_in_use"] = codes_in_use;
        v["codes_total"] = codes_total;
    }
    return v;
}

std::string EvalReport::table() const
{
    std::ostringstream o;
    size_t width = 0;
    for (const auto& f : figures) width = std::max(width, f.label.size());
    o << set_name << ", " << pairs << " pairs, seed " << seed << ", perceptual distance " << perceptual << "\n";
    for (const auto& f : figures) {
        o << "  " << f.label << std::string(width - f.label.size() + 2, ' ')
          << (std::isfinite(f.value) ? fixed(f.value, std::fabs(f.value) >= 100 ? 1 : 4) : "n/a") << "  ("
          << (f.higher_is_better ? "higher" : "lower") << " is better, n=" << f.count << ")\n";
    }
    for (const auto& [layer, shares] : code_usage) {
        o << "  codes of layer " << layer << ":";
        for (double s : shares) o << " " << fixed(100 * s, 1) << "%";
        o << "\n";
    }
    return o.str();
}

EvalReport evaluate(Generator& g, Encoder& e, const EvalSet& set, PerceptualDistance& perceptual,
                    FeatureExtractor* features, const EvalOptions& options, const EvalProgress& progress)
{
    const ModelConfig& cfg = g->cfg;
    const int64_t r = cfg.resolution;
    if (e->cfg != cfg) throw std::invalid_argument("evaluate: the generator and the encoder have different configs");
    if (!fits(set.identity, r) || !fits(set.pose, r) || set.identity.size(0) != set.pose.size(0))
        throw std::invalid_argument("evaluate: the set needs as many identity as pose images, each 3x" +
                                    std::to_string(r) + "x" + std::to_string(r) + " (the model's resolution)");
    if (options.batch < 1) throw std::invalid_argument("evaluate: batch must be at least 1");
    const int64_t pairs = set.identity.size(0);
    const bool hasTruth = set.truth.defined();
    if (hasTruth && (!fits(set.truth, r) || set.truth.size(0) != pairs))
        throw std::invalid_argument("evaluate: the truth images must match the pairs");
    const bool hasSamePose = set.same_pose_a.defined() && set.same_pose_b.defined();
    if (hasSamePose && (!fits(set.same_pose_a, r) || set.same_pose_a.sizes() != set.same_pose_b.sizes()))
        throw std::invalid_argument("evaluate: the same-pose images must be two equal-sized sets");

    // Which metrics: asked for, or every one the set allows.
    const auto known = evalMetricNames();
    std::set<std::string> want;
    if (options.metrics.empty()) {
        for (const auto& m : known) want.insert(m);
        if (!hasTruth) want.erase("swap");
        if (!hasSamePose || !cfg.hasVq()) want.erase("masks");
        if (!cfg.hasVq()) want.erase("codes");
        if (!features || !fits(set.reference, r)) want.erase("fid");
    } else {
        for (const auto& m : options.metrics) {
            if (std::find(known.begin(), known.end(), m) == known.end())
                throw std::invalid_argument("unknown metric \"" + m + "\" (known: fid, mixback, recon, ppl, swap, codes, masks)");
            want.insert(m);
        }
        if (want.count("swap") && !hasTruth)
            throw std::invalid_argument("metric swap needs ground truth (toyfaces pairs)");
        if (want.count("masks") && !hasSamePose)
            throw std::invalid_argument("metric masks needs one pose under two identities (toyfaces pairs)");
        if ((want.count("masks") || want.count("codes")) && !cfg.hasVq())
            throw std::invalid_argument("metrics codes and masks need a model with VQSN layers");
        if (want.count("fid") && (!features || !fits(set.reference, r)))
            throw std::invalid_argument("metric fid needs reference images and a feature extractor");
    }
    if (want.count("fid") && (pairs < 2 || set.reference.size(0) < 2))
        throw std::invalid_argument("metric fid needs at least 2 pairs and 2 reference images");

    const int bs = options.batch;
    auto nb = [bs](int64_t n) { return (n + bs - 1) / bs; };
    int64_t total = 0;
    if (want.count("fid")) total += nb(pairs) + nb(set.reference.size(0));
    if (want.count("mixback")) total += nb(pairs);
    if (want.count("recon")) total += nb(pairs);
    if (want.count("ppl")) total += nb(pairs);
    if (want.count("swap")) total += nb(pairs);
    if (want.count("codes")) total += nb(pairs);
    if (want.count("masks")) total += nb(set.same_pose_a.size(0));

    ModeScope scope(g, e);
    torch::NoGradGuard ng;
    Runner run(g, e, progress, total);
    const auto dev = run.device();
    auto slice = [&](const torch::Tensor& t, int64_t a, int64_t b) { return t.slice(0, a, b).to(dev); };
    auto dist = [&](const torch::Tensor& x, const torch::Tensor& y) {
        return perceptual.distance(x, y).to(torch::kCPU, torch::kFloat64);  // [n]
    };

    EvalReport rep;
    rep.set_name = set.name;
    rep.perceptual = perceptual.name();
    rep.pairs = pairs;
    rep.seed = options.seed;
    const std::string pn = perceptual.name();

    if (want.count("fid")) {
        std::vector<torch::Tensor> fs, fr;
        batched(pairs, bs, [&](int64_t a, int64_t b) {
            auto li = run.encode(slice(set.identity, a, b)), lp = run.encode(slice(set.pose, a, b));
            fs.push_back(features->features(run.swap(li, lp)));
            run.tick("fid: swaps");
        });
        batched(set.reference.size(0), bs, [&](int64_t a, int64_t b) {
            fr.push_back(features->features(slice(set.reference, a, b)));
            run.tick("fid: reference");
        });
        const double d = frechetDistance(featureStats(torch::cat(fs)), featureStats(torch::cat(fr)));
        rep.features = features->metricName();
        const bool real = features->metricName() == "fid";
        rep.figures.push_back({features->metricName(), real ? "FID (swaps vs reference)" : "FD-randcnn proxy (swaps vs reference; not FID)",
                               d, false, pairs});
    }

    if (want.count("mixback") || want.count("recon")) {
        // Chance level for both: the distance between the two unrelated images of a pair.
        std::vector<double> chance;
        std::vector<double> mix, rec;
        batched(pairs, bs, [&](int64_t a, int64_t b) {
            auto xa = slice(set.identity, a, b), xb = slice(set.pose, a, b);
            auto la = run.encode(xa), lb = run.encode(xb);
            if (want.count("mixback")) {
                auto ab = run.swap(la, lb), ba = run.swap(lb, la);  // identity of a in the pose of b, and back
                auto lab = run.encode(ab), lba = run.encode(ba);
                auto aba = run.swap(lab, lba), bab = run.swap(lba, lab);
                auto d = ((dist(xa, aba) + dist(xb, bab)) / 2).contiguous();
                for (int64_t i = 0; i < d.size(0); ++i) mix.push_back(d[i].item<double>());
                run.tick("mix-back");
            }
            if (want.count("recon")) {
                auto d = ((dist(xa, run.image(la)) + dist(xb, run.image(lb))) / 2).contiguous();
                for (int64_t i = 0; i < d.size(0); ++i) rec.push_back(d[i].item<double>());
                run.tick("reconstruction");
            }
            auto c = dist(xa, xb).contiguous();
            for (int64_t i = 0; i < c.size(0); ++i) chance.push_back(c[i].item<double>());
        });
        if (want.count("mixback"))
            rep.figures.push_back({"mixback_" + pn, "mix-back " + pn, meanOf(mix), false, pairs});
        if (want.count("recon"))
            rep.figures.push_back({"recon_" + pn, "reconstruction " + pn, meanOf(rec), false, 2 * pairs});
        rep.figures.push_back({"chance_" + pn, "chance level " + pn + " (two unrelated images)", meanOf(chance), false,
                               pairs});
    }

    if (want.count("ppl")) {
        // Paper 4 / Karras et al. 2019: pairs of test images, their latents interpolated in W+,
        // distance between images at t and t + eps over eps^2; the 1st-99th percentiles kept.
        // LPIPS is quadratic for small changes, so /eps^2 is meaningful; the weight-free
        // distance has a linear L1 term, so without LPIPS the pixel MSE is used and named.
        const bool lpips = pn.rfind("lpips", 0) == 0;
        const std::string name = lpips ? pn : std::string("mse");
        auto gen = at::detail::createCPUGenerator(options.seed * 2654435761ULL + 17);
        auto ts = torch::rand({pairs}, gen, torch::kFloat64);
        const double eps = options.ppl_epsilon;
        std::vector<double> vals;
        batched(pairs, bs, [&](int64_t a, int64_t b) {
            auto la = run.encode(slice(set.identity, a, b)), lb = run.encode(slice(set.pose, a, b));
            auto t = ts.slice(0, a, b).to(dev, torch::kFloat32).view({-1, 1, 1});
            auto w0 = torch::lerp(la, lb, t), w1 = torch::lerp(la, lb, t + eps);
            auto i0 = run.synth(w0).image, i1 = run.synth(w1).image;  // unclamped: clamping hides changes
            torch::Tensor d;
            if (lpips)
                d = dist(i0, i1);
            else
                d = ((i0 - i1) / 2).square().mean({1, 2, 3}).to(torch::kCPU, torch::kFloat64);
            d = (d / (eps * eps)).contiguous();
            for (int64_t i = 0; i < d.size(0); ++i) vals.push_back(d[i].item<double>());
            run.tick("ppl");
        });
        std::vector<double> sorted = vals;
        std::sort(sorted.begin(), sorted.end());
        auto pct = [&](double q) {
            const double pos = q * static_cast<double>(sorted.size() - 1);
            const size_t lo = static_cast<size_t>(std::floor(pos)), hi = std::min(sorted.size() - 1, lo + 1);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - static_cast<double>(lo));
        };
        const double lo = pct(0.01), hi = pct(0.99);
        std::vector<double> kept;
        for (double v : vals)
            if (v >= lo && v <= hi) kept.push_back(v);
        rep.figures.push_back({"ppl_" + name, "PPL (" + name + ", W+ lerp of test pairs)", meanOf(kept), false,
                               static_cast<int64_t>(kept.size())});
    }

    if (want.count("swap")) {
        std::vector<double> mse[3], ps[3], ss[3];  // 0: model, 1: output = identity image, 2: output = pose image
        batched(pairs, bs, [&](int64_t a, int64_t b) {
            auto xi = slice(set.identity, a, b), xp = slice(set.pose, a, b), xt = slice(set.truth, a, b);
            auto out = run.swap(run.encode(xi), run.encode(xp));
            const torch::Tensor outs[3] = {out, xi, xp};
            for (int k = 0; k < 3; ++k) {
                auto m = ((outs[k] - xt) / 2).square().mean({1, 2, 3}).to(torch::kCPU, torch::kFloat64).contiguous();
                auto p = psnr(outs[k], xt).clamp_max(100.0).to(torch::kCPU).contiguous();
                auto s = ssim(outs[k], xt).to(torch::kCPU, torch::kFloat64).contiguous();
                for (int64_t i = 0; i < m.size(0); ++i) {
                    mse[k].push_back(m[i].item<double>());
                    ps[k].push_back(p[i].item<double>());
                    ss[k].push_back(s[i].item<double>());
                }
            }
            run.tick("swap vs truth");
        });
        const char* who[3] = {"", " [baseline: output = identity image]", " [baseline: output = pose image]"};
        const char* key[3] = {"swap", "baseline_identity", "baseline_pose"};
        for (int k = 0; k < 3; ++k) {
            rep.figures.push_back({std::string(key[k]) + "_psnr", std::string("swap PSNR vs truth (dB)") + who[k],
                                   meanOf(ps[k]), true, pairs});
            rep.figures.push_back({std::string(key[k]) + "_ssim", std::string("swap SSIM vs truth") + who[k],
                                   meanOf(ss[k]), true, pairs});
            rep.figures.push_back({std::string(key[k]) + "_mse", std::string("swap MSE vs truth") + who[k],
                                   meanOf(mse[k]), false, pairs});
        }
    }

    if (want.count("codes")) {
        std::map<int, torch::Tensor> counts;
        batched(pairs, bs, [&](int64_t a, int64_t b) {
            auto out = run.synth(run.encode(slice(set.pose, a, b)));
            for (const auto& [layer, m] : out.masks) {
                auto c = torch::bincount(m.flatten().to(torch::kCPU), {}, cfg.vq_codes).to(torch::kFloat64);
                counts[layer] = counts.count(layer) ? counts[layer] + c : c;
            }
            run.tick("code usage");
        });
        int used = 0, all = 0;
        for (const auto& [layer, c] : counts) {
            auto share = (c / c.sum().clamp_min(1)).contiguous();
            std::vector<double> v(static_cast<size_t>(share.numel()));
            for (int64_t k = 0; k < share.numel(); ++k) {
                v[static_cast<size_t>(k)] = share[k].item<double>();
                if (v[static_cast<size_t>(k)] >= options.code_min_share) ++used;
            }
            all += static_cast<int>(v.size());
            rep.code_usage[layer] = v;
        }
        rep.codes_in_use = used;
        rep.codes_total = all;
        rep.figures.push_back({"codes_in_use_share", "share of VQ codes in use (>= " +
                                                         fixed(100 * options.code_min_share, 0) + "% of cells)",
                               all ? static_cast<double>(used) / all : 0.0, true, pairs});
    }

    if (want.count("masks")) {
        const int64_t n = set.same_pose_a.size(0);
        std::map<int, std::vector<double>> ious;
        batched(n, bs, [&](int64_t a, int64_t b) {
            auto ma = run.synth(run.encode(slice(set.same_pose_a, a, b))).masks;
            auto mb = run.synth(run.encode(slice(set.same_pose_b, a, b))).masks;
            for (const auto& [layer, m] : ma) {
                auto iou = maskIoU(m.to(torch::kCPU), mb.at(layer).to(torch::kCPU), cfg.vq_codes).contiguous();
                for (int64_t i = 0; i < iou.size(0); ++i) ious[layer].push_back(iou[i].item<double>());
            }
            run.tick("mask stability");
        });
        std::vector<double> all;
        for (const auto& [layer, v] : ious) {
            rep.figures.push_back({"mask_iou_layer" + std::to_string(layer),
                                   "mask stability, layer " + std::to_string(layer) + " (mean IoU, same pose)",
                                   meanOf(v), true, n});
            all.insert(all.end(), v.begin(), v.end());
        }
        rep.figures.push_back({"mask_iou", "mask stability (mean IoU over layers)", meanOf(all), true, n});
    }
    return rep;
}

}  // namespace pivq::core
