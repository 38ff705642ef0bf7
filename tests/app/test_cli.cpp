// app/cli_main: the editing commands of the built `pivq` binary on a tiny bundle, and
// their errors (one line, exit status 1 for bad input, 2 for usage).
#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/test_files.h"
#include "tests/support/tiny_bundle.h"
#include "tests/support/zip_files.h"

namespace {
struct Run {
    int code = -1;
    QString out, err;
};

Run runPivq(const QStringList& args)
{
    QProcess p;
    p.start(PIVQ_CLI_PATH, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;  // -2: crashed
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

using pivq::testing::noiseImage;

QString describe(const Run& r)
{
    return QString("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}
}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void swapMasksAndEditRoundTrip();
    void interpolateWritesStripAndGif();
    void sampleAndReconstruct();
    void evalWritesReportAndIsDeterministic();
    void ablateTrainsEvaluatesAndResumes();
    void exportShipsFp16WithClassNames();
    void errors_data();
    void errors();

private:
    QString file(const QString& name) const { return dir_.filePath(name); }
    QStringList common() const { return {"--model", bundle_}; }

    QTemporaryDir dir_;
    QString bundle_, identity_, pose_, poseB_;
};

void TestCli::initTestCase()
{
    QVERIFY(dir_.isValid());
    bundle_ = pivq::testing::writeTinyBundle(file("tiny.pivq"));
    // Inputs in several formats and sizes: each is centre-cropped and resized to 32 px.
    identity_ = file("identity.jpg");
    pose_ = file("pose.bmp");
    poseB_ = file("pose_b.png");
    QVERIFY(noiseImage(40, 40, 1).save(identity_, nullptr, 95));
    QVERIFY(noiseImage(64, 48, 2).save(pose_));
    QVERIFY(noiseImage(32, 32, 3).save(poseB_));
    // The reference swap the other cases compare with.
    const Run r = runPivq(QStringList{"swap"} + common() +
                          QStringList{"--identity", identity_, "--pose", pose_, "--out", file("swap.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("wrote"), qPrintable(r.out));
}

void TestCli::swapMasksAndEditRoundTrip()
{
    const QImage swapped(file("swap.png"));
    QCOMPARE(swapped.size(), QSize(32, 32));

    Run r = runPivq(QStringList{"masks"} + common() + QStringList{"--pose", pose_, "--out", file("masks")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    for (int layer : {2, 3}) {
        const QImage m(file(QString("masks/layer%1.png").arg(layer)));
        QCOMPARE(m.format(), QImage::Format_Indexed8);
        QCOMPARE(m.width(), layer == 2 ? 8 : 16);
        QCOMPARE(m.colorCount(), 4);
        QCOMPARE(QImage(file(QString("masks/layer%1_preview.png").arg(layer))).size(), QSize(32, 32));
    }

    // The masks as written reproduce the swap exactly.
    r = runPivq(QStringList{"edit"} + common() +
                QStringList{"--identity", identity_, "--pose", pose_, "--layer", "2", "--mask",
                            file("masks/layer2.png"), "--layer", "3", "--mask", file("masks/layer3.png"), "--out",
                            file("unedited.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(QImage(file("unedited.png")), swapped);

    // An edited mask, saved and loaded again, changes the image; the file round-trips.
    QImage edited(file("masks/layer3.png"));
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 16; ++x) edited.setPixel(x, y, uint((edited.pixelIndex(x, y) + 1) % 4));
    QVERIFY(edited.save(file("edited3.png")));
    const QImage reread(file("edited3.png"));
    QCOMPARE(reread.format(), QImage::Format_Indexed8);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) QCOMPARE(reread.pixelIndex(x, y), edited.pixelIndex(x, y));
    r = runPivq(QStringList{"edit"} + common() +
                QStringList{"--identity", identity_, "--pose", pose_, "--layer", "3", "--mask", file("edited3.png"),
                            "--out", file("edited.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY(QImage(file("edited.png")) != swapped);
    // The same classes as a grayscale image (value = class) give the same result.
    QImage gray(16, 16, QImage::Format_Grayscale8);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) gray.scanLine(y)[x] = uchar(edited.pixelIndex(x, y));
    QVERIFY(gray.save(file("edited3_gray.png")));
    r = runPivq(QStringList{"edit"} + common() +
                QStringList{"--identity", identity_, "--pose", pose_, "--layer", "3", "--mask",
                            file("edited3_gray.png"), "--out", file("edited_gray.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(QImage(file("edited_gray.png")), QImage(file("edited.png")));
}

void TestCli::interpolateWritesStripAndGif()
{
    Run r = runPivq(QStringList{"interpolate"} + common() +
                    QStringList{"--what", "pose", "--identity", identity_, "--pose", pose_, "--to", poseB_, "--steps",
                                "4", "--out", file("strip.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    const QImage strip(file("strip.png"));
    QCOMPARE(strip.size(), QSize(4 * 32, 32));
    // Frame 0 is the swap with the first pose (the last one is checked in test_edit_session).
    QCOMPARE(strip.copy(0, 0, 32, 32).convertToFormat(QImage::Format_RGB32),
             QImage(file("swap.png")).convertToFormat(QImage::Format_RGB32));

    r = runPivq(QStringList{"interpolate"} + common() +
                QStringList{"--what", "identity", "--identity", identity_, "--pose", pose_, "--to", poseB_, "--steps",
                            "3", "--out", file("anim.gif")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QImageReader gif(file("anim.gif"));
    QCOMPARE(gif.format(), QByteArray("gif"));
    QCOMPARE(gif.size(), QSize(32, 32));
    if (gif.supportsAnimation()) QCOMPARE(gif.imageCount(), 3);
}

void TestCli::sampleAndReconstruct()
{
    Run r =
        runPivq(QStringList{"sample"} + common() + QStringList{"--count", "3", "--seed", "5", "--out", file("s.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(QImage(file("s.png")).size(), QSize(96, 32));
    r = runPivq(QStringList{"sample"} + common() +
                QStringList{"--identity", identity_, "--seed", "1", "--count", "2", "--out", file("s_id.gif")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(QImageReader(file("s_id.gif")).size(), QSize(32, 32));
    r = runPivq(QStringList{"reconstruct"} + common() +
                QStringList{"--image", pose_, "--out", file("rec.png"), "--error-map", file("err.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("PSNR"), qPrintable(r.out));
    QCOMPARE(QImage(file("rec.png")).size(), QSize(32, 32));
    QCOMPARE(QImage(file("err.png")).size(), QSize(32, 32));
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    // Files are made in errors() before running; names refer to the test folder.
    QTest::newRow("bad image") << QStringList{"swap",      "--identity", "@broken.png", "--pose",
                                              "@pose.bmp", "--out",      "@x.png"}
                               << 1 << "broken.png: not an image";
    QTest::newRow("wrong-size mask") << QStringList{"edit",    "--identity", "@identity.jpg", "--pose",     "@pose.bmp",
                                                    "--layer", "3",          "--mask",        "@mask5.png", "--out",
                                                    "@x.png"}
                                     << 1 << "the image is 5x5, expected 16x16";
    QTest::newRow("class out of range") << QStringList{"edit",   "--identity", "@identity.jpg",
                                                       "--pose", "@pose.bmp",  "--layer",
                                                       "2",      "--mask",     "@mask_oor.png",
                                                       "--out",  "@x.png"}
                                        << 1 << "class 9 at pixel (3, 4) is out of range";
    QTest::newRow("colour off the palette")
        << QStringList{"edit", "--identity", "@identity.jpg", "--pose", "@pose.bmp", "--layer",
                       "2",    "--mask",     "@mask_rgb.png", "--out",  "@x.png"}
        << 1 << "none of the layer's 4 palette colours";
    QTest::newRow("layer without mask") << QStringList{"edit",   "--identity", "@identity.jpg",
                                                       "--pose", "@pose.bmp",  "--layer",
                                                       "4",      "--mask",     "@mask5.png",
                                                       "--out",  "@x.png"}
                                        << 1 << "layer 4 has no object mask";
    QTest::newRow("bad bundle") << QStringList{"swap",   "--model",   "@broken.png", "--identity", "@identity.jpg",
                                               "--pose", "@pose.bmp", "--out",       "@x.png"}
                                << 1 << "not a PIVQ bundle";
    QTest::newRow("no model") << QStringList{"swap",      "--identity", "@identity.jpg", "--pose",
                                             "@pose.bmp", "--out",      "@x.png",        "--model"}
                              << 2 << "--model needs a value";
    QTest::newRow("missing option") << QStringList{"masks", "--out", "@m"} << 2 << "--pose is required";
    QTest::newRow("bad what") << QStringList{"interpolate",   "--what", "colour",    "--identity",
                                             "@identity.jpg", "--pose", "@pose.bmp", "--to",
                                             "@pose.bmp",     "--out",  "@x.gif"}
                              << 2 << "--what must be pose or identity";
    // Config files (`config --check`, `train --config/--train-config`): bounded, then parsed.
    QTest::newRow("config not JSON") << QStringList{"config", "--check", "@cut.json"} << 1
                                     << "cut.json: model config: JSON: unexpected end of text at line 1, column 39";
    QTest::newRow("config field of the wrong type")
        << QStringList{"config", "--check", "@badfield.json"} << 1
        << "badfield.json: model config: resolution: expected number, got string";
    QTest::newRow("config over 1 MiB") << QStringList{"config", "--check", "@huge.json"} << 1
                                       << "huge.json: too large (2097152 bytes, at most 1048576)";
    QTest::newRow("config missing") << QStringList{"config", "--check", "@none.json"} << 1 << "none.json: cannot open";
    QTest::newRow("config is a folder") << QStringList{"config", "--check", "@"} << 1 << "is a folder, not a file";
    // A training run that must stop before it starts: one config file is bad.
    auto train = [](const QString& option, const QString& file) {
        return QStringList{"train", "--data", "toyfaces", "--toyfaces-count", "4", "--out", "@run", option, file};
    };
    QTest::newRow("train config not JSON")
        << train("--train-config", "@cut.json") << 1 << "cut.json: training config: JSON: unexpected end of text";
    QTest::newRow("train config field out of range") << train("--train-config", "@badtrain.json") << 1
                                                     << "badtrain.json: training config: w_aug_color: must be >= 0";
    QTest::newRow("train config over 1 MiB")
        << train("--train-config", "@huge.json") << 1 << "too large (2097152 bytes";
    QTest::newRow("model config of another shape")
        << train("--config", "@badfield.json") << 1 << "badfield.json: model config: resolution: expected number";
    QTest::newRow("bad output format") << QStringList{"swap",      "--identity", "@identity.jpg", "--pose",
                                                      "@pose.bmp", "--out",      "@x.nope"}
                                       << 2 << "unsupported output format";
}

void TestCli::evalWritesReportAndIsDeterministic()
{
    const QStringList args = QStringList{"eval"} + common() +
                             QStringList{"--pairs", "6", "--reference", "8", "--batch", "4", "--json", file("eval.json")};
    const Run r = runPivq(args);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    for (const char* fragment : {"swap PSNR vs truth", "output = identity image", "output = pose image",
                                 "FD-randcnn proxy", "not FID", "mix-back msssim-l1", "mask stability", "6 pairs"})
        QVERIFY2(r.out.contains(fragment), qPrintable(r.out));
    QVERIFY2(!r.out.contains("FID ("), qPrintable(r.out));  // the proxy is never printed as FID
    QFile f(file("eval.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray first = f.readAll();
    f.close();
    for (const char* key : {"\"swap_psnr\"", "\"baseline_identity_psnr\"", "\"fd-randcnn\"", "\"code_usage\"",
                            "\"pairs\": 6"})
        QVERIFY2(first.contains(key), key);
    // The same command gives the same figures (only the timing differs).
    QVERIFY2(runPivq(args).code == 0, "second run");
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray second = f.readAll();
    auto figures = [](const QByteArray& j) { return j.left(j.indexOf("\"model\"")); };
    QCOMPARE(figures(second), figures(first));
    // A folder of images: no ground truth, so no swap error, and asking for it is an error.
    QDir().mkpath(file("evalset"));
    for (int i = 0; i < 3; ++i) QVERIFY(noiseImage(32, 32, 10 + i).save(file("evalset/%1.png").arg(i)));
    const Run folder = runPivq(QStringList{"eval"} + common() +
                               QStringList{"--data", file("evalset"), "--pairs", "4", "--metrics", "recon,mixback"});
    QVERIFY2(folder.code == 0, qPrintable(describe(folder)));
    QVERIFY(folder.out.contains("reconstruction msssim-l1") && !folder.out.contains("swap PSNR"));
    const Run noTruth = runPivq(QStringList{"eval"} + common() +
                                QStringList{"--data", file("evalset"), "--pairs", "4", "--metrics", "swap"});
    QCOMPARE(noTruth.code, 1);
    QVERIFY2(noTruth.err.contains("ground truth"), qPrintable(describe(noTruth)));
}

namespace {
QJsonObject readManifest(const QString& bundle)
{
    return QJsonDocument::fromJson(pivq::testing::readZipEntry(bundle, "manifest.json")).object();
}
}  // namespace

void TestCli::ablateTrainsEvaluatesAndResumes()
{
    // Two variants of the tiny preset, one step each, on a small toyfaces set.
    const QStringList args{"ablate",    "--out",      file("ablation"), "--preset",          "tiny32",
                           "--kimg",    "0.008",      "--variants",     "vq1,noaug",         "--pairs",
                           "4",         "--reference", "8",             "--toyfaces-count", "16"};
    const Run r = runPivq(args);
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("| VQ-1 (default) |") && r.out.contains("| w/o augment |"), qPrintable(r.out));
    QVERIFY(r.out.contains("baseline: output = identity image"));
    for (const char* f : {"ablation/vq1/model.pivq", "ablation/noaug/model.pivq", "ablation/vq1/eval.json",
                          "ablation/noaug/eval.json", "ablation/RESULTS.md"})
        QVERIFY2(QFile::exists(file(f)), f);
    // Run again: the budget is already there, so nothing trains; only the evaluation runs.
    const Run again = runPivq(args);
    QVERIFY2(again.code == 0, qPrintable(describe(again)));
    QVERIFY2(!again.err.contains("training to"), qPrintable(again.err));
    auto imagesSeen = [&](const char* variant) {
        return readManifest(file(QString("ablation/%1/model.pivq").arg(variant)))["training"]
            .toObject()["images_seen"]
            .toDouble();
    };
    QCOMPARE(imagesSeen("vq1"), 8.0);
    // A larger budget resumes the run up to it: 16 images in all, not 8 + 16.
    QStringList more = args;
    more[more.indexOf("0.008")] = "0.016";
    more[more.indexOf("vq1,noaug")] = "vq1";
    const Run resumed = runPivq(more);
    QVERIFY2(resumed.code == 0, qPrintable(describe(resumed)));
    QCOMPARE(imagesSeen("vq1"), 16.0);
    const Run bad = runPivq({"ablate", "--out", file("ablation"), "--variants", "vq9"});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains("unknown variant"));
}

void TestCli::exportShipsFp16WithClassNames()
{
    // The tiny bundle: K = 4 on pose layers 2 and 3.
    const QString out = file("shipped.pivq");
    Run r = runPivq({"export", "--model", bundle_, "--out", out, "--fp16", "--names", "2=eyes,mouth,head,background"});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("fp16 weights"), qPrintable(r.out));
    QVERIFY(QFileInfo(out).size() < QFileInfo(bundle_).size() * 6 / 10);  // half-size weights

    const QJsonObject manifest = readManifest(out);
    const QJsonArray layer2 = manifest["palettes"].toObject()["2"].toArray();
    QCOMPARE(layer2.size(), 4);
    QCOMPARE(layer2[0].toObject()["name"].toString(), QString("eyes"));
    QCOMPARE(layer2[3].toObject()["name"].toString(), QString("background"));
    QCOMPARE(manifest["palettes"].toObject()["3"].toArray()[0].toObject()["name"].toString(), QString("class 1"));

    // The fp16 bundle opens and swaps. (Its values are checked in test_bundle; an untrained
    // tiny net is too chaotic to compare images: a rounding can flip a VQ code. On a trained
    // cpu64 model the fp16 swap was within 1/255 of the fp32 one, models/README.md.)
    r = runPivq({"swap", "--model", out, "--identity", identity_, "--pose", pose_, "--out", file("swap16.png")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QCOMPARE(QImage(file("swap16.png")).size(), QImage(file("swap.png")).size());

    // Bad names change nothing.
    for (const QStringList& bad : {QStringList{"--names", "2=a,b"}, QStringList{"--names", "7=a,b,c,d"},
                                   QStringList{"--names", "eyes"}}) {
        r = runPivq(QStringList{"export", "--model", bundle_, "--out", file("bad.pivq")} + bad);
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY(!QFile::exists(file("bad.pivq")));
    }
    r = runPivq({"export", "--model", file("missing.pivq"), "--out", file("bad.pivq")});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFile::exists(file("bad.pivq")));
}

void TestCli::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QVERIFY(pivq::testing::writeFile(file("broken.png"), "not an image at all"));
    QImage small(5, 5, QImage::Format_Grayscale8);
    small.fill(0u);
    QVERIFY(small.save(file("mask5.png")));
    QImage oor(8, 8, QImage::Format_Grayscale8);
    oor.fill(0u);
    oor.scanLine(4)[3] = 9;
    QVERIFY(oor.save(file("mask_oor.png")));
    QImage rgb(8, 8, QImage::Format_RGB32);
    rgb.fill(qRgb(1, 2, 3));
    QVERIFY(rgb.save(file("mask_rgb.png")));

    QVERIFY(pivq::testing::writeFile(file("cut.json"), "{\"resolution\": 64, \"pose_layers\": [3, "));
    QVERIFY(pivq::testing::writeFile(file("badfield.json"), "{\"resolution\": \"big\"}"));
    QVERIFY(pivq::testing::writeFile(file("badtrain.json"), "{\"w_aug_color\": -1}"));
    QVERIFY(pivq::testing::writeFile(file("huge.json"), QByteArray(2 << 20, ' ')));

    QStringList full;
    for (const QString& a : args) full << (a.startsWith('@') ? file(a.mid(1)) : a);
    const bool takesModel = args.first() != "config" && args.first() != "train";
    if (takesModel && !full.contains("--model")) full << common();
    const Run r = runPivq(full);
    QVERIFY2(r.code == code, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
    QCOMPARE(r.err.trimmed().count('\n'), 0);  // one line
    QVERIFY(!QFile::exists(file("x.png")));
    QVERIFY(!QFile::exists(file("run/model.pivq")));  // a refused training leaves no model
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
