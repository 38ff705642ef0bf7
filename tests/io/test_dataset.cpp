// engine/io/dataset: folders and zips of images with bad files mixed in, batches, the
// decoded-once cache (used, invalidated, repaired), cancellation.
#include <QtTest>

#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>

#include "engine/io/dataset.h"
#include "engine/io/image.h"
#include "tests/support/hostile_images.h"
#include "tests/support/zip_files.h"

using namespace pivq::io;

namespace {

constexpr int kRes = 16;

QByteArray encoded(const char* ext, cv::Scalar bgr, int w, int h)
{
    cv::Mat m(h, w, CV_8UC3, bgr);
    m(cv::Rect(w / 4, h / 4, w / 2, h / 2)).setTo(cv::Scalar(255, 255, 255));
    std::vector<uint8_t> buf;
    cv::imencode(ext, m, buf);
    return QByteArray(reinterpret_cast<const char*>(buf.data()), qsizetype(buf.size()));
}

// The test tree, relative name -> content: 3 good images (one with an upper-case
// extension, nested two levels deep), 2 bad ones, 1 file that is not an image at all.
std::vector<std::pair<QString, QByteArray>> treeFiles()
{
    return {
        {"a.png", encoded(".png", cv::Scalar(0, 0, 255), 40, 30)},
        {"empty.jpg", QByteArray()},
        {"notes.txt", QByteArray("not an image, not counted")},
        {"sub/b.jpg", encoded(".jpg", cv::Scalar(0, 255, 0), 20, 20)},
        {"sub/deeper/c.PNG", encoded(".png", cv::Scalar(255, 0, 0), 16, 48)},
        {"sub/fake.png", QByteArray("this text file pretends to be a PNG")},
    };
}

void writeTree(const QString& root, const std::vector<std::pair<QString, QByteArray>>& files)
{
    for (const auto& [name, bytes] : files) {
        const QString p = root + "/" + name;
        QVERIFY(QDir().mkpath(QFileInfo(p).path()));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
}

void writeZip(const QString& path, const std::vector<std::pair<QString, QByteArray>>& files)
{
    // With a directory entry and macOS resource-fork junk, as archivers make them.
    pivq::testing::ZipEntries entries{{"sub/", QByteArray()}};
    entries.insert(entries.end(), files.begin(), files.end());
    entries.emplace_back("__MACOSX/sub/._b.jpg", QByteArray("resource fork junk"));
    QVERIFY(pivq::testing::writeZip(path, entries));
}

void checkTreeReport(const ImageDataset& ds)
{
    QCOMPARE(ds.size(), int64_t(3));
    QCOMPARE(ds.resolution(), kRes);
    QCOMPARE(ds.report().usable, int64_t(3));
    QCOMPARE(ds.report().skipped, int64_t(2));
    QCOMPARE(ds.report().first_skipped.size(), size_t(2));
    const QString first = QString::fromStdString(ds.report().first_skipped[0]);
    const QString second = QString::fromStdString(ds.report().first_skipped[1]);
    QVERIFY2(first.startsWith("empty.jpg: ") && first.contains("empty"), qPrintable(first));
    QVERIFY2(second.startsWith("sub/fake.png: ") && second.contains("not an image"), qPrintable(second));
    const torch::Tensor im = ds.images();
    QCOMPARE(im.sizes().vec(), (std::vector<int64_t>{3, 3, kRes, kRes}));
    QCOMPARE(im.scalar_type(), torch::kUInt8);
}

std::string openError(const std::string& path)
{
    try {
        ImageDataset::open(path, kRes);
    } catch (const IoError& e) {
        return e.what();
    }
    return "(no error)";
}

QStringList cacheFiles(const QString& dir)
{
    return QDir(dir).entryList({"*.safetensors"}, QDir::Files);
}

}  // namespace

class TestDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void folderWithBadFiles();
    void zipWithBadFiles();
    void zeroUsableImagesIsAnError_data();
    void zeroUsableImagesIsAnError();
    void batchIsScaledLikeToTensor();
    void cacheIsUsedAndRepaired();
    void cancelStops();
    void fromImages();
    void listingAndPartialReads_data();
    void listingAndPartialReads();
    void hostileImagesAreSkippedWithTheirReason_data();
    void hostileImagesAreSkippedWithTheirReason();
    void zipBombsAndDamagedEntriesAreSkipped();
};

void TestDataset::folderWithBadFiles()
{
    QTemporaryDir dir;
    writeTree(dir.path(), treeFiles());
    std::vector<std::pair<int64_t, int64_t>> calls;
    const ImageDataset ds = ImageDataset::open(dir.path().toStdString(), kRes,
                                               [&](int64_t done, int64_t total) { calls.emplace_back(done, total); });
    checkTreeReport(ds);
    QVERIFY(!ds.report().from_cache);
    // Progress counts the five image-named files, ending at total.
    QVERIFY(!calls.empty());
    QCOMPARE(calls.back(), std::make_pair(int64_t(5), int64_t(5)));
    // Sorted by relative path: a.png (red), sub/b.jpg (green), sub/deeper/c.PNG (blue) at a corner.
    const torch::Tensor im = ds.images();
    QCOMPARE(im[0][0][0][0].item<int>(), 255);
    QVERIFY(std::abs(im[1][1][0][0].item<int>() - 255) <= 8);  // JPEG
    QCOMPARE(im[2][2][0][0].item<int>(), 255);
    // The white centre square survived the crop and resize.
    QCOMPARE(im[0][1][kRes / 2][kRes / 2].item<int>(), 255);
}

void TestDataset::zipWithBadFiles()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath("faces.ZIP");
    writeZip(zip, treeFiles());
    const ImageDataset ds = ImageDataset::open(zip.toStdString(), kRes);
    checkTreeReport(ds);

    // The same pixels as from the folder (entries are in zip order, which is the sorted order here).
    QTemporaryDir tree;
    writeTree(tree.path(), treeFiles());
    QVERIFY(torch::equal(ds.images(), ImageDataset::open(tree.path().toStdString(), kRes).images()));
}

void TestDataset::zeroUsableImagesIsAnError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("only bad images") << "bad"
                                     << "no usable images (2 files could not be read)";
    QTest::newRow("no image files") << "none"
                                    << "no images found";
    QTest::newRow("missing") << "missing"
                             << "no such file or folder";
    QTest::newRow("not a zip") << "file"
                               << "not a folder or a .zip file";
    QTest::newRow("damaged zip") << "badzip"
                                 << "cannot read it as a zip archive";
}

void TestDataset::zeroUsableImagesIsAnError()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QString path = dir.filePath("data");
    QDir().mkpath(path);
    if (kind == "bad") {
        writeTree(path, {{"x/text.png", QByteArray("hello")}, {"y.jpeg", QByteArray("\xff\xd8\xff", 3)}});
    } else if (kind == "none") {
        writeTree(path, {{"readme.md", QByteArray("# nothing")}});
    } else if (kind == "missing") {
        path = dir.filePath("nowhere");
    } else if (kind == "file") {
        path = dir.filePath("image.png");
        writeTree(dir.path(), {{"image.png", encoded(".png", cv::Scalar(1, 2, 3), 8, 8)}});
    } else {
        path = dir.filePath("broken.zip");
        writeTree(dir.path(), {{"broken.zip", QByteArray("PK\x03\x04 and then nothing useful")}});
    }
    const QString msg = QString::fromStdString(openError(path.toStdString()));
    QVERIFY2(msg.startsWith(path + ": "), qPrintable(msg));
    QVERIFY2(msg.contains(expected), qPrintable(msg));
    if (kind == "bad") {
        QVERIFY2(msg.contains("x/text.png: ") && msg.contains("y.jpeg: "), qPrintable(msg));
    }
}

void TestDataset::batchIsScaledLikeToTensor()
{
    QTemporaryDir dir;
    writeTree(dir.path(), treeFiles());
    const ImageDataset ds = ImageDataset::open(dir.path().toStdString(), kRes);
    const torch::Tensor b = ds.batch({2, 0, 2});
    QCOMPARE(b.sizes().vec(), (std::vector<int64_t>{3, 3, kRes, kRes}));
    QCOMPARE(b.scalar_type(), torch::kFloat32);
    QVERIFY(b.min().item<float>() >= -1.0f && b.max().item<float>() <= 1.0f);
    QCOMPARE(b.min().item<float>(), -1.0f);
    QCOMPARE(b.max().item<float>(), 1.0f);
    // Same scaling as image.h: toTensor of the decoded, resized file.
    const cv::Mat a = squareResize(loadRgb(dir.filePath("a.png").toStdString()), kRes);
    QVERIFY(torch::equal(b[1], toTensor(a)[0]));
    QVERIFY(torch::equal(b[0], b[2]));
    QCOMPARE(ds.batch({}).size(0), int64_t(0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, ds.batch({3}));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, ds.batch({-1}));
}

void TestDataset::cacheIsUsedAndRepaired()
{
    QTemporaryDir dir, cache;
    const QString root = dir.filePath("data");
    writeTree(root, treeFiles());
    const QString cacheDir = cache.filePath("pivq/cache");  // created on demand
    const std::string p = root.toStdString(), c = cacheDir.toStdString();

    const ImageDataset first = ImageDataset::open(p, kRes, {}, {}, c);
    QVERIFY(!first.report().from_cache);
    QCOMPARE(cacheFiles(cacheDir).size(), 1);

    const ImageDataset second = ImageDataset::open(p, kRes, {}, {}, c);
    QVERIFY(second.report().from_cache);
    checkTreeReport(second);
    QVERIFY(torch::equal(first.images(), second.images()));

    // Another resolution is another cache entry.
    QVERIFY(!ImageDataset::open(p, 8, {}, {}, c).report().from_cache);
    QCOMPARE(cacheFiles(cacheDir).size(), 2);
    QVERIFY(ImageDataset::open(p, 8, {}, {}, c).report().from_cache);

    // A corrupt cache file is ignored, then rewritten.
    for (const QString& f : cacheFiles(cacheDir)) {
        QFile file(cacheDir + "/" + f);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("garbage garbage garbage");
        file.resize(file.size() - 5);
    }
    const ImageDataset repaired = ImageDataset::open(p, kRes, {}, {}, c);
    QVERIFY(!repaired.report().from_cache);
    QVERIFY(torch::equal(first.images(), repaired.images()));
    QVERIFY(ImageDataset::open(p, kRes, {}, {}, c).report().from_cache);

    // A changed source is decoded again.
    writeTree(root, {{"sub/d.png", encoded(".png", cv::Scalar(9, 9, 9), 10, 10)}});
    const ImageDataset changed = ImageDataset::open(p, kRes, {}, {}, c);
    QVERIFY(!changed.report().from_cache);
    QCOMPARE(changed.size(), int64_t(4));

    // Zips are cached too.
    const QString zip = dir.filePath("data.zip");
    writeZip(zip, treeFiles());
    QVERIFY(!ImageDataset::open(zip.toStdString(), kRes, {}, {}, c).report().from_cache);
    const ImageDataset zipCached = ImageDataset::open(zip.toStdString(), kRes, {}, {}, c);
    QVERIFY(zipCached.report().from_cache);
    QVERIFY(torch::equal(zipCached.images(), first.images()));
}

void TestDataset::cancelStops()
{
    QTemporaryDir dir;
    writeTree(dir.path(), treeFiles());
    int polls = 0;
    try {
        ImageDataset::open(dir.path().toStdString(), kRes, {}, [&] { return ++polls > 2; });
        QFAIL("no error");
    } catch (const IoError& e) {
        QVERIFY2(QString(e.what()).endsWith(": cancelled"), e.what());
    }
    QCOMPARE(polls, 3);
}

void TestDataset::fromImages()
{
    const torch::Tensor im = torch::randint(0, 256, {5, 3, 8, 8}).to(torch::kUInt8);
    const ImageDataset ds = ImageDataset::fromImages(im);
    QCOMPARE(ds.size(), int64_t(5));
    QCOMPARE(ds.resolution(), 8);
    QCOMPARE(ds.report().usable, int64_t(5));
    QVERIFY(torch::equal(ds.images(), im));
    QVERIFY(torch::allclose(ds.batch({4})[0], im[4].to(torch::kFloat32) / 127.5 - 1.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageDataset::fromImages(torch::zeros({5, 3, 8, 8})));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             ImageDataset::fromImages(torch::zeros({5, 1, 8, 8}, torch::kUInt8)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             ImageDataset::fromImages(torch::zeros({0, 3, 8, 8}, torch::kUInt8)));
}

void TestDataset::listingAndPartialReads_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("folder") << false;
    QTest::newRow("zip") << true;
}

void TestDataset::listingAndPartialReads()
{
    // What the training dialog's probe builds on: the files open() reads, listed without
    // reading them, then read in part (headers), whole, or skipped.
    QFETCH(bool, zip);
    QTemporaryDir dir;
    QString path = dir.path();
    if (zip) {
        path = dir.filePath("faces.zip");
        writeZip(path, treeFiles());
    } else {
        writeTree(path, treeFiles());
    }
    const DatasetFiles files = listDatasetFiles(path.toStdString());
    QCOMPARE(files.zip, zip);
    std::vector<std::string> names;
    for (const auto& f : files.files) names.push_back(f.name);
    QCOMPARE(names, (std::vector<std::string>{"a.png", "empty.jpg", "sub/b.jpg", "sub/deeper/c.PNG", "sub/fake.png"}));
    QCOMPARE(files.files[0].bytes, int64_t(treeFiles()[0].second.size()));

    std::vector<std::pair<std::string, size_t>> seen;
    std::string problems;
    readDatasetFiles(
        files,
        [](const DatasetFile& f) { return f.name == "sub/b.jpg" ? kSkipFile
                                          : f.name == "a.png"   ? kWholeFile
                                                                : 8; },
        [&](const DatasetFile& f, const std::vector<uint8_t>& bytes, const std::string& problem) {
            problems += problem;
            seen.emplace_back(f.name, bytes.size());
            return true;
        });
    QCOMPARE(problems, std::string());
    const size_t whole = size_t(treeFiles()[0].second.size());
    QCOMPARE(seen, (std::vector<std::pair<std::string, size_t>>{
                       {"a.png", whole}, {"empty.jpg", 0}, {"sub/deeper/c.PNG", 8}, {"sub/fake.png", 8}}));
    // The first bytes are the file's own (a PNG signature); returning false stops.
    std::vector<std::string> firsts;
    readDatasetFiles(
        files, [](const DatasetFile&) { return int64_t(4); },
        [&](const DatasetFile& f, const std::vector<uint8_t>& bytes, const std::string&) {
            firsts.push_back(f.name + ":" + std::string(bytes.begin() + 1, bytes.end()));
            return false;
        });
    QCOMPARE(firsts, std::vector<std::string>{"a.png:PNG"});

    QTemporaryDir empty;
    QVERIFY(listDatasetFiles(empty.path().toStdString()).files.empty());  // not an error here
    QVERIFY_THROWS_EXCEPTION(IoError, listDatasetFiles(empty.filePath("missing").toStdString()));
}

void TestDataset::hostileImagesAreSkippedWithTheirReason_data()
{
    QTest::addColumn<bool>("zip");
    QTest::newRow("folder") << false;
    QTest::newRow("zip") << true;
}

void TestDataset::hostileImagesAreSkippedWithTheirReason()
{
    // Two good images among every hostile one; in a zip also a name that climbs out of the
    // archive (entries are read into memory, never extracted, so it is just another image).
    QFETCH(bool, zip);
    std::vector<std::pair<QString, QByteArray>> files = {{"good1.png", encoded(".png", cv::Scalar(0, 0, 255), 20, 20)},
                                                         {"good2.jpg", encoded(".jpg", cv::Scalar(0, 255, 0), 20, 20)}};
    const auto hostile = pivq::testing::hostileImages();
    for (size_t i = 0; i < hostile.size(); ++i) files.emplace_back(QString("bad%1.png").arg(i), hostile[i].bytes);
    QTemporaryDir dir;
    QString path = dir.filePath("tree");
    if (zip) {
        files.emplace_back("../escape.png", encoded(".png", cv::Scalar(255, 0, 0), 20, 20));
        path = dir.filePath("faces.zip");
        writeZip(path, files);
    } else {
        writeTree(path, files);
    }
    const ImageDataset ds = ImageDataset::open(path.toStdString(), kRes);
    QCOMPARE(ds.size(), int64_t(zip ? 3 : 2));
    QCOMPARE(ds.report().skipped, int64_t(hostile.size()));
    QVERIFY(!QFileInfo::exists(dir.filePath("escape.png")));
    // The report names the first few, each with its reason.
    QVERIFY(!ds.report().first_skipped.empty());
    for (const std::string& s : ds.report().first_skipped) {
        const QString line = QString::fromStdString(s);
        bool explained = false;
        for (const auto& h : hostile) explained = explained || line.contains(h.reason);
        QVERIFY2(explained && line.contains("bad"), qPrintable(line));
    }
}

void TestDataset::zipBombsAndDamagedEntriesAreSkipped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("faces.zip");
    const QByteArray png = encoded(".png", cv::Scalar(0, 0, 255), 20, 20);
    writeZip(path, {{"good1.png", png},
                    {"good2.png", encoded(".png", cv::Scalar(0, 255, 0), 20, 20)},
                    {"liar.png", png},
                    {"ratio.png", png},
                    {"flipped.png", png}});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray raw = f.readAll();
    auto centralEntry = [&](const char* name) {
        const qsizetype at = raw.lastIndexOf(QByteArray("PK\x01\x02", 4), raw.lastIndexOf(name));
        return at > 0 ? at : qsizetype(-1);
    };
    // liar.png claims 3 GB in the central directory; ratio.png 200 MB, a ratio no deflate stream
    // can reach; flipped.png has a damaged byte in its data.
    qsizetype cd = centralEntry("liar.png");
    QVERIFY(cd > 0);
    raw[cd + 24] = 0, raw[cd + 25] = 0, raw[cd + 26] = 0, raw[cd + 27] = char(0xC0);
    cd = centralEntry("ratio.png");
    QVERIFY(cd > 0);
    raw[cd + 24] = 0, raw[cd + 25] = 0, raw[cd + 26] = char(0x80), raw[cd + 27] = char(0x0C);
    const qsizetype local = raw.indexOf("flipped.png");
    QVERIFY(local > 0);
    raw[local + 11 + 40] = char(raw[local + 11 + 40] ^ 0x55);
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(raw), raw.size());
    f.close();

    const ImageDataset ds = ImageDataset::open(path.toStdString(), kRes);
    QCOMPARE(ds.size(), int64_t(2));
    QCOMPARE(ds.report().skipped, int64_t(3));
    const auto& skipped = ds.report().first_skipped;
    auto said = [&](const char* name, const char* why) {
        for (const auto& line : skipped)
            if (QString::fromStdString(line).contains(name) && QString::fromStdString(line).contains(why)) return true;
        return false;
    };
    QVERIFY(said("liar.png", "too large"));
    QVERIFY(said("ratio.png", "impossible"));
    QVERIFY(said("flipped.png", "damaged") || said("flipped.png", "truncated") || said("flipped.png", "not an image"));
}

QTEST_APPLESS_MAIN(TestDataset)
#include "test_dataset.moc"
