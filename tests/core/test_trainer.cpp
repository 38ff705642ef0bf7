// engine/core/trainer, perceptual, augment: the joint training scheme on tiny configs.
#include <QtTest>

#include "engine/core/augment.h"
#include "engine/core/inference.h"
#include "engine/core/perceptual.h"
#include "engine/core/runtime.h"
#include "engine/core/trainer.h"
#include "engine/io/toyfaces.h"

using namespace pivq::core;

namespace {
torch::Tensor toyBatch(int64_t begin, int64_t count, int res = 32)
{
    return pivq::io::toyfaces::renderBatch(11, begin, count, res).to(torch::kFloat32).div(127.5).sub(1.0);
}

// Reconstruction error of E then G_ema on a fixed batch (pixel MSE + the perceptual term).
double reconstructionError(Trainer& t, const torch::Tensor& x)
{
    torch::NoGradGuard ng;
    t.g_ema->eval();
    t.e->eval();
    auto rec = t.g_ema->synthesize(t.e->forward(x, t.g_ema->wAvg())).image;
    t.e->train();
    return (rec - x).square().mean().item<double>() + t.perceptual().distance(rec, x).mean().item<double>();
}

TrainConfig fastTrain()
{
    TrainConfig c;
    c.batch = 4;
    c.r1_gamma = 0.05;
    c.ema_kimg = 0.1;
    c.lr_e = 0.002;
    return c;
}
}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureThreads(0); }
    void trainConfigRoundTrip();
    void trainConfigErrors_data();
    void trainConfigErrors();
    void augmentChangesEveryImage();
    void shiftAndRotationMoveTheContent();
    void perceptualDistances();
    void lpipsLoadsNamedWeights();
    void trainingLowersReconstructionAndUsesCodes();
    void nanLossStopsWithoutChangingWeights();
    void trainingStateRoundTrips();
    void ablationSwitchesRun_data();
    void ablationSwitchesRun();
    void swapGridLayout();
    void colourAugmentationKeepsEveryPixelInPlace();
    void colourGraftsAreTrainedWhenEnabled_data();
    void colourGraftsAreTrainedWhenEnabled();
};

void TestTrainer::trainConfigRoundTrip()
{
    TrainConfig c;
    c.batch = 4;
    c.use_aug = false;
    c.perceptual = "msssim-l1";
    const auto back = TrainConfig::fromJson(pivq::json::parse(c.toJson().dump(2)));
    QCOMPARE(back.toJson().dump(), c.toJson().dump());
    // Absent keys keep their defaults.
    QCOMPARE(TrainConfig::fromJson(pivq::json::parse(R"({"batch": 2})")).lr_g, TrainConfig().lr_g);
}

void TestTrainer::trainConfigErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << R"({"bach": 8})" << "unknown key \"bach\"";
    QTest::newRow("batch") << R"({"batch": 0})" << "batch";
    QTest::newRow("colour gain") << R"({"aug_color_gain": 1.5})" << "aug_color_gain";
    QTest::newRow("negative colour weight") << R"({"w_aug_color": -1})" << "w_aug_color";
    QTest::newRow("probability") << R"({"aug_flip": 1.5})" << "aug_flip";
    QTest::newRow("shift probability") << R"({"aug_translate": -0.1})" << "aug_translate";
    QTest::newRow("shift range") << R"({"aug_translate_max": 0.6})" << "aug_translate_max";
    QTest::newRow("rotation probability") << R"({"aug_rotate": 2})" << "aug_rotate";
    QTest::newRow("rotation range") << R"({"aug_rotate_max": 200})" << "aug_rotate_max";
    QTest::newRow("perceptual") << R"({"perceptual": "l2"})" << "perceptual";
    QTest::newRow("lpips without file") << R"({"perceptual": "lpips"})" << "lpips_weights";
    QTest::newRow("type") << R"({"use_aug": 1})" << "use_aug: expected boolean";
}

void TestTrainer::trainConfigErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    try {
        TrainConfig::fromJson(pivq::json::parse(text.toStdString()));
        QFAIL("no error");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
}

void TestTrainer::augmentChangesEveryImage()
{
    auto x = toyBatch(0, 16);
    auto g1 = at::detail::createCPUGenerator(5);
    auto g2 = at::detail::createCPUGenerator(5);
    auto a = augmentShape(x, AugmentOptions(), g1);
    auto b = augmentShape(x, AugmentOptions(), g2);
    QCOMPARE(a.sizes(), x.sizes());
    QVERIFY(torch::equal(a, b));  // same generator state, same augmentation
    auto diff = (a - x).abs().amax({1, 2, 3});
    QVERIFY2((diff > 1e-3).all().item<bool>(), "an image came back unchanged");
    AugmentOptions flipOnly;
    flipOnly.flip = 1.0;
    flipOnly.rescale = flipOnly.cutout = 0.0;
    QVERIFY(torch::allclose(augmentShape(x, flipOnly), x.flip({3}), 1e-4, 1e-4));
}

// A shift moves a dot by at most translate_max of the side and keeps its mass; a rotation
// about the centre keeps a dot's distance from the centre and turns it by at most
// rotate_max. With both probabilities at 0 the result is the paper's set's, draw for draw.
void TestTrainer::shiftAndRotationMoveTheContent()
{
    const int64_t n = 32, side = 64;
    auto centroid = [&](const torch::Tensor& img) {  // [N,1,H,W] in [-1,1] -> mass, x, y (pixels)
        auto m = (img + 1).squeeze(1);
        auto ys = torch::arange(side, torch::kFloat32).view({1, side, 1});
        auto xs = torch::arange(side, torch::kFloat32).view({1, 1, side});
        auto mass = m.sum({1, 2});
        return std::array<torch::Tensor, 3>{mass, (m * xs).sum({1, 2}) / mass, (m * ys).sum({1, 2}) / mass};
    };
    auto dotAt = [&](int64_t x0, int64_t y0) {  // a 2x2 dot whose centroid is (x0 + 0.5, y0 + 0.5)
        auto img = -torch::ones({n, 1, side, side});
        img.slice(2, y0, y0 + 2).slice(3, x0, x0 + 2).fill_(1.0);
        return img;
    };
    const double c = (side - 1) / 2.0;  // the image centre in pixel coordinates

    AugmentOptions shift;
    shift.flip = shift.rescale = shift.cutout = 0.0;
    shift.translate = 1.0;
    shift.translate_max = 0.2;
    const auto dot = dotAt(31, 31);
    auto [m0, x0, y0] = centroid(dot);
    auto [m1, x1, y1] = centroid(augmentShape(dot, shift, at::detail::createCPUGenerator(7)));
    QVERIFY(((m1 - m0).abs() < 1e-3 * m0).all().item<bool>());
    const double limit = 0.2 * side + 1e-3;
    QVERIFY(((x1 - c).abs() <= limit).all().item<bool>() && ((y1 - c).abs() <= limit).all().item<bool>());
    QVERIFY2(((x1 - c).abs() > 2).sum().item<int64_t>() > n / 2, "most dots should move sideways");
    QVERIFY2(((y1 - c).abs() > 2).sum().item<int64_t>() > n / 2, "most dots should move up or down");

    AugmentOptions turn;
    turn.flip = turn.rescale = turn.cutout = 0.0;
    turn.rotate = 1.0;
    turn.rotate_max = 60.0;
    const auto right = dotAt(47, 31);  // 16 px right of the centre
    auto [m2, x2, y2] = centroid(augmentShape(right, turn, at::detail::createCPUGenerator(8)));
    auto radius = ((x2 - c).square() + (y2 - c).square()).sqrt();
    auto angle = torch::atan2(y2 - c, x2 - c) * (180.0 / M_PI);  // y down: positive = clockwise
    QVERIFY2(((radius - 16).abs() < 0.5).all().item<bool>(), "a rotation about the centre keeps the radius");
    QVERIFY((angle.abs() <= 60.5).all().item<bool>());
    QVERIFY2((angle > 10).any().item<bool>() && (angle < -10).any().item<bool>(), "both directions are drawn");

    // Off (the default): only the paper's set draws, 8 numbers per image, so earlier runs'
    // augmentations are unchanged; enabled, 5 more per image.
    const auto faces = toyBatch(0, 8);
    auto afterAugment = [&](const AugmentOptions& o) {
        auto g = at::detail::createCPUGenerator(9);
        augmentShape(faces, o, g);
        return torch::rand({4}, g);
    };
    auto afterDraws = [&](std::vector<int64_t> widths) {
        auto g = at::detail::createCPUGenerator(9);
        for (auto w : widths) torch::rand({8, w}, g);
        return torch::rand({4}, g);
    };
    AugmentOptions off;
    off.translate_max = 0.4;
    off.rotate_max = 90.0;
    QVERIFY(torch::equal(afterAugment(off), afterDraws({8})));
    QVERIFY(torch::equal(afterAugment(shift), afterDraws({8, 5})));
}

void TestTrainer::perceptualDistances()
{
    auto x = toyBatch(0, 4, 64);
    MsssimL1Distance p;
    QVERIFY(p.distance(x, x).abs().max().item<double>() < 1e-5);
    QVERIFY((msssim(x, x) - 1).abs().max().item<double>() < 1e-4);
    auto small = p.distance(x, (x + 0.05 * torch::randn_like(x)).clamp(-1, 1)).mean().item<double>();
    auto large = p.distance(x, (x + 0.4 * torch::randn_like(x)).clamp(-1, 1)).mean().item<double>();
    QVERIFY2(small > 0 && large > small, qPrintable(QString("%1 %2").arg(small).arg(large)));
    QCOMPARE(QString::fromStdString(p.name()), QString("msssim-l1"));
}

void TestTrainer::lpipsLoadsNamedWeights()
{
    torch::manual_seed(0);
    LpipsAlex donor;  // random weights stand in for the converted official file
    {
        torch::NoGradGuard ng;
        for (auto& lin : donor->lins) lin->weight.abs_();  // the official lin weights are non-negative
    }
    NamedTensors file;
    for (const auto& kv : stateOf(*donor))
        if (kv.first != "shift" && kv.first != "scale") file.push_back(kv);
    LpipsDistance lp(file);
    auto x = toyBatch(0, 2, 32);
    QVERIFY(lp.distance(x, x).abs().max().item<double>() < 1e-6);
    QVERIFY(lp.distance(x, x.flip({3})).min().item<double>() > 0);
    QCOMPARE(QString::fromStdString(lp.name()), QString("lpips-alex"));
    file.pop_back();  // drop lin4
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LpipsDistance{file});
    // The trainer picks LPIPS when weights are given, the weight-free distance otherwise.
    QCOMPARE(QString::fromStdString(makePerceptual(TrainConfig())->name()), QString("msssim-l1"));
}

void TestTrainer::trainingLowersReconstructionAndUsesCodes()
{
    const auto data = toyBatch(0, 64);
    const auto fixed = data.slice(0, 0, 8);
    Trainer t(preset("tiny32"), fastTrain(), torch::kCPU, nullptr);
    const double before = reconstructionError(t, fixed);
    auto order = torch::randperm(64);
    for (int s = 0; s < 150; ++s) {
        auto idx = order.slice(0, (s * 4) % 64, (s * 4) % 64 + 4);
        const auto st = t.step(data.index_select(0, idx));
        QVERIFY2(st.finite, "non-finite loss");
        QVERIFY(st.losses.count("aug") && st.losses.count("latent") && st.losses.count("D"));
    }
    const double after = reconstructionError(t, fixed);
    qInfo("reconstruction error %.4f -> %.4f after %lld images", before, after, (long long)t.imagesSeen());
    QVERIFY2(after < 0.7 * before, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(t.imagesSeen(), int64_t(150 * 4));
    // More than one code in use, on the masks of real images through E and G_ema.
    torch::NoGradGuard ng;
    auto out = t.g_ema->synthesize(t.e->forward(data.slice(0, 0, 32), t.g_ema->wAvg()));
    for (const auto& kv : out.masks) {
        const auto used = std::get<0>(torch::_unique(kv.second.flatten())).numel();
        QVERIFY2(used > 1, qPrintable(QString("layer %1 uses %2 code").arg(kv.first).arg(used)));
    }
    QVERIFY(t.codesInUse() > 2);
}

void TestTrainer::nanLossStopsWithoutChangingWeights()
{
    Trainer t(preset("tiny32"), fastTrain(), torch::kCPU, nullptr);
    auto before = stateOf(*t.d);
    std::vector<torch::Tensor> copies;
    for (auto& kv : before) copies.push_back(kv.second.clone());
    auto bad = toyBatch(0, 4);
    bad[0][0][0][0] = std::numeric_limits<float>::quiet_NaN();
    const auto st = t.step(bad);
    QVERIFY(!st.finite);
    QCOMPARE(t.steps(), int64_t(0));
    for (size_t i = 0; i < before.size(); ++i) QVERIFY(torch::equal(before[i].second, copies[i]));
}

void TestTrainer::trainingStateRoundTrips()
{
    const auto data = toyBatch(0, 16);
    Trainer a(preset("tiny32"), fastTrain(), torch::kCPU, nullptr);
    for (int s = 0; s < 3; ++s) a.step(data.slice(0, (s % 2) * 4, (s % 2) * 4 + 4));
    Trainer b(preset("tiny32"), fastTrain(), torch::kCPU, nullptr);
    b.loadWeights(a.weights());
    b.loadTrainingState(a.trainingState());
    QCOMPARE(b.steps(), a.steps());
    QCOMPARE(b.imagesSeen(), a.imagesSeen());
    auto sa = a.trainingState(), sb = b.trainingState();
    QCOMPARE(sa.size(), sb.size());
    for (size_t i = 0; i < sa.size(); ++i) {
        QCOMPARE(sa[i].first, sb[i].first);
        QVERIFY2(torch::equal(sa[i].second, sb[i].second), sa[i].first.c_str());
    }
    // Both continue from the same random state with the same first loss. (Later losses
    // agree only roughly: oneDNN's convolution gradients differ in the last bits between
    // runs, and Adam with beta1 = 0 turns near-zero gradients into full-size steps.)
    torch::manual_seed(3);
    const auto sta = a.step(data.slice(0, 0, 4));
    torch::manual_seed(3);
    const auto stb = b.step(data.slice(0, 0, 4));
    QVERIFY(sta.finite && stb.finite);
    QCOMPARE(stb.losses.at("D"), sta.losses.at("D"));
    QCOMPARE(b.steps(), a.steps());
}

void TestTrainer::ablationSwitchesRun_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("useAug");
    QTest::newRow("w/o VQ") << int(VqVariant::None) << true;
    QTest::newRow("w/o augmentation") << int(VqVariant::Vq1) << false;
    QTest::newRow("vq2") << int(VqVariant::Vq2) << true;
    QTest::newRow("vq3") << int(VqVariant::Vq3) << true;
    QTest::newRow("gumbel") << int(VqVariant::Gumbel) << true;
}

void TestTrainer::ablationSwitchesRun()
{
    QFETCH(int, variant);
    QFETCH(bool, useAug);
    ModelConfig m = preset("tiny32");
    m.vq_variant = VqVariant(variant);
    TrainConfig c = fastTrain();
    c.use_aug = useAug;
    Trainer t(m, c, torch::kCPU, nullptr);
    const auto st = t.step(toyBatch(0, 4));
    QVERIFY(st.finite);
    QCOMPARE(bool(st.losses.count("aug")), useAug);
}

void TestTrainer::swapGridLayout()
{
    const ModelConfig m = preset("tiny32");
    Generator g(m);
    Encoder e(m);
    auto ids = toyBatch(0, 2), poses = toyBatch(2, 3);
    auto grid = swapGrid(g, e, ids, poses);
    QCOMPARE(grid.sizes().vec(), (std::vector<int64_t>{3, 3 * 32, 4 * 32}));
    QVERIFY(torch::equal(grid.slice(1, 0, 32).slice(2, 32, 64), poses[0]));
    QVERIFY(torch::equal(grid.slice(1, 64, 96).slice(2, 0, 32), ids[1]));
    auto cell = grid.slice(1, 32, 64).slice(2, 96, 128);
    QVERIFY(torch::allclose(cell, swapImages(g, e, ids.slice(0, 0, 1), poses.slice(0, 2, 3))[0].clamp(-1, 1), 1e-5, 1e-5));
}

void TestTrainer::colourAugmentationKeepsEveryPixelInPlace()
{
    // Away from the clamp, every output channel is gain * (some input channel) + shift: the
    // colours change, the pose (where each pixel is) cannot.
    torch::manual_seed(3);
    const auto x = torch::rand({16, 3, 8, 8}) * 0.4 - 0.2;
    const auto y = augmentColor(x, 0.4, 0.3);
    QCOMPARE(y.sizes(), x.sizes());
    int changed = 0;
    for (int64_t i = 0; i < 16; ++i) {
        changed += !torch::allclose(y[i], x[i]);
        for (int64_t c = 0; c < 3; ++c) {
            bool affine = false;
            for (int64_t j = 0; j < 3 && !affine; ++j) {
                const auto xs = x[i][j].flatten(), ys = y[i][c].flatten();
                const double a = ((ys[1] - ys[0]) / (xs[1] - xs[0])).item<double>();
                const double b = (ys[0] - a * xs[0]).item<double>();
                affine = a > 0.55 && a < 1.45 && (ys - (a * xs + b)).abs().max().item<double>() < 1e-4;
            }
            QVERIFY2(affine, qPrintable(QString("image %1 channel %2 is not a recoloured input channel").arg(i).arg(c)));
        }
    }
    QVERIFY(changed == 16);
    QVERIFY(augmentColor(torch::ones({2, 3, 4, 4}), 0.4, 0.3).max().item<double>() <= 1.0);  // clamped
}

void TestTrainer::colourGraftsAreTrainedWhenEnabled_data()
{
    QTest::addColumn<double>("weight");
    QTest::addColumn<bool>("shapeAug");
    QTest::newRow("off (the paper)") << 0.0 << true;
    QTest::newRow("with L_aug") << 1.0 << true;
    QTest::newRow("without L_aug") << 1.0 << false;
}

void TestTrainer::colourGraftsAreTrainedWhenEnabled()
{
    QFETCH(double, weight);
    QFETCH(bool, shapeAug);
    TrainConfig c = fastTrain();
    c.w_aug_color = weight;
    c.use_aug = shapeAug;
    Trainer t(preset("tiny32"), c, torch::kCPU, nullptr);
    const auto data = toyBatch(0, 8);
    for (int s = 0; s < 2; ++s) {
        const auto st = t.step(data.slice(0, 4 * s, 4 * s + 4));
        QVERIFY(st.finite);
        QCOMPARE(st.losses.count("aug_color"), size_t(weight > 0));
        QCOMPARE(st.losses.count("aug"), size_t(shapeAug));
        if (weight > 0) QVERIFY(st.losses.at("aug_color") > 0);
    }
}

QTEST_APPLESS_MAIN(TestTrainer)
#include "test_trainer.moc"
