// engine/core/metrics: Fréchet distance against closed forms, PSNR, mask IoU.
#include <QtTest>

#include <cmath>

#include "engine/core/metrics.h"
#include "engine/core/perceptual.h"

using namespace pivq::core;

class TestMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void frechetOfASetWithItselfIsZero();
    void frechetMatchesClosedForm_data();
    void frechetMatchesClosedForm();
    void frechetOfSampledGaussians();
    void psnrKnownValues();
    void ssimKnownValues();
    void maskIoUKnownValues();
};

void TestMetrics::frechetOfASetWithItselfIsZero()
{
    torch::manual_seed(0);
    auto f = torch::randn({200, 16});
    const auto s = featureStats(f);
    QVERIFY(frechetDistance(s, s) < 1e-8);
}

void TestMetrics::frechetMatchesClosedForm_data()
{
    QTest::addColumn<double>("shift");
    QTest::addColumn<double>("var1");
    QTest::addColumn<double>("var2");
    QTest::newRow("mean only") << 2.0 << 1.0 << 1.0;
    QTest::newRow("variance only") << 0.0 << 1.0 << 4.0;
    QTest::newRow("both") << 0.5 << 0.25 << 9.0;
}

void TestMetrics::frechetMatchesClosedForm()
{
    // Isotropic Gaussians in D dimensions: D*shift^2 + D*(s1 + s2 - 2 sqrt(s1 s2)).
    QFETCH(double, shift);
    QFETCH(double, var1);
    QFETCH(double, var2);
    const int d = 8;
    FeatureStats a, b;
    a.mean = torch::zeros({d}, torch::kFloat64);
    b.mean = torch::full({d}, shift, torch::kFloat64);
    a.cov = torch::eye(d, torch::kFloat64) * var1;
    b.cov = torch::eye(d, torch::kFloat64) * var2;
    const double expected = d * shift * shift + d * (var1 + var2 - 2 * std::sqrt(var1 * var2));
    QVERIFY(std::fabs(frechetDistance(a, b) - expected) < 1e-9 * std::max(1.0, expected));
    // Non-commuting covariances: compare with the 2x2 closed form of Tr sqrt(A B) via its
    // eigenvalues: for 2x2, Tr sqrt(M) = sqrt(tr M + 2 sqrt(det M)).
    FeatureStats c, e;
    c.mean = e.mean = torch::zeros({2}, torch::kFloat64);
    c.cov = torch::tensor({{2.0, 0.5}, {0.5, 1.0}}, torch::kFloat64);
    e.cov = torch::tensor({{1.0, -0.3}, {-0.3, 3.0}}, torch::kFloat64);
    auto m = torch::mm(c.cov, e.cov);
    const double tr = m.trace().item<double>(), det = torch::det(m).item<double>();
    const double closed = c.cov.trace().item<double>() + e.cov.trace().item<double>() - 2 * std::sqrt(tr + 2 * std::sqrt(det));
    QVERIFY(std::fabs(frechetDistance(c, e) - closed) < 1e-9);
}

void TestMetrics::frechetOfSampledGaussians()
{
    torch::manual_seed(1);
    auto x = torch::randn({20000, 4}, torch::kFloat64);
    auto y = torch::randn({20000, 4}, torch::kFloat64) * 2.0 + 1.0;
    const double expected = 4 * 1.0 + 4 * (1 + 4 - 2 * 2);  // = 8
    QVERIFY(std::fabs(frechetDistance(featureStats(x), featureStats(y)) - expected) < 0.3);
}

void TestMetrics::psnrKnownValues()
{
    auto a = torch::zeros({2, 3, 4, 4});
    auto b = a.clone();
    b[0].fill_(0.2);  // difference 0.1 on [0,1] -> MSE 0.01 -> 20 dB
    b[1].fill_(2.0);  // difference 1.0 -> 0 dB
    auto p = psnr(a, b);
    QVERIFY(std::fabs(p[0].item<double>() - 20.0) < 1e-4);
    QVERIFY(std::fabs(p[1].item<double>()) < 1e-6);
    QVERIFY(std::isinf(psnr(a, a)[0].item<double>()));
}

void TestMetrics::ssimKnownValues()
{
    torch::manual_seed(2);
    auto x = torch::rand({2, 3, 32, 32}) * 2 - 1;
    QVERIFY((ssim(x, x) - 1).abs().max().item<double>() < 1e-5);
    // A constant offset of c on [0,1] leaves structure intact and lowers only luminance.
    auto shifted = ssim(x * 0.5, x * 0.5 + 0.2);
    QVERIFY(shifted.min().item<double>() > 0.8 && shifted.max().item<double>() < 1.0);
    QVERIFY(ssim(x, -x).max().item<double>() < 0.1);
}

void TestMetrics::maskIoUKnownValues()
{
    auto a = torch::zeros({1, 4, 4}, torch::kLong);
    auto b = a.clone();
    a[0].slice(1, 0, 2).fill_(1);  // left half class 1
    b[0].slice(1, 0, 1).fill_(1);  // left quarter class 1
    // class 0: inter 8, union 12; class 1: inter 4, union 8 -> (2/3 + 1/2) / 2
    QVERIFY(std::fabs(maskIoU(a, b, 4)[0].item<double>() - (2.0 / 3 + 0.5) / 2) < 1e-9);
    QCOMPARE(maskIoU(a, a, 4)[0].item<double>(), 1.0);
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
