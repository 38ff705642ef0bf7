#include "engine/service/training_run.h"

#include "engine/service/build_info.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <thread>

#include "engine/core/inference.h"
#include "engine/core/runtime.h"
#include "engine/core/trainer.h"
#include "engine/io/bundle.h"
#include "engine/io/dataset.h"
#include "engine/io/image.h"
#include "engine/io/safetensors.h"
#include "engine/io/toyfaces.h"


namespace pivq::service {

namespace {

// A process killed while saving leaves QSaveFile's temporary file (NAME.XXXXXX beside NAME,
// where the file system has no O_TMPFILE). A new run of the same folder removes those of
// its own files; the completed files are never touched.
void removeStaleTemporaries(const QString& out)
{
    const QRegularExpression temp(QStringLiteral(R"(^(model\.pivq|log\.jsonl|\d+\.png)\.[A-Za-z0-9]{6}$)"));
    for (const QString& sub : {QString(), QStringLiteral("samples")}) {
        const QDir d(QDir(out).filePath(sub));
        for (const QString& f : d.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
            if (temp.match(f).hasMatch()) QFile::remove(d.filePath(f));
    }
}

using Clock = std::chrono::steady_clock;

// A whole file, at most maxBytes (configs: 1 MB; LPIPS weights, about 10 MB: 512 MB).
std::string readText(const QString& path, const char* what, qint64 maxBytes = qint64(1) << 20)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(std::string(what) + " " + path.toStdString() + ": cannot open (" +
                                 f.errorString().toStdString() + ")");
    if (f.size() > maxBytes)
        throw std::runtime_error(std::string(what) + " " + path.toStdString() + ": too large (" +
                                 std::to_string(f.size()) + " bytes, at most " + std::to_string(maxBytes) + ")");
    return f.readAll().toStdString();
}

// A config file parsed by `parse`; its errors start with the file's path.
template <class Parse>
auto parseFile(const QString& path, const char* what, Parse&& parse)
{
    const std::string text = readText(path, what);
    try {
        return parse(text);
    } catch (const std::exception& e) {
        throw std::runtime_error(path.toStdString() + ": " + e.what());
    }
}

double seconds(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// The options' architecture overrides on a new run's config, validated; a run that continues
// a bundle keeps the bundle's architecture and refuses an override that differs from it.
void applyOverrides(core::ModelConfig& model, const TrainingOptions& o, bool fromBundle)
{
    std::vector<int> layers(o.poseLayers.begin(), o.poseLayers.end());
    if (fromBundle) {
        auto fixed = [](const char* field, const std::string& has, const std::string& asked) {
            throw std::invalid_argument(std::string(field) +
                                        ": a resumed or fine-tuned run keeps the architecture of "
                                        "its bundle (" +
                                        has + "), got " + asked);
        };
        auto list = [](const std::vector<int>& v) {
            std::string s;
            for (int l : v) s += (s.empty() ? "" : ", ") + std::to_string(l);
            return "[" + s + "]";
        };
        if (o.resolution > 0 && o.resolution != model.resolution)
            fixed("resolution", std::to_string(model.resolution), std::to_string(o.resolution));
        if (o.vqCodes > 0 && o.vqCodes != model.vq_codes)
            fixed("vq_codes", std::to_string(model.vq_codes), std::to_string(o.vqCodes));
        if (!layers.empty() && layers != model.pose_layers) fixed("pose_layers", list(model.pose_layers), list(layers));
        if (!o.vqVariant.isEmpty() && o.vqVariant.toStdString() != core::toString(model.vq_variant))
            fixed("vq_variant", core::toString(model.vq_variant), o.vqVariant.toStdString());
        if (!o.name.isEmpty() && !o.resume) model.name = o.name.toStdString();
        return;
    }
    if (!o.name.isEmpty()) model.name = o.name.toStdString();
    if (o.resolution > 0) model.resolution = o.resolution;
    if (o.vqCodes > 0) model.vq_codes = o.vqCodes;
    if (!layers.empty()) model.pose_layers = layers;
    if (!o.vqVariant.isEmpty()) model.vq_variant = core::vqVariantFromString(o.vqVariant.toStdString());
    model.validate();
}

void appendLog(const QString& path, const json::Value& line)
{
    QFile f(path);
    if (f.open(QIODevice::Append | QIODevice::Text)) f.write(QByteArray::fromStdString(line.dump() + "\n"));
}

}  // namespace

TrainingRun::TrainingRun(TrainingOptions options) : options_(std::move(options)) {}
TrainingRun::~TrainingRun() = default;

QString TrainingRun::run(const ProgressCallback& progress)
{
    const auto& o = options_;
    TrainingProgress p;
    auto report = [&](const QString& phase, const QString& message) {
        p.phase = phase;
        p.message = message;
        if (progress) progress(p);
    };
    if (o.out.isEmpty()) throw std::runtime_error("no output directory given (--out)");
    if (o.data.isEmpty() && !o.resume) throw std::runtime_error("no training data given (--data DIR|ZIP|toyfaces)");
    if (o.kimg < 0 || o.minutes < 0) throw std::runtime_error("the budget (--kimg / --minutes) must not be negative");
    QDir().mkpath(o.out);
    if (!QFileInfo(o.out).isDir()) throw std::runtime_error(o.out.toStdString() + ": cannot create the run directory");
    const QString bundlePath = QDir(o.out).filePath("model.pivq");
    const QString logPath = QDir(o.out).filePath("log.jsonl");
    QDir(o.out).mkpath("samples");
    removeStaleTemporaries(o.out);

    if (o.threads >= 0) core::configureThreads(o.threads);
    const torch::Device device = core::selectDevice(o.device.toStdString());

    // Configs: a resumed run reads them from its own checkpoint; a fine-tune from the
    // bundle it starts from; otherwise from the preset / files given.
    core::ModelConfig model;
    core::TrainConfig train;
    io::Bundle start;
    bool haveStart = false;
    json::Value record = json::Value::object();
    try {
        if (o.resume || !o.initFrom.isEmpty()) {
            const QString from = o.resume ? bundlePath : o.initFrom;
            if (o.resume && !QFileInfo::exists(bundlePath))
                throw std::runtime_error(bundlePath.toStdString() +
                                         ": nothing to resume (no checkpoint in the run directory)");
            start = io::loadBundle(from.toStdString(), true);
            haveStart = true;
            model = start.config;
            record = start.training_record;
            if (const auto* tc = record.find("train_config")) train = core::TrainConfig::fromJson(*tc);
        } else if (!o.modelConfig.isEmpty()) {
            model = parseFile(o.modelConfig, "model config",
                              [](const std::string& t) { return core::ModelConfig::fromJsonText(t); });
        } else {
            model = core::preset(o.preset.toStdString());
        }
        applyOverrides(model, o, haveStart);
        if (!o.trainConfig.isEmpty())
            train = parseFile(o.trainConfig, "training config", [](const std::string& t) {
                try {
                    return core::TrainConfig::fromJson(json::parse(t));
                } catch (const json::Error& e) {
                    throw std::invalid_argument(std::string("training config: ") + e.what());
                }
            });
        if (o.batch > 0) train.batch = o.batch;
        if (o.seed >= 0) train.seed = o.seed;
        if (!o.lpipsWeights.isEmpty()) {
            train.lpips_weights = o.lpipsWeights.toStdString();
            if (train.perceptual == "auto") train.perceptual = "lpips";
        }
        train.validate();
    } catch (const io::IoError& e) {
        throw std::runtime_error(e.what());
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(e.what());
    } catch (const json::Error& e) {
        throw std::runtime_error(std::string("training config: ") + e.what());
    }

    // Data.
    QString data = o.data;
    if (data.isEmpty()) {
        if (const auto* d = record.find("data")) data = QString::fromStdString(d->asString("data"));
    }
    report("data", QObject::tr("loading %1").arg(data));
    std::optional<io::ImageDataset> loaded;
    try {
        if (data == "toyfaces") {
            loaded = io::ImageDataset::fromImages(
                io::toyfaces::renderBatch(static_cast<uint64_t>(train.seed), 0, o.toyfacesCount, model.resolution));
        } else {
            loaded = io::ImageDataset::open(
                data.toStdString(), model.resolution,
                [&](int64_t done, int64_t total) {
                    report("data", QObject::tr("decoding images %1 / %2").arg(done).arg(total));
                },
                [&] { return stop_.load(); }, o.cacheDir.toStdString());
        }
    } catch (const io::IoError&) {
        if (!stop_) throw;
        report("stopped", QObject::tr("stopped while loading the data; nothing was trained"));
        return QString();
    }
    if (stop_) {
        report("stopped", QObject::tr("stopped while loading the data; nothing was trained"));
        return QString();
    }
    const io::ImageDataset& dataset = *loaded;
    if (dataset.size() < 2) throw std::runtime_error(data.toStdString() + ": at least two usable images are needed");
    const auto& dr = dataset.report();
    QString dataMsg = QObject::tr("%1 images").arg(dataset.size());
    if (dr.skipped > 0) {
        dataMsg += QObject::tr(", %1 skipped").arg(dr.skipped);
        for (const auto& s : dr.first_skipped) dataMsg += "\n  " + QString::fromStdString(s);
    }
    report("data", dataMsg);

    // Networks.
    core::NamedTensors lpips;
    if (!train.lpips_weights.empty()) {
        try {
            lpips = io::readSafetensors(
                readText(QString::fromStdString(train.lpips_weights), "LPIPS weights", qint64(512) << 20), nullptr, {},
                train.lpips_weights);
        } catch (const io::IoError& e) {
            throw std::runtime_error(e.what());
        }
    }
    core::Trainer trainer(model, train, device, core::makePerceptual(train, lpips));
    p.perceptual = QString::fromStdString(trainer.perceptual().name());
    // images_seen and wall_time_s describe one span: from the last fresh start of the
    // trainer's counters. A fine-tune from a bundle without training state starts them at
    // zero, so the bundle's figures move into earlier_images_seen / earlier_wall_time_s.
    const auto number = [&record](const char* key) {
        const auto* v = record.find(key);
        return v && v->isNumber() ? v->asNumber() : 0.0;
    };
    double wallBefore = number("wall_time_s");
    if (haveStart) {
        try {
            trainer.loadWeights(start.weights);
            if (!start.training.empty())
                trainer.loadTrainingState(start.training);
            else
                core::loadState(*trainer.g, start.weights, "g_ema.");  // no raw G saved: continue from the average
        } catch (const std::invalid_argument& e) {
            throw std::runtime_error(std::string("cannot continue from the checkpoint: ") + e.what());
        }
        if (start.training.empty()) {
            record["earlier_images_seen"] = static_cast<int64_t>(number("earlier_images_seen") + number("images_seen"));
            record["earlier_wall_time_s"] = number("earlier_wall_time_s") + wallBefore;
            wallBefore = 0.0;
        }
    }
    auto palettes = haveStart ? start.palettes : std::map<int, std::vector<io::PaletteEntry>>{};
    for (int l : model.pose_layers)
        if (!palettes.count(l)) palettes[l] = io::defaultPalette(model.vq_codes);
    start = io::Bundle();  // free the copy of the weights

    // Fixed sample pairs: the first four images as identities, the next four as poses.
    const int64_t ns = std::min<int64_t>(4, dataset.size() / 2);
    std::vector<int64_t> idIdx, poseIdx;
    for (int64_t i = 0; i < ns; ++i) {
        idIdx.push_back(i);
        poseIdx.push_back(ns + i);
    }
    const auto sampleIds = dataset.batch(idIdx).to(device);
    const auto samplePoses = dataset.batch(poseIdx).to(device);

    const int64_t startImages = trainer.imagesSeen();
    p.startStep = trainer.steps();
    p.startImages = startImages;
    p.step = trainer.steps();
    p.imagesSeen = startImages;
    p.batch = train.batch;
    p.codesTotal = static_cast<int>(model.pose_layers.size()) * (model.hasVq() ? model.vq_codes : 0);
    const int64_t targetImages = o.kimg > 0 ? startImages + static_cast<int64_t>(o.kimg * 1000.0) : 0;
    const auto t0 = Clock::now();
    auto lastCheckpoint = Clock::now(), lastSample = Clock::now() - std::chrono::hours(1);
    double pausedSeconds = 0;
    QString lastSampleFile;

    auto writeSamples = [&]() -> cv::Mat {
        auto grid = core::swapGrid(trainer.g_ema, trainer.e, sampleIds, samplePoses);
        cv::Mat img = io::fromTensor(grid);
        lastSampleFile =
            QDir(o.out).filePath(QString("samples/%1.png").arg(trainer.imagesSeen() / 1000, 6, 10, QChar('0')));
        io::saveRgb(lastSampleFile.toStdString(), img);
        p.samples = lastSampleFile;
        p.samplesStep = trainer.steps();
        return img;
    };
    int64_t savedStep = -1;
    auto saveCheckpoint = [&](bool final) {
        if (savedStep == trainer.steps() && QFileInfo::exists(bundlePath)) {  // just written
            if (!final) report("saved", QString());
            return;
        }
        report("checkpoint", QObject::tr("writing %1").arg(bundlePath));
        io::Bundle b;
        b.config = trainer.modelConfig();
        b.palettes = palettes;
        b.weights = trainer.weights();
        b.training = trainer.trainingState();
        b.preview = writeSamples();
        json::Value rec = record;
        rec["data"] = data.toStdString();
        rec["images"] = static_cast<int64_t>(dataset.size());
        rec["steps"] = trainer.steps();
        rec["images_seen"] = trainer.imagesSeen();
        rec["wall_time_s"] = wallBefore + seconds(t0) - pausedSeconds;
        rec["perceptual"] = trainer.perceptual().name();
        rec["train_config"] = trainer.trainConfig().toJson();
        rec["git_commit"] = gitCommit();
        rec["device"] = core::deviceName(device);
        rec["threads"] = at::get_num_threads();
        rec["codes_in_use"] = trainer.codesInUse();
        rec["updated"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
        b.training_record = rec;
        io::saveBundle(bundlePath.toStdString(), b);
        p.checkpoint = bundlePath;
        p.checkpointStep = trainer.steps();
        lastCheckpoint = Clock::now();
        savedStep = trainer.steps();
        report("saved", QString());
    };

    // Training loop.
    int64_t cursor = 0;
    torch::Tensor order = torch::randperm(dataset.size(), torch::kLong);
    double emaRate = 0;
    auto lastStepEnd = Clock::now();
    report("training", QObject::tr("training on %1 with %2 threads (%3)")
                           .arg(QString::fromStdString(core::deviceName(device)))
                           .arg(at::get_num_threads())
                           .arg(p.perceptual));
    for (;;) {
        if (stop_) break;
        if (checkpointNow_.exchange(false)) saveCheckpoint(false);
        if (targetImages > 0 && trainer.imagesSeen() >= targetImages) break;
        if (o.minutes > 0 && seconds(t0) - pausedSeconds >= o.minutes * 60.0) break;
        if (paused_) {
            const auto w0 = Clock::now();
            report("paused", QObject::tr("paused"));
            while (paused_ && !stop_ && !checkpointNow_) std::this_thread::sleep_for(std::chrono::milliseconds(50));
            pausedSeconds += seconds(w0);
            lastStepEnd = Clock::now();
            continue;
        }
        std::vector<int64_t> idx;
        for (int i = 0; i < train.batch; ++i) {
            if (cursor >= order.size(0)) {
                order = torch::randperm(dataset.size(), torch::kLong);
                cursor = 0;
            }
            idx.push_back(order[cursor++].item<int64_t>());
        }
        torch::Tensor real = dataset.batch(idx);
        if (o.faultNanAtStep > 0 && trainer.steps() + 1 == o.faultNanAtStep)
            real = torch::full_like(real, std::numeric_limits<float>::quiet_NaN());
        const auto st = trainer.step(real);
        if (!st.finite) {
            const QString msg = QObject::tr(
                                    "a loss became NaN or Inf at step %1; stopped without saving. The last good "
                                    "checkpoint is %2")
                                    .arg(trainer.steps() + 1)
                                    .arg(QFileInfo::exists(bundlePath) ? bundlePath : QObject::tr("(none yet)"));
            report("failed", msg);
            appendLog(logPath, [&] {
                json::Value v = json::Value::object();
                v["event"] = "nan";
                v["step"] = trainer.steps() + 1;
                return v;
            }());
            throw std::runtime_error(msg.toStdString());
        }
        const double dt = std::max(1e-6, seconds(lastStepEnd));
        lastStepEnd = Clock::now();
        const double rate = train.batch / dt;
        emaRate = emaRate == 0 ? rate : 0.9 * emaRate + 0.1 * rate;
        p.step = trainer.steps();
        p.imagesSeen = trainer.imagesSeen();
        p.imagesTotal = targetImages;
        p.imgPerSec = emaRate;
        p.elapsedSeconds = seconds(t0) - pausedSeconds;
        p.losses.clear();
        for (const auto& kv : st.losses) p.losses[QString::fromStdString(kv.first)] = kv.second;
        p.msD = st.ms_d;
        p.msG = st.ms_g;
        p.msE = st.ms_e;
        p.codeUsage = trainer.codeUsage();
        p.codesInUse = trainer.codesInUse();
        if (targetImages > 0) {
            p.fraction = double(p.imagesSeen - startImages) / double(targetImages - startImages);
            p.etaSeconds = double(targetImages - p.imagesSeen) / std::max(1e-6, emaRate);
        } else if (o.minutes > 0) {
            p.fraction = p.elapsedSeconds / (o.minutes * 60.0);
            p.etaSeconds = o.minutes * 60.0 - p.elapsedSeconds;
        }
        report("training", QString());
        if (trainer.steps() % 10 == 0) {
            json::Value v = json::Value::object();
            v["step"] = trainer.steps();
            v["images_seen"] = trainer.imagesSeen();
            v["img_per_s"] = emaRate;
            v["codes_in_use"] = p.codesInUse;
            for (const auto& kv : st.losses) v[kv.first] = kv.second;
            appendLog(logPath, v);
        }
        if (seconds(lastSample) >= o.sampleMinutes * 60.0) {
            writeSamples();
            lastSample = Clock::now();
        }
        if (seconds(lastCheckpoint) >= o.checkpointMinutes * 60.0) saveCheckpoint(false);
    }
    saveCheckpoint(true);
    report(stop_ ? "stopped" : "done", QObject::tr("%1 steps, %2 images seen; checkpoint %3")
                                           .arg(trainer.steps())
                                           .arg(trainer.imagesSeen())
                                           .arg(bundlePath));
    return bundlePath;
}

}  // namespace pivq::service
