// engine/service: the engine thread answers in Qt types, synchronously and by signal.
#include <QSignalSpy>
#include <QtTest>

#include "engine/service/engine_service.h"

using namespace pivq::service;

class TestEngineService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reportsDeviceThreadsAndConfig();
    void asynchronousLoadEmitsInfo();
    void unknownPresetIsAnErrorNotACrash();
    void explicitThreadCountIsHonoured();
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
}

void TestEngineService::asynchronousLoadEmitsInfo()
{
    EngineService s;
    QSignalSpy spy(&s, &EngineService::infoReady);
    s.loadPreset("tiny32");
    QVERIFY(spy.wait(60000));
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
}

QTEST_GUILESS_MAIN(TestEngineService)
#include "test_engine_service.moc"
