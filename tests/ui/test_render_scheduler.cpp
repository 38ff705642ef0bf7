// ui/render_scheduler: swaps coalesce (latest wins) while reconstructions are never lost,
// and results older than a reset are dropped.
#include <QImage>
#include <QSignalSpy>
#include <QtTest>

#include "engine/service/engine_service.h"
#include "ui/interpolation_export.h"
#include "ui/render_scheduler.h"

using namespace pivq;
using service::LatentSource;
using service::RenderOutput;
using service::RenderRequest;

namespace {
constexpr int kWait = 60000;

RenderRequest swapRequest(double identityT)
{
    QImage a(32, 32, QImage::Format_RGB32), b(32, 32, QImage::Format_RGB32);
    a.fill(qRgb(200, 100, 50));
    b.fill(qRgb(20, 120, 220));
    static const QImage pose = a, identity = b;  // the same images every time: encoded once
    RenderRequest r;
    r.pose = LatentSource::fromImage(pose);
    r.identity = LatentSource::fromImage(identity);
    r.identityB = LatentSource::random(7);
    r.identityT = identityT;
    return r;
}
}  // namespace

class TestRenderScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void floodOfSwapsEndsWithTheNewest();
    void reconstructionSurvivesSwapFlood();
    void resetDropsOlderResults();
    void reconstructionIsAnsweredDuringEndlessSwaps();
    void interpolationFramesCoverZeroToOne();
};

void TestRenderScheduler::floodOfSwapsEndsWithTheNewest()
{
    service::EngineService engine;
    QVERIFY(engine.loadPresetSync("tiny32").error.isEmpty());
    ui::RenderScheduler s(&engine);
    QSignalSpy swaps(&s, &ui::RenderScheduler::swapReady);
    quint64 last = 0;
    for (int i = 0; i <= 20; ++i) last = s.renderSwap(swapRequest(i / 20.0));
    QTRY_VERIFY_WITH_TIMEOUT(s.isIdle(), kWait);
    QVERIFY(!swaps.isEmpty());
    const auto result = swaps.last().at(1).value<service::RenderResult>();
    QCOMPARE(result.stamp, last);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(swaps.last().at(0).value<RenderRequest>().identityT, 1.0);
    QVERIFY(engine.rendersPerformed() <= 21);
    // Stamps shown only increase.
    quint64 previous = 0;
    for (const auto& args : swaps) {
        const quint64 stamp = args.at(1).value<service::RenderResult>().stamp;
        QVERIFY(stamp > previous);
        previous = stamp;
    }
}

void TestRenderScheduler::reconstructionSurvivesSwapFlood()
{
    service::EngineService engine;
    QVERIFY(engine.loadPresetSync("tiny32").error.isEmpty());
    ui::RenderScheduler s(&engine);
    QSignalSpy recs(&s, &ui::RenderScheduler::reconstructionReady);
    s.renderSwap(swapRequest(0));
    RenderRequest rec = swapRequest(0);
    rec.output = RenderOutput::ReconstructPose;
    s.reconstruct(rec);
    for (int i = 1; i <= 10; ++i) {
        s.renderSwap(swapRequest(i / 10.0));
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY_WITH_TIMEOUT(s.isIdle(), kWait);
    QCOMPARE(recs.count(), 1);
    const auto result = recs.first().at(1).value<service::RenderResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!result.errorMap.isNull());
    QCOMPARE(recs.first().at(0).value<RenderRequest>().output, RenderOutput::ReconstructPose);

    // Sent while idle, then overtaken at once by swaps that may replace it in the engine's
    // queue: it is sent again and still answered.
    rec.output = RenderOutput::ReconstructIdentity;
    s.reconstruct(rec);
    for (int i = 0; i < 3; ++i) s.renderSwap(swapRequest(i / 3.0));
    QTRY_VERIFY_WITH_TIMEOUT(s.isIdle(), kWait);
    QCOMPARE(recs.count(), 2);
    QCOMPARE(recs.last().at(0).value<RenderRequest>().output, RenderOutput::ReconstructIdentity);
}

void TestRenderScheduler::reconstructionIsAnsweredDuringEndlessSwaps()
{
    // A refinement asks for a swap after every slice, without a pause: the reconstruction
    // asked meanwhile must still be answered (it used to wait for a moment with no swap
    // outstanding, which never came).
    service::EngineService engine;
    QVERIFY(engine.loadPresetSync("tiny32").error.isEmpty());
    ui::RenderScheduler s(&engine);
    QSignalSpy recs(&s, &ui::RenderScheduler::reconstructionReady);
    int swapsShown = 0;
    const auto chain = connect(&s, &ui::RenderScheduler::swapReady, this, [&] {
        ++swapsShown;
        s.renderSwap(swapRequest((swapsShown % 10) / 10.0));
    });
    s.renderSwap(swapRequest(0));
    s.renderSwap(swapRequest(0.5));
    RenderRequest rec = swapRequest(0);
    rec.output = RenderOutput::ReconstructPose;
    s.reconstruct(rec);
    QTRY_VERIFY_WITH_TIMEOUT(recs.count() == 1, kWait);
    QVERIFY(recs.first().at(1).value<service::RenderResult>().ok());
    // The swaps go on after it.
    const int before = swapsShown;
    QTRY_VERIFY_WITH_TIMEOUT(swapsShown > before + 2, kWait);
    disconnect(chain);
    QTRY_VERIFY_WITH_TIMEOUT(s.isIdle(), kWait);
}

void TestRenderScheduler::resetDropsOlderResults()
{
    service::EngineService engine;
    QVERIFY(engine.loadPresetSync("tiny32").error.isEmpty());
    ui::RenderScheduler s(&engine);
    QSignalSpy swaps(&s, &ui::RenderScheduler::swapReady);
    // Connected before the request: the engine thread may answer before the next line runs.
    QSignalSpy results(&engine, &service::EngineService::renderReady);
    s.renderSwap(swapRequest(0));
    s.reset();
    QVERIFY(s.isIdle());
    QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), kWait);
    QCoreApplication::processEvents();
    QCOMPARE(swaps.count(), 0);
}

void TestRenderScheduler::interpolationFramesCoverZeroToOne()
{
    service::EngineService engine;
    const auto info = engine.loadPresetSync("tiny32");
    QVERIFY(info.error.isEmpty());
    RenderRequest base = swapRequest(0.5);
    auto future = ui::renderInterpolation(&engine, base, false, 5);
    // The window keeps rendering meanwhile.
    ui::RenderScheduler s(&engine);
    s.renderSwap(base);
    future.waitForFinished();
    const ui::InterpolationFrames f = future.result();
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.frames.size(), 5);
    QCOMPARE(f.strip().size(), QSize(5 * info.resolution, info.resolution));
    // The ends are the plain renders at t = 0 and t = 1.
    RenderRequest r0 = base, r1 = base;
    r0.identityT = 0;
    r1.identityT = 1;
    QCOMPARE(f.frames.first(), engine.renderSync(r0).image);
    QCOMPARE(f.frames.last(), engine.renderSync(r1).image);
    QVERIFY(f.frames.first() != f.frames.last());
    QTRY_VERIFY_WITH_TIMEOUT(s.isIdle(), kWait);
}

QTEST_MAIN(TestRenderScheduler)
#include "test_render_scheduler.moc"
