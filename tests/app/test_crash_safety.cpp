// Crash safety of `pivq train` and of every bundle write, on the built binary:
//   - SIGKILL at random moments, and on purpose while a checkpoint is being written, many
//     times over: the newest surviving checkpoint always loads, never goes back, and resumes;
//   - a full disk (a file-size limit on the process) during a save leaves the previous file
//     byte for byte and no temporary file;
//   - a NaN injected into a step stops the run with a clear error and the last good checkpoint.
// PIVQ_KILL_ROUNDS and PIVQ_KILL_SEED make the kill test longer or replay one sequence.
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>
#include <sys/resource.h>
#include <algorithm>
#include <csignal>

#include "engine/io/bundle.h"

namespace {
constexpr int kTimeoutMs = 180000;

QStringList trainArgs(const QString& run, double kimg)
{
    return {"train",
            "--data",
            "toyfaces",
            "--preset",
            "tiny32",
            "--toyfaces-count",
            "64",
            "--batch",
            "4",
            "--out",
            run,
            "--kimg",
            QString::number(kimg),
            "--checkpoint-minutes",
            "0",
            "--sample-minutes",
            "1000",
            "--no-cache"};
}

struct Run {
    int code = -1;  // -2: crashed or killed
    QString err;
};

Run finish(QProcess& p)
{
    Run r;
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Runs `pivq args` with the process's file size limited to `fileLimit` bytes (0: none).
Run runPivq(const QStringList& args, qint64 fileLimit = 0)
{
    QProcess p;
    if (fileLimit > 0)
        p.setChildProcessModifier([fileLimit] {
            // Past the limit write() fails with EFBIG, as on a full disk, instead of killing.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit lim{static_cast<rlim_t>(fileLimit), static_cast<rlim_t>(fileLimit)};
            setrlimit(RLIMIT_FSIZE, &lim);
        });
    p.start(PIVQ_CLI_PATH, args);
    return finish(p);
}

QString describe(const Run& r)
{
    return QString("exit %1\nstderr: %2").arg(r.code).arg(r.err.right(2000));
}

QByteArray sha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Files in `dir` that are neither the run's own nor its folders: temporary files left behind.
QStringList strayFiles(const QString& dir)
{
    QStringList out;
    for (const QString& f : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
        if (f != "model.pivq" && f != "log.jsonl") out << f;
    return out;
}

// What process `pid` is writing under `dir`, from /proc/PID/fd and fdinfo: 0 nothing, 1 some
// file (a sample grid, a log line), 2 the checkpoint itself (QSaveFile's temporary beside
// model.pivq: an unnamed O_TMPFILE "#inode (deleted)", or model.pivq.XXXXXX without one).
int writingInto(pid_t pid, const QString& dir)
{
    int what = 0;
    const QString fdDir = QString("/proc/%1/fd").arg(pid);
    for (const QString& fd : QDir(fdDir).entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fdDir + "/" + fd);
        if (!target.startsWith(dir + "/")) continue;
        QFile info(QString("/proc/%1/fdinfo/%2").arg(pid).arg(fd));
        if (!info.open(QIODevice::ReadOnly)) continue;
        bool writable = false;
        for (const QByteArray& line : info.readAll().split('\n'))
            if (line.startsWith("flags:") && (line.mid(6).trimmed().toUInt(nullptr, 8) & 3) != 0) writable = true;
        if (!writable) continue;
        const QString name = target.mid(dir.size() + 1);
        what = std::max(what, name.startsWith('#') || name.startsWith("model.pivq.") ? 2 : 1);
    }
    return what;
}

// The step a checkpoint holds; fails the test when it does not load in full.
int64_t checkpointStep(const QString& path, QString* error)
{
    try {
        const pivq::io::Bundle b = pivq::io::loadBundle(path.toStdString(), true);
        if (b.training.empty()) {
            *error = "the checkpoint has no training state";
            return -1;
        }
        const auto* steps = b.training_record.find("steps");
        return steps ? static_cast<int64_t>(steps->asNumber()) : -1;
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return -1;
    }
}
}  // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedTrainingAlwaysLeavesALoadableCheckpoint();
    void fullDiskDuringASaveKeepsThePreviousFile_data();
    void fullDiskDuringASaveKeepsThePreviousFile();
    void nanStepStopsWithTheLastGoodCheckpoint();
};

void TestCrashSafety::killedTrainingAlwaysLeavesALoadableCheckpoint()
{
    QTemporaryDir dir;
    const QString run = QFileInfo(dir.filePath("run")).absoluteFilePath();
    const QString bundle = run + "/model.pivq";
    const int rounds =
        qEnvironmentVariableIsSet("PIVQ_KILL_ROUNDS") ? qEnvironmentVariableIntValue("PIVQ_KILL_ROUNDS") : 30;
    const quint32 seed = qEnvironmentVariableIsSet("PIVQ_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PIVQ_KILL_SEED"))
                             : 20261204u;
    qInfo("kill test: %d rounds, PIVQ_KILL_SEED=%u", rounds, seed);
    QRandomGenerator rng(seed);
    int64_t lastStep = -1;
    int duringWrite = 0, duringCheckpoint = 0, survivors = 0;
    for (int round = 0; round < rounds; ++round) {
        QStringList args = trainArgs(run, 1000);  // never finishes by itself
        if (QFile::exists(bundle)) args << "--resume";
        QProcess p;
        p.start(PIVQ_CLI_PATH, args);
        QVERIFY(p.waitForStarted());
        const pid_t pid = static_cast<pid_t>(p.processId());
        // Even rounds aim at a checkpoint write: the moment the process holds a file of the
        // run open for writing, after a random number of such writes. Odd rounds: a random time.
        const bool aimAtWrite = round % 2 == 0;
        const int skipWrites = int(rng.bounded(4));
        const qint64 deadline = 300 + qint64(rng.bounded(3000));
        QElapsedTimer t;
        t.start();
        bool inWrite = false;
        int writes = 0;
        while (p.state() == QProcess::Running && t.elapsed() < 60000) {
            const bool writing = writingInto(pid, run) != 0;
            if (writing && !inWrite) ++writes;
            inWrite = writing;
            if (aimAtWrite ? (writing && writes > skipWrites) : t.elapsed() >= deadline) break;
            QThread::usleep(200);
        }
        if (p.state() != QProcess::Running) QFAIL(qPrintable("the run ended by itself: " + describe(finish(p))));
        const int wasWriting = writingInto(pid, run);
        p.kill();  // SIGKILL, microseconds after the look
        QVERIFY(p.waitForFinished(kTimeoutMs));
        duringWrite += wasWriting != 0;
        duringCheckpoint += wasWriting == 2;
        if (!QFile::exists(bundle)) continue;  // killed before the first checkpoint
        ++survivors;
        QString error;
        const int64_t step = checkpointStep(bundle, &error);
        QVERIFY2(step >= 0, qPrintable(QString("round %1: the checkpoint does not load: %2").arg(round).arg(error)));
        QVERIFY2(
            step >= lastStep,
            qPrintable(
                QString("round %1: the checkpoint went back from step %2 to %3").arg(round).arg(lastStep).arg(step)));
        lastStep = step;
    }
    qInfo("killed %d times: %d while writing into the run, %d of them in the middle of the checkpoint itself; "
          "newest checkpoint: step %lld",
          rounds, duringWrite, duringCheckpoint, static_cast<long long>(lastStep));
    QVERIFY2(duringWrite >= rounds / 3 && duringCheckpoint >= rounds / 6,
             "too few kills landed during a checkpoint write to prove anything");
    QVERIFY(survivors > 0 && lastStep > 0);

    // The newest survivor resumes and finishes a budget of three more steps.
    QStringList args = trainArgs(run, 0.012);
    args << "--resume";
    const Run last = runPivq(args);
    QVERIFY2(last.code == 0, qPrintable(describe(last)));
    QString error;
    const int64_t finalStep = checkpointStep(bundle, &error);
    QVERIFY2(finalStep == lastStep + 3 || finalStep == lastStep + 4,
             qPrintable(QString("final step %1 after %2 (%3)").arg(finalStep).arg(lastStep).arg(error)));
    // Temporary files of killed saves are gone once a run has started again.
    QVERIFY2(strayFiles(run).isEmpty(), qPrintable(strayFiles(run).join(", ")));
}

void TestCrashSafety::fullDiskDuringASaveKeepsThePreviousFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("checkpoint of a resumed run") << "train";
    QTest::newRow("pivq export over an existing file") << "export";
}

void TestCrashSafety::fullDiskDuringASaveKeepsThePreviousFile()
{
    QFETCH(QString, command);
    QTemporaryDir dir;
    const QString run = dir.filePath("run");
    const QString bundle = run + "/model.pivq";
    const Run first = runPivq(trainArgs(run, 0.008));  // 2 steps
    QVERIFY2(first.code == 0, qPrintable(describe(first)));
    const qint64 size = QFileInfo(bundle).size();
    QVERIFY(size > 0);

    QString target = bundle;
    qint64 limit = size / 3;  // room for the logs and a sample grid, not for a whole bundle
    QStringList args;
    if (command == "train") {
        args = trainArgs(run, 0.016);
        args << "--resume";
    } else {
        const QString measure = dir.filePath("measure.pivq");
        const Run m = runPivq({"export", "--model", bundle, "--out", measure});
        QVERIFY2(m.code == 0, qPrintable(describe(m)));
        limit = QFileInfo(measure).size() / 2;
        target = dir.filePath("shipped.pivq");
        QVERIFY(QFile::copy(bundle, target));
        args = QStringList{"export", "--model", bundle, "--out", target};
    }
    const QByteArray before = sha(target);
    const Run full = runPivq(args, limit);
    QVERIFY2(full.code != 0 && full.code != -2, qPrintable(describe(full)));
    QVERIFY2(full.err.contains(QFileInfo(target).fileName()), qPrintable(describe(full)));
    QCOMPARE(sha(target), before);
    QString error;
    QVERIFY2(checkpointStep(bundle, &error) >= 0, qPrintable(error));
    QStringList stray = strayFiles(QFileInfo(target).absolutePath());
    stray.removeAll("shipped.pivq");
    stray.removeAll("measure.pivq");
    QVERIFY2(stray.isEmpty(), qPrintable(stray.join(", ")));

    // With room again, the same command succeeds.
    const Run again = runPivq(args);
    QVERIFY2(again.code == 0, qPrintable(describe(again)));
}

void TestCrashSafety::nanStepStopsWithTheLastGoodCheckpoint()
{
    QTemporaryDir dir;
    const QString run = dir.filePath("run");
    const QString bundle = run + "/model.pivq";
    QStringList args = trainArgs(run, 0.04);  // 10 steps, a checkpoint after each
    args << "--fault-nan-at-step"
         << "4";
    const Run r = runPivq(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("NaN") && r.err.contains("step 4") && r.err.contains(bundle), qPrintable(describe(r)));
    QString error;
    QCOMPARE(checkpointStep(bundle, &error), int64_t(3));
    QVERIFY(strayFiles(run).isEmpty());

    // Resumed without the fault, it carries on from step 3.
    QStringList resume = trainArgs(run, 0.024);
    resume << "--resume";
    const Run again = runPivq(resume);
    QVERIFY2(again.code == 0, qPrintable(describe(again)));
    QVERIFY(checkpointStep(bundle, &error) >= 6);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
