// pivq-bench-ui: how responsive the studio's event loop stays while a training run goes on in
// the same process. A QApplication (offscreen unless a platform is set) holds the editing
// engine and a TrainingMonitor wired to a TrainingController, as the studio does; a chain of
// 10 ms single-shot timers on the main thread records how late each one fires. Phases:
// idle; editing renders alone (--render); a toyfaces training run; the run plus editing
// renders; editing renders alone again after the run (--render). One JSON line per phase: median / p95 / max lateness
// in ms, ticks, threads, the run's img/s, and with --render the engine's median render time.
//
//   pivq-bench-ui [--preset cpu64] [--seconds 30] [--threads N] [--render] [--normal-priority]
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "engine/service/engine_service.h"
#include "engine/service/training_controller.h"
#include "ui/training_monitor.h"

using namespace pivq;

namespace {

struct Stats {
    double median = 0, p95 = 0, max = 0;
    size_t n = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    s.n = v.size();
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    s.max = v.back();
    return s;
}

// Threads of this process whose nice value is above 0 (the training thread and its workers).
int nicedThreads()
{
    int n = 0;
    for (const QString& tid : QDir("/proc/self/task").entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f("/proc/self/task/" + tid + "/stat");
        if (!f.open(QIODevice::ReadOnly)) continue;
        const QByteArray s = f.readAll();
        // Fields after the ")" of the command name: state is field 3, nice is field 19.
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 16 && fields[16].toInt() > 0) ++n;
    }
    return n;
}

// How late 10 ms single-shot timers fire on the main thread, for `ms` milliseconds, while
// `work` is called every `workMs` (0: never).
std::vector<double> measure(int ms, const std::function<void()>& work = {}, int workMs = 0)
{
    std::vector<double> late;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    qint64 due = 10;
    qint64 nextWork = workMs;
    QTimer tick;
    tick.setSingleShot(true);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;  // µs
        late.push_back(std::max<qint64>(0, now - due * 1000) / 1000.0);
        if (work && workMs > 0 && now / 1000 >= nextWork) {
            work();
            nextWork = now / 1000 + workMs;
        }
        if (now / 1000 >= ms) return loop.quit();
        due = now / 1000 + 10;
        tick.start(10);
    });
    tick.start(10);
    loop.exec();
    return late;
}

void printLine(const char* phase, const Stats& s, int threads, double imgPerSec, bool lowPriority, int niced,
               const std::vector<double>& renders, const std::string& preset)
{
    std::printf(
        "{\"bench\":\"ui_latency\",\"phase\":\"%s\",\"preset\":\"%s\",\"median_ms\":%.2f,\"p95_ms\":%.2f,"
        "\"max_ms\":%.2f,\"ticks\":%zu,\"threads\":%d,\"cores\":%d,\"img_per_s\":%.2f,"
        "\"low_priority\":%s,\"niced_threads\":%d",
        phase, preset.c_str(), s.median, s.p95, s.max, s.n, threads, QThread::idealThreadCount(), imgPerSec,
        lowPriority ? "true" : "false", niced);
    if (!renders.empty()) {
        const Stats r = stats(renders);
        std::printf(",\"renders\":%zu,\"render_median_ms\":%.1f,\"render_p95_ms\":%.1f", r.n, r.median, r.p95);
    }
    std::printf("}\n");
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::string preset = "cpu64";
    int seconds = 30, threads = 0;
    bool render = false, lowPriority = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", a.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--preset")
            preset = next();
        else if (a == "--seconds")
            seconds = std::max(2, std::atoi(next().c_str()));
        else if (a == "--threads")
            threads = std::atoi(next().c_str());
        else if (a == "--render")
            render = true;
        else if (a == "--normal-priority")
            lowPriority = false;
        else {
            std::fprintf(stderr,
                         "usage: pivq-bench-ui [--preset cpu64] [--seconds 30] [--threads N] [--render] "
                         "[--normal-priority]\n");
            return 2;
        }
    }

    // The editing engine sets the process's LibTorch threads, as in the studio.
    service::EngineOptions eo;
    eo.threads = threads;
    eo.device = "cpu";
    service::EngineService engine(eo);
    const service::EngineInfo info = engine.loadPresetSync(QString::fromStdString(preset));
    if (!info.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(info.error));
        return 1;
    }
    std::vector<double> renders;
    quint64 seed = 1;
    QObject::connect(&engine, &service::EngineService::renderReady, &app,
                     [&](const service::RenderResult& r) { renders.push_back(r.renderMs); });
    auto requestRender = [&] {
        // A swap of two random sources, as a slider drag or a random draw asks for.
        service::RenderRequest r;
        r.pose = service::LatentSource::random(seed++);
        r.identity = service::LatentSource::random(seed++);
        engine.requestRender(r);
    };

    service::TrainingController controller;
    controller.setLowPriority(lowPriority);
    ui::TrainingMonitor monitor(&controller);
    monitor.resize(900, 700);
    monitor.show();
    const int ms = seconds * 1000;

    printLine("idle", stats(measure(3000)), info.threads, 0, lowPriority, 0, {}, preset);
    if (render) {
        renders.clear();
        const auto late = measure(std::min(ms, 10000), requestRender, 100);
        printLine("render", stats(late), info.threads, 0, lowPriority, 0, renders, preset);
    }

    QTemporaryDir dir;
    service::TrainingOptions o;
    o.data = "toyfaces";
    o.toyfacesCount = 2000;
    o.preset = QString::fromStdString(preset);
    o.out = dir.filePath("run");
    o.minutes = 60;  // stopped by the benchmark
    o.threads = -1;  // the engine's setting, as the studio does
    o.device = "cpu";
    o.sampleMinutes = 0.25;  // the monitor reloads its grid now and then
    bool training = false;
    double imgPerSec = 0;
    QObject::connect(&controller, &service::TrainingController::progress, &app,
                     [&](const service::TrainingProgress& p) {
                         if (p.phase == "training" && p.message.isEmpty()) {
                             training = true;
                             imgPerSec = p.imgPerSec;
                         }
                     });
    if (!controller.start(o)) return 1;
    QElapsedTimer wait;
    wait.start();
    while (!training && controller.isRunning() && wait.elapsed() < 600000) app.processEvents(QEventLoop::AllEvents, 50);
    if (!training) {
        std::fprintf(stderr, "the training run did not start\n");
        return 1;
    }
    const int niced = nicedThreads();
    printLine("training", stats(measure(ms)), info.threads, imgPerSec, lowPriority, niced, {}, preset);
    if (render) {
        renders.clear();
        const auto late = measure(ms, requestRender, 100);
        printLine("training+render", stats(late), info.threads, imgPerSec, lowPriority, nicedThreads(), renders,
                  preset);
    }
    controller.stop();
    controller.waitForFinished();
    if (render) {
        // Editing alone once more, now that the engine is warm: the first phase includes start-up costs.
        renders.clear();
        const auto late = measure(std::min(ms, 10000), requestRender, 100);
        printLine("render-after", stats(late), info.threads, 0, lowPriority, 0, renders, preset);
    }
    return 0;
}
