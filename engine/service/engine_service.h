// The engine's Qt facade: owns the networks and the editing session on its own thread
// ("pivq-engine") and answers in Qt types. No torch header here, so ui/ can include it.
//
// Rendering is latest-request-wins: the UI sends a complete snapshot of what it wants
// (RenderRequest) as often as it likes, e.g. on every mouse move of a brush stroke or a
// slider drag. At most one render runs and at most one request waits; a newer request
// replaces the waiting one. Every request gets a stamp, every result carries the stamp of
// its request, and results are emitted in stamp order; StaleFilter drops any result older
// than one already shown. Errors come back as results (RenderResult::error), never as
// exceptions across the thread boundary.
//
// Snapshots make coalescing safe: a dropped request loses nothing, because the next one
// restates everything. The engine notices what did not change (the same QImage, by
// cacheKey(); the same file; the same seed) and reuses its work: images are encoded once,
// and edits regenerate from the first layer they affect (core::EditSession).
//
// Refinement optimises the latents of one input image (and optionally the generator's
// weights) so that its reconstruction becomes faithful. It runs on the engine thread in
// slices of a few steps, each a queued call, so renders requested meanwhile are served
// between slices; progress and the result come by signal. The refined latents belong to
// the slot's source key: later requests with the same source (the same QImage, file or
// latents) render with them, a different source in that slot replaces them.
#pragma once

#include <QImage>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace pivq::service {

struct EngineOptions {
    int threads = 0;          // LibTorch intra-op threads; 0: PIVQ_THREADS or all cores
    QString device = "auto";  // auto (CUDA when available) | cpu | cuda
};

// What the engine runs on and which model it holds. `error` is empty on success.
struct EngineInfo {
    QString device;
    int threads = 0;
    QString torchVersion;
    QString modelName;  // empty when no model is loaded
    QString modelPath;  // the bundle, empty for a preset
    QString configJson;
    qint64 generatorParams = 0;
    qint64 encoderParams = 0;
    int resolution = 0;                 // image side the model works at
    QVector<int> maskLayers;            // pose layers with an object mask, ascending
    QMap<int, int> maskSides;           // pose layer -> mask side
    int classes = 0;                    // K
    QMap<int, QVector<QRgb>> palettes;  // pose layer -> K colours
    QMap<int, QStringList> classNames;  // pose layer -> K names
    int numWs = 0;                      // W+ rows: LatentSource::latents holds numWs * wDim floats
    int wDim = 0;
    QString error;
};

// One latent source of a request: an image (in memory or a file), a random draw, or W+
// latents (e.g. refined latents saved in a session file).
struct LatentSource {
    enum class Kind { None, Image, File, Random, Latents };
    Kind kind = Kind::None;
    QImage image;            // Kind::Image: any size and format; centre-cropped and resized to the model.
                             // Kind::Latents: optional, the image the latents reconstruct (error map, revert)
    QString path;            // Kind::File: PNG, JPEG, WebP, BMP, TIFF or PNM
    quint64 seed = 0;        // Kind::Random: z from this seed...
    double psi = 0.7;        // ...truncated by psi in [0, 2]
    QVector<float> latents;  // Kind::Latents: EngineInfo::numWs x wDim floats, row-major (latentsSync)

    static LatentSource fromImage(const QImage& img) { return {Kind::Image, img, {}, 0, 0.7, {}}; }
    static LatentSource fromFile(const QString& file) { return {Kind::File, {}, file, 0, 0.7, {}}; }
    static LatentSource random(quint64 seed, double psi = 0.7) { return {Kind::Random, {}, {}, seed, psi, {}}; }
    static LatentSource fromLatents(const QVector<float>& ws, const QImage& image = {})
    {
        return {Kind::Latents, image, {}, 0, 0.7, ws};
    }
    bool isSet() const { return kind != Kind::None; }
};

// The four inputs of a request (the order of core::Source).
enum class SourceSlot { Pose = 0, PoseB = 1, Identity = 2, IdentityB = 3 };

enum class RenderOutput {
    Swap,                 // identity of `identity` in the pose of `pose` (with interpolation and mask edits)
    ReconstructPose,      // G(E(pose)) alone, with the error map against the pose image
    ReconstructIdentity,  // G(E(identity)) alone, likewise
    Sample,               // G(mapZ(z(sampleSeed), samplePsi))
};

// A complete snapshot of what the UI wants to see.
struct RenderRequest {
    RenderOutput output = RenderOutput::Swap;
    LatentSource pose, poseB;          // poseB: interpolation target (pose = lerp(pose, poseB, poseT))
    LatentSource identity, identityB;  // identityB: likewise with identityT
    double poseT = 0;                  // in [0, 1]
    double identityT = 0;              // in [0, 1]
    // Edited object masks, pose layer -> mask at the layer's side (EngineInfo::maskSides)
    // or at the model resolution: Format_Indexed8 (index = class), Format_Grayscale8
    // (value = class) or a colour image in the layer's palette colours. Layers not listed
    // use the masks the pose generators compute.
    QMap<int, QImage> masks;
    quint64 sampleSeed = 0;  // RenderOutput::Sample
    double samplePsi = 0.7;
    bool wantMasks = true;  // fill RenderResult::masks
};

struct RenderResult {
    quint64 stamp = 0;        // the stamp of the request this answers
    QImage image;             // Format_RGB888 at the model resolution; null on error
    QMap<int, QImage> masks;  // pose layer -> Format_Indexed8 at the layer's side, palette colour table
    QImage errorMap;          // reconstructions: Format_Grayscale8, 255 = mean error of 1/4 of full scale or more
    double psnr = -1;         // reconstructions of an image: dB
    double mse = -1;          // in [0,1] pixel units
    double renderMs = 0;      // engine time for this request
    int startLayer = 0;       // first synthesis layer that ran (incremental reuse; diagnostic)
    QString error;            // empty on success
    bool ok() const { return error.isEmpty(); }
};

// Whether refinement may move the pose rows of W+, and with them the object masks (see
// core::PoseRows). Auto keeps them in every slot: the pose slots' pose rows are the pose every
// swap uses (refining them moved about half the mask cells of a trained model for a few
// hundredths of a dB), and refining an identity's pose rows too made swaps worse.
enum class RefinePoseRows { Auto, Refine, Keep };

// Refine the input in `slot`: Adam on its W+ latents for `steps` steps against the pixel MSE
// and the msssim-l1 distance, then, with `tuneGenerator`, `generatorSteps` steps on the
// synthesis weights with the latents fixed (pivotal tuning). Tuning changes every render
// and every slot's reconstruction until revertGeneratorTuning.
struct RefineRequest {
    SourceSlot slot = SourceSlot::Pose;
    // What the UI holds in that slot, as it sends it in RenderRequest: an image or a file,
    // or latents with their image. It is applied first (encoded unless unchanged).
    LatentSource source;
    int steps = 100;  // in [0, 100000]
    bool tuneGenerator = false;
    int generatorSteps = 50;    // in [0, 100000]
    double lr = 0.05;           // latents' Adam step size
    double generatorLr = 3e-4;  // synthesis weights' Adam step size
    RefinePoseRows poseRows = RefinePoseRows::Auto;
};

// Emitted after each slice of an asynchronous refinement.
struct RefineProgress {
    quint64 stamp = 0;  // the stamp refine() returned
    SourceSlot slot = SourceSlot::Pose;
    int step = 0;                 // steps done so far, latent and generator steps together
    int steps = 0;                // steps in all
    bool generatorPhase = false;  // the last step tuned the generator
    double loss = 0;              // of the last step
    double mse = -1, psnr = -1;   // of the last step's image, [0,1] pixel units / dB
    QImage reconstruction;        // the last step's image, Format_RGB888 at the model resolution
};

struct RefineResult {
    quint64 stamp = 0;
    SourceSlot slot = SourceSlot::Pose;
    // Cancelled (cancelRefine, or a revert of that slot or of the tuning): what was reached
    // so far is kept. An error: likewise, unless it happened before the first step.
    bool cancelled = false;
    QString error;                           // empty on success
    double mseBefore = -1, psnrBefore = -1;  // the reconstruction when it began
    double mseAfter = -1, psnrAfter = -1;    // and now
    int stepsDone = 0, steps = 0;
    bool generatorTuned = false;  // the generator's weights are tuned now (by this or an earlier run)
    QImage reconstruction;        // Format_RGB888 at the model resolution, null on an error before any step
    QImage errorMap;              // as RenderResult::errorMap
    double refineMs = 0;          // engine time spent on it
    bool ok() const { return error.isEmpty(); }
};

// Which slots hold refined latents and whether the generator is tuned.
struct RefineStatus {
    bool refined[4] = {false, false, false, false};  // by SourceSlot
    bool generatorTuned = false;
    QString error;  // e.g. no model
    bool isRefined(SourceSlot s) const { return refined[static_cast<int>(s)]; }
    bool ok() const { return error.isEmpty(); }
};

// Keeps the newest result: accept() is true for a stamp newer than every accepted one.
class StaleFilter {
public:
    bool accept(quint64 stamp)
    {
        if (stamp <= last_) return false;
        last_ = stamp;
        return true;
    }
    bool accept(const RenderResult& r) { return accept(r.stamp); }
    quint64 last() const { return last_; }
    void reset() { last_ = 0; }

private:
    quint64 last_ = 0;
};

class EngineService : public QObject {
    Q_OBJECT
public:
    explicit EngineService(const EngineOptions& options = {}, QObject* parent = nullptr);
    ~EngineService() override;

    // ---- models. Asynchronous forms emit infoReady; Sync forms run on the engine thread
    // and wait (never call them from a slot running on the engine thread). A failed load
    // keeps the previous model and returns its info with `error` set.
    void loadPreset(const QString& name);  // untrained networks of a preset
    EngineInfo loadPresetSync(const QString& name);
    void loadModel(const QString& bundlePath);  // a .pivq from `pivq train`
    EngineInfo loadModelSync(const QString& bundlePath);
    void unloadModel();
    EngineInfo unloadModelSync();
    // Device and threads; the model (if any) moves to the new device.
    void configure(const EngineOptions& options);
    EngineInfo configureSync(const EngineOptions& options);
    EngineInfo infoSync();

    // ---- rendering
    // Queues `request` (latest wins) and returns its stamp; the result comes by renderReady.
    quint64 requestRender(const RenderRequest& request);
    // Renders `request` now on the engine thread and returns its result (tests, export).
    RenderResult renderSync(const RenderRequest& request);
    // Renders actually performed (asynchronous and synchronous): coalescing makes this
    // smaller than the number of requests.
    quint64 rendersPerformed() const { return renders_.load(); }
    quint64 lastStamp() const { return stamp_.load(); }
    // Images encoded so far (renders and refinements): unchanged sources are not re-encoded.
    quint64 encodesPerformed() const { return encodes_.load(); }

    // ---- refinement. Refinements run one after another in the order asked; each runs in
    // slices with renders served between them. refine() returns the refinement's stamp;
    // refineProgress follows each slice, refineFinished ends it (also for an error).
    quint64 refine(const RefineRequest& request);
    // The same, waiting for the result (no signals; on the engine thread it runs at once).
    RefineResult refineSync(const RefineRequest& request);
    // Every refinement running or waiting ends at its next slice with cancelled = true,
    // keeping what it reached (revertRefinement undoes it).
    void cancelRefine();
    // Back to the plain encoding of the slot's image, exactly; refinements of that slot
    // running or waiting are cancelled first. The asynchronous form emits refineStatusReady.
    void revertRefinement(SourceSlot slot);
    RefineStatus revertRefinementSync(SourceSlot slot);
    // The synthesis weights before the first tuning, exactly; refinements that tune are
    // cancelled first.
    void revertGeneratorTuning();
    RefineStatus revertGeneratorTuningSync();
    RefineStatus refineStatusSync();
    // The slot's W+ latents now (EngineInfo::numWs x wDim floats, row-major), empty when the
    // slot is unset or no model is loaded: give them back as LatentSource::fromLatents.
    QVector<float> latentsSync(SourceSlot slot);

    // ---- fault injection, for tests and for checking a build by hand: the next `count`
    // renders fail inside the engine, after their sources were applied, as an exception or an
    // out-of-memory would. Each returns an error result; the renders after them work again.
    enum class Fault { Exception, OutOfMemory };
    void injectRenderFault(Fault fault, int count = 1);

Q_SIGNALS:
    void infoReady(const pivq::service::EngineInfo& info);
    void renderReady(const pivq::service::RenderResult& result);
    void refineProgress(const pivq::service::RefineProgress& progress);
    void refineFinished(const pivq::service::RefineResult& result);
    void refineStatusReady(const pivq::service::RefineStatus& status);

private:
    struct Worker;
    struct Queue;
    void drain();
    void refineSlice();
    void postRefineSlice();
    EngineInfo callSync(const std::function<EngineInfo()>& fn);
    RefineStatus callStatus(const std::function<RefineStatus()>& fn);

    std::unique_ptr<Worker> worker_;
    std::unique_ptr<Queue> queue_;
    std::atomic<quint64> stamp_{0};
    std::atomic<quint64> renders_{0};
    std::atomic<quint64> encodes_{0};
    std::atomic<quint64> refineStamp_{0};
    std::atomic<quint64> cancelUpTo_{0};  // refinements with a stamp up to this one are cancelled
    std::atomic<int> faultCount_{0};
    std::atomic<int> faultKind_{0};
    QThread* thread_ = nullptr;
    QObject* context_ = nullptr;  // lives on the engine thread; queued calls run there
};

}  // namespace pivq::service

Q_DECLARE_METATYPE(pivq::service::EngineInfo)
Q_DECLARE_METATYPE(pivq::service::RenderResult)
Q_DECLARE_METATYPE(pivq::service::RefineProgress)
Q_DECLARE_METATYPE(pivq::service::RefineResult)
Q_DECLARE_METATYPE(pivq::service::RefineStatus)
