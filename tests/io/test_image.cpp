// engine/io/image: decoding to RGB8, conversions, atomic writes, clear errors.
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

#include "engine/io/image.h"
#include "tests/support/hostile_images.h"

using namespace pivq::io;

class TestImage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripThroughTensor();
    void savesAndLoadsPng();
    void convertsGray16AndAlpha_data();
    void convertsGray16AndAlpha();
    void badFilesAreClearErrors_data();
    void badFilesAreClearErrors();
    void squareResizeCrops();
    void readsOtherPixelFormats_data();
    void readsOtherPixelFormats();
    void headerIsCheckedBeforeDecoding_data();
    void headerIsCheckedBeforeDecoding();
};

namespace {
QString fixture(const char* name)
{
    return qEnvironmentVariable("PIVQ_SOURCE_DIR") + "/tests/data/images/" + name;
}
}  // namespace

void TestImage::roundTripThroughTensor()
{
    cv::Mat m(5, 7, CV_8UC3);
    cv::randu(m, 0, 256);
    auto t = toTensor(m);
    QCOMPARE(t.sizes().vec(), (std::vector<int64_t>{1, 3, 5, 7}));
    QVERIFY(t.min().item<float>() >= -1.0f && t.max().item<float>() <= 1.0f);
    cv::Mat back = fromTensor(t);
    QCOMPARE(cv::norm(m, back, cv::NORM_INF), 0.0);
    // Channel order is RGB: the first tensor channel is the Mat's first byte.
    QCOMPARE(qRound((t[0][0][0][0].item<float>() + 1) * 127.5), int(m.at<cv::Vec3b>(0, 0)[0]));
}

void TestImage::savesAndLoadsPng()
{
    QTemporaryDir dir;
    cv::Mat m(9, 4, CV_8UC3, cv::Scalar(10, 200, 30));
    const std::string p = dir.filePath("a.png").toStdString();
    saveRgb(p, m);
    cv::Mat back = loadRgb(p);
    QCOMPARE(cv::norm(m, back, cv::NORM_INF), 0.0);
    QVERIFY(!QFileInfo::exists(dir.filePath("a.png.tmp")));
}

void TestImage::convertsGray16AndAlpha_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("expected");  // value of every output byte
    QTest::newRow("gray8") << int(CV_8UC1) << 100;
    QTest::newRow("gray16") << int(CV_16UC1) << 100;
    QTest::newRow("bgra transparent") << int(CV_8UC4) << 255;
    QTest::newRow("bgra half transparent") << int(CV_8UC4 + 100) << 177;  // grey 100 at alpha 128 over white
}

void TestImage::convertsGray16AndAlpha()
{
    QFETCH(int, type);
    QFETCH(int, expected);
    QTemporaryDir dir;
    cv::Mat m(6, 6, type == CV_8UC4 + 100 ? CV_8UC4 : type);
    if (type == CV_16UC1) m.setTo(100 * 257);
    else if (type == CV_8UC4) m.setTo(cv::Scalar(0, 0, 0, 0));  // fully transparent black
    else if (type == CV_8UC4 + 100) m = cv::Mat(6, 6, CV_8UC4, cv::Scalar(100, 100, 100, 128));
    else m.setTo(100);
    const std::string p = dir.filePath("x.png").toStdString();
    QVERIFY(cv::imwrite(p, m));
    cv::Mat rgb = loadRgb(p);
    QCOMPARE(rgb.type(), CV_8UC3);
    double lo, hi;
    cv::minMaxLoc(rgb.reshape(1), &lo, &hi);
    QCOMPARE(int(lo), expected);
    QCOMPARE(int(hi), expected);
}

void TestImage::badFilesAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("text as png") << QByteArray("hello, I am not a picture") << "not an image";
    QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "damaged";
}

void TestImage::badFilesAreClearErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString p = dir.filePath("bad.png");
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    try {
        loadRgb(p.toStdString());
        QFAIL("no error");
    } catch (const IoError& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
        QVERIFY2(QString(e.what()).contains("bad.png"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(IoError, loadRgb(dir.filePath("missing.png").toStdString()));
}

void TestImage::readsOtherPixelFormats_data()
{
    // Files written by another encoder (tests/data/images, made with Pillow).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QVector<int>>("left");   // RGB of the top-left pixel, +-8
    QTest::addColumn<QVector<int>>("right");  // RGB of the top-right pixel, +-8
    QTest::newRow("CMYK JPEG (cyan | yellow ink)") << "cmyk.jpg" << QVector<int>{0, 255, 255} << QVector<int>{255, 255, 0};
    QTest::newRow("16-bit gray PNG") << "gray16.png" << QVector<int>{156, 156, 156} << QVector<int>{156, 156, 156};
    QTest::newRow("gray + alpha PNG, transparent") << "gray_alpha_transparent.png" << QVector<int>{255, 255, 255}
                                                   << QVector<int>{255, 255, 255};
    QTest::newRow("grayscale JPEG") << "gray.jpg" << QVector<int>{100, 100, 100} << QVector<int>{100, 100, 100};
}

void TestImage::readsOtherPixelFormats()
{
    QFETCH(QString, file);
    QFETCH(QVector<int>, left);
    QFETCH(QVector<int>, right);
    const cv::Mat rgb = loadRgb(fixture(qPrintable(file)).toStdString());
    QCOMPARE(rgb.type(), CV_8UC3);
    const cv::Vec3b l = rgb.at<cv::Vec3b>(0, 0), r = rgb.at<cv::Vec3b>(0, rgb.cols - 1);
    for (int c = 0; c < 3; ++c) {
        QVERIFY2(std::abs(l[c] - left[c]) <= 8, qPrintable(QString("left channel %1 is %2").arg(c).arg(l[c])));
        QVERIFY2(std::abs(r[c] - right[c]) <= 8, qPrintable(QString("right channel %1 is %2").arg(c).arg(r[c])));
    }
}

void TestImage::headerIsCheckedBeforeDecoding_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    for (const auto& h : pivq::testing::hostileImages()) QTest::newRow(h.row) << h.bytes << h.reason;
    const QByteArray png = pivq::testing::encodedNoise("PNG"), jpg = pivq::testing::encodedNoise("JPEG"),
                     bmp = pivq::testing::encodedNoise("BMP");
    QTest::newRow("PNG without IEND") << png.left(png.size() - 12) << "truncated";
    QTest::newRow("JPEG cut in its header") << jpg.left(40) << "damaged";
    QTest::newRow("BMP header only") << bmp.left(20) << "damaged";
    QTest::newRow("PNG 20000 wide") << pivq::testing::pngClaiming(20000, 2) << "too large";
    QByteArray bbomb = bmp;
    bbomb[18] = char(0x00), bbomb[19] = char(0x00), bbomb[20] = char(0x01), bbomb[21] = char(0x00);  // 65536 wide
    QTest::newRow("BMP bomb") << bbomb << "too large";
    QTest::newRow("GIF") << QByteArray("GIF89a\x10\0\x10\0\0\0\0;", 14) << "GIF";
    QTest::newRow("PNG of zero width") << pivq::testing::pngClaiming(0, 30) << "zero size";
    // The other header readers: PNM, TIFF, WebP.
    QTest::newRow("PNM bomb 50000x50000") << QByteArray("P6\n50000 50000\n255\n\0\0\0", 22) << "too large (50000x50000";
    QTest::newRow("PNM 10-digit size") << QByteArray("P5 1234567890 2 255\n") << "invalid size";
    QTest::newRow("PNM cut in its header") << QByteArray("P6\n# comment") << "the PNM header is cut short";
    auto le = [](std::initializer_list<std::pair<quint32, int>> fields) {
        QByteArray b;
        for (auto [v, bytes] : fields)
            for (int i = 0; i < bytes; ++i) b.append(char((v >> (8 * i)) & 0xff));
        return b;
    };
    // Little-endian TIFF, one directory at offset 8: ImageWidth and ImageLength (LONG) 100000.
    const QByteArray tiffBomb = QByteArray("II*\0", 4) + le({{8, 4}, {2, 2}}) +
                                le({{256, 2}, {4, 2}, {1, 4}, {100000, 4}}) +
                                le({{257, 2}, {4, 2}, {1, 4}, {100000, 4}}) + le({{0, 4}});
    QTest::newRow("TIFF bomb 100000x100000") << tiffBomb << "too large (100000x100000";
    QTest::newRow("TIFF directory outside the file")
        << QByteArray("II*\0", 4) + le({{1000, 4}}) << "lies outside the file";
    QTest::newRow("TIFF without a size") << QByteArray("II*\0", 4) + le({{8, 4}, {0, 2}, {0, 4}})
                                         << "gives no image size";
    QTest::newRow("BigTIFF") << QByteArray("II+\0", 4) + le({{8, 2}, {0, 2}, {16, 4}, {0, 4}}) << "BigTIFF";
    // WebP: an extended canvas 16777216 wide; a lossy frame cut short; an unknown first chunk.
    const QByteArray riff = QByteArray("RIFF", 4) + le({{30, 4}}) + QByteArray("WEBP", 4);
    QTest::newRow("WebP bomb 16777216 wide")
        << riff + QByteArray("VP8X", 4) + le({{10, 4}, {0, 4}, {0xFFFFFF, 3}, {0, 3}}) << "too large (16777216x1";
    QTest::newRow("WebP lossy cut short") << riff + QByteArray("VP8 ", 4) + le({{10, 4}}) << "cut short or damaged";
    QTest::newRow("WebP unknown chunk") << riff + QByteArray("ABCD", 4) + le({{0, 4}}) << "unknown first chunk";
}

void TestImage::headerIsCheckedBeforeDecoding()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const std::vector<uint8_t> bytes(content.begin(), content.end());
    try {
        decodeRgb(bytes, "in.png");
        QFAIL("no error");
    } catch (const IoError& e) {
        QVERIFY2(QString(e.what()).startsWith("in.png: "), e.what());
        QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
}

void TestImage::squareResizeCrops()
{
    cv::Mat m(20, 40, CV_8UC3, cv::Scalar(0, 0, 0));
    m(cv::Rect(10, 0, 20, 20)).setTo(cv::Scalar(255, 255, 255));  // the centre square is white
    cv::Mat s = squareResize(m, 8);
    QCOMPARE(s.rows, 8);
    QCOMPARE(s.cols, 8);
    QCOMPARE(cv::mean(s)[0], 255.0);
}

QTEST_APPLESS_MAIN(TestImage)
#include "test_image.moc"
