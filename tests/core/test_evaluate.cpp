// engine/core/evaluate: the report's figures on tiny networks and known images —
// determinism, the trivial baselines, code shares, mask stability and the errors.
#include <QtTest>

#include "engine/core/evaluate.h"
#include "engine/core/metrics.h"
#include "engine/core/runtime.h"

using namespace pivq::core;

namespace {
struct Nets {
    Generator g{nullptr};
    Encoder e{nullptr};
};

Nets tinyNets(uint64_t seed = 0)
{
    torch::manual_seed(seed);
    ModelConfig cfg = preset("tiny32");
    return {Generator(cfg), Encoder(cfg)};
}

// Smooth random images in [-1,1] (upsampled noise), so SSIM and the masks have structure.
torch::Tensor images(int64_t n, uint64_t seed, int r = 32)
{
    torch::manual_seed(seed);
    auto x = torch::rand({n, 3, r / 4, r / 4}) * 2 - 1;
    return torch::upsample_bilinear2d(x, {r, r}, false);
}

EvalSet smallSet(int64_t pairs = 6)
{
    EvalSet s;
    s.name = "test set";
    s.identity = images(pairs, 1);
    s.pose = images(pairs, 2);
    s.truth = s.identity.clone();  // the truth is the identity image: that baseline is perfect
    s.reference = images(8, 3);
    s.same_pose_a = images(4, 4);
    s.same_pose_b = s.same_pose_a.clone();  // identical images: identical masks
    return s;
}
}  // namespace

class TestEvaluate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureThreads(0); }
    void reportIsDeterministicForASeed();
    void baselinesAndSwapFigures();
    void codeSharesAndMaskStability();
    void pplKeepsThePercentileRange();
    void proxyIsNeverCalledFid();
    void badRequestsAreClearErrors();
};

void TestEvaluate::reportIsDeterministicForASeed()
{
    Nets n = tinyNets();
    MsssimL1Distance p;
    auto f = randomCnnFeatures(torch::kCPU);
    const EvalSet s = smallSet();
    EvalOptions o;
    o.batch = 4;  // batches that do not divide the pairs
    const std::string a = evaluate(n.g, n.e, s, p, f.get(), o).toJson().dump();
    auto f2 = randomCnnFeatures(torch::kCPU);
    const std::string b = evaluate(n.g, n.e, s, p, f2.get(), o).toJson().dump();
    QCOMPARE(QString::fromStdString(a), QString::fromStdString(b));
    // Another PPL seed changes only PPL.
    o.seed = 7;
    auto r = evaluate(n.g, n.e, s, p, f.get(), o);
    QVERIFY(r.find("ppl_mse") && r.find("ppl_mse")->value != 0);
    QCOMPARE(r.seed, uint64_t(7));
    // The networks' modes are restored.
    n.g->train();
    evaluate(n.g, n.e, s, p, nullptr, {{"recon"}, 4});
    QVERIFY(n.g->is_training());
}

void TestEvaluate::baselinesAndSwapFigures()
{
    Nets n = tinyNets();
    MsssimL1Distance p;
    EvalOptions o;
    o.metrics = {"swap", "mixback", "recon"};
    auto r = evaluate(n.g, n.e, smallSet(), p, nullptr, o);
    QCOMPARE(r.pairs, int64_t(6));
    // Output = identity image equals the truth here: capped PSNR, SSIM 1, MSE 0.
    QCOMPARE(r.find("baseline_identity_psnr")->value, 100.0);
    QVERIFY(qAbs(r.find("baseline_identity_ssim")->value - 1.0) < 1e-6);
    QCOMPARE(r.find("baseline_identity_mse")->value, 0.0);
    // The other images are not the truth.
    QVERIFY(r.find("baseline_pose_psnr")->value < 40);
    QVERIFY(r.find("swap_psnr")->value < 40);
    QVERIFY(r.find("swap_psnr")->higher_is_better);
    QVERIFY(!r.find("swap_mse")->higher_is_better);
    for (const char* k : {"mixback_msssim-l1", "recon_msssim-l1", "chance_msssim-l1"}) {
        QVERIFY2(r.find(k), k);
        QVERIFY(r.find(k)->value > 0 && r.find(k)->value < 2);
    }
    QCOMPARE(r.find("recon_msssim-l1")->count, int64_t(12));
    // Only what was asked for.
    QVERIFY(!r.find("ppl_mse"));
    QVERIFY(r.code_usage.empty());
    const std::string table = r.table();
    QVERIFY(table.find("output = identity image") != std::string::npos);
}

void TestEvaluate::codeSharesAndMaskStability()
{
    Nets n = tinyNets();
    MsssimL1Distance p;
    auto r = evaluate(n.g, n.e, smallSet(), p, nullptr, {{"codes", "masks"}, 16});
    const auto& cfg = n.g->cfg;
    QCOMPARE(int(r.code_usage.size()), int(cfg.pose_layers.size()));
    for (const auto& [layer, shares] : r.code_usage) {
        QCOMPARE(int(shares.size()), cfg.vq_codes);
        double sum = 0;
        for (double s : shares) sum += s;
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
    }
    QCOMPARE(r.codes_total, cfg.vq_codes * int(cfg.pose_layers.size()));
    QVERIFY(r.codes_in_use >= 1 && r.codes_in_use <= r.codes_total);
    // Identical images give identical masks.
    QCOMPARE(r.find("mask_iou")->value, 1.0);
}

void TestEvaluate::pplKeepsThePercentileRange()
{
    Nets n = tinyNets();
    MsssimL1Distance p;
    EvalSet s = smallSet(40);
    auto r = evaluate(n.g, n.e, s, p, nullptr, {{"ppl"}, 16});
    const auto* f = r.find("ppl_mse");
    QVERIFY(f);
    QVERIFY(f->value > 0 && std::isfinite(f->value));
    QVERIFY(f->count < 40 && f->count >= 36);  // the extremes beyond the 1st and 99th percentiles go
}

void TestEvaluate::proxyIsNeverCalledFid()
{
    Nets n = tinyNets();
    MsssimL1Distance p;
    auto f = randomCnnFeatures(torch::kCPU);
    auto r = evaluate(n.g, n.e, smallSet(), p, f.get(), {{"fid"}, 16});
    QVERIFY(!r.find("fid"));
    QVERIFY(r.find("fd-randcnn"));
    QVERIFY(r.find("fd-randcnn")->label.find("not FID") != std::string::npos);
    QCOMPARE(QString::fromStdString(r.features), QString("fd-randcnn"));
    QVERIFY(r.find("fd-randcnn")->value > 0);
    // The same features of one set: distance 0.
    auto x = images(16, 9);
    auto a = featureStats(f->features(x)), b = featureStats(f->features(x));
    QVERIFY(frechetDistance(a, b) < 1e-6);
    // A missing Inception file is a clear error naming it.
    try {
        loadInception("/nonexistent/inception.pt", torch::kCPU);
        QFAIL("no error");
    } catch (const std::runtime_error& e) {
        QVERIFY2(QString(e.what()).contains("/nonexistent/inception.pt"), e.what());
    }
}

void TestEvaluate::badRequestsAreClearErrors()
{
    Nets n = tinyNets();
    MsssimL1Distance p;
    EvalSet s = smallSet();
    auto expectError = [&](const EvalSet& set, const EvalOptions& o, const char* fragment) {
        try {
            evaluate(n.g, n.e, set, p, nullptr, o);
            QFAIL("no error");
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains(fragment), e.what());
        }
    };
    expectError(s, {{"sharpness"}, 16}, "unknown metric");
    EvalSet noTruth = s;
    noTruth.truth = torch::Tensor();
    expectError(noTruth, {{"swap"}, 16}, "ground truth");
    expectError(s, {{"fid"}, 16}, "feature extractor");
    EvalSet wrongSize = s;
    wrongSize.pose = images(6, 2, 64);
    expectError(wrongSize, {}, "model's resolution");
    // Without truth, the default metrics skip what needs it.
    auto r = evaluate(n.g, n.e, noTruth, p, nullptr, {{}, 16});
    QVERIFY(!r.find("swap_psnr"));
    QVERIFY(r.find("recon_msssim-l1"));
}

QTEST_MAIN(TestEvaluate)
#include "test_evaluate.moc"
