// ui/main_window: the real window, offscreen, on the untrained tiny32 networks (no bundle
// needed). Inputs go in the way a user puts them in (drops, mouse strokes, sliders) and the
// checks read what reaches the engine and what the window shows.
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUrl>
#include <QtTest>

#include "engine/service/default_model.h"
#include "engine/service/engine_service.h"
#include "tests/support/hostile_images.h"
#include "tests/support/studio_window.h"
#include "ui/gallery_strip.h"
#include "ui/image_slot.h"
#include "ui/image_view.h"
#include "ui/interpolation_panel.h"
#include "ui/main_window.h"
#include "ui/message_bar.h"
#include "ui/mask_canvas.h"
#include "ui/mask_document.h"
#include "ui/mask_editor.h"
#include "ui/mask_tools.h"

using namespace pivq;
using service::LatentSource;

namespace {
constexpr int kWait = 60000;  // generous: ctest runs two suites at once on two cores

// Drops `mime` on `target` as a drag from another application would.
void drop(QWidget* target, QMimeData* mime)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

void dropFile(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    drop(target, &mime);
}
}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensWithoutAnyModel();
    void opensWithNoModelInstalled();
    void badModelFallsBackAndSaysWhy();
    void defaultModelIsFoundInModelsDir();
    void noLoadableModelStillOpens();
    void droppedImageFileIssuesRequest();
    void droppedImageDataIssuesRequest();
    void badFileDropShowsErrorAndChangesNothing_data();
    void badFileDropShowsErrorAndChangesNothing();
    void strokeChangesMaskUndoRestoresRedoReapplies();
    void sliderIssuesRequestWithT_data();
    void sliderIssuesRequestWithT();
    void swapSidesExchangesInputs();
    void randomPoseIsShownByItsReconstruction();
    void addToGalleryKeepsResult();
    void sessionRoundTrip();
    void reconstructionShowsErrorMap();
    void bracketKeysResizeBrush();
    void everyControlHasTooltipNameAndFocus();
    void badSessionIsRefused();
    void engineFaultIsShownInTheWindowAndTheNextRenderClearsIt();

private:
    // A window on tiny32 with two inputs, after its first result.
    bool prepare(ui::MainWindow& w, service::EngineService& engine);

    QTemporaryDir dir_;
    QString poseFile_, identityFile_;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(dir_.isValid());
    pivq::testing::isolateSettings(dir_.filePath("settings"));
    poseFile_ = dir_.filePath("pose.png");
    identityFile_ = dir_.filePath("identity.png");
    QVERIFY(pivq::testing::blockImage(48, qRgb(40, 90, 160), qRgb(230, 190, 160)).save(poseFile_));
    QVERIFY(pivq::testing::blockImage(40, qRgb(110, 120, 40), qRgb(120, 70, 50)).save(identityFile_));
}

bool TestMainWindow::prepare(ui::MainWindow& w, service::EngineService& engine)
{
    return pivq::testing::showWindowOnTiny(w, engine, poseFile_, identityFile_, kWait);
}

void TestMainWindow::opensWithoutAnyModel()
{
    // Before any model arrives the window is usable and says what is missing.
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.resultView()->placeholder().contains("No model"));
    QVERIFY(w.poseSlot()->loadFile(poseFile_));  // inputs can be given already
    QCoreApplication::processEvents();
    QCOMPARE(engine.lastStamp(), quint64(0));  // nothing to render without a model
}

void TestMainWindow::opensWithNoModelInstalled()
{
    QTemporaryDir empty;
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    QSignalSpy info(&engine, &service::EngineService::infoReady);
    ui::StartupOptions o;
    o.modelDirs = {empty.path()};
    o.pose = poseFile_;
    o.identity = identityFile_;
    w.start(o);
    // QSignalSpy counts on the engine thread; the window takes the info from its queue.
    QTRY_VERIFY_WITH_TIMEOUT(!w.engineInfo().modelName.isEmpty(), kWait);
    // The untrained fallback is in use and the window says why and what to do.
    QVERIFY(w.engineInfo().modelPath.isEmpty());
    QVERIFY2(w.modelNotice().contains("No trained model is installed"), qPrintable(w.modelNotice()));
    QVERIFY(w.modelNotice().contains("pivq train"));
    QVERIFY(w.modelNotice().contains("Open Model"));
    QVERIFY(w.statusText().contains("thread"));
    QVERIFY(w.statusText().contains(w.engineInfo().modelName));
}

void TestMainWindow::badModelFallsBackAndSaysWhy()
{
    QTemporaryDir tmp;
    const QString bad = tmp.filePath("broken.pivq");
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a zip");
    }
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    QSignalSpy info(&engine, &service::EngineService::infoReady);
    ui::StartupOptions o;
    o.model = bad;
    o.samples = false;
    w.start(o);
    // The failed load, then the fallback (the window takes both from its event queue).
    QTRY_VERIFY_WITH_TIMEOUT(info.count() >= 2 && !w.engineInfo().modelName.isEmpty(), kWait);
    QVERIFY2(w.modelNotice().contains("broken.pivq"), qPrintable(w.modelNotice()));
    QVERIFY(w.modelNotice().contains("pivq train"));
}

void TestMainWindow::defaultModelIsFoundInModelsDir()
{
    QTemporaryDir models;
    QVERIFY(service::findDefaultModel({models.path()}).isEmpty());
    for (const char* name : {"b.pivq", "a.pivq", "notes.md"}) {
        QFile f(models.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(service::findDefaultModel({models.path()})).fileName(), QString("a.pivq"));
    {
        QFile f(models.filePath("default.pivq"));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(service::findDefaultModel({"/nonexistent", models.path()})).fileName(),
             QString("default.pivq"));

    // The window opens what it finds; this one is empty, so it says so and falls back.
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    ui::StartupOptions o;
    o.modelDirs = {models.path()};
    o.samples = false;
    w.start(o);
    QTRY_VERIFY_WITH_TIMEOUT(!w.engineInfo().modelName.isEmpty(), kWait);
    QVERIFY2(w.modelNotice().contains("default.pivq"), qPrintable(w.modelNotice()));
}

void TestMainWindow::noLoadableModelStillOpens()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy info(&engine, &service::EngineService::infoReady);
    ui::StartupOptions o;
    o.preset = "no-such-preset";
    o.pose = poseFile_;
    o.identity = identityFile_;
    w.start(o);
    QTRY_VERIFY_WITH_TIMEOUT(!w.modelNotice().isEmpty(), kWait);
    QVERIFY2(w.modelNotice().contains("No model could be loaded"), qPrintable(w.modelNotice()));
    QVERIFY(w.modelNotice().contains("Open Model"));
    QVERIFY(w.resultView()->placeholder().contains("No model"));
    QVERIFY(w.poseSlot()->isSet());  // the inputs are there for when a model comes
    QCOMPARE(engine.lastStamp(), quint64(0));
}

void TestMainWindow::droppedImageFileIssuesRequest()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const quint64 before = engine.lastStamp();
    QSignalSpy shown(&w, &ui::MainWindow::resultShown);

    const QString other = dir_.filePath("other.png");
    QVERIFY(pivq::testing::blockImage(64, qRgb(200, 60, 60), qRgb(250, 240, 200)).save(other));
    dropFile(w.poseSlot(), other);

    QVERIFY(w.poseSlot()->errorText().isEmpty());
    QCOMPARE(w.poseSlot()->source().kind, LatentSource::Kind::Image);
    QCOMPARE(w.poseSlot()->filePath(), QFileInfo(other).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStamp() > before, kWait);
    QCOMPARE(w.lastSwapRequest().pose.image.cacheKey(), w.poseSlot()->source().image.cacheKey());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toULongLong() == engine.lastStamp(), kWait);
    QVERIFY(w.renderError().isEmpty());
}

void TestMainWindow::droppedImageDataIssuesRequest()
{
    // An image dragged out of another application arrives as image data, not as a file.
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const quint64 before = engine.lastStamp();
    QMimeData mime;
    mime.setImageData(pivq::testing::blockImage(80, qRgb(10, 140, 60), qRgb(240, 200, 170)));
    drop(w.identitySlot(), &mime);
    QCOMPARE(w.identitySlot()->source().kind, LatentSource::Kind::Image);
    QCOMPARE(w.identitySlot()->image().width(), 80);
    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStamp() > before, kWait);
}

void TestMainWindow::badFileDropShowsErrorAndChangesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text named png") << "notes.png" << QByteArray("hello, not an image");
    QTest::newRow("truncated png") << "cut.png" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("empty jpeg") << "empty.jpg" << QByteArray();
    QTest::newRow("missing file") << "" << QByteArray();
    // Refused from the header, before Qt decodes anything.
    for (const auto& h : pivq::testing::hostileImages())
        if (!h.bytes.isEmpty()) QTest::newRow(qPrintable(QString("hostile: ") + h.row)) << "hostile.png" << h.bytes;
}

void TestMainWindow::badFileDropShowsErrorAndChangesNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QString path = dir_.filePath("does-not-exist.png");
    if (!name.isEmpty()) {
        path = dir_.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const LatentSource before = w.poseSlot()->source();
    const QImage shown = w.resultImage();
    const quint64 stamp = engine.lastStamp();

    dropFile(w.poseSlot(), path);
    QTest::qWait(50);  // let any render that might wrongly have been scheduled go out

    QVERIFY(!w.poseSlot()->errorText().isEmpty());
    QVERIFY2(w.poseSlot()->errorText().contains(QFileInfo(path).fileName()), qPrintable(w.poseSlot()->errorText()));
    QCOMPARE(w.poseSlot()->source().kind, before.kind);
    QCOMPARE(w.poseSlot()->source().image.cacheKey(), before.image.cacheKey());
    QCOMPARE(w.poseSlot()->filePath(), QFileInfo(poseFile_).absoluteFilePath());
    QCOMPARE(engine.lastStamp(), stamp);
    QCOMPARE(w.resultImage(), shown);

    // The next good input clears the message.
    dropFile(w.poseSlot(), identityFile_);
    QVERIFY(w.poseSlot()->errorText().isEmpty());
}

void TestMainWindow::strokeChangesMaskUndoRestoresRedoReapplies()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    ui::MaskDocument* doc = w.masks();
    ui::MaskEditor* editor = w.maskEditor();
    const int layer = editor->layer();
    QVERIFY(doc->hasLayer(layer));
    QVERIFY(doc->hasEncoded(layer));
    const int side = doc->side(layer);
    QCOMPARE(w.resultView()->maskSide(), side);

    // Paint, with a class that differs from what the model encoded at the start cell.
    const QPoint from(1, side / 2), to(side - 2, side / 2);
    const int cls = (doc->encodedAt(layer, from) + 1) % doc->classes();
    editor->setCurrentClass(cls);
    editor->setBrushSize(1);
    const ui::MaskDocument::Cells before = doc->overrides(layer);
    QVERIFY(!doc->isEdited(layer));

    ui::MaskCanvas* canvas = w.resultView();
    const quint64 stamp = engine.lastStamp();
    QSignalSpy shown(&w, &ui::MainWindow::resultShown);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, canvas->cellCenter(from));
    for (int x = from.x() + 1; x <= to.x(); ++x) QTest::mouseMove(canvas, canvas->cellCenter(QPoint(x, from.y())));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, canvas->cellCenter(to));

    // The cells under the stroke, and only they, now hold the class.
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const bool under = y == from.y() && x >= from.x() && x <= to.x();
            QCOMPARE(doc->classAt(layer, QPoint(x, y)), under ? cls : doc->encodedAt(layer, QPoint(x, y)));
        }
    const ui::MaskDocument::Cells after = doc->overrides(layer);
    QVERIFY(after != before);
    QCOMPARE(editor->undoStack()->count(), 1);  // one stroke, one command

    // The edited mask went to the engine (live), and the result came back without error.
    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStamp() > stamp, kWait);
    QVERIFY(w.lastSwapRequest().masks.contains(layer));
    QCOMPARE(w.lastSwapRequest().masks[layer].pixelIndex(to), cls);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toULongLong() == engine.lastStamp(), kWait);
    QVERIFY2(w.renderError().isEmpty(), qPrintable(w.renderError()));

    // Ctrl+Z restores, Ctrl+Shift+Z reapplies.
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->overrides(layer), before);
    QVERIFY(!doc->isEdited(layer));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc->overrides(layer), after);
    QCOMPARE(doc->classAt(layer, to), cls);

    // Reset is one more undoable step.
    editor->resetAll();
    QVERIFY(!doc->hasEdits());
    editor->undoStack()->undo();
    QCOMPARE(doc->overrides(layer), after);
}

void TestMainWindow::sliderIssuesRequestWithT_data()
{
    QTest::addColumn<bool>("pose");
    QTest::addColumn<int>("position");
    QTest::newRow("pose 0.3") << true << 30;
    QTest::newRow("pose 1") << true << 100;
    QTest::newRow("identity 0.75") << false << 75;
}

void TestMainWindow::sliderIssuesRequestWithT()
{
    QFETCH(bool, pose);
    QFETCH(int, position);
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    ui::InterpolationPanel* p = w.interpolation();
    ui::ImageSlot* second = pose ? p->secondPose() : p->secondIdentity();
    QSlider* slider = pose ? p->poseSlider() : p->identitySlider();
    QVERIFY(!slider->isEnabled());  // nothing to interpolate towards yet
    QVERIFY(second->loadFile(identityFile_));
    QVERIFY(slider->isEnabled());

    QSignalSpy shown(&w, &ui::MainWindow::resultShown);
    const quint64 stamp = engine.lastStamp();
    slider->setFocus();
    slider->setValue(position);  // as dragging or the keyboard would
    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStamp() > stamp, kWait);
    const service::RenderRequest r = w.lastSwapRequest();
    const double t = position / double(ui::InterpolationPanel::kSteps);
    QCOMPARE(pose ? r.poseT : r.identityT, t);
    QCOMPARE(pose ? r.identityT : r.poseT, 0.0);
    QCOMPARE((pose ? r.poseB : r.identityB).kind, LatentSource::Kind::Image);
    // The QTRY above spins the event loop: the result may already be shown.
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kWait);
    QVERIFY2(w.renderError().isEmpty(), qPrintable(w.renderError()));

    // A keyboard step moves it too.
    const quint64 again = engine.lastStamp();
    QTest::keyClick(slider, Qt::Key_Left);
    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStamp() > again, kWait);
    QCOMPARE(pose ? w.lastSwapRequest().poseT : w.lastSwapRequest().identityT,
             (position - 1) / double(ui::InterpolationPanel::kSteps));
}

void TestMainWindow::swapSidesExchangesInputs()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const qint64 pose = w.poseSlot()->source().image.cacheKey();
    const qint64 identity = w.identitySlot()->source().image.cacheKey();
    const quint64 stamp = engine.lastStamp();
    w.swapSides();
    QCOMPARE(w.poseSlot()->source().image.cacheKey(), identity);
    QCOMPARE(w.identitySlot()->source().image.cacheKey(), pose);
    QTRY_VERIFY_WITH_TIMEOUT(engine.lastStamp() > stamp, kWait);
    QCOMPARE(w.lastSwapRequest().pose.image.cacheKey(), identity);
}

void TestMainWindow::randomPoseIsShownByItsReconstruction()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    w.randomPose();
    QCOMPARE(w.poseSlot()->source().kind, LatentSource::Kind::Random);
    QTRY_VERIFY_WITH_TIMEOUT(!w.poseSlot()->preview().isNull(), kWait);
    QCOMPARE(w.poseSlot()->preview().width(), w.engineInfo().resolution);
    QTRY_COMPARE_WITH_TIMEOUT(w.lastSwapRequest().pose.kind, LatentSource::Kind::Random, kWait);
}

void TestMainWindow::addToGalleryKeepsResult()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    w.addToGallery();
    QCOMPARE(w.gallery()->count(), 1);
    QCOMPARE(w.gallery()->imageAt(0), w.resultImage());
}

void TestMainWindow::sessionRoundTrip()
{
    const QString file = dir_.filePath("round.pivqs");
    ui::MaskDocument::Cells edits;
    int layer = -1;
    quint64 seed = 0;
    {
        service::EngineService engine;
        ui::MainWindow w(&engine);
        QVERIFY(prepare(w, engine));
        w.interpolation()->secondIdentity()->setRandom(4242);
        w.interpolation()->identitySlider()->setValue(40);
        layer = w.maskEditor()->layer();
        w.masks()->setClassName(layer, 1, "hair");
        QVERIFY(w.masks()->setOverride(layer, QPoint(2, 3), 1));
        edits = w.masks()->overrides(layer);
        seed = w.interpolation()->secondIdentity()->source().seed;
        QString error;
        QVERIFY2(w.saveSession(file, &error), qPrintable(error));
    }
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    w.showEngineInfo(engine.loadPresetSync("tiny32"));
    QSignalSpy shown(&w, &ui::MainWindow::resultShown);
    QString error;
    QVERIFY2(w.openSession(file, &error), qPrintable(error));
    QCOMPARE(w.poseSlot()->source().kind, LatentSource::Kind::Image);
    QCOMPARE(w.poseSlot()->image().size(), QSize(48, 48));
    QCOMPARE(w.identitySlot()->image().size(), QSize(40, 40));
    QCOMPARE(w.interpolation()->secondIdentity()->source().kind, LatentSource::Kind::Random);
    QCOMPARE(w.interpolation()->secondIdentity()->source().seed, seed);
    QCOMPARE(w.interpolation()->identityT(), 0.4);
    QCOMPARE(w.maskEditor()->layer(), layer);
    QCOMPARE(w.masks()->overrides(layer), edits);
    QCOMPARE(w.masks()->className(layer, 1), QString("hair"));
    // The edits reach the engine once the layer's encoded mask is known.
    QTRY_VERIFY_WITH_TIMEOUT(w.lastSwapRequest().masks.contains(layer), kWait);
    QCOMPARE(w.lastSwapRequest().masks[layer].pixelIndex(2, 3), 1);
    QCOMPARE(w.lastSwapRequest().identityT, 0.4);
}

void TestMainWindow::badSessionIsRefused()
{
    const QString file = dir_.filePath("bad.pivqs");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not really a zip");
    }
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const qint64 pose = w.poseSlot()->source().image.cacheKey();
    QString error;
    QVERIFY(!w.openSession(file, &error));
    QVERIFY2(error.contains("bad.pivqs"), qPrintable(error));
    QCOMPARE(w.poseSlot()->source().image.cacheKey(), pose);
}

void TestMainWindow::reconstructionShowsErrorMap()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    QSignalSpy results(&engine, &service::EngineService::renderReady);
    w.poseSlot()->setReconstructionShown(true);
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), kWait);
    // The slot shows G(E(pose)) and its error map next to the input.
    auto views = w.poseSlot()->findChildren<ui::ImageView*>();
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(
            views.begin(), views.end(),
            [](ui::ImageView* v) { return v->isVisible() && v->image().format() == QImage::Format_Grayscale8; }) == 1,
        kWait);
    QCOMPARE(w.poseSlot()->preview(), w.poseSlot()->image());  // the input itself stays shown
}

void TestMainWindow::bracketKeysResizeBrush()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const int size = w.maskEditor()->brushSize();
    QTest::keyClick(&w, Qt::Key_BracketRight);
    QTest::keyClick(&w, Qt::Key_BracketRight);
    QCOMPARE(w.maskEditor()->brushSize(), size + 2);
    QTest::keyClick(&w, Qt::Key_BracketLeft);
    QCOMPARE(w.maskEditor()->brushSize(), size + 1);
    QTest::keyClick(&w, Qt::Key_E);
    QCOMPARE(w.maskEditor()->tool(), ui::ToolKind::Eraser);
    QTest::keyClick(&w, Qt::Key_3);
    QCOMPARE(w.maskEditor()->currentClass(), 2);
}

void TestMainWindow::everyControlHasTooltipNameAndFocus()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    QStringList missing;
    auto check = [&](QWidget* c, const QString& label) {
        // Qt's own parts of compound widgets (dock title buttons, spin box editors) are theirs.
        if (c->objectName().startsWith("qt_") || !c->isVisibleTo(&w)) return;
        // Tool bar buttons repeat menu actions, which are the keyboard path (checked below).
        if (qobject_cast<QToolBar*>(c->parentWidget())) return;
        if (qobject_cast<QLineEdit*>(c) && qobject_cast<QAbstractSpinBox*>(c->parentWidget())) return;
        const QString name = c->accessibleName().isEmpty() ? label : c->accessibleName();
        const QString what = QString::fromLatin1(c->metaObject()->className()) + " \"" + name + '"';
        if (c->toolTip().isEmpty()) missing << "no tooltip: " + what;
        if (name.isEmpty()) missing << "no name: " + what;
        if (c->focusPolicy() == Qt::NoFocus) missing << "no keyboard focus: " + what;
    };
    for (auto* b : w.findChildren<QAbstractButton*>()) check(b, b->text().remove('&'));
    for (auto* s : w.findChildren<QAbstractSlider*>())
        if (!qobject_cast<QScrollBar*>(s)) check(s, {});
    for (auto* s : w.findChildren<QAbstractSpinBox*>()) check(s, {});
    for (auto* c : w.findChildren<QComboBox*>()) check(c, {});
    for (auto* e : w.findChildren<QLineEdit*>()) check(e, {});
    QSet<QAction*> inMenus;
    for (QMenu* m : w.menuBar()->findChildren<QMenu*>())
        for (QAction* a : m->actions()) inMenus.insert(a);
    for (QToolBar* bar : w.findChildren<QToolBar*>())
        for (QAction* a : bar->actions())
            if (!a->isSeparator() && !inMenus.contains(a)) missing << "tool bar action not in a menu: " + a->text();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
}

void TestMainWindow::engineFaultIsShownInTheWindowAndTheNextRenderClearsIt()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const QImage before = w.resultImage();
    QVERIFY(w.renderError().isEmpty());

    // An out-of-memory inside the engine: said in the window, the last result stays.
    engine.injectRenderFault(service::EngineService::Fault::OutOfMemory);
    QVERIFY(w.poseSlot()->loadFile(identityFile_));
    QTRY_VERIFY_WITH_TIMEOUT(!w.renderError().isEmpty(), kWait);
    QVERIFY2(w.renderError().contains("out of memory"), qPrintable(w.renderError()));
    QVERIFY(w.findChild<ui::MessageBar*>() != nullptr);
    bool shown = false;
    for (const auto* bar : w.findChildren<ui::MessageBar*>()) shown = shown || (bar->isVisible() && bar->text() == w.renderError());
    QVERIFY2(shown, "the error is not visible in the window");
    QCOMPARE(w.resultImage(), before);

    // The next render works and clears the message.
    QSignalSpy results(&w, &ui::MainWindow::resultShown);
    QVERIFY(w.poseSlot()->loadFile(poseFile_));
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), kWait);
    QVERIFY(w.renderError().isEmpty());
    QVERIFY(!w.resultImage().isNull());
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
