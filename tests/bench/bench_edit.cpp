// Editing latency benchmark for engine/core/edit_session: median milliseconds of what the
// artist waits for, one JSON line per measurement. Not a test: the machine is shared, so
// compare medians and ratios taken in the same run.
//
//   pivq-bench-edit [--configs cpu64,paper256] [--model BUNDLE.pivq] [--reps 21] [--threads N]
//                   [--device auto|cpu|cuda] [--image IMG [--refine-steps 100] [--tune-steps 0]
//                   [--refine-lr 0.05] [--pose-rows auto|refine|keep]]
//                   [--pairs N [--pair-seed 0] [--refine-steps 100] [--refine-lr 0.05] [--pose-rows ...]]
//
// Measurements (batch 1, random images; timings do not depend on the weights, so untrained
// presets stand in for trained models unless --model is given):
//   full_swap       encode the pose and the identity image, synthesise from scratch
//   encode          one image through E
//   synth_full      synthesis from scratch with cached latents
//   mask_edit       one pose layer's mask changed (first and last pose layer), regenerate
//   pose_step       pose slider moved (pose latents lerp), regenerate
//   identity_step   identity slider moved, regenerate
//   refine_step     one refinement step on the pose latents (forward, backward, Adam)
//   tune_step       one pivotal-tuning step on the synthesis weights
// With --model and --image: refine_quality, the PSNR of that image (as the pose source)
// before and after --refine-steps latent steps (and --tune-steps tuning steps), the share
// of object-mask cells that moved, and ms per step.
// With --model and --pairs N: refine_swaps, over the first N held-out toyfaces pairs of
// --pair-seed (those of `pivq synth --pairs N --seed S`) the swap's PSNR against the truth and
// the identity image's own PSNR, before and after --refine-steps latent steps on the identity
// image (means over the pairs, as `pivq eval` averages).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/core/config.h"
#include "engine/core/edit_session.h"
#include "engine/core/metrics.h"
#include "engine/core/runtime.h"
#ifdef PIVQ_BENCH_WITH_IO
#include "engine/io/edit_model.h"
#include "engine/io/image.h"
#include "engine/io/toyfaces.h"
#endif

using namespace pivq::core;

namespace {

std::vector<std::string> split(const std::string& s)
{
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

// `prepare` runs untimed before each repetition, `fn` is timed.
template <class Prep, class Fn>
double medianMs(int reps, const torch::Device& dev, Prep&& prepare, Fn&& fn)
{
    for (int i = 0; i < 2; ++i) {  // warm-up (allocator, kernels)
        prepare(i);
        fn(i);
    }
    std::vector<double> t;
    for (int i = 0; i < reps; ++i) {
        prepare(i + 2);
        if (dev.is_cuda()) torch::cuda::synchronize();
        const auto t0 = std::chrono::steady_clock::now();
        fn(i + 2);
        if (dev.is_cuda()) torch::cuda::synchronize();
        t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

void benchSession(EditSession& s, const std::string& name, int reps, int threads)
{
    const auto& cfg = s.config();
    const torch::Device dev = s.device();
    const int r = cfg.resolution;
    torch::manual_seed(0);
    std::vector<torch::Tensor> images;
    for (int i = 0; i < 4; ++i) images.push_back(torch::rand({1, 3, r, r}) * 2 - 1);
    auto line = [&](const char* what, double ms, const std::string& extra = {}) {
        std::cout << "{\"bench\":\"" << what << "\",\"config\":\"" << name << "\",\"resolution\":" << r
                  << ",\"threads\":" << threads << ",\"device\":\"" << deviceName(dev) << "\",\"median_ms\":" << ms
                  << extra << "}" << std::endl;
    };
    auto none = [](int) {};

    const double full = medianMs(reps, dev, none, [&](int i) {
        s.setImage(Source::PoseA, images[i % 2]);
        s.setImage(Source::IdentityA, images[2 + i % 2]);
        s.dropCache();
        s.render();
    });
    line("edit_full_swap", full);
    const double enc = medianMs(reps, dev, none, [&](int i) { s.setImage(Source::PoseB, images[i % 4]); });
    line("edit_encode", enc);
    const double synth = medianMs(
        reps, dev, [&](int) { s.dropCache(); }, [&](int) { s.render(); });
    line("edit_synth_full", synth);

    double mask_first = -1, mask_last = -1;
    if (!s.maskLayers().empty()) {
        s.render();
        for (int which = 0; which < 2; ++which) {
            const int layer = which == 0 ? s.maskLayers().front() : s.maskLayers().back();
            const auto base = s.computedMasks().at(layer);
            // A brush dab: a square patch of another class that moves each repetition.
            const int64_t side = base.size(0), dab = std::max<int64_t>(1, side / 4);
            const double ms = medianMs(
                reps, dev,
                [&](int i) {
                    auto m = base.clone();
                    const int64_t y = (i * 3) % (side - dab + 1), x = (i * 5) % (side - dab + 1);
                    auto patch = m.slice(0, y, y + dab).slice(1, x, x + dab);
                    patch.copy_((patch + 1 + i % (s.classes() - 1)).remainder(s.classes()));
                    s.setMask(layer, m);
                },
                [&](int) { s.render(); });
            line("edit_mask", ms,
                 ",\"layer\":" + std::to_string(layer) +
                     ",\"start_layer\":" + std::to_string(s.lastRender().start_layer));
            (which == 0 ? mask_first : mask_last) = ms;
        }
        s.clearMasks();
    }
    s.setImage(Source::PoseB, images[1]);
    s.setImage(Source::IdentityB, images[3]);
    s.render();
    const double pose_step = medianMs(
        reps, dev, [&](int i) { s.setPoseT(0.01 + 0.98 * ((i * 7) % 50) / 50.0); }, [&](int) { s.render(); });
    line("edit_pose_step", pose_step, ",\"start_layer\":" + std::to_string(s.lastRender().start_layer));
    s.setPoseT(0);
    s.render();
    const double id_step = medianMs(
        reps, dev, [&](int i) { s.setIdentityT(0.01 + 0.98 * ((i * 7) % 50) / 50.0); }, [&](int) { s.render(); });
    line("edit_identity_step", id_step,
         ",\"pose_generators_run\":" + std::to_string(s.lastRender().pose_generators_run));

    // Refinement of the pose image: one step at a time, with enough steps for the warm-up
    // and every repetition; the session is restored afterwards.
    RefineOptions latent;
    latent.steps = reps + 2;
    auto st = s.beginRefine(Source::PoseA, latent);
    const double refine_step = medianMs(reps, dev, none, [&](int) { s.refineStep(st, 1); });
    line("edit_refine_step", refine_step);
    RefineOptions tune;
    tune.steps = 0;
    tune.tune_generator = true;
    tune.generator_steps = reps + 2;
    auto gt = s.beginRefine(Source::PoseA, tune);
    const double tune_step = medianMs(reps, dev, none, [&](int) { s.refineStep(gt, 1); });
    line("edit_tune_step", tune_step);
    s.revertGeneratorTuning();
    s.revertRefinement(Source::PoseA);
    std::ostringstream sum;
    sum << "{\"bench\":\"edit_summary\",\"config\":\"" << name << "\",\"resolution\":" << r
        << ",\"threads\":" << threads << ",\"device\":\"" << deviceName(dev) << "\",\"full_swap_ms\":" << full
        << ",\"mask_edit_first_ms\":" << mask_first << ",\"mask_edit_last_ms\":" << mask_last
        << ",\"pose_step_ms\":" << pose_step << ",\"identity_step_ms\":" << id_step
        << ",\"refine_step_ms\":" << refine_step << ",\"tune_step_ms\":" << tune_step
        << ",\"mask_edit_over_full_swap\":" << (mask_first / full) << "}";
    std::cout << sum.str() << std::endl;
}

#ifdef PIVQ_BENCH_WITH_IO
RefineOptions refineOptions(int steps, double lr, const std::string& pose_rows)
{
    RefineOptions o;
    o.steps = steps;
    if (lr > 0) o.lr = lr;
    if (pose_rows == "refine")
        o.pose_rows = PoseRows::Refine;
    else if (pose_rows == "keep")
        o.pose_rows = PoseRows::Keep;
    else if (pose_rows != "auto")
        throw std::invalid_argument("--pose-rows: expected auto, refine or keep, got \"" + pose_rows + "\"");
    return o;
}

// How far refinement takes the reconstruction of a real image.
void benchRefineQuality(EditSession& s, const std::string& name, const std::string& image, int steps, int tune_steps,
                        double lr, const std::string& pose_rows, int threads)
{
    s.setImage(Source::PoseA, pivq::io::loadModelImage(image, s.config().resolution));
    RefineOptions o = refineOptions(steps, lr, pose_rows);
    o.tune_generator = tune_steps > 0;
    o.generator_steps = tune_steps;
    const auto masks_before = s.reconstruct(Source::PoseA).masks;
    auto st = s.beginRefine(Source::PoseA, o);
    const double before = st.psnrBefore();
    const auto t0 = std::chrono::steady_clock::now();
    while (s.refineStep(st, 1)) {
    }
    if (s.device().is_cuda()) torch::cuda::synchronize();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    double latent_psnr = before;
    for (const auto& h : st.history())
        if (!h.generator) latent_psnr = h.psnr;
    const auto after = s.reconstruct(Source::PoseA);
    // How much of the object masks refinement moved (pose rows get gradient only via toRGB).
    int64_t changed = 0, cells = 0;
    for (const auto& kv : masks_before) {
        changed += (kv.second != after.masks.at(kv.first)).sum().item<int64_t>();
        cells += kv.second.numel();
    }
    std::cout << "{\"bench\":\"refine_quality\",\"config\":\"" << name << "\",\"image\":\"" << image
              << "\",\"resolution\":" << s.config().resolution << ",\"threads\":" << threads << ",\"device\":\""
              << deviceName(s.device()) << "\",\"steps\":" << steps << ",\"tune_steps\":" << tune_steps
              << ",\"lr\":" << st.options().lr << ",\"pose_rows\":\"" << (st.keepsPoseRows() ? "keep" : "refine")
              << "\",\"psnr_before\":" << before << ",\"psnr_last_latent_step\":" << latent_psnr
              << ",\"psnr_after\":" << after.psnr << ",\"mse_before\":" << st.mseBefore()
              << ",\"mse_after\":" << after.mse
              << ",\"mask_cells_changed\":" << (cells ? double(changed) / double(cells) : 0.0)
              << ",\"ms_per_step\":" << ms / std::max(1, st.stepsDone()) << "}" << std::endl;
    s.revertGeneratorTuning();
    s.revertRefinement(Source::PoseA);
}

// What refining the identity image does to the swap, against the toyfaces ground truth of
// held-out pairs 0..pairs-1 of stream `seed`.
void benchRefineSwaps(EditSession& s, const std::string& name, int pairs, uint64_t seed, int steps, double lr,
                      const std::string& pose_rows, int threads)
{
    namespace tf = pivq::io::toyfaces;
    const int r = s.config().resolution;
    const RefineOptions o = refineOptions(steps, lr, pose_rows);
    auto psnrOf = [](const torch::Tensor& a, const torch::Tensor& b) { return psnr(a.cpu(), b.cpu()).item<double>(); };
    double swap_before = 0, swap_after = 0, id_before = 0, id_after = 0;
    int worse = 0;
    bool keeps = true;
    s.setPoseT(0);
    s.setIdentityT(0);
    s.clearMasks();
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < pairs; ++i) {
        const auto [identity, pose] = tf::samplePair(seed, i);
        const auto truth = pivq::io::toTensor(tf::renderSwap(identity, pose, r));
        s.setImage(Source::PoseA, pivq::io::toTensor(tf::render(pose, r)));
        s.setImage(Source::IdentityA, pivq::io::toTensor(tf::render(identity, r)));
        const double before = psnrOf(s.render(), truth);
        auto st = s.refine(Source::IdentityA, o);
        keeps = st.keepsPoseRows();
        const double after = psnrOf(s.render(), truth);
        swap_before += before;
        swap_after += after;
        worse += after < before;
        id_before += st.psnrBefore();
        id_after += s.reconstruct(Source::IdentityA).psnr;
        s.revertRefinement(Source::IdentityA);
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "{\"bench\":\"refine_swaps\",\"config\":\"" << name << "\",\"pair_seed\":" << seed
              << ",\"pairs\":" << pairs << ",\"resolution\":" << r << ",\"threads\":" << threads << ",\"device\":\""
              << deviceName(s.device()) << "\",\"steps\":" << steps << ",\"lr\":" << o.lr << ",\"pose_rows\":\""
              << (keeps ? "keep" : "refine") << "\",\"swap_psnr_before\":" << swap_before / pairs
              << ",\"swap_psnr_after\":" << swap_after / pairs << ",\"pairs_worse_after\":" << worse
              << ",\"identity_psnr_before\":" << id_before / pairs << ",\"identity_psnr_after\":" << id_after / pairs
              << ",\"ms_per_pair\":" << ms / pairs << "}" << std::endl;
}
#endif

}  // namespace

int main(int argc, char** argv)
{
    std::string configs = "cpu64,paper256", device = "auto", model, image;
    int reps = 21, threads = 0, refine_steps = 100, tune_steps = 0, pairs = 0;
    uint64_t pair_seed = 0;
    double refine_lr = 0;
    std::string pose_rows = "auto";
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "pivq-bench-edit: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        auto whole = [&](long long lo, long long hi) {  // a whole number in [lo, hi], or exit 2
            const std::string v = next();
            const bool digits = !v.empty() && v.size() <= 12 && v.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || std::stoll(v) < lo || std::stoll(v) > hi) {
                std::cerr << "pivq-bench-edit: " << a << ": expected a whole number from " << lo << " to " << hi
                          << ", got \"" << v << "\"\n";
                std::exit(2);
            }
            return std::stoll(v);
        };
        if (a == "--configs")
            configs = next();
        else if (a == "--model")
            model = next();
        else if (a == "--reps")
            reps = std::max(1, std::atoi(next().c_str()));
        else if (a == "--threads")
            threads = std::atoi(next().c_str());
        else if (a == "--device")
            device = next();
        else if (a == "--image")
            image = next();
        else if (a == "--pairs")
            pairs = static_cast<int>(whole(1, 1000000));
        else if (a == "--pair-seed")
            pair_seed = static_cast<uint64_t>(whole(0, 2000000000));
        else if (a == "--refine-steps")
            refine_steps = std::max(0, std::atoi(next().c_str()));
        else if (a == "--tune-steps")
            tune_steps = std::max(0, std::atoi(next().c_str()));
        else if (a == "--refine-lr")
            refine_lr = std::atof(next().c_str());
        else if (a == "--pose-rows")
            pose_rows = next();
        else if (a == "-h" || a == "--help") {
            std::cout << "usage: pivq-bench-edit [--configs cpu64,paper256] [--model BUNDLE.pivq] [--reps 21]"
                         " [--threads N] [--device auto|cpu|cuda] [--image IMG [--refine-steps 100]"
                         " [--tune-steps 0] [--refine-lr 0.05] [--pose-rows auto|refine|keep]]"
                         " [--pairs N [--pair-seed 0] [--refine-steps 100] [--refine-lr 0.05]"
                         " [--pose-rows auto|refine|keep]]\n";
            return 0;
        } else {
            std::cerr << "pivq-bench-edit: unknown argument " << a << "\n";
            return 2;
        }
    }
    try {
        const int nthreads = configureThreads(threads);
        const torch::Device dev = selectDevice(device);
        if (!model.empty()) {
#ifdef PIVQ_BENCH_WITH_IO
            auto m = pivq::io::loadEditModel(model, dev);
            const std::string label = m.config.name + " (" + model + ")";
            if (pairs != 0)
                benchRefineSwaps(*m.session, label, pairs, pair_seed, refine_steps, refine_lr, pose_rows, nthreads);
            else
                benchSession(*m.session, label, reps, nthreads);
            if (!image.empty())
                benchRefineQuality(*m.session, label, image, refine_steps, tune_steps, refine_lr, pose_rows, nthreads);
#else
            throw std::invalid_argument("--model needs a build with engine/io (not PIVQ_CORE_ONLY)");
#endif
        }
        if (!image.empty() && model.empty()) throw std::invalid_argument("--image needs --model");
        if (pairs != 0 && model.empty()) throw std::invalid_argument("--pairs needs --model");
        if (!model.empty() && configs == "cpu64,paper256") return 0;  // --model alone
        for (const auto& name : split(configs)) {
            ModelConfig cfg = preset(name);
            if (dev.is_cuda() && cfg.modconv == "auto") cfg.modconv = "grouped";
            torch::manual_seed(0);
            EditSession s{Generator(cfg), Encoder(cfg), dev};
            benchSession(s, name, reps, nthreads);
        }
    } catch (const std::exception& ex) {
        std::cerr << "pivq-bench-edit: " << ex.what() << "\n";
        return 1;
    }
    return 0;
}
