// engine/core/json and engine/core/config: JSON round-trips, presets, clear errors.
#include <QtTest>

#include "engine/core/config.h"
#include "engine/core/json.h"

using namespace pivq::core;
namespace json = pivq::json;

class TestConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonParsesAndDumps_data();
    void jsonParsesAndDumps();
    void jsonRejectsMalformed_data();
    void jsonRejectsMalformed();
    void presetsRoundTrip_data();
    void presetsRoundTrip();
    void presetNumWs_data();
    void presetNumWs();
    void partialConfigStartsFromPreset();
    void malformedConfigIsClearError_data();
    void malformedConfigIsClearError();
};

void TestConfig::jsonParsesAndDumps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("compact");
    QTest::newRow("object") << R"({ "a" : 1, "b" : [true, false, null], "c": "x" })"
                            << R"({"a":1,"b":[true, false, null],"c":"x"})";
    QTest::newRow("float") << "[1.5, -2e-3, 0]" << "[1.5, -0.002, 0]";
    QTest::newRow("escapes") << R"(["a\"b\\c\n", "\u00e9\ud83d\ude00"])"
                             << QString::fromUtf8("[\"a\\\"b\\\\c\\n\", \"\u00e9\U0001F600\"]");
    QTest::newRow("nested") << R"({"x": {"y": [[1], {}]}})" << R"({"x":{"y":[[1],{}]}})";
}

void TestConfig::jsonParsesAndDumps()
{
    QFETCH(QString, text);
    QFETCH(QString, compact);
    const auto v = json::parse(text.toStdString());
    QCOMPARE(QString::fromStdString(v.dump()), compact);
    // A second trip through the parser is stable, also pretty-printed.
    QCOMPARE(QString::fromStdString(json::parse(v.dump(2)).dump()), compact);
}

void TestConfig::jsonRejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "" << "unexpected end";
    QTest::newRow("trailing") << "{} x" << "after the document";
    QTest::newRow("unterminated") << R"({"a": "b)" << "unterminated string";
    QTest::newRow("duplicate key") << R"({"a": 1, "a": 2})" << "duplicate key";
    QTest::newRow("bad literal") << "[tru]" << "unexpected character";
    QTest::newRow("missing colon") << R"({"a" 1})" << "expected ':'";
    QTest::newRow("lone surrogate") << R"(["\udc00"])" << "surrogate";
    QTest::newRow("deep") << QString(100, '[') + QString(100, ']') << "nesting";
    QTest::newRow("line number") << "{\n\n  \"a\": }" << "line 3";
}

void TestConfig::jsonRejectsMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    try {
        json::parse(text.toStdString());
        QFAIL("no error for malformed JSON");
    } catch (const json::Error& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
}

void TestConfig::presetsRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const auto& n : presetNames()) QTest::newRow(n.c_str()) << QString::fromStdString(n);
}

void TestConfig::presetsRoundTrip()
{
    QFETCH(QString, name);
    const ModelConfig c = preset(name.toStdString());
    const std::string text = c.toJson().dump(2);
    const ModelConfig back = ModelConfig::fromJsonText(text);
    QVERIFY(back == c);
    QCOMPARE(back.toJson().dump(2), text);
    QVERIFY(back.pose_layers == c.pose_layers);
    QVERIFY(back.vq_variant == c.vq_variant);
}

void TestConfig::presetNumWs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("numWs");
    QTest::newRow("tiny32") << "tiny32" << 32 << 8;
    QTest::newRow("cpu64") << "cpu64" << 64 << 10;
    QTest::newRow("paper256") << "paper256" << 256 << 14;
}

void TestConfig::presetNumWs()
{
    QFETCH(QString, name);
    QFETCH(int, resolution);
    QFETCH(int, numWs);
    const ModelConfig c = preset(name.toStdString());
    QCOMPARE(c.resolution, resolution);
    QCOMPARE(c.numWs(), numWs);
    QCOMPARE(c.convLayerResolution(0), 4);
    QCOMPARE(c.convLayerResolution(c.numConvLayers() - 1), resolution);
}

void TestConfig::partialConfigStartsFromPreset()
{
    const auto c = ModelConfig::fromJsonText(R"({"preset": "cpu64", "vq_codes": 8, "vq_variant": "vq3"})");
    QCOMPARE(c.resolution, 64);
    QCOMPARE(c.vq_codes, 8);
    QVERIFY(c.vq_variant == VqVariant::Vq3);
    QCOMPARE(c.w_dim, preset("cpu64").w_dim);
}

void TestConfig::malformedConfigIsClearError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << "resolution = 64" << "JSON";
    QTest::newRow("not an object") << "[64]" << "expected a JSON object";
    QTest::newRow("unknown key") << R"({"resolutoin": 64})" << "unknown key \"resolutoin\"";
    QTest::newRow("wrong type") << R"({"resolution": "64"})" << "resolution: expected number";
    QTest::newRow("fraction") << R"({"vq_codes": 6.5})" << "vq_codes: expected an integer";
    QTest::newRow("not power of two") << R"({"resolution": 100})" << "power of two";
    QTest::newRow("pose layer range") << R"({"resolution": 32, "pose_layers": [2, 9]})" << "layer 9 does not exist";
    QTest::newRow("no pose layer") << R"({"pose_layers": []})" << "at least one pose layer";
    QTest::newRow("K too large") << R"({"vq_codes": 40})" << "between 2 and 16";
    QTest::newRow("variant") << R"({"vq_variant": "vq9"})" << "unknown variant";
    QTest::newRow("preset") << R"({"preset": "huge"})" << "unknown preset";
    QTest::newRow("modconv") << R"({"modconv": "fast"})" << "modconv";
}

void TestConfig::malformedConfigIsClearError()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    try {
        ModelConfig::fromJsonText(text.toStdString());
        QFAIL("no error for a malformed config");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
        QVERIFY2(QString(e.what()).startsWith("model config:"), e.what());
    }
}

QTEST_APPLESS_MAIN(TestConfig)
#include "test_config.moc"
