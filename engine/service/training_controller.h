// One training run inside the studio: TrainingRun on its own thread ("pivq-training"),
// reported by Qt signals, controlled from the GUI thread. No torch in this header.
//
// Threads: LibTorch's intra-op thread count is process wide and the editing engine sets
// it; the studio starts runs with TrainingOptions::threads = -1 so the run keeps that
// setting. The training thread runs at a lower CPU priority (Linux: nice +10, inherited by
// the OpenMP workers it starts), so the GUI and the editing engine stay responsive while
// it uses every idle cycle.
//
// Progress: every step reports, but a step report waiting for the GUI is replaced by the
// next one (phase changes are never dropped), so a fast run cannot flood the event loop.
// Every step's losses still reach lossHistory().
#pragma once

#include <QMetaType>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <map>
#include <memory>
#include <mutex>

#include "engine/service/training_run.h"

class QThread;

namespace pivq::service {

// Loss curves of a run in bounded memory: each point is the mean of one loss over a bucket
// of images seen; when the buckets outnumber maxPoints, neighbours merge and the bucket
// doubles. Thread-compatible (TrainingController guards it).
class LossHistory {
public:
    explicit LossHistory(int maxPoints = 400);

    void add(int64_t imagesSeen, const std::map<QString, double>& losses);
    void clear();

    QStringList names() const;                           // in order of first appearance
    QVector<QPointF> series(const QString& name) const;  // x: thousands of images, y: mean loss
    int64_t bucketImages() const { return bucket_; }
    int points() const;  // buckets of the longest series

private:
    struct Bucket {
        int64_t index = 0;
        double sumImages = 0, sumValue = 0;
        int64_t count = 0;
    };
    void merge();

    int maxPoints_;
    int64_t bucket_ = 1;
    int64_t origin_ = -1;
    QStringList names_;
    std::map<QString, std::vector<Bucket>> series_;
};

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject* parent = nullptr);
    // Stops a run still going and waits for its final checkpoint.
    ~TrainingController() override;

    // Starts a run with `options` unless one is going (then false with *error). Errors of
    // the run itself (bad data, a bad config) come later, by finished().
    bool start(const TrainingOptions& options, QString* error = nullptr);
    bool isRunning() const;
    bool isPaused() const;
    bool stopRequested() const;
    TrainingOptions options() const;        // of the current or last run
    TrainingProgress lastProgress() const;  // as last delivered by progress()
    LossHistory lossHistory() const;        // of the current or last run (a copy)

    // Blocks until the run's thread has ended, at most `ms` (-1: no limit); true when no run
    // is going any more. finished() is still delivered through the event loop afterwards.
    bool waitForFinished(int ms = -1);

    // Lower CPU priority for the training thread (default on; applies to the next start).
    void setLowPriority(bool on) { lowPriority_ = on; }
    bool lowPriority() const { return lowPriority_; }

public Q_SLOTS:
    void pause();
    void resume();
    void setPaused(bool paused);
    // Ends the run after the step in progress; it writes a final checkpoint (finished()
    // then has stopped = true and the checkpoint).
    void stop();
    // Writes a checkpoint after the step in progress, also while paused ("saved" progress).
    void requestCheckpoint();

Q_SIGNALS:
    void started(const pivq::service::TrainingOptions& options);
    void progress(const pivq::service::TrainingProgress& progress);
    void pausedChanged(bool paused);
    // checkpoint: the final bundle ("" when none was written); error: why the run failed
    // ("" on success); stopped: ended by stop() rather than by its budget.
    void finished(const QString& checkpoint, const QString& error, bool stopped);

private:
    struct Shared;
    void deliver();
    void onThreadFinished();

    std::shared_ptr<Shared> shared_;
    QThread* thread_ = nullptr;
    TrainingOptions options_;
    TrainingProgress last_;
    bool lowPriority_ = true;
};

}  // namespace pivq::service

Q_DECLARE_METATYPE(pivq::service::TrainingOptions)
Q_DECLARE_METATYPE(pivq::service::TrainingProgress)
