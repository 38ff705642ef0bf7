// pivq: the command-line twin of the studio.
//
//   pivq info                       engine device, threads, LibTorch version
//   pivq presets                    the named model configurations
//   pivq config --preset NAME       print a preset's JSON (edit it, pass it back with --config)
//   pivq config --check FILE        validate a config file, print it normalised
//   pivq synth --out DIR ...        draw a toyfaces training set and held-out pairs
//   pivq train --data D --out RUN   train (or --resume, or fine-tune with --init BUNDLE)
// Global options: --threads N (default: all cores), --device auto|cpu|cuda.
#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "engine/core/config.h"
#include "engine/core/runtime.h"
#include "engine/io/image.h"
#include "engine/io/toyfaces.h"
#include "engine/service/training_run.h"

namespace {

using Args = std::vector<std::string>;

// Reads `--name value` pairs and flags; anything unknown is an error naming it.
class Options {
public:
    Options(const Args& args, const std::vector<std::string>& valued, const std::vector<std::string>& flags)
    {
        for (size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
                values_[a] = "1";
            } else if (std::find(valued.begin(), valued.end(), a) != valued.end()) {
                if (i + 1 >= args.size()) throw std::invalid_argument(a + " needs a value");
                values_[a] = args[++i];
            } else {
                throw std::invalid_argument("unknown argument \"" + a + "\"");
            }
        }
    }
    bool has(const std::string& k) const { return values_.count(k) > 0; }
    std::string get(const std::string& k, const std::string& def = {}) const
    {
        auto it = values_.find(k);
        return it == values_.end() ? def : it->second;
    }

private:
    std::map<std::string, std::string> values_;
};

std::string readFile(const std::string& path)
{
    std::ifstream f(path, std::ios::binary);
    if (!f) throw std::invalid_argument(path + ": cannot open");
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

int cmdInfo(const Args& args, int threads)
{
    Options o(args, {"--device"}, {});
    const auto dev = pivq::core::selectDevice(o.get("--device", "auto"));
    std::cout << "device: " << pivq::core::deviceName(dev) << "\n"
              << "threads: " << threads << "\n"
              << "cuda available: " << (torch::cuda::is_available() ? "yes" : "no") << "\n"
              << "libtorch: " << pivq::core::torchVersion() << "\n";
    return 0;
}

int cmdPresets(const Args& args, int)
{
    Options o(args, {}, {});
    for (const auto& n : pivq::core::presetNames()) {
        const auto c = pivq::core::preset(n);
        std::cout << n << ": " << c.resolution << " px, " << c.numWs() << " latents, pose layers";
        for (int l : c.pose_layers) std::cout << " " << l;
        std::cout << ", K=" << c.vq_codes << ", " << toString(c.vq_variant) << "\n";
    }
    return 0;
}

int cmdConfig(const Args& args, int)
{
    Options o(args, {"--preset", "--check"}, {});
    pivq::core::ModelConfig c;
    if (o.has("--check")) c = pivq::core::ModelConfig::fromJsonText(readFile(o.get("--check")));
    else if (o.has("--preset")) c = pivq::core::preset(o.get("--preset"));
    else throw std::invalid_argument("config: give --preset NAME or --check FILE");
    std::cout << c.toJson().dump(2) << "\n";
    return 0;
}

double toNumber(const std::string& s, const std::string& what)
{
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0' || !std::isfinite(v)) throw std::invalid_argument(what + ": not a number: \"" + s + "\"");
    return v;
}

int cmdSynth(const Args& args, int)
{
    Options o(args, {"--out", "--count", "--pairs", "--resolution", "--seed"}, {});
    if (!o.has("--out")) throw std::invalid_argument("synth: give --out DIR");
    const int64_t count = static_cast<int64_t>(toNumber(o.get("--count", "2000"), "--count"));
    const int64_t pairs = static_cast<int64_t>(toNumber(o.get("--pairs", "200"), "--pairs"));
    const int res = static_cast<int>(toNumber(o.get("--resolution", "64"), "--resolution"));
    const uint64_t seed = static_cast<uint64_t>(toNumber(o.get("--seed", "0"), "--seed"));
    if (count < 0 || pairs < 0) throw std::invalid_argument("synth: counts must not be negative");
    if (res < 16 || res > 1024) throw std::invalid_argument("synth: --resolution must be between 16 and 1024");
    const std::string dir = o.get("--out");
    QDir().mkpath(QString::fromStdString(dir));
    auto bar = [](const char* what) {
        return [what](int64_t done, int64_t total) {
            if (done == total || done % 100 == 0) std::fprintf(stderr, "\r%s %lld / %lld", what, (long long)done, (long long)total);
            if (done == total) std::fprintf(stderr, "\n");
        };
    };
    pivq::io::toyfaces::writeDataset(dir + "/train", count, res, seed, bar("training images"));
    pivq::io::toyfaces::writePairs(dir + "/pairs", pairs, res, seed, bar("held-out pairs"));
    std::cout << "wrote " << count << " images to " << dir << "/train and " << pairs << " pairs to " << dir << "/pairs\n";
    return 0;
}

pivq::service::TrainingRun* g_run = nullptr;
volatile std::sig_atomic_t g_interrupts = 0;

void onInterrupt(int)
{
    // First Ctrl-C: finish the step, save a checkpoint, exit. Second: leave at once.
    if (++g_interrupts > 1) std::_Exit(130);
    if (g_run) g_run->requestStop();
}

std::string clock(double s)
{
    if (s < 0) return "--:--";
    const long t = static_cast<long>(s + 0.5);
    char buf[32];
    if (t >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
    else std::snprintf(buf, sizeof buf, "%02ld:%02ld", t / 60, t % 60);
    return buf;
}

int cmdTrain(const Args& args, int threads)
{
    Options o(args,
              {"--data", "--out", "--preset", "--config", "--train-config", "--kimg", "--minutes", "--batch",
               "--toyfaces-count", "--seed", "--checkpoint-minutes", "--sample-minutes", "--device", "--init",
               "--lpips"},
              {"--resume", "--no-cache"});
    pivq::service::TrainingOptions t;
    t.data = QString::fromStdString(o.get("--data"));
    t.out = QString::fromStdString(o.get("--out"));
    t.preset = QString::fromStdString(o.get("--preset", "cpu64"));
    t.modelConfig = QString::fromStdString(o.get("--config"));
    t.trainConfig = QString::fromStdString(o.get("--train-config"));
    t.initFrom = QString::fromStdString(o.get("--init"));
    t.lpipsWeights = QString::fromStdString(o.get("--lpips"));
    t.kimg = toNumber(o.get("--kimg", "0"), "--kimg");
    t.minutes = toNumber(o.get("--minutes", "0"), "--minutes");
    t.batch = static_cast<int>(toNumber(o.get("--batch", "0"), "--batch"));
    t.toyfacesCount = static_cast<int>(toNumber(o.get("--toyfaces-count", "20000"), "--toyfaces-count"));
    t.seed = static_cast<int>(toNumber(o.get("--seed", "-1"), "--seed"));
    t.checkpointMinutes = toNumber(o.get("--checkpoint-minutes", "10"), "--checkpoint-minutes");
    t.sampleMinutes = toNumber(o.get("--sample-minutes", "5"), "--sample-minutes");
    t.device = QString::fromStdString(o.get("--device", "auto"));
    t.threads = threads;
    t.resume = o.has("--resume");
    if (!o.has("--no-cache")) t.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/datasets";
    if (t.out.isEmpty()) throw std::invalid_argument("train: give --out RUN_DIR");
    if (t.toyfacesCount < 2) throw std::invalid_argument("train: --toyfaces-count must be at least 2");

    pivq::service::TrainingRun run(t);
    g_run = &run;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool tty = isatty(fileno(stderr));
    auto lastPrint = std::chrono::steady_clock::now() - std::chrono::hours(1);
    const QString result = run.run([&](const pivq::service::TrainingProgress& p) {
        if (p.phase != "training") {
            if (tty) std::fprintf(stderr, "\r\033[K");
            if (!p.message.isEmpty()) std::fprintf(stderr, "[%s] %s\n", p.phase.toUtf8().constData(), p.message.toUtf8().constData());
            return;
        }
        if (!p.message.isEmpty()) {
            std::fprintf(stderr, "%s\n", p.message.toUtf8().constData());
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now - lastPrint < std::chrono::milliseconds(tty ? 250 : 10000)) return;
        lastPrint = now;
        std::string line;
        char buf[256];
        if (p.fraction >= 0) {
            const int w = 20, filled = static_cast<int>(std::min(1.0, p.fraction) * w);
            line += "[" + std::string(filled, '#') + std::string(w - filled, '-') + "] ";
            std::snprintf(buf, sizeof buf, "%5.1f%% ", 100.0 * std::min(1.0, p.fraction));
            line += buf;
        }
        std::snprintf(buf, sizeof buf, "step %lld | %.2f kimg | %.1f img/s | ETA %s |", (long long)p.step,
                      p.imagesSeen / 1000.0, p.imgPerSec, clock(p.etaSeconds).c_str());
        line += buf;
        for (const auto& kv : p.losses) {
            std::snprintf(buf, sizeof buf, " %s %.3g", kv.first.toUtf8().constData(), kv.second);
            line += buf;
        }
        std::snprintf(buf, sizeof buf, " | codes %d/%d", p.codesInUse, p.codesTotal);
        line += buf;
        if (tty) std::fprintf(stderr, "\r\033[K%s", line.c_str());
        else std::fprintf(stderr, "%s\n", line.c_str());
    });
    g_run = nullptr;
    std::cout << result.toStdString() << "\n";
    return 0;
}

void usage(std::ostream& out)
{
    out << "usage: pivq [--threads N] COMMAND [options]\n"
           "commands:\n"
           "  info                     device, threads and LibTorch version\n"
           "  presets                  list the named model configurations\n"
           "  config --preset NAME     print a preset as JSON\n"
           "  config --check FILE      validate a config file\n"
           "  synth --out DIR [--count N] [--pairs N] [--resolution R] [--seed S]\n"
           "                           draw a toyfaces training set (DIR/train) and held-out pairs (DIR/pairs)\n"
           "  train --data DIR|ZIP|toyfaces --out RUN [--preset cpu64] [--config F] [--train-config F]\n"
           "        [--kimg N | --minutes M] [--batch B] [--seed S] [--resume] [--init BUNDLE] [--lpips F]\n"
           "        [--checkpoint-minutes M] [--sample-minutes M] [--toyfaces-count N] [--device D] [--no-cache]\n"
           "                           train a model; Ctrl-C saves a checkpoint and exits\n";
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);  // for QStandardPaths; no event loop is run
    QCoreApplication::setApplicationName("pivq");
    QCoreApplication::setOrganizationName("PIVQ");
    Args all(argv + 1, argv + argc);
    int threads = 0;
    // Global options come before the command.
    while (!all.empty() && all.front().rfind("--", 0) == 0) {
        if (all.front() == "--help" || all.front() == "-h") {
            usage(std::cout);
            return 0;
        }
        if (all.front() == "--threads" && all.size() >= 2) {
            threads = std::atoi(all[1].c_str());
            all.erase(all.begin(), all.begin() + 2);
            continue;
        }
        std::cerr << "pivq: unknown option " << all.front() << "\n";
        usage(std::cerr);
        return 2;
    }
    if (all.empty()) {
        usage(std::cerr);
        return 2;
    }
    const std::map<std::string, std::function<int(const Args&, int)>> commands = {
        {"info", cmdInfo}, {"presets", cmdPresets}, {"config", cmdConfig}, {"synth", cmdSynth}, {"train", cmdTrain}};
    const auto it = commands.find(all.front());
    if (it == commands.end()) {
        std::cerr << "pivq: unknown command \"" << all.front() << "\"\n";
        usage(std::cerr);
        return 2;
    }
    try {
        const int n = pivq::core::configureThreads(threads);
        return it->second(Args(all.begin() + 1, all.end()), n);
    } catch (const std::exception& e) {
        std::cerr << "pivq " << all.front() << ": " << e.what() << "\n";
        return 1;
    }
}
