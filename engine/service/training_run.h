// A training run with files: data in, checkpoints, sample grids and a log out. Used by
// `pivq train` and by the studio's training monitor alike; it reports through one
// progress callback and can be paused, resumed and stopped from another thread.
// No torch in this header.
#pragma once

#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace pivq::service {

struct TrainingOptions {
    QString data;              // a folder, a .zip, or "toyfaces"
    QString out;               // run directory (created); model.pivq, samples/, log.jsonl
    QString preset = "cpu64";  // model preset, unless modelConfig is given
    QString modelConfig;       // path to a model config JSON (may name a preset and override keys)
    QString trainConfig;       // path to a training config JSON (keys absent keep defaults)
    QString initFrom;          // fine-tune: start from this bundle's weights and training state
    // Overrides of the preset or model config for a new run (0 / empty: keep its value). A
    // resumed or fine-tuned run takes its architecture from the bundle; an override that
    // differs from it is an error.
    QString name;  // the model's display name
    int resolution = 0;
    int vqCodes = 0;                // K
    QVector<int> poseLayers;        // synthesis conv-layer indices, increasing
    QString vqVariant;              // none | vq1 | vq2 | vq3 | gumbel
    double kimg = 0;                // budget in thousands of images (0: none)
    double minutes = 0;             // budget in wall-clock minutes (0: none); both 0: until stopped
    bool resume = false;            // continue out/model.pivq where it stopped
    int batch = 0;                  // overrides the training config's batch when > 0
    int toyfacesCount = 20000;      // size of the procedural dataset
    int seed = -1;                  // overrides the training config's seed when >= 0
    double checkpointMinutes = 10;  // wall time between checkpoints (and at the end)
    double sampleMinutes = 5;       // wall time between sample grids
    QString device = "auto";
    // LibTorch intra-op threads: > 0 that many, 0 PIVQ_THREADS or all cores, -1 keep the
    // process's setting (the studio: the editing engine configured it; the count is process
    // wide, so a run must not change it under the engine).
    int threads = 0;
    QString lpipsWeights;  // LPIPS-Alex safetensors; empty: the weight-free distance
    QString cacheDir;      // decoded-dataset cache; empty: no cache
    // Fault injection (tests, `pivq train --fault-nan-at-step`): the real images of this step
    // (counted from the run's first step, 1-based) are all NaN, so its losses are not finite.
    int64_t faultNanAtStep = 0;
};

struct TrainingProgress {
    // "data", "training", "paused", "checkpoint" (writing), "saved" (written: checkpoint and
    // checkpointStep are current), "done", "stopped", "failed"
    QString phase;
    QString message;  // human-readable detail of the phase
    int64_t step = 0;
    int64_t imagesSeen = 0;
    int64_t imagesTotal = 0;  // 0 when the budget is time or none
    double fraction = -1;     // of the budget, -1 when there is none
    double imgPerSec = 0;
    double etaSeconds = -1;
    double elapsedSeconds = 0;  // this session's wall time
    std::map<QString, double> losses;
    double msD = 0, msG = 0, msE = 0;  // last step's phase timings
    int codesInUse = 0, codesTotal = 0;
    std::map<int, std::vector<double>> codeUsage;  // pose layer -> each code's share of recent assignments
    // Step and images seen when this session began (resume, fine-tune).
    int64_t startStep = 0;
    int64_t startImages = 0;
    int batch = 0;
    QString checkpoint;           // path of the newest checkpoint, once written
    int64_t checkpointStep = -1;  // the step it holds
    // The newest sample grid, once written (one file name per thousand images, so a grid may
    // replace the previous one), and the step it shows.
    QString samples;
    int64_t samplesStep = -1;
    QString perceptual;  // name of the perceptual distance in use
};
using ProgressCallback = std::function<void(const TrainingProgress&)>;

class TrainingRun {
public:
    explicit TrainingRun(TrainingOptions options);
    ~TrainingRun();

    // Runs until the budget is spent or stop is requested; saves a final checkpoint and
    // returns its path (empty when stopped while the data was still loading: nothing was
    // trained). Throws std::runtime_error with a clear message on bad input. A NaN/Inf loss
    // stops the run without saving, keeping the last good checkpoint, and throws saying so.
    QString run(const ProgressCallback& progress = {});

    // Thread-safe controls.
    void requestStop() { stop_ = true; }
    void setPaused(bool paused) { paused_ = paused; }
    bool paused() const { return paused_; }
    // Writes a checkpoint after the step in progress (also while paused), then reports "saved".
    void requestCheckpoint() { checkpointNow_ = true; }

private:
    TrainingOptions options_;
    std::atomic<bool> stop_{false}, paused_{false}, checkpointNow_{false};
};

}  // namespace pivq::service
