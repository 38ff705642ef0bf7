// engine/io/bundle: bit-exact round trips on tiny32, fp16 storage, atomic saves, and damaged,
// tampered or foreign files that must be refused with a message starting with the path.
#include <QCryptographicHash>
#include <QtTest>

#include <cstring>
#include <functional>
#include <random>

#include <torch/torch.h>

#include "engine/core/config.h"
#include "engine/core/json.h"
#include "engine/io/bundle.h"
#include "engine/io/image.h"
#include "engine/io/safetensors.h"
#include "tests/support/hostile_images.h"
#include "tests/support/test_tensors.h"
#include "tests/support/zip_files.h"

using namespace pivq;
using namespace pivq::io;

namespace {

using pivq::testing::bitEqual;

Bundle makeBundle()
{
    torch::manual_seed(7);
    Bundle b;
    b.config = core::preset("tiny32");
    core::Generator g(b.config);
    core::Encoder e(b.config);
    b.weights = networkWeights(g, e);
    b.palettes[2] = {
        {"background", {0, 0, 0}}, {"face", {255, 200, 180}}, {"hair", {60, 30, 10}}, {"eyes", {0, 90, 255}}};
    b.training_record["images_seen"] = int64_t(12345);
    b.training_record["data"] = "toy faces";
    b.training_record["metrics"]["fid"] = 41.5;
    b.training = {{"G.raw.w", torch::randn({4, 4})}, {"opt.step", torch::tensor({1000}, torch::kInt64)}};
    b.preview = cv::Mat(32, 48, CV_8UC3);
    cv::randu(b.preview, 0, 256);
    return b;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

using Entries = pivq::testing::ZipEntries;
using pivq::testing::readZip;
using pivq::testing::writeZip;

QByteArray* find(Entries& e, const QString& name)
{
    for (auto& kv : e)
        if (kv.first == name) return &kv.second;
    return nullptr;
}

// Replaces entry `name` and its size and checksum in the manifest, so only the content is wrong.
void replaceEntry(Entries& e, const QString& name, const QByteArray& bytes)
{
    *find(e, name) = bytes;
    QByteArray* m = find(e, "manifest.json");
    json::Value v = json::parse(m->toStdString());
    v["files"][name.toStdString()]["bytes"] = static_cast<int64_t>(bytes.size());
    v["files"][name.toStdString()]["sha256"] =
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
    *m = QByteArray::fromStdString(v.dump(2));
}

// The weights of a bundle's entry list, changed by `edit` and stored back consistently.
void editWeights(Entries& e, const std::function<void(core::NamedTensors&)>& edit)
{
    core::NamedTensors w = readSafetensors(find(e, "weights.safetensors")->toStdString());
    edit(w);
    const std::string bytes = writeSafetensors(w);
    replaceEntry(e, "weights.safetensors", QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

// Edits the manifest of an entry list in place.
void editManifest(Entries& e, const std::function<void(json::Value&)>& edit)
{
    QByteArray* m = find(e, "manifest.json");
    json::Value v = json::parse(m->toStdString());
    edit(v);
    *m = QByteArray::fromStdString(v.dump(2));
}

std::string loadError(const std::string& path)
{
    try {
        loadBundle(path);
    } catch (const IoError& e) {
        return e.what();
    }
    return "(no error)";
}

enum class Damage {
    Truncated,
    RandomBytes,
    EmptyFile,
    TensorByteFlipped,
    ZipByteFlipped,
    WrongShape,
    NewerFormat,
    NotABundle,
    EvilEntry,
    UnknownEntry,
    MissingWeights,
    WeightsUnlisted,
    MissingManifest,
    PaletteSize,
    NoSuchFile,
    ForeignTensor,
    TooManyEntries,
    SizeMismatch,
    DuplicateEntry,
    ZipBomb,
    LyingSize,
    NanWeight,
    MissingTensor,
    DuplicateTensor,
    PreviewNotPng,
    PreviewBomb
};

}  // namespace

Q_DECLARE_METATYPE(Damage)

class TestBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripIsBitExact();
    void fp16RoundTrip();
    void defaultPalettesAreDistinct();
    void damagedBundlesAreRefused_data();
    void damagedBundlesAreRefused();
    void failedSaveKeepsPreviousFile();
    void saveToReadOnlyFolderFails();
    void manifestAloneIsReadWithoutTensors();

private:
    Bundle good_;
};

void TestBundle::initTestCase()
{
    good_ = makeBundle();
}

void TestBundle::roundTripIsBitExact()
{
    QTemporaryDir dir;
    const std::string p = dir.filePath("model.pivq").toStdString();
    saveBundle(p, good_);
    const Bundle b = loadBundle(p);

    QVERIFY(b.config == good_.config);
    QCOMPARE(b.training_record.dump(), good_.training_record.dump());
    QCOMPARE(b.palettes.size(), size_t(2));  // both pose layers of tiny32
    QVERIFY(b.palettes.at(2) == good_.palettes.at(2));
    QVERIFY(b.palettes.at(3) == defaultPalette(4));  // not given: defaults
    QCOMPARE(b.weights.size(), good_.weights.size());
    for (size_t i = 0; i < b.weights.size(); ++i) {
        QCOMPARE(b.weights[i].first, good_.weights[i].first);
        QVERIFY2(bitEqual(b.weights[i].second, good_.weights[i].second), b.weights[i].first.c_str());
    }
    QCOMPARE(b.training.size(), size_t(2));
    QVERIFY(bitEqual(b.training[0].second, good_.training[0].second));
    QVERIFY(bitEqual(b.training[1].second, good_.training[1].second));
    QCOMPARE(b.preview.type(), CV_8UC3);
    QCOMPARE(cv::norm(b.preview, good_.preview, cv::NORM_INF), 0.0);

    // The archive holds exactly the documented entries, and the manifest describes them.
    QStringList names;
    for (const auto& kv : readZip(dir.filePath("model.pivq"))) names << kv.first;
    names.sort();
    QCOMPARE(names, (QStringList{"manifest.json", "preview.png", "training.safetensors", "weights.safetensors"}));
    Entries e = readZip(dir.filePath("model.pivq"));
    const json::Value m = json::parse(find(e, "manifest.json")->toStdString());
    QCOMPARE(m.find("format")->asString(), std::string("pivq-bundle"));
    QCOMPARE(m.find("format_version")->asInt(), int64_t(1));
    QCOMPARE(m.find("palettes")->find("2")->asArray()[1].find("color")->asString(), std::string("#ffc8b4"));
    QCOMPARE(m.find("files")->find("weights.safetensors")->find("bytes")->asInt(),
             int64_t(find(e, "weights.safetensors")->size()));

    // Without training state; and a minimal bundle (no training, no preview).
    QVERIFY(loadBundle(p, false).training.empty());
    Bundle minimal = good_;
    minimal.training.clear();
    minimal.preview = cv::Mat();
    minimal.palettes.clear();
    saveBundle(p, minimal);  // overwrites
    const Bundle m2 = loadBundle(p);
    QVERIFY(m2.training.empty());
    QVERIFY(m2.preview.empty());
    QVERIFY(m2.palettes.at(2) == defaultPalette(4));
    QVERIFY(bitEqual(m2.weights.back().second, good_.weights.back().second));
}

void TestBundle::fp16RoundTrip()
{
    QTemporaryDir dir;
    const std::string p32 = dir.filePath("a.pivq").toStdString(), p16 = dir.filePath("b.pivq").toStdString();
    saveBundle(p32, good_);
    saveBundle(p16, good_, true);
    QVERIFY(QFileInfo(QString::fromStdString(p16)).size() < QFileInfo(QString::fromStdString(p32)).size() * 3 / 4);

    // Stored as F16 inside; the training state stays F32.
    Entries e = readZip(QString::fromStdString(p16));
    const auto stored = readSafetensors(find(e, "weights.safetensors")->toStdString());
    QCOMPARE(stored[0].second.scalar_type(), torch::kFloat16);
    QCOMPARE(readSafetensors(find(e, "training.safetensors")->toStdString())[0].second.scalar_type(), torch::kFloat32);

    const Bundle b = loadBundle(p16);
    QCOMPARE(b.weights.size(), good_.weights.size());
    for (size_t i = 0; i < b.weights.size(); ++i) {
        const auto& want = good_.weights[i].second;
        const auto& got = b.weights[i].second;
        QCOMPARE(got.scalar_type(), want.scalar_type());  // back to F32 (and integer buffers untouched)
        if (!want.is_floating_point()) {
            QVERIFY(bitEqual(got, want));
            continue;
        }
        const bool close = ((got - want).abs() <= want.abs() * 1e-3 + 1e-6).all().item<bool>();
        QVERIFY2(close, b.weights[i].first.c_str());
    }
    QVERIFY(bitEqual(b.training[0].second, good_.training[0].second));
}

void TestBundle::defaultPalettesAreDistinct()
{
    for (int k = 1; k <= 16; ++k) {
        const auto p = defaultPalette(k);
        QCOMPARE(int(p.size()), k);
        for (int i = 0; i < k; ++i) {
            QCOMPARE(p[size_t(i)].name, "class " + std::to_string(i + 1));
            for (int j = 0; j < i; ++j) {
                const auto &a = p[size_t(i)].color, &c = p[size_t(j)].color;
                const int d = std::abs(a[0] - c[0]) + std::abs(a[1] - c[1]) + std::abs(a[2] - c[2]);
                QVERIFY2(d >= 40, qPrintable(QString("colours %1 and %2 of %3 are too close").arg(i).arg(j).arg(k)));
            }
        }
        QVERIFY(defaultPalette(k) == p);  // deterministic
    }
}

void TestBundle::damagedBundlesAreRefused_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << Damage::Truncated << "not a PIVQ bundle";
    QTest::newRow("random bytes") << Damage::RandomBytes << "not a PIVQ bundle";
    QTest::newRow("empty file") << Damage::EmptyFile << "not a PIVQ bundle";
    QTest::newRow("tensor byte flipped") << Damage::TensorByteFlipped
                                         << "weights.safetensors does not match its checksum in manifest.json";
    QTest::newRow("zip byte flipped") << Damage::ZipByteFlipped << "weights.safetensors is damaged";
    QTest::newRow("wrong shape") << Damage::WrongShape << "weights.safetensors does not fit the model config: tensor";
    QTest::newRow("newer format") << Damage::NewerFormat
                                  << "made by a newer version of PIVQ Studio (format 2, this build reads 1)";
    QTest::newRow("other format") << Damage::NotABundle << "not a PIVQ bundle";
    QTest::newRow("../evil entry") << Damage::EvilEntry << "unexpected entry \"../evil\"";
    QTest::newRow("unknown entry") << Damage::UnknownEntry << "unexpected entry \"notes.txt\"";
    QTest::newRow("missing weights") << Damage::MissingWeights << "weights.safetensors is missing";
    QTest::newRow("weights listed but absent")
        << Damage::WeightsUnlisted << "weights.safetensors is listed in manifest.json but missing";
    QTest::newRow("missing manifest") << Damage::MissingManifest << "manifest.json is missing";
    QTest::newRow("palette size") << Damage::PaletteSize << "palette of pose layer 2 has 3 entries";
    QTest::newRow("no such file") << Damage::NoSuchFile << "no such file";
    QTest::newRow("foreign tensor") << Damage::ForeignTensor << "unexpected tensor \"optimizer.m\"";
    QTest::newRow("too many entries") << Damage::TooManyEntries << "at most 16";
    QTest::newRow("size differs from manifest") << Damage::SizeMismatch << "manifest.json says";
    QTest::newRow("duplicate entry") << Damage::DuplicateEntry << "entry \"manifest.json\" appears twice";
    QTest::newRow("zip bomb (8 MB manifest of spaces)") << Damage::ZipBomb << "over the limit of 1048576";
    QTest::newRow("directory lies about a size") << Damage::LyingSize << "preview.png";
    QTest::newRow("NaN weight") << Damage::NanWeight << "contains NaN or Inf";
    QTest::newRow("missing tensor") << Damage::MissingTensor << "is missing";
    QTest::newRow("duplicate tensor") << Damage::DuplicateTensor << "duplicate key";
    QTest::newRow("preview not a PNG") << Damage::PreviewNotPng << "preview.png is not a PNG image";
    QTest::newRow("preview bomb 10000x10000") << Damage::PreviewBomb << "preview.png is too large (10000x10000)";
}

void TestBundle::damagedBundlesAreRefused()
{
    QFETCH(Damage, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString good = dir.filePath("good.pivq");
    const QString bad = dir.filePath("bad.pivq");
    saveBundle(good.toStdString(), good_);
    Entries e = readZip(good);
    QCOMPARE(e.size(), size_t(4));

    switch (damage) {
        case Damage::Truncated:
            writeAll(bad, readAll(good).left(readAll(good).size() / 2));
            break;
        case Damage::RandomBytes: {
            QByteArray junk(4096, '\0');
            std::mt19937 rng(1);
            for (auto& c : junk) c = static_cast<char>(rng() & 0xFF);
            writeAll(bad, junk);
            break;
        }
        case Damage::EmptyFile:
            writeAll(bad, QByteArray());
            break;
        case Damage::TensorByteFlipped: {
            QByteArray* w = find(e, "weights.safetensors");
            (*w)[w->size() - 3] = static_cast<char>((*w)[w->size() - 3] ^ 0x10);  // in the last tensor's data
            QVERIFY(writeZip(bad, e));
            break;
        }
        case Damage::ZipByteFlipped: {
            QByteArray raw = readAll(good);
            const qsizetype at = raw.indexOf("\"data_offsets\"");  // weights are stored, so their header is plain text
            QVERIFY(at > 0);
            raw[at + 200] = static_cast<char>(raw[at + 200] ^ 0x01);
            writeAll(bad, raw);
            break;
        }
        case Damage::WrongShape: {
            Bundle b = good_;
            b.config.channel_max = 16;  // every synthesis width changes
            saveBundle(bad.toStdString(), b);
            break;
        }
        case Damage::NewerFormat:
            editManifest(e, [](json::Value& m) { m["format_version"] = 2; });
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::NotABundle:
            editManifest(e, [](json::Value& m) { m["format"] = "something-else"; });
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::EvilEntry:
            e.emplace_back("../evil", QByteArray("#!/bin/sh\n"));
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::UnknownEntry:
            e.emplace_back("notes.txt", QByteArray("hello"));
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::MissingWeights:
            e.erase(
                std::remove_if(e.begin(), e.end(), [](const auto& kv) { return kv.first == "weights.safetensors"; }),
                e.end());
            editManifest(e, [](json::Value& m) {
                json::Value files = json::Value::object();
                for (const auto& kv : m.find("files")->asObject())
                    if (kv.first != "weights.safetensors") files[kv.first] = kv.second;
                m["files"] = files;
            });
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::WeightsUnlisted:
            e.erase(
                std::remove_if(e.begin(), e.end(), [](const auto& kv) { return kv.first == "weights.safetensors"; }),
                e.end());
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::MissingManifest:
            e.erase(std::remove_if(e.begin(), e.end(), [](const auto& kv) { return kv.first == "manifest.json"; }),
                    e.end());
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::PaletteSize:
            editManifest(e, [](json::Value& m) {
                json::Value list = json::Value::array();
                for (int i = 0; i < 3; ++i) {
                    json::Value item = json::Value::object();
                    item["name"] = "c";
                    item["color"] = "#102030";
                    list.push(item);
                }
                m["palettes"]["2"] = list;
            });
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::NoSuchFile:
            break;
        case Damage::ForeignTensor: {
            Bundle b = good_;
            b.weights.emplace_back("optimizer.m", torch::zeros({2}));
            saveBundle(bad.toStdString(), b);
            break;
        }
        case Damage::TooManyEntries:
            for (int i = 0; i < 13; ++i) e.emplace_back(QString("extra%1").arg(i), QByteArray("x"));
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::SizeMismatch:
            editManifest(e, [](json::Value& m) { m["files"]["preview.png"]["bytes"] = 1; });
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::DuplicateEntry:
            e.push_back(*std::find_if(e.begin(), e.end(), [](const auto& kv) { return kv.first == "manifest.json"; }));
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::ZipBomb: {
            // Valid JSON padded to 8 MB; deflate packs it into a few KB.
            QByteArray* m = find(e, "manifest.json");
            *m = m->left(m->lastIndexOf('}')) + QByteArray(8 << 20, ' ') + "}";
            QVERIFY(writeZip(bad, e));
            QVERIFY(QFileInfo(bad).size() < QFileInfo(good).size() + (64 << 10));  // the 8 MB pack small
            break;
        }
        case Damage::LyingSize: {
            // The central directory claims preview.png unpacks to 3 GB.
            QVERIFY(writeZip(bad, e));
            QByteArray raw = readAll(bad);
            const qsizetype cd = raw.lastIndexOf(QByteArray("PK\x01\x02", 4), raw.lastIndexOf("preview.png"));
            QVERIFY(cd > 0);
            raw[cd + 24] = char(0x00), raw[cd + 25] = char(0x00), raw[cd + 26] = char(0x00), raw[cd + 27] = char(0xC0);
            writeAll(bad, raw);
            break;
        }
        case Damage::NanWeight:
            editWeights(e, [](core::NamedTensors& w) { w.back().second.view(-1)[0] = NAN; });
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::MissingTensor:
            editWeights(e, [](core::NamedTensors& w) { w.erase(w.begin() + static_cast<long>(w.size() / 2)); });
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::PreviewNotPng:
            replaceEntry(e, "preview.png", pivq::testing::encodedNoise("JPEG"));
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::PreviewBomb:
            replaceEntry(e, "preview.png", pivq::testing::pngClaiming(10000, 10000));
            QVERIFY(writeZip(bad, e));
            break;
        case Damage::DuplicateTensor: {
            // A header naming one tensor twice (writeSafetensors refuses to write such a file).
            const std::string one = "{\"g_ema.x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
                                    "\"g_ema.x\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}";
            QByteArray st(8, '\0');
            st[0] = char(one.size());
            st += QByteArray::fromStdString(one) + QByteArray(8, '\0');
            replaceEntry(e, "weights.safetensors", st);
            QVERIFY(writeZip(bad, e));
            break;
        }
    }

    const QString msg = QString::fromStdString(loadError(bad.toStdString()));
    QVERIFY2(msg.startsWith(bad + ": "), qPrintable(msg));
    QVERIFY2(msg.contains(expected), qPrintable(msg));
    QVERIFY_THROWS_EXCEPTION(IoError, loadBundle(bad.toStdString(), false));
}

void TestBundle::failedSaveKeepsPreviousFile()
{
    QTemporaryDir dir;
    const QString p = dir.filePath("model.pivq");
    saveBundle(p.toStdString(), good_);
    const QByteArray before = readAll(p);

    // Fails half-way: the weights are already in the temporary archive when the training
    // state turns out not to be storable.
    Bundle broken = good_;
    broken.training.emplace_back("complex", torch::zeros({2}, torch::kComplexFloat));
    try {
        saveBundle(p.toStdString(), broken);
        QFAIL("no error");
    } catch (const IoError& e) {
        QVERIFY2(QString(e.what()).startsWith(p + ": training.safetensors: tensor \"complex\""), e.what());
    }
    // Fails before writing: a palette of the wrong size.
    Bundle badPalette = good_;
    badPalette.palettes[2].pop_back();
    QVERIFY_THROWS_EXCEPTION(IoError, saveBundle(p.toStdString(), badPalette));
    // Fails on a layer that is not a pose layer.
    Bundle badLayer = good_;
    badLayer.palettes[0] = defaultPalette(4);
    QVERIFY_THROWS_EXCEPTION(IoError, saveBundle(p.toStdString(), badLayer));

    QCOMPARE(readAll(p), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"model.pivq"});  // no temp files left
    QVERIFY(bitEqual(loadBundle(p.toStdString()).weights[0].second, good_.weights[0].second));

    // A missing folder is a clear error too.
    const std::string nowhere = dir.filePath("no/such/folder/m.pivq").toStdString();
    QVERIFY_THROWS_EXCEPTION(IoError, saveBundle(nowhere, good_));
}

void TestBundle::saveToReadOnlyFolderFails()
{
    QTemporaryDir dir;
    const QString p = dir.filePath("model.pivq");
    saveBundle(p.toStdString(), good_);
    const QByteArray before = readAll(p);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QFile probe(dir.filePath("probe"));
    if (probe.open(QIODevice::WriteOnly)) {  // root ignores permissions
        probe.close();
        probe.remove();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("folder permissions are not enforced for this user");
    }
    bool threw = false;
    try {
        saveBundle(p.toStdString(), good_, true);
    } catch (const IoError& e) {
        threw = QString(e.what()).startsWith(p + ": ");
    }
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(threw);
    QCOMPARE(readAll(p), before);
}

void TestBundle::manifestAloneIsReadWithoutTensors()
{
    QTemporaryDir dir;
    const QString p = dir.filePath("model.pivq");
    saveBundle(p.toStdString(), good_);
    bool hasTraining = false;
    const Bundle m = readBundleManifest(p.toStdString(), &hasTraining);
    QVERIFY(m.config == good_.config);
    QCOMPARE(m.palettes.at(2), good_.palettes.at(2));
    QCOMPARE(m.training_record.find("images_seen")->asInt(), int64_t(12345));
    QVERIFY(m.weights.empty() && m.training.empty() && m.preview.empty());
    QVERIFY(hasTraining);

    Bundle light = good_;
    light.training.clear();
    const QString q = dir.filePath("light.pivq");
    saveBundle(q.toStdString(), light);
    readBundleManifest(q.toStdString(), &hasTraining);
    QVERIFY(!hasTraining);

    const QString junk = dir.filePath("junk.pivq");
    writeAll(junk, "not a zip");
    try {
        readBundleManifest(junk.toStdString());
        QFAIL("no error");
    } catch (const IoError& e) {
        QVERIFY2(QString(e.what()).startsWith(junk + ": not a PIVQ bundle"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(IoError, readBundleManifest(dir.filePath("none.pivq").toStdString()));
}

QTEST_APPLESS_MAIN(TestBundle)
#include "test_bundle.moc"
