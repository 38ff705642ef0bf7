// Writes the fuzzers' seed corpus with the project's own writers, so that every seed is a
// real file of its kind (and a few damaged ones): fuzz_make_seeds tests/fuzz/corpus
// Keep the seeds small: libFuzzer mutates whole inputs, and ctest replays them all.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>

#include <cstdio>

#include <torch/torch.h>
#include <opencv2/imgcodecs.hpp>

#include "engine/core/config.h"
#include "engine/core/trainer.h"
#include "engine/io/bundle.h"
#include "engine/io/masks.h"
#include "engine/io/safetensors.h"
#include "ui/session_file.h"

namespace {
QString g_root;

void put(const QString& target, const QString& name, const QByteArray& bytes)
{
    QDir().mkpath(g_root + "/" + target);
    QFile f(g_root + "/" + target + "/" + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
        std::exit(1);
    }
}

QByteArray bytes(const std::string& s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray encode(const QImage& img, const char* format)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    img.save(&b, format);
    return out;
}

// A very small model: 32 px, 2-4 channels, one pose layer, K = 4.
pivq::core::ModelConfig smallest()
{
    auto c = pivq::core::preset("tiny32");
    c.z_dim = c.w_dim = 4;
    c.mapping_layers = 1;
    c.channel_base = 64;
    c.channel_max = 4;
    c.pose_layers = {2};
    c.vq_dim = 4;
    c.pose_channels = 4;
    c.enc_channel_base = 64;
    c.enc_channel_max = 4;
    return c;
}
}  // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);  // QImage text and fonts need none, but Qt's PNG writer is a plugin
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    namespace io = pivq::io;
    namespace core = pivq::core;
    torch::manual_seed(1);

    // safetensors: every dtype, metadata, an empty tensor; and damaged ones.
    core::NamedTensors t = {{"a", torch::arange(6, torch::kFloat32).reshape({2, 3})},
                            {"b", torch::tensor({1, 2}, torch::kInt64)},
                            {"c", torch::ones({2}, torch::kFloat16)},
                            {"d", torch::zeros({0, 4}, torch::kUInt8)},
                            {"e", torch::tensor({true, false})}};
    const std::string st = io::writeSafetensors(t, {{"format", "pt"}});
    put("safetensors", "valid.safetensors", bytes(st));
    put("safetensors", "one_scalar.safetensors", bytes(io::writeSafetensors({{"s", torch::tensor(3.5)}})));
    put("safetensors", "truncated.safetensors", bytes(st.substr(0, st.size() - 5)));
    put("safetensors", "header_only.safetensors", bytes(st.substr(0, 40)));

    // configs: every preset, a training config, and JSON edge cases.
    for (const char* p : {"tiny32", "cpu64", "ref64", "paper256"})
        put("config", QString("preset_%1.json").arg(p), bytes(core::preset(p).toJson().dump(2)));
    put("config", "train.json", bytes(core::TrainConfig().toJson().dump(2)));
    put("config", "partial.json", "{\"preset\": \"tiny32\", \"vq_codes\": 6}");
    put("config", "escapes.json", "{\"name\": \"\\u00e9\\ud83d\\ude00\\n\", \"a\": [1e308, -0.0, 1.5e-3]}");
    put("config", "deep.json", QByteArray(70, '[') + QByteArray(70, ']'));

    // bundles: the smallest model with and without training state, fp16, and a damaged one.
    const QString tmp = QDir::tempPath() + "/pivq-seeds.pivq";
    io::Bundle b;
    b.config = smallest();
    core::Generator g(b.config);
    core::Encoder e(b.config);
    b.weights = io::networkWeights(g, e);
    b.training_record["data"] = "seed";
    io::saveBundle(tmp.toStdString(), b, true);
    io::loadBundle(tmp.toStdString());  // the seed must be a bundle that loads
    const QByteArray bundle = fileBytes(tmp);
    put("bundle", "smallest_fp16.pivq", bundle);
    QByteArray damaged = bundle;
    damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x5A);
    put("bundle", "flipped_byte.pivq", damaged);
    put("bundle", "cut.pivq", bundle.left(bundle.size() * 2 / 3));
    QFile::remove(tmp);

    // masks: what `pivq masks` writes, gray class images, palette colours at the preview size.
    const auto palette = io::defaultPalette(4);
    auto mask = torch::randint(0, 4, {8, 8}, torch::kLong);
    const QImage indexed = io::maskToImage(mask, palette);
    put("mask", "indexed8.png", encode(indexed, "PNG"));
    QImage gray(8, 8, QImage::Format_Grayscale8);
    gray.fill(2);
    put("mask", "gray8.png", encode(gray, "PNG"));
    put("mask", "gray8.bmp", encode(gray, "BMP"));
    QImage colours = indexed.convertToFormat(QImage::Format_RGB32).scaled(32, 32);
    put("mask", "palette32.png", encode(colours, "PNG"));
    put("mask", "palette32.jpg", encode(colours, "JPEG"));
    cv::Mat rgb(8, 8, CV_8UC3, cv::Scalar(10, 20, 30));
    std::vector<uint8_t> webp;
    cv::imencode(".webp", rgb, webp);
    put("mask", "colour8.webp", QByteArray(reinterpret_cast<const char*>(webp.data()), qsizetype(webp.size())));
    std::vector<uint8_t> tiff;
    cv::imencode(".tiff", rgb, tiff);
    put("mask", "colour8.tiff", QByteArray(reinterpret_cast<const char*>(tiff.data()), qsizetype(tiff.size())));
    std::vector<uint8_t> pnm;
    cv::imencode(".ppm", rgb, pnm);
    put("mask", "colour8.ppm", QByteArray(reinterpret_cast<const char*>(pnm.data()), qsizetype(pnm.size())));

    // sessions: an image, a random draw, refined latents and edits.
    pivq::ui::Session s;
    s.modelName = "seed";
    QImage face(16, 16, QImage::Format_RGB32);
    face.fill(qRgb(200, 150, 120));
    s.pose.source = pivq::service::LatentSource::fromImage(face);
    s.pose.description = "pose.png";
    s.identity.source = pivq::service::LatentSource::random(7);
    s.identity.description = "random #7";
    s.poseB.source = pivq::service::LatentSource::fromLatents(QVector<float>(2 * 3, 0.25f), face);
    s.poseB.numWs = 2;
    s.poseB.wDim = 3;
    s.poseT = 0.25;
    s.layer = 3;
    s.sides[3] = 4;
    pivq::ui::MaskDocument::Cells cells(16, pivq::ui::MaskDocument::kEncoded);
    cells[5] = 2;
    s.edits[3] = cells;
    s.colors[3] = {qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255), qRgb(9, 9, 9)};
    s.names[3] = {"a", "b", "c", "d"};
    QString error;
    const QString sessionTmp = QDir::tempPath() + "/pivq-seeds.pivqsession";
    if (!pivq::ui::writeSession(sessionTmp, s, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    pivq::ui::Session back;
    if (!pivq::ui::readSession(sessionTmp, &back, &error)) {
        std::fprintf(stderr, "the seed session does not read back: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray session = fileBytes(sessionTmp);
    put("session", "refined.pivqsession", session);
    put("session", "cut.pivqsession", session.left(session.size() / 2));
    QFile::remove(sessionTmp);
    std::printf("seed corpus written to %s\n", argv[1]);
    return 0;
}
