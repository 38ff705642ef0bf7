// Inference benchmark for engine/core: median milliseconds of generator, encoder and
// discriminator forward passes, one JSON line per measurement. Not a test: timings on a
// shared machine are noisy, so compare medians and ratios taken in the same run.
//
//   pivq-bench [--configs cpu64,ref64] [--reps 15] [--threads N] [--device auto|cpu|cuda]
//              [--batches 1,8] [--train] [--train-steps 12] [--train-batch 8]
//
// --train adds the training iteration (D, G and E+synthesis steps, the paper's scheme) on
// random images: img/s and the median ms of each phase.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/core/config.h"
#include "engine/core/discriminator.h"
#include "engine/core/encoder.h"
#include "engine/core/generator.h"
#include "engine/core/runtime.h"
#include "engine/core/trainer.h"

using namespace pivq::core;

namespace {

std::vector<std::string> split(const std::string& s)
{
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string item;
    while (std::getline(ss, item, ',')) if (!item.empty()) out.push_back(item);
    return out;
}

int64_t paramCount(const torch::nn::Module& m)
{
    int64_t n = 0;
    for (const auto& p : m.parameters()) n += p.numel();
    return n;
}

template <class Fn>
double medianMs(int reps, const torch::Device& dev, Fn&& fn)
{
    fn();  // warm-up (allocator, kernels)
    fn();
    std::vector<double> t;
    for (int i = 0; i < reps; ++i) {
        if (dev.is_cuda()) torch::cuda::synchronize();
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        if (dev.is_cuda()) torch::cuda::synchronize();
        t.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

}  // namespace

int main(int argc, char** argv)
{
    std::string configs = "cpu64,ref64", device = "auto", batches = "1,8";
    int reps = 15, threads = 0, trainSteps = 12, trainBatch = 8;
    bool train = false, inference = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "pivq-bench: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--configs") configs = next();
        else if (a == "--reps") reps = std::max(1, std::atoi(next().c_str()));
        else if (a == "--threads") threads = std::atoi(next().c_str());
        else if (a == "--device") device = next();
        else if (a == "--batches") batches = next();
        else if (a == "--train") train = true;
        else if (a == "--train-only") train = true, inference = false;
        else if (a == "--train-steps") trainSteps = std::max(3, std::atoi(next().c_str()));
        else if (a == "--train-batch") trainBatch = std::max(1, std::atoi(next().c_str()));
        else if (a == "-h" || a == "--help") {
            std::cout << "usage: pivq-bench [--configs cpu64,ref64] [--reps 15] [--threads N] [--device auto|cpu|cuda]"
                         " [--batches 1,8] [--train | --train-only] [--train-steps 12] [--train-batch 8]\n";
            return 0;
        } else {
            std::cerr << "pivq-bench: unknown argument " << a << "\n";
            return 2;
        }
    }
    try {
        const int nthreads = configureThreads(threads);
        const torch::Device dev = selectDevice(device);
        torch::manual_seed(0);
        for (const auto& name : split(configs)) {
            ModelConfig cfg;
            if (name.size() > 5 && name.substr(name.size() - 5) == ".json") {
                std::ifstream f(name);
                std::stringstream ss;
                ss << f.rdbuf();
                cfg = ModelConfig::fromJsonText(ss.str());
            } else {
                cfg = preset(name);
            }
            if (dev.is_cuda() && cfg.modconv == "auto") cfg.modconv = "grouped";
            Generator g(cfg);
            Encoder e(cfg);
            Discriminator d(cfg);
            g->to(dev);
            e->to(dev);
            d->to(dev);
            g->eval();
            e->eval();
            d->eval();
            auto head = [&](const char* what, int batch) {
                std::ostringstream o;
                o << "{\"bench\":\"" << what << "\",\"config\":\"" << cfg.name << "\",\"resolution\":" << cfg.resolution
                  << ",\"batch\":" << batch << ",\"threads\":" << nthreads << ",\"device\":\"" << deviceName(dev)
                  << "\",\"torch\":\"" << torchVersion() << "\"";
                return o.str();
            };
            std::cout << "{\"bench\":\"params\",\"config\":\"" << cfg.name << "\",\"G\":" << paramCount(*g)
                      << ",\"G_mapping\":" << paramCount(*g->mapping) << ",\"E\":" << paramCount(*e)
                      << ",\"D\":" << paramCount(*d) << ",\"num_ws\":" << cfg.numWs() << "}" << std::endl;
            if (train) {
                // Training iteration on random images; the first two steps warm up.
                TrainConfig tc;
                tc.batch = trainBatch;
                Trainer t(cfg, tc, dev, nullptr);
                std::vector<double> total, md, mg, me;
                for (int s = 0; s < trainSteps + 2; ++s) {
                    auto reals = torch::rand({trainBatch, 3, cfg.resolution, cfg.resolution}, dev) * 2 - 1;
                    if (dev.is_cuda()) torch::cuda::synchronize();
                    const auto t0 = std::chrono::steady_clock::now();
                    const auto st = t.step(reals);
                    if (dev.is_cuda()) torch::cuda::synchronize();
                    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                    if (s < 2) continue;
                    total.push_back(ms);
                    md.push_back(st.ms_d);
                    mg.push_back(st.ms_g);
                    me.push_back(st.ms_e);
                }
                auto med = [](std::vector<double> v) {
                    std::sort(v.begin(), v.end());
                    return v[v.size() / 2];
                };
                std::cout << head("train_step", trainBatch) << ",\"perceptual\":\"" << t.perceptual().name()
                          << "\",\"steps\":" << total.size() << ",\"median_ms\":" << med(total)
                          << ",\"img_per_s\":" << 1000.0 * trainBatch / med(total) << ",\"d_ms\":" << med(md)
                          << ",\"g_ms\":" << med(mg) << ",\"e_ms\":" << med(me) << "}" << std::endl;
            }
            if (!inference) continue;
            torch::NoGradGuard ng;
            for (const auto& bs : split(batches)) {
                const int b = std::max(1, std::atoi(bs.c_str()));
                auto z = torch::randn({b, cfg.z_dim}, dev);
                auto img = torch::randn({b, 3, cfg.resolution, cfg.resolution}, dev);
                const double tg = medianMs(reps, dev, [&] { g->synthesize(g->mapZ(z)); });
                std::cout << head("generator_forward", b) << ",\"median_ms\":" << tg << "}" << std::endl;
                const double te = medianMs(reps, dev, [&] { e->forward(img, g->wAvg()); });
                std::cout << head("encoder_forward", b) << ",\"median_ms\":" << te << "}" << std::endl;
                const double td = medianMs(reps, dev, [&] { d->forward(img); });
                std::cout << head("discriminator_forward", b) << ",\"median_ms\":" << td << "}" << std::endl;
            }
        }
    } catch (const std::exception& ex) {
        std::cerr << "pivq-bench: " << ex.what() << "\n";
        return 1;
    }
    return 0;
}
