// engine/service/training_run: a run with files — bundle, samples, log, stop, resume, errors.
#include <QtTest>

#include <atomic>
#include <thread>

#include <torch/torch.h>

#include "engine/core/perceptual.h"
#include "engine/io/bundle.h"
#include "engine/io/safetensors.h"
#include "engine/io/image.h"
#include "engine/service/training_run.h"
#include "tests/support/tiny_run.h"

using namespace pivq::service;

namespace {
using pivq::testing::tinyRun;
}  // namespace

class TestTrainingRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runWritesALoadableBundleAndReportsProgress();
    void resumeContinuesAtTheSavedStep();
    void fineTuneWithoutStateKeepsEarlierFiguresApart();
    void stopRequestSavesACheckpoint();
    void pausedRunMakesNoProgress();
    void badInputIsAClearError_data();
    void badInputIsAClearError();
    void emptyFolderIsAClearError();
    void fullSizeLpipsWeightsAreAccepted();
};

void TestTrainingRun::runWritesALoadableBundleAndReportsProgress()
{
    QTemporaryDir dir;
    TrainingRun run(tinyRun(dir.path()));
    int trainingReports = 0;
    QStringList phases;
    double lastFraction = -1;
    const QString path = run.run([&](const TrainingProgress& p) {
        if (!phases.contains(p.phase)) phases << p.phase;
        if (p.phase == "training" && p.message.isEmpty()) {
            ++trainingReports;
            QVERIFY(p.losses.count("D") && p.losses.count("rec_mse") && p.losses.count("aug"));
            QVERIFY(p.fraction >= lastFraction);
            lastFraction = p.fraction;
        }
    });
    QCOMPARE(trainingReports, 5);
    QVERIFY(phases.contains("data") && phases.contains("checkpoint") && phases.contains("done"));
    QCOMPARE(path, dir.filePath("model.pivq"));
    const auto b = pivq::io::loadBundle(path.toStdString());
    QCOMPARE(b.config.resolution, 32);
    QVERIFY(!b.training.empty());
    QVERIFY(!b.preview.empty());
    QCOMPARE(b.training_record.find("steps")->asInt(), int64_t(5));
    QCOMPARE(QString::fromStdString(b.training_record.find("perceptual")->asString()), QString("msssim-l1"));
    QVERIFY(!QDir(dir.filePath("samples")).entryList({"*.png"}).isEmpty());
}

void TestTrainingRun::resumeContinuesAtTheSavedStep()
{
    QTemporaryDir dir;
    {
        TrainingRun first(tinyRun(dir.path()));
        first.run();
    }
    auto o = tinyRun(dir.path());
    o.data.clear();  // taken from the checkpoint's record
    o.resume = true;
    o.kimg = 0.012;  // 3 more steps
    int64_t firstStep = -1;
    TrainingRun second(o);
    second.run([&](const TrainingProgress& p) {
        if (p.phase == "training" && p.message.isEmpty() && firstStep < 0) firstStep = p.step;
    });
    QCOMPARE(firstStep, int64_t(6));
    const auto b = pivq::io::loadBundle(dir.filePath("model.pivq").toStdString());
    QCOMPARE(b.training_record.find("steps")->asInt(), int64_t(8));
    QCOMPARE(b.training_record.find("images_seen")->asInt(), int64_t(32));
}

// A fine-tune from a bundle without training state counts its images from zero; the
// bundle's images and time go to earlier_*, so images_seen and wall_time_s cover one span.
void TestTrainingRun::fineTuneWithoutStateKeepsEarlierFiguresApart()
{
    QTemporaryDir dir;
    const QString first = dir.filePath("first"), second = dir.filePath("second");
    TrainingRun(tinyRun(first)).run();
    auto exported = pivq::io::loadBundle(QDir(first).filePath("model.pivq").toStdString());
    const double firstWall = exported.training_record.find("wall_time_s")->asNumber();
    QVERIFY(firstWall > 0);
    exported.training.clear();
    const QString init = dir.filePath("exported.pivq");
    pivq::io::saveBundle(init.toStdString(), exported);

    auto o = tinyRun(second);
    o.initFrom = init;
    o.kimg = 0.012;  // 3 steps
    QElapsedTimer clock;
    clock.start();
    TrainingRun(o).run();
    const double elapsed = clock.elapsed() / 1000.0;
    const auto rec = pivq::io::loadBundle(QDir(second).filePath("model.pivq").toStdString()).training_record;
    QCOMPARE(rec.find("images_seen")->asInt(), int64_t(12));
    QCOMPARE(rec.find("earlier_images_seen")->asInt(), int64_t(20));
    QCOMPARE(rec.find("earlier_wall_time_s")->asNumber(), firstWall);
    QVERIFY(rec.find("wall_time_s")->asNumber() > 0);
    QVERIFY(rec.find("wall_time_s")->asNumber() <= elapsed);  // this run's time only

    // A second stage adds to the earlier figures.
    auto again = pivq::io::loadBundle(QDir(second).filePath("model.pivq").toStdString());
    const double secondWall = again.training_record.find("wall_time_s")->asNumber();
    again.training.clear();
    pivq::io::saveBundle(init.toStdString(), again);
    o.out = dir.filePath("third");
    o.kimg = 0.004;  // 1 step
    TrainingRun(o).run();
    const auto rec3 = pivq::io::loadBundle(QDir(o.out).filePath("model.pivq").toStdString()).training_record;
    QCOMPARE(rec3.find("images_seen")->asInt(), int64_t(4));
    QCOMPARE(rec3.find("earlier_images_seen")->asInt(), int64_t(32));
    QCOMPARE(rec3.find("earlier_wall_time_s")->asNumber(), firstWall + secondWall);
}

void TestTrainingRun::stopRequestSavesACheckpoint()
{
    QTemporaryDir dir;
    auto o = tinyRun(dir.path());
    o.kimg = 0;
    o.minutes = 10;  // would run long: the stop request ends it
    TrainingRun run(o);
    int steps = 0;
    run.run([&](const TrainingProgress& p) {
        if (p.phase == "training" && p.message.isEmpty() && ++steps == 3) run.requestStop();
    });
    const auto b = pivq::io::loadBundle(dir.filePath("model.pivq").toStdString());
    QCOMPARE(b.training_record.find("steps")->asInt(), int64_t(3));
}

void TestTrainingRun::pausedRunMakesNoProgress()
{
    QTemporaryDir dir;
    auto o = tinyRun(dir.path());
    TrainingRun run(o);
    std::atomic<int> steps{0};
    std::atomic<bool> sawPause{false};
    run.setPaused(true);
    std::thread worker([&] {
        run.run([&](const TrainingProgress& p) {
            if (p.phase == "paused") sawPause = true;
            if (p.phase == "training" && p.message.isEmpty()) ++steps;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(sawPause.load(), 60000);
    QTest::qWait(300);
    QCOMPARE(steps.load(), 0);
    run.setPaused(false);
    worker.join();
    QCOMPARE(steps.load(), 5);
}

void TestTrainingRun::badInputIsAClearError_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<bool>("resume");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << "/no/such/folder" << "tiny32" << false << "/no/such/folder";
    QTest::newRow("unknown preset") << "toyfaces" << "huge" << false << "unknown preset";
    QTest::newRow("nothing to resume") << "" << "tiny32" << true << "nothing to resume";
}

void TestTrainingRun::badInputIsAClearError()
{
    QFETCH(QString, data);
    QFETCH(QString, preset);
    QFETCH(bool, resume);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto o = tinyRun(dir.path());
    o.data = data;
    o.preset = preset;
    o.resume = resume;
    TrainingRun run(o);
    try {
        run.run();
        QFAIL("no error");
    } catch (const std::exception& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
    QVERIFY(!QFileInfo::exists(dir.filePath("model.pivq")));
}

void TestTrainingRun::emptyFolderIsAClearError()
{
    QTemporaryDir dir, data;
    QFile junk(data.filePath("notes.png"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not an image");
    junk.close();
    auto o = tinyRun(dir.path());
    o.data = data.path();
    TrainingRun run(o);
    try {
        run.run();
        QFAIL("no error");
    } catch (const std::exception& e) {
        QVERIFY2(QString(e.what()).contains("no usable images"), e.what());
        QVERIFY2(QString(e.what()).contains("notes.png"), e.what());
    }
}

void TestTrainingRun::fullSizeLpipsWeightsAreAccepted()
{
    // A file with AlexNet's real shapes is about 10 MB; the run once refused anything over 1 MB.
    QTemporaryDir dir;
    torch::manual_seed(0);
    pivq::core::LpipsAlex donor;
    {
        torch::NoGradGuard ng;
        for (auto& lin : donor->lins) lin->weight.abs_();
    }
    pivq::core::NamedTensors file;
    for (const auto& kv : pivq::core::stateOf(*donor))
        if (kv.first != "shift" && kv.first != "scale") file.push_back(kv);
    const QString weights = dir.filePath("lpips_alex.safetensors");
    pivq::io::writeFileAtomic(weights.toStdString(), pivq::io::writeSafetensors(file));
    QVERIFY(QFileInfo(weights).size() > (4 << 20));

    TrainingOptions o = tinyRun(dir.filePath("run"));
    o.kimg = 0.004;  // one step
    o.lpipsWeights = weights;
    const QString path = TrainingRun(o).run({});
    const auto b = pivq::io::loadBundle(path.toStdString());
    QCOMPARE(QString::fromStdString(b.training_record.find("perceptual")->asString()), QString("lpips-alex"));
}

QTEST_GUILESS_MAIN(TestTrainingRun)
#include "test_training_run.moc"
