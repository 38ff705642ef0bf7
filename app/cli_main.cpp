// pivq: the command-line twin of the studio.
//
//   pivq info                       engine device, threads, LibTorch version
//   pivq presets                    the named model configurations
//   pivq config --preset NAME       print a preset's JSON (edit it, pass it back with --config)
//   pivq config --check FILE        validate a config file, print it normalised
//   pivq synth --out DIR ...        draw a toyfaces training set and held-out pairs
//   pivq train --data D --out RUN   train (or --resume, or fine-tune with --init BUNDLE)
//   pivq swap|masks|edit|interpolate|sample|reconstruct --model BUNDLE ...
//                                   editing on one core::EditSession (see usage())
//   pivq eval --model BUNDLE ...    metrics (engine/core/evaluate.h) on toyfaces or a folder
//   pivq export --model IN --out OUT  a bundle to ship (fp16, class names, no training state)
// Global options: --threads N (default: all cores), --device auto|cpu|cuda.
// Exit status: 0 success, 1 bad input or failure (one line on stderr), 2 usage error.
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <unistd.h>
#include <csignal>
#include <cstdio>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "engine/core/config.h"
#include "engine/core/edit_session.h"
#include "engine/core/evaluate.h"
#include "engine/core/trainer.h"
#include "engine/core/runtime.h"
#include "engine/io/animation.h"
#include "engine/io/bundle.h"
#include "engine/io/edit_model.h"
#include "engine/io/eval_set.h"
#include "engine/io/image.h"
#include "engine/io/masks.h"
#include "engine/io/safetensors.h"
#include "engine/io/toyfaces.h"
#include "engine/service/default_model.h"
#include "engine/service/training_run.h"

namespace {

using Args = std::vector<std::string>;

// A mistake in the command line itself: exit code 2 and a pointer to --help.
class UsageError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// Reads `--name value` pairs and flags; anything unknown is an error naming it. A valued
// option may repeat (all() returns every value in order, get() the last).
class Options {
public:
    Options(const Args& args, const std::vector<std::string>& valued, const std::vector<std::string>& flags)
    {
        for (size_t i = 0; i < args.size(); ++i) {
            const std::string& a = args[i];
            if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
                values_[a].push_back("1");
            } else if (std::find(valued.begin(), valued.end(), a) != valued.end()) {
                if (i + 1 >= args.size()) throw UsageError(a + " needs a value");
                values_[a].push_back(args[++i]);
            } else {
                throw UsageError("unknown argument \"" + a + "\"");
            }
        }
    }
    bool has(const std::string& k) const { return values_.count(k) > 0; }
    std::string get(const std::string& k, const std::string& def = {}) const
    {
        auto it = values_.find(k);
        return it == values_.end() ? def : it->second.back();
    }
    // The value of a required option.
    std::string need(const std::string& k) const
    {
        if (!has(k)) throw UsageError(k + " is required");
        return get(k);
    }
    std::vector<std::string> all(const std::string& k) const
    {
        auto it = values_.find(k);
        return it == values_.end() ? std::vector<std::string>{} : it->second;
    }

private:
    std::map<std::string, std::vector<std::string>> values_;
};

// A whole file, refused before reading when over maxBytes (configs: 1 MiB, as the trainer's).
std::string readFile(const std::string& path, int64_t maxBytes = int64_t(1) << 20)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw std::invalid_argument(path + ": is a folder, not a file");
    std::ifstream f(path, std::ios::binary | std::ios::ate);
    if (!f) throw std::invalid_argument(path + ": cannot open");
    const int64_t size = static_cast<int64_t>(f.tellg());
    if (size < 0) throw std::invalid_argument(path + ": cannot read");
    if (size > maxBytes)
        throw std::invalid_argument(path + ": too large (" + std::to_string(size) + " bytes, at most " +
                                    std::to_string(maxBytes) + ")");
    f.seekg(0);
    std::string text(static_cast<size_t>(size), '\0');
    if (!f.read(text.data(), size)) throw std::invalid_argument(path + ": cannot read");
    return text;
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
    if (o.has("--check")) {
        const std::string path = o.get("--check"), text = readFile(path);
        try {
            c = pivq::core::ModelConfig::fromJsonText(text);
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(path + ": " + e.what());
        }
    } else if (o.has("--preset"))
        c = pivq::core::preset(o.get("--preset"));
    else
        throw UsageError("give --preset NAME or --check FILE");
    std::cout << c.toJson().dump(2) << "\n";
    return 0;
}

double toNumber(const std::string& s, const std::string& what)
{
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0' || !std::isfinite(v)) throw UsageError(what + ": not a number: \"" + s + "\"");
    return v;
}

int cmdSynth(const Args& args, int)
{
    Options o(args, {"--out", "--count", "--pairs", "--resolution", "--seed"}, {});
    if (!o.has("--out")) throw UsageError("give --out DIR");
    const int64_t count = static_cast<int64_t>(toNumber(o.get("--count", "2000"), "--count"));
    const int64_t pairs = static_cast<int64_t>(toNumber(o.get("--pairs", "200"), "--pairs"));
    const int res = static_cast<int>(toNumber(o.get("--resolution", "64"), "--resolution"));
    const uint64_t seed = static_cast<uint64_t>(toNumber(o.get("--seed", "0"), "--seed"));
    if (count < 0 || pairs < 0) throw UsageError("counts must not be negative");
    if (res < 16 || res > 1024) throw UsageError("--resolution must be between 16 and 1024");
    const std::string dir = o.get("--out");
    QDir().mkpath(QString::fromStdString(dir));
    auto bar = [](const char* what) {
        return [what](int64_t done, int64_t total) {
            if (done == total || done % 100 == 0)
                std::fprintf(stderr, "\r%s %lld / %lld", what, (long long)done, (long long)total);
            if (done == total) std::fprintf(stderr, "\n");
        };
    };
    pivq::io::toyfaces::writeDataset(dir + "/train", count, res, seed, bar("training images"));
    pivq::io::toyfaces::writePairs(dir + "/pairs", pairs, res, seed, bar("held-out pairs"));
    std::cout << "wrote " << count << " images to " << dir << "/train and " << pairs << " pairs to " << dir
              << "/pairs\n";
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
    if (t >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
    else
        std::snprintf(buf, sizeof buf, "%02ld:%02ld", t / 60, t % 60);
    return buf;
}

// The terminal progress of a training run: phase messages on their own lines, and a bar
// with images seen, img/s, ETA and every loss (redrawn on a terminal, else every 10 s).
pivq::service::ProgressCallback trainingPrinter()
{
    const bool tty = isatty(fileno(stderr));
    auto lastPrint = std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now() -
                                                                             std::chrono::hours(1));
    return [tty, lastPrint](const pivq::service::TrainingProgress& p) {
        if (p.phase != "training") {
            if (tty) std::fprintf(stderr, "\r\033[K");
            if (!p.message.isEmpty())
                std::fprintf(stderr, "[%s] %s\n", p.phase.toUtf8().constData(), p.message.toUtf8().constData());
            return;
        }
        if (!p.message.isEmpty()) {
            std::fprintf(stderr, "%s\n", p.message.toUtf8().constData());
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now - *lastPrint < std::chrono::milliseconds(tty ? 250 : 10000)) return;
        *lastPrint = now;
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
        if (tty)
            std::fprintf(stderr, "\r\033[K%s", line.c_str());
        else
            std::fprintf(stderr, "%s\n", line.c_str());
        };
}

int cmdTrain(const Args& args, int threads)
{
    Options o(
        args,
        {"--data", "--out", "--preset", "--config", "--train-config", "--kimg", "--minutes", "--batch",
         "--toyfaces-count", "--seed", "--checkpoint-minutes", "--sample-minutes", "--device", "--init", "--lpips",
         "--fault-nan-at-step"},
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
    t.faultNanAtStep = static_cast<int64_t>(toNumber(o.get("--fault-nan-at-step", "0"), "--fault-nan-at-step"));
    if (!o.has("--no-cache"))
        t.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/datasets";
    if (t.out.isEmpty()) throw UsageError("give --out RUN_DIR");
    if (t.toyfacesCount < 2) throw UsageError("--toyfaces-count must be at least 2");

    pivq::service::TrainingRun run(t);
    g_run = &run;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const QString result = run.run(trainingPrinter());
    g_run = nullptr;
    if (!result.isEmpty()) std::cout << result.toStdString() << "\n";  // empty: stopped before training
    return 0;
}

// ---- editing: one core::EditSession on the bundle's networks. Images in any format
// OpenCV reads are centre-cropped and resized to the model; outputs are written atomically
// in the format their extension names.

namespace edit {

namespace core = pivq::core;
namespace io = pivq::io;
using core::Source;

int toInt(const std::string& s, const std::string& what, int lo, int hi)
{
    const double v = toNumber(s, what);
    if (v != std::floor(v) || v < lo || v > hi)
        throw UsageError(what + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                         ", got \"" + s + "\"");
    return static_cast<int>(v);
}

bool isAnimation(const std::string& path)
{
    const std::string ext = QFileInfo(QString::fromStdString(path)).suffix().toLower().toStdString();
    return ext == "gif" || ext == "mp4" || ext == "m4v" || ext == "mov" || ext == "avi";
}

// Refuses an output whose extension no writer handles before any work is done.
void checkOutput(const std::string& path, bool animationAllowed)
{
    if (animationAllowed && isAnimation(path)) return;
    bool ok = false;
    try {
        ok = QFileInfo(QString::fromStdString(path)).suffix().size() > 0 && cv::haveImageWriter(path);
    } catch (const cv::Exception&) {
        ok = false;
    }
    if (!ok)
        throw UsageError(path + ": unsupported output format (use .png, .jpg, .bmp, .tif, .webp" +
                         std::string(animationAllowed ? ", .gif, .mp4 or .avi)" : ")"));
}

// --model, or the shipped default model (said on stderr, so that a script sees which).
std::string modelPath(const Options& o)
{
    if (o.has("--model")) return o.get("--model");
    const QString found = pivq::service::findDefaultModel(pivq::service::defaultModelDirs());
    if (found.isEmpty())
        throw UsageError("give --model BUNDLE.pivq (no default model was found in " +
                         pivq::service::defaultModelDirs().join(", ").toStdString() + ")");
    std::cerr << "[model] " << found.toStdString() << " (the default; --model chooses another)\n";
    return found.toStdString();
}

io::EditModel openModel(const Options& o)
{
    return io::loadEditModel(modelPath(o), core::selectDevice(o.get("--device", "auto")));
}

void setImage(core::EditSession& s, Source src, const std::string& path)
{
    s.setImage(src, io::loadModelImage(path, s.config().resolution));
}

void writeImage(const std::string& path, const torch::Tensor& image)
{
    io::saveRgb(path, io::fromTensor(image));
}

int cmdSwap(const Args& args, int)
{
    Options o(args, {"--model", "--identity", "--pose", "--out", "--device"}, {});
    const std::string identity = o.need("--identity"), pose = o.need("--pose"), out = o.need("--out");
    checkOutput(out, false);
    auto m = openModel(o);
    setImage(*m.session, Source::IdentityA, identity);
    setImage(*m.session, Source::PoseA, pose);
    writeImage(out, m.session->render());
    std::cout << "wrote " << out << "\n";
    return 0;
}

int cmdMasks(const Args& args, int)
{
    Options o(args, {"--model", "--pose", "--out", "--device"}, {});
    const std::string pose = o.need("--pose"), dir = o.need("--out");
    auto m = openModel(o);
    auto& s = *m.session;
    if (s.maskLayers().empty()) throw std::runtime_error("this model has no object masks (its vq_variant is none)");
    setImage(s, Source::PoseA, pose);
    if (!QDir().mkpath(QString::fromStdString(dir))) throw std::runtime_error(dir + ": cannot create the folder");
    const int r = s.config().resolution;
    for (const auto& [layer, mask] : s.masks()) {
        const auto& palette = m.palettes.at(layer);
        const std::string base = dir + "/layer" + std::to_string(layer);
        io::writeMaskPng(base + ".png", mask, palette);
        io::saveRgb(base + "_preview.png", io::maskPreview(mask, palette, r));
        std::cout << base << ".png: layer " << layer << ", " << mask.size(1) << "x" << mask.size(0) << ";";
        const auto counts = torch::bincount(mask.flatten(), {}, s.classes());
        for (int k = 0; k < s.classes(); ++k) {
            const int64_t n = counts[k].item<int64_t>();
            if (n > 0)
                std::cout << " " << k << "=" << palette[static_cast<size_t>(k)].name << " "
                          << (100 * n + mask.numel() / 2) / mask.numel() << "%";
        }
        std::cout << "; preview " << base << "_preview.png\n";
    }
    return 0;
}

int cmdEdit(const Args& args, int)
{
    Options o(args, {"--model", "--identity", "--pose", "--layer", "--mask", "--out", "--device"}, {});
    const std::string identity = o.need("--identity"), pose = o.need("--pose"), out = o.need("--out");
    const auto layers = o.all("--layer"), masks = o.all("--mask");
    if (layers.empty() || layers.size() != masks.size())
        throw UsageError("give --layer N --mask FILE (one --mask for each --layer)");
    checkOutput(out, false);
    auto m = openModel(o);
    auto& s = *m.session;
    for (size_t i = 0; i < layers.size(); ++i) {
        const int layer = toInt(layers[i], "--layer", 0, 1000);
        const int side = s.maskSide(layer);  // throws for a layer without a mask
        const io::MaskSpec spec{layer, side, s.classes(), s.config().resolution, m.palettes.at(layer)};
        s.setMask(layer, io::readMaskFile(masks[i], spec));
    }
    setImage(s, Source::IdentityA, identity);
    setImage(s, Source::PoseA, pose);
    writeImage(out, s.render());
    std::cout << "wrote " << out << "\n";
    return 0;
}

int cmdInterpolate(const Args& args, int)
{
    Options o(args, {"--model", "--what", "--identity", "--pose", "--to", "--steps", "--fps", "--out", "--device"}, {});
    const std::string what = o.need("--what");
    if (what != "pose" && what != "identity") throw UsageError("--what must be pose or identity, got \"" + what + "\"");
    const std::string identity = o.need("--identity"), pose = o.need("--pose"), to = o.need("--to");
    const std::string out = o.need("--out");
    const int steps = toInt(o.get("--steps", "8"), "--steps", 2, 1000);
    const double fps = toNumber(o.get("--fps", "10"), "--fps");
    if (fps <= 0 || fps > 100) throw UsageError("--fps must lie in (0, 100]");
    checkOutput(out, true);
    auto m = openModel(o);
    auto& s = *m.session;
    setImage(s, Source::IdentityA, identity);
    setImage(s, Source::PoseA, pose);
    setImage(s, what == "pose" ? Source::PoseB : Source::IdentityB, to);
    std::vector<cv::Mat> frames;
    for (int i = 0; i < steps; ++i) {
        const double t = static_cast<double>(i) / (steps - 1);
        if (what == "pose")
            s.setPoseT(t);
        else
            s.setIdentityT(t);
        frames.push_back(io::fromTensor(s.render()));
    }
    io::writeFrames(out, frames, fps);
    std::cout << "wrote " << out << " (" << steps << " frames, " << what << " from t = 0 to 1)\n";
    return 0;
}

int cmdSample(const Args& args, int)
{
    Options o(args, {"--model", "--out", "--seed", "--psi", "--count", "--identity", "--pose", "--fps", "--device"},
              {});
    const std::string out = o.need("--out");
    const int seed = toInt(o.get("--seed", "0"), "--seed", 0, 2000000000);
    const int count = toInt(o.get("--count", "1"), "--count", 1, 256);
    const double psi = toNumber(o.get("--psi", "0.7"), "--psi");
    if (psi < 0 || psi > 2) throw UsageError("--psi must lie in [0, 2]");
    const double fps = toNumber(o.get("--fps", "4"), "--fps");
    if (fps <= 0 || fps > 100) throw UsageError("--fps must lie in (0, 100]");
    if (o.has("--identity") && o.has("--pose")) throw UsageError("give at most one of --identity and --pose");
    checkOutput(out, true);
    auto m = openModel(o);
    auto& s = *m.session;
    if (o.has("--identity")) setImage(s, Source::IdentityA, o.get("--identity"));
    if (o.has("--pose")) setImage(s, Source::PoseA, o.get("--pose"));
    std::vector<cv::Mat> frames;
    for (int i = 0; i < count; ++i) {
        const uint64_t z = static_cast<uint64_t>(seed) + static_cast<uint64_t>(i);
        torch::Tensor img;
        if (o.has("--identity")) {
            s.setRandom(Source::PoseA, z, psi);  // random poses for the given identity
            img = s.render();
        } else if (o.has("--pose")) {
            s.setRandom(Source::IdentityA, z, psi);  // random identities in the given pose
            img = s.render();
        } else {
            img = s.sample(z, psi).image;
        }
        frames.push_back(io::fromTensor(img));
    }
    io::writeFrames(out, frames, fps);
    std::cout << "wrote " << out << " (" << count << (count == 1 ? " sample" : " samples") << ", seeds " << seed << ".."
              << seed + count - 1 << ", psi " << psi << ")\n";
    return 0;
}

int cmdReconstruct(const Args& args, int)
{
    Options o(args, {"--model", "--image", "--out", "--error-map", "--device"}, {});
    const std::string image = o.need("--image"), out = o.need("--out");
    checkOutput(out, false);
    if (o.has("--error-map")) checkOutput(o.get("--error-map"), false);
    auto m = openModel(o);
    auto& s = *m.session;
    setImage(s, Source::PoseA, image);
    const auto rec = s.reconstruct(Source::PoseA);
    writeImage(out, rec.image);
    if (o.has("--error-map")) {
        // Gray: black is exact, white a mean error of a quarter of the full scale or more.
        auto err = rec.error_map.mul(4.0 * 255.0).round().clamp(0, 255).to(torch::kUInt8).contiguous();
        cv::Mat gray(static_cast<int>(err.size(0)), static_cast<int>(err.size(1)), CV_8UC1, err.data_ptr<uint8_t>());
        cv::Mat rgb;
        cv::cvtColor(gray, rgb, cv::COLOR_GRAY2RGB);
        io::saveRgb(o.get("--error-map"), rgb);
    }
    char buf[160];
    std::snprintf(buf, sizeof buf, "MSE %.6f  PSNR %.2f dB  mean abs error %.4f", rec.mse, rec.psnr,
                  rec.error_map.mean().item<double>());
    std::cout << "wrote " << out << (o.has("--error-map") ? " and " + o.get("--error-map") : std::string()) << "\n"
              << buf << "\n";
    return 0;
}

// What one evaluation needs besides the model (pivq eval, pivq ablate).
struct EvalArgs {
    std::string data = "toyfaces";  // toyfaces | a folder | a .zip
    int64_t pairs = 500;
    int64_t reference = 1000;
    core::EvalOptions options;
    std::string inception, lpips;  // optional weight files
    std::string device = "auto";
    std::string json;  // write the report here too (atomically)
};

core::EvalReport evaluateBundle(const std::string& modelPath, const EvalArgs& a, int threads)
{
    auto m = io::loadEditModel(modelPath, core::selectDevice(a.device));
    const auto& cfg = m.config;
    const auto dev = m.session->device();
    // The toyfaces stream the model was trained on (its training record), for FID's reference.
    uint64_t trainSeed = 0;
    if (const auto* tc = m.training_record.find("train_config"))
        if (const auto* sd = tc->find("seed")) trainSeed = static_cast<uint64_t>(sd->asInt("train_config.seed"));
    const core::EvalSet set = a.data == "toyfaces"
                                  ? io::toyfacesEvalSet(a.pairs, cfg.resolution, a.options.seed, a.reference, trainSeed)
                                  : io::imageEvalSet(a.data, a.pairs, cfg.resolution, a.options.seed);
    core::TrainConfig tc;
    core::NamedTensors lpipsTensors;
    if (!a.lpips.empty()) {
        lpipsTensors = io::readSafetensors(readFile(a.lpips, int64_t(512) << 20), nullptr, {}, a.lpips);
        tc.perceptual = "lpips";
    }
    auto perceptual = core::makePerceptual(tc, lpipsTensors);
    perceptual->to(dev);
    auto features = a.inception.empty() ? core::randomCnnFeatures(dev) : core::loadInception(a.inception, dev);

    const bool tty = isatty(fileno(stderr));
    const auto t0 = std::chrono::steady_clock::now();
    auto report = core::evaluate(
        m.session->generator(), m.session->encoder(), set, *perceptual, features.get(), a.options,
        [&](int64_t done, int64_t total, const std::string& what) {
            if (!tty && done != total) return;
            const int64_t pct = 100 * done / std::max<int64_t>(1, total);
            const int w = 20, filled = static_cast<int>(w * pct / 100);
            std::fprintf(stderr, "\r\033[K[%s%s] %3d%% %s", std::string(filled, '#').c_str(),
                         std::string(w - filled, '-').c_str(), static_cast<int>(pct), what.c_str());
            if (done == total) std::fprintf(stderr, "\n");
        });
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::cout << "model " << modelPath << " (" << cfg.name << ", " << cfg.resolution << " px)\n" << report.table();
    std::cout << "evaluated in " << std::fixed << std::setprecision(1) << secs << std::defaultfloat << " s on "
              << core::deviceName(dev) << " with " << threads << " threads\n";
    if (!a.json.empty()) {
        auto j = report.toJson();
        j["model"] = modelPath;
        j["config"] = cfg.name;
        // images_seen and wall_time_s count from the last fresh start of the training state;
        // earlier_* hold the stages before it (fine-tunes from a bundle without state).
        for (const char* key : {"images_seen", "wall_time_s", "earlier_images_seen", "earlier_wall_time_s", "git_commit"})
            if (const auto* v = m.training_record.find(key)) j[key] = *v;
        j["features_note"] = features->description();
        j["seconds"] = secs;
        io::writeFileAtomic(a.json, j.dump(2) + "\n");
        std::cout << "wrote " << a.json << "\n";
    }
    return report;
}

std::vector<std::string> splitList(const std::string& s)
{
    std::vector<std::string> out;
    for (size_t b = 0; b < s.size();) {
        const size_t e = std::min(s.find(',', b), s.size());
        if (e > b) out.push_back(s.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

EvalArgs evalArgs(const Options& o)
{
    EvalArgs a;
    a.options.metrics = splitList(o.get("--metrics"));
    const auto known = core::evalMetricNames();
    for (const auto& m : a.options.metrics)
        if (std::find(known.begin(), known.end(), m) == known.end())
            throw UsageError("unknown metric \"" + m +
                             "\" in --metrics (known: fid, mixback, recon, ppl, swap, codes, masks)");
    a.pairs = toInt(o.get("--pairs", "500"), "--pairs", 2, 100000);
    a.reference = toInt(o.get("--reference", "1000"), "--reference", 0, 100000);
    a.options.seed = static_cast<uint64_t>(toInt(o.get("--seed", "0"), "--seed", 0, 1 << 30));
    a.options.batch = toInt(o.get("--batch", "16"), "--batch", 1, 1024);
    a.inception = o.get("--inception");
    a.lpips = o.get("--lpips");
    a.device = o.get("--device", "auto");
    return a;
}

// pivq eval: the report of engine/core/evaluate.h on toyfaces pairs or a folder of images,
// as a table on stdout and, with --json, a file written atomically.
int cmdEval(const Args& args, int threads)
{
    Options o(args,
              {"--model", "--data", "--metrics", "--pairs", "--seed", "--reference", "--inception", "--lpips", "--json",
               "--batch", "--device"},
              {});
    EvalArgs a = evalArgs(o);
    a.data = o.get("--data", "toyfaces");
    a.json = o.get("--json");
    if (!a.json.empty() && QFileInfo(QString::fromStdString(a.json)).suffix().toLower() != "json")
        throw UsageError("--json wants a file ending in .json");
    evaluateBundle(modelPath(o), a, threads);
    return 0;
}

// pivq export: a bundle to ship or share: the networks, config, palettes (with the class
// names given), training record and preview, optionally with fp16 weights; the training
// state only with --keep-training. Loaded and checked before anything is written; the
// output is written atomically (it may be the input itself).
int cmdExport(const Args& args, int)
{
    Options o(args, {"--model", "--out", "--names"}, {"--fp16", "--keep-training"});
    const std::string in = o.need("--model"), out = o.need("--out");
    if (QFileInfo(QString::fromStdString(out)).suffix().toLower() != "pivq")
        throw UsageError("--out wants a file ending in .pivq");
    const bool keep = o.has("--keep-training");
    io::Bundle b = io::loadBundle(in, keep);
    for (const std::string& spec : o.all("--names")) {
        // LAYER=name,name,... : the K class names of one pose layer, in class order.
        const auto eq = spec.find('=');
        if (eq == std::string::npos) throw UsageError("--names wants LAYER=name,name,..., got \"" + spec + "\"");
        const int layer = toInt(spec.substr(0, eq), "--names layer", 0, 1000);
        auto it = b.palettes.find(layer);
        if (it == b.palettes.end()) {
            std::string layers;
            for (int l : b.config.pose_layers) layers += (layers.empty() ? "" : ", ") + std::to_string(l);
            throw UsageError("--names: layer " + std::to_string(layer) + " is not a pose layer (pose layers: " +
                             layers + ")");
        }
        const auto names = splitList(spec.substr(eq + 1));
        if (names.size() != it->second.size())
            throw UsageError("--names: layer " + std::to_string(layer) + " has " + std::to_string(it->second.size()) +
                             " classes, " + std::to_string(names.size()) + " names were given");
        for (size_t k = 0; k < names.size(); ++k) it->second[k].name = names[k];
    }
    io::saveBundle(out, b, o.has("--fp16"));
    std::cout << "wrote " << out << " (" << QFileInfo(QString::fromStdString(out)).size() << " bytes"
              << (o.has("--fp16") ? ", fp16 weights" : "") << (keep ? ", with training state" : "") << ")\n";
    return 0;
}

// pivq ablate: the paper's Table 2 on toyfaces — each variant trained with the same data,
// seed and image budget, then evaluated on the same held-out pairs; a Markdown table of the
// figures. Resumable: a variant whose run already holds the budget is only evaluated.
struct Variant {
    const char* key;
    const char* label;
    const char* vq;  // vq_variant
    bool aug;
};
const Variant kVariants[] = {{"vq1", "VQ-1 (default)", "vq1", true},
                             {"vq2", "VQ-2", "vq2", true},
                             {"vq3", "VQ-3", "vq3", true},
                             {"novq", "w/o VQ", "none", true},
                             {"noaug", "w/o augment", "vq1", false}};

int cmdAblate(const Args& args, int threads)
{
    Options o(args,
              {"--out", "--kimg", "--preset", "--variants", "--pairs", "--seed", "--reference", "--batch", "--device",
               "--results", "--toyfaces-count"},
              {});
    const std::string out = o.need("--out");
    const double kimg = toNumber(o.get("--kimg", "6"), "--kimg");
    if (!(kimg > 0)) throw UsageError("--kimg must be positive");
    const std::string presetName = o.get("--preset", "cpu64");
    core::preset(presetName);  // an unknown preset fails before any training
    std::vector<const Variant*> chosen;
    for (const auto& k : splitList(o.get("--variants", "vq1,vq2,vq3,novq,noaug"))) {
        const Variant* v = nullptr;
        for (const auto& c : kVariants)
            if (k == c.key) v = &c;
        if (!v) throw UsageError("unknown variant \"" + k + "\" (known: vq1, vq2, vq3, novq, noaug)");
        chosen.push_back(v);
    }
    EvalArgs ea = evalArgs(o);
    ea.pairs = toInt(o.get("--pairs", "300"), "--pairs", 2, 100000);
    const std::string results = o.get("--results", out + "/RESULTS.md");
    const int toyCount = toInt(o.get("--toyfaces-count", "20000"), "--toyfaces-count", 2, 10000000);
    if (!QDir().mkpath(QString::fromStdString(out))) throw std::runtime_error(out + ": cannot create the folder");

    std::vector<std::pair<const Variant*, core::EvalReport>> rows;
    std::vector<pivq::json::Value> records;
    for (const Variant* v : chosen) {
        const std::string dir = out + "/" + v->key;
        const std::string bundle = dir + "/model.pivq";
        double seen = 0;
        if (QFileInfo::exists(QString::fromStdString(bundle))) {
            const auto b = io::readBundleManifest(bundle);
            if (const auto* s = b.training_record.find("images_seen")) seen = s->asNumber("images_seen");
        }
        if (seen < kimg * 1000) {
            std::cerr << "[ablate] " << v->label << ": training to " << kimg << " kimg in " << dir << "\n";
            pivq::service::TrainingOptions t;
            t.data = "toyfaces";
            t.out = QString::fromStdString(dir);
            t.preset = QString::fromStdString(presetName);
            t.vqVariant = v->vq;
            t.kimg = kimg - seen / 1000.0;  // a run's budget counts from where it resumes
            t.seed = static_cast<int>(ea.options.seed);
            t.threads = threads;
            t.device = QString::fromStdString(ea.device);
            t.resume = seen > 0;
            t.toyfacesCount = toyCount;
            t.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/datasets";
            if (!v->aug) {
                const std::string tc = dir + ".train.json";
                io::writeFileAtomic(tc, "{\"use_aug\": false}\n");
                t.trainConfig = QString::fromStdString(tc);
            }
            pivq::service::TrainingRun run(t);
            g_run = &run;
            std::signal(SIGINT, onInterrupt);
            run.run(trainingPrinter());
            g_run = nullptr;
            if (g_interrupts) throw std::runtime_error("interrupted; run the same command again to continue");
        }
        std::cerr << "[ablate] " << v->label << ": evaluating\n";
        ea.json = dir + "/eval.json";
        rows.emplace_back(v, evaluateBundle(bundle, ea, threads));
        records.push_back(io::readBundleManifest(bundle).training_record);
    }

    // The Markdown table: one row per variant, the trivial baselines of the swap below.
    auto val = [](const core::EvalReport& r, const std::string& key, int digits) {
        const auto* f = r.find(key);
        if (!f || !std::isfinite(f->value)) return std::string("n/a");
        std::ostringstream s;
        s << std::fixed << std::setprecision(digits) << f->value;
        return s.str();
    };
    const auto& r0 = rows.front().second;
    const std::string pn = r0.perceptual, fdKey = r0.features.empty() ? "fd-randcnn" : r0.features;
    std::ostringstream md;
    md << "| variant | " << fdKey << " | mix-back " << pn << " | recon " << pn << " | PPL (mse) | swap PSNR (dB) | swap SSIM"
       << " | codes in use | mask IoU | images seen | wall time |\n|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto& [v, r] = rows[i];
        const auto& rec = records[i];
        const double wall = rec.find("wall_time_s") ? rec.find("wall_time_s")->asNumber() : 0;
        const double imgs = rec.find("images_seen") ? rec.find("images_seen")->asNumber() : 0;
        md << "| " << v->label << " | " << val(r, fdKey, 3) << " | " << val(r, "mixback_" + pn, 4) << " | "
           << val(r, "recon_" + pn, 4) << " | " << val(r, "ppl_mse", 3) << " | " << val(r, "swap_psnr", 2) << " | "
           << val(r, "swap_ssim", 3) << " | "
           << (r.codes_total ? std::to_string(r.codes_in_use) + "/" + std::to_string(r.codes_total) : std::string("-"))
           << " | " << val(r, "mask_iou", 3) << " | " << static_cast<int64_t>(imgs) << " | "
           << static_cast<int64_t>(wall / 60 + 0.5) << " min |\n";
    }
    md << "| baseline: output = identity image | | | | | " << val(r0, "baseline_identity_psnr", 2) << " | "
       << val(r0, "baseline_identity_ssim", 3) << " | | | | |\n"
       << "| baseline: output = pose image | | | | | " << val(r0, "baseline_pose_psnr", 2) << " | "
       << val(r0, "baseline_pose_ssim", 3) << " | | | | |\n"
       << "| chance level (two unrelated images) | | " << val(r0, "chance_" + pn, 4) << " | " << val(r0, "chance_" + pn, 4)
       << " | | | | | | | |\n";
    std::ostringstream doc;
    doc << "# Ablation (generated by `pivq ablate`)\n\n"
        << "Command: `pivq ablate --out " << out << " --kimg " << kimg << " --preset " << presetName << " --pairs "
        << ea.pairs << " --seed " << ea.options.seed << "`\n\n"
        << "Each variant: `pivq train --data toyfaces --preset " << presetName << " --kimg " << kimg
        << "` with its vq_variant (and `use_aug: false` for w/o augment), then `pivq eval --pairs " << ea.pairs
        << "` on the same held-out toyfaces pairs (seed " << ea.options.seed << "). Commit "
        << (records.front().find("git_commit") ? records.front().find("git_commit")->asString() : std::string("unknown"))
        << ", " << core::deviceName(core::selectDevice(ea.device)) << ", " << threads << " threads.\n\n"
        << md.str() << "\nLower is better for " << fdKey << " (" << "a proxy, not FID" << "), mix-back, reconstruction "
        << "and PPL; higher for PSNR, SSIM, codes in use and mask IoU.\n";
    io::writeFileAtomic(results, doc.str());
    std::cout << md.str() << "wrote " << results << "\n";
    return 0;
}

}  // namespace edit

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
           "        [--fault-nan-at-step N]   (testing: step N sees NaN images and the run must stop cleanly)\n"
           "                           train a model; Ctrl-C saves a checkpoint and exits\n"
           "editing (every command takes [--model BUNDLE.pivq] [--device D]; images: PNG, JPEG, WebP, BMP, TIFF, PNM):\n"
           "  swap --identity IMG --pose IMG --out OUT.png\n"
           "                           the identity of one image in the pose of the other\n"
           "  masks --pose IMG --out DIR\n"
           "                           the object mask of each VQSN layer: DIR/layerN.png (indexed PNG, pixel = "
           "class,\n"
           "                           the model's palette) and DIR/layerN_preview.png\n"
           "  edit --identity IMG --pose IMG --layer N --mask M.png [--layer N --mask M.png ...] --out OUT.png\n"
           "                           swap with edited masks (indexed or grayscale PNG of class indices, or palette\n"
           "                           colours; at the layer's size or the model's resolution)\n"
           "  interpolate --what pose|identity --identity IMG --pose IMG --to IMG [--steps 8] [--fps 10]\n"
           "        --out OUT.png|.gif|.mp4\n"
           "                           pose (or identity) from --pose (--identity) to --to: a strip, GIF or video\n"
           "  sample --out OUT [--seed S] [--count N] [--psi 0.7] [--identity IMG | --pose IMG]\n"
           "                           random images from the mapping network, or random poses for an identity,\n"
           "                           or random identities in a pose\n"
           "  reconstruct --image IMG --out OUT.png [--error-map ERR.png]\n"
           "                           G(E(image)) with its per-pixel error and PSNR\n"
           "evaluation:\n"
           "  eval --model BUNDLE [--data toyfaces|DIR|ZIP] [--metrics fid,mixback,recon,ppl,swap,codes,masks]\n"
           "        [--pairs 500] [--seed 0] [--reference 1000] [--inception FILE.pt] [--lpips F] [--json OUT.json]\n"
           "                           the paper's metrics (FID only with --inception, else the named proxy\n"
           "                           fd-randcnn), and on toyfaces the swap error against the ground truth\n"
           "  ablate --out DIR [--kimg 6] [--preset cpu64] [--variants vq1,vq2,vq3,novq,noaug] [--pairs 300]\n"
           "        [--toyfaces-count 20000] [--results FILE.md]\n"
           "                           train every variant of the paper's Table 2 on toyfaces with one budget,\n"
           "                           evaluate them on the same pairs, write DIR/RESULTS.md (resumable)\n"
           "  export --model IN.pivq --out OUT.pivq [--fp16] [--names LAYER=name,name,... ...] [--keep-training]\n"
           "                           a bundle to ship: fp16 weights if asked, class names for a layer's palette,\n"
           "                           no training state unless kept\n"
           "editing and eval use the shipped default model (models/default.pivq) when --model is not given.\n"
           "exit status: 0 success, 1 bad input or failure, 2 usage error\n";
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
        {"info", cmdInfo},
        {"presets", cmdPresets},
        {"config", cmdConfig},
        {"synth", cmdSynth},
        {"train", cmdTrain},
        {"swap", edit::cmdSwap},
        {"masks", edit::cmdMasks},
        {"edit", edit::cmdEdit},
        {"interpolate", edit::cmdInterpolate},
        {"sample", edit::cmdSample},
        {"reconstruct", edit::cmdReconstruct},
        {"eval", edit::cmdEval},
        {"ablate", edit::cmdAblate},
        {"export", edit::cmdExport}};
    const auto it = commands.find(all.front());
    if (it == commands.end()) {
        std::cerr << "pivq: unknown command \"" << all.front() << "\"\n";
        usage(std::cerr);
        return 2;
    }
    try {
        const int n = pivq::core::configureThreads(threads);
        return it->second(Args(all.begin() + 1, all.end()), n);
    } catch (const UsageError& e) {
        std::cerr << "pivq " << all.front() << ": " << e.what() << " (see pivq --help)\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "pivq " << all.front() << ": " << e.what() << "\n";
        return 1;
    } catch (...) {
        std::cerr << "pivq " << all.front() << ": unexpected error\n";
        return 1;
    }
}
