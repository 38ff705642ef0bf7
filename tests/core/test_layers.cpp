// engine/core/layers: equalized learning rate, modulated convolution, FIR resampling.
#include <QtTest>

#include <cmath>

#include "engine/core/discriminator.h"
#include "engine/core/layers.h"
#include "engine/core/runtime.h"

using namespace pivq::core;

class TestLayers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureThreads(0); }
    void equalizedLrRuntimeScale_data();
    void equalizedLrRuntimeScale();
    void equalizedConvRuntimeScale();
    void demodulatedWeightsHaveUnitNorm();
    void splitAndGroupedModConvAgree_data();
    void splitAndGroupedModConvAgree();
    void firKernelSumsToOne();
    void resamplingShapesAndGain();
    void resamplingMatchesDirectFir();
    void minibatchStddevAddsOneChannel();
    void mappingTracksWAvgAndTruncates();
};

void TestLayers::equalizedLrRuntimeScale_data()
{
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<double>("lrMult");
    QTest::addColumn<double>("biasInit");
    QTest::newRow("plain") << 16 << 8 << 1.0 << 0.0;
    QTest::newRow("mapping") << 64 << 64 << 0.01 << 0.0;
    QTest::newRow("affine") << 32 << 12 << 1.0 << 1.0;
}

void TestLayers::equalizedLrRuntimeScale()
{
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(double, lrMult);
    QFETCH(double, biasInit);
    torch::manual_seed(1);
    EqualLinear fc(in, out, false, lrMult, biasInit);
    // The stored weight is N(0,1)/lr_mult; the effective weight is scaled by lr_mult/sqrt(in).
    QVERIFY(std::fabs(fc->weight.std().item<double>() * lrMult - 1.0) < 0.25);
    QCOMPARE(fc->weight_gain, lrMult / std::sqrt(double(in)));
    auto x = torch::randn({5, in});
    auto expected = torch::mm(x, (fc->weight * (lrMult / std::sqrt(double(in)))).t()) + fc->bias * lrMult;
    QVERIFY(torch::allclose(fc->forward(x), expected, 1e-5, 1e-5));
    // The bias starts at bias_init in effect.
    QVERIFY(torch::allclose(fc->bias * lrMult, torch::full({out}, biasInit), 1e-6, 1e-6));
}

void TestLayers::equalizedConvRuntimeScale()
{
    torch::manual_seed(2);
    EqualConv2d conv(6, 4, 3, true, false);
    auto x = torch::randn({2, 6, 8, 8});
    auto expected = torch::conv2d(x, conv->weight / std::sqrt(6.0 * 9.0), conv->bias, 1, 1);
    QVERIFY(torch::allclose(conv->forward(x), expected, 1e-5, 1e-5));
}

void TestLayers::demodulatedWeightsHaveUnitNorm()
{
    torch::manual_seed(3);
    auto w = torch::randn({8, 5, 3, 3});
    auto s = torch::randn({4, 5}) + 1.0;
    auto wm = modulateWeights(w, s, true);  // [N,O,I,k,k]
    QCOMPARE(wm.sizes().vec(), (std::vector<int64_t>{4, 8, 5, 3, 3}));
    auto norms = wm.square().sum({2, 3, 4}).sqrt();
    QVERIFY2(torch::allclose(norms, torch::ones_like(norms), 1e-5, 1e-5), "demodulated norms differ from 1");
    // Without demodulation the weights are plain W * s.
    auto raw = modulateWeights(w, s, false);
    QVERIFY(torch::allclose(raw[1][2], w[2] * s[1].view({5, 1, 1}), 1e-6, 1e-6));
}

void TestLayers::splitAndGroupedModConvAgree_data()
{
    QTest::addColumn<bool>("demod");
    QTest::addColumn<bool>("up");
    QTest::addColumn<int>("kernel");
    QTest::newRow("demod 3x3") << true << false << 3;
    QTest::newRow("demod up") << true << true << 3;
    QTest::newRow("no demod 1x1") << false << false << 1;
}

void TestLayers::splitAndGroupedModConvAgree()
{
    QFETCH(bool, demod);
    QFETCH(bool, up);
    QFETCH(int, kernel);
    torch::manual_seed(4);
    auto x = torch::randn({3, 6, 8, 8});
    auto w = torch::randn({5, 6, kernel, kernel});
    auto s = torch::randn({3, 6});
    auto a = modulatedConv2d(x, w, s, demod, up, ModConvImpl::Split);
    auto b = modulatedConv2d(x, w, s, demod, up, ModConvImpl::Grouped);
    const int64_t side = up ? 16 : 8;
    QCOMPARE(a.sizes().vec(), (std::vector<int64_t>{3, 5, side, side}));
    QVERIFY2(torch::allclose(a, b, 1e-4, 1e-4), "split and grouped modulated conv differ");
    // The grouped form is a per-sample ordinary convolution with the modulated weights.
    if (!up) {
        auto w0 = modulateWeights(w, s, demod)[0];
        auto ref = torch::conv2d(x.slice(0, 0, 1), w0, {}, 1, kernel / 2);
        QVERIFY(torch::allclose(a.slice(0, 0, 1), ref, 1e-4, 1e-4));
    }
}

void TestLayers::firKernelSumsToOne()
{
    auto k = firKernel();
    QCOMPARE(k.sizes().vec(), (std::vector<int64_t>{4, 4}));
    QVERIFY(std::fabs(k.sum().item<double>() - 1.0) < 1e-6);
    QVERIFY(std::fabs(k[0][0].item<double>() - 1.0 / 64.0) < 1e-7);
    QVERIFY(std::fabs(k[1][2].item<double>() - 9.0 / 64.0) < 1e-7);
}

void TestLayers::resamplingShapesAndGain()
{
    auto ones = torch::ones({1, 2, 8, 8});
    auto up = upsample2d(ones);
    QCOMPARE(up.sizes().vec(), (std::vector<int64_t>{1, 2, 16, 16}));
    // Interior of an upsampled constant stays constant (gain 4 compensates zero insertion).
    QVERIFY(torch::allclose(up.slice(2, 2, 14).slice(3, 2, 14), torch::ones({1, 2, 12, 12}), 1e-5, 1e-5));
    auto down = downsample2d(ones);
    QCOMPARE(down.sizes().vec(), (std::vector<int64_t>{1, 2, 4, 4}));
    QVERIFY(torch::allclose(down.slice(2, 1, 3).slice(3, 1, 3), torch::ones({1, 2, 2, 2}), 1e-5, 1e-5));
    EqualConv2d d3(2, 3, 3, true, true, true), d1(2, 3, 1, false, false, true);
    QCOMPARE(d3->forward(ones).sizes().vec(), (std::vector<int64_t>{1, 3, 4, 4}));
    QCOMPARE(d1->forward(ones).sizes().vec(), (std::vector<int64_t>{1, 3, 4, 4}));
}

void TestLayers::resamplingMatchesDirectFir()
{
    // The fast separable/polyphase forms against the textbook definitions: a depthwise
    // 4x4 convolution with the FIR kernel, zero insertion for upsampling, every second
    // pixel for downsampling.
    torch::manual_seed(6);
    auto x = torch::randn({2, 3, 8, 8});
    auto k = firKernel().view({1, 1, 4, 4}).expand({3, 1, 4, 4}).contiguous();
    auto direct = [&](const torch::Tensor& t, int p0, int p1, double gain) {
        return torch::conv2d(torch::constant_pad_nd(t, {p0, p1, p0, p1}, 0), k * gain, {}, 1, torch::IntArrayRef{0, 0},
                             1, 3);
    };
    QVERIFY(torch::allclose(firFilter(x, 1, 2, 3.0), direct(x, 1, 2, 3.0), 1e-5, 1e-5));
    auto zeros = torch::zeros({2, 3, 16, 16});
    zeros.slice(2, 0, 16, 2).slice(3, 0, 16, 2).copy_(x);
    QVERIFY(torch::allclose(upsample2d(x), direct(zeros, 2, 1, 4.0), 1e-5, 1e-5));
    auto full = direct(x, 1, 1, 1.0);  // [.., 7, 7]
    QVERIFY(torch::allclose(downsample2d(x), full.slice(2, 0, 7, 2).slice(3, 0, 7, 2), 1e-5, 1e-5));
}

void TestLayers::minibatchStddevAddsOneChannel()
{
    auto x = torch::randn({6, 4, 4, 4});
    auto y = minibatchStddev(x, 4);  // 4 does not divide 6: group of 3
    QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{6, 5, 4, 4}));
    QVERIFY(torch::equal(y.slice(1, 0, 4), x));
    // Identical samples have zero deviation.
    auto same = torch::randn({1, 4, 4, 4}).repeat({4, 1, 1, 1});
    QVERIFY(minibatchStddev(same, 4).select(1, 4).abs().max().item<double>() < 1e-3);
}

void TestLayers::mappingTracksWAvgAndTruncates()
{
    torch::manual_seed(5);
    MappingNetwork m(16, 16, 2, 0.01, 0.5);
    auto z = torch::randn({32, 16});
    QVERIFY(m->w_avg.abs().sum().item<double>() == 0.0);
    auto w = m->forward(z, 1.0, true);
    QVERIFY(torch::allclose(m->w_avg, w.mean(0) * 0.5, 1e-5, 1e-5));
    auto wt = m->forward(z, 0.0, false);  // psi = 0: everything collapses onto w_avg
    QVERIFY(torch::allclose(wt, m->w_avg.expand_as(wt), 1e-6, 1e-6));
}

QTEST_APPLESS_MAIN(TestLayers)
#include "test_layers.moc"
