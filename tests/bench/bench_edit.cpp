// Editing latency benchmark for engine/core/edit_session: median milliseconds of what the
// artist waits for, one JSON line per measurement. Not a test: the machine is shared, so
// compare medians and ratios taken in the same run.
//
//   pivq-bench-edit [--configs cpu64,paper256] [--model BUNDLE.pivq] [--reps 21] [--threads N]
//                   [--device auto|cpu|cuda]
//
// Measurements (batch 1, random images; timings do not depend on the weights, so untrained
// presets stand in for trained models unless --model is given):
//   full_swap       encode the pose and the identity image, synthesise from scratch
//   encode          one image through E
//   synth_full      synthesis from scratch with cached latents
//   mask_edit       one pose layer's mask changed (first and last pose layer), regenerate
//   pose_step       pose slider moved (pose latents lerp), regenerate
//   identity_step   identity slider moved, regenerate
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
#include "engine/core/runtime.h"
#ifdef PIVQ_BENCH_WITH_IO
#include "engine/io/edit_model.h"
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
    std::ostringstream sum;
    sum << "{\"bench\":\"edit_summary\",\"config\":\"" << name << "\",\"resolution\":" << r
        << ",\"threads\":" << threads << ",\"device\":\"" << deviceName(dev) << "\",\"full_swap_ms\":" << full
        << ",\"mask_edit_first_ms\":" << mask_first << ",\"mask_edit_last_ms\":" << mask_last
        << ",\"pose_step_ms\":" << pose_step << ",\"identity_step_ms\":" << id_step
        << ",\"mask_edit_over_full_swap\":" << (mask_first / full) << "}";
    std::cout << sum.str() << std::endl;
}

}  // namespace

int main(int argc, char** argv)
{
    std::string configs = "cpu64,paper256", device = "auto", model;
    int reps = 21, threads = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "pivq-bench-edit: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
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
        else if (a == "-h" || a == "--help") {
            std::cout << "usage: pivq-bench-edit [--configs cpu64,paper256] [--model BUNDLE.pivq] [--reps 21]"
                         " [--threads N] [--device auto|cpu|cuda]\n";
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
            benchSession(*m.session, m.config.name + " (" + model + ")", reps, nthreads);
#else
            throw std::invalid_argument("--model needs a build with engine/io (not PIVQ_CORE_ONLY)");
#endif
        }
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
