#include "engine/service/training_controller.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <deque>
#include <exception>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace pivq::service {

// ---------------------------------------------------------------- LossHistory

LossHistory::LossHistory(int maxPoints) : maxPoints_(std::max(8, maxPoints)) {}

void LossHistory::clear()
{
    bucket_ = 1;
    origin_ = -1;
    names_.clear();
    series_.clear();
}

void LossHistory::add(int64_t imagesSeen, const std::map<QString, double>& losses)
{
    if (origin_ < 0) origin_ = imagesSeen;
    const int64_t index = std::max<int64_t>(0, imagesSeen - origin_) / bucket_;
    for (const auto& [name, value] : losses) {
        if (!std::isfinite(value)) continue;
        auto& s = series_[name];
        if (s.empty() && !names_.contains(name)) names_ << name;
        if (s.empty() || s.back().index != index) s.push_back({index, 0, 0, 0});
        Bucket& b = s.back();
        b.sumImages += double(imagesSeen);
        b.sumValue += value;
        ++b.count;
    }
    if (points() > maxPoints_) merge();
}

void LossHistory::merge()
{
    bucket_ *= 2;
    for (auto& kv : series_) {
        std::vector<Bucket> merged;
        for (const Bucket& b : kv.second) {
            const int64_t index = b.index / 2;
            if (merged.empty() || merged.back().index != index) merged.push_back({index, 0, 0, 0});
            Bucket& m = merged.back();
            m.sumImages += b.sumImages;
            m.sumValue += b.sumValue;
            m.count += b.count;
        }
        kv.second = std::move(merged);
    }
}

int LossHistory::points() const
{
    size_t n = 0;
    for (const auto& kv : series_) n = std::max(n, kv.second.size());
    return static_cast<int>(n);
}

QStringList LossHistory::names() const
{
    return names_;
}

QVector<QPointF> LossHistory::series(const QString& name) const
{
    QVector<QPointF> out;
    const auto it = series_.find(name);
    if (it == series_.end()) return out;
    out.reserve(static_cast<int>(it->second.size()));
    for (const Bucket& b : it->second) out.append({b.sumImages / b.count / 1000.0, b.sumValue / b.count});
    return out;
}

// ---------------------------------------------------------------- TrainingController

namespace {
bool isStepReport(const TrainingProgress& p)
{
    return p.phase == QLatin1String("training") && p.message.isEmpty();
}

void lowerThreadPriority()
{
#ifdef __linux__
    // Linux nice values are per thread; threads this one starts (OpenMP's pool) inherit it.
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, tid);
    if (errno == 0) setpriority(PRIO_PROCESS, tid, std::min(19, now + 10));
#endif
}
}  // namespace

// What the training thread and the GUI thread share.
struct TrainingController::Shared {
    std::mutex mutex;
    std::deque<TrainingProgress> queue;  // reports waiting for the GUI thread
    LossHistory history;
    std::unique_ptr<TrainingRun> run;
    std::atomic<bool> running{false}, paused{false}, stopRequested{false};
    QString checkpoint, error;  // the result, set before running goes false
};

TrainingController::TrainingController(QObject* parent) : QObject(parent), shared_(std::make_shared<Shared>())
{
    qRegisterMetaType<TrainingOptions>();
    qRegisterMetaType<TrainingProgress>();
}

TrainingController::~TrainingController()
{
    if (thread_) {
        stop();
        thread_->wait();
        delete thread_;
    }
}

bool TrainingController::start(const TrainingOptions& options, QString* error)
{
    if (thread_) {
        if (error) *error = tr("a training run is already going; stop it first");
        return false;
    }
    // A fresh state per run (the previous run's reports were all delivered before its finished()).
    shared_ = std::make_shared<Shared>();
    options_ = options;
    last_ = TrainingProgress();
    std::shared_ptr<Shared> s = shared_;
    s->run = std::make_unique<TrainingRun>(options);
    s->running = true;
    const bool low = lowPriority_;
    // The destructor waits for this thread, so `self` outlives it.
    TrainingController* self = this;
    thread_ = QThread::create([s, low, self] {
        if (low) lowerThreadPriority();
        auto report = [&](const TrainingProgress& p) {
            bool post = false;
            {
                std::lock_guard<std::mutex> lock(s->mutex);
                if (isStepReport(p)) s->history.add(p.imagesSeen, p.losses);
                post = s->queue.empty();
                if (!s->queue.empty() && isStepReport(p) && isStepReport(s->queue.back()))
                    s->queue.back() = p;
                else
                    s->queue.push_back(p);
            }
            if (post)
                QMetaObject::invokeMethod(
                    self, [self] { self->deliver(); }, Qt::QueuedConnection);
        };
        QString checkpoint, error;
        try {
            checkpoint = s->run->run(report);
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        } catch (...) {
            error = QObject::tr("unexpected error in the training run");
        }
        std::lock_guard<std::mutex> lock(s->mutex);
        s->checkpoint = checkpoint;
        s->error = error;
        s->running = false;
    });
    thread_->setObjectName("pivq-training");
    connect(thread_, &QThread::finished, this, &TrainingController::onThreadFinished, Qt::QueuedConnection);
    thread_->start();
    Q_EMIT started(options_);
    return true;
}

void TrainingController::deliver()
{
    std::deque<TrainingProgress> batch;
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        batch.swap(shared_->queue);
    }
    for (const TrainingProgress& p : batch) {
        last_ = p;
        Q_EMIT progress(p);
    }
}

void TrainingController::onThreadFinished()
{
    if (!thread_) return;
    thread_->wait();  // finished() is emitted just before the thread ends
    deliver();        // what the run reported last comes before finished()
    thread_->deleteLater();
    thread_ = nullptr;
    QString checkpoint, error;
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        checkpoint = shared_->checkpoint;
        error = shared_->error;
    }
    const bool stopped = shared_->stopRequested.load();
    if (shared_->paused.exchange(false)) Q_EMIT pausedChanged(false);
    Q_EMIT finished(checkpoint, error, stopped);
}

bool TrainingController::isRunning() const
{
    return thread_ && shared_->running.load();
}

bool TrainingController::isPaused() const
{
    return isRunning() && shared_->paused.load();
}

bool TrainingController::stopRequested() const
{
    return shared_->stopRequested.load();
}

TrainingOptions TrainingController::options() const
{
    return options_;
}

TrainingProgress TrainingController::lastProgress() const
{
    return last_;
}

LossHistory TrainingController::lossHistory() const
{
    std::lock_guard<std::mutex> lock(shared_->mutex);
    return shared_->history;
}

bool TrainingController::waitForFinished(int ms)
{
    if (!thread_) return true;
    return thread_->wait(ms < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(ms));
}

void TrainingController::pause()
{
    setPaused(true);
}

void TrainingController::resume()
{
    setPaused(false);
}

void TrainingController::setPaused(bool paused)
{
    if (!isRunning() || shared_->paused.load() == paused) return;
    shared_->paused = paused;
    shared_->run->setPaused(paused);
    Q_EMIT pausedChanged(paused);
}

void TrainingController::stop()
{
    if (!isRunning()) return;
    shared_->stopRequested = true;
    shared_->run->requestStop();
}

void TrainingController::requestCheckpoint()
{
    if (isRunning()) shared_->run->requestCheckpoint();
}

}  // namespace pivq::service
