// engine/io/toyfaces: deterministic sampling, the pose/identity separation contract, visible
// factors at 32 px, JSON and the files of a dataset.
#include <QtTest>

#include <torch/torch.h>
#include <opencv2/imgproc.hpp>
#include <set>

#include "engine/io/image.h"
#include "engine/io/toyfaces.h"

using namespace pivq;
using namespace pivq::io;
namespace tf = pivq::io::toyfaces;

namespace {

using Rgb = std::array<uint8_t, 3>;

// Per pixel, the largest absolute channel difference (CV_8U).
cv::Mat diffMap(const cv::Mat& a, const cv::Mat& b)
{
    cv::Mat d;
    cv::absdiff(a, b, d);
    std::vector<cv::Mat> ch;
    cv::split(d, ch);
    cv::Mat m = cv::max(cv::max(ch[0], ch[1]), ch[2]);
    return m;
}

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

// Pixels that differ by more than `threshold` in some channel.
int changedPixels(const cv::Mat& a, const cv::Mat& b, int threshold = 48)
{
    return cv::countNonZero(diffMap(a, b) > threshold);
}

std::string dump(const tf::Factors& f)
{
    return tf::toJson(f).dump();
}

// A centred, neutral face with a striped background, the identity of sample(3, 0).
tf::Factors baseFactors()
{
    tf::Factors f;
    f.identity = tf::sample(3, 0).identity;
    f.identity.pattern = tf::kPatternStripes;
    f.identity.hair_style = tf::kHairShort;
    f.identity.freckles = 0.0;
    return f;
}

double& poseField(tf::Pose& p, const QString& name)
{
    if (name == "x") return p.x;
    if (name == "y") return p.y;
    if (name == "scale") return p.scale;
    if (name == "roll") return p.roll;
    if (name == "eye_open") return p.eye_open;
    if (name == "mouth_open") return p.mouth_open;
    if (name == "mouth_width") return p.mouth_width;
    if (name == "gaze_x") return p.gaze_x;
    if (name == "gaze_y") return p.gaze_y;
    qFatal("unknown pose field %s", qPrintable(name));
}

Rgb* colourField(tf::Identity& id, const QString& name)
{
    if (name == "skin") return &id.skin;
    if (name == "hair") return &id.hair;
    if (name == "iris") return &id.iris;
    if (name == "lips") return &id.lips;
    if (name == "background") return &id.background;
    if (name == "pattern_color") return &id.pattern_color;
    return nullptr;
}

// Pixels showing nothing but background: those that take the full difference when the
// background and pattern go from black to white; eroded once, so "far" from the face.
cv::Mat pureBackground(tf::Factors f, int resolution)
{
    f.identity.background = f.identity.pattern_color = {0, 0, 0};
    const cv::Mat black = tf::render(f, resolution);
    f.identity.background = f.identity.pattern_color = {255, 255, 255};
    const cv::Mat white = tf::render(f, resolution);
    cv::Mat mask = diffMap(black, white) == 255;
    cv::erode(mask, mask, cv::Mat::ones(3, 3, CV_8U));
    return mask;
}

// How much each pixel depends on one identity colour (`probe`): the difference between
// renders with that colour dark and light. Shapes that do not move give the same map.
cv::Mat influence(tf::Factors f, const QString& probe, int resolution)
{
    *colourField(f.identity, probe) = {20, 20, 20};
    const cv::Mat dark = tf::render(f, resolution);
    *colourField(f.identity, probe) = {235, 235, 235};
    return diffMap(dark, tf::render(f, resolution));
}

// A copy of an object without `key`.
json::Value without(const json::Value& obj, const std::string& key)
{
    json::Value out = json::Value::object();
    for (const auto& kv : obj.asObject())
        if (kv.first != key) out[kv.first] = kv.second;
    return out;
}

}  // namespace

class TestToyFaces : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samplingIsDeterministic();
    void samplingIsPinned();
    void factorsStayInRanges();
    void swapCombinesIdentityAndPose();
    void poseFactorMovesOnlyShapes_data();
    void poseFactorMovesOnlyShapes();
    void identityFactorKeepsShapes_data();
    void identityFactorKeepsShapes();
    void jsonRoundTripIsExact();
    void badJsonIsAClearError_data();
    void badJsonIsAClearError();
    void resolutions_data();
    void resolutions();
    void badArgumentsAreErrors();
    void renderBatchMatchesRender();
    void writesDataset();
    void writesPairs();
    void previewGrid();
};

void TestToyFaces::samplingIsDeterministic()
{
    for (int64_t i = 0; i < 8; ++i) {
        const tf::Factors a = tf::sample(42, i), b = tf::sample(42, i);
        QCOMPARE(dump(a), dump(b));
        QVERIFY(identical(tf::render(a, 32), tf::render(b, 32)));
        const tf::Factors next = tf::sample(42, i + 1), otherSeed = tf::sample(43, i);
        QVERIFY(dump(a) != dump(next));
        QVERIFY(dump(a) != dump(otherSeed));
        QVERIFY(!identical(tf::render(a, 32), tf::render(next, 32)));
    }
}

void TestToyFaces::samplingIsPinned()
{
    // The generator is the project's own, so these values hold on every platform; a change
    // here changes every toy-face dataset and the shipped model's training data.
    const tf::Factors f = tf::sample(1, 0);
    QCOMPARE(f.pose.x, 0.096038);
    QCOMPARE(f.pose.roll, -6.979685);
    QCOMPARE(int(f.identity.skin[0]), 234);
    QCOMPARE(f.identity.hair_style, int(tf::kHairBun));
    QCOMPARE(f.identity.pattern, int(tf::kPatternChecker));
}

void TestToyFaces::factorsStayInRanges()
{
    const int n = 3000;
    std::array<int, tf::kPatternCount> patterns{};
    std::array<int, tf::kHairStyleCount> styles{};
    double minX = 1, maxX = -1, minEye = 1, minRoll = 0, maxRoll = 0;
    int noFreckles = 0;
    auto dist = [](const Rgb& a, const Rgb& b) {
        return std::sqrt(std::pow(a[0] - b[0], 2) + std::pow(a[1] - b[1], 2) + std::pow(a[2] - b[2], 2));
    };
    for (int i = 0; i < n; ++i) {
        const tf::Factors f = tf::sample(7, i);
        const tf::Pose& p = f.pose;
        const tf::Identity& id = f.identity;
        QVERIFY(std::abs(p.x) <= tf::kMaxOffset && std::abs(p.y) <= tf::kMaxOffset);
        QVERIFY(p.scale >= tf::kMinScale && p.scale <= tf::kMaxScale);
        QVERIFY(std::abs(p.roll) <= tf::kMaxRoll);
        QVERIFY(p.eye_open >= 0 && p.eye_open <= 1 && p.mouth_open >= 0 && p.mouth_open <= 1);
        QVERIFY(p.mouth_width >= tf::kMinMouthWidth && p.mouth_width <= tf::kMaxMouthWidth);
        QVERIFY(std::abs(p.gaze_x) <= 1 && std::abs(p.gaze_y) <= 1);
        QVERIFY(id.pattern >= 0 && id.pattern < tf::kPatternCount);
        QVERIFY(id.hair_style >= 0 && id.hair_style < tf::kHairStyleCount);
        QVERIFY(id.pattern_period >= tf::kMinPeriod && id.pattern_period <= tf::kMaxPeriod);
        QVERIFY(id.pattern_phase >= 0 && id.pattern_phase < 1);
        QVERIFY(id.freckles >= 0 && id.freckles <= 1);
        // Readable faces: the skin stands out from the background, its pattern and the hair.
        QVERIFY2(dist(id.skin, id.background) >= 120, qPrintable(QString::number(i)));
        QVERIFY2(dist(id.skin, id.pattern_color) >= 100, qPrintable(QString::number(i)));
        QVERIFY2(dist(id.skin, id.hair) >= 90, qPrintable(QString::number(i)));
        QVERIFY2(dist(id.background, id.pattern_color) >= 45, qPrintable(QString::number(i)));
        ++patterns[id.pattern];
        ++styles[id.hair_style];
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minEye = std::min(minEye, p.eye_open);
        minRoll = std::min(minRoll, p.roll);
        maxRoll = std::max(maxRoll, p.roll);
        noFreckles += id.freckles == 0;
    }
    // The ranges are used, not just respected.
    QVERIFY(minX < -0.11 && maxX > 0.11);
    QVERIFY(minRoll < -24 && maxRoll > 24);
    QVERIFY(minEye < 0.05);
    QVERIFY(noFreckles > n / 3 && noFreckles < 2 * n / 3);
    for (int c : patterns) QVERIFY(c > n / tf::kPatternCount / 2);
    for (int c : styles) QVERIFY(c > n / tf::kHairStyleCount / 2);
}

void TestToyFaces::swapCombinesIdentityAndPose()
{
    for (int64_t i = 0; i < 4; ++i) {
        const tf::Factors a = tf::sample(9, 2 * i), b = tf::sample(9, 2 * i + 1);
        const cv::Mat imageA = tf::render(a, 32), imageB = tf::render(b, 32);
        QVERIFY(identical(tf::renderSwap(a, a, 32), imageA));
        const cv::Mat swap = tf::renderSwap(a, b, 32);
        QVERIFY(identical(swap, tf::render(tf::Factors{b.pose, a.identity}, 32)));
        QVERIFY(changedPixels(swap, imageA) > 20);
        QVERIFY(changedPixels(swap, imageB) > 20);
    }
}

void TestToyFaces::poseFactorMovesOnlyShapes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("minChanged");  // pixels of a 32 px image that must visibly change
    QTest::newRow("x right") << "x" << 0.12 << 120;
    QTest::newRow("y up") << "y" << -0.12 << 120;
    QTest::newRow("scale up") << "scale" << 1.15 << 75;
    QTest::newRow("scale down") << "scale" << 0.8 << 75;
    QTest::newRow("roll") << "roll" << 25.0 << 60;
    QTest::newRow("roll back") << "roll" << -25.0 << 60;
    QTest::newRow("eyes closed") << "eye_open" << 0.0 << 20;
    QTest::newRow("mouth open") << "mouth_open" << 1.0 << 10;
    QTest::newRow("mouth wide") << "mouth_width" << 1.4 << 3;
    QTest::newRow("mouth narrow") << "mouth_width" << 0.6 << 3;
    QTest::newRow("gaze left") << "gaze_x" << -1.0 << 8;
    QTest::newRow("gaze up") << "gaze_y" << -1.0 << 7;
    QTest::newRow("gaze down") << "gaze_y" << 1.0 << 8;
}

void TestToyFaces::poseFactorMovesOnlyShapes()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(int, minChanged);
    const int res = 32;
    const tf::Factors base = baseFactors();
    tf::Factors moved = base;
    poseField(moved.pose, field) = value;
    const cv::Mat a = tf::render(base, res), b = tf::render(moved, res);
    // Visible at 32 px.
    const int changed = changedPixels(a, b);
    QVERIFY2(changed >= minChanged, qPrintable(QString("only %1 pixels changed").arg(changed)));
    // The background pattern, fixed to the image, is untouched wherever the face is not.
    const cv::Mat far = pureBackground(base, res) & pureBackground(moved, res);
    QVERIFY2(cv::countNonZero(far) > res * res / 4, "too little pure background to compare");
    cv::Scalar mean, stddev;
    cv::meanStdDev(a, mean, stddev, far);
    QVERIFY2(stddev[0] + stddev[1] + stddev[2] > 5, "the compared background has no pattern");
    QCOMPARE(cv::countNonZero(diffMap(a, b) & far), 0);
}

void TestToyFaces::identityFactorKeepsShapes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");  // a colour "r,g,b" or a number
    QTest::addColumn<QString>("probe");  // colours whose influence maps must not change
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("minChanged");
    // clang-format off
    QTest::newRow("hair colour") << "hair" << "200,30,160" << "skin,lips,iris" << 32 << 50;
    QTest::newRow("iris colour") << "iris" << "230,200,20" << "skin" << 32 << 6;
    QTest::newRow("lip colour") << "lips" << "20,40,200" << "skin" << 32 << 5;
    QTest::newRow("background") << "background" << "240,240,240" << "skin,hair" << 32 << 190;
    QTest::newRow("pattern colour") << "pattern_color" << "10,10,10" << "skin" << 32 << 180;
    QTest::newRow("pattern dots") << "pattern" << "2" << "skin" << 32 << 150;
    QTest::newRow("pattern checker") << "pattern" << "3" << "skin" << 32 << 160;
    QTest::newRow("pattern none") << "pattern" << "0" << "skin" << 32 << 180;
    QTest::newRow("pattern period") << "pattern_period" << "0.24" << "skin" << 32 << 170;
    QTest::newRow("pattern phase") << "pattern_phase" << "0.5" << "skin" << 32 << 290;
    QTest::newRow("skin colour") << "skin" << "120,70,40" << "lips,iris,hair" << 32 << 75;
    // Hair style and freckles add shapes of their own but move nothing else.
    QTest::newRow("hair long") << "hair_style" << "1" << "lips,iris" << 32 << 90;
    QTest::newRow("hair afro") << "hair_style" << "2" << "lips,iris" << 32 << 75;
    QTest::newRow("hair spiky") << "hair_style" << "3" << "lips,iris" << 32 << 20;
    QTest::newRow("hair bun") << "hair_style" << "4" << "lips,iris" << 32 << 11;
    QTest::newRow("freckles") << "freckles" << "1" << "lips,iris,hair" << 64 << 15;
}

void TestToyFaces::identityFactorKeepsShapes()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, probe);
    QFETCH(int, resolution);
    QFETCH(int, minChanged);
    const tf::Factors base = baseFactors();
    tf::Factors changed = base;
    tf::Identity& id = changed.identity;
    if (Rgb* c = colourField(id, field)) {
        const QStringList parts = value.split(',');
        *c = {uint8_t(parts[0].toInt()), uint8_t(parts[1].toInt()), uint8_t(parts[2].toInt())};
    } else if (field == "pattern") {
        id.pattern = value.toInt();
    } else if (field == "pattern_period") {
        id.pattern_period = value.toDouble();
    } else if (field == "pattern_phase") {
        id.pattern_phase = value.toDouble();
    } else if (field == "hair_style") {
        id.hair_style = value.toInt();
    } else if (field == "freckles") {
        id.freckles = value.toDouble();
    } else {
        QFAIL("unknown field");
    }
    const int n = changedPixels(tf::render(base, resolution), tf::render(changed, resolution));
    QVERIFY2(n >= minChanged, qPrintable(QString("only %1 pixels changed").arg(n)));
    // Each probe colour shows in exactly the same places, to the rounding of the blending.
    for (const QString& p : probe.split(',')) {
        const cv::Mat a = influence(base, p, resolution), b = influence(changed, p, resolution);
        QVERIFY(cv::countNonZero(a > 128) > 0);
        const double d = cv::norm(a, b, cv::NORM_INF);
        QVERIFY2(d <= 3, qPrintable(QString("%1 moved: difference %2").arg(p).arg(d)));
    }
}

void TestToyFaces::jsonRoundTripIsExact()
{
    for (int64_t i = 0; i < 10; ++i) {
        const tf::Factors f = tf::sample(5, i);
        const std::string text = tf::toJson(f).dump(2);
        const tf::Factors back = tf::fromJson(json::parse(text));
        QCOMPARE(tf::toJson(back).dump(2), text);
        QVERIFY(identical(tf::render(back, 32), tf::render(f, 32)));  // quantised factors survive the text
    }
    // Other keys are ignored, so that a dataset entry {"file": ..., "pose": ...} reads directly.
    json::Value entry = tf::toJson(tf::sample(5, 0));
    entry["file"] = "000000.png";
    QCOMPARE(dump(tf::fromJson(entry)), dump(tf::sample(5, 0)));
}

void TestToyFaces::badJsonIsAClearError_data()
{
    QTest::addColumn<QString>("group");  // "" for the root
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");  // JSON text, or empty to remove the key
    QTest::addColumn<QString>("expected");
    // clang-format off
    QTest::newRow("no pose") << "" << "pose" << "" << "pose: missing";
    QTest::newRow("identity a number") << "" << "identity" << "3" << "identity: expected object";
    QTest::newRow("x a string") << "pose" << "x" << "\"left\"" << "pose.x: expected number";
    QTest::newRow("no gaze") << "pose" << "gaze_y" << "" << "pose.gaze_y: missing";
    QTest::newRow("scale too big") << "pose" << "scale" << "5" << "pose.scale";
    QTest::newRow("eyes over 1") << "pose" << "eye_open" << "1.5" << "pose.eye_open";
    QTest::newRow("two channels") << "identity" << "skin" << "[1, 2]" << "identity.skin: expected [r, g, b]";
    QTest::newRow("channel 300") << "identity" << "hair" << "[1, 2, 300]" << "identity.hair: 300 is outside 0..255";
    QTest::newRow("fractional channel") << "identity" << "iris" << "[1, 2.5, 3]" << "identity.iris[1]";
    QTest::newRow("unknown pattern") << "identity" << "pattern" << "\"zigzag\"" << "unknown value \"zigzag\"";
    QTest::newRow("unknown hair") << "identity" << "hair_style" << "\"mullet\"" << "identity.hair_style";
    QTest::newRow("negative freckles") << "identity" << "freckles" << "-0.5" << "identity.freckles";
    // clang-format on
}

void TestToyFaces::badJsonIsAClearError()
{
    QFETCH(QString, group);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    json::Value v = tf::toJson(tf::sample(1, 0));
    json::Value& target = group.isEmpty() ? v : v[group.toStdString()];
    if (value.isEmpty())
        target = without(target, key.toStdString());
    else
        target[key.toStdString()] = json::parse(value.toStdString());
    try {
        tf::fromJson(v);
        QFAIL("no error");
    } catch (const IoError& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(IoError, tf::fromJson(json::parse("[1, 2]")));
}

void TestToyFaces::resolutions_data()
{
    QTest::addColumn<int>("resolution");
    QTest::newRow("16") << 16;
    QTest::newRow("odd 37") << 37;
    QTest::newRow("64") << 64;
    QTest::newRow("1024") << 1024;
}

void TestToyFaces::resolutions()
{
    QFETCH(int, resolution);
    const cv::Mat m = tf::render(tf::sample(2, 0), resolution);
    QCOMPARE(m.type(), CV_8UC3);
    QCOMPARE(m.rows, resolution);
    QCOMPARE(m.cols, resolution);
    // The face is where it should be: the centre pixel differs from the top-left corner's
    // background for a centred face.
    tf::Factors f = baseFactors();
    f.identity.pattern = tf::kPatternNone;
    const cv::Mat c = tf::render(f, resolution);
    const auto bg = c.at<cv::Vec3b>(0, 0), centre = c.at<cv::Vec3b>(resolution / 2, resolution / 2);
    QCOMPARE(bg, cv::Vec3b(f.identity.background[0], f.identity.background[1], f.identity.background[2]));
    QVERIFY(bg != centre);
}

void TestToyFaces::badArgumentsAreErrors()
{
    const tf::Factors f = tf::sample(2, 0);
    QVERIFY_THROWS_EXCEPTION(IoError, tf::render(f, 15));
    QVERIFY_THROWS_EXCEPTION(IoError, tf::render(f, 1025));
    QVERIFY_THROWS_EXCEPTION(IoError, tf::renderBatch(1, 0, 2, 8));
    QVERIFY_THROWS_EXCEPTION(IoError, tf::renderBatch(1, 0, -1, 32));
    tf::Factors bad = f;
    bad.pose.scale = std::nan("");
    QVERIFY_THROWS_EXCEPTION(IoError, tf::render(bad, 32));
    bad = f;
    bad.identity.hair_style = tf::kHairStyleCount;
    QVERIFY_THROWS_EXCEPTION(IoError, tf::renderSwap(bad, f, 32));
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(IoError, tf::writeDataset(dir.path().toStdString(), 1, 2000, 1));
}

void TestToyFaces::renderBatchMatchesRender()
{
    const torch::Tensor batch = tf::renderBatch(21, 7, 3, 24);
    QCOMPARE(batch.sizes().vec(), (std::vector<int64_t>{3, 3, 24, 24}));
    QCOMPARE(batch.scalar_type(), torch::kUInt8);
    for (int64_t k = 0; k < 3; ++k) {
        const cv::Mat m = tf::render(tf::sample(21, 7 + k), 24);
        const torch::Tensor expected =
            torch::from_blob(m.data, {24, 24, 3}, torch::kUInt8).permute({2, 0, 1});  // RGB planes
        QVERIFY(torch::equal(batch[k], expected));
    }
    QCOMPARE(tf::renderBatch(21, 0, 0, 24).size(0), 0);
}

void TestToyFaces::writesDataset()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("toy/train");  // created
    std::vector<std::pair<int64_t, int64_t>> calls;
    tf::writeDataset(dir.toStdString(), 3, 32, 11, [&](int64_t d, int64_t t) { calls.emplace_back(d, t); });
    QCOMPARE(calls, (std::vector<std::pair<int64_t, int64_t>>{{1, 3}, {2, 3}, {3, 3}}));
    QCOMPARE(QDir(dir).entryList(QDir::Files),
             (QStringList{"000000.png", "000001.png", "000002.png", "factors.json"}));  // no temp files left
    for (int64_t i = 0; i < 3; ++i) {
        const cv::Mat m = loadRgb(QDir(dir).filePath(QString("%1.png").arg(i, 6, 10, QChar('0'))).toStdString());
        QVERIFY(identical(m, tf::render(tf::sample(11, i), 32)));
    }
    QFile file(QDir(dir).filePath("factors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const json::Value doc = json::parse(file.readAll().toStdString());
    QCOMPARE(doc.find("seed")->asString(), std::string("11"));
    QCOMPARE(doc.find("resolution")->asInt(), int64_t(32));
    const auto& images = doc.find("images")->asArray();
    QCOMPARE(images.size(), size_t(3));
    QCOMPARE(images[1].find("file")->asString(), std::string("000001.png"));
    QCOMPARE(dump(tf::fromJson(images[1])), dump(tf::sample(11, 1)));
}

void TestToyFaces::writesPairs()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("pairs");
    int progressCalls = 0;
    tf::writePairs(dir.toStdString(), 2, 32, 11, [&](int64_t, int64_t t) {
        ++progressCalls;
        QCOMPARE(t, int64_t(2));
    });
    QCOMPARE(progressCalls, 2);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 7);
    QFile file(QDir(dir).filePath("pairs.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const json::Value doc = json::parse(file.readAll().toStdString());
    const auto& pairs = doc.find("pairs")->asArray();
    QCOMPARE(pairs.size(), size_t(2));
    for (int64_t i = 0; i < 2; ++i) {
        const auto [a, b] = tf::samplePair(11, i);
        QCOMPARE(dump(tf::fromJson(*pairs[i].find("identity_source"))), dump(a));
        QCOMPARE(dump(tf::fromJson(*pairs[i].find("pose_source"))), dump(b));
        auto load = [&](const char* suffix) {
            return loadRgb(
                QDir(dir).filePath(QString("%1_%2.png").arg(i, 6, 10, QChar('0')).arg(suffix)).toStdString());
        };
        QVERIFY(identical(load("identity"), tf::render(a, 32)));
        QVERIFY(identical(load("pose"), tf::render(b, 32)));
        QVERIFY(identical(load("truth"), tf::renderSwap(a, b, 32)));
    }
    // Held out: no pair source is one of the training images of the same seed.
    std::set<std::string> poses, identities;
    for (int64_t j = 0; j < 500; ++j) {
        const tf::Factors f = tf::sample(11, j);
        poses.insert(tf::toJson(f)["pose"].dump());
        identities.insert(tf::toJson(f)["identity"].dump());
    }
    for (int64_t i = 0; i < 100; ++i) {
        const auto [a, b] = tf::samplePair(11, i);
        QVERIFY(!identities.count(tf::toJson(a)["identity"].dump()));
        QVERIFY(!poses.count(tf::toJson(b)["pose"].dump()));
        QVERIFY(dump(a) != dump(b));
    }
}

void TestToyFaces::previewGrid()
{
    // 4x4 samples at 64 px; PIVQ_TOYFACES_PREVIEW=/path/grid.png writes it for a look.
    cv::Mat grid(4 * 64, 4 * 64, CV_8UC3);
    for (int i = 0; i < 16; ++i)
        tf::render(tf::sample(1, i), 64).copyTo(grid(cv::Rect(i % 4 * 64, i / 4 * 64, 64, 64)));
    QVERIFY(cv::norm(grid) > 0);
    const QString path = qEnvironmentVariable("PIVQ_TOYFACES_PREVIEW");
    if (!path.isEmpty()) saveRgb(path.toStdString(), grid);
}

QTEST_APPLESS_MAIN(TestToyFaces)
#include "test_toyfaces.moc"
