// ui/main_window: the real window opens offscreen and shows what the engine reports.
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QtTest>

#include "engine/service/engine_service.h"
#include "ui/main_window.h"

using namespace pivq;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void opensAndShowsEngineInfo();
    void showsEngineErrors();
};

void TestMainWindow::opensAndShowsEngineInfo()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy spy(&engine, &service::EngineService::infoReady);
    engine.loadPreset("tiny32");
    QVERIFY(spy.wait(60000));
    QVERIFY(w.statusText().contains("threads"));
    auto* config = w.findChild<QPlainTextEdit*>();
    QVERIFY(config && config->toPlainText().contains("\"pose_layers\""));
}

void TestMainWindow::showsEngineErrors()
{
    service::EngineService engine;
    ui::MainWindow w(&engine);
    w.show();
    w.showEngineInfo(engine.loadPresetSync("missing"));
    bool shown = false;
    for (auto* l : w.findChildren<QLabel*>())
        if (l->isVisible() && l->text().contains("unknown preset")) shown = true;
    QVERIFY(shown);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
