#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "engine/service/default_model.h"
#include "engine/service/training_controller.h"
#include "ui/app_settings.h"
#include "ui/compare_dialog.h"
#include "ui/gallery_strip.h"
#include "ui/image_file.h"
#include "ui/image_slot.h"
#include "ui/interpolation_export.h"
#include "ui/interpolation_panel.h"
#include "ui/mask_canvas.h"
#include "ui/mask_document.h"
#include "ui/mask_editor.h"
#include "ui/mask_panel.h"
#include "ui/message_bar.h"
#include "ui/palette_panel.h"
#include "ui/preferences_dialog.h"
#include "ui/render_scheduler.h"
#include "ui/training_dialog.h"
#include "ui/training_monitor.h"

namespace pivq::ui {

using service::EngineInfo;
using service::LatentSource;
using service::RenderOutput;
using service::RenderRequest;
using service::RenderResult;
using service::SourceSlot;

namespace {
constexpr const char* kFallbackPreset = "cpu64";
constexpr const char* kSamplePose = ":/samples/pose.png";
constexpr const char* kSampleIdentity = ":/samples/identity.png";

QAction* action(QObject* parent, const QString& text, const QString& tip, const QKeySequence& key = {})
{
    auto* a = new QAction(text, parent);
    if (!key.isEmpty()) a->setShortcut(key);
    a->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    return a;
}

QString sourceText(const LatentSource& s, const QString& description)
{
    return s.kind == LatentSource::Kind::None ? QString() : description;
}
}  // namespace

MainWindow::MainWindow(service::EngineService* engine, QWidget* parent) : QMainWindow(parent), engine_(engine)
{
    setWindowTitle(tr("PIVQ Studio"));
    setObjectName("MainWindow");
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);

    scheduler_ = new RenderScheduler(engine_, this);
    doc_ = new MaskDocument(this);
    editor_ = new MaskEditor(doc_, this);
    renderTimer_ = new QTimer(this);
    renderTimer_->setSingleShot(true);
    renderTimer_->setInterval(0);
    connect(renderTimer_, &QTimer::timeout, this, &MainWindow::renderNow);

    // ---- centre: messages, the result with the mask overlay, the mask alone
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    modelNotice_ = new MessageBar(central);
    modelNotice_->setAccessibleName(tr("Model message"));
    renderError_ = new MessageBar(central);
    renderError_->setAccessibleName(tr("Render error"));
    tuningNotice_ = new MessageBar(central);
    tuningNotice_->setAccessibleName(tr("Generator tuning message"));
    layout->addWidget(modelNotice_);
    layout->addWidget(renderError_);
    layout->addWidget(tuningNotice_);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    result_ = new MaskCanvas(splitter);
    result_->setObjectName("result");
    result_->setAccessibleName(tr("Result"));
    result_->setToolTip(
        tr("The identity in the pose, with the object mask of the chosen layer over it. Paint on it "
           "with the mask tools; wheel or +/- to zoom, middle button to move"));
    result_->setEditable(true);
    maskView_ = new MaskCanvas(splitter);
    maskView_->setObjectName("maskView");
    maskView_->setAccessibleName(tr("Object mask"));
    maskView_->setToolTip(tr("The object mask of the chosen layer alone; paint on it like on the result"));
    maskView_->setOpacity(1.0);
    maskView_->setEditable(true);
    maskView_->setPlaceholder(tr("The object mask appears after the first render"));
    splitter->addWidget(result_);
    splitter->addWidget(maskView_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    for (MaskCanvas* canvas : {result_, maskView_}) {
        connect(canvas, &MaskCanvas::pointerPressed, editor_, &MaskEditor::press);
        connect(canvas, &MaskCanvas::pointerMoved, editor_, &MaskEditor::move);
        connect(canvas, &MaskCanvas::pointerReleased, editor_, &MaskEditor::release);
        canvas->setBrushSize(editor_->brushSize());
    }

    // ---- inputs (left)
    pose_ = new ImageSlot(tr("Pose"), ImageSlot::Random | ImageSlot::Reconstruction | ImageSlot::Refine, this);
    pose_->setObjectName("poseSlot");
    identity_ = new ImageSlot(tr("Identity"), ImageSlot::Random | ImageSlot::Reconstruction | ImageSlot::Refine, this);
    identity_->setObjectName("identitySlot");

    maskPanel_ = new MaskPanel(editor_, this);
    palettePanel_ = new PalettePanel(editor_, this);
    interp_ = new InterpolationPanel(this);
    interp_->secondPose()->setObjectName("secondPoseSlot");
    interp_->secondIdentity()->setObjectName("secondIdentitySlot");
    // What refining each input changes (core::PoseRows::Auto).
    for (ImageSlot* s : {pose_, interp_->secondPose()})
        s->setRefineNote(
            tr("Its pose rows stay as encoded, so the swap keeps its pose and masks: refining improves "
               "this image's own reconstruction."));
    for (ImageSlot* s : {identity_, interp_->secondIdentity()})
        s->setRefineNote(
            tr("Its pose rows stay as encoded and its other rows are refined: its own reconstruction gets closer, "
               "but swaps with it can get less faithful to it."));
    gallery_ = new GalleryStrip(this);
    training_ = new service::TrainingController(this);
    monitor_ = new TrainingMonitor(training_, this);

    buildActions();
    buildMenus();
    buildDocks();

    // ---- status bar: device, model, last render time
    deviceLabel_ = new QLabel(this);
    modelLabel_ = new QLabel(this);
    timeLabel_ = new QLabel(this);
    deviceLabel_->setToolTip(tr("Where the networks run; change it in Preferences"));
    modelLabel_->setToolTip(tr("The model in use; Model > Model Information for details"));
    timeLabel_->setToolTip(tr("Engine time of the last render"));
    statusBar()->addPermanentWidget(deviceLabel_);
    statusBar()->addPermanentWidget(modelLabel_);
    statusBar()->addPermanentWidget(timeLabel_);
    deviceLabel_->setText(tr("starting…"));

    // ---- wiring
    connect(engine_, &service::EngineService::infoReady, this, &MainWindow::showEngineInfo);
    connect(scheduler_, &RenderScheduler::swapReady, this, &MainWindow::onSwapReady);
    connect(scheduler_, &RenderScheduler::reconstructionReady, this, &MainWindow::onReconstruction);
    connect(pose_, &ImageSlot::sourceChanged, this, &MainWindow::onPoseChanged);
    connect(identity_, &ImageSlot::sourceChanged, this, [this] {
        scheduleRender();
        requestReconstructions();
    });
    for (ImageSlot* s : {pose_, identity_}) {
        connect(s, &ImageSlot::reconstructionToggled, this, &MainWindow::requestReconstructions);
        connect(s, &ImageSlot::fileOpened, this, [this](const QString& path) {
            AppSettings::addRecentFile(path);
            refreshRecentMenus();
        });
    }
    for (ImageSlot* s : inputSlots()) {
        connect(s, &ImageSlot::modelDropped, this, &MainWindow::openModel);
        connect(s, &ImageSlot::sourceChanged, this, [this, s] { onInputChanged(s); });
        connect(s, &ImageSlot::refineRequested, this,
                [this, s](const RefineSettings& settings) { refineInput(s, settings); });
        connect(s, &ImageSlot::refineCancelRequested, this, &MainWindow::cancelRefinement);
        connect(s, &ImageSlot::revertRequested, this, [this, s] { revertRefinement(s); });
    }
    connect(engine_, &service::EngineService::refineProgress, this, &MainWindow::onRefineProgress);
    connect(engine_, &service::EngineService::refineFinished, this, &MainWindow::onRefineFinished);
    connect(engine_, &service::EngineService::refineStatusReady, this, &MainWindow::onRefineStatus);
    connect(interp_, &InterpolationPanel::changed, this, &MainWindow::scheduleRender);
    connect(interp_, &InterpolationPanel::addToGalleryRequested, this, &MainWindow::addToGallery);
    connect(gallery_, &GalleryStrip::compareRequested, this,
            [this](const QImage& a, const QString& ca, const QImage& b, const QString& cb) {
                auto* d = new CompareDialog(a, ca, b, cb, this);
                d->setAttribute(Qt::WA_DeleteOnClose);
                d->show();
            });

    connect(doc_, &MaskDocument::editsChanged, this, &MainWindow::scheduleRender);  // live while painting
    connect(doc_, &MaskDocument::masksChanged, this, [this](int layer) {
        if (layer == editor_->layer()) refreshMask();
    });
    connect(doc_, &MaskDocument::paletteChanged, this, [this](int layer) {
        if (layer == editor_->layer()) refreshMask();
    });
    connect(doc_, &MaskDocument::layersReset, this, &MainWindow::refreshMask);
    connect(editor_, &MaskEditor::layerChanged, this, &MainWindow::refreshMask);
    connect(editor_, &MaskEditor::toolChanged, this, [this](ToolKind kind) {
        const bool stroke = kind == ToolKind::Brush || kind == ToolKind::Eraser;
        for (MaskCanvas* c : {result_, maskView_}) c->setBrushSize(stroke ? editor_->brushSize() : 1);
    });
    connect(editor_, &MaskEditor::brushSizeChanged, this, [this](int size) {
        const bool stroke = editor_->tool() == ToolKind::Brush || editor_->tool() == ToolKind::Eraser;
        for (MaskCanvas* c : {result_, maskView_}) c->setBrushSize(stroke ? size : 1);
    });
    connect(maskPanel_, &MaskPanel::opacityChanged, result_, &MaskCanvas::setOpacity);
    connect(palettePanel_, &PalettePanel::paletteEdited, this, &MainWindow::savePaletteEdits);
    result_->setOpacity(maskPanel_->opacity());

    connect(monitor_, &TrainingMonitor::openModelRequested, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Opening the checkpoint %1…").arg(QDir::toNativeSeparators(path)), 6000);
        openModel(path);
    });
    connect(training_, &service::TrainingController::started, this, &MainWindow::refreshTrainingActions);
    connect(training_, &service::TrainingController::finished, this, &MainWindow::onTrainingFinished);

    refreshResultPlaceholder();
    refreshRecentMenus();
    refreshRefineState();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // An export still running renders through the engine: let it finish first.
    for (auto* w : findChildren<QFutureWatcher<InterpolationFrames>*>()) w->waitForFinished();
    // A refinement would go on for nobody.
    if (isRefining()) engine_->cancelRefine();
}

// ---------------------------------------------------------------- actions and menus

void MainWindow::buildActions()
{
    openPose_ = action(this, tr("Open &Pose Image…"), tr("Open an image file as the pose input"), QKeySequence::Open);
    connect(openPose_, &QAction::triggered, pose_, &ImageSlot::openFile);
    openIdentity_ = action(this, tr("Open &Identity Image…"), tr("Open an image file as the identity input"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openIdentity_, &QAction::triggered, identity_, &ImageSlot::openFile);
    paste_ = action(this, tr("&Paste Image"), tr("Paste the clipboard image into the focused input (else the pose)"),
                    QKeySequence::Paste);
    connect(paste_, &QAction::triggered, this, [this] { (focusedSlot() ? focusedSlot() : pose_)->paste(); });
    export_ =
        action(this, tr("&Export Result…"), tr("Save the result as a PNG image"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(export_, &QAction::triggered, this, &MainWindow::exportResult);
    exportInterp_ = action(this, tr("Export &Interpolation…"),
                           tr("Save the pose or identity interpolation (t from 0 to 1) as a strip of frames"));
    connect(exportInterp_, &QAction::triggered, this, &MainWindow::exportInterpolation);
    saveSession_ = action(this, tr("&Save Session…"),
                          tr("Save inputs, interpolation, mask edits and palette in one file"), QKeySequence::Save);
    connect(saveSession_, &QAction::triggered, this, &MainWindow::saveSessionDialog);
    openSession_ = action(this, tr("Open &Session…"), tr("Open a session saved by PIVQ Studio"),
                          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connect(openSession_, &QAction::triggered, this, &MainWindow::openSessionDialog);
    quit_ = action(this, tr("&Quit"), tr("Close PIVQ Studio"), QKeySequence::Quit);
    connect(quit_, &QAction::triggered, this, &QWidget::close);

    swap_ = action(this, tr("S&wap Sides"), tr("Exchange the pose and the identity inputs"), QKeySequence(Qt::Key_X));
    connect(swap_, &QAction::triggered, this, &MainWindow::swapSides);
    randomPose_ =
        action(this, tr("Random P&ose"), tr("Draw a random pose from the model"), QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(randomPose_, &QAction::triggered, this, &MainWindow::randomPose);
    randomIdentity_ = action(this, tr("Random I&dentity"), tr("Draw a random identity from the model"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(randomIdentity_, &QAction::triggered, this, &MainWindow::randomIdentity);
    addGallery_ = action(this, tr("Add to &Gallery"), tr("Keep the current result in the gallery"),
                         QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(addGallery_, &QAction::triggered, this, &MainWindow::addToGallery);
    QKeySequence prefsKey(QKeySequence::Preferences);
    if (prefsKey.isEmpty()) prefsKey = QKeySequence(Qt::CTRL | Qt::Key_Comma);
    prefs_ = action(this, tr("Pre&ferences…"), tr("Device, threads and language"), prefsKey);
    prefs_->setMenuRole(QAction::PreferencesRole);
    connect(prefs_, &QAction::triggered, this, &MainWindow::showPreferences);

    zoomIn_ = action(this, tr("Zoom &In"), tr("Magnify the result"), QKeySequence::ZoomIn);
    connect(zoomIn_, &QAction::triggered, result_, &ImageView::zoomIn);
    zoomOut_ = action(this, tr("Zoom &Out"), tr("Reduce the result"), QKeySequence::ZoomOut);
    connect(zoomOut_, &QAction::triggered, result_, &ImageView::zoomOut);
    fit_ = action(this, tr("&Fit to Window"), tr("Show the whole result as large as it fits"),
                  QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit_, &QAction::triggered, result_, &ImageView::fitToWindow);
    actual_ = action(this, tr("&Actual Size (1:1)"), tr("One result pixel per screen pixel"),
                     QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(actual_, &QAction::triggered, result_, &ImageView::actualSize);
    overlay_ = action(this, tr("Mask &Overlay"), tr("Draw the object mask over the result"), QKeySequence(Qt::Key_M));
    overlay_->setCheckable(true);
    overlay_->setChecked(true);
    connect(overlay_, &QAction::toggled, this,
            [this](bool on) { result_->setOpacity(on ? maskPanel_->opacity() : 0); });

    openModel_ =
        action(this, tr("&Open Model…"), tr("Open a trained model (.pivq)"), QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(openModel_, &QAction::triggered, this, &MainWindow::openModelDialog);
    modelInfo_ = action(this, tr("Model &Information"), tr("Parameters and configuration of the model in use"));
    connect(modelInfo_, &QAction::triggered, this, &MainWindow::showModelInformation);
    newRun_ = action(this, tr("&New Training Run…"),
                     tr("Train a model on toyfaces, a folder or a .zip of images, with a monitor of its progress"));
    newRun_->setObjectName("newTrainingRunAction");
    connect(newRun_, &QAction::triggered, this, &MainWindow::newTrainingRun);
    fineTune_ = action(this, tr("&Fine-tune Current Model…"),
                       tr("Continue training the open model on new images (domain fine-tune)"));
    fineTune_->setObjectName("fineTuneAction");
    connect(fineTune_, &QAction::triggered, this, &MainWindow::fineTuneCurrentModel);
    monitorAction_ =
        action(this, tr("Training &Monitor"), tr("Show the progress, losses and samples of the training run"));
    monitorAction_->setObjectName("trainingMonitorAction");
    connect(monitorAction_, &QAction::triggered, this, &MainWindow::showTrainingMonitor);
    refinePose_ = action(this, tr("Refine &Pose Image…"),
                         tr("Optimise the pose image's latents so that its reconstruction becomes faithful"));
    refinePose_->setObjectName("refinePoseAction");
    connect(refinePose_, &QAction::triggered, pose_, &ImageSlot::openRefineDialog);
    refineIdentity_ = action(this, tr("Refine &Identity Image…"),
                             tr("Optimise the identity image's latents so that its reconstruction becomes faithful"));
    refineIdentity_->setObjectName("refineIdentityAction");
    connect(refineIdentity_, &QAction::triggered, identity_, &ImageSlot::openRefineDialog);
    cancelRefine_ = action(this, tr("&Cancel Refinement"), tr("Stop the running refinement; what it reached is kept"));
    cancelRefine_->setObjectName("cancelRefinementAction");
    connect(cancelRefine_, &QAction::triggered, this, &MainWindow::cancelRefinement);
    revertPose_ = action(this, tr("Revert P&ose to the Plain Encoding"),
                         tr("Undo the refinement of the pose: back to the encoder's latents of its image, exactly"));
    revertPose_->setObjectName("revertPoseAction");
    connect(revertPose_, &QAction::triggered, this, [this] { revertRefinement(pose_); });
    revertIdentity_ =
        action(this, tr("Revert I&dentity to the Plain Encoding"),
               tr("Undo the refinement of the identity: back to the encoder's latents of its image, exactly"));
    revertIdentity_->setObjectName("revertIdentityAction");
    connect(revertIdentity_, &QAction::triggered, this, [this] { revertRefinement(identity_); });
    revertTuning_ = action(this, tr("Revert &Generator Tuning"),
                           tr("Put back the model's own synthesis weights: every result returns to the untuned model"));
    revertTuning_->setObjectName("revertTuningAction");
    connect(revertTuning_, &QAction::triggered, this, &MainWindow::revertGeneratorTuning);
    about_ = action(this, tr("&About PIVQ Studio"), tr("Version and licence"));
    about_->setMenuRole(QAction::AboutRole);
    connect(about_, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(openPose_);
    file->addAction(openIdentity_);
    recentFiles_ = file->addMenu(tr("Open &Recent"));
    file->addAction(paste_);
    file->addSeparator();
    file->addAction(openSession_);
    file->addAction(saveSession_);
    file->addSeparator();
    file->addAction(export_);
    file->addAction(exportInterp_);
    file->addSeparator();
    file->addAction(quit_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(maskPanel_->undoAction());
    edit->addAction(maskPanel_->redoAction());
    edit->addSeparator();
    edit->addAction(swap_);
    edit->addAction(randomPose_);
    edit->addAction(randomIdentity_);
    edit->addAction(addGallery_);
    edit->addSeparator();
    edit->addAction(prefs_);

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->addAction(zoomIn_);
    viewMenu_->addAction(zoomOut_);
    viewMenu_->addAction(fit_);
    viewMenu_->addAction(actual_);
    viewMenu_->addSeparator();
    viewMenu_->addAction(overlay_);
    viewMenu_->addSeparator();

    QMenu* mask = menuBar()->addMenu(tr("M&ask"));
    for (QAction* a : maskPanel_->toolActions()) mask->addAction(a);
    mask->addSeparator();
    mask->addAction(maskPanel_->shrinkAction());
    mask->addAction(maskPanel_->growAction());
    mask->addSeparator();
    mask->addAction(maskPanel_->resetAction());

    QMenu* refine = menuBar()->addMenu(tr("&Refine"));
    refine->addAction(refinePose_);
    refine->addAction(refineIdentity_);
    refine->addSeparator();
    refine->addAction(cancelRefine_);
    refine->addSeparator();
    refine->addAction(revertPose_);
    refine->addAction(revertIdentity_);
    refine->addAction(revertTuning_);

    QMenu* model = menuBar()->addMenu(tr("&Model"));
    model->addAction(openModel_);
    recentModels_ = model->addMenu(tr("Open &Recent"));
    QMenu* presets = model->addMenu(tr("&Untrained Networks"));
    presets->setToolTip(tr("Build a model configuration with random weights (for trying the interface)"));
    for (const char* p : {"tiny32", "cpu64"}) {
        const QString name = QString::fromLatin1(p);
        presets->addAction(name, this, [this, name] { loadPreset(name); });
    }
    model->addSeparator();
    model->addAction(modelInfo_);

    QMenu* train = menuBar()->addMenu(tr("&Train"));
    train->addAction(newRun_);
    train->addAction(fineTune_);
    train->addSeparator();
    train->addAction(monitorAction_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about_);

    auto* tools = addToolBar(tr("Main"));
    tools->setObjectName("mainToolBar");
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(swap_);
    tools->addAction(randomPose_);
    tools->addAction(randomIdentity_);
    tools->addSeparator();
    tools->addAction(fit_);
    tools->addAction(actual_);
    tools->addAction(zoomIn_);
    tools->addAction(zoomOut_);
    tools->addAction(overlay_);
    tools->addSeparator();
    tools->addAction(addGallery_);
    tools->addAction(export_);
    // Panel-local shortcuts ([ ], 1-9) work anywhere in the window.
    addActions(maskPanel_->actions());
    addActions(palettePanel_->actions());
}

void MainWindow::buildDocks()
{
    auto dock = [this](const QString& title, const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        viewMenu_->addAction(d->toggleViewAction());
        return d;
    };

    auto* inputs = new QWidget(this);
    auto* il = new QVBoxLayout(inputs);
    il->setContentsMargins(4, 4, 4, 4);
    il->addWidget(pose_, 1);
    auto* swapButton = new QToolButton(inputs);
    swapButton->setDefaultAction(swap_);
    swapButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    swapButton->setAccessibleName(tr("Swap sides"));
    il->addWidget(swapButton, 0, Qt::AlignHCenter);
    il->addWidget(identity_, 1);
    inputs->setMinimumWidth(220);
    QDockWidget* inputsDock = dock(tr("Inputs"), "inputsDock", inputs, Qt::LeftDockWidgetArea);

    auto* masks = new QWidget(this);
    auto* ml = new QVBoxLayout(masks);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->addWidget(maskPanel_);
    auto* classes = new QLabel(tr("<b>Classes</b>"), masks);
    ml->addWidget(classes);
    ml->addWidget(palettePanel_, 1);
    masks->setMinimumWidth(240);
    QDockWidget* masksDock = dock(tr("Masks"), "masksDock", masks, Qt::RightDockWidgetArea);
    // The result gets the room: narrow side columns by default.
    resizeDocks({inputsDock, masksDock}, {250, 290}, Qt::Horizontal);

    // The training monitor shares the right column with the masks, shown when a run starts.
    monitorDock_ = dock(tr("Training Monitor"), "trainingDock", monitor_, Qt::RightDockWidgetArea);
    tabifyDockWidget(masksDock, monitorDock_);
    masksDock->raise();
    monitorDock_->hide();

    QDockWidget* interp = dock(tr("Interpolation"), "interpolationDock", interp_, Qt::BottomDockWidgetArea);
    QDockWidget* gallery = dock(tr("Gallery"), "galleryDock", gallery_, Qt::BottomDockWidgetArea);
    splitDockWidget(interp, gallery, Qt::Horizontal);
    resizeDocks({interp, gallery}, {3, 2}, Qt::Horizontal);
}

void MainWindow::refreshRecentMenus()
{
    recentFiles_->clear();
    for (const QString& path : AppSettings::recentFiles()) {
        QMenu* m = recentFiles_->addMenu(QFileInfo(path).fileName());
        m->setToolTip(QDir::toNativeSeparators(path));
        m->addAction(tr("As Pose"), this, [this, path] { pose_->loadFile(path); });
        m->addAction(tr("As Identity"), this, [this, path] { identity_->loadFile(path); });
    }
    recentFiles_->setEnabled(!recentFiles_->isEmpty());
    recentModels_->clear();
    for (const QString& path : AppSettings::recentModels())
        recentModels_->addAction(QFileInfo(path).fileName(), this, [this, path] { openModel(path); })
            ->setToolTip(QDir::toNativeSeparators(path));
    recentModels_->setEnabled(!recentModels_->isEmpty());
}

// ---------------------------------------------------------------- start and models

void MainWindow::start(const StartupOptions& options)
{
    if (!options.preset.isEmpty()) {
        fallbackReason_ = tr("You asked for the untrained “%1” networks.").arg(options.preset);
        loadPreset(options.preset);
    } else {
        const QString model =
            !options.model.isEmpty()
                ? options.model
                : service::findDefaultModel(options.modelDirs.isEmpty() ? service::defaultModelDirs() : options.modelDirs);
        if (!model.isEmpty()) {
            openModel(model);
        } else {
            fallbackReason_ = tr("No trained model is installed.");
            loadPreset(kFallbackPreset);
        }
    }
    if (!options.pose.isEmpty())
        pose_->loadFile(options.pose);
    else if (options.samples && !pose_->isSet())
        pose_->loadFile(kSamplePose);
    if (!options.identity.isEmpty())
        identity_->loadFile(options.identity);
    else if (options.samples && !identity_->isSet())
        identity_->loadFile(kSampleIdentity);
}

void MainWindow::openModel(const QString& path)
{
    pendingLoad_ = path;
    pendingIsPreset_ = false;
    modelLabel_->setText(tr("opening %1…").arg(QFileInfo(path).fileName()));
    engine_->loadModel(path);
}

void MainWindow::loadPreset(const QString& name)
{
    pendingLoad_ = name;
    pendingIsPreset_ = true;
    if (fallbackReason_.isEmpty()) fallbackReason_ = tr("You chose untrained networks.");
    modelLabel_->setText(tr("building %1…").arg(name));
    engine_->loadPreset(name);
}

void MainWindow::openModelDialog()
{
    const QStringList recent = AppSettings::recentModels();
    const QString start = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), start, tr("PIVQ models (*.pivq)"));
    if (!path.isEmpty()) openModel(path);
}

void MainWindow::showEngineInfo(const EngineInfo& info)
{
    const QString attempted = pendingLoad_;
    const bool wasPreset = pendingIsPreset_;
    pendingLoad_.clear();
    info_ = info;
    refreshTrainingActions();

    deviceLabel_->setText(info.device.isEmpty() ? QString() : tr("%1, threads: %2").arg(info.device).arg(info.threads));
    modelLabel_->setText(modelDescription());

    const bool trained = hasModel() && !info.modelPath.isEmpty();
    if (!info.error.isEmpty() && !attempted.isEmpty()) {
        // A load failed; the engine kept what it had.
        const QString what = wasPreset ? tr("the “%1” networks").arg(attempted.toHtmlEscaped())
                                       : QDir::toNativeSeparators(attempted).toHtmlEscaped();
        if (!hasModel() && !wasPreset && !triedFallback_) {
            triedFallback_ = true;
            fallbackReason_ = tr("Could not open %1: %2").arg(what, info.error.toHtmlEscaped());
            loadPreset(kFallbackPreset);
            return;
        }
        if (!hasModel()) {
            modelNotice_->showMessage(
                MessageBar::Level::Error,
                tr("<b>No model could be loaded.</b> %1<br>%2<br>Open a trained model with Model › Open Model… "
                   "(a <code>.pivq</code> file written by <code>pivq train</code>).")
                    .arg(fallbackReason_, tr("Could not load %1: %2").arg(what, info.error.toHtmlEscaped())));
        } else {
            modelNotice_->showMessage(MessageBar::Level::Error,
                                      tr("Could not open %1: %2<br>Still using %3.")
                                          .arg(what, info.error.toHtmlEscaped(), modelDescription().toHtmlEscaped()));
        }
    } else if (!info.error.isEmpty()) {
        // The model is fine; the device or threads were not.
        modelNotice_->showMessage(MessageBar::Level::Warning,
                                  tr("The engine reports: %1").arg(info.error.toHtmlEscaped()));
    } else if (!hasModel()) {
        modelNotice_->showMessage(MessageBar::Level::Error,
                                  tr("<b>No model is loaded.</b> Open one with Model › Open Model…"));
    } else if (!trained) {
        modelNotice_->showMessage(
            MessageBar::Level::Warning,
            tr("<b>%1 Showing the untrained “%2” networks, so results are noise.</b><br>"
               "To get a working model, train one, e.g. <code>pivq train --data toyfaces --out runs/toy "
               "--minutes 30</code>, then choose Model › Open Model… and open <code>runs/toy/model.pivq</code> "
               "(or put a <code>.pivq</code> file into the <code>models</code> folder).")
                .arg(fallbackReason_, info.modelName.toHtmlEscaped()));
    } else {
        modelNotice_->clearMessage();
        fallbackReason_.clear();
    }
    if (trained && info.error.isEmpty()) {
        AppSettings::addRecentModel(info.modelPath);
        refreshRecentMenus();
    }

    // A different model (not just another device): new masks, palettes and results.
    const QString key = info.modelPath + '\n' + info.modelName + '\n' + info.configJson;
    // A load (even of the same model again) drops refined latents and generator tuning.
    if ((!attempted.isEmpty() && info.error.isEmpty()) || key != loadedKey_) resetRefinements();
    if (key != loadedKey_) {
        loadedKey_ = key;
        scheduler_->reset();
        doc_->reset(info.maskLayers, info.maskSides, info.classes, info.palettes, info.classNames);
        applySavedPalettes();
        applySessionMasks();
        lastResult_ = QImage();
        result_->setImage({});
        timeLabel_->clear();
        lastRenderMs_ = -1;
    }
    refreshResultPlaceholder();
    refreshRefineState();
    scheduleRender();
    requestReconstructions();
}

QString MainWindow::modelDescription() const
{
    if (!hasModel()) return tr("no model");
    if (info_.modelPath.isEmpty()) return tr("%1 (untrained)").arg(info_.modelName);
    return tr("%1 (%2)").arg(info_.modelName, QFileInfo(info_.modelPath).fileName());
}

void MainWindow::showModelInformation()
{
    QDialog d(this);
    d.setWindowTitle(tr("Model Information"));
    auto* layout = new QVBoxLayout(&d);
    auto* summary = new QLabel(&d);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setText(
        hasModel() ? tr("<b>%1</b><br>File: %2<br>Resolution: %3 px; mask layers: %4; classes: %5<br>"
                        "Generator: %6 M parameters; encoder: %7 M parameters<br>Device: %8, %9 threads; LibTorch %10")
                         .arg(info_.modelName.toHtmlEscaped(),
                              info_.modelPath.isEmpty() ? tr("none (untrained preset)")
                                                        : QDir::toNativeSeparators(info_.modelPath).toHtmlEscaped())
                         .arg(info_.resolution)
                         .arg([this] {
                             QStringList l;
                             for (int layer : info_.maskLayers) l << QString::number(layer);
                             return l.join(", ");
                         }())
                         .arg(info_.classes)
                         .arg(info_.generatorParams / 1e6, 0, 'f', 2)
                         .arg(info_.encoderParams / 1e6, 0, 'f', 2)
                         .arg(info_.device)
                         .arg(info_.threads)
                         .arg(info_.torchVersion)
                   : tr("No model is loaded."));
    layout->addWidget(summary);
    auto* config = new QPlainTextEdit(&d);
    config->setReadOnly(true);
    config->setPlainText(info_.configJson);
    config->setAccessibleName(tr("Model configuration"));
    config->setToolTip(tr("The configuration of the loaded model"));
    layout->addWidget(config, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(buttons);
    d.resize(560, 480);
    d.exec();
}

void MainWindow::applySavedPalettes()
{
    if (info_.modelPath.isEmpty()) return;
    for (int layer : doc_->layers()) {
        QVector<QRgb> colors;
        QStringList names;
        if (!AppSettings::loadPalette(info_.modelPath, layer, &colors, &names)) continue;
        for (int k = 0; k < doc_->classes(); ++k) {
            if (k < colors.size()) doc_->setColor(layer, k, colors[k]);
            if (k < names.size() && !names[k].isEmpty()) doc_->setClassName(layer, k, names[k]);
        }
    }
}

void MainWindow::savePaletteEdits(int layer)
{
    if (info_.modelPath.isEmpty()) return;
    AppSettings::savePalette(info_.modelPath, layer, doc_->palettes().value(layer), doc_->classNames().value(layer));
}

// ---------------------------------------------------------------- rendering

RenderRequest MainWindow::currentRequest() const
{
    RenderRequest r;
    r.output = RenderOutput::Swap;
    r.pose = pose_->source();
    r.identity = identity_->source();
    r.poseB = interp_->secondPose()->source();
    r.identityB = interp_->secondIdentity()->source();
    r.poseT = interp_->poseT();
    r.identityT = interp_->identityT();
    r.masks = doc_->editedMasks();
    r.wantMasks = true;
    return r;
}

void MainWindow::scheduleRender()
{
    if (!renderTimer_->isActive()) renderTimer_->start();
}

void MainWindow::renderNow()
{
    refreshResultPlaceholder();
    if (!hasModel() || !pose_->isSet() || !identity_->isSet()) return;
    lastSwap_ = currentRequest();
    scheduler_->renderSwap(lastSwap_);
}

void MainWindow::requestReconstructions()
{
    if (!hasModel()) return;
    // A random input is shown by its reconstruction (G of its latents): it has no picture.
    const RenderRequest base = currentRequest();
    for (ImageSlot* slot : {pose_, identity_}) {
        const bool random = slot->isSet() && !slot->hasImage();  // a random draw (or latents without an image)
        const bool wanted = slot->hasImage() && slot->reconstructionShown();
        if (!random && !wanted) continue;
        RenderRequest r = base;
        r.output = slot == pose_ ? RenderOutput::ReconstructPose : RenderOutput::ReconstructIdentity;
        r.wantMasks = false;
        scheduler_->reconstruct(r);
    }
}

void MainWindow::onSwapReady(const RenderRequest& request, const RenderResult& result)
{
    lastRenderMs_ = result.renderMs;
    timeLabel_->setText(tr("last render %1 ms").arg(result.renderMs, 0, 'f', 0));
    if (!result.ok()) {
        renderError_->showMessage(MessageBar::Level::Error,
                                  tr("<b>The result could not be drawn:</b> %1").arg(result.error.toHtmlEscaped()));
        return;
    }
    renderError_->clearMessage();
    lastResult_ = result.image;
    result_->setImage(result.image);
    // What the model computed for the layers the artist has not edited in this request.
    bool again = false;
    for (auto it = result.masks.cbegin(); it != result.masks.cend(); ++it) {
        if (request.masks.contains(it.key())) continue;
        doc_->setEncoded(it.key(), it.value());
        // Edits that could not be sent before their layer's encoded mask was known go now.
        if (doc_->isEdited(it.key())) again = true;
    }
    if (again) scheduleRender();
    Q_EMIT resultShown(result.stamp);
}

void MainWindow::onReconstruction(const RenderRequest& request, const RenderResult& result)
{
    ImageSlot* slot = request.output == RenderOutput::ReconstructPose ? pose_ : identity_;
    const LatentSource now = slot->source();
    const LatentSource& asked = request.output == RenderOutput::ReconstructPose ? request.pose : request.identity;
    // Only if the slot still holds what was reconstructed.
    if (now.kind != asked.kind || now.seed != asked.seed || now.image.cacheKey() != asked.image.cacheKey() ||
        now.latents != asked.latents)
        return;
    slot->setReconstruction(result);
}

void MainWindow::refreshResultPlaceholder()
{
    QString text;
    if (!hasModel())
        text = tr("No model is loaded.\nModel › Open Model… opens a trained .pivq file.");
    else if (!pose_->isSet() || !identity_->isSet())
        text =
            tr("Give a pose and an identity: drop image files on the two inputs on the left, paste one, or draw "
               "random ones.");
    else
        text = tr("Rendering…");
    result_->setPlaceholder(text);
    if (!hasModel() || !pose_->isSet() || !identity_->isSet()) {
        result_->setImage({});
        lastResult_ = QImage();
    }
}

void MainWindow::refreshMask()
{
    const int layer = editor_->layer();
    QImage m = doc_->effective(layer);
    if (!m.isNull()) m.setColorTable(doc_->displayColors(layer));
    result_->setMask(m);
    maskView_->setMask(m);
    if (m.isNull()) {
        maskView_->setImage({});
    } else if (maskView_->image().size() != m.size()) {
        // A neutral ground under the mask, so hidden classes read as "nothing".
        QImage ground(m.size(), QImage::Format_RGB32);
        ground.fill(QColor(128, 128, 128));
        maskView_->setImage(ground);
    }
}

// ---------------------------------------------------------------- inputs

void MainWindow::onPoseChanged()
{
    // Edits belong to the masks of the pose they were painted on.
    if (doc_->hasEdits()) {
        editor_->discardEdits();
        statusBar()->showMessage(tr("Mask edits were cleared: they belonged to the previous pose."), 6000);
    }
    scheduleRender();
    requestReconstructions();
}

void MainWindow::swapSides()
{
    // Refined latents follow their image to the other side (the engine would encode a moved
    // image afresh).
    QVector<float> poseWs, identityWs;
    if (hasModel() && pose_->isRefined()) poseWs = engine_->latentsSync(SourceSlot::Pose);
    if (hasModel() && identity_->isRefined()) identityWs = engine_->latentsSync(SourceSlot::Identity);
    pose_->swapWith(identity_);
    if (!identityWs.isEmpty())
        pose_->setLatents(identityWs);
    else
        pose_->setRefined(pose_->source().kind == LatentSource::Kind::Latents);
    if (!poseWs.isEmpty())
        identity_->setLatents(poseWs);
    else
        identity_->setRefined(identity_->source().kind == LatentSource::Kind::Latents);
}

void MainWindow::randomPose()
{
    pose_->randomize();
}

void MainWindow::randomIdentity()
{
    identity_->randomize();
}

ImageSlot* MainWindow::focusedSlot() const
{
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto* slot = qobject_cast<ImageSlot*>(w)) return slot;
    return nullptr;
}

void MainWindow::addToGallery()
{
    if (lastResult_.isNull()) {
        statusBar()->showMessage(tr("There is no result to keep yet."), 4000);
        return;
    }
    QString caption = tr("%1 in the pose of %2")
                          .arg(sourceText(identity_->source(), identity_->description()),
                               sourceText(pose_->source(), pose_->description()));
    if (lastSwap_.poseT > 0) caption += '\n' + tr("pose t = %1").arg(lastSwap_.poseT, 0, 'f', 2);
    if (lastSwap_.identityT > 0) caption += '\n' + tr("identity t = %1").arg(lastSwap_.identityT, 0, 'f', 2);
    if (!lastSwap_.masks.isEmpty()) caption += '\n' + tr("edited masks");
    gallery_->addResult(lastResult_, caption);
}

void MainWindow::exportResult()
{
    if (lastResult_.isNull()) {
        QMessageBox::information(this, tr("Export Result"), tr("There is no result to export yet."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Result"), tr("result.png"), tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    QString why;
    if (!saveImageAtomically(path, lastResult_, "png", &why))
        QMessageBox::warning(this, tr("Export Result"),
                             tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why));
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::exportInterpolation()
{
    const bool hasPose = interp_->secondPose()->isSet(), hasIdentity = interp_->secondIdentity()->isSet();
    if (!hasModel() || !pose_->isSet() || !identity_->isSet() || (!hasPose && !hasIdentity)) {
        QMessageBox::information(this, tr("Export Interpolation"),
                                 tr("Give a second pose or a second identity (Interpolation panel) first."));
        return;
    }
    bool pose = hasPose;
    if (hasPose && hasIdentity) {
        QMessageBox ask(QMessageBox::Question, tr("Export Interpolation"), tr("Which interpolation?"),
                        QMessageBox::Cancel, this);
        QPushButton* p = ask.addButton(tr("Pose"), QMessageBox::AcceptRole);
        ask.addButton(tr("Identity"), QMessageBox::AcceptRole);
        if (ask.exec() == QMessageBox::Cancel) return;
        pose = ask.clickedButton() == p;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Interpolation"), tr("interpolation.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    constexpr int kFrames = 8;
    auto* watcher = new QFutureWatcher<InterpolationFrames>(this);
    connect(watcher, &QFutureWatcher<InterpolationFrames>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const InterpolationFrames f = watcher->result();
        QString why;
        if (!f.error.isEmpty())
            QMessageBox::warning(this, tr("Export Interpolation"), tr("A frame could not be drawn: %1").arg(f.error));
        else if (!saveImageAtomically(path, f.strip(), "png", &why))
            QMessageBox::warning(this, tr("Export Interpolation"),
                                 tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why));
        else
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    });
    statusBar()->showMessage(tr("Rendering %1 frames…").arg(kFrames));
    watcher->setFuture(renderInterpolation(engine_, currentRequest(), pose, kFrames));
}

void MainWindow::showPreferences()
{
    PreferencesDialog d(info_.device, this);
    if (d.exec() != QDialog::Accepted) return;
    const bool languageChanged = d.save();
    service::EngineOptions o;
    o.device = d.device();
    o.threads = d.threads();
    engine_->configure(o);
    if (languageChanged)
        QMessageBox::information(this, tr("Preferences"),
                                 tr("The new language is used from the next start of PIVQ Studio."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About PIVQ Studio"),
        tr("<b>PIVQ Studio %1</b><p>Draw the identity of one image in the pose of another, with the learned object "
           "masks of PIVQGAN that you can paint.</p><p>Engine: LibTorch %2 on %3.</p>")
            .arg(QCoreApplication::applicationVersion(), info_.torchVersion, info_.device));
}

// ---------------------------------------------------------------- refinement

QList<ImageSlot*> MainWindow::inputSlots() const
{
    return {pose_, identity_, interp_->secondPose(), interp_->secondIdentity()};
}

SourceSlot MainWindow::sourceSlot(const ImageSlot* slot) const
{
    if (slot == identity_) return SourceSlot::Identity;
    if (slot == interp_->secondPose()) return SourceSlot::PoseB;
    if (slot == interp_->secondIdentity()) return SourceSlot::IdentityB;
    return SourceSlot::Pose;
}

bool MainWindow::refineInput(ImageSlot* slot, const RefineSettings& settings)
{
    if (!slot || !inputSlots().contains(slot)) return false;
    const QString why = slot->refineUnavailableReason();
    if (!why.isEmpty()) {
        slot->showError(tr("%1 cannot be refined now: %2").arg(slot->title(), why));
        return false;
    }
    service::RefineRequest r;
    r.slot = sourceSlot(slot);
    r.source = slot->source();  // the very source renders send, so the engine keeps its latents
    r.steps = settings.steps;
    r.tuneGenerator = settings.tuneGenerator;
    r.generatorSteps = settings.generatorSteps;
    refineRun_ = {engine_->refine(r), slot, false};
    slot->showRefineStarted(r.steps + (r.tuneGenerator ? r.generatorSteps : 0));
    refreshRefineState();
    return true;
}

void MainWindow::cancelRefinement()
{
    if (!isRefining()) return;
    engine_->cancelRefine();
    statusBar()->showMessage(tr("Cancelling the refinement; what it reached is kept…"), 4000);
}

void MainWindow::revertRefinement(ImageSlot* slot)
{
    if (!slot || !inputSlots().contains(slot) || !hasModel()) return;
    if (refineRun_.slot == slot && !refineRun_.orphaned) {
        // The engine cancels it first; its result would only say "cancelled".
        refineRun_.orphaned = true;
        slot->showRefineEnded();
    }
    pendingReverts_.push_back(slot);
    engine_->revertRefinement(sourceSlot(slot));
    // Saved latents go back to a plain image source: the engine encodes the same image.
    slot->usePlainEncoding();
}

void MainWindow::revertGeneratorTuning()
{
    if (!hasModel()) return;
    pendingReverts_.push_back(nullptr);
    engine_->revertGeneratorTuning();
}

void MainWindow::onRefineProgress(const service::RefineProgress& p)
{
    if (p.stamp != refineRun_.stamp || refineRun_.orphaned) return;
    refineRun_.slot->showRefineProgress(p);
    scheduleRender();  // the swap follows the refinement (renders run between its slices)
}

void MainWindow::onRefineFinished(const service::RefineResult& r)
{
    if (r.stamp != refineRun_.stamp) return;  // not one this window is waiting for
    ImageSlot* slot = refineRun_.slot;
    const bool orphaned = refineRun_.orphaned;
    refineRun_ = {};
    generatorTuned_ = r.generatorTuned;
    if (orphaned) {
        slot->showRefineEnded();
    } else {
        slot->showRefineResult(r);
        if (!r.ok())
            statusBar()->showMessage(tr("The refinement of %1 stopped: %2").arg(slot->title(), r.error), 8000);
        else if (!r.cancelled)
            statusBar()->showMessage(tr("%1 refined in %2 steps (%3 s)")
                                         .arg(slot->title())
                                         .arg(r.stepsDone)
                                         .arg(r.refineMs / 1000.0, 0, 'f', 1),
                                     6000);
    }
    refreshRefineState();
    scheduleRender();
    requestReconstructions();
}

void MainWindow::onRefineStatus(const service::RefineStatus& st)
{
    if (pendingReverts_.isEmpty()) return;  // not an answer to this window
    ImageSlot* slot = pendingReverts_.takeFirst();
    if (slot) {
        if (!slot->isRefining()) slot->setRefined(st.ok() && st.isRefined(sourceSlot(slot)));
        if (st.ok()) statusBar()->showMessage(tr("%1: back to the plain encoding").arg(slot->title()), 4000);
    } else if (st.ok()) {
        statusBar()->showMessage(tr("The generator's own weights are back"), 4000);
    }
    generatorTuned_ = st.ok() && st.generatorTuned;
    refreshRefineState();
    scheduleRender();
    requestReconstructions();
}

void MainWindow::onInputChanged(ImageSlot* slot)
{
    // A new input in a slot being refined: that refinement is over (the engine would end it
    // at the next render anyway).
    if (refineRun_.slot == slot && !refineRun_.orphaned) {
        refineRun_.orphaned = true;
        engine_->cancelRefine();
        slot->showRefineEnded();
    }
    refreshRefineState();
}

void MainWindow::resetRefinements()
{
    generatorTuned_ = false;
    pendingReverts_.clear();
    for (ImageSlot* slot : inputSlots()) {
        slot->usePlainEncoding();  // saved latents belong to the model they were refined with
        slot->setRefined(false);
    }
}

void MainWindow::refreshRefineState()
{
    const QString blocked = !hasModel()    ? tr("No model is loaded; open one first (Model › Open Model…).")
                            : isRefining() ? tr("Another refinement is running: wait for it or cancel it.")
                                           : QString();
    for (ImageSlot* slot : inputSlots()) slot->setRefineBlocked(blocked);
    refinePose_->setEnabled(pose_->canRefine());
    refineIdentity_->setEnabled(identity_->canRefine());
    cancelRefine_->setEnabled(isRefining() && !refineRun_.orphaned);
    revertPose_->setEnabled(hasModel() && pose_->isRefined() && !pose_->isRefining());
    revertIdentity_->setEnabled(hasModel() && identity_->isRefined() && !identity_->isRefining());
    revertTuning_->setEnabled(hasModel() && generatorTuned_);
    // Shown when the tuning begins (it can be dismissed), gone when it is reverted.
    if (generatorTuned_ == tuningNoticeShown_) return;
    tuningNoticeShown_ = generatorTuned_;
    if (generatorTuned_)
        tuningNotice_->showMessage(
            MessageBar::Level::Info,
            tr("<b>The generator is tuned</b> to one image (pivotal tuning): every result and reconstruction now "
               "differs from the model's own weights. Refine › Revert Generator Tuning puts them back; sessions do "
               "not save the tuning."));
    else
        tuningNotice_->clearMessage();
}

QString MainWindow::tuningNotice() const
{
    return tuningNotice_->text();
}

// ---------------------------------------------------------------- sessions

bool MainWindow::saveSession(const QString& path, QString* error)
{
    Session s;
    s.modelPath = info_.modelPath;
    s.modelName = info_.modelName;
    // A refined input is saved with its latents as they are now, beside its image.
    SessionInput* inputs[] = {&s.pose, &s.identity, &s.poseB, &s.identityB};
    const QList<ImageSlot*> slots = inputSlots();
    for (int i = 0; i < 4; ++i) {
        ImageSlot* slot = slots[i];
        SessionInput& in = *inputs[i];
        in = {slot->source(), slot->description()};
        if (!slot->isRefined() || !slot->hasImage()) {
            if (in.source.kind == LatentSource::Kind::Latents && slot->hasImage())
                in.source = LatentSource::fromImage(slot->image());  // reverted: the plain image
            continue;
        }
        const QVector<float> ws = hasModel() ? engine_->latentsSync(sourceSlot(slot)) : QVector<float>();
        if (ws.isEmpty() || ws.size() != info_.numWs * info_.wDim) {
            *error = tr("Could not save %1: the refined latents of %2 could not be read from the engine.")
                         .arg(QFileInfo(path).fileName(), slot->title());
            return false;
        }
        in.source = LatentSource::fromLatents(ws, slot->image());
        in.numWs = info_.numWs;
        in.wDim = info_.wDim;
    }
    s.poseT = interp_->poseSlider()->value() / double(InterpolationPanel::kSteps);
    s.identityT = interp_->identitySlider()->value() / double(InterpolationPanel::kSteps);
    s.layer = editor_->layer();
    for (int l : doc_->layers()) {
        s.sides[l] = doc_->side(l);
        if (doc_->isEdited(l)) s.edits[l] = doc_->overrides(l);
    }
    s.colors = doc_->palettes();
    s.names = doc_->classNames();
    if (!writeSession(path, s, error)) return false;
    const QString saved = tr("Saved %1").arg(QDir::toNativeSeparators(path));
    if (generatorTuned_)
        statusBar()->showMessage(tr("%1. The generator tuning is not saved in sessions: opened again, the session "
                                    "renders with the model's own weights.")
                                     .arg(saved),
                                 12000);
    else
        statusBar()->showMessage(saved, 4000);
    return true;
}

bool MainWindow::openSession(const QString& path, QString* error)
{
    Session s;
    if (!readSession(path, &s, error)) return false;
    const bool otherModel = !s.modelPath.isEmpty() && QFileInfo(s.modelPath) != QFileInfo(info_.modelPath) &&
                            QFileInfo::exists(s.modelPath);
    // Refined latents fit only a model with their shape. With the model in use they are
    // checked now, before anything changes; with a model still to come, the images go in
    // plain and their latents follow once that model is known (applySessionLatents).
    const bool deferLatents = otherModel || !hasModel();
    const SessionInput* inputs[] = {&s.pose, &s.identity, &s.poseB, &s.identityB};
    const QList<ImageSlot*> slots = inputSlots();
    bool anyLatents = false;
    for (int i = 0; i < 4; ++i) {
        const SessionInput& in = *inputs[i];
        if (in.source.kind != LatentSource::Kind::Latents) continue;
        anyLatents = true;
        if (!deferLatents && (in.numWs != info_.numWs || in.wDim != info_.wDim)) {
            *error = tr("Could not open %1: the refined latents of %2 have %3 × %4 values, but the model in use has "
                        "%5 × %6.")
                         .arg(QFileInfo(path).fileName(), slots[i]->title())
                         .arg(in.numWs)
                         .arg(in.wDim)
                         .arg(info_.numWs)
                         .arg(info_.wDim);
            return false;
        }
    }
    // Inputs first: a new pose clears edits, which the session then brings back.
    for (int i = 0; i < 4; ++i) {
        LatentSource source = inputs[i]->source;
        if (deferLatents && source.kind == LatentSource::Kind::Latents && !source.image.isNull())
            source = LatentSource::fromImage(source.image);  // the same QImage: its latents follow
        slots[i]->restore(source, inputs[i]->description);
    }
    interp_->setT(s.poseT, s.identityT);
    pendingSession_ = s;
    hasPendingSession_ = true;
    pendingLatents_ = deferLatents && anyLatents;
    if (otherModel) {
        openModel(s.modelPath);  // the masks and latents follow when it is loaded
    } else {
        applySessionMasks();
    }
    return true;
}

void MainWindow::applySessionMasks()
{
    if (!hasPendingSession_) return;
    hasPendingSession_ = false;
    const Session& s = pendingSession_;
    // Latents before the mask edits: giving the pose its latents is a change of its source.
    if (pendingLatents_) {
        pendingLatents_ = false;
        applySessionLatents(s);
    }
    QStringList skipped;
    for (auto it = s.sides.cbegin(); it != s.sides.cend(); ++it) {
        const int l = it.key();
        if (!doc_->hasLayer(l) || doc_->side(l) != it.value()) {
            if (s.edits.contains(l)) skipped << QString::number(l);
            continue;
        }
        const QVector<QRgb> colors = s.colors.value(l);
        const QStringList names = s.names.value(l);
        for (int k = 0; k < doc_->classes(); ++k) {
            if (k < colors.size()) doc_->setColor(l, k, colors[k]);
            if (k < names.size() && !names[k].isEmpty()) doc_->setClassName(l, k, names[k]);
        }
        if (s.edits.contains(l)) doc_->setOverrides(l, s.edits[l]);
    }
    editor_->undoStack()->clear();
    editor_->setLayer(s.layer);
    if (!skipped.isEmpty())
        statusBar()->showMessage(
            tr("The mask edits of layer(s) %1 do not fit the model in use and were left out.").arg(skipped.join(", ")),
            8000);
    scheduleRender();
}

void MainWindow::applySessionLatents(const Session& s)
{
    const SessionInput* inputs[] = {&s.pose, &s.identity, &s.poseB, &s.identityB};
    const QList<ImageSlot*> slots = inputSlots();
    QStringList unfit;
    for (int i = 0; i < 4; ++i) {
        const SessionInput& in = *inputs[i];
        ImageSlot* slot = slots[i];
        // Only while the slot still holds the session's image.
        if (in.source.kind != LatentSource::Kind::Latents || in.source.image.isNull() ||
            slot->image().cacheKey() != in.source.image.cacheKey())
            continue;
        if (!hasModel() || in.numWs != info_.numWs || in.wDim != info_.wDim) {
            unfit << slot->title();
            continue;
        }
        slot->setLatents(in.source.latents);
    }
    if (!unfit.isEmpty())
        statusBar()->showMessage(tr("The refined latents of %1 do not fit the model in use; the plain encoding of "
                                    "the image is used instead.")
                                     .arg(unfit.join(", ")),
                                 8000);
}

void MainWindow::saveSessionDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Session"), tr("session.pivqs"),
                                                      tr("PIVQ Studio sessions (*.pivqs)"));
    if (path.isEmpty()) return;
    QString error;
    if (!saveSession(path, &error)) QMessageBox::warning(this, tr("Save Session"), error);  // saveSession says "Saved"
}

void MainWindow::openSessionDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Session"), QString(), tr("PIVQ Studio sessions (*.pivqs)"));
    if (path.isEmpty()) return;
    QString error;
    if (!openSession(path, &error)) QMessageBox::warning(this, tr("Open Session"), error);
}

// ---------------------------------------------------------------- window

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(".pivq", Qt::CaseInsensitive))
            return event->acceptProposedAction();
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(".pivq", Qt::CaseInsensitive)) {
            openModel(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    QMainWindow::dropEvent(event);
}

void MainWindow::restoreLayout()
{
    const QSettings s;
    restoreGeometry(s.value("window/geometry").toByteArray());
    restoreState(s.value("window/state").toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (closeAfterTraining_) {  // waiting for the run's final checkpoint; closes when it is written
        event->ignore();
        return;
    }
    if (training_->isRunning()) {
        CloseWhileTraining answer = closeAnswer_;
        if (answer == CloseWhileTraining::Ask) {
            QMessageBox ask(QMessageBox::Question, tr("Training Is Running"),
                            tr("A training run is still going. Stop it and close PIVQ Studio? The run saves a "
                               "checkpoint first, which takes a moment."),
                            QMessageBox::Cancel, this);
            QPushButton* stop = ask.addButton(tr("&Stop Training and Close"), QMessageBox::AcceptRole);
            ask.setDefaultButton(QMessageBox::Cancel);
            ask.exec();
            answer = ask.clickedButton() == stop ? CloseWhileTraining::Stop : CloseWhileTraining::Cancel;
        }
        event->ignore();
        if (answer == CloseWhileTraining::Cancel) return;
        closeAfterTraining_ = true;
        training_->stop();
        closing_ =
            new QProgressDialog(tr("Stopping the training run and saving its checkpoint…"), QString(), 0, 0, this);
        closing_->setWindowTitle(tr("Closing"));
        closing_->setCancelButton(nullptr);
        closing_->setMinimumDuration(0);
        closing_->setWindowModality(Qt::WindowModal);
        closing_->show();
        return;
    }
    QSettings().setValue("window/state", saveState());
    QSettings().setValue("window/geometry", saveGeometry());
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------- training

TrainingDialog* MainWindow::trainingDialog() const
{
    for (TrainingDialog* d : findChildren<TrainingDialog*>())
        if (d->isVisible()) return d;
    return nullptr;
}

void MainWindow::openTrainingDialog(TrainingDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!startTraining(dialog->options(), &error))
            QMessageBox::warning(this, tr("Training"), tr("The run could not start: %1").arg(error));
    });
    dialog->open();  // window-modal, without blocking the event loop
}

void MainWindow::newTrainingRun()
{
    if (training_->isRunning()) return showTrainingMonitor();
    openTrainingDialog(new TrainingDialog(this));
}

void MainWindow::fineTuneCurrentModel()
{
    if (training_->isRunning()) return showTrainingMonitor();
    if (info_.modelPath.isEmpty()) {
        QMessageBox::information(this, tr("Fine-tune Current Model"),
                                 tr("Open a trained model first (Model › Open Model…): a fine-tune continues the "
                                    "training of a .pivq file."));
        return;
    }
    openTrainingDialog(new TrainingDialog(info_.modelPath, this));
}

void MainWindow::showTrainingMonitor()
{
    monitorDock_->show();
    monitorDock_->raise();
}

bool MainWindow::startTraining(const service::TrainingOptions& options, QString* error)
{
    service::TrainingOptions o = options;
    if (o.cacheDir.isEmpty())
        o.cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/datasets";
    if (!training_->start(o, error)) return false;
    showTrainingMonitor();
    statusBar()->showMessage(tr("Training started in %1").arg(QDir::toNativeSeparators(o.out)), 6000);
    return true;
}

void MainWindow::onTrainingFinished(const QString& checkpoint, const QString& error, bool stopped)
{
    refreshTrainingActions();
    if (closeAfterTraining_) {
        closeAfterTraining_ = false;
        if (closing_) {
            closing_->close();
            closing_->deleteLater();
            closing_ = nullptr;
        }
        close();
        return;
    }
    if (!error.isEmpty())
        statusBar()->showMessage(tr("The training run failed; the Training Monitor says why."), 10000);
    else if (!checkpoint.isEmpty())
        statusBar()->showMessage((stopped ? tr("Training stopped; checkpoint %1") : tr("Training finished: %1"))
                                     .arg(QDir::toNativeSeparators(checkpoint)),
                                 10000);
}

void MainWindow::refreshTrainingActions()
{
    const bool running = training_->isRunning();
    newRun_->setEnabled(!running);
    fineTune_->setEnabled(!running && hasModel() && !info_.modelPath.isEmpty());
}

QString MainWindow::statusText() const
{
    QStringList parts;
    for (const QLabel* l : {deviceLabel_, modelLabel_, timeLabel_})
        if (!l->text().isEmpty()) parts << l->text();
    return parts.join(" | ");
}

QString MainWindow::modelNotice() const
{
    return modelNotice_->text();
}

QString MainWindow::renderError() const
{
    return renderError_->text();
}

QImage MainWindow::resultImage() const
{
    return lastResult_;
}

}  // namespace pivq::ui
