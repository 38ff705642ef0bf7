// engine/core/generator and vqsn: shapes, VQ behaviour, mask regeneration, grafting.
#include <QtTest>

#include "engine/core/discriminator.h"
#include "engine/core/encoder.h"
#include "engine/core/generator.h"
#include "engine/core/runtime.h"

using namespace pivq::core;

namespace {
// The paper's 256 px layout (14 latents, pose layers 3-5) at a width a test can afford.
ModelConfig narrow256()
{
    ModelConfig c = preset("paper256");
    c.name = "narrow256";
    c.z_dim = c.w_dim = 32;
    c.mapping_layers = 2;
    c.channel_base = 2048;
    c.channel_max = 16;
    c.vq_dim = 8;
    c.pose_channels = 8;
    c.enc_channel_base = 1024;
    c.enc_channel_max = 16;
    c.d_channel_base = 1024;
    c.d_channel_max = 16;
    return c;
}

ModelConfig narrow64()
{
    ModelConfig c = preset("cpu64");
    c.z_dim = c.w_dim = 32;
    c.channel_max = 32;
    c.enc_channel_max = 32;
    c.d_channel_max = 32;
    c.pose_channels = 16;
    return c;
}

ModelConfig configNamed(const QString& name)
{
    if (name == "narrow256") return narrow256();
    if (name == "narrow64") return narrow64();
    return preset(name.toStdString());
}

ModelConfig withVariant(VqVariant v)
{
    ModelConfig c = preset("tiny32");
    c.vq_variant = v;
    return c;
}
}  // namespace

class TestGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureThreads(0); }
    void outputShapes_data();
    void outputShapes();
    void vqOutputsAreCodebookRows();
    void straightThroughReachesPoseGenerator();
    void deadCodesAreReseeded();
    void regeneratingFromUneditedMasksReproducesImage_data();
    void regeneratingFromUneditedMasksReproducesImage();
    void changingMaskChangesImage();
    void outOfRangeMaskIsError();
    void graftTakesOnlyPoseLayersFromPose();
    void sameSeedSameOutput();
    void variantsRun_data();
    void variantsRun();
    void poseConvIsNotModulatedByDefault();
    void incrementalSynthesisMatchesFull();
};

void TestGenerator::outputShapes_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<int>("resolution");
    QTest::addColumn<int>("numWs");
    QTest::newRow("32") << "tiny32" << 32 << 8;
    QTest::newRow("64") << "narrow64" << 64 << 10;
    QTest::newRow("256") << "narrow256" << 256 << 14;
}

void TestGenerator::outputShapes()
{
    QFETCH(QString, config);
    QFETCH(int, resolution);
    QFETCH(int, numWs);
    const ModelConfig cfg = configNamed(config);
    QCOMPARE(cfg.numWs(), numWs);
    torch::manual_seed(0);
    Generator g(cfg);
    Encoder e(cfg);
    Discriminator d(cfg);
    g->eval();
    torch::NoGradGuard ng;
    auto ws = g->mapZ(torch::randn({2, cfg.z_dim}));
    QCOMPARE(ws.sizes().vec(), (std::vector<int64_t>{2, numWs, cfg.w_dim}));
    auto out = g->synthesize(ws);
    QCOMPARE(out.image.sizes().vec(), (std::vector<int64_t>{2, 3, resolution, resolution}));
    QCOMPARE(int(out.masks.size()), int(cfg.pose_layers.size()));
    for (int l : cfg.pose_layers) {
        const int64_t side = cfg.convLayerResolution(l);
        QCOMPARE(out.masks.at(l).sizes().vec(), (std::vector<int64_t>{2, side, side}));
    }
    QCOMPARE(e->forward(out.image, g->wAvg()).sizes().vec(), (std::vector<int64_t>{2, numWs, cfg.w_dim}));
    QCOMPARE(d->forward(out.image).sizes().vec(), (std::vector<int64_t>{2, 1}));
    QVERIFY(torch::isfinite(out.image).all().item<bool>());
}

void TestGenerator::vqOutputsAreCodebookRows()
{
    const ModelConfig cfg = preset("tiny32");
    torch::manual_seed(1);
    VectorQuantizer vq(cfg);
    vq->train();
    vq->forward(torch::randn({2, cfg.vq_dim, 8, 8}));  // seeds the codebook from data
    vq->eval();
    auto z = torch::randn({3, cfg.vq_dim, 8, 8});
    auto r = vq->forward(z);
    QCOMPARE(r.mask.sizes().vec(), (std::vector<int64_t>{3, 8, 8}));
    QVERIFY(r.mask.min().item<int64_t>() >= 0);
    QVERIFY(r.mask.max().item<int64_t>() < cfg.vq_codes);
    // Every output vector is exactly the codebook row its mask names...
    auto flat = r.zq.permute({0, 2, 3, 1}).reshape({-1, cfg.vq_dim});
    QVERIFY(torch::equal(flat, vq->codebook.index_select(0, r.mask.flatten())));
    // ...and that row is the nearest one.
    auto zf = z.permute({0, 2, 3, 1}).reshape({-1, cfg.vq_dim});
    auto dist = torch::cdist(zf, vq->codebook);
    QVERIFY(torch::equal(dist.argmin(1), r.mask.flatten()));
}

void TestGenerator::straightThroughReachesPoseGenerator()
{
    const ModelConfig cfg = preset("tiny32");
    torch::manual_seed(2);
    Generator g(cfg);
    g->train();
    SynthesisOptions opts;
    opts.noise = NoiseMode::Random;
    auto out = g->synthesize(g->mapZ(torch::randn({2, cfg.z_dim})), opts);
    (out.image.square().mean() + out.vq_loss).backward();
    for (int l : cfg.pose_layers) {
        auto& v = g->synthesis->vqsn.at(l);
        auto conv0 = v->pose_convs[0]->as<SynthesisLayerImpl>();
        QVERIFY2(v->basis.grad().defined() && v->basis.grad().abs().sum().item<double>() > 0, "no gradient at the basis");
        QVERIFY(conv0->weight.grad().abs().sum().item<double>() > 0);
        QVERIFY(conv0->affine->weight.grad().abs().sum().item<double>() > 0);
    }
}

void TestGenerator::deadCodesAreReseeded()
{
    ModelConfig cfg = preset("tiny32");
    cfg.vq_codes = 8;
    torch::manual_seed(3);
    VectorQuantizer vq(cfg);
    vq->train();
    auto z = torch::randn({4, cfg.vq_dim, 8, 8});
    vq->forward(z);
    // Push one code far from every vector: it becomes dead and must be re-seeded.
    {
        torch::NoGradGuard ng;
        vq->codebook[0].fill_(1000.0);
        vq->ema_sum[0].fill_(1000.0);
    }
    for (int i = 0; i < 400; ++i) vq->forward(z + 0.01 * torch::randn_like(z));
    QVERIFY2(vq->codebook[0].abs().max().item<double>() < 100.0, "dead code was never re-seeded");
    vq->eval();
    auto used = std::get<0>(torch::_unique(vq->forward(z).mask.flatten())).numel();
    QVERIFY2(used > 1, "only one code in use");
}

void TestGenerator::regeneratingFromUneditedMasksReproducesImage_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("vq1") << int(VqVariant::Vq1);
    QTest::newRow("vq2") << int(VqVariant::Vq2);
    QTest::newRow("vq3") << int(VqVariant::Vq3);
    QTest::newRow("gumbel") << int(VqVariant::Gumbel);
}

void TestGenerator::regeneratingFromUneditedMasksReproducesImage()
{
    QFETCH(int, variant);
    const ModelConfig cfg = withVariant(VqVariant(variant));
    torch::manual_seed(4);
    Generator g(cfg);
    g->eval();
    torch::NoGradGuard ng;
    auto ws = g->mapZ(torch::randn({2, cfg.z_dim}));
    auto a = g->synthesize(ws);
    SynthesisOptions opts;
    opts.masks = a.masks;
    auto b = g->synthesize(ws, opts);
    const double diff = (a.image - b.image).abs().max().item<double>();
    QVERIFY2(diff < 1e-5, qPrintable(QString("max abs diff %1").arg(diff)));
}

void TestGenerator::changingMaskChangesImage()
{
    const ModelConfig cfg = preset("tiny32");
    torch::manual_seed(5);
    Generator g(cfg);
    g->eval();
    torch::NoGradGuard ng;
    auto ws = g->mapZ(torch::randn({1, cfg.z_dim}));
    auto a = g->synthesize(ws);
    const int l = cfg.pose_layers.front();
    auto edited = a.masks.at(l).clone();
    // Change the class of a 4x4 block of cells.
    auto block = edited.slice(1, 2, 6).slice(2, 2, 6);
    block.copy_((block + 1).remainder(cfg.vq_codes));
    SynthesisOptions opts;
    opts.masks[l] = edited;
    auto b = g->synthesize(ws, opts);
    QVERIFY((a.image - b.image).abs().max().item<double>() > 1e-3);
    QVERIFY(torch::equal(b.masks.at(l), edited));
}

void TestGenerator::outOfRangeMaskIsError()
{
    const ModelConfig cfg = preset("tiny32");
    Generator g(cfg);
    g->eval();
    torch::NoGradGuard ng;
    auto ws = g->mapZ(torch::randn({1, cfg.z_dim}));
    const int l = cfg.pose_layers.front();
    const int64_t side = cfg.convLayerResolution(l);
    SynthesisOptions opts;
    opts.masks[l] = torch::full({1, side, side}, cfg.vq_codes, torch::kLong);
    QVERIFY_THROWS_EXCEPTION(c10::Error, g->synthesize(ws, opts));
    opts.masks[l] = torch::zeros({1, side + 1, side}, torch::kLong);
    QVERIFY_THROWS_EXCEPTION(c10::Error, g->synthesize(ws, opts));
}

void TestGenerator::graftTakesOnlyPoseLayersFromPose()
{
    const ModelConfig cfg = preset("tiny32");
    torch::manual_seed(6);
    auto id = torch::randn({2, cfg.numWs(), cfg.w_dim});
    auto pose = torch::randn({2, cfg.numWs(), cfg.w_dim});
    auto g = graft(cfg, id, pose);
    for (int r = 0; r < cfg.numWs(); ++r) {
        const bool isPose = cfg.isPoseLayer(r);
        QVERIFY2(torch::equal(g.select(1, r), (isPose ? pose : id).select(1, r)), qPrintable(QString("row %1").arg(r)));
    }
    // Through the generator: the grafted image's masks are those of the pose source
    // (VQ-1 masks depend on the pose rows alone), and the image differs from both sources.
    Generator gen(cfg);
    gen->eval();
    torch::NoGradGuard ng;
    auto outPose = gen->synthesize(pose);
    auto outId = gen->synthesize(id);
    auto outGraft = gen->synthesize(g);
    for (int l : cfg.pose_layers) QVERIFY(torch::equal(outGraft.masks.at(l), outPose.masks.at(l)));
    QVERIFY((outGraft.image - outPose.image).abs().max().item<double>() > 1e-4);
    QVERIFY((outGraft.image - outId.image).abs().max().item<double>() > 1e-4);
}

void TestGenerator::sameSeedSameOutput()
{
    const ModelConfig cfg = preset("tiny32");
    auto run = [&] {
        torch::manual_seed(7);
        Generator g(cfg);
        g->eval();
        torch::NoGradGuard ng;
        return g->synthesize(g->mapZ(torch::randn({2, cfg.z_dim}))).image;
    };
    auto a = run();
    auto b = run();
    QVERIFY(torch::equal(a, b));
    torch::manual_seed(8);
    Generator other(cfg);
    other->eval();
    torch::NoGradGuard ng;
    QVERIFY(!torch::equal(other->synthesize(other->mapZ(torch::randn({2, cfg.z_dim}))).image, a));
}

void TestGenerator::variantsRun_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("hasMasks");
    QTest::newRow("none") << int(VqVariant::None) << false;
    QTest::newRow("vq1") << int(VqVariant::Vq1) << true;
    QTest::newRow("vq2") << int(VqVariant::Vq2) << true;
    QTest::newRow("vq3") << int(VqVariant::Vq3) << true;
    QTest::newRow("gumbel") << int(VqVariant::Gumbel) << true;
}

void TestGenerator::variantsRun()
{
    QFETCH(int, variant);
    QFETCH(bool, hasMasks);
    const ModelConfig cfg = withVariant(VqVariant(variant));
    torch::manual_seed(9);
    Generator g(cfg);
    g->train();
    SynthesisOptions opts;
    opts.noise = NoiseMode::Random;
    auto out = g->synthesize(g->mapZ(torch::randn({2, cfg.z_dim})), opts);
    QCOMPARE(out.masks.empty(), !hasMasks);
    (out.image.mean() + out.vq_loss).backward();
    QVERIFY(torch::isfinite(out.image).all().item<bool>());
    if (VqVariant(variant) == VqVariant::Vq2) {
        // Only the first VQSN layer has a basis; the next is built from its f_vq.
        QVERIFY(g->synthesis->vqsn.at(cfg.pose_layers[0])->basis.defined());
        QVERIFY(!g->synthesis->vqsn.at(cfg.pose_layers[1])->basis.defined());
    }
}

void TestGenerator::poseConvIsNotModulatedByDefault()
{
    ModelConfig cfg = preset("tiny32");
    Generator g(cfg);
    for (int l = 0; l < cfg.numConvLayers(); ++l) {
        const bool pose = cfg.isPoseLayer(l);
        QCOMPARE(g->synthesis->layers[size_t(l)]->modulated, !pose);
    }
    cfg.pose_conv_modulated = true;
    Generator m(cfg);
    for (int l : cfg.pose_layers) QVERIFY(m->synthesis->layers[size_t(l)]->modulated);
    cfg.pose_conv_modulated = false;
    cfg.vq_variant = VqVariant::None;  // without VQ the pose latent must drive the conv itself
    Generator n(cfg);
    for (int l : cfg.pose_layers) QVERIFY(n->synthesis->layers[size_t(l)]->modulated);
}

void TestGenerator::incrementalSynthesisMatchesFull()
{
    const ModelConfig cfg = withVariant(VqVariant::Vq2);
    torch::manual_seed(10);
    Generator g(cfg);
    g->eval();
    torch::NoGradGuard ng;
    auto ws = g->mapZ(torch::randn({1, cfg.z_dim}));
    SynthesisOptions capture;
    capture.capture = {3, 4};
    auto full = g->synthesize(ws, capture);
    for (int start : {3, 4}) {
        SynthesisOptions resume;
        resume.start_layer = start;
        resume.start_state = &full.states.at(start);
        auto part = g->synthesize(ws, resume);
        QVERIFY(torch::allclose(part.image, full.image, 1e-6, 1e-6));
    }
}

QTEST_APPLESS_MAIN(TestGenerator)
#include "test_generator.moc"
