// ui/training_dialog, ui/training_monitor and the Train menu of the main window, offscreen,
// on tiny runs: the dialog explains what cannot work and keeps Start disabled; a run started
// from it is watched in the monitor, opened in the editor in one click and edited with;
// pause, resume and stop from the monitor; a fine-tune continues the bundle's step; closing
// the window during a run asks, then stops with a checkpoint.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

#include "engine/service/engine_service.h"
#include "engine/service/training_check.h"
#include "engine/service/training_controller.h"
#include "tests/support/studio_window.h"
#include "tests/support/test_files.h"
#include "tests/support/tiny_run.h"
#include "ui/image_slot.h"
#include "ui/main_window.h"
#include "ui/training_dialog.h"
#include "ui/training_monitor.h"

using namespace pivq;
using service::TrainingController;
using service::TrainingIssue;

namespace {
constexpr int kWait = 120000;  // generous: ctest runs two suites at once on two cores

void select(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(i);
}

// A tiny run: toyfaces (64 images), tiny32, batch 4, 20 images (5 steps) into `out`.
void fillTiny(ui::TrainingDialog* d, const QString& out, double kimg = 0.02)
{
    d->sourceBox()->setCurrentIndex(0);
    d->toyfacesCountBox()->setValue(64);
    if (!d->isFineTune()) select(d->presetBox(), "tiny32");
    d->batchBox()->setValue(4);
    select(d->budgetKindBox(), 1);  // thousand images
    d->budgetBox()->setValue(kimg);
    select(d->deviceBox(), "cpu");
    d->outputEdit()->setText(out);
}

bool waitUntilStartable(ui::TrainingDialog* d)
{
    QElapsedTimer t;
    t.start();
    while (!d->canStart() && t.elapsed() < kWait) QTest::qWait(20);
    return d->canStart() && d->startButton()->isEnabled();
}

// The visible label of the dialog that says `text` (nullptr when none does).
QLabel* shownMessage(QWidget* w, const QString& text)
{
    for (QLabel* l : w->findChildren<QLabel*>())
        if (l->isVisible() && QTextDocumentFragment::fromHtml(l->text()).toPlainText().contains(text)) return l;
    return nullptr;
}

service::TrainingOptions tinyRun(const QString& out)
{
    service::TrainingOptions o = pivq::testing::tinyRun(out);
    o.kimg = 0;
    o.minutes = 30;  // ended by the test
    o.threads = -1;  // the engine's (PIVQ_THREADS=1 in ctest)
    return o;
}

bool isStep(const service::TrainingProgress& p)
{
    return p.phase == "training" && p.message.isEmpty();
}

// The step a bundle holds, read by the dialog's checks (no torch here).
qint64 bundleStep(const QString& path, qint64* images = nullptr)
{
    service::TrainingOptions o;
    o.initFrom = path;
    const service::TrainingCheck c = service::checkTrainingOptions(o);
    if (images) *images = c.baseImages;
    return c.baseRead ? c.baseStep : -1;
}
}  // namespace

class TestTrainingUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogRejectsAnEmptyFolder();
    void dialogExplainsImpossibleChoices_data();
    void dialogExplainsImpossibleChoices();
    void dialogCountsImagesAndShowsThumbnails();
    void runFromTheDialogIsWatchedOpenedAndEdited();
    void monitorPausesResumesAndStops();
    void openInEditorWhileTrainingContinues();
    void fineTuneFromTheDialogContinuesAtTheBundleStep();
    void closingWhileTrainingAsksThenStopsWithACheckpoint();
    void everyTrainingControlHasTooltipNameAndFocus();

private:
    QTemporaryDir dir_;
    QString poseFile_, identityFile_;
};

void TestTrainingUi::initTestCase()
{
    QVERIFY(dir_.isValid());
    // The default run folders and the decoded-dataset cache stay in the temporary directory.
    qputenv("HOME", dir_.path().toUtf8());
    pivq::testing::isolateSettings(dir_.filePath("settings"));
    QApplication::setQuitOnLastWindowClosed(false);  // the closing test closes its window
    poseFile_ = dir_.filePath("pose.png");
    identityFile_ = dir_.filePath("identity.png");
    QVERIFY(testing::noiseImage(48, 48, 1).save(poseFile_));
    QVERIFY(testing::noiseImage(40, 40, 2).save(identityFile_));
}

void TestTrainingUi::dialogRejectsAnEmptyFolder()
{
    QTemporaryDir empty, out;
    ui::TrainingDialog d;
    d.show();
    fillTiny(&d, out.filePath("run"));
    QSignalSpy probed(&d, &ui::TrainingDialog::probeFinished);
    d.sourceBox()->setCurrentIndex(1);  // a folder
    d.dataEdit()->setText(empty.path());
    QVERIFY(probed.wait(kWait));
    QVERIFY(!d.canStart());
    QVERIFY(!d.startButton()->isEnabled());
    QVERIFY2(shownMessage(&d, "holds no image files"), qPrintable(d.messages()));
    QVERIFY(d.message(TrainingIssue::Field::Data).contains(empty.path()));
    // Clicking Start anyway starts nothing.
    d.startButton()->click();
    QVERIFY(d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));

    // A folder that is not there is explained too, without waiting for anything.
    d.dataEdit()->setText(empty.filePath("gone"));
    QTRY_VERIFY_WITH_TIMEOUT(shownMessage(&d, "does not exist"), kWait);
    QVERIFY(!d.startButton()->isEnabled());
}

void TestTrainingUi::dialogExplainsImpossibleChoices_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pose layer beyond 32 px") << "layer"
                                             << "Layer 9 does not exist at 32 px: the layers there are 0 to 6";
    QTest::newRow("K = 1") << "k"
                           << "must be between 2 and 16, not 1";
    QTest::newRow("layer not a number") << "text"
                                        << "“x” is not a layer number";
    QTest::newRow("no pose layer") << "nolayer"
                                   << "Give at least one pose layer";
    QTest::newRow("no budget") << "budget"
                               << "Give a budget above zero";
    QTest::newRow("output holds a run") << "out"
                                        << "already holds a run";
    QTest::newRow("no output") << "noout"
                               << "Choose a folder for the run";
}

void TestTrainingUi::dialogExplainsImpossibleChoices()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    QTemporaryDir out;
    ui::TrainingDialog d;
    d.show();
    fillTiny(&d, out.filePath("run"));
    QVERIFY(waitUntilStartable(&d));  // valid to begin with

    const QString layers = d.poseLayersEdit()->text();
    if (what == "layer") d.poseLayersEdit()->setText("2, 9");
    if (what == "k") d.classesBox()->setValue(1);
    if (what == "text") d.poseLayersEdit()->setText("3, x");
    if (what == "nolayer") d.poseLayersEdit()->clear();
    if (what == "budget") d.budgetBox()->setValue(0);
    if (what == "out") {
        QVERIFY(testing::writeFile(out.filePath("model.pivq"), "an earlier run's model"));
        d.outputEdit()->setText(out.path());
    }
    if (what == "noout") d.outputEdit()->clear();
    QVERIFY(!d.canStart());
    QVERIFY(!d.startButton()->isEnabled());
    QLabel* shown = shownMessage(&d, expected);
    QVERIFY2(shown, qPrintable(d.messages()));
    QVERIFY(QTextDocumentFragment::fromHtml(shown->text()).toPlainText().startsWith("Error:"));

    // Putting it right enables Start again.
    d.poseLayersEdit()->setText(layers);
    d.classesBox()->setValue(4);
    d.budgetBox()->setValue(0.02);
    d.outputEdit()->setText(out.filePath("run"));
    QVERIFY(waitUntilStartable(&d));
    QVERIFY(!shownMessage(&d, expected));
}

void TestTrainingUi::dialogCountsImagesAndShowsThumbnails()
{
    QTemporaryDir data, out;
    QVERIFY(QDir().mkpath(data.filePath("sub")));  // folders are searched recursively
    for (int i = 0; i < 3; ++i)
        QVERIFY(testing::noiseImage(40, 40, quint32(i)).save(data.filePath(QString("sub/%1.png").arg(i))));
    QVERIFY(testing::writeFile(data.filePath("bad.png"), "not an image"));
    ui::TrainingDialog d;
    d.show();
    fillTiny(&d, out.filePath("run"));
    QSignalSpy probed(&d, &ui::TrainingDialog::probeFinished);
    d.sourceBox()->setCurrentIndex(1);
    d.dataEdit()->setText(data.path());
    QVERIFY(probed.wait(kWait));
    QCOMPARE(d.probe().usable, qint64(3));
    QCOMPARE(d.probe().unreadable, qint64(1));
    QVERIFY(shownMessage(&d, "3 usable images of 4 image files"));
    QCOMPARE(d.thumbnailList()->count(), 3);
    QVERIFY(!d.thumbnailList()->item(0)->icon().isNull());
    QVERIFY(d.thumbnailList()->item(0)->toolTip().endsWith(".png"));
    // Notes, not errors: the run can start and skips the bad file.
    QLabel* note = shownMessage(&d, "1 of the 4 image files cannot be used");
    QVERIFY2(note, qPrintable(d.messages()));
    QVERIFY(QTextDocumentFragment::fromHtml(note->text()).toPlainText().contains("bad.png"));
    QVERIFY(waitUntilStartable(&d));
    QCOMPARE(d.options().data, data.path());
    QCOMPARE(d.options().threads, -1);  // shares the editing engine's thread setting
    QCOMPARE(d.options().poseLayers, (QVector<int>{2, 3}));
}

void TestTrainingUi::runFromTheDialogIsWatchedOpenedAndEdited()
{
    QTemporaryDir out;
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    w.showEngineInfo(engine.loadPresetSync("tiny32"));
    auto* newRun = w.findChild<QAction*>("newTrainingRunAction");
    QVERIFY(newRun && newRun->isEnabled());
    newRun->trigger();
    ui::TrainingDialog* d = w.trainingDialog();
    QVERIFY(d);
    QVERIFY(!d->isFineTune());
    const QString run = out.filePath("toy");
    fillTiny(d, run);
    QVERIFY(waitUntilStartable(d));
    QSignalSpy finished(w.training(), &TrainingController::finished);
    QSignalSpy progress(w.training(), &TrainingController::progress);
    QTest::mouseClick(d->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.trainingDialog(), kWait);
    QVERIFY(w.training()->isRunning() || !finished.isEmpty());
    QVERIFY(w.trainingDock()->isVisible());
    QVERIFY(!w.findChild<QAction*>("newTrainingRunAction")->isEnabled() || !finished.isEmpty());

    ui::TrainingMonitor* m = w.trainingMonitor();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first()[1].toString(), QString());
    const QString checkpoint = finished.first()[0].toString();
    QCOMPARE(checkpoint, QDir(run).filePath("model.pivq"));
    int steps = 0;
    for (const auto& a : progress) steps += isStep(a[0].value<service::TrainingProgress>()) ? 1 : 0;
    QVERIFY(steps >= 1);  // step reports may be coalesced, never all lost

    // Watched: progress, losses, code usage, the sample grid, the outcome.
    QVERIFY2(m->statsText().startsWith("20 of 20"), qPrintable(m->statsText()));
    QCOMPARE(m->progressBar()->value(), m->progressBar()->maximum());
    QVERIFY(m->lossNames().contains("D") && m->lossNames().contains("rec_mse"));
    QCOMPARE(m->lossPoints("D"), 5);
    QCOMPARE(m->codeUsageLayers().size(), 2);
    QVERIFY(!m->sampleImage().isNull());
    QVERIFY2(m->messageText().contains("Training finished"), qPrintable(m->messageText()));
    QVERIFY(!m->pauseButton()->isEnabled() && !m->stopButton()->isEnabled());
    QVERIFY(w.findChild<QAction*>("newTrainingRunAction")->isEnabled());

    // Opened in one click, then edited with: a swap of two images by the trained model.
    QVERIFY(m->openButton()->isEnabled());
    QTest::mouseClick(m->openButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.engineInfo().modelPath, checkpoint, kWait);
    QCOMPARE(w.engineInfo().modelName, QString("toy"));
    QCOMPARE(w.engineInfo().resolution, 32);
    QVERIFY(w.findChild<QAction*>("fineTuneAction")->isEnabled());
    QSignalSpy shown(&w, &ui::MainWindow::resultShown);
    QVERIFY(w.poseSlot()->loadFile(poseFile_));
    QVERIFY(w.identitySlot()->loadFile(identityFile_));
    QVERIFY(!shown.isEmpty() || shown.wait(kWait));
    QCOMPARE(w.resultImage().size(), QSize(32, 32));
    QVERIFY(w.renderError().isEmpty());
}

void TestTrainingUi::monitorPausesResumesAndStops()
{
    QTemporaryDir out;
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    TrainingController* c = w.training();
    ui::TrainingMonitor* m = w.trainingMonitor();
    QSignalSpy finished(c, &TrainingController::finished);
    QVERIFY(w.startTraining(tinyRun(out.path())));
    QTRY_VERIFY_WITH_TIMEOUT(c->lastProgress().step >= 1, kWait);
    QVERIFY(m->pauseButton()->isEnabled());

    QTest::mouseClick(m->pauseButton(), Qt::LeftButton);
    QVERIFY(c->isPaused());
    QCOMPARE(m->pauseButton()->text().remove('&'), QString("Resume"));
    QTRY_VERIFY_WITH_TIMEOUT(m->statusText().startsWith("Paused at step"), kWait);
    const qint64 held = c->lastProgress().step;
    QTest::qWait(400);
    QCOMPARE(c->lastProgress().step, held);

    QTest::mouseClick(m->pauseButton(), Qt::LeftButton);  // resume
    QVERIFY(!c->isPaused());
    QCOMPARE(m->pauseButton()->text().remove('&'), QString("Pause"));
    QTRY_VERIFY_WITH_TIMEOUT(c->lastProgress().step > held, kWait);

    QTest::mouseClick(m->stopButton(), Qt::LeftButton);
    QVERIFY(!m->stopButton()->isEnabled());
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first()[2].toBool(), true);
    const QString checkpoint = finished.first()[0].toString();
    QVERIFY2(m->messageText().contains("Training stopped"), qPrintable(m->messageText()));
    QVERIFY(m->messageText().contains(QDir::toNativeSeparators(checkpoint)));
    QVERIFY(bundleStep(checkpoint) > held);
    QVERIFY(engine.loadModelSync(checkpoint).error.isEmpty());
}

void TestTrainingUi::openInEditorWhileTrainingContinues()
{
    QTemporaryDir out;
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    TrainingController* c = w.training();
    ui::TrainingMonitor* m = w.trainingMonitor();
    QSignalSpy finished(c, &TrainingController::finished);
    QVERIFY(w.startTraining(tinyRun(out.path())));
    QTRY_VERIFY_WITH_TIMEOUT(c->lastProgress().step >= 2, kWait);
    QVERIFY(m->checkpoint().isEmpty());  // none written yet: Open in Editor asks for one
    QTest::mouseClick(m->openButton(), Qt::LeftButton);
    const QString checkpoint = QDir(out.path()).filePath("model.pivq");
    QTRY_COMPARE_WITH_TIMEOUT(w.engineInfo().modelPath, checkpoint, kWait);
    QVERIFY(!m->opening());
    QVERIFY(c->isRunning());  // training goes on
    const qint64 saved = bundleStep(checkpoint);
    QVERIFY(saved >= 2);
    QTRY_VERIFY_WITH_TIMEOUT(c->lastProgress().step > saved, kWait);
    c->stop();
    QVERIFY(finished.wait(kWait));
}

void TestTrainingUi::fineTuneFromTheDialogContinuesAtTheBundleStep()
{
    QTemporaryDir base, data, out;
    // The model to fine-tune: a finished tiny run of 5 steps.
    {
        TrainingController c;
        QSignalSpy finished(&c, &TrainingController::finished);
        auto o = tinyRun(base.path());
        o.minutes = 0;
        o.kimg = 0.02;
        o.threads = 1;
        QVERIFY(c.start(o));
        QVERIFY(finished.wait(kWait));
    }
    const QString bundle = QDir(base.path()).filePath("model.pivq");
    QCOMPARE(bundleStep(bundle), qint64(5));
    for (int i = 0; i < 6; ++i)
        QVERIFY(testing::noiseImage(36, 36, quint32(10 + i)).save(data.filePath(QString("%1.png").arg(i))));

    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    w.showEngineInfo(engine.loadModelSync(bundle));
    auto* fineTune = w.findChild<QAction*>("fineTuneAction");
    QVERIFY(fineTune->isEnabled());
    fineTune->trigger();
    ui::TrainingDialog* d = w.trainingDialog();
    QVERIFY(d && d->isFineTune());
    // The architecture is the bundle's and fixed; the dialog says where training continues.
    QVERIFY(!d->presetBox()->isEnabled() && !d->resolutionBox()->isEnabled() && !d->classesBox()->isEnabled() &&
            !d->poseLayersEdit()->isEnabled() && !d->variantBox()->isEnabled());
    QCOMPARE(d->resolutionBox()->currentData().toInt(), 32);
    QCOMPARE(d->classesBox()->value(), 4);
    QCOMPARE(d->poseLayersEdit()->text(), QString("2, 3"));
    QCOMPARE(d->batchBox()->value(), 4);
    QVERIFY(shownMessage(d, "step 5, 20 images"));
    QCOMPARE(d->sourceBox()->currentIndex(), 1);  // new images

    fillTiny(d, out.filePath("ft"), 0.008);  // 2 steps
    d->sourceBox()->setCurrentIndex(1);
    d->dataEdit()->setText(data.path());
    QVERIFY(waitUntilStartable(d));
    QCOMPARE(d->options().initFrom, bundle);
    QSignalSpy finished(w.training(), &TrainingController::finished);
    qint64 firstStep = -1, startStep = -1;
    connect(w.training(), &TrainingController::progress, this, [&](const service::TrainingProgress& p) {
        if (isStep(p) && firstStep < 0) {
            firstStep = p.step;
            startStep = p.startStep;
        }
    });
    d->startButton()->click();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first()[1].toString(), QString());
    QCOMPARE(startStep, qint64(5));
    QCOMPARE(firstStep, qint64(6));
    qint64 images = 0;
    QCOMPARE(bundleStep(finished.first()[0].toString(), &images), qint64(7));
    QCOMPARE(images, qint64(28));
    QCOMPARE(bundleStep(bundle), qint64(5));  // the model fine-tuned is unchanged
}

void TestTrainingUi::closingWhileTrainingAsksThenStopsWithACheckpoint()
{
    QTemporaryDir out;
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    TrainingController* c = w.training();
    QSignalSpy finished(c, &TrainingController::finished);
    QVERIFY(w.startTraining(tinyRun(out.path())));
    QTRY_VERIFY_WITH_TIMEOUT(c->lastProgress().step >= 1, kWait);

    w.setCloseWhileTraining(ui::MainWindow::CloseWhileTraining::Cancel);  // the user says no
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QVERIFY(c->isRunning() && !c->stopRequested());

    w.setCloseWhileTraining(ui::MainWindow::CloseWhileTraining::Stop);  // the user says stop
    QVERIFY(!w.close());                                                // not yet: the checkpoint is being written
    QVERIFY(w.closingAfterTraining());
    QVERIFY(c->stopRequested());
    QVERIFY(w.isVisible());
    QVERIFY(!w.close());                              // asking again while it waits changes nothing
    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), kWait);  // closed once the run ended
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first()[2].toBool(), true);
    QVERIFY(bundleStep(QDir(out.path()).filePath("model.pivq")) >= 1);
}

void TestTrainingUi::everyTrainingControlHasTooltipNameAndFocus()
{
    QTemporaryDir base;
    {
        TrainingController c;
        QSignalSpy finished(&c, &TrainingController::finished);
        auto o = tinyRun(base.path());
        o.minutes = 0;
        o.kimg = 0.004;
        o.threads = 1;
        QVERIFY(c.start(o));
        QVERIFY(finished.wait(kWait));
    }
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    w.showTrainingMonitor();
    ui::TrainingDialog fresh(&w);
    ui::TrainingDialog fineTune(QDir(base.path()).filePath("model.pivq"), &w);
    QStringList missing;
    for (QWidget* root : std::initializer_list<QWidget*>{&fresh, &fineTune, w.trainingDock()}) {
        root->show();
        auto check = [&](QWidget* c, const QString& label) {
            missing << pivq::testing::accessibilityProblems(c, label, root);
        };
        for (auto* b : root->findChildren<QAbstractButton*>()) check(b, b->text().remove('&'));
        for (auto* s : root->findChildren<QAbstractSpinBox*>()) check(s, {});
        for (auto* c : root->findChildren<QComboBox*>()) check(c, {});
        for (auto* e : root->findChildren<QLineEdit*>()) check(e, {});
        for (auto* l : root->findChildren<QListWidget*>()) check(l, {});
        // Every field has a label with a keyboard shortcut (&) that focuses it.
        for (QLabel* l : root->findChildren<QLabel*>())
            if (l->buddy() && !l->text().contains('&')) missing << "label without shortcut: " + l->text();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
}

QTEST_MAIN(TestTrainingUi)
#include "test_training_ui.moc"
