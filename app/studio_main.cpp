// pivq-studio: the GUI. Options: --threads N, --device auto|cpu|cuda, --model FILE.pivq,
// --preset NAME, --language CODE, --screenshot FILE.png, and up to two images (pose, identity).
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include "engine/service/engine_service.h"
#include "ui/app_settings.h"
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
    QCommandLineOption threads("threads", "LibTorch threads (default: the preference, else all cores).", "N");
    QCommandLineOption device("device", "auto, cpu or cuda (default: the preference).", "DEVICE");
    QCommandLineOption model("model", "Model to open (default: the shipped model in models/).", "FILE.pivq");
    QCommandLineOption preset("preset", "Build this configuration's untrained networks instead of opening a model.",
                              "NAME");
    QCommandLineOption language("language", "Language code (en, de, ja, zh_CN; default: the preference).", "CODE");
    QCommandLineOption screenshot("screenshot",
                                  "Save a picture of the window once the first result is shown, then "
                                  "quit.",
                                  "FILE.png");
    QCommandLineOption size("size", "Window size for --screenshot.", "WxH", "1280x800");
    args.addOptions({threads, device, model, preset, language, screenshot, size});
    args.addPositionalArgument("pose", "Pose image (default: the built-in sample).", "[pose]");
    args.addPositionalArgument("identity", "Identity image (default: the built-in sample).", "[identity]");
    args.process(app);

    pivq::ui::AppSettings::installTranslators(args.isSet(language) ? args.value(language)
                                                                   : pivq::ui::AppSettings::language());

    pivq::service::EngineOptions opts;
    opts.threads = args.isSet(threads) ? args.value(threads).toInt() : pivq::ui::AppSettings::threads();
    opts.device = args.isSet(device) ? args.value(device) : pivq::ui::AppSettings::device();
    pivq::service::EngineService engine(opts);
    pivq::ui::MainWindow window(&engine);
    if (args.isSet(screenshot)) {
        // For documentation and smoke tests: the real window, drawn by Qt, saved as a file once
        // the first result is on screen (or after a minute, whatever it shows then).
        const QStringList wh = args.value(size).split('x');
        if (wh.size() == 2) window.resize(wh[0].toInt(), wh[1].toInt());
        const QString file = args.value(screenshot);
        auto shoot = [&window, file] {
            const bool ok = window.grab().save(file);
            if (!ok) qWarning("could not write %s", qPrintable(file));
            QCoreApplication::exit(ok ? 0 : 1);
        };
        QObject::connect(&window, &pivq::ui::MainWindow::resultShown, &window,
                         [&window, shoot] { QTimer::singleShot(500, &window, shoot); });
        QTimer::singleShot(60000, &window, shoot);
    } else {
        window.restoreLayout();
    }
    window.show();

    pivq::ui::StartupOptions start;
    start.model = args.value(model);
    start.preset = args.value(preset);
    const QStringList images = args.positionalArguments();
    if (images.size() > 0) start.pose = images[0];
    if (images.size() > 1) start.identity = images[1];
    window.start(start);
    return app.exec();
}
