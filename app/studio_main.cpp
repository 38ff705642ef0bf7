// pivq-studio: the GUI. Options: --threads N, --device auto|cpu|cuda, --preset NAME.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include "engine/service/engine_service.h"
#include "ui/main_window.h"

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName("PIVQ Studio");
    QApplication::setOrganizationName("PIVQ");
    QApplication::setApplicationVersion(PROJECT_VERSION_STRING);
    QApplication::setWindowIcon(QIcon(":/icons/pivq-studio.svg"));

    QCommandLineParser args;
    args.setApplicationDescription("PIVQ Studio: swap pose and identity, paint object masks.");
    args.addHelpOption();
    args.addVersionOption();
    QCommandLineOption threads("threads", "LibTorch threads (default: all cores).", "N", "0");
    QCommandLineOption device("device", "auto, cpu or cuda.", "DEVICE", "auto");
    QCommandLineOption preset("preset", "Model configuration to build.", "NAME", "cpu64");
    QCommandLineOption screenshot("screenshot", "Save a picture of the window once the model is shown, then quit.",
                                  "FILE.png");
    args.addOptions({threads, device, preset, screenshot});
    args.process(app);

    pivq::service::EngineOptions opts;
    opts.threads = args.value(threads).toInt();
    opts.device = args.value(device);
    pivq::service::EngineService engine(opts);
    pivq::ui::MainWindow window(&engine);
    window.show();
    if (args.isSet(screenshot)) {
        // For documentation and smoke tests: the real window, drawn by Qt, saved as a file.
        const QString file = args.value(screenshot);
        QObject::connect(&engine, &pivq::service::EngineService::infoReady, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                if (!ok) qWarning("could not write %s", qPrintable(file));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    engine.loadPreset(args.value(preset));
    return app.exec();
}
