// The studio's main window: the pose and identity inputs, the result with the object mask
// of the chosen VQSN layer over it, mask painting, interpolation and the gallery. It talks
// to the engine only through engine/service: every change builds a complete RenderRequest
// (latest wins), results come back by signal and stale ones are dropped.
#pragma once

#include <QMainWindow>
#include <QStringList>

#include "engine/service/engine_service.h"
#include "engine/service/training_run.h"
#include "ui/refine_dialog.h"
#include "ui/session_file.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
class QTimer;

namespace pivq::service {
class TrainingController;
}

namespace pivq::ui {

class GalleryStrip;
class ImageSlot;
class InterpolationPanel;
class MaskCanvas;
class MaskDocument;
class MaskEditor;
class MaskPanel;
class MessageBar;
class PalettePanel;
class RenderScheduler;
class TrainingDialog;
class TrainingMonitor;

// What to show first. Empty fields take the defaults.
struct StartupOptions {
    QString model;           // a .pivq to open
    QString preset;          // build this preset's untrained networks instead of opening a model
    QStringList modelDirs;   // where to look for the shipped default model; empty: service::defaultModelDirs()
    QString pose, identity;  // image files; empty: the built-in samples
    bool samples = true;     // load the built-in samples where no image is given
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(service::EngineService* engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The default model (or, when there is none, an untrained preset and a notice saying
    // what to do) and the sample inputs.
    void start(const StartupOptions& options = {});
    // The dock layout and window size of the last session.
    void restoreLayout();

    // Shows what the engine reports (also used by tests).
    void showEngineInfo(const service::EngineInfo& info);
    const service::EngineInfo& engineInfo() const { return info_; }
    QString statusText() const;   // device, model, last render time
    QString modelNotice() const;  // the message about the model ("" when all is well)
    QString renderError() const;  // the last render's error ("" after a good render)
    QImage resultImage() const;

    // Sessions (inputs, t, mask edits, palette in one zip). False with *error on failure.
    bool saveSession(const QString& path, QString* error);
    bool openSession(const QString& path, QString* error);

    // For tests and tools.
    ImageSlot* poseSlot() const { return pose_; }
    ImageSlot* identitySlot() const { return identity_; }
    InterpolationPanel* interpolation() const { return interp_; }
    MaskCanvas* resultView() const { return result_; }
    MaskCanvas* maskView() const { return maskView_; }
    MaskDocument* masks() const { return doc_; }
    MaskEditor* maskEditor() const { return editor_; }
    MaskPanel* maskPanel() const { return maskPanel_; }
    PalettePanel* palettePanel() const { return palettePanel_; }
    GalleryStrip* gallery() const { return gallery_; }
    // The request the window would send now, and the last swap it sent.
    service::RenderRequest currentRequest() const;
    service::RenderRequest lastSwapRequest() const { return lastSwap_; }
    // Pose, identity, second pose, second identity (the order of service::SourceSlot).
    QList<ImageSlot*> inputSlots() const;

    // Refinement of an input set from an image (what its Refine… button does): its W+
    // latents, and with the settings' tuneGenerator the synthesis weights, are optimised on
    // the engine thread in slices, renders in between. One at a time. False, with the reason
    // in the slot, when it cannot start (no model, a random draw, one running already).
    bool refineInput(ImageSlot* slot, const RefineSettings& settings);
    void cancelRefinement();                 // what was reached is kept
    void revertRefinement(ImageSlot* slot);  // back to the plain encoding of its image
    void revertGeneratorTuning();            // the model's own synthesis weights
    bool isRefining() const { return refineRun_.stamp != 0; }
    ImageSlot* refiningSlot() const { return refineRun_.slot; }
    bool generatorTuned() const { return generatorTuned_; }
    QString tuningNotice() const;  // the message shown while the generator is tuned ("" otherwise)

    // Training inside the studio: one run at a time, on its own thread.
    service::TrainingController* training() const { return training_; }
    TrainingMonitor* trainingMonitor() const { return monitor_; }
    QDockWidget* trainingDock() const { return monitorDock_; }
    // The dialog that Train > New Training Run… or Fine-tune… has open (nullptr when none).
    TrainingDialog* trainingDialog() const;
    // Starts a run (the monitor shows it); false with *error when one is going already.
    bool startTraining(const service::TrainingOptions& options, QString* error = nullptr);
    // What closing the window during a run does: Ask (a question), Stop (stop the run, wait
    // for its checkpoint, then close) or Cancel (stay open). Tests set Stop or Cancel.
    enum class CloseWhileTraining { Ask, Stop, Cancel };
    void setCloseWhileTraining(CloseWhileTraining answer) { closeAnswer_ = answer; }
    bool closingAfterTraining() const { return closeAfterTraining_; }

public Q_SLOTS:
    void openModel(const QString& path);
    void loadPreset(const QString& name);
    void openModelDialog();
    void swapSides();
    void randomPose();
    void randomIdentity();
    void addToGallery();
    void exportResult();
    void exportInterpolation();
    void saveSessionDialog();
    void openSessionDialog();
    void showPreferences();
    void showModelInformation();
    void showAbout();
    void newTrainingRun();
    void fineTuneCurrentModel();
    void showTrainingMonitor();
    // Renders soon (once per event-loop pass, however many changes come in).
    void scheduleRender();

Q_SIGNALS:
    void resultShown(quint64 stamp);  // a swap result is on screen (screenshots, tests)

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildDocks();
    void renderNow();
    void requestReconstructions();
    void onSwapReady(const service::RenderRequest& request, const service::RenderResult& result);
    void onReconstruction(const service::RenderRequest& request, const service::RenderResult& result);
    void onPoseChanged();
    void refreshMask();
    void refreshRecentMenus();
    void refreshResultPlaceholder();
    void savePaletteEdits(int layer);
    void applySessionMasks();
    void applySessionLatents(const Session& s);
    void applySavedPalettes();
    void onRefineProgress(const service::RefineProgress& progress);
    void onRefineFinished(const service::RefineResult& result);
    void onRefineStatus(const service::RefineStatus& status);
    void onInputChanged(ImageSlot* slot);
    void resetRefinements();  // a model was loaded: nothing is refined or tuned
    void refreshRefineState();
    service::SourceSlot sourceSlot(const ImageSlot* slot) const;
    bool hasModel() const { return !info_.modelName.isEmpty(); }
    ImageSlot* focusedSlot() const;
    QString modelDescription() const;

    service::EngineService* engine_;
    RenderScheduler* scheduler_ = nullptr;
    service::EngineInfo info_;
    QString loadedKey_;    // identifies the model whose masks the document holds
    QString pendingLoad_;  // the model file or preset being loaded ("" when none)
    bool pendingIsPreset_ = false;
    bool triedFallback_ = false;
    QString fallbackReason_;  // why the untrained preset is shown
    service::RenderRequest lastSwap_;
    Session pendingSession_;  // mask edits and palette waiting for their model
    bool hasPendingSession_ = false;
    bool pendingLatents_ = false;  // ...and refined latents, restored once the model is known

    // The refinement this window started and has not seen finish. `orphaned`: its input was
    // replaced or reverted meanwhile, so its result is not shown.
    struct RefineRun {
        quint64 stamp = 0;
        ImageSlot* slot = nullptr;
        bool orphaned = false;
    };
    RefineRun refineRun_;
    bool generatorTuned_ = false;
    bool tuningNoticeShown_ = false;
    QList<ImageSlot*> pendingReverts_;  // reverts asked, in order; nullptr: the generator tuning
    QImage lastResult_;
    double lastRenderMs_ = -1;
    QTimer* renderTimer_ = nullptr;

    MaskDocument* doc_ = nullptr;
    MaskEditor* editor_ = nullptr;

    ImageSlot* pose_ = nullptr;
    ImageSlot* identity_ = nullptr;
    MaskCanvas* result_ = nullptr;
    MaskCanvas* maskView_ = nullptr;
    MessageBar* modelNotice_ = nullptr;
    MessageBar* renderError_ = nullptr;
    MessageBar* tuningNotice_ = nullptr;
    MaskPanel* maskPanel_ = nullptr;
    PalettePanel* palettePanel_ = nullptr;
    InterpolationPanel* interp_ = nullptr;
    GalleryStrip* gallery_ = nullptr;
    QLabel* deviceLabel_ = nullptr;
    QLabel* modelLabel_ = nullptr;
    QLabel* timeLabel_ = nullptr;

    QAction* openPose_ = nullptr;
    QAction* openIdentity_ = nullptr;
    QAction* paste_ = nullptr;
    QAction* export_ = nullptr;
    QAction* exportInterp_ = nullptr;
    QAction* saveSession_ = nullptr;
    QAction* openSession_ = nullptr;
    QAction* quit_ = nullptr;
    QAction* swap_ = nullptr;
    QAction* randomPose_ = nullptr;
    QAction* randomIdentity_ = nullptr;
    QAction* addGallery_ = nullptr;
    QAction* prefs_ = nullptr;
    QAction* zoomIn_ = nullptr;
    QAction* zoomOut_ = nullptr;
    QAction* fit_ = nullptr;
    QAction* actual_ = nullptr;
    QAction* overlay_ = nullptr;
    QAction* openModel_ = nullptr;
    QAction* modelInfo_ = nullptr;
    QAction* about_ = nullptr;
    QAction* refinePose_ = nullptr;
    QAction* refineIdentity_ = nullptr;
    QAction* cancelRefine_ = nullptr;
    QAction* revertPose_ = nullptr;
    QAction* revertIdentity_ = nullptr;
    QAction* revertTuning_ = nullptr;
    QMenu* recentFiles_ = nullptr;
    QMenu* recentModels_ = nullptr;
    QMenu* viewMenu_ = nullptr;

    void openTrainingDialog(TrainingDialog* dialog);
    void onTrainingFinished(const QString& checkpoint, const QString& error, bool stopped);
    void refreshTrainingActions();

    service::TrainingController* training_ = nullptr;
    TrainingMonitor* monitor_ = nullptr;
    QDockWidget* monitorDock_ = nullptr;
    QAction* newRun_ = nullptr;
    QAction* fineTune_ = nullptr;
    QAction* monitorAction_ = nullptr;
    CloseWhileTraining closeAnswer_ = CloseWhileTraining::Ask;
    bool closeAfterTraining_ = false;
    QProgressDialog* closing_ = nullptr;
};

}  // namespace pivq::ui
