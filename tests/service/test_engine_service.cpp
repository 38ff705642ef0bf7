// engine/service: the engine thread answers in Qt types, synchronously and by signal;
// rendering is latest-request-wins with stamps; errors come back as results.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <QThread>

#include "engine/service/engine_service.h"
#include "tests/support/test_files.h"
#include "tests/support/tiny_bundle.h"

using namespace pivq::service;
using pivq::testing::noiseImage;

namespace {

RenderRequest swapRequest()
{
    RenderRequest r;
    r.pose = LatentSource::fromImage(noiseImage(48, 40, 1));  // any size: centre-cropped and resized
    r.identity = LatentSource::fromImage(noiseImage(32, 32, 2));
    return r;
}

QImage sameSizeMask(const QImage& mask, int value)
{
    QImage m = mask.copy();
    m.fill(uint(value));
    return m;
}
}  // namespace

class TestEngineService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reportsDeviceThreadsAndConfig();
    void asynchronousLoadEmitsInfo();
    void unknownPresetIsAnErrorNotACrash();
    void explicitThreadCountIsHonoured();
    void swapReturnsImageAndMasks();
    void uneditedMasksSentBackReproduceTheSwap();
    void burstOfRequestsRendersFewAndAnswersTheLast();
    void staleResultsAreDropped();
    void badInputsAreErrorResults();
    void failedModelLoadKeepsThePreviousModel();
    void reconstructionAndSampleOutputs();
    void noModelIsAnErrorResult();
};

void TestEngineService::reportsDeviceThreadsAndConfig()
{
    EngineService s;
    const EngineInfo info = s.loadPresetSync("tiny32");
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QVERIFY(info.device == "CPU" || info.device.startsWith("CUDA"));
    QVERIFY(info.threads >= 1);
    QVERIFY(info.torchVersion.count('.') == 2);
    QCOMPARE(info.modelName, QString("tiny32"));
    QVERIFY(info.configJson.contains("\"resolution\": 32"));
    QVERIFY(info.generatorParams > 0 && info.encoderParams > 0);
    QCOMPARE(info.resolution, 32);
    QCOMPARE(info.maskLayers, (QVector<int>{2, 3}));
    QCOMPARE(info.maskSides.value(2), 8);
    QCOMPARE(info.classes, 4);
    QCOMPARE(info.palettes.value(3).size(), 4);
    QCOMPARE(info.classNames.value(3).size(), 4);
}

void TestEngineService::asynchronousLoadEmitsInfo()
{
    EngineService s;
    QSignalSpy spy(&s, &EngineService::infoReady);
    s.loadPreset("tiny32");
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 60000);
    const auto info = spy.takeFirst().at(0).value<EngineInfo>();
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.modelName, QString("tiny32"));
}

void TestEngineService::unknownPresetIsAnErrorNotACrash()
{
    EngineService s;
    const EngineInfo info = s.loadPresetSync("no-such-model");
    QVERIFY(info.error.contains("unknown preset"));
    QVERIFY(info.modelName.isEmpty());
}

void TestEngineService::explicitThreadCountIsHonoured()
{
    EngineOptions o;
    o.threads = 2;  // differs from the PIVQ_THREADS=1 the test runs under
    EngineService s(o);
    QCOMPARE(s.loadPresetSync("tiny32").threads, 2);
    o.threads = 1;
    o.device = "cpu";
    const EngineInfo info = s.configureSync(o);
    QCOMPARE(info.threads, 1);
    QCOMPARE(info.device, QString("CPU"));
    QCOMPARE(info.modelName, QString("tiny32"));  // the model survives a reconfiguration
}

void TestEngineService::swapReturnsImageAndMasks()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    const RenderResult r = s.renderSync(swapRequest());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.stamp > 0);
    QCOMPARE(r.image.size(), QSize(32, 32));
    QCOMPARE(r.image.format(), QImage::Format_RGB888);
    QCOMPARE(r.masks.keys(), (QList<int>{2, 3}));
    QCOMPARE(r.masks.value(2).size(), QSize(8, 8));
    QCOMPARE(r.masks.value(2).format(), QImage::Format_Indexed8);
    QCOMPARE(r.masks.value(2).colorCount(), 4);
    QVERIFY(r.renderMs > 0);
    QVERIFY(r.errorMap.isNull());
}

void TestEngineService::uneditedMasksSentBackReproduceTheSwap()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    RenderRequest req = swapRequest();
    const RenderResult plain = s.renderSync(req);
    QVERIFY2(plain.ok(), qPrintable(plain.error));
    req.masks = plain.masks;  // "edited" to exactly what was computed
    const RenderResult same = s.renderSync(req);
    QVERIFY2(same.ok(), qPrintable(same.error));
    QCOMPARE(same.image, plain.image);
    // A real edit changes the image; painting at the model resolution works too.
    req.masks[3] = sameSizeMask(plain.masks.value(3), (plain.masks.value(3).pixelIndex(0, 0) + 1) % 4);
    const RenderResult edited = s.renderSync(req);
    QVERIFY2(edited.ok(), qPrintable(edited.error));
    QVERIFY(edited.image != plain.image);
    QCOMPARE(edited.startLayer, 3);
    QImage big(32, 32, QImage::Format_Grayscale8);
    big.fill(uint(req.masks[3].pixelIndex(0, 0)));
    req.masks[3] = big;
    const RenderResult painted = s.renderSync(req);
    QVERIFY2(painted.ok(), qPrintable(painted.error));
    QCOMPARE(painted.image, edited.image);
}

void TestEngineService::burstOfRequestsRendersFewAndAnswersTheLast()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    RenderRequest req = swapRequest();
    req.identityB = LatentSource::fromImage(noiseImage(32, 32, 3));
    QVERIFY(s.renderSync(req).ok());  // encodes the images once
    QList<RenderResult> results;
    connect(&s, &EngineService::renderReady, this, [&](const RenderResult& r) { results.push_back(r); });

    const quint64 before = s.rendersPerformed();
    quint64 last = 0;
    for (int i = 1; i <= 200; ++i) {
        req.identityT = i / 200.0;  // a slider drag
        last = s.requestRender(req);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty() && results.last().stamp == last, 60000);
    QTest::qWait(50);  // nothing else may follow the last request's result
    const quint64 rendered = s.rendersPerformed() - before;
    qInfo("200 requests, %llu renders", static_cast<unsigned long long>(rendered));
    QVERIFY(rendered >= 1);
    QVERIFY2(rendered <= 40, "coalescing should render far fewer than the requests");
    QCOMPARE(quint64(results.size()), rendered);
    QCOMPARE(results.last().stamp, last);
    for (int i = 1; i < results.size(); ++i) QVERIFY(results[i].stamp > results[i - 1].stamp);
    // The last result is the last request's image.
    const RenderResult direct = s.renderSync(req);
    QVERIFY(results.last().ok());
    QCOMPARE(results.last().image, direct.image);

    // A drag spread over time: renders run while requests keep coming; still one answer
    // for the last request, in stamp order, and fewer renders than requests.
    results.clear();
    const quint64 before2 = s.rendersPerformed();
    for (int i = 1; i <= 200; ++i) {
        req.poseT = 0;
        req.identityT = 1.0 - i / 200.0;
        last = s.requestRender(req);
        QThread::usleep(200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty() && results.last().stamp == last, 60000);
    const quint64 rendered2 = s.rendersPerformed() - before2;
    qInfo("200 requests over time, %llu renders", static_cast<unsigned long long>(rendered2));
    QVERIFY(rendered2 < 200);
    for (int i = 1; i < results.size(); ++i) QVERIFY(results[i].stamp > results[i - 1].stamp);
    QCOMPARE(results.last().image, s.renderSync(req).image);
}

void TestEngineService::staleResultsAreDropped()
{
    StaleFilter f;
    QVERIFY(f.accept(5));
    QVERIFY(!f.accept(3));
    QVERIFY(!f.accept(5));
    QVERIFY(f.accept(6));
    QCOMPARE(f.last(), quint64(6));

    // An asynchronous result that arrives after a newer synchronous one is stale.
    EngineService s;
    s.loadPresetSync("tiny32");
    QList<RenderResult> results;
    connect(&s, &EngineService::renderReady, this, [&](const RenderResult& r) { results.push_back(r); });
    StaleFilter shown;
    const quint64 older = s.requestRender(swapRequest());
    const RenderResult newer = s.renderSync(swapRequest());
    QVERIFY(newer.stamp > older);
    QVERIFY(shown.accept(newer));
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), 60000);
    QCOMPARE(results.first().stamp, older);
    QVERIFY(!shown.accept(results.first()));
}

void TestEngineService::badInputsAreErrorResults()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath("broken.png");
    QVERIFY(pivq::testing::writeFile(broken, "this is not an image"));
    EngineService s;
    s.loadPresetSync("tiny32");
    RenderRequest req = swapRequest();
    req.pose = LatentSource::fromFile(broken);
    RenderResult r = s.renderSync(req);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains("broken.png"), qPrintable(r.error));
    QVERIFY(r.image.isNull());

    req.pose = LatentSource::fromFile(dir.filePath("missing.jpg"));
    r = s.renderSync(req);
    QVERIFY2(r.error.contains("no such file"), qPrintable(r.error));

    req = swapRequest();
    req.identity = LatentSource::fromImage(QImage());
    r = s.renderSync(req);
    QVERIFY2(r.error.contains("identity image"), qPrintable(r.error));

    req = swapRequest();
    const RenderResult good = s.renderSync(req);
    QVERIFY(good.ok());
    req.masks[2] = QImage(5, 5, QImage::Format_Grayscale8);
    req.masks[2].fill(0u);
    r = s.renderSync(req);
    QVERIFY2(r.error.contains("5x5") && r.error.contains("8x8"), qPrintable(r.error));
    req.masks[2] = sameSizeMask(good.masks.value(2), 0);
    req.masks[2].setColorCount(8);
    req.masks[2].setPixel(1, 1, 7);
    r = s.renderSync(req);
    QVERIFY2(r.error.contains("out of range"), qPrintable(r.error));
    req.masks.clear();
    req.masks[0] = good.masks.value(2);
    r = s.renderSync(req);
    QVERIFY2(r.error.contains("has no object mask"), qPrintable(r.error));
    req.masks.clear();
    req.poseT = 0.5;  // no second pose
    r = s.renderSync(req);
    QVERIFY2(r.error.contains("second pose"), qPrintable(r.error));
    req.poseT = 0;
    // The engine is still fine.
    r = s.renderSync(req);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.image, good.image);
}

void TestEngineService::failedModelLoadKeepsThePreviousModel()
{
    QTemporaryDir dir;
    const QString bundle = pivq::testing::writeTinyBundle(dir.filePath("tiny.pivq"));
    EngineService s;
    EngineInfo info = s.loadModelSync(bundle);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.modelPath, bundle);
    const RenderResult before = s.renderSync(swapRequest());
    QVERIFY(before.ok());

    const QString junk = dir.filePath("junk.pivq");
    QVERIFY(pivq::testing::writeFile(junk, "PK not really a zip"));
    info = s.loadModelSync(junk);
    QVERIFY(!info.error.isEmpty());
    QVERIFY2(info.error.contains("junk.pivq"), qPrintable(info.error));
    QCOMPARE(info.modelPath, bundle);
    info = s.loadModelSync(dir.filePath("missing.pivq"));
    QVERIFY(!info.error.isEmpty());
    const RenderResult after = s.renderSync(swapRequest());
    QVERIFY2(after.ok(), qPrintable(after.error));
    QCOMPARE(after.image, before.image);

    // Asynchronous load and unload report through infoReady.
    QSignalSpy spy(&s, &EngineService::infoReady);
    s.unloadModel();
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 60000);
    QVERIFY(spy.takeFirst().at(0).value<EngineInfo>().modelName.isEmpty());
    s.loadModel(bundle);
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 60000);
    QCOMPARE(spy.takeFirst().at(0).value<EngineInfo>().modelPath, bundle);
}

void TestEngineService::reconstructionAndSampleOutputs()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    RenderRequest req = swapRequest();
    req.output = RenderOutput::ReconstructPose;
    const RenderResult rec = s.renderSync(req);
    QVERIFY2(rec.ok(), qPrintable(rec.error));
    QCOMPARE(rec.errorMap.size(), QSize(32, 32));
    QCOMPARE(rec.errorMap.format(), QImage::Format_Grayscale8);
    QVERIFY(rec.psnr > 0 && rec.mse > 0);
    // swap(i, i) == reconstruct(i)
    RenderRequest self;
    self.pose = req.pose;
    self.identity = req.pose;
    QCOMPARE(s.renderSync(self).image, rec.image);

    RenderRequest smp;
    smp.output = RenderOutput::Sample;
    smp.sampleSeed = 7;
    const RenderResult a = s.renderSync(smp), b = s.renderSync(smp);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a.image, b.image);
    QCOMPARE(a.masks.size(), 2);
    QVERIFY(a.errorMap.isNull());
    // A random pose from the mapping network swapped onto an identity.
    RenderRequest rnd = swapRequest();
    rnd.pose = LatentSource::random(3, 0.5);
    const RenderResult r = s.renderSync(rnd);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.image.size(), QSize(32, 32));
}

void TestEngineService::noModelIsAnErrorResult()
{
    EngineService s;
    const RenderResult r = s.renderSync(swapRequest());
    QVERIFY(r.error.contains("no model"));
    s.loadPresetSync("tiny32");
    QVERIFY(s.renderSync(swapRequest()).ok());
    s.unloadModelSync();
    QVERIFY(!s.renderSync(swapRequest()).ok());
}

QTEST_GUILESS_MAIN(TestEngineService)
#include "test_engine_service.moc"
