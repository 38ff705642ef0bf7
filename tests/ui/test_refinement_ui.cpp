// Refinement from the studio (ui/image_slot, ui/main_window, ui/session_file): the real
// window, offscreen, on the untrained tiny32 networks. An input is refined through its
// Refine… button or the Refine menu, and the checks read what the slot and the window show
// against what the engine reports: the reconstruction error drops, progress is shown, cancel
// keeps what was reached, revert gives back the plain reconstruction exactly, a random draw
// cannot be refined, and sessions keep refined latents bit for bit or refuse damaged ones.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

#include "engine/service/engine_service.h"
#include "tests/support/studio_window.h"
#include "tests/support/zip_files.h"
#include "ui/image_slot.h"
#include "ui/interpolation_panel.h"
#include "ui/main_window.h"
#include "ui/refine_dialog.h"
#include "ui/session_file.h"

using namespace pivq;
using service::LatentSource;
using service::RefineProgress;
using service::RefineResult;
using service::RenderResult;
using service::SourceSlot;

namespace {
constexpr int kWait = 60000;         // generous: ctest runs two suites at once on two cores
constexpr int kLongRefine = 100000;  // more steps than any test waits for: cancelled or reverted runs

RefineResult resultAt(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<RefineResult>();
}

double meanGray(const QImage& map)
{
    const QImage g = map.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < g.height(); ++y)
        for (int x = 0; x < g.width(); ++x) sum += g.constScanLine(y)[x];
    return sum / (double(g.width()) * g.height());
}

ui::RefineSettings steps(int latentSteps, bool tune = false, int generatorSteps = 10)
{
    ui::RefineSettings s;
    s.steps = latentSteps;
    s.tuneGenerator = tune;
    s.generatorSteps = generatorSteps;
    return s;
}

// Rewrites the zip at `path` after `change` edited its entries (name -> bytes).
bool rewriteZip(const QString& path, const std::function<void(QMap<QString, QByteArray>&)>& change)
{
    const pivq::testing::ZipEntries read = pivq::testing::readZip(path);
    if (read.empty()) return false;
    QMap<QString, QByteArray> entries;
    for (const auto& [name, bytes] : read) entries[name] = bytes;
    change(entries);
    pivq::testing::ZipEntries written;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) written.emplace_back(it.key(), *it);
    return pivq::testing::writeZip(path, written);
}
}  // namespace

class TestRefinementUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refiningLowersTheReconstructionError_data();
    void refiningLowersTheReconstructionError();
    void progressIsShownCancelKeepsAndRevertIsExact();
    void randomOrMissingInputsCannotBeRefined();
    void generatorTuningIsShownNotSavedAndReverted();
    void swapSidesKeepsRefinedLatentsANewImageDropsThem();
    void sessionKeepsRefinedLatentsExactly();
    void damagedLatentsInASessionAreRefused_data();
    void damagedLatentsInASessionAreRefused();
    void refineControlsHaveTooltipsNamesAndFocus();

private:
    // A window on tiny32 with two inputs, after its first result.
    bool prepare(ui::MainWindow& w, service::EngineService& engine);
    // Shows the reconstruction of `slot` and waits for it (the plain encoding at first).
    bool showReconstruction(ui::ImageSlot* slot);

    QTemporaryDir dir_;
    QString poseFile_, identityFile_, otherFile_;
};

void TestRefinementUi::initTestCase()
{
    QVERIFY(dir_.isValid());
    pivq::testing::isolateSettings(dir_.filePath("settings"));
    poseFile_ = dir_.filePath("pose.png");
    identityFile_ = dir_.filePath("identity.png");
    otherFile_ = dir_.filePath("other.png");
    QVERIFY(pivq::testing::blockImage(48, qRgb(40, 90, 160), qRgb(230, 190, 160)).save(poseFile_));
    QVERIFY(pivq::testing::blockImage(40, qRgb(110, 120, 40), qRgb(120, 70, 50)).save(identityFile_));
    QVERIFY(pivq::testing::blockImage(36, qRgb(200, 60, 60), qRgb(250, 240, 200)).save(otherFile_));
}

bool TestRefinementUi::prepare(ui::MainWindow& w, service::EngineService& engine)
{
    return pivq::testing::showWindowOnTiny(w, engine, poseFile_, identityFile_, kWait);
}

bool TestRefinementUi::showReconstruction(ui::ImageSlot* slot)
{
    slot->setReconstructionShown(true);
    // QTRY_VERIFY returns from this function on failure: report it as false.
    QElapsedTimer t;
    t.start();
    while (slot->reconstructionMse() < 0 || slot->errorMap().isNull()) {
        if (t.elapsed() > kWait) return false;
        QTest::qWait(10);
    }
    return true;
}

void TestRefinementUi::refiningLowersTheReconstructionError_data()
{
    QTest::addColumn<bool>("pose");
    QTest::addColumn<bool>("fromMenu");
    QTest::newRow("pose, slot button") << true << false;
    QTest::newRow("identity, Refine menu") << false << true;
}

void TestRefinementUi::refiningLowersTheReconstructionError()
{
    // "Image refinement lowers the reconstruction error of its image", as the window shows it.
    QFETCH(bool, pose);
    QFETCH(bool, fromMenu);
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    ui::ImageSlot* slot = pose ? w.poseSlot() : w.identitySlot();
    QVERIFY(showReconstruction(slot));
    const double mseBefore = slot->reconstructionMse();
    const QImage plainError = slot->errorMap();
    const QImage plainSwap = w.resultImage();
    QVERIFY(slot->refineButton()->isEnabled());
    QVERIFY(!slot->revertButton()->isVisible());

    QSignalSpy finished(&engine, &service::EngineService::refineFinished);
    QSignalSpy progress(&engine, &service::EngineService::refineProgress);
    if (fromMenu)
        w.findChild<QAction*>(pose ? "refinePoseAction" : "refineIdentityAction")->trigger();
    else
        QTest::mouseClick(slot->refineButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(slot->refineDialog() && slot->refineDialog()->isVisible(), kWait);
    ui::RefineDialog* dialog = slot->refineDialog();
    QCOMPARE(dialog->stepsBox()->value(), 100);  // the default
    QCOMPARE(dialog->stepsBox()->minimum(), 10);
    QCOMPARE(dialog->stepsBox()->maximum(), 2000);
    QVERIFY(!dialog->tuneBox()->isChecked());
    QVERIFY(!dialog->generatorStepsBox()->isEnabled());
    dialog->stepsBox()->setValue(40);
    QTest::mouseClick(dialog->refineButton(), Qt::LeftButton);
    QVERIFY(w.isRefining());
    QCOMPARE(w.refiningSlot(), slot);

    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !w.isRefining(), kWait);
    QCOMPARE(finished.count(), 1);
    const RefineResult r = resultAt(finished, 0);
    QVERIFY2(r.ok(), qPrintable(r.error));
    qInfo("%s: MSE %.5f -> %.5f, PSNR %.2f -> %.2f dB in %d steps, %d progress reports", pose ? "pose" : "identity",
          r.mseBefore, r.mseAfter, r.psnrBefore, r.psnrAfter, r.stepsDone, int(progress.count()));
    QVERIFY(!r.cancelled);
    QCOMPARE(r.stepsDone, 40);
    QCOMPARE(r.slot, pose ? SourceSlot::Pose : SourceSlot::Identity);
    QVERIFY(!progress.isEmpty());
    // It started from what the slot showed, and it lowered that error clearly.
    QCOMPARE(r.mseBefore, mseBefore);
    QVERIFY2(r.mseAfter < 0.7 * r.mseBefore, "refinement should lower the error clearly");
    // The slot shows the figures, the refined reconstruction and its error map.
    QVERIFY(slot->isRefined());
    QVERIFY2(slot->refineText().startsWith("refined"), qPrintable(slot->refineText()));
    QVERIFY2(slot->refineText().contains(QString::number(r.psnrBefore, 'f', 1)) &&
                 slot->refineText().contains(QString::number(r.psnrAfter, 'f', 1)),
             qPrintable(slot->refineText()));
    QCOMPARE(slot->reconstruction(), r.reconstruction);
    QCOMPARE(slot->errorMap(), r.errorMap);
    QCOMPARE(slot->reconstructionMse(), r.mseAfter);
    QVERIFY(meanGray(slot->errorMap()) < meanGray(plainError));
    QVERIFY(slot->revertButton()->isVisible());
    QVERIFY(!slot->refineProgressBar()->isVisible());
    QVERIFY(w.findChild<QAction*>(pose ? "revertPoseAction" : "revertIdentityAction")->isEnabled());
    // The window renders again with the refined latents. The pose keeps its pose rows, so the
    // swap stays as it was; a refined identity changes it.
    const RenderResult expected = engine.renderSync(w.currentRequest());
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    if (pose)
        QCOMPARE(expected.image, plainSwap);
    else
        QVERIFY(expected.image != plainSwap);
    QTRY_COMPARE_WITH_TIMEOUT(w.resultImage(), expected.image, kWait);
    QVERIFY(w.renderError().isEmpty());
    // The follow-up reconstruction render agrees with the refinement's own figures.
    QTRY_COMPARE_WITH_TIMEOUT(slot->reconstructionMse(), r.mseAfter, kWait);
}

void TestRefinementUi::progressIsShownCancelKeepsAndRevertIsExact()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    ui::ImageSlot* slot = w.identitySlot();
    QVERIFY(showReconstruction(slot));
    const QImage plainRec = slot->reconstruction();
    const QImage plainError = slot->errorMap();
    const double plainMse = slot->reconstructionMse();
    const QImage plainSwap = w.resultImage();

    QSignalSpy finished(&engine, &service::EngineService::refineFinished);
    QVERIFY(w.refineInput(slot, steps(kLongRefine)));
    // Progress: steps and PSNR in the slot, a Cancel button, Refine disabled everywhere.
    QTRY_VERIFY_WITH_TIMEOUT(slot->refineProgressBar()->isVisible() && slot->refineProgressBar()->value() > 0,
                             kWait);
    QCOMPARE(slot->refineProgressBar()->maximum(), kLongRefine);
    QVERIFY2(slot->refineProgressBar()->format().contains("PSNR"), qPrintable(slot->refineProgressBar()->format()));
    QVERIFY(slot->cancelRefineButton()->isVisible());
    for (ui::ImageSlot* s : w.inputSlots()) QVERIFY(!s->refineButton()->isEnabled());
    QVERIFY2(w.poseSlot()->refineButton()->toolTip().contains("Another refinement is running"),
             qPrintable(w.poseSlot()->refineButton()->toolTip()));
    QVERIFY(!w.findChild<QAction*>("refinePoseAction")->isEnabled());
    QVERIFY(w.findChild<QAction*>("cancelRefinementAction")->isEnabled());
    QVERIFY(!w.refineInput(w.poseSlot(), steps(10)));  // one at a time
    QVERIFY(!w.poseSlot()->errorText().isEmpty());
    // The window stays usable: a reconstruction asked for now is answered between slices.
    QVERIFY(showReconstruction(w.poseSlot()));
    QVERIFY(w.isRefining());

    QTest::mouseClick(slot->cancelRefineButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !w.isRefining(), kWait);
    const RefineResult r = resultAt(finished, 0);
    QVERIFY2(r.ok(), qPrintable(r.error));
    qInfo("cancelled after %d of %d steps: MSE %.5f -> %.5f", r.stepsDone, r.steps, r.mseBefore, r.mseAfter);
    QVERIFY(r.cancelled);
    QVERIFY(r.stepsDone > 0 && r.stepsDone < kLongRefine);
    // What it reached is kept and shown.
    QVERIFY(slot->isRefined());
    QVERIFY2(slot->refineText().startsWith("cancelled after"), qPrintable(slot->refineText()));
    QVERIFY(!slot->refineProgressBar()->isVisible());
    QVERIFY(slot->revertButton()->isVisible());
    QVERIFY(r.mseAfter < plainMse);
    QCOMPARE(slot->reconstructionMse(), r.mseAfter);
    for (ui::ImageSlot* s : {w.poseSlot(), w.identitySlot()}) QVERIFY(s->refineButton()->isEnabled());

    // Revert: the plain reconstruction, error map and swap come back exactly.
    QTest::mouseClick(slot->revertButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!slot->isRefined(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(slot->reconstruction(), plainRec, kWait);
    QCOMPARE(slot->errorMap(), plainError);
    QCOMPARE(slot->reconstructionMse(), plainMse);
    QTRY_COMPARE_WITH_TIMEOUT(w.resultImage(), plainSwap, kWait);
    QVERIFY(slot->refineText().isEmpty());
    QVERIFY(!slot->revertButton()->isVisible());
    QVERIFY(!w.findChild<QAction*>("revertIdentityAction")->isEnabled());
    QVERIFY(!engine.refineStatusSync().isRefined(SourceSlot::Identity));
}

void TestRefinementUi::randomOrMissingInputsCannotBeRefined()
{
    {
        // No model yet: Refine is disabled and says why.
        service::EngineService engine;
        ui::MainWindow w(&engine);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.poseSlot()->loadFile(poseFile_));
        QVERIFY(!w.poseSlot()->refineButton()->isEnabled());
        QVERIFY2(w.poseSlot()->refineButton()->toolTip().contains("No model"),
                 qPrintable(w.poseSlot()->refineButton()->toolTip()));
        QVERIFY(!w.refineInput(w.poseSlot(), steps(10)));
        QVERIFY2(w.poseSlot()->errorText().contains("No model"), qPrintable(w.poseSlot()->errorText()));
        QVERIFY(!w.isRefining());
    }
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    QSignalSpy finished(&engine, &service::EngineService::refineFinished);
    w.randomPose();
    ui::ImageSlot* slot = w.poseSlot();
    QCOMPARE(slot->source().kind, LatentSource::Kind::Random);
    // A random draw has no image to match: disabled, with the reason in the tooltip.
    QVERIFY(!slot->refineButton()->isEnabled());
    QVERIFY2(slot->refineButton()->toolTip().contains("random draw has no image"),
             qPrintable(slot->refineButton()->toolTip()));
    QVERIFY(!w.findChild<QAction*>("refinePoseAction")->isEnabled());
    QVERIFY(w.findChild<QAction*>("refineIdentityAction")->isEnabled());  // the identity still has its image
    slot->openRefineDialog();                                              // as a shortcut or script would
    QVERIFY(!slot->refineDialog());
    QVERIFY2(slot->errorText().contains("random draw"), qPrintable(slot->errorText()));
    QVERIFY(!w.refineInput(slot, steps(10)));
    QVERIFY(!w.isRefining());
    // An empty second identity cannot be refined either.
    ui::ImageSlot* second = w.interpolation()->secondIdentity();
    QVERIFY(!second->isSet());
    QVERIFY(!second->refineButton()->isEnabled());
    QVERIFY(!w.refineInput(second, steps(10)));
    // Nothing went to the engine: a real refinement now is the first one it answers.
    QVERIFY(w.refineInput(w.identitySlot(), steps(10)));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !w.isRefining(), kWait);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(resultAt(finished, 0).slot, SourceSlot::Identity);
    QVERIFY(resultAt(finished, 0).ok());
}

void TestRefinementUi::generatorTuningIsShownNotSavedAndReverted()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const QImage plainSwap = w.resultImage();
    QVERIFY(w.tuningNotice().isEmpty());
    QAction* revertTuning = w.findChild<QAction*>("revertTuningAction");
    QVERIFY(!revertTuning->isEnabled());

    // Through the dialog: the tuning option enables its step count.
    ui::ImageSlot* slot = w.poseSlot();
    QSignalSpy finished(&engine, &service::EngineService::refineFinished);
    QTest::mouseClick(slot->refineButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(slot->refineDialog() && slot->refineDialog()->isVisible(), kWait);
    ui::RefineDialog* dialog = slot->refineDialog();
    dialog->stepsBox()->setValue(10);
    dialog->tuneBox()->setChecked(true);
    QVERIFY(dialog->generatorStepsBox()->isEnabled());
    dialog->generatorStepsBox()->setValue(10);
    QTest::keyClick(dialog, Qt::Key_Return);  // the default button: Refine
    QVERIFY(w.isRefining());
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !w.isRefining(), kWait);
    const RefineResult r = resultAt(finished, 0);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.stepsDone, 20);
    QVERIFY(r.generatorTuned);
    QVERIFY(w.generatorTuned());
    QVERIFY2(w.tuningNotice().contains("generator is tuned"), qPrintable(w.tuningNotice()));
    QVERIFY(revertTuning->isEnabled());
    // Tuning changes every result, the swap included.
    const RenderResult tuned = engine.renderSync(w.currentRequest());
    QVERIFY(tuned.ok());
    QVERIFY(tuned.image != plainSwap);
    QTRY_COMPARE_WITH_TIMEOUT(w.resultImage(), tuned.image, kWait);

    // A session saved now says, in the status bar, that the tuning is not in it.
    QString error;
    QVERIFY2(w.saveSession(dir_.filePath("tuned.pivqs"), &error), qPrintable(error));
    QVERIFY2(w.statusBar()->currentMessage().contains("generator tuning is not saved"),
             qPrintable(w.statusBar()->currentMessage()));

    // Revert the tuning, then the latents: the plain swap, exactly.
    revertTuning->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!w.generatorTuned(), kWait);
    QVERIFY(w.tuningNotice().isEmpty());
    QVERIFY(!revertTuning->isEnabled());
    QVERIFY(slot->isRefined());  // the latents stay refined
    w.findChild<QAction*>("revertPoseAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!slot->isRefined(), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(w.resultImage(), plainSwap, kWait);
    const service::RefineStatus st = engine.refineStatusSync();
    QVERIFY(!st.generatorTuned && !st.isRefined(SourceSlot::Pose));
}

void TestRefinementUi::swapSidesKeepsRefinedLatentsANewImageDropsThem()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    QSignalSpy finished(&engine, &service::EngineService::refineFinished);
    QVERIFY(w.refineInput(w.identitySlot(), steps(20)));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !w.isRefining(), kWait);
    const QVector<float> refined = engine.latentsSync(SourceSlot::Identity);
    const qint64 identityImage = w.identitySlot()->image().cacheKey();
    const QString text = w.identitySlot()->refineText();

    // The refined latents follow their image to the pose side.
    w.swapSides();
    ui::ImageSlot* pose = w.poseSlot();
    QCOMPARE(pose->image().cacheKey(), identityImage);
    QCOMPARE(pose->source().kind, LatentSource::Kind::Latents);
    QCOMPARE(pose->source().latents, refined);
    QVERIFY(pose->isRefined());
    QCOMPARE(pose->refineText(), text);
    QVERIFY(!w.identitySlot()->isRefined());
    QTRY_COMPARE_WITH_TIMEOUT(w.lastSwapRequest().pose.latents, refined, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(engine.refineStatusSync().isRefined(SourceSlot::Pose), kWait);
    QCOMPARE(engine.latentsSync(SourceSlot::Pose), refined);

    // A new image in the refined slot replaces the refinement.
    QVERIFY(pose->loadFile(otherFile_));
    QVERIFY(!pose->isRefined());
    QVERIFY(pose->refineText().isEmpty());
    QVERIFY(!pose->revertButton()->isVisible());
    QCOMPARE(pose->source().kind, LatentSource::Kind::Image);
    QTRY_COMPARE_WITH_TIMEOUT(w.lastSwapRequest().pose.image.cacheKey(), pose->image().cacheKey(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!engine.refineStatusSync().isRefined(SourceSlot::Pose), kWait);
}

void TestRefinementUi::sessionKeepsRefinedLatentsExactly()
{
    const QString file = dir_.filePath("refined.pivqs");
    QImage refinedRec, refinedError, plainRec, refinedSwap;
    double refinedMse = -1;
    QVector<float> refined;
    {
        service::EngineService engine;
        ui::MainWindow w(&engine);
        QVERIFY(prepare(w, engine));
        ui::ImageSlot* slot = w.identitySlot();
        QVERIFY(showReconstruction(slot));
        plainRec = slot->reconstruction();
        QSignalSpy finished(&engine, &service::EngineService::refineFinished);
        QVERIFY(w.refineInput(slot, steps(30)));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !w.isRefining(), kWait);
        QVERIFY(resultAt(finished, 0).ok());
        refinedRec = slot->reconstruction();
        refinedError = slot->errorMap();
        refinedMse = slot->reconstructionMse();
        refined = engine.latentsSync(SourceSlot::Identity);
        QCOMPARE(refined.size(), w.engineInfo().numWs * w.engineInfo().wDim);
        const RenderResult swap = engine.renderSync(w.currentRequest());
        QTRY_COMPARE_WITH_TIMEOUT(w.resultImage(), swap.image, kWait);
        refinedSwap = swap.image;
        QString error;
        QVERIFY2(w.saveSession(file, &error), qPrintable(error));
        QVERIFY(w.statusBar()->currentMessage().startsWith("Saved"));
    }
    // What the file holds: the latents beside the image, the other inputs plain.
    ui::Session s;
    QString error;
    QVERIFY2(ui::readSession(file, &s, &error), qPrintable(error));
    QCOMPARE(s.identity.source.kind, LatentSource::Kind::Latents);
    QCOMPARE(s.identity.source.latents, refined);
    QCOMPARE(s.identity.numWs, 8);
    QCOMPARE(s.identity.wDim, 32);
    QCOMPARE(s.identity.source.image.size(), QSize(40, 40));
    QCOMPARE(s.pose.source.kind, LatentSource::Kind::Image);

    // A fresh window (and engine) gives the same refined reconstruction, bit for bit.
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    w.showEngineInfo(engine.loadPresetSync("tiny32"));
    QVERIFY2(w.openSession(file, &error), qPrintable(error));
    ui::ImageSlot* slot = w.identitySlot();
    QCOMPARE(slot->source().kind, LatentSource::Kind::Latents);
    QVERIFY(slot->isRefined());
    QVERIFY(!slot->refineText().isEmpty());
    QVERIFY(slot->revertButton()->isVisible() || !slot->isVisible());
    QVERIFY(showReconstruction(slot));
    QCOMPARE(slot->reconstruction(), refinedRec);
    QCOMPARE(slot->errorMap(), refinedError);
    QCOMPARE(slot->reconstructionMse(), refinedMse);
    QTRY_COMPARE_WITH_TIMEOUT(w.resultImage(), refinedSwap, kWait);
    QCOMPARE(engine.latentsSync(SourceSlot::Identity), refined);
    // Revert reaches the plain encoding of the saved image.
    w.revertRefinement(slot);
    QTRY_VERIFY_WITH_TIMEOUT(!slot->isRefined(), kWait);
    QCOMPARE(slot->source().kind, LatentSource::Kind::Image);
    QTRY_COMPARE_WITH_TIMEOUT(slot->reconstruction(), plainRec, kWait);
}

void TestRefinementUi::damagedLatentsInASessionAreRefused_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("intact") << "" << "";
    QTest::newRow("truncated latents") << "truncate" << "pose_latents.f32 are damaged";
    QTest::newRow("a value not finite") << "nan" << "not a finite number";
    QTest::newRow("latents entry missing") << "remove" << "latents of input 1 are missing";
    QTest::newRow("another model's shape") << "shape" << "the model in use has 8 × 32";
}

void TestRefinementUi::damagedLatentsInASessionAreRefused()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    const int numWs = w.engineInfo().numWs, wDim = w.engineInfo().wDim;
    QCOMPARE(numWs * wDim, 8 * 32);

    // A session with saved latents for the pose, then damaged as the row says.
    const QString file = dir_.filePath(QStringLiteral("damaged-%1.pivqs").arg(damage));
    ui::Session s;
    const int rows = damage == "shape" ? numWs + 2 : numWs;
    s.pose = {LatentSource::fromLatents(QVector<float>(rows * wDim, 0.05f), pivq::testing::blockImage(32, qRgb(5, 5, 5), qRgb(90, 90, 90))),
              "saved pose", rows, wDim};
    s.identity = {LatentSource::fromImage(pivq::testing::blockImage(32, qRgb(50, 200, 50), qRgb(10, 10, 10))), "saved identity"};
    QString error;
    QVERIFY2(ui::writeSession(file, s, &error), qPrintable(error));
    if (damage == "truncate" || damage == "nan" || damage == "remove")
        QVERIFY(rewriteZip(file, [&](QMap<QString, QByteArray>& entries) {
            QVERIFY(entries.contains("pose_latents.f32"));
            QByteArray& bytes = entries["pose_latents.f32"];
            if (damage == "truncate") bytes.chop(4);
            if (damage == "nan") {
                const float nan = std::numeric_limits<float>::quiet_NaN();
                std::memcpy(bytes.data() + 8, &nan, 4);
            }
            if (damage == "remove") entries.remove("pose_latents.f32");
        }));

    const qint64 pose = w.poseSlot()->source().image.cacheKey();
    const qint64 identity = w.identitySlot()->source().image.cacheKey();
    const bool opened = w.openSession(file, &error);
    if (message.isEmpty()) {
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(w.poseSlot()->source().kind, LatentSource::Kind::Latents);
        QVERIFY(w.poseSlot()->isRefined());
        QCOMPARE(w.poseSlot()->description(), QString("saved pose"));
        QTRY_COMPARE_WITH_TIMEOUT(w.lastSwapRequest().pose.latents.size(), numWs * wDim, kWait);
        return;
    }
    // Refused with a message naming the file and what is wrong; nothing was loaded.
    QVERIFY(!opened);
    QVERIFY2(error.contains(QFileInfo(file).fileName()) && error.contains(message), qPrintable(error));
    QCOMPARE(w.poseSlot()->source().image.cacheKey(), pose);
    QCOMPARE(w.identitySlot()->source().image.cacheKey(), identity);
    QCOMPARE(w.poseSlot()->source().kind, LatentSource::Kind::Image);
    QVERIFY(!w.poseSlot()->isRefined());
}

void TestRefinementUi::refineControlsHaveTooltipsNamesAndFocus()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    QVERIFY(prepare(w, engine));
    QSignalSpy finished(&engine, &service::EngineService::refineFinished);
    QStringList missing;
    auto check = [&](QWidget* c, const QString& label) { missing << pivq::testing::accessibilityProblems(c, label); };
    // The dialog, and every slot's controls while one refines and after.
    ui::ImageSlot* slot = w.identitySlot();
    slot->openRefineDialog();
    QTRY_VERIFY_WITH_TIMEOUT(slot->refineDialog() && slot->refineDialog()->isVisible(), kWait);
    for (auto* b : slot->refineDialog()->findChildren<QAbstractButton*>()) check(b, b->text().remove('&'));
    for (auto* b : slot->refineDialog()->findChildren<QAbstractSpinBox*>()) check(b, {});
    slot->refineDialog()->reject();
    QVERIFY(w.refineInput(slot, steps(kLongRefine)));
    QTRY_VERIFY_WITH_TIMEOUT(slot->cancelRefineButton()->isVisible(), kWait);
    for (ui::ImageSlot* s : w.inputSlots())
        for (auto* b : s->findChildren<QToolButton*>()) check(b, b->text().remove('&'));
    check(slot->refineProgressBar(), {});
    // At least one step done (on a loaded machine the first slice can take a while), so the
    // cancelled run leaves refined latents and Revert.
    QTRY_VERIFY_WITH_TIMEOUT(slot->refineProgressBar()->value() > 0, kWait);
    // The keyboard reaches Cancel: focus it and press space.
    slot->cancelRefineButton()->setFocus();
    QTest::keyClick(slot->cancelRefineButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !w.isRefining(), kWait);
    QVERIFY(resultAt(finished, 0).cancelled);
    QVERIFY(slot->revertButton()->isVisible());
    for (ui::ImageSlot* s : w.inputSlots())
        for (auto* b : s->findChildren<QToolButton*>()) check(b, b->text().remove('&'));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
}

QTEST_MAIN(TestRefinementUi)
#include "test_refinement_ui.moc"
