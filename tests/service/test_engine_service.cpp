// engine/service: the engine thread answers in Qt types, synchronously and by signal;
// rendering is latest-request-wins with stamps; errors come back as results; refinement
// runs in slices between renders, can be cancelled and reverted, and its latents stay with
// the slot's source.
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
// More steps than any test waits for: refinements that are cancelled or interrupted.
constexpr int kMaxSteps = 100000;

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

RefineRequest refinePose(const LatentSource& pose, int steps)
{
    RefineRequest r;
    r.slot = SourceSlot::Pose;
    r.source = pose;
    r.steps = steps;
    return r;
}

RenderRequest reconstructPose(const RenderRequest& swap)
{
    RenderRequest r = swap;
    r.output = RenderOutput::ReconstructPose;
    return r;
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
    void faultInsideARenderIsAnErrorAndTheNextWorks_data();
    void faultInsideARenderIsAnErrorAndTheNextWorks();
    void reconstructionAndSampleOutputs();
    void noModelIsAnErrorResult();
    void refineSyncLowersTheErrorOfItsImage();
    void laterRendersUseTheRefinedLatentsWithoutReencoding();
    void asynchronousRefineReportsProgressAndResult();
    void rendersAreServedWhileRefiningAndCancelKeepsProgress();
    void cancelEndsWaitingRefinementsToo();
    void generatorTuningChangesRendersAndRevertsExactly();
    void badRefineRequestsAreErrorResults();
    void refinedLatentsRoundTripAsLatentSource();
    void modelAndDeviceChangesEndRefinements();
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
    QCOMPARE(info.numWs, 8);
    QCOMPARE(info.wDim, 32);
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

void TestEngineService::faultInsideARenderIsAnErrorAndTheNextWorks_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exception") << int(EngineService::Fault::Exception) << "injected engine fault";
    QTest::newRow("out of memory") << int(EngineService::Fault::OutOfMemory) << "out of memory";
}

void TestEngineService::faultInsideARenderIsAnErrorAndTheNextWorks()
{
    QFETCH(int, fault);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString bundle = pivq::testing::writeTinyBundle(dir.filePath("tiny.pivq"));
    EngineService s;
    QVERIFY(s.loadModelSync(bundle).error.isEmpty());
    RenderRequest req = swapRequest();
    const RenderResult before = s.renderSync(req);
    QVERIFY(before.ok());

    // A fault while the pose interpolation changes: the sources are already applied, the
    // synthesis is not run; what comes after must not see a half-updated cache.
    RenderRequest moved = req;
    moved.poseB = LatentSource::fromImage(noiseImage(32, 32, 3));
    moved.poseT = 0.5;
    s.injectRenderFault(static_cast<EngineService::Fault>(fault), 2);
    for (int i = 0; i < 2; ++i) {
        const RenderResult r = s.renderSync(i ? req : moved);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(r.image.isNull() && r.masks.isEmpty());
    }
    const RenderResult again = s.renderSync(req);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.image, before.image);
    const RenderResult movedNow = s.renderSync(moved);
    QVERIFY2(movedNow.ok(), qPrintable(movedNow.error));
    EngineService fresh;  // the same model, no fault ever
    QVERIFY(fresh.loadModelSync(bundle).error.isEmpty());
    QCOMPARE(movedNow.image, fresh.renderSync(moved).image);

    // The asynchronous path answers with the error too, and then renders again.
    QSignalSpy spy(&s, &EngineService::renderReady);
    s.injectRenderFault(static_cast<EngineService::Fault>(fault));
    s.requestRender(req);
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() == 1, 60000);
    QVERIFY(!spy.at(0).at(0).value<RenderResult>().ok());
    s.requestRender(req);
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() == 2, 60000);
    QCOMPARE(spy.at(1).at(0).value<RenderResult>().image, before.image);
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

void TestEngineService::refineSyncLowersTheErrorOfItsImage()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    const RenderRequest req = swapRequest();
    const RenderResult plain = s.renderSync(reconstructPose(req));
    QVERIFY2(plain.ok(), qPrintable(plain.error));
    const RefineResult r = s.refineSync(refinePose(req.pose, 40));
    QVERIFY2(r.ok(), qPrintable(r.error));
    qInfo("refineSync: MSE %.5f -> %.5f, PSNR %.2f -> %.2f dB in %d steps, %.0f ms", r.mseBefore, r.mseAfter,
          r.psnrBefore, r.psnrAfter, r.stepsDone, r.refineMs);
    QVERIFY(r.stamp > 0);
    QCOMPARE(r.slot, SourceSlot::Pose);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.stepsDone, 40);
    QCOMPARE(r.steps, 40);
    QCOMPARE(r.mseBefore, plain.mse);
    QCOMPARE(r.psnrBefore, plain.psnr);
    QVERIFY2(r.mseAfter < 0.7 * r.mseBefore, "refinement should lower the error clearly");  // measured: 0.31
    QVERIFY(r.psnrAfter > r.psnrBefore);
    QCOMPARE(r.reconstruction.size(), QSize(32, 32));
    QCOMPARE(r.errorMap.size(), QSize(32, 32));
    QVERIFY(!r.generatorTuned);
    QVERIFY(r.refineMs > 0);
    const RefineStatus st = s.refineStatusSync();
    QVERIFY(st.ok());
    QVERIFY(st.isRefined(SourceSlot::Pose));
    QVERIFY(!st.isRefined(SourceSlot::Identity) && !st.generatorTuned);
}

void TestEngineService::laterRendersUseTheRefinedLatentsWithoutReencoding()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    RenderRequest req = swapRequest();
    RenderRequest recIdReq = req;
    recIdReq.output = RenderOutput::ReconstructIdentity;
    const RenderResult plainSwap = s.renderSync(req);
    const RenderResult plainRec = s.renderSync(reconstructPose(req));
    const RenderResult plainId = s.renderSync(recIdReq);
    QVERIFY(plainSwap.ok() && plainRec.ok() && plainId.ok());
    const quint64 encodes = s.encodesPerformed();
    QCOMPARE(encodes, quint64(2));

    // The identity: its refined latents give a different swap and a better reconstruction.
    RefineRequest id;
    id.slot = SourceSlot::Identity;
    id.source = req.identity;
    id.steps = 20;
    const RefineResult r = s.refineSync(id);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(s.encodesPerformed(), encodes);  // the same image: refined from the latents in place
    const RenderResult refinedSwap = s.renderSync(req);
    const RenderResult refinedId = s.renderSync(recIdReq);
    QVERIFY(refinedSwap.ok() && refinedId.ok());
    QCOMPARE(s.encodesPerformed(), encodes);
    QVERIFY(refinedSwap.image != plainSwap.image);
    QCOMPARE(refinedId.image, r.reconstruction);
    QCOMPARE(refinedId.errorMap, r.errorMap);
    QCOMPARE(refinedId.mse, r.mseAfter);
    QVERIFY(refinedId.mse < plainId.mse);

    // Undo: back to the plain encoding, exactly, still without encoding anything.
    const RefineStatus st = s.revertRefinementSync(SourceSlot::Identity);
    QVERIFY(st.ok() && !st.isRefined(SourceSlot::Identity));
    QCOMPARE(s.renderSync(req).image, plainSwap.image);
    const RenderResult back = s.renderSync(recIdReq);
    QCOMPARE(back.image, plainId.image);
    QCOMPARE(back.mse, plainId.mse);
    QCOMPARE(s.encodesPerformed(), encodes);

    // The pose: by default its pose rows (the pose the swap uses) and masks stay, so the
    // swap is unchanged while the pose's own reconstruction improves.
    const RefineResult p = s.refineSync(refinePose(req.pose, 20));
    QVERIFY2(p.ok(), qPrintable(p.error));
    const RenderResult poseSwap = s.renderSync(req);
    const RenderResult poseRec = s.renderSync(reconstructPose(req));
    QCOMPARE(poseSwap.image, plainSwap.image);
    QCOMPARE(poseSwap.masks, plainSwap.masks);
    QCOMPARE(poseRec.mse, p.mseAfter);
    QVERIFY(poseRec.mse < plainRec.mse);
    QCOMPARE(s.encodesPerformed(), encodes);
    QVERIFY(s.revertRefinementSync(SourceSlot::Pose).ok());
    QCOMPARE(s.renderSync(reconstructPose(req)).image, plainRec.image);

    // Refined again, then another image in the slot replaces the refined latents.
    QVERIFY(s.refineSync(refinePose(req.pose, 5)).ok());
    req.pose = LatentSource::fromImage(noiseImage(32, 32, 9));
    QVERIFY(s.renderSync(req).ok());
    QCOMPARE(s.encodesPerformed(), encodes + 1);
    QVERIFY(!s.refineStatusSync().isRefined(SourceSlot::Pose));
}

void TestEngineService::asynchronousRefineReportsProgressAndResult()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    QList<RefineProgress> progress;
    QList<RefineResult> finished;
    connect(&s, &EngineService::refineProgress, this, [&](const RefineProgress& p) { progress.push_back(p); });
    connect(&s, &EngineService::refineFinished, this, [&](const RefineResult& r) { finished.push_back(r); });
    RefineRequest req;
    req.slot = SourceSlot::Identity;
    req.source = swapRequest().identity;
    req.steps = 30;
    const quint64 stamp = s.refine(req);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.size(), 1);
    const RefineResult r = finished.first();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.stamp, stamp);
    QCOMPARE(r.slot, SourceSlot::Identity);
    QCOMPARE(r.stepsDone, 30);
    QVERIFY(r.mseAfter < r.mseBefore);
    QVERIFY(!progress.isEmpty());
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress[i].stamp, stamp);
        QCOMPARE(progress[i].steps, 30);
        QCOMPARE(progress[i].reconstruction.size(), QSize(32, 32));
        QVERIFY(progress[i].mse > 0 && progress[i].psnr > 0);
        if (i > 0) QVERIFY(progress[i].step > progress[i - 1].step);
    }
    QCOMPARE(progress.last().step, 30);
    QVERIFY(s.refineStatusSync().isRefined(SourceSlot::Identity));
}

void TestEngineService::rendersAreServedWhileRefiningAndCancelKeepsProgress()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    const RenderRequest req = swapRequest();
    QList<RefineProgress> progress;
    QList<RefineResult> finished;
    QList<RenderResult> renders;
    connect(&s, &EngineService::refineProgress, this, [&](const RefineProgress& p) { progress.push_back(p); });
    connect(&s, &EngineService::refineFinished, this, [&](const RefineResult& r) { finished.push_back(r); });
    connect(&s, &EngineService::renderReady, this, [&](const RenderResult& r) { renders.push_back(r); });
    const int steps = kMaxSteps;
    const quint64 stamp = s.refine(refinePose(req.pose, steps));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    // The window stays live: a render asked for now is answered between slices.
    const quint64 asked = s.requestRender(req);
    QTRY_VERIFY_WITH_TIMEOUT(!renders.isEmpty(), 60000);
    QCOMPARE(renders.first().stamp, asked);
    QVERIFY2(renders.first().ok(), qPrintable(renders.first().error));
    QVERIFY(finished.isEmpty());
    s.cancelRefine();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const RefineResult r = finished.first();
    QCOMPARE(r.stamp, stamp);
    QVERIFY(r.cancelled);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.stepsDone > 0 && r.stepsDone < steps);
    QCOMPARE(r.steps, steps);
    // What it reached is kept, and shown by later renders; revert undoes it.
    QVERIFY(r.mseAfter < r.mseBefore);
    QVERIFY(s.refineStatusSync().isRefined(SourceSlot::Pose));
    QCOMPARE(s.renderSync(reconstructPose(req)).mse, r.mseAfter);
    QVERIFY(!s.revertRefinementSync(SourceSlot::Pose).isRefined(SourceSlot::Pose));
    QCOMPARE(s.renderSync(reconstructPose(req)).mse, r.mseBefore);
}

void TestEngineService::cancelEndsWaitingRefinementsToo()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    const RenderRequest req = swapRequest();
    QList<RefineResult> finished;
    QList<RefineProgress> progress;
    connect(&s, &EngineService::refineFinished, this, [&](const RefineResult& r) { finished.push_back(r); });
    connect(&s, &EngineService::refineProgress, this, [&](const RefineProgress& p) { progress.push_back(p); });
    const quint64 first = s.refine(refinePose(req.pose, kMaxSteps));
    RefineRequest id;
    id.slot = SourceSlot::Identity;
    id.source = req.identity;
    id.steps = 10;
    const quint64 second = s.refine(id);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    s.cancelRefine();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
    QCOMPARE(finished[0].stamp, first);
    QCOMPARE(finished[1].stamp, second);
    QVERIFY(finished[0].cancelled && finished[1].cancelled);
    QCOMPARE(finished[1].stepsDone, 0);  // it never started
    QVERIFY(!s.refineStatusSync().isRefined(SourceSlot::Identity));
    // A refinement asked after the cancel runs.
    const RefineResult after = s.refineSync(id);
    QVERIFY2(after.ok() && !after.cancelled, qPrintable(after.error));
    QCOMPARE(after.stepsDone, 10);
    // A revert of the slot being refined cancels that refinement first.
    finished.clear();
    progress.clear();
    s.refine(refinePose(req.pose, kMaxSteps));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    const RefineStatus st = s.revertRefinementSync(SourceSlot::Pose);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished[0].cancelled);
    QVERIFY(!st.isRefined(SourceSlot::Pose));
    QVERIFY(st.isRefined(SourceSlot::Identity));
}

void TestEngineService::generatorTuningChangesRendersAndRevertsExactly()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    const RenderRequest req = swapRequest();
    const RenderResult plainSwap = s.renderSync(req);
    RenderRequest recId = req;
    recId.output = RenderOutput::ReconstructIdentity;
    const RenderResult plainId = s.renderSync(recId);
    RefineRequest tune = refinePose(req.pose, 10);
    tune.tuneGenerator = true;
    tune.generatorSteps = 10;
    const RefineResult r = s.refineSync(tune);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.stepsDone, 20);
    QVERIFY(r.generatorTuned);
    QVERIFY(r.mseAfter < r.mseBefore);
    QVERIFY(s.refineStatusSync().generatorTuned);
    QVERIFY(s.renderSync(recId).image != plainId.image);  // every render changes
    const RefineStatus st = s.revertGeneratorTuningSync();
    QVERIFY(!st.generatorTuned);
    QVERIFY(st.isRefined(SourceSlot::Pose));
    QCOMPARE(s.renderSync(recId).image, plainId.image);
    s.revertRefinementSync(SourceSlot::Pose);
    QCOMPARE(s.renderSync(req).image, plainSwap.image);
}

void TestEngineService::badRefineRequestsAreErrorResults()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath("broken.png");
    QVERIFY(pivq::testing::writeFile(broken, "this is not an image"));
    EngineService s;
    const RenderRequest req = swapRequest();
    RefineResult r = s.refineSync(refinePose(req.pose, 5));
    QVERIFY2(r.error.contains("no model"), qPrintable(r.error));
    QVERIFY(!s.refineStatusSync().ok());
    QVERIFY(s.latentsSync(SourceSlot::Pose).isEmpty());
    s.loadPresetSync("tiny32");

    r = s.refineSync(refinePose(LatentSource(), 5));
    QVERIFY2(r.error.contains("nothing to refine"), qPrintable(r.error));
    r = s.refineSync(refinePose(LatentSource::random(3), 5));
    QVERIFY2(r.error.contains("not set from an image"), qPrintable(r.error));
    r = s.refineSync(refinePose(LatentSource::fromFile(broken), 5));
    QVERIFY2(r.error.contains("broken.png"), qPrintable(r.error));
    r = s.refineSync(refinePose(req.pose, -1));
    QVERIFY2(r.error.contains("steps must lie in"), qPrintable(r.error));
    QCOMPARE(r.stepsDone, 0);
    QVERIFY(r.reconstruction.isNull());
    r = s.refineSync(refinePose(LatentSource::fromLatents(QVector<float>(7, 0.f)), 5));
    QVERIFY2(r.error.contains("expected 256 values"), qPrintable(r.error));
    // The same by signal.
    QSignalSpy spy(&s, &EngineService::refineFinished);
    s.refine(refinePose(LatentSource::random(3), 5));
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 60000);
    QVERIFY(spy.takeFirst().at(0).value<RefineResult>().error.contains("not set from an image"));
    // The engine is still fine.
    QVERIFY(s.refineSync(refinePose(req.pose, 3)).ok());
    QVERIFY(s.renderSync(req).ok());
}

void TestEngineService::refinedLatentsRoundTripAsLatentSource()
{
    const RenderRequest req = swapRequest();
    const QImage poseImage = req.pose.image;
    QVector<float> refined, plain;
    RenderResult refinedRec, plainRec;
    {
        EngineService s;
        s.loadPresetSync("tiny32");
        plainRec = s.renderSync(reconstructPose(req));
        plain = s.latentsSync(SourceSlot::Pose);
        QCOMPARE(plain.size(), 8 * 32);
        QVERIFY(s.refineSync(refinePose(req.pose, 10)).ok());
        refined = s.latentsSync(SourceSlot::Pose);
        refinedRec = s.renderSync(reconstructPose(req));
        QVERIFY(refined != plain);
        QVERIFY(s.latentsSync(SourceSlot::PoseB).isEmpty());
    }
    // A later session (the same preset weights) restores them with their image.
    EngineService s;
    s.loadPresetSync("tiny32");
    RenderRequest restored = req;
    restored.pose = LatentSource::fromLatents(refined, poseImage);
    const RenderResult rec = s.renderSync(reconstructPose(restored));
    QVERIFY2(rec.ok(), qPrintable(rec.error));
    QCOMPARE(rec.image, refinedRec.image);
    QCOMPARE(rec.mse, refinedRec.mse);
    QCOMPARE(s.latentsSync(SourceSlot::Pose), refined);
    QVERIFY(s.refineStatusSync().isRefined(SourceSlot::Pose));
    const quint64 encodes = s.encodesPerformed();
    QVERIFY(s.renderSync(restored).ok());  // unchanged source: nothing re-applied
    QCOMPARE(s.encodesPerformed(), encodes);
    // They can be refined further, and revert reaches the image's plain encoding.
    RefineRequest more = refinePose(restored.pose, 2);
    QVERIFY(s.refineSync(more).ok());
    QVERIFY(s.latentsSync(SourceSlot::Pose) != refined);
    s.revertRefinementSync(SourceSlot::Pose);
    QCOMPARE(s.latentsSync(SourceSlot::Pose), plain);
    QCOMPARE(s.renderSync(reconstructPose(restored)).mse, plainRec.mse);
    // Without the image: the latents render, with no error to show.
    restored.pose = LatentSource::fromLatents(refined);
    const RenderResult bare = s.renderSync(reconstructPose(restored));
    QVERIFY2(bare.ok(), qPrintable(bare.error));
    QCOMPARE(bare.image, refinedRec.image);
    QVERIFY(bare.errorMap.isNull());
    QCOMPARE(bare.mse, -1.0);
}

void TestEngineService::modelAndDeviceChangesEndRefinements()
{
    EngineService s;
    s.loadPresetSync("tiny32");
    const RenderRequest req = swapRequest();
    const RenderResult plainSwap = s.renderSync(req);
    RefineRequest tune = refinePose(req.pose, 3);
    tune.tuneGenerator = true;
    tune.generatorSteps = 2;
    QVERIFY(s.refineSync(tune).ok());
    const QVector<float> refined = s.latentsSync(SourceSlot::Pose);
    QList<RefineResult> finished;
    QList<RefineProgress> progress;
    connect(&s, &EngineService::refineFinished, this, [&](const RefineResult& r) { finished.push_back(r); });
    connect(&s, &EngineService::refineProgress, this, [&](const RefineProgress& p) { progress.push_back(p); });

    // A reconfiguration (device, threads) ends a running refinement but keeps the refined
    // latents, the tuned weights and the source keys.
    s.refine(refinePose(req.pose, kMaxSteps));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    EngineOptions cpu;
    cpu.device = "cpu";
    QVERIFY(s.configureSync(cpu).error.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished[0].error.contains("reconfigured"), qPrintable(finished[0].error));
    QVERIFY(finished[0].stepsDone > 0);
    RefineStatus st = s.refineStatusSync();
    QVERIFY(st.isRefined(SourceSlot::Pose) && st.generatorTuned);
    QVERIFY(s.latentsSync(SourceSlot::Pose) != refined);  // what the stopped run reached
    QCOMPARE(s.encodesPerformed(), quint64(2));           // nothing was encoded again
    QVERIFY(s.revertGeneratorTuningSync().ok());
    QVERIFY(s.revertRefinementSync(SourceSlot::Pose).ok());
    QCOMPARE(s.renderSync(req).image, plainSwap.image);
    QVERIFY(s.refineSync(refinePose(req.pose, 3)).ok());

    // A refinement running when another model loads ends with an error; the new model
    // starts unrefined and encodes its inputs afresh.
    finished.clear();
    progress.clear();
    s.refine(refinePose(req.pose, kMaxSteps));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
    const quint64 encodes = s.encodesPerformed();
    QVERIFY(s.loadPresetSync("tiny32").error.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished[0].error.contains("another model was loaded"), qPrintable(finished[0].error));
    QVERIFY(!s.refineStatusSync().isRefined(SourceSlot::Pose));
    QVERIFY(s.renderSync(req).ok());
    QCOMPARE(s.encodesPerformed(), encodes + 2);  // new networks: both images encoded again
}

QTEST_GUILESS_MAIN(TestEngineService)
#include "test_engine_service.moc"
