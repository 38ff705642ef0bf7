#include "engine/service/engine_service.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <deque>
#include <future>
#include <mutex>
#include <new>
#include <optional>
#include <stdexcept>

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

// Out of memory reads the same whichever allocator ran out: C++'s, LibTorch's CPU or CUDA one.
bool outOfMemory(const std::exception& e)
{
    if (dynamic_cast<const std::bad_alloc*>(&e)) return true;
    const std::string what = e.what();
    return what.find("can't allocate memory") != std::string::npos ||
           what.find("out of memory") != std::string::npos;
}

QString text(const std::exception& e)
{
    if (outOfMemory(e))
        return QObject::tr("out of memory (the model or the images need more memory than is free; close other "
                           "programs, or use a smaller model or the CPU)");
    return QString::fromStdString(e.what());
}

// 255 = a mean error of a quarter of the full scale: small errors stay visible.
constexpr double kErrorMapGain = 4.0;

// A refinement slice runs steps for about this long, so a render waits at most that (or
// one step, when a step takes longer).
constexpr qint64 kRefineSliceMs = 60;

core::Source sourceOf(SourceSlot slot)
{
    return static_cast<core::Source>(static_cast<int>(slot));
}

// Runs `fn` on the engine thread (at once when already there) and returns its value.
template <class T>
T onEngineThread(QThread* thread, QObject* context, const std::function<T()>& fn)
{
    if (QThread::currentThread() == thread) return fn();
    T value{};
    QMetaObject::invokeMethod(
        context, [&] { value = fn(); }, Qt::BlockingQueuedConnection);
    return value;
}
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
    std::atomic<quint64>* encodes = nullptr;              // the service's counter
    const std::atomic<quint64>* cancelUpTo = nullptr;     // refinements up to this stamp are cancelled
    std::function<void(const RefineProgress&)> progress;  // emit refineProgress
    std::function<void(const RefineResult&)> finished;    // emit refineFinished
    std::function<int()> takeFault;                       // 0, or 1 + the Fault of an injected fault

    // What each session source holds now, to skip re-encoding an unchanged input. Refined
    // latents stay with the key they were refined under.
    struct SourceKey {
        LatentSource::Kind kind = LatentSource::Kind::None;
        qint64 image = 0;
        QString path;
        qint64 modified = 0, size = 0;
        quint64 seed = 0;
        double psi = 0;
        QVector<float> latents;
        bool operator==(const SourceKey& o) const
        {
            return kind == o.kind && image == o.image && path == o.path && modified == o.modified && size == o.size &&
                   seed == o.seed && psi == o.psi && latents == o.latents;
        }
    };
    SourceKey keys[4];

    // Refinements in the order asked; the front one runs (one slice per queued call).
    struct RefineJob {
        quint64 stamp = 0;
        RefineRequest request;
        std::function<void(const RefineResult&)> done;  // refineSync's waiter; empty: by signal
        bool cancelled = false;                         // by a revert
        std::optional<core::RefineState> state;         // once started
        RefineResult result;
        qint64 ns = 0;  // engine time so far
    };
    std::deque<RefineJob> refines;
    bool slicePosted = false;
    bool stopping = false;

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
        info.numWs = cfg.numWs();
        info.wDim = cfg.w_dim;
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
            abortRefines(QObject::tr("another model was loaded"));
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
        abortRefines(QObject::tr("the model was unloaded"));
        model.reset();
        resetKeys();
        return info();
    }

    EngineInfo configure(const EngineOptions& o)
    {
        abortRefines(QObject::tr("the engine was reconfigured"));
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
            case LatentSource::Kind::Latents:
                key.image = src.image.isNull() ? 0 : src.image.cacheKey();
                key.latents = src.latents;
                break;
        }
        SourceKey& held = keys[static_cast<int>(slot)];
        if (held == key) return;
        const std::string name = std::string(core::sourceName(slot)) + " image";
        const int r = model->config.resolution;
        const int64_t encodedBefore = s.encodeCount();
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
            case LatentSource::Kind::Latents: {
                const auto& cfg = model->config;
                const int n_ws = cfg.numWs(), w_dim = cfg.w_dim;
                if (src.latents.size() != n_ws * w_dim)
                    throw std::invalid_argument(std::string(core::sourceName(slot)) + " latents: expected " +
                                                std::to_string(n_ws * w_dim) + " values (" + std::to_string(n_ws) +
                                                " rows of " + std::to_string(w_dim) + "), got " +
                                                std::to_string(src.latents.size()));
                auto ws = torch::from_blob(const_cast<float*>(src.latents.constData()), {1, n_ws, w_dim},
                                           torch::kFloat32)
                              .clone();  // [1,num_ws,w_dim]
                torch::Tensor img;
                if (!src.image.isNull()) img = io::toTensor(io::squareResize(io::rgbFromQImage(src.image, name), r));
                s.setLatents(slot, ws, img);
                break;
            }
        }
        held = key;
        if (encodes) *encodes += static_cast<quint64>(s.encodeCount() - encodedBefore);
    }

    // G(latents) of a reconstruction, its error map and error, as the results carry them.
    static void fillReconstruction(const core::Reconstruction& rec, QImage& image, QImage& errorMap, double& mse,
                                   double& psnr)
    {
        image = imageOf(rec.image);
        if (!rec.error_map.defined()) return;
        auto map = rec.error_map.contiguous();
        const cv::Mat m(static_cast<int>(map.size(0)), static_cast<int>(map.size(1)), CV_32F, map.data_ptr<float>());
        errorMap = io::grayFromMap(m, kErrorMapGain);
        psnr = rec.psnr;
        mse = rec.mse;
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
            if (const int fault = takeFault ? takeFault() : 0) {
                if (fault == 1 + static_cast<int>(EngineService::Fault::OutOfMemory)) throw std::bad_alloc();
                throw std::runtime_error("an injected engine fault");
            }
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
                    fillReconstruction(rec, r.image, r.errorMap, r.mse, r.psnr);
                    if (req.wantMasks) r.masks = maskImages(rec.masks);
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

    // ---- refinement (engine thread only)

    RefineStatus status() const
    {
        RefineStatus st;
        if (!model) {
            st.error = QObject::tr("no model is loaded");
            return st;
        }
        for (int i = 0; i < 4; ++i) st.refined[i] = model->session->refined(static_cast<core::Source>(i));
        st.generatorTuned = model->session->generatorTuned();
        return st;
    }

    // Hands a finished job's result to its waiter or to refineFinished. With `measure` the
    // slot's reconstruction now goes in (not when the slot was replaced or the model went).
    void finishJob(RefineJob& job, const QString& error, bool cancelled, bool measure)
    {
        RefineResult& r = job.result;
        r.stamp = job.stamp;
        r.slot = job.request.slot;
        r.error = error;
        r.cancelled = cancelled && error.isEmpty();
        if (job.state) {
            r.stepsDone = job.state->stepsDone();
            r.steps = job.state->totalSteps();
        }
        if (measure && model && job.state) {
            try {
                const auto rec = model->session->reconstruct(sourceOf(job.request.slot));
                fillReconstruction(rec, r.reconstruction, r.errorMap, r.mseAfter, r.psnrAfter);
            } catch (const std::exception&) {
                r.reconstruction = QImage();
                r.errorMap = QImage();
            }
        }
        if (model) r.generatorTuned = model->session->generatorTuned();
        r.refineMs = static_cast<double>(job.ns) / 1e6;
        if (job.done)
            job.done(r);
        else if (finished && !stopping)
            finished(r);
    }

    // Ends every refinement with an error before the model or the device changes; what the
    // running one reached stays in the session (until the model goes).
    void abortRefines(const QString& why)
    {
        while (!refines.empty()) {
            RefineJob job = std::move(refines.front());
            refines.pop_front();
            finishJob(job, QObject::tr("refinement stopped: %1").arg(why), false, false);
        }
    }

    // Finishes the cancelled jobs now (a revert is about to change what they refined).
    void settleCancelled()
    {
        for (auto it = refines.begin(); it != refines.end();) {
            if (it->cancelled || it->stamp <= cancelUpTo->load()) {
                RefineJob job = std::move(*it);
                it = refines.erase(it);
                finishJob(job, {}, true, true);
            } else {
                ++it;
            }
        }
    }

    // One slice of `job`: the start (apply the source, measure) and steps for about
    // kRefineSliceMs. Returns true when the job has finished and its result was handed on.
    bool sliceJob(RefineJob& job)
    {
        QElapsedTimer timer;
        timer.start();
        auto spent = [&] { job.ns += timer.nsecsElapsed(); };
        try {
            if (!model) throw std::runtime_error(QObject::tr("no model is loaded").toStdString());
            if (job.cancelled || job.stamp <= cancelUpTo->load()) {
                spent();
                finishJob(job, {}, true, true);
                return true;
            }
            auto& s = *model->session;
            const core::Source src = sourceOf(job.request.slot);
            if (!job.state) {
                const auto& req = job.request;
                if (!req.source.isSet())
                    throw std::invalid_argument(std::string("nothing to refine: no ") + core::sourceName(src) +
                                                " image is given");
                applySource(src, req.source);
                core::RefineOptions o;
                o.steps = req.steps;
                o.lr = req.lr;
                o.tune_generator = req.tuneGenerator;
                o.generator_steps = req.generatorSteps;
                o.generator_lr = req.generatorLr;
                o.pose_rows = req.poseRows == RefinePoseRows::Refine ? core::PoseRows::Refine
                              : req.poseRows == RefinePoseRows::Keep ? core::PoseRows::Keep
                                                                     : core::PoseRows::Auto;
                job.state.emplace(s.beginRefine(src, o));
                job.result.mseBefore = job.state->mseBefore();
                job.result.psnrBefore = job.state->psnrBefore();
            }
            auto& st = *job.state;
            bool more = true;
            do {
                more = s.refineStep(st, 1);
            } while (more && timer.elapsed() < kRefineSliceMs);
            spent();
            if (!job.done && progress && !st.history().empty()) {
                const auto& last = st.history().back();
                RefineProgress p;
                p.stamp = job.stamp;
                p.slot = job.request.slot;
                p.step = st.stepsDone();
                p.steps = st.totalSteps();
                p.generatorPhase = last.generator;
                p.loss = last.loss;
                p.mse = last.mse;
                p.psnr = last.psnr;
                p.reconstruction = imageOf(st.lastImage());
                progress(p);
            }
            if (more) return false;
            finishJob(job, {}, false, true);
        } catch (const std::invalid_argument& e) {
            // Bad request, or the slot was replaced meanwhile: nothing of it to measure.
            spent();
            finishJob(job, text(e), false, false);
        } catch (const std::exception& e) {
            spent();
            finishJob(job, text(e), false, true);  // e.g. a non-finite loss: the last finite state is kept
        } catch (...) {
            spent();
            finishJob(job, QObject::tr("unexpected error while refining"), false, false);
        }
        return true;
    }

    // One slice of the front job; true while jobs remain.
    bool sliceQueue()
    {
        if (refines.empty()) return false;
        if (sliceJob(refines.front())) refines.pop_front();
        return !refines.empty();
    }

    RefineStatus revert(SourceSlot slot)
    {
        for (auto& job : refines)
            if (job.request.slot == slot) job.cancelled = true;
        settleCancelled();
        if (model) model->session->revertRefinement(sourceOf(slot));
        return status();
    }

    RefineStatus revertTuning()
    {
        for (auto& job : refines)
            if (job.request.tuneGenerator) job.cancelled = true;
        settleCancelled();
        if (model) model->session->revertGeneratorTuning();
        return status();
    }

    QVector<float> latents(SourceSlot slot) const
    {
        QVector<float> out;
        if (!model) return out;
        auto ws = model->session->latents(sourceOf(slot));
        if (!ws.defined()) return out;
        ws = ws.to(torch::kCPU, torch::kFloat32).contiguous();  // [1,num_ws,w_dim]
        out.resize(static_cast<int>(ws.numel()));
        std::copy(ws.data_ptr<float>(), ws.data_ptr<float>() + ws.numel(), out.begin());
        return out;
    }
};

EngineService::EngineService(const EngineOptions& options, QObject* parent)
    : QObject(parent), worker_(std::make_unique<Worker>()), queue_(std::make_unique<Queue>())
{
    qRegisterMetaType<EngineInfo>();
    qRegisterMetaType<RenderResult>();
    qRegisterMetaType<RefineProgress>();
    qRegisterMetaType<RefineResult>();
    qRegisterMetaType<RefineStatus>();
    worker_->options = options;
    worker_->encodes = &encodes_;
    worker_->cancelUpTo = &cancelUpTo_;
    worker_->progress = [this](const RefineProgress& p) { Q_EMIT refineProgress(p); };
    worker_->finished = [this](const RefineResult& r) { Q_EMIT refineFinished(r); };
    worker_->takeFault = [this] {
        int n = faultCount_.load();
        while (n > 0 && !faultCount_.compare_exchange_weak(n, n - 1)) {
        }
        return n > 0 ? 1 + faultKind_.load() : 0;
    };
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
    // Release the networks on the thread that owns them, then stop it. Refinements still
    // waiting end with an error (a refineSync waiter on another thread gets it; no signals).
    QMetaObject::invokeMethod(
        context_,
        [w = worker_.get()] {
            w->stopping = true;
            w->abortRefines(QObject::tr("the engine was shut down"));
            w->model.reset();
        },
        Qt::BlockingQueuedConnection);
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

// ---- refinement

RefineStatus EngineService::callStatus(const std::function<RefineStatus()>& fn)
{
    return onEngineThread<RefineStatus>(thread_, context_, fn);
}

void EngineService::postRefineSlice()
{
    QMetaObject::invokeMethod(
        context_, [this] { refineSlice(); }, Qt::QueuedConnection);
}

void EngineService::refineSlice()
{
    // Runs on the engine thread, one slice per event: renders and other calls queued
    // meanwhile run between slices.
    Worker& w = *worker_;
    w.slicePosted = false;
    if (w.stopping) return;
    if (w.sliceQueue()) {
        w.slicePosted = true;
        postRefineSlice();
    }
}

quint64 EngineService::refine(const RefineRequest& request)
{
    const quint64 stamp = ++refineStamp_;
    QMetaObject::invokeMethod(
        context_,
        [this, stamp, request] {
            Worker& w = *worker_;
            if (w.stopping) return;
            Worker::RefineJob job;
            job.stamp = stamp;
            job.request = request;
            w.refines.push_back(std::move(job));
            if (!w.slicePosted) {
                w.slicePosted = true;
                postRefineSlice();
            }
        },
        Qt::QueuedConnection);
    return stamp;
}

RefineResult EngineService::refineSync(const RefineRequest& request)
{
    const quint64 stamp = ++refineStamp_;
    Worker::RefineJob job;
    job.stamp = stamp;
    job.request = request;
    if (QThread::currentThread() == thread_) {
        // On the engine thread: no waiting possible, run it to the end here.
        RefineResult result;
        job.done = [&](const RefineResult& r) { result = r; };
        while (!worker_->sliceJob(job)) {
        }
        return result;
    }
    // Shared: the engine thread may still be inside set_value when get() returns here.
    auto promise = std::make_shared<std::promise<RefineResult>>();
    auto future = promise->get_future();
    job.done = [promise](const RefineResult& r) { promise->set_value(r); };
    QMetaObject::invokeMethod(
        context_,
        [this, &job] {
            Worker& w = *worker_;
            if (w.stopping) {
                w.finishJob(job, QObject::tr("the engine was shut down"), false, false);
                return;
            }
            w.refines.push_back(std::move(job));
            if (!w.slicePosted) {
                w.slicePosted = true;
                postRefineSlice();
            }
        },
        Qt::BlockingQueuedConnection);
    return future.get();
}

void EngineService::injectRenderFault(Fault fault, int count)
{
    faultKind_ = static_cast<int>(fault);
    faultCount_ = std::max(0, count);
}

void EngineService::cancelRefine()
{
    const quint64 upTo = refineStamp_.load();
    quint64 now = cancelUpTo_.load();
    while (now < upTo && !cancelUpTo_.compare_exchange_weak(now, upTo)) {
    }
}

void EngineService::revertRefinement(SourceSlot slot)
{
    QMetaObject::invokeMethod(
        context_, [this, slot] { Q_EMIT refineStatusReady(worker_->revert(slot)); }, Qt::QueuedConnection);
}

RefineStatus EngineService::revertRefinementSync(SourceSlot slot)
{
    return callStatus([&] { return worker_->revert(slot); });
}

void EngineService::revertGeneratorTuning()
{
    QMetaObject::invokeMethod(
        context_, [this] { Q_EMIT refineStatusReady(worker_->revertTuning()); }, Qt::QueuedConnection);
}

RefineStatus EngineService::revertGeneratorTuningSync()
{
    return callStatus([&] { return worker_->revertTuning(); });
}

RefineStatus EngineService::refineStatusSync()
{
    return callStatus([&] { return worker_->status(); });
}

QVector<float> EngineService::latentsSync(SourceSlot slot)
{
    return onEngineThread<QVector<float>>(thread_, context_, [&] { return worker_->latents(slot); });
}

}  // namespace pivq::service
