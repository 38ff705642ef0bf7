// engine/service/training_controller, training_check, dataset_probe: a run on its own thread
// reported by signals (progress, pause/resume, stop with a checkpoint, a checkpoint on
// request, fine-tuning from a bundle's step), the checks the training dialog shows, and the
// quick look at a folder or zip of images. Tiny runs (tiny32, toyfaces, a few steps).
#include <QSignalSpy>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "engine/io/bundle.h"
#include "engine/service/dataset_probe.h"
#include "engine/service/training_check.h"
#include "engine/service/training_controller.h"
#include "tests/support/test_files.h"
#include "tests/support/tiny_run.h"
#include "tests/support/zip_files.h"

using namespace pivq::service;
using Code = TrainingIssue::Code;
using Field = TrainingIssue::Field;

namespace {
constexpr int kWait = 120000;  // generous: ctest runs two suites at once on two cores

TrainingOptions tinyRun(const QString& out)
{
    TrainingOptions o = pivq::testing::tinyRun(out);
    o.sampleMinutes = 0;  // a grid after every step
    return o;
}

bool isStep(const TrainingProgress& p)
{
    return p.phase == "training" && p.message.isEmpty();
}

QByteArray encoded(const char* ext, int w, int h, int seed)
{
    cv::Mat m(h, w, CV_8UC3, cv::Scalar(40 * seed % 255, 90, 200));
    cv::circle(m, {w / 2, h / 2}, std::min(w, h) / 3, cv::Scalar(230, 190, 160 - seed), -1);
    std::vector<uint8_t> buf;
    cv::imencode(ext, m, buf);
    return QByteArray(reinterpret_cast<const char*>(buf.data()), qsizetype(buf.size()));
}

// 3 usable images (PNG, JPEG nested, TIFF which only OpenCV reads), 2 unusable, 1 ignored.
std::vector<std::pair<QString, QByteArray>> mixedFiles()
{
    return {
        {"a.png", encoded(".png", 40, 30, 1)},
        {"broken.png", QByteArray("not a png at all")},
        {"empty.jpg", QByteArray()},
        {"notes.txt", QByteArray("ignored: not an image extension")},
        {"sub/b.jpg", encoded(".jpg", 20, 24, 2)},
        {"sub/deeper/c.tif", encoded(".tiff", 64, 48, 3)},
    };
}

bool writeTree(const QString& root, const std::vector<std::pair<QString, QByteArray>>& files)
{
    for (const auto& [name, bytes] : files) {
        const QString p = root + "/" + name;
        if (!QDir().mkpath(QFileInfo(p).path()) || !pivq::testing::writeFile(p, bytes)) return false;
    }
    return true;
}

// A finished tiny run's bundle in `dir` (5 steps, 20 images).
QString tinyBundle(const QString& dir)
{
    TrainingRun run(tinyRun(dir));
    return run.run();
}

bool hasIssue(const TrainingCheck& c, Code code, bool error)
{
    const TrainingIssue* i = c.find(code);
    return i && i->error == error;
}

QString codes(const TrainingCheck& c)
{
    QStringList out;
    for (const auto& i : c.issues) out << QString::number(int(i.code)) + (i.error ? "E" : "W") + ":" + i.detail;
    return out.join("; ");
}
}  // namespace

class TestTrainingController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runReportsProgressAndWritesABundle();
    void pauseHoldsProgressResumeContinuesStopKeepsACheckpoint();
    void checkpointOnRequestWhilePaused();
    void fineTuneContinuesFromTheBundleStep();
    void fineTuneOfABundleWithoutTrainingState();
    void secondStartIsRefused();
    void runErrorComesByFinished();
    void lossHistoryIsBoundedAndAveraged();
    void probeCountsUsableAndUnreadable_data();
    void probeCountsUsableAndUnreadable();
    void probeOfToyfacesAndOfNothing();
    void probeCanBeCancelled();
    void checkAcceptsAValidRun();
    void checkExplainsBadChoices_data();
    void checkExplainsBadChoices();
    void checkOfDataNeedsItsProbe();
    void checkOfAFineTuneBase();
};

void TestTrainingController::runReportsProgressAndWritesABundle()
{
    QTemporaryDir dir;
    TrainingController c;
    QSignalSpy progress(&c, &TrainingController::progress);
    QSignalSpy finished(&c, &TrainingController::finished);
    QSignalSpy started(&c, &TrainingController::started);
    QVERIFY(c.start(tinyRun(dir.path())));
    QCOMPARE(started.count(), 1);
    QVERIFY(c.isRunning());
    QVERIFY(finished.wait(kWait));
    QVERIFY(!c.isRunning());
    const auto args = finished.takeFirst();
    QCOMPARE(args[1].toString(), QString());  // no error
    QCOMPARE(args[2].toBool(), false);        // ended by its budget
    const QString checkpoint = args[0].toString();
    QCOMPARE(checkpoint, QDir(dir.path()).filePath("model.pivq"));

    QStringList phases;
    int64_t lastStep = 0;
    bool sawSamples = false;
    for (const auto& a : progress) {
        const auto p = a[0].value<TrainingProgress>();
        if (!phases.contains(p.phase)) phases << p.phase;
        if (isStep(p)) {
            QVERIFY(p.step > lastStep);  // in order, never repeated
            lastStep = p.step;
            QVERIFY(p.losses.count("D") && p.losses.count("G") && p.losses.count("rec_mse"));
            QCOMPARE(p.codeUsage.size(), size_t(2));  // tiny32: pose layers 2 and 3, K = 4
            for (const auto& kv : p.codeUsage) {
                QCOMPARE(kv.second.size(), size_t(4));
                double sum = 0;
                for (double s : kv.second) sum += s;
                QVERIFY(std::abs(sum - 1.0) < 1e-6 || sum == 0.0);
            }
            QCOMPARE(p.batch, 4);
            QCOMPARE(p.imagesTotal, int64_t(20));
        }
        sawSamples = sawSamples || !p.samples.isEmpty();
    }
    QCOMPARE(lastStep, int64_t(5));
    QVERIFY(sawSamples);
    QVERIFY(phases.contains("data") && phases.contains("saved") && phases.contains("done"));
    QCOMPARE(phases.last(), QString("done"));
    QCOMPARE(c.lastProgress().phase, QString("done"));
    QCOMPARE(c.lastProgress().checkpointStep, int64_t(5));

    // Every step's losses are in the history, however many reports were coalesced.
    const LossHistory h = c.lossHistory();
    QVERIFY(h.names().contains("D") && h.names().contains("rec_mse"));
    QCOMPARE(h.series("D").size(), 5);
    QCOMPARE(h.series("D").last().x(), 0.02);

    const auto b = pivq::io::loadBundle(checkpoint.toStdString());
    QCOMPARE(b.training_record.find("steps")->asInt(), int64_t(5));
    QCOMPARE(QString::fromStdString(b.config.name), QString("tiny32"));
}

void TestTrainingController::pauseHoldsProgressResumeContinuesStopKeepsACheckpoint()
{
    QTemporaryDir dir;
    auto o = tinyRun(dir.path());
    o.kimg = 0;
    o.minutes = 30;  // ended by stop()
    TrainingController c;
    QSignalSpy finished(&c, &TrainingController::finished);
    QSignalSpy pausedChanged(&c, &TrainingController::pausedChanged);
    int64_t step = 0;
    QString phase;
    connect(&c, &TrainingController::progress, this, [&](const TrainingProgress& p) {
        phase = p.phase;
        if (isStep(p)) step = p.step;
    });
    QVERIFY(c.start(o));
    QTRY_VERIFY_WITH_TIMEOUT(step >= 1, kWait);
    c.pause();
    QVERIFY(c.isPaused());
    QCOMPARE(pausedChanged.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(phase, QString("paused"), kWait);
    const int64_t held = step;
    QTest::qWait(400);
    QCOMPARE(step, held);  // no step while paused
    QCOMPARE(phase, QString("paused"));
    c.resume();
    QVERIFY(!c.isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(step > held, kWait);
    c.stop();
    QVERIFY(c.stopRequested());
    QVERIFY(finished.wait(kWait));
    const auto args = finished.takeFirst();
    QCOMPARE(args[1].toString(), QString());
    QCOMPARE(args[2].toBool(), true);  // stopped
    const auto b = pivq::io::loadBundle(args[0].toString().toStdString());
    QVERIFY(b.training_record.find("steps")->asInt() >= held + 1);
    QCOMPARE(b.training_record.find("steps")->asInt(), c.lastProgress().checkpointStep);
}

void TestTrainingController::checkpointOnRequestWhilePaused()
{
    QTemporaryDir dir;
    auto o = tinyRun(dir.path());
    o.kimg = 0;
    o.minutes = 30;
    TrainingController c;
    QSignalSpy finished(&c, &TrainingController::finished);
    int64_t step = 0, saved = -1;
    QString phase;
    connect(&c, &TrainingController::progress, this, [&](const TrainingProgress& p) {
        phase = p.phase;
        if (isStep(p)) step = p.step;
        if (p.phase == "saved") saved = p.checkpointStep;
    });
    QVERIFY(c.start(o));
    QTRY_VERIFY_WITH_TIMEOUT(step >= 2, kWait);
    c.pause();
    QTRY_COMPARE_WITH_TIMEOUT(phase, QString("paused"), kWait);
    QCOMPARE(saved, int64_t(-1));
    c.requestCheckpoint();
    QTRY_COMPARE_WITH_TIMEOUT(saved, step, kWait);  // the paused step, written while paused
    const QString path = QDir(dir.path()).filePath("model.pivq");
    QCOMPARE(pivq::io::loadBundle(path.toStdString()).training_record.find("steps")->asInt(), step);
    QTRY_COMPARE_WITH_TIMEOUT(phase, QString("paused"), kWait);  // and still paused
    QTest::qWait(200);
    QCOMPARE(c.lastProgress().step, step);
    c.stop();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first()[2].toBool(), true);
}

void TestTrainingController::fineTuneContinuesFromTheBundleStep()
{
    QTemporaryDir base, data, out, wrong;
    const QString bundle = tinyBundle(base.path());  // 5 steps, 20 images
    // New images: a folder of pictures unlike the toyfaces.
    for (int i = 0; i < 6; ++i)
        QVERIFY(pivq::testing::noiseImage(40, 40, quint32(i)).save(data.filePath(QString("%1.png").arg(i))));

    TrainingOptions o = tinyRun(out.path());
    o.initFrom = bundle;
    o.data = data.path();
    o.preset.clear();
    o.kimg = 0.008;  // 2 more steps
    o.name = "finetuned";
    TrainingController c;
    QSignalSpy finished(&c, &TrainingController::finished);
    TrainingProgress first;
    connect(&c, &TrainingController::progress, this, [&](const TrainingProgress& p) {
        if (isStep(p) && first.step == 0) first = p;
    });
    QVERIFY(c.start(o));
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first()[1].toString(), QString());
    QCOMPARE(first.step, int64_t(6));  // continues after the bundle's step 5
    QCOMPARE(first.startStep, int64_t(5));
    QCOMPARE(first.startImages, int64_t(20));
    QCOMPARE(first.imagesSeen, int64_t(24));
    const auto b = pivq::io::loadBundle(QDir(out.path()).filePath("model.pivq").toStdString());
    QCOMPARE(b.training_record.find("steps")->asInt(), int64_t(7));
    QCOMPARE(b.training_record.find("images_seen")->asInt(), int64_t(28));
    QCOMPARE(QString::fromStdString(b.training_record.find("data")->asString()), data.path());
    QCOMPARE(QString::fromStdString(b.config.name), QString("finetuned"));
    // The base is untouched.
    QCOMPARE(pivq::io::loadBundle(bundle.toStdString()).training_record.find("steps")->asInt(), int64_t(5));

    // A fine-tune cannot change the architecture: the run says so instead of ignoring it.
    TrainingOptions bad = o;
    bad.out = wrong.path();
    bad.vqCodes = 6;
    QVERIFY(c.start(bad));
    QVERIFY(finished.wait(kWait));
    QVERIFY2(finished.last()[1].toString().contains("keeps the architecture"),
             qPrintable(finished.last()[1].toString()));
    QVERIFY(!QFileInfo::exists(QDir(wrong.path()).filePath("model.pivq")));
}

void TestTrainingController::fineTuneOfABundleWithoutTrainingState()
{
    // A bundle with weights only (as shipped models may be): G starts from the averaged
    // weights, D and the optimisers afresh, the counters at zero.
    QTemporaryDir base, out;
    auto b = pivq::io::loadBundle(tinyBundle(base.path()).toStdString(), false);
    QVERIFY(b.training.empty());
    const QString light = base.filePath("light.pivq");
    pivq::io::saveBundle(light.toStdString(), b);
    TrainingOptions o = tinyRun(out.path());
    o.initFrom = light;
    o.kimg = 0.008;
    o.seed = 7;  // other random weights than the base run's, so a fresh G would be far from it
    TrainingController c;
    QSignalSpy finished(&c, &TrainingController::finished);
    int64_t first = 0;
    connect(&c, &TrainingController::progress, this, [&](const TrainingProgress& p) {
        if (isStep(p) && first == 0) first = p.step;
    });
    QVERIFY(c.start(o));
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first()[1].toString(), QString());
    QCOMPARE(first, int64_t(1));
    const auto r = pivq::io::loadBundle(QDir(out.path()).filePath("model.pivq").toStdString());
    QCOMPARE(r.training_record.find("steps")->asInt(), int64_t(2));
    QVERIFY(!r.training.empty());  // the fine-tune saves a full training state
    // The raw G continued from the bundle's averaged weights: two steps moved it only a little.
    double largest = 0;
    int compared = 0;
    for (const auto& [name, t] : r.training) {
        // Weights, not the VQ codebooks' usage statistics (EMA buffers that every step rewrites).
        if (name.rfind("g.", 0) != 0 || t.numel() < 64 || name.find(".ema_") != std::string::npos) continue;
        for (const auto& [wname, w] : b.weights)
            if (wname == "g_ema." + name.substr(2) && w.sizes() == t.sizes()) {
                largest = std::max(largest, (t - w).abs().mean().item<double>());
                ++compared;
            }
    }
    QVERIFY(compared > 5);
    QVERIFY2(largest < 0.1, qPrintable(QString::number(largest)));
}

void TestTrainingController::secondStartIsRefused()
{
    QTemporaryDir dir, other;
    auto o = tinyRun(dir.path());
    o.kimg = 0;
    o.minutes = 30;
    TrainingController c;
    QSignalSpy finished(&c, &TrainingController::finished);
    QVERIFY(c.start(o));
    QString error;
    QVERIFY(!c.start(tinyRun(other.path()), &error));
    QVERIFY(error.contains("already"));
    c.stop();
    QVERIFY(c.waitForFinished(kWait));
    QVERIFY(!c.isRunning());
    QVERIFY(finished.wait(kWait));  // still delivered after waitForFinished
    QCOMPARE(finished.count(), 1);
}

void TestTrainingController::runErrorComesByFinished()
{
    QTemporaryDir dir;
    auto o = tinyRun(dir.path());
    o.data = dir.filePath("no-such-folder");
    TrainingController c;
    QSignalSpy finished(&c, &TrainingController::finished);
    QVERIFY(c.start(o));
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first()[0].toString(), QString());
    QVERIFY(finished.first()[1].toString().contains("no-such-folder"));
    QVERIFY(!c.isRunning());
}

void TestTrainingController::lossHistoryIsBoundedAndAveraged()
{
    LossHistory h(16);
    for (int step = 1; step <= 1000; ++step) {
        std::map<QString, double> l{{"D", 2.0}, {"G", double(step)}};
        if (step % 16 == 0) l["R1"] = 0.5;  // lazy: only some steps
        h.add(int64_t(step) * 8, l);
    }
    QCOMPARE(h.names(), (QStringList{"D", "G", "R1"}));
    QVERIFY(h.points() <= 16);
    QVERIFY(h.points() >= 8);
    double lastX = -1;
    for (const QPointF& p : h.series("D")) {
        QCOMPARE(p.y(), 2.0);  // means of a constant
        QVERIFY(p.x() > lastX);
        lastX = p.x();
    }
    QVERIFY(std::abs(lastX - 8.0) < 0.5);  // x in thousands of images
    // G grows linearly: each point is the mean over its bucket, so the curve keeps rising.
    const auto g = h.series("G");
    for (int i = 1; i < g.size(); ++i) QVERIFY(g[i].y() > g[i - 1].y());
    QVERIFY(!h.series("R1").isEmpty());
    QVERIFY(h.series("missing").isEmpty());
    h.clear();
    QVERIFY(h.names().isEmpty());
    QCOMPARE(h.points(), 0);
}

void TestTrainingController::probeCountsUsableAndUnreadable_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("folder") << false;
    QTest::newRow("zip") << true;
}

void TestTrainingController::probeCountsUsableAndUnreadable()
{
    QFETCH(bool, zip);
    QTemporaryDir dir;
    QString path = dir.path();
    if (zip) {
        path = dir.filePath("images.zip");
        QVERIFY(pivq::testing::writeZip(path, mixedFiles()));
    } else {
        QVERIFY(writeTree(path, mixedFiles()));
    }
    qint64 lastDone = -1, lastTotal = -1;
    DatasetProbeOptions po;
    po.thumbnails = 2;
    po.thumbnailSide = 32;
    const DatasetProbe p = probeDataset(path, po, [&](qint64 d, qint64 t) {
        lastDone = d;
        lastTotal = t;
    });
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.zip, zip);
    QCOMPARE(p.files, qint64(5));
    QCOMPARE(p.usable, qint64(3));
    QCOMPARE(p.unreadable, qint64(2));
    QCOMPARE(p.firstUnreadable.size(), 2);
    QVERIFY2(p.firstUnreadable.join('\n').contains("broken.png"), qPrintable(p.firstUnreadable.join('\n')));
    QVERIFY(p.firstUnreadable.join('\n').contains("empty.jpg"));
    QCOMPARE(lastDone, qint64(5));
    QCOMPARE(lastTotal, qint64(5));
    // Short sides from the headers: 30 (a.png), 20 (b.jpg), 48 (c.tif, decoded by OpenCV).
    QVector<int> sides = p.shortSides;
    std::sort(sides.begin(), sides.end());
    QCOMPARE(sides, (QVector<int>{20, 30, 48}));
    QCOMPARE(p.smallerThan(32), qint64(2));
    QCOMPARE(p.thumbnails.size(), 2);
    QCOMPARE(p.thumbnails[0].size(), QSize(32, 32));
    QCOMPARE(p.thumbnailNames[0], QString("a.png"));
}

void TestTrainingController::probeOfToyfacesAndOfNothing()
{
    DatasetProbeOptions po;
    po.toyfacesCount = 100;
    po.thumbnails = 3;
    const DatasetProbe toy = probeDataset("toyfaces", po);
    QVERIFY(toy.toyfaces);
    QCOMPARE(toy.usable, qint64(100));
    QCOMPARE(toy.thumbnails.size(), 3);
    QVERIFY(toy.thumbnails[0] != toy.thumbnails[1]);

    QTemporaryDir empty;
    const DatasetProbe none = probeDataset(empty.path());
    QVERIFY(none.error.isEmpty());
    QCOMPARE(none.files, qint64(0));
    QCOMPARE(none.usable, qint64(0));

    const DatasetProbe missing = probeDataset(empty.filePath("gone"));
    QVERIFY(missing.error.contains("no such file or folder"));
    QVERIFY(pivq::testing::writeFile(empty.filePath("not.zip"), "plain text"));
    QVERIFY(probeDataset(empty.filePath("not.zip")).error.contains("zip"));
}

void TestTrainingController::probeCanBeCancelled()
{
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i)
        QVERIFY(pivq::testing::noiseImage(16, 16, quint32(i)).save(dir.filePath(QString("%1.png").arg(i))));
    int polls = 0;
    const DatasetProbe p = probeDataset(dir.path(), {}, {}, [&] { return ++polls > 5; });
    QVERIFY(p.cancelled);
    QVERIFY(p.usable < 20);
}

void TestTrainingController::checkAcceptsAValidRun()
{
    QTemporaryDir dir;
    auto o = tinyRun(dir.filePath("run"));  // not yet there: created by the run
    o.threads = -1;
    const TrainingCheck c = checkTrainingOptions(o);
    QVERIFY2(c.ok(), qPrintable(codes(c)));
    QVERIFY(c.modelValid);
    QCOMPARE(c.model.resolution, 32);
    QCOMPARE(c.model.classes, 4);
    QCOMPARE(c.model.poseLayers, (QVector<int>{2, 3}));
    QCOMPARE(c.model.batch, 4);
    QCOMPARE(c.model.convLayers, 7);
    QCOMPARE(c.model.layerSides.value(3), 16);
    QVERIFY(c.modelConfigJson.contains("\"resolution\": 32"));

    // Overrides reach the model; presets are listed with their defaults.
    o.resolution = 64;
    o.vqCodes = 8;
    o.poseLayers = {3, 5};
    o.vqVariant = "vq2";
    const TrainingCheck d = checkTrainingOptions(o);
    QVERIFY2(d.ok(), qPrintable(codes(d)));
    QCOMPARE(d.model.resolution, 64);
    QCOMPARE(d.model.classes, 8);
    QCOMPARE(d.model.vqVariant, QString("vq2"));
    QVERIFY(trainingPresets().contains("cpu64"));
    QCOMPARE(presetSummary("cpu64").resolution, 64);
    QCOMPARE(presetSummary("nope").resolution, 0);
    QVERIFY(vqVariants().contains("none"));
}

void TestTrainingController::checkExplainsBadChoices_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("field");
    QTest::addColumn<bool>("error");
    QTest::newRow("K = 1") << "k1" << int(Code::ClassesOutOfRange) << int(Field::Classes) << true;
    QTest::newRow("pose layer beyond 32 px")
        << "layer9" << int(Code::PoseLayerOutOfRange) << int(Field::PoseLayers) << true;
    QTest::newRow("duplicate layer") << "dup" << int(Code::PoseLayersDuplicate) << int(Field::PoseLayers) << true;
    QTest::newRow("resolution") << "res" << int(Code::ResolutionInvalid) << int(Field::Resolution) << true;
    QTest::newRow("variant") << "variant" << int(Code::VqVariantUnknown) << int(Field::VqVariant) << true;
    QTest::newRow("no VQ: no masks") << "none" << int(Code::NoMasks) << int(Field::VqVariant) << false;
    QTest::newRow("preset") << "preset" << int(Code::UnknownPreset) << int(Field::Preset) << true;
    QTest::newRow("batch too large") << "batch" << int(Code::BatchOutOfRange) << int(Field::Batch) << true;
    QTest::newRow("batch vs group") << "batch6" << int(Code::BatchSmallForGroup) << int(Field::Batch) << false;
    QTest::newRow("no budget") << "budget" << int(Code::NoBudget) << int(Field::Budget) << true;
    QTest::newRow("no data") << "nodata" << int(Code::NoData) << int(Field::Data) << true;
    QTest::newRow("missing data") << "missing" << int(Code::DataMissing) << int(Field::Data) << true;
    QTest::newRow("data is a file") << "file" << int(Code::DataNotFolderOrZip) << int(Field::Data) << true;
    QTest::newRow("no output") << "noout" << int(Code::NoOutput) << int(Field::Output) << true;
    QTest::newRow("output is a file") << "outfile" << int(Code::OutputIsFile) << int(Field::Output) << true;
    QTest::newRow("output holds a run") << "outrun" << int(Code::OutputHoldsRun) << int(Field::Output) << true;
    QTest::newRow("unknown device") << "device" << int(Code::DeviceUnknown) << int(Field::Device) << true;
    QTest::newRow("slow on the CPU") << "slow" << int(Code::SlowOnCpu) << int(Field::Device) << false;
}

void TestTrainingController::checkExplainsBadChoices()
{
    QFETCH(QString, what);
    QFETCH(int, code);
    QFETCH(int, field);
    QFETCH(bool, error);
    QTemporaryDir dir;
    auto o = tinyRun(dir.filePath("run"));
    if (what == "k1") o.vqCodes = 1;
    if (what == "layer9") o.poseLayers = {2, 9};
    if (what == "dup") o.poseLayers = {3, 3};
    if (what == "res") o.resolution = 48;
    if (what == "variant") o.vqVariant = "vq9";
    if (what == "none") o.vqVariant = "none";
    if (what == "preset") o.preset = "huge";
    if (what == "batch") o.batch = 5000;
    if (what == "batch6") o.batch = 6;
    if (what == "budget") o.kimg = 0, o.minutes = 0;
    if (what == "nodata") o.data.clear();
    if (what == "missing") o.data = dir.filePath("gone");
    if (what == "file") {
        o.data = dir.filePath("a.txt");
        QVERIFY(pivq::testing::writeFile(o.data, "x"));
    }
    if (what == "noout") o.out.clear();
    if (what == "outfile") {
        o.out = dir.filePath("out.txt");
        QVERIFY(pivq::testing::writeFile(o.out, "x"));
    }
    if (what == "outrun") {
        QVERIFY(QDir().mkpath(o.out));
        QVERIFY(pivq::testing::writeFile(QDir(o.out).filePath("model.pivq"), "a previous run"));
    }
    if (what == "device") o.device = "tpu";
    if (what == "slow") o.resolution = 256, o.device = "cpu";
    const TrainingCheck c = checkTrainingOptions(o);
    const TrainingIssue* i = c.find(Code(code));
    QVERIFY2(i, qPrintable(codes(c)));
    QCOMPARE(int(i->field), field);
    QCOMPARE(i->error, error);
    QCOMPARE(c.ok(), !error);
    QCOMPARE(c.hasError(Field(field)), error);
    if (what == "layer9") QCOMPARE(i->args, (QStringList{"9", "32", "6"}));
    if (what == "batch6") QCOMPARE(i->args, (QStringList{"6", "4", "3"}));
}

void TestTrainingController::checkOfDataNeedsItsProbe()
{
    QTemporaryDir dir, empty, run;
    QVERIFY(writeTree(dir.path(), mixedFiles()));
    auto o = tinyRun(run.filePath("r"));
    o.data = empty.path();
    const DatasetProbe none = probeDataset(empty.path());
    QVERIFY(checkTrainingOptions(o).ok());  // without a probe only the path is looked at
    const TrainingCheck c = checkTrainingOptions(o, &none);
    QVERIFY(hasIssue(c, Code::DataNoImages, true));
    QVERIFY(!c.ok());

    o.data = dir.path();
    const DatasetProbe mixed = probeDataset(dir.path());
    const TrainingCheck m = checkTrainingOptions(o, &mixed);
    QVERIFY2(m.ok(), qPrintable(codes(m)));                 // 3 usable images are enough...
    QVERIFY(hasIssue(m, Code::DataUnreadable, false));      // ...2 are skipped, and said so
    QVERIFY(hasIssue(m, Code::DataSmall, false));           // 20 px < 32 px
    QVERIFY(hasIssue(m, Code::DataFewerThanBatch, false));  // 3 images, batch 4
    QCOMPARE(m.find(Code::DataUnreadable)->args, (QStringList{"2", "5"}));
    QVERIFY(m.find(Code::DataUnreadable)->detail.contains("broken.png"));
    QVERIFY(!checkTrainingOptions(o, &none).find(Code::DataNoImages));  // a probe of another path is ignored

    QTemporaryDir one;
    QVERIFY(pivq::testing::noiseImage(40, 40, 1).save(one.filePath("only.png")));
    o.data = one.path();
    const DatasetProbe single = probeDataset(one.path());
    QVERIFY(hasIssue(checkTrainingOptions(o, &single), Code::DataTooFew, true));
}

void TestTrainingController::checkOfAFineTuneBase()
{
    QTemporaryDir base, run;
    const QString bundle = tinyBundle(base.path());
    TrainingOptions o = tinyRun(run.filePath("ft"));
    o.preset.clear();
    o.batch = 0;  // the bundle's
    o.initFrom = bundle;
    const TrainingCheck c = checkTrainingOptions(o);
    QVERIFY2(c.ok(), qPrintable(codes(c)));
    QVERIFY(c.baseRead);
    QVERIFY(c.baseHasTrainingState);
    QCOMPARE(c.baseStep, qint64(5));
    QCOMPARE(c.baseImages, qint64(20));
    QCOMPARE(c.baseData, QString("toyfaces"));
    QCOMPARE(c.model.resolution, 32);
    QCOMPARE(c.model.batch, 4);  // the bundle's training config

    o.vqCodes = 6;  // differs from the bundle's K = 4
    QVERIFY(hasIssue(checkTrainingOptions(o), Code::ArchitectureFixed, true));
    o.vqCodes = 4;  // the same value is no change
    QVERIFY(checkTrainingOptions(o).ok());

    o.out = base.path();  // would replace the base itself
    QVERIFY(hasIssue(checkTrainingOptions(o), Code::OutputHoldsRun, true));
    o.out = run.filePath("ft");

    o.initFrom = base.filePath("gone.pivq");
    QVERIFY(hasIssue(checkTrainingOptions(o), Code::BaseMissing, true));
    o.initFrom = base.filePath("junk.pivq");
    QVERIFY(pivq::testing::writeFile(o.initFrom, "not a zip"));
    const TrainingCheck junk = checkTrainingOptions(o);
    QVERIFY(hasIssue(junk, Code::BaseUnreadable, true));
    QVERIFY(junk.find(Code::BaseUnreadable)->detail.contains("junk.pivq"));

    // A bundle without training state can be fine-tuned, with a note of what starts afresh.
    auto b = pivq::io::loadBundle(bundle.toStdString(), false);
    b.training.clear();
    const QString light = base.filePath("light.pivq");
    pivq::io::saveBundle(light.toStdString(), b);
    o.initFrom = light;
    const TrainingCheck l = checkTrainingOptions(o);
    QVERIFY(l.ok());
    QVERIFY(hasIssue(l, Code::BaseNoTrainingState, false));
    if (!cudaAvailable()) {
        o.device = "cuda";
        QVERIFY(hasIssue(checkTrainingOptions(o), Code::CudaUnavailable, true));
    }
}

QTEST_GUILESS_MAIN(TestTrainingController)
#include "test_training_controller.moc"
