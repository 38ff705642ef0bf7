// engine/core/encoder and discriminator: W+ layout, offsets from w_avg, pyramid groups.
#include <QtTest>

#include "engine/core/discriminator.h"
#include "engine/core/encoder.h"
#include "engine/core/runtime.h"

using namespace pivq::core;

class TestEncoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureThreads(0); }
    void groupsCoverEveryRowInOrder_data();
    void groupsCoverEveryRowInOrder();
    void predictsOffsetsFromWAvg();
    void rejectsWrongInputSize();
    void discriminatorGradientsFlow();
};

void TestEncoder::groupsCoverEveryRowInOrder_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("coarse");
    QTest::addColumn<int>("middle");
    QTest::addColumn<int>("fine");
    QTest::newRow("tiny32") << "tiny32" << 3 << 5 << 0;
    QTest::newRow("cpu64") << "cpu64" << 3 << 4 << 3;
    QTest::newRow("paper256") << "paper256" << 3 << 4 << 7;
}

void TestEncoder::groupsCoverEveryRowInOrder()
{
    QFETCH(QString, preset);
    QFETCH(int, coarse);
    QFETCH(int, middle);
    QFETCH(int, fine);
    const ModelConfig cfg = pivq::core::preset(preset.toStdString());
    int counts[3] = {0, 0, 0};
    int last = 0;
    for (int r = 0; r < cfg.numWs(); ++r) {
        const int g = int(latentGroup(cfg, r));
        QVERIFY2(g >= last, "groups must be contiguous, coarse to fine");
        last = g;
        ++counts[g];
    }
    QCOMPARE(counts[0], coarse);
    QCOMPARE(counts[1], middle);
    QCOMPARE(counts[2], fine);
}

void TestEncoder::predictsOffsetsFromWAvg()
{
    const ModelConfig cfg = preset("tiny32");
    torch::manual_seed(0);
    Encoder e(cfg);
    e->eval();
    torch::NoGradGuard ng;
    auto img = torch::rand({2, 3, 32, 32}) * 2 - 1;
    auto w0 = torch::zeros({cfg.w_dim});
    auto shift = torch::randn({cfg.w_dim});
    auto a = e->forward(img, w0);
    auto b = e->forward(img, shift);
    QCOMPARE(a.sizes().vec(), (std::vector<int64_t>{2, cfg.numWs(), cfg.w_dim}));
    QVERIFY(torch::allclose(b - a, shift.view({1, 1, -1}).expand_as(a), 1e-5, 1e-5));
    // Different images give different latents.
    QVERIFY((a[0] - a[1]).abs().max().item<double>() > 1e-4);
}

void TestEncoder::rejectsWrongInputSize()
{
    Encoder e(preset("tiny32"));
    QVERIFY_THROWS_EXCEPTION(c10::Error, e->forward(torch::zeros({1, 3, 64, 64}), torch::zeros({32})));
    Discriminator d(preset("tiny32"));
    QVERIFY_THROWS_EXCEPTION(c10::Error, d->forward(torch::zeros({1, 1, 32, 32})));
}

void TestEncoder::discriminatorGradientsFlow()
{
    const ModelConfig cfg = preset("tiny32");
    torch::manual_seed(1);
    Discriminator d(cfg);
    auto img = torch::randn({4, 3, 32, 32}, torch::requires_grad());
    auto logits = d->forward(img);
    QCOMPARE(logits.sizes().vec(), (std::vector<int64_t>{4, 1}));
    logits.sum().backward();
    QVERIFY(img.grad().abs().sum().item<double>() > 0);
    QVERIFY(d->from_rgb->weight.grad().abs().sum().item<double>() > 0);
}

QTEST_APPLESS_MAIN(TestEncoder)
#include "test_encoder.moc"
