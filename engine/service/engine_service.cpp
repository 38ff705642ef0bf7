#include "engine/service/engine_service.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <mutex>
#include <optional>

#include "engine/core/edit_session.h"
#include "engine/core/runtime.h"
#include "engine/io/edit_model.h"
#include "engine/io/image.h"
#include "engine/io/masks.h"
#include "engine/io/qt_image.h"

namespace pivq::service {

namespace {
qint64 paramCount(const torch::nn::Module& m)
{
    qint64 n = 0;
    for (const auto& p : m.parameters()) n += p.numel();
    return n;
}

QString text(const std::exception& e)
{
    return QString::fromStdString(e.what());
}

// 255 = a mean error of a quarter of the full scale: small errors stay visible.
constexpr double kErrorMapGain = 4.0;
}  // namespace

// The pending request (latest wins) and whether a drain is queued on the engine thread.
struct EngineService::Queue {
    std::mutex mutex;
    std::optional<std::pair<quint64, RenderRequest>> pending;
    bool scheduled = false;
    bool stopping = false;
};

// Everything torch lives here and is touched only on the engine thread.
struct EngineService::Worker {
    EngineOptions options;
    int threads = 0;
    torch::Device device{torch::kCPU};
    QString deviceError;
    std::unique_ptr<io::EditModel> model;

    // What each session source holds now, to skip re-encoding an unchanged input.
    struct SourceKey {
        LatentSource::Kind kind = LatentSource::Kind::None;
        qint64 image = 0;
        QString path;
        qint64 modified = 0, size = 0;
        quint64 seed = 0;
        double psi = 0;
        bool operator==(const SourceKey& o) const
        {
            return kind == o.kind && image == o.image && path == o.path && modified == o.modified && size == o.size &&
                   seed == o.seed && psi == o.psi;
        }
    };
    SourceKey keys[4];

    void start()
    {
        threads = core::configureThreads(options.threads);
        deviceError.clear();
        try {
            device = core::selectDevice(options.device.toStdString());
        } catch (const std::exception& e) {
            deviceError = text(e);
            device = torch::kCPU;
        }
    }

    void resetKeys()
    {
        for (auto& k : keys) k = SourceKey();
    }

    EngineInfo info() const
    {
        EngineInfo info;
        info.threads = threads;
        info.device = QString::fromStdString(core::deviceName(device));
        info.torchVersion = QString::fromStdString(core::torchVersion());
        info.error = deviceError;
        if (!model) return info;
        const auto& cfg = model->config;
        info.modelName = QString::fromStdString(cfg.name);
        info.modelPath = QString::fromStdString(model->path);
        info.configJson = QString::fromStdString(cfg.toJson().dump(2));
        info.generatorParams = paramCount(*model->session->generator());
        info.encoderParams = paramCount(*model->session->encoder());
        info.resolution = cfg.resolution;
        info.classes = cfg.vq_codes;
        for (int l : model->session->maskLayers()) {
            info.maskLayers.push_back(l);
            info.maskSides[l] = model->session->maskSide(l);
            QVector<QRgb> colors;
            QStringList names;
            for (const auto& p : model->palettes.at(l)) {
                colors.push_back(qRgb(p.color[0], p.color[1], p.color[2]));
                names.push_back(QString::fromStdString(p.name));
            }
            info.palettes[l] = colors;
            info.classNames[l] = names;
        }
        return info;
    }

    // Builds a model; on failure the previous one stays and the info carries the error.
    EngineInfo replaceModel(const std::function<io::EditModel()>& build)
    {
        try {
            auto next = std::make_unique<io::EditModel>(build());
            model = std::move(next);
            resetKeys();
            return info();
        } catch (const std::exception& e) {
            EngineInfo i = info();
            i.error = text(e);
            return i;
        } catch (...) {
            EngineInfo i = info();
            i.error = QObject::tr("unexpected error while loading the model");
            return i;
        }
    }

    EngineInfo loadPreset(const QString& name)
    {
        return replaceModel([&] { return io::editModelFromPreset(name.toStdString(), device); });
    }

    EngineInfo loadModel(const QString& path)
    {
        return replaceModel([&] { return io::loadEditModel(path.toStdString(), device); });
    }

    EngineInfo unload()
    {
        model.reset();
        resetKeys();
        return info();
    }

    EngineInfo configure(const EngineOptions& o)
    {
        options = o;
        start();
        try {
            if (model) model->session->setDevice(device);
        } catch (const std::exception& e) {
            EngineInfo i = info();
            i.error = text(e);
            return i;
        }
        return info();
    }

    // Brings one session source in line with the request, encoding only what changed.
    void applySource(core::Source slot, const LatentSource& src)
    {
        auto& s = *model->session;
        SourceKey key;
        key.kind = src.kind;
        switch (src.kind) {
            case LatentSource::Kind::None:
                break;
            case LatentSource::Kind::Image:
                key.image = src.image.cacheKey();
                break;
            case LatentSource::Kind::File: {
                const QFileInfo fi(src.path);
                key.path = fi.absoluteFilePath();
                key.modified = fi.lastModified().toMSecsSinceEpoch();
                key.size = fi.size();
                break;
            }
            case LatentSource::Kind::Random:
                key.seed = src.seed;
                key.psi = src.psi;
                break;
        }
        SourceKey& held = keys[static_cast<int>(slot)];
        if (held == key) return;
        const std::string name = std::string(core::sourceName(slot)) + " image";
        const int r = model->config.resolution;
        switch (src.kind) {
            case LatentSource::Kind::None:
                s.clear(slot);
                break;
            case LatentSource::Kind::Image:
                s.setImage(slot, io::toTensor(io::squareResize(io::rgbFromQImage(src.image, name), r)));
                break;
            case LatentSource::Kind::File:
                if (src.path.isEmpty()) throw std::invalid_argument(name + ": no file given");
                s.setImage(slot, io::loadModelImage(src.path.toStdString(), r));
                break;
            case LatentSource::Kind::Random:
                s.setRandom(slot, src.seed, src.psi);
                break;
        }
        held = key;
    }

    QMap<int, QImage> maskImages(const std::map<int, torch::Tensor>& masks) const
    {
        QMap<int, QImage> out;
        for (const auto& kv : masks) out[kv.first] = io::maskToImage(kv.second, model->palettes.at(kv.first));
        return out;
    }

    static QImage imageOf(const torch::Tensor& t) { return io::qimageFromRgb(io::fromTensor(t)); }

    RenderResult render(const RenderRequest& req, quint64 stamp)
    {
        RenderResult r;
        r.stamp = stamp;
        QElapsedTimer timer;
        timer.start();
        try {
            if (!model) throw std::runtime_error("no model is loaded");
            auto& s = *model->session;
            applySource(core::Source::PoseA, req.pose);
            applySource(core::Source::PoseB, req.poseB);
            applySource(core::Source::IdentityA, req.identity);
            applySource(core::Source::IdentityB, req.identityB);
            s.setPoseT(req.poseT);
            s.setIdentityT(req.identityT);
            for (auto it = req.masks.begin(); it != req.masks.end(); ++it) s.maskSide(it.key());  // known layers only
            for (int l : s.maskLayers()) {
                auto it = req.masks.find(l);
                if (it == req.masks.end()) {
                    s.clearMask(l);
                    continue;
                }
                io::MaskSpec spec{l, s.maskSide(l), s.classes(), model->config.resolution, model->palettes.at(l)};
                s.setMask(l, io::maskFromImage(*it, spec, "edited mask"));
            }
            switch (req.output) {
                case RenderOutput::Swap: {
                    r.image = imageOf(s.render());
                    r.startLayer = s.lastRender().start_layer;
                    if (req.wantMasks) r.masks = maskImages(s.renderedMasks());
                    break;
                }
                case RenderOutput::ReconstructPose:
                case RenderOutput::ReconstructIdentity: {
                    const auto rec = s.reconstruct(
                        req.output == RenderOutput::ReconstructPose ? core::Source::PoseA : core::Source::IdentityA);
                    r.image = imageOf(rec.image);
                    if (req.wantMasks) r.masks = maskImages(rec.masks);
                    if (rec.error_map.defined()) {
                        auto map = rec.error_map.contiguous();
                        const cv::Mat m(static_cast<int>(map.size(0)), static_cast<int>(map.size(1)), CV_32F,
                                        map.data_ptr<float>());
                        r.errorMap = io::grayFromMap(m, kErrorMapGain);
                        r.psnr = rec.psnr;
                        r.mse = rec.mse;
                    }
                    break;
                }
                case RenderOutput::Sample: {
                    const auto smp = s.sample(req.sampleSeed, req.samplePsi);
                    r.image = imageOf(smp.image);
                    if (req.wantMasks) r.masks = maskImages(smp.masks);
                    break;
                }
            }
        } catch (const std::exception& e) {
            r.error = text(e);
        } catch (...) {
            r.error = QObject::tr("unexpected error while rendering");
        }
        if (!r.ok()) {
            r.image = QImage();
            r.masks.clear();
            r.errorMap = QImage();
        }
        r.renderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return r;
    }
};

EngineService::EngineService(const EngineOptions& options, QObject* parent)
    : QObject(parent), worker_(std::make_unique<Worker>()), queue_(std::make_unique<Queue>())
{
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<RenderResult>();
    worker_->options = options;
    thread_ = new QThread(this);
    thread_->setObjectName("pivq-engine");
    context_ = new QObject;
    context_->moveToThread(thread_);
    connect(thread_, &QThread::finished, context_, &QObject::deleteLater);
    thread_->start();
    QMetaObject::invokeMethod(
        context_, [w = worker_.get()] { w->start(); }, Qt::BlockingQueuedConnection);
}

EngineService::~EngineService()
{
    {
        std::lock_guard<std::mutex> lock(queue_->mutex);
        queue_->stopping = true;
        queue_->pending.reset();
    }
    // Release the networks on the thread that owns them, then stop it.
    QMetaObject::invokeMethod(
        context_, [w = worker_.get()] { w->model.reset(); }, Qt::BlockingQueuedConnection);
    thread_->quit();
    thread_->wait();
}

EngineInfo EngineService::callSync(const std::function<EngineInfo()>& fn)
{
    if (QThread::currentThread() == thread_) return fn();
    EngineInfo info;
    QMetaObject::invokeMethod(
        context_, [&] { info = fn(); }, Qt::BlockingQueuedConnection);
    return info;
}

void EngineService::loadPreset(const QString& name)
{
    QMetaObject::invokeMethod(
        context_, [this, name] { Q_EMIT infoReady(worker_->loadPreset(name)); }, Qt::QueuedConnection);
}

EngineInfo EngineService::loadPresetSync(const QString& name)
{
    return callSync([&] { return worker_->loadPreset(name); });
}

void EngineService::loadModel(const QString& bundlePath)
{
    QMetaObject::invokeMethod(
        context_, [this, bundlePath] { Q_EMIT infoReady(worker_->loadModel(bundlePath)); }, Qt::QueuedConnection);
}

EngineInfo EngineService::loadModelSync(const QString& bundlePath)
{
    return callSync([&] { return worker_->loadModel(bundlePath); });
}

void EngineService::unloadModel()
{
    QMetaObject::invokeMethod(
        context_, [this] { Q_EMIT infoReady(worker_->unload()); }, Qt::QueuedConnection);
}

EngineInfo EngineService::unloadModelSync()
{
    return callSync([&] { return worker_->unload(); });
}

void EngineService::configure(const EngineOptions& options)
{
    QMetaObject::invokeMethod(
        context_, [this, options] { Q_EMIT infoReady(worker_->configure(options)); }, Qt::QueuedConnection);
}

EngineInfo EngineService::configureSync(const EngineOptions& options)
{
    return callSync([&] { return worker_->configure(options); });
}

EngineInfo EngineService::infoSync()
{
    return callSync([&] { return worker_->info(); });
}

quint64 EngineService::requestRender(const RenderRequest& request)
{
    const quint64 stamp = ++stamp_;
    bool post = false;
    {
        std::lock_guard<std::mutex> lock(queue_->mutex);
        if (queue_->stopping) return stamp;
        queue_->pending.emplace(stamp, request);  // replaces an older waiting request
        if (!queue_->scheduled) post = queue_->scheduled = true;
    }
    if (post)
        QMetaObject::invokeMethod(
            context_, [this] { drain(); }, Qt::QueuedConnection);
    return stamp;
}

void EngineService::drain()
{
    // Runs on the engine thread: one render per event, so that queued model loads and
    // synchronous calls interleave with a long run of requests.
    std::optional<std::pair<quint64, RenderRequest>> job;
    {
        std::lock_guard<std::mutex> lock(queue_->mutex);
        if (queue_->stopping || !queue_->pending) {
            queue_->scheduled = false;
            return;
        }
        job.swap(queue_->pending);
    }
    const RenderResult result = worker_->render(job->second, job->first);
    ++renders_;
    Q_EMIT renderReady(result);
    bool again = false;
    {
        std::lock_guard<std::mutex> lock(queue_->mutex);
        again = queue_->pending.has_value() && !queue_->stopping;
        if (!again) queue_->scheduled = false;
    }
    if (again)
        QMetaObject::invokeMethod(
            context_, [this] { drain(); }, Qt::QueuedConnection);
}

RenderResult EngineService::renderSync(const RenderRequest& request)
{
    const quint64 stamp = ++stamp_;
    RenderResult result;
    auto run = [&] {
        result = worker_->render(request, stamp);
        ++renders_;
    };
    if (QThread::currentThread() == thread_)
        run();
    else
        QMetaObject::invokeMethod(context_, run, Qt::BlockingQueuedConnection);
    return result;
}

}  // namespace pivq::service
