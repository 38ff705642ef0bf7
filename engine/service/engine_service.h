// The engine's Qt facade: owns the networks on its own thread and answers in Qt types.
// No torch header here, so ui/ can include it.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace pivq::service {

struct EngineOptions {
    int threads = 0;          // LibTorch intra-op threads; 0: PIVQ_THREADS or all cores
    QString device = "auto";  // auto | cpu | cuda
};

// What the engine runs on and which model it holds. `error` is empty on success.
struct EngineInfo {
    QString device;
    int threads = 0;
    QString torchVersion;
    QString modelName;
    QString configJson;
    qint64 generatorParams = 0;
    qint64 encoderParams = 0;
    QString error;
};

class EngineService : public QObject {
    Q_OBJECT
public:
    explicit EngineService(const EngineOptions& options = {}, QObject* parent = nullptr);
    ~EngineService() override;

    // Asynchronous: builds the preset's networks on the engine thread, then emits infoReady.
    void loadPreset(const QString& name);
    // Synchronous path for tests and the CLI: runs on the engine thread and waits.
    EngineInfo loadPresetSync(const QString& name);

Q_SIGNALS:
    void infoReady(const pivq::service::EngineInfo& info);

private:
    struct Worker;
    std::unique_ptr<Worker> worker_;
    QThread* thread_ = nullptr;
    QObject* context_ = nullptr;  // lives on the engine thread; queued calls run there
};

}  // namespace pivq::service

Q_DECLARE_METATYPE(pivq::service::EngineInfo)
