// engine/io/safetensors: bit-exact round trips, a file laid out by hand, and hostile input
// that must end in a clear IoError, never a crash or a huge allocation.
#include <QtTest>

#include <cstring>
#include <random>

#include <torch/torch.h>

#include "engine/io/image.h"
#include "engine/io/safetensors.h"
#include "tests/support/test_tensors.h"

using namespace pivq;
using namespace pivq::io;

namespace {

std::string le64(uint64_t n)
{
    std::string s;
    for (int i = 0; i < 8; ++i) s += static_cast<char>((n >> (8 * i)) & 0xFF);
    return s;
}

// A file from its header text and raw data buffer.
std::string fileOf(const std::string& header, const std::string& data)
{
    return le64(header.size()) + header + data;
}

template <class T>
std::string rawBytes(std::initializer_list<T> values)
{
    std::string s;
    for (T v : values) s.append(reinterpret_cast<const char*>(&v), sizeof v);
    return s;
}

using pivq::testing::bitEqual;

std::string what(const std::function<void()>& f)
{
    try {
        f();
    } catch (const IoError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsBitExact();
    void dataStartsAligned();
    void handMadeFileDecodes();
    void badInputsAreClearErrors_data();
    void badInputsAreClearErrors();
    void limitsAreEnforced();
    void writerRejectsWhatItCannotStore();
    void damagedFilesNeverCrash();
};

void TestSafetensors::roundTripIsBitExact()
{
    torch::manual_seed(3);
    auto f16 = torch::randn({5}).to(torch::kFloat16);
    f16[0] = std::numeric_limits<float>::quiet_NaN();
    f16[1] = -0.0f;
    f16[2] = std::numeric_limits<float>::infinity();
    f16[3] = 6e-8f;  // subnormal in fp16
    const core::NamedTensors in = {
        {"f32", torch::randn({2, 3, 4})},
        {"f16", f16},
        {"bf16", torch::randn({3, 2}).to(torch::kBFloat16)},
        {"f64", torch::randn({2, 2}, torch::kFloat64)},
        {"i64", torch::arange(-3, 4, torch::kInt64)},
        {"i32", torch::tensor({-7, 0, 2147483647}, torch::kInt32)},
        {"i16", torch::tensor({-32768, 1, 32767}, torch::kInt16)},
        {"i8", torch::tensor({-128, -1, 127}, torch::kInt8)},
        {"u8", torch::arange(0, 256, torch::kInt64).to(torch::kUInt8).reshape({16, 16})},
        {"bool", torch::rand({7}) > 0.5},
        {"scalar", torch::scalar_tensor(3.25, torch::kFloat32)},
        {"empty", torch::zeros({0, 4})},
        {"empty2", torch::zeros({3, 0}, torch::kInt64)},
        {"transposed", torch::randn({4, 5}).t()},  // not contiguous: written in logical order
    };
    const std::map<std::string, std::string> meta = {{"format", "pt"},
                                                     {"note",
                                                      "gr\xC3\xBC\xC3\x9F"
                                                      "e \"quoted\""}};
    const std::string bytes = writeSafetensors(in, meta);

    std::map<std::string, std::string> metaBack;
    const core::NamedTensors out = readSafetensors(bytes, &metaBack);
    QCOMPARE(out.size(), in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        QCOMPARE(out[i].first, in[i].first);  // header order is the writer's order
        QVERIFY2(bitEqual(out[i].second, in[i].second), in[i].first.c_str());
        QVERIFY(out[i].second.is_contiguous());
        QCOMPARE(out[i].second.device().type(), torch::kCPU);
    }
    QCOMPARE(out[10].second.dim(), int64_t(0));
    QCOMPARE(metaBack, meta);

    // The tensors own their memory: the buffer may go away.
    std::string copy = bytes;
    const auto owned = readSafetensors(copy);
    copy.assign(copy.size(), '\0');
    QVERIFY(bitEqual(owned[0].second, in[0].second));

    // Writing what was read gives the same bytes.
    QCOMPARE(writeSafetensors(out, metaBack), bytes);
}

void TestSafetensors::dataStartsAligned()
{
    for (int len = 1; len <= 9; ++len) {
        const std::string bytes = writeSafetensors({{std::string(size_t(len), 'n'), torch::ones({1})}});
        uint64_t n = 0;
        std::memcpy(&n, bytes.data(), 8);
        QCOMPARE((8 + n) % 8, uint64_t(0));
        QCOMPARE(bytes.size(), size_t(8 + n + 4));
        QVERIFY(bytes[8 + n - 1] == ' ' || bytes[8 + n - 1] == '}');  // padding is spaces
        QCOMPARE(readSafetensors(bytes).at(0).second.item<float>(), 1.0f);
    }
}

void TestSafetensors::handMadeFileDecodes()
{
    // Header listed out of data order, not padded, so the data buffer is unaligned.
    const std::string header = R"({"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]},)"
                               R"("__metadata__":{"who":"hand"},)"
                               R"("a":{"dtype":"I16","shape":[1,3],"data_offsets":[0,6]},)"
                               R"( "c" : { "shape" : [2], "dtype" : "U8", "data_offsets" : [6, 8] } })";
    const std::string data =
        rawBytes<int16_t>({1, -2, 300}) + std::string("\x07\xFF", 2) + rawBytes<float>({1.5f, -0.25f});
    std::map<std::string, std::string> meta;
    const auto t = readSafetensors(fileOf(header, data), &meta);
    QCOMPARE(t.size(), size_t(3));
    QCOMPARE(t[0].first, std::string("b"));
    QCOMPARE(t[1].first, std::string("a"));
    QCOMPARE(t[2].first, std::string("c"));
    QCOMPARE(t[0].second.scalar_type(), torch::kFloat32);
    QCOMPARE(t[0].second[0].item<float>(), 1.5f);
    QCOMPARE(t[0].second[1].item<float>(), -0.25f);
    QCOMPARE(t[1].second.sizes().vec(), (std::vector<int64_t>{1, 3}));
    QCOMPARE(t[1].second.scalar_type(), torch::kInt16);
    QCOMPARE(t[1].second[0][1].item<int>(), -2);
    QCOMPARE(t[1].second[0][2].item<int>(), 300);
    QCOMPARE(t[2].second[1].item<int>(), 255);
    QCOMPARE(meta.at("who"), std::string("hand"));
}

void TestSafetensors::badInputsAreClearErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const std::string& bytes, const char* expected) {
        QTest::newRow(name) << QByteArray::fromStdString(bytes) << QString::fromUtf8(expected);
    };
    auto u8 = [](const std::string& name, int n, int begin, int end) {
        return "\"" + name + "\":{\"dtype\":\"U8\",\"shape\":[" + std::to_string(n) + "],\"data_offsets\":[" +
               std::to_string(begin) + "," + std::to_string(end) + "]}";
    };
    row("empty", "", "the file is empty");
    row("shorter than 8 bytes", "\x02\x00\x00", "too short");
    row("header beyond the buffer", le64(100) + "{}", "header length 100 runs past the end");
    row("huge header length", le64(uint64_t(1) << 62) + "{}", "is over the limit");
    row("all ones header length", le64(~uint64_t(0)) + "{}", "is over the limit");
    row("not JSON", fileOf("{nope", ""), "not valid JSON");
    row("zero-length header", fileOf("", ""), "not valid JSON");
    row("not an object", fileOf("[1,2]", ""), "not a JSON object");
    row("not UTF-8", fileOf("{\"\xFF\":1}", ""), "not valid UTF-8");
    row("duplicate tensor", fileOf("{" + u8("x", 1, 0, 1) + "," + u8("x", 1, 1, 2) + "}", "ab"), "duplicate key");
    row("entry not an object", fileOf(R"({"x":[1]})", ""), "tensor \"x\": expected an object");
    row("unknown dtype", fileOf(R"({"x":{"dtype":"F8","shape":[1],"data_offsets":[0,1]}})", "a"),
        "tensor \"x\": unknown dtype \"F8\"");
    row("negative shape", fileOf(R"({"x":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}})", ""),
        "tensor \"x\": shape entry -1 is not a non-negative integer");
    row("fractional shape", fileOf(R"({"x":{"dtype":"U8","shape":[1.5],"data_offsets":[0,1]}})", "a"),
        "shape entry 1.5 is not a non-negative integer");
    row("string shape", fileOf(R"({"x":{"dtype":"U8","shape":["1"],"data_offsets":[0,1]}})", "a"),
        "is not a non-negative integer");
    row("shape not an array", fileOf(R"({"x":{"dtype":"U8","shape":1,"data_offsets":[0,1]}})", "a"),
        "shape must be an array");
    row("overflowing shape",
        fileOf(R"({"x":{"dtype":"F32","shape":[4294967296,4294967296,4294967296],"data_offsets":[0,4]}})", "abcd"),
        "is too large");
    row("offsets out of range", fileOf(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", "ab"),
        "tensor \"x\": data_offsets out of range");
    row("offsets reversed", fileOf(R"({"x":{"dtype":"U8","shape":[0],"data_offsets":[1,0]}})", "a"),
        "data_offsets out of range");
    row("negative offset", fileOf(R"({"x":{"dtype":"U8","shape":[1],"data_offsets":[-1,0]}})", "a"),
        "data_offsets entry -1 is not a non-negative integer");
    row("offsets not a pair", fileOf(R"({"x":{"dtype":"U8","shape":[1],"data_offsets":[0]}})", "a"),
        "data_offsets must be [begin, end]");
    row("size mismatch", fileOf(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", "abcdefgh"),
        "tensor \"x\": size mismatch: data_offsets cover 8 bytes, F32 [3] needs 12");
    row("overlapping tensors", fileOf("{" + u8("a", 4, 0, 4) + "," + u8("b", 4, 2, 6) + "}", "abcdef"),
        "tensor \"b\": data overlaps tensor \"a\"");
    row("hole in the middle", fileOf("{" + u8("a", 2, 0, 2) + "," + u8("b", 2, 3, 5) + "}", "abcde"),
        "tensor \"b\": bytes 2..3 before it are not covered");
    row("hole at the end", fileOf("{" + u8("a", 2, 0, 2) + "}", "abcd"),
        "bytes 2..4 at the end of the data buffer are not covered");
    row("data but no tensors", fileOf("{}", "abcd"), "not covered");
    row("unknown key", fileOf(R"({"x":{"dtype":"U8","shape":[1],"data_offsets":[0,1],"offset":0}})", "a"),
        "tensor \"x\": unknown key \"offset\"");
    row("missing offsets", fileOf(R"({"x":{"dtype":"U8","shape":[1]}})", "a"),
        "tensor \"x\": missing \"data_offsets\"");
    row("metadata not strings", fileOf(R"({"__metadata__":{"epoch":3}})", ""),
        "__metadata__ \"epoch\" must be a string");
    row("metadata not an object", fileOf(R"({"__metadata__":["a"]})", ""), "__metadata__ must be an object");
    row("bool not 0 or 1",
        fileOf(R"({"x":{"dtype":"BOOL","shape":[2],"data_offsets":[0,2]}})", std::string("\x01\x02", 2)),
        "tensor \"x\": BOOL value 2 is neither 0 nor 1");
}

void TestSafetensors::badInputsAreClearErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString msg =
        QString::fromStdString(what([&] { readSafetensors(bytes.toStdString(), nullptr, {}, "weights.safetensors"); }));
    QVERIFY2(msg.startsWith("weights.safetensors: "), qPrintable(msg));
    QVERIFY2(msg.contains(expected), qPrintable(msg));
}

void TestSafetensors::limitsAreEnforced()
{
    const std::string bytes = writeSafetensors({{"a", torch::zeros({4})}, {"b", torch::zeros({4})}});
    SafetensorsLimits l;
    l.max_tensors = 1;
    QVERIFY(QString::fromStdString(what([&] {
                readSafetensors(bytes, nullptr, l);
            })).contains("2 tensors, over the limit of 1"));
    l = {};
    l.max_total_bytes = 31;
    QVERIFY(QString::fromStdString(what([&] {
                readSafetensors(bytes, nullptr, l);
            })).contains("32 bytes is over the limit"));
    l = {};
    l.max_header_bytes = 16;
    QVERIFY(QString::fromStdString(what([&] {
                readSafetensors(bytes, nullptr, l);
            })).contains("is over the limit of 16 bytes"));
    QCOMPARE(readSafetensors(bytes).size(), size_t(2));
}

void TestSafetensors::writerRejectsWhatItCannotStore()
{
    auto msg = [](const core::NamedTensors& t) { return QString::fromStdString(what([&] { writeSafetensors(t); })); };
    QVERIFY(msg({{"c", torch::zeros({2}, torch::kComplexFloat)}})
                .contains("tensor \"c\": dtype ComplexFloat cannot be stored"));
    QVERIFY(msg({{"a", torch::zeros({1})}, {"a", torch::zeros({1})}}).contains("tensor \"a\" appears twice"));
    QVERIFY(msg({{"__metadata__", torch::zeros({1})}}).contains("reserved"));
    QVERIFY(msg({{"u", torch::Tensor()}}).contains("tensor \"u\" is undefined"));
    QCOMPARE(readSafetensors(writeSafetensors({})).size(), size_t(0));
}

void TestSafetensors::damagedFilesNeverCrash()
{
    torch::manual_seed(5);
    const std::string good =
        writeSafetensors({{"w", torch::randn({3, 3})}, {"b", torch::randn({3}).to(torch::kFloat16)}}, {{"k", "v"}});
    // Every truncation is an error.
    for (size_t n = 0; n < good.size(); ++n) QVERIFY_THROWS_EXCEPTION(IoError, readSafetensors(good.substr(0, n)));
    // Random byte changes either still parse or are an IoError; nothing else escapes.
    std::mt19937 rng(11);
    for (int i = 0; i < 2000; ++i) {
        std::string bad = good;
        const int flips = 1 + int(rng() % 3);
        for (int k = 0; k < flips; ++k) bad[rng() % bad.size()] = static_cast<char>(rng() & 0xFF);
        try {
            readSafetensors(bad);
        } catch (const IoError&) {
        }
    }
}

QTEST_APPLESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
