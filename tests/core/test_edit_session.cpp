// engine/core/edit_session: swap by grafting, masks, edits, interpolation, reconstruction,
// and incremental regeneration equal to full synthesis.
#include <QtTest>

#include <memory>

#include "engine/core/edit_session.h"
#include "engine/core/runtime.h"

using namespace pivq::core;

namespace {
std::unique_ptr<EditSession> makeSession(VqVariant variant = VqVariant::Vq1, uint64_t seed = 3)
{
    ModelConfig cfg = preset("tiny32");
    cfg.vq_variant = variant;
    torch::manual_seed(seed);
    return std::make_unique<EditSession>(Generator(cfg), Encoder(cfg));
}

torch::Tensor randomImage(int r, uint64_t seed)
{
    torch::manual_seed(seed);
    return torch::rand({1, 3, r, r}) * 2 - 1;
}

bool same(const torch::Tensor& a, const torch::Tensor& b)
{
    return torch::equal(a, b);
}
bool close(const torch::Tensor& a, const torch::Tensor& b)
{
    return torch::allclose(a, b, 0.0, 1e-5);
}

VqVariant variantNamed(const QString& s)
{
    return vqVariantFromString(s.toStdString());
}

// Every class replaced by the next one: a mask that differs from `m` at every pixel.
torch::Tensor shifted(const torch::Tensor& m, int k)
{
    return (m + 1).remainder(k);
}
}  // namespace

class TestEditSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { configureThreads(0); }
    void swapOfAnImageWithItselfIsItsReconstruction();
    void swapGraftsPoseRowsOnly();
    void interpolationEndpointsEqualTheSources();
    void uneditedMasksReproduceTheSwapExactly();
    void maskEditChangesImageAndMatchesFullSynthesis();
    void masksMatchWhatSynthesisComputes_data();
    void masksMatchWhatSynthesisComputes();
    void incrementalEqualsFull_data();
    void incrementalEqualsFull();
    void imagesAreEncodedOnce();
    void randomSourcesAndSamplesAreDeterministic();
    void reconstructionReportsErrorMapAndPsnr();
    void badInputsAreClearErrors();
    void modelWithoutVqHasNoMasks();
};

void TestEditSession::swapOfAnImageWithItselfIsItsReconstruction()
{
    auto s = makeSession();
    const auto img = randomImage(32, 11);
    s->setImage(Source::PoseA, img);
    s->setImage(Source::IdentityA, img);
    const auto swapped = s->render();
    const auto rec = s->reconstruct(Source::PoseA);
    QCOMPARE(swapped.sizes().vec(), (std::vector<int64_t>{1, 3, 32, 32}));
    QVERIFY(same(swapped, rec.image));
    QVERIFY(same(rec.image, s->reconstruct(Source::IdentityA).image));
}

void TestEditSession::swapGraftsPoseRowsOnly()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 1));
    s->setImage(Source::IdentityA, randomImage(32, 2));
    const auto swapped = s->render();
    // The same as synthesising graft(E(identity), E(pose)) directly.
    torch::NoGradGuard ng;
    auto ws = graft(s->config(), s->latents(Source::IdentityA), s->latents(Source::PoseA));
    auto direct = s->generator()->synthesize(ws).image.clamp(-1, 1);
    QVERIFY(same(swapped, direct));
    // Pose layers' masks come from the pose alone: a different identity keeps them.
    const auto masks = s->masks();
    s->setImage(Source::IdentityA, randomImage(32, 3));
    s->render();
    for (const auto& kv : s->masks()) QVERIFY(same(kv.second, masks.at(kv.first)));
}

void TestEditSession::interpolationEndpointsEqualTheSources()
{
    auto s = makeSession();
    const auto poseA = randomImage(32, 1), poseB = randomImage(32, 2);
    const auto idA = randomImage(32, 3), idB = randomImage(32, 4);
    s->setImage(Source::PoseA, poseA);
    s->setImage(Source::PoseB, poseB);
    s->setImage(Source::IdentityA, idA);
    s->setImage(Source::IdentityB, idB);

    auto ref = makeSession();
    auto swapOf = [&](const torch::Tensor& id, const torch::Tensor& pose) {
        ref->setImage(Source::IdentityA, id);
        ref->setImage(Source::PoseA, pose);
        return ref->render();
    };
    s->setPoseT(0.0);
    QVERIFY(same(s->render(), swapOf(idA, poseA)));
    s->setPoseT(1.0);
    QVERIFY(same(s->render(), swapOf(idA, poseB)));
    s->setPoseT(0.5);
    const auto mid = s->render();
    QVERIFY(!same(mid, swapOf(idA, poseA)) && !same(mid, swapOf(idA, poseB)));
    s->setPoseT(0.0);
    s->setIdentityT(1.0);
    QVERIFY(same(s->render(), swapOf(idB, poseA)));
    s->setIdentityT(0.0);
    QVERIFY(same(s->render(), swapOf(idA, poseA)));
    // The masks follow the pose: at t = 1 they are pose B's.
    s->setPoseT(1.0);
    ref->setImage(Source::PoseA, poseB);
    for (const auto& kv : s->masks()) QVERIFY(same(kv.second, ref->masks().at(kv.first)));
}

void TestEditSession::uneditedMasksReproduceTheSwapExactly()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 5));
    s->setImage(Source::IdentityA, randomImage(32, 6));
    const auto swapped = s->render();
    const auto masks = s->masks();
    QCOMPARE(int(masks.size()), 2);
    for (const auto& kv : masks) s->setMask(kv.first, kv.second);
    const auto again = s->render();
    QVERIFY(!s->lastRender().cached);
    QVERIFY(same(again, swapped));
    QVERIFY(same(s->renderFull(), swapped));
}

void TestEditSession::maskEditChangesImageAndMatchesFullSynthesis()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 7));
    s->setImage(Source::IdentityA, randomImage(32, 8));
    const auto swapped = s->render();
    for (int layer : s->maskLayers()) {
        const auto edited = shifted(s->computedMasks().at(layer), s->classes());
        s->setMask(layer, edited);
        const auto img = s->render();
        QCOMPARE(s->lastRender().start_layer, layer);
        QVERIFY(!same(img, swapped));
        QVERIFY(same(s->masks().at(layer), edited));
        // The same as a full synthesis with the same masks.
        torch::NoGradGuard ng;
        SynthesisOptions o;
        for (const auto& kv : s->masks()) o.masks[kv.first] = kv.second.unsqueeze(0);
        auto ws = graft(s->config(), s->latents(Source::IdentityA), s->latents(Source::PoseA));
        QVERIFY(close(img, s->generator()->synthesize(ws, o).image.clamp(-1, 1)));
        s->clearMask(layer);
        QVERIFY(same(s->render(), swapped));
    }
    // Nothing changed: the cached image comes back.
    s->render();
    QVERIFY(s->lastRender().cached);
}

void TestEditSession::masksMatchWhatSynthesisComputes_data()
{
    QTest::addColumn<QString>("variant");
    for (const char* v : {"vq1", "vq2", "vq3", "gumbel"}) QTest::newRow(v) << v;
}

void TestEditSession::masksMatchWhatSynthesisComputes()
{
    QFETCH(QString, variant);
    auto s = makeSession(variantNamed(variant));
    s->setImage(Source::PoseA, randomImage(32, 9));
    torch::NoGradGuard ng;
    auto out = s->generator()->synthesize(s->latents(Source::PoseA));
    const auto masks = s->masks();
    QCOMPARE(int(masks.size()), int(out.masks.size()));
    for (const auto& kv : masks) QVERIFY(same(kv.second, out.masks.at(kv.first)[0]));
}

void TestEditSession::incrementalEqualsFull_data()
{
    QTest::addColumn<QString>("variant");
    for (const char* v : {"vq1", "vq2", "vq3", "gumbel"}) QTest::newRow(v) << v;
}

void TestEditSession::incrementalEqualsFull()
{
    QFETCH(QString, variant);
    auto s = makeSession(variantNamed(variant));
    s->setImage(Source::PoseA, randomImage(32, 1));
    s->setImage(Source::PoseB, randomImage(32, 2));
    s->setImage(Source::IdentityA, randomImage(32, 3));
    s->setImage(Source::IdentityB, randomImage(32, 4));
    const int firstPose = s->maskLayers().front(), lastPose = s->maskLayers().back();
    auto check = [&](const char* step) {
        const auto inc = s->render();
        const auto full = s->renderFull();
        QVERIFY2(close(inc, full), step);
    };
    check("first render");
    QCOMPARE(s->lastRender().start_layer, 0);

    // Pose slider: restarts at the first layer that reads a pose row.
    for (double t : {0.25, 0.5, 0.75}) {
        s->setPoseT(t);
        check("pose step");
        QCOMPARE(s->lastRender().start_layer, firstLayerReadingRow(s->config(), firstPose));
        QVERIFY(s->lastRender().pose_generators_run > 0);
    }
    // Identity slider: every layer runs, but no pose generator does.
    for (double t : {0.3, 0.6}) {
        s->setIdentityT(t);
        check("identity step");
        QCOMPARE(s->lastRender().start_layer, 0);
        QCOMPARE(s->lastRender().pose_generators_run, 0);
    }
    // Brush strokes on the last pose layer: restart there, repeatedly from the same state.
    auto m = s->computedMasks().at(lastPose);
    for (int stroke = 0; stroke < 3; ++stroke) {
        m.index_put_({stroke, torch::indexing::Slice()}, shifted(m[stroke], s->classes()));
        s->setMask(lastPose, m);
        check("stroke");
        QCOMPARE(s->lastRender().start_layer, lastPose);
        QCOMPARE(s->lastRender().pose_generators_run, 0);
    }
    // An edit on the first pose layer with an edit below, then a pose step with edits in place.
    s->setMask(firstPose, shifted(s->computedMasks().at(firstPose), s->classes()));
    check("edit first layer");
    QCOMPARE(s->lastRender().start_layer, firstPose);
    s->setPoseT(0.9);
    check("pose step with edits");
    s->setIdentityT(0.1);
    check("identity step with edits");
    s->clearMasks();
    check("edits cleared");
    // New images re-encode and re-render.
    s->setImage(Source::PoseA, randomImage(32, 12));
    s->setPoseT(0);
    check("new pose");
    s->setImage(Source::IdentityA, randomImage(32, 13));
    s->setIdentityT(0);
    check("new identity");
}

void TestEditSession::imagesAreEncodedOnce()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 1));
    s->setImage(Source::PoseB, randomImage(32, 2));
    s->setImage(Source::IdentityA, randomImage(32, 3));
    QCOMPARE(s->encodeCount(), int64_t(3));
    for (double t : {0.1, 0.2, 0.3}) {
        s->setPoseT(t);
        s->render();
    }
    s->setMask(s->maskLayers().front(), s->computedMasks().at(s->maskLayers().front()));
    s->render();
    s->reconstruct(Source::PoseB);
    QCOMPARE(s->encodeCount(), int64_t(3));
}

void TestEditSession::randomSourcesAndSamplesAreDeterministic()
{
    auto s = makeSession();
    s->setRandom(Source::PoseA, 42, 0.7);
    const auto a = s->latents(Source::PoseA).clone();
    torch::manual_seed(999);  // the global generator plays no part
    s->setRandom(Source::PoseA, 42, 0.7);
    QVERIFY(same(a, s->latents(Source::PoseA)));
    s->setRandom(Source::PoseA, 43, 0.7);
    QVERIFY(!same(a, s->latents(Source::PoseA)));
    // psi = 0 collapses onto w_avg.
    s->setRandom(Source::IdentityA, 5, 0.0);
    QVERIFY(close(s->latents(Source::IdentityA)[0][0], s->generator()->wAvg()));
    // A random pose can be swapped onto an identity; random sources have no error map.
    s->setImage(Source::IdentityA, randomImage(32, 3));
    QCOMPARE(s->render().size(3), int64_t(32));
    QCOMPARE(s->reconstruct(Source::PoseA).mse, -1.0);
    const auto x = s->sample(7, 0.5), y = s->sample(7, 0.5), z = s->sample(8, 0.5);
    QVERIFY(same(x.image, y.image));
    QVERIFY(!same(x.image, z.image));
    QCOMPARE(int(x.masks.size()), 2);
}

void TestEditSession::reconstructionReportsErrorMapAndPsnr()
{
    auto s = makeSession();
    const auto img = randomImage(32, 21);
    s->setImage(Source::IdentityA, img);
    const auto r = s->reconstruct(Source::IdentityA);
    QCOMPARE(r.error_map.sizes().vec(), (std::vector<int64_t>{32, 32}));
    QVERIFY(r.error_map.min().item<float>() >= 0.f && r.error_map.max().item<float>() <= 1.f);
    const auto diff = (r.image - img) * 0.5;
    QVERIFY(close(r.error_map, diff.abs().mean(1)[0]));
    QVERIFY(std::abs(r.mse - diff.square().mean().item<double>()) < 1e-9);
    QVERIFY(std::abs(r.psnr - 10.0 * std::log10(1.0 / r.mse)) < 1e-9);
    QCOMPARE(int(r.masks.size()), 2);
}

void TestEditSession::badInputsAreClearErrors()
{
    auto s = makeSession();
    auto expectError = [](const std::function<void()>& fn, const char* needle) {
        try {
            fn();
        } catch (const std::invalid_argument& e) {
            QVERIFY2(QString(e.what()).contains(needle), e.what());
            return;
        }
        QFAIL(qPrintable(QString("no error for: ") + needle));
    };
    expectError([&] { s->render(); }, "no pose set");
    expectError([&] { s->setImage(Source::PoseA, randomImage(64, 1)); }, "32x32");
    expectError([&] { s->setImage(Source::PoseA, torch::zeros({1, 1, 32, 32})); }, "RGB");
    expectError([&] { s->setImage(Source::PoseA, torch::full({1, 3, 32, 32}, NAN)); }, "NaN");
    s->setImage(Source::PoseA, randomImage(32, 1));
    expectError([&] { s->render(); }, "no identity set");
    s->setImage(Source::IdentityA, randomImage(32, 2));
    const int l = s->maskLayers().front();
    const int side = s->maskSide(l);
    expectError([&] { s->setMask(l, torch::zeros({side + 1, side + 1}, torch::kLong)); }, "expected");
    expectError([&] { s->setMask(l, torch::full({side, side}, s->classes(), torch::kLong)); }, "out of range");
    expectError([&] { s->setMask(l, torch::full({side, side}, -1, torch::kLong)); }, "out of range");
    expectError([&] { s->setMask(l, torch::zeros({side, side}, torch::kFloat32)); }, "integer");
    expectError([&] { s->setMask(0, torch::zeros({4, 4}, torch::kLong)); }, "has no object mask");
    expectError([&] { s->setPoseT(1.5); }, "[0, 1]");
    expectError([&] { s->setIdentityT(NAN); }, "[0, 1]");
    s->setPoseT(0.5);
    expectError([&] { s->render(); }, "needs a second pose");
    s->setPoseT(0);
    expectError([&] { s->setRandom(Source::PoseB, 1, -0.5); }, "psi");
    expectError([&] { s->reconstruct(Source::IdentityB); }, "none is set");
    // A valid mask of another integer type is accepted, and the session still renders.
    s->setMask(l, torch::zeros({side, side}, torch::kUInt8));
    QCOMPARE(s->render().size(2), int64_t(32));
}

void TestEditSession::modelWithoutVqHasNoMasks()
{
    // The "w/o VQ" ablation: pose rows drive modulated pose convs, there is nothing to paint.
    auto s = makeSession(VqVariant::None);
    QVERIFY(s->maskLayers().empty());
    s->setImage(Source::PoseA, randomImage(32, 1));
    s->setImage(Source::PoseB, randomImage(32, 2));
    s->setImage(Source::IdentityA, randomImage(32, 3));
    QVERIFY(s->masks().empty());
    s->render();
    s->setPoseT(0.5);
    QVERIFY(close(s->render(), s->renderFull()));
    QCOMPARE(s->lastRender().start_layer, firstLayerReadingRow(s->config(), s->config().pose_layers.front()));
    try {
        s->setMask(2, torch::zeros({8, 8}, torch::kLong));
        QFAIL("no error");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains("no VQSN layers"), e.what());
    }
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "test_edit_session.moc"
