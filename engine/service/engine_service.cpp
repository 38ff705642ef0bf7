#include "engine/service/engine_service.h"

#include <QThread>

#include "engine/core/discriminator.h"
#include "engine/core/encoder.h"
#include "engine/core/generator.h"
#include "engine/core/runtime.h"

namespace pivq::service {

namespace {
qint64 paramCount(const torch::nn::Module& m)
{
    qint64 n = 0;
    for (const auto& p : m.parameters()) n += p.numel();
    return n;
}
}  // namespace

// Everything torch lives here and is touched only on the engine thread.
struct EngineService::Worker {
    EngineOptions options;
    int threads = 0;
    torch::Device device{torch::kCPU};
    QString deviceError;
    core::Generator generator{nullptr};
    core::Encoder encoder{nullptr};

    void start()
    {
        threads = core::configureThreads(options.threads);
        try {
            device = core::selectDevice(options.device.toStdString());
        } catch (const std::exception& e) {
            deviceError = QString::fromStdString(e.what());
            device = torch::kCPU;
        }
    }

    EngineInfo load(const QString& name)
    {
        EngineInfo info;
        info.threads = threads;
        info.device = QString::fromStdString(core::deviceName(device));
        info.torchVersion = QString::fromStdString(core::torchVersion());
        info.error = deviceError;
        try {
            const auto cfg = core::preset(name.toStdString());
            core::Generator g(cfg);
            core::Encoder e(cfg);
            g->to(device);
            e->to(device);
            g->eval();
            e->eval();
            generator = g;
            encoder = e;
            info.modelName = QString::fromStdString(cfg.name);
            info.configJson = QString::fromStdString(cfg.toJson().dump(2));
            info.generatorParams = paramCount(*g);
            info.encoderParams = paramCount(*e);
        } catch (const std::exception& e) {
            info.error = QString::fromStdString(e.what());
        }
        return info;
    }
};

EngineService::EngineService(const EngineOptions& options, QObject* parent)
    : QObject(parent), worker_(std::make_unique<Worker>())
{
    qRegisterMetaType<EngineInfo>();
    worker_->options = options;
    thread_ = new QThread(this);
    thread_->setObjectName("pivq-engine");
    context_ = new QObject;
    context_->moveToThread(thread_);
    connect(thread_, &QThread::finished, context_, &QObject::deleteLater);
    thread_->start();
    QMetaObject::invokeMethod(context_, [w = worker_.get()] { w->start(); }, Qt::BlockingQueuedConnection);
}

EngineService::~EngineService()
{
    // Release the networks on the thread that owns them, then stop it.
    QMetaObject::invokeMethod(context_, [w = worker_.get()] {
        w->generator = nullptr;
        w->encoder = nullptr;
    }, Qt::BlockingQueuedConnection);
    thread_->quit();
    thread_->wait();
}

void EngineService::loadPreset(const QString& name)
{
    QMetaObject::invokeMethod(context_, [this, name] {
        const EngineInfo info = worker_->load(name);
        Q_EMIT infoReady(info);
    }, Qt::QueuedConnection);
}

EngineInfo EngineService::loadPresetSync(const QString& name)
{
    EngineInfo info;
    QMetaObject::invokeMethod(context_, [&] { info = worker_->load(name); }, Qt::BlockingQueuedConnection);
    return info;
}

}  // namespace pivq::service
