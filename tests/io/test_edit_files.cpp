// engine/io editing files: mask images (indexed PNG round trip, grayscale, palette colours,
// preview-sized paintings, errors), animations (GIF, video, strip), QImage conversion, and
// the bundle -> editing session loader.
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "engine/core/runtime.h"
#include "engine/io/animation.h"
#include "engine/io/bundle.h"
#include "engine/io/edit_model.h"
#include "engine/io/image.h"
#include "engine/io/masks.h"
#include "engine/io/qt_image.h"
#include "tests/support/hostile_images.h"

using namespace pivq;

namespace {
torch::Tensor randomMask(int side, int k, uint64_t seed)
{
    torch::manual_seed(seed);
    return torch::randint(k, {side, side}, torch::kLong);
}

io::MaskSpec specFor(int side, int k, int preview = 0)
{
    return io::MaskSpec{3, side, k, preview, io::defaultPalette(k)};
}

std::vector<cv::Mat> gradientFrames(int n, int w, int h)
{
    std::vector<cv::Mat> frames;
    for (int i = 0; i < n; ++i) {
        cv::Mat f(h, w, CV_8UC3);
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                f.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / w), uchar(y * 255 / h), uchar(i * 255 / n));
        frames.push_back(f);
    }
    return frames;
}
}  // namespace

class TestEditFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { core::configureThreads(0); }
    void maskPngRoundTrip_data();
    void maskPngRoundTrip();
    void masksReadFromGrayscaleAndPaletteColours();
    void previewSizedPaintingIsDownsampled();
    void badMasksAreClearErrors();
    void hostileMaskFilesAreRefused_data();
    void hostileMaskFilesAreRefused();
    void previewIsNearestNeighbour();
    void gifHasEveryFrame();
    void videoOrAClearError();
    void stripAndFormatByExtension();
    void qimageConversionCompositesAlphaOnWhite();
    void bundleBecomesAnEditSession();

private:
    QTemporaryDir dir_;
};

void TestEditFiles::maskPngRoundTrip_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("classes");
    QTest::newRow("8x8, K=4") << 8 << 4;
    QTest::newRow("16x16, K=2") << 16 << 2;
    QTest::newRow("32x32, K=16") << 32 << 16;
}

void TestEditFiles::maskPngRoundTrip()
{
    QFETCH(int, side);
    QFETCH(int, classes);
    const auto mask = randomMask(side, classes, side);
    const QString path = dir_.filePath(QString("mask_%1_%2.png").arg(side).arg(classes));
    io::writeMaskPng(path.toStdString(), mask, io::defaultPalette(classes));
    const QImage img(path);
    QVERIFY(img.colorCount() > 0);  // a palette PNG
    QCOMPARE(img.size(), QSize(side, side));
    const auto back = io::readMaskFile(path.toStdString(), specFor(side, classes));
    QVERIFY(torch::equal(back, mask));
}

void TestEditFiles::masksReadFromGrayscaleAndPaletteColours()
{
    const auto mask = randomMask(8, 4, 1);
    const auto palette = io::defaultPalette(4);
    QImage gray(8, 8, QImage::Format_Grayscale8), rgb(8, 8, QImage::Format_RGB888);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            const int c = static_cast<int>(mask[y][x].item<int64_t>());
            gray.scanLine(y)[x] = uchar(c);
            const auto& p = palette[static_cast<size_t>(c)].color;
            rgb.setPixel(x, y, qRgb(p[0], p[1], p[2]));
        }
    QVERIFY(torch::equal(io::maskFromImage(gray, specFor(8, 4), "gray"), mask));
    QVERIFY(torch::equal(io::maskFromImage(rgb, specFor(8, 4), "rgb"), mask));
    // Other formats: BMP through Qt, TIFF (which this Qt lacks) through OpenCV.
    const QString bmp = dir_.filePath("gray.bmp");
    QVERIFY(gray.save(bmp));
    QVERIFY(torch::equal(io::readMaskFile(bmp.toStdString(), specFor(8, 4)), mask));
    const QString tif = dir_.filePath("gray.tif");
    cv::Mat g8(8, 8, CV_8UC1);
    for (int y = 0; y < 8; ++y) std::memcpy(g8.ptr(y), gray.constScanLine(y), 8);
    QVERIFY(cv::imwrite(tif.toStdString(), g8));
    QVERIFY(torch::equal(io::readMaskFile(tif.toStdString(), specFor(8, 4)), mask));
    QVERIFY(torch::equal(io::maskFromImage(io::maskToImage(mask, palette), specFor(8, 4), "indexed"), mask));
    // 16-bit gray: the sample is the class (a mask scaled to 0..65535 is out of range).
    QImage gray16 = gray.convertToFormat(QImage::Format_Grayscale16);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) reinterpret_cast<quint16*>(gray16.scanLine(y))[x] = gray.constScanLine(y)[x];
    const QString png16 = dir_.filePath("gray16.png");
    QVERIFY(gray16.save(png16));
    QCOMPARE(QImage(png16).format(), QImage::Format_Grayscale16);
    QVERIFY(torch::equal(io::readMaskFile(png16.toStdString(), specFor(8, 4)), mask));
    QVERIFY(gray.convertToFormat(QImage::Format_Grayscale16).save(png16));  // 0..3 scaled by 257
    try {
        io::readMaskFile(png16.toStdString(), specFor(8, 4));
        QFAIL("a 16-bit mask scaled to 0..65535 was accepted");
    } catch (const io::IoError& e) {
        QVERIFY2(QString(e.what()).contains("out of range"), e.what());
    }
}

void TestEditFiles::previewSizedPaintingIsDownsampled()
{
    const auto mask = randomMask(8, 6, 2);
    const auto palette = io::defaultPalette(6);
    const cv::Mat preview = io::maskPreview(mask, palette, 32);
    const QImage painted = io::qimageFromRgb(preview);
    QVERIFY(torch::equal(io::maskFromImage(painted, specFor(8, 6, 32), "preview"), mask));
    // Without the preview size allowed, the same image is the wrong size.
    QVERIFY_THROWS_EXCEPTION(io::IoError, io::maskFromImage(painted, specFor(8, 6), "preview"));
}

void TestEditFiles::badMasksAreClearErrors()
{
    auto message = [](const QImage& img, const io::MaskSpec& spec) -> QString {
        try {
            io::maskFromImage(img, spec, "m.png");
        } catch (const io::IoError& e) {
            return e.what();
        }
        return {};
    };
    QImage small(5, 5, QImage::Format_Grayscale8);
    small.fill(0u);
    QString m = message(small, specFor(8, 4, 32));
    QVERIFY2(m.contains("m.png") && m.contains("5x5") && m.contains("8x8") && m.contains("32x32"), qPrintable(m));
    QImage oor(8, 8, QImage::Format_Grayscale8);
    oor.fill(0u);
    oor.scanLine(2)[6] = 4;
    m = message(oor, specFor(8, 4));
    QVERIFY2(m.contains("class 4 at pixel (6, 2) is out of range") && m.contains("0-3"), qPrintable(m));
    QImage rgb(8, 8, QImage::Format_RGB32);
    rgb.fill(qRgb(1, 2, 3));
    m = message(rgb, specFor(8, 4));
    QVERIFY2(m.contains("#010203") && m.contains("palette"), qPrintable(m));
    m = message(QImage(), specFor(8, 4));
    QVERIFY2(m.contains("empty"), qPrintable(m));
    // Files: missing, not an image.
    QVERIFY_THROWS_EXCEPTION(io::IoError, io::readMaskFile(dir_.filePath("none.png").toStdString(), specFor(8, 4)));
    const QString junk = dir_.filePath("junk.png");
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("junk");
    }
    try {
        io::readMaskFile(junk.toStdString(), specFor(8, 4));
        QFAIL("no error for a damaged file");
    } catch (const io::IoError& e) {
        QVERIFY2(QString(e.what()).contains("junk.png"), e.what());
    }
    // Writing refuses a mask with classes outside its palette.
    QVERIFY_THROWS_EXCEPTION(
        io::IoError, io::writeMaskPng(dir_.filePath("w.png").toStdString(), torch::full({4, 4}, 5, torch::kLong),
                                      io::defaultPalette(4)));
}

void TestEditFiles::hostileMaskFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    for (const auto& h : pivq::testing::hostileImages()) QTest::newRow(h.row) << h.bytes << h.reason;
    // Found by fuzz_mask: 38 bytes of lossless WebP that decode to 6400x15360 with alpha. As an
    // input image it is within the limits, and its alpha compositing in float planes took 4 GB
    // (now 8-bit rows: the replayed corpus holds it); as a mask it is refused from the header.
    const unsigned char webp[] = {0x52, 0x49, 0x46, 0x46, 0x1e, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56,
                                  0x50, 0x38, 0x4c, 0x11, 0x00, 0x00, 0x00, 0x2f, 0xff, 0xd8, 0xff, 0x1e, 0x07,
                                  0x50, 0x8a, 0x7a, 0x54, 0xa1, 0xff, 0x81, 0x88, 0xe8, 0x7f, 0x00, 0x00};
    QTest::newRow("WebP 6400x15360 (fuzz_mask)") << QByteArray(reinterpret_cast<const char*>(webp), sizeof webp)
                                                 << "too large (6400x15360";
    // Any size but the layer's or the model's is refused before decoding.
    QTest::newRow("header says 64x64") << pivq::testing::pngClaiming(64, 64) << "is 64x64, expected 8x8";
}

void TestEditFiles::hostileMaskFilesAreRefused()
{
    // Checked before Qt or OpenCV decode anything: a bomb allocates nothing.
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = dir_.filePath("hostile_mask.png");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    try {
        io::readMaskFile(path.toStdString(), specFor(8, 4, 32));
        QFAIL("no error");
    } catch (const io::IoError& e) {
        QVERIFY2(QString(e.what()).startsWith(path + ": ") && QString(e.what()).contains(expected), e.what());
    }
}

void TestEditFiles::previewIsNearestNeighbour()
{
    const auto mask = randomMask(4, 3, 5);
    const auto palette = io::defaultPalette(3);
    const cv::Mat p = io::maskPreview(mask, palette, 16);
    QCOMPARE(p.cols, 16);
    QCOMPARE(p.type(), CV_8UC3);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) {
            const auto& c = palette[static_cast<size_t>(mask[y / 4][x / 4].item<int64_t>())].color;
            QCOMPARE(p.at<cv::Vec3b>(y, x), cv::Vec3b(c[0], c[1], c[2]));
        }
}

void TestEditFiles::gifHasEveryFrame()
{
    // Few colours survive exactly; a gradient is quantised to at most 256.
    std::vector<cv::Mat> flat;
    for (int i = 0; i < 3; ++i) flat.emplace_back(12, 10, CV_8UC3, cv::Scalar(40 * i, 200, 10));
    const std::string bytes = io::encodeGif(flat, 5.0);
    QCOMPARE(bytes.substr(0, 6), std::string("GIF89a"));
    const QString path = dir_.filePath("flat.gif");
    io::writeFrames(path.toStdString(), flat, 5.0);
    QImageReader r(path);
    QCOMPARE(r.size(), QSize(10, 12));
    QCOMPARE(r.imageCount(), 3);
    for (int i = 0; i < 3; ++i) {
        const QImage f = r.read();
        QVERIFY2(!f.isNull(), qPrintable(r.errorString()));
        QCOMPARE(f.pixelColor(4, 4).rgb(), qRgb(40 * i, 200, 10));
    }
    const auto grad = gradientFrames(4, 40, 30);
    io::writeFrames(dir_.filePath("grad.gif").toStdString(), grad, 10.0);
    QImageReader g(dir_.filePath("grad.gif"));
    QCOMPARE(g.imageCount(), 4);
    const QImage f0 = g.read().convertToFormat(QImage::Format_RGB888);
    double err = 0;
    for (int y = 0; y < 30; ++y)
        for (int x = 0; x < 40; ++x)
            for (int c = 0; c < 3; ++c)
                err += std::abs(int(f0.constScanLine(y)[3 * x + c]) - int(grad[0].at<cv::Vec3b>(y, x)[c]));
    QVERIFY2(err / (30 * 40 * 3) < 6.0, qPrintable(QString::number(err / (30 * 40 * 3))));
}

void TestEditFiles::videoOrAClearError()
{
    const auto frames = gradientFrames(6, 32, 32);
    const QString path = dir_.filePath("anim.mp4");
    try {
        io::writeFrames(path.toStdString(), frames, 10.0);
    } catch (const io::IoError& e) {
        // Only acceptable when this OpenCV has no mp4v encoder; the message says so.
        QVERIFY2(QString(e.what()).contains("mp4v"), e.what());
        QSKIP("OpenCV's VideoWriter cannot encode mp4v here");
    }
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(QDir(dir_.path()).entryList({".anim*"}, QDir::Hidden | QDir::Files).isEmpty());  // no temporary left
    cv::VideoCapture cap(path.toStdString(), cv::CAP_FFMPEG);
    if (cap.isOpened()) {
        int n = 0;
        cv::Mat f;
        while (cap.read(f)) ++n;
        QCOMPARE(n, 6);
    }
    QVERIFY_THROWS_EXCEPTION(io::IoError,
                             io::writeFrames(dir_.filePath("no/such/dir/a.mp4").toStdString(), frames, 10.0));
}

void TestEditFiles::stripAndFormatByExtension()
{
    const auto frames = gradientFrames(3, 8, 6);
    const QString path = dir_.filePath("strip.png");
    io::writeFrames(path.toStdString(), frames);
    const QImage strip(path);
    QCOMPARE(strip.size(), QSize(24, 6));
    QCOMPARE(io::frameStrip(frames).cols, 24);
    QVERIFY_THROWS_EXCEPTION(io::IoError, io::frameStrip({}));
    std::vector<cv::Mat> mixed{frames[0], cv::Mat(5, 5, CV_8UC3)};
    QVERIFY_THROWS_EXCEPTION(io::IoError, io::encodeGif(mixed));
}

void TestEditFiles::qimageConversionCompositesAlphaOnWhite()
{
    QImage argb(2, 1, QImage::Format_ARGB32);
    argb.setPixel(0, 0, qRgba(10, 20, 30, 255));
    argb.setPixel(1, 0, qRgba(0, 0, 0, 0));
    const cv::Mat m = io::rgbFromQImage(argb);
    QCOMPARE(m.at<cv::Vec3b>(0, 0), cv::Vec3b(10, 20, 30));
    QCOMPARE(m.at<cv::Vec3b>(0, 1), cv::Vec3b(255, 255, 255));
    const QImage back = io::qimageFromRgb(m);
    QCOMPARE(back.pixel(0, 0), qRgb(10, 20, 30));
    QVERIFY_THROWS_EXCEPTION(io::IoError, io::rgbFromQImage(QImage()));
    cv::Mat map(1, 2, CV_32F);
    map.at<float>(0, 0) = 0.f;
    map.at<float>(0, 1) = 0.1f;
    const QImage g = io::grayFromMap(map, 4.0);
    QCOMPARE(g.format(), QImage::Format_Grayscale8);
    QCOMPARE(int(g.constScanLine(0)[1]), 102);
}

void TestEditFiles::bundleBecomesAnEditSession()
{
    io::Bundle b;
    b.config = core::preset("tiny32");
    torch::manual_seed(4);
    core::Generator g(b.config);
    core::Encoder e(b.config);
    b.weights = io::networkWeights(g, e);
    b.palettes[2] = io::defaultPalette(4);
    b.palettes[2][1].name = "hair";
    const QString path = dir_.filePath("tiny.pivq");
    io::saveBundle(path.toStdString(), b);

    auto m = io::loadEditModel(path.toStdString());
    QCOMPARE(m.path, path.toStdString());
    QCOMPARE(m.palettes.at(2)[1].name, std::string("hair"));
    QCOMPARE(m.palettes.at(3).size(), size_t(4));
    // The session runs the bundle's networks.
    const QString img = dir_.filePath("in.png");
    cv::Mat rgb(40, 50, CV_8UC3, cv::Scalar(30, 120, 200));
    io::saveRgb(img.toStdString(), rgb);
    const auto x = io::loadModelImage(img.toStdString(), 32);
    QCOMPARE(x.sizes().vec(), (std::vector<int64_t>{1, 3, 32, 32}));
    m.session->setImage(core::Source::PoseA, x);
    m.session->setImage(core::Source::IdentityA, x);
    torch::NoGradGuard ng;
    g->eval();
    e->eval();
    auto ws = e->forward(x, g->wAvg());
    QVERIFY(torch::equal(m.session->render(), g->synthesize(ws).image.clamp(-1, 1)));
    // A bundle whose weights do not fit is an IoError naming the file.
    b.weights.pop_back();
    const QString bad = dir_.filePath("bad.pivq");
    try {
        io::editModelFromBundle(b, torch::kCPU, bad.toStdString());
        QFAIL("no error for missing weights");
    } catch (const io::IoError& ex) {
        QVERIFY2(QString(ex.what()).contains("bad.pivq"), ex.what());
    }
}

QTEST_GUILESS_MAIN(TestEditFiles)
#include "test_edit_files.moc"
