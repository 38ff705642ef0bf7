// engine/core/edit_session: swap by grafting, masks, edits, interpolation, reconstruction,
// incremental regeneration equal to full synthesis, and refinement of an image's latents
// (and of the generator) with exact undo.
#include <QtTest>

#include <functional>
#include <memory>

#include "engine/core/edit_session.h"
#include "engine/core/runtime.h"

using namespace pivq::core;

namespace {
// `fn` throws std::invalid_argument whose message contains `needle`.
void expectError(const std::function<void()>& fn, const char* needle)
{
    try {
        fn();
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains(needle), e.what());
        return;
    }
    QFAIL(qPrintable(QString("no error for: ") + needle));
}

// Refinement on the untrained tiny32 model (see refinementLowersTheReconstructionError):
// steps, and the factor by which the MSE must at least fall. Measured with LibTorch 1.13,
// one thread: 40 latent steps took the MSE to 0.42 (vq1), 0.50 (vq2) and 0.39 (none) of
// the plain encoding's; 20 tuning steps after 40 pose steps to 0.82 of the refined latents'.
constexpr int kRefineTestSteps = 40;
constexpr double kRefineTestFactor = 0.7;
constexpr int kTuneTestSteps = 20;
constexpr double kTuneTestFactor = 0.95;

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

// Copies of every synthesis parameter, in order.
std::vector<torch::Tensor> synthesisParams(EditSession& s)
{
    std::vector<torch::Tensor> out;
    for (const auto& p : s.generator()->synthesis->parameters()) out.push_back(p.detach().clone());
    return out;
}

bool sameParams(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b)
{
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!torch::equal(a[i], b[i])) return false;
    return true;
}

// No parameter of the generator or the encoder holds a gradient, the flags are what the
// networks were built with (`flags`), and both are in eval mode.
bool untouchedForTraining(EditSession& s, const std::vector<bool>& flags)
{
    std::vector<torch::Tensor> params = s.generator()->parameters();
    for (const auto& p : s.encoder()->parameters()) params.push_back(p);
    if (params.size() != flags.size()) return false;
    for (size_t i = 0; i < params.size(); ++i)
        if (params[i].grad().defined() || params[i].requires_grad() != flags[i]) return false;
    for (const auto& m : s.generator()->modules())
        if (m->is_training()) return false;
    for (const auto& m : s.encoder()->modules())
        if (m->is_training()) return false;
    return true;
}

std::vector<bool> requiresGradFlags(EditSession& s)
{
    std::vector<bool> out;
    for (const auto& p : s.generator()->parameters()) out.push_back(p.requires_grad());
    for (const auto& p : s.encoder()->parameters()) out.push_back(p.requires_grad());
    return out;
}

RefineOptions latentSteps(int steps)
{
    RefineOptions o;
    o.steps = steps;
    return o;
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
    void refinementLowersTheReconstructionError_data();
    void refinementLowersTheReconstructionError();
    void revertRestoresThePlainEncodingExactly();
    void generatorTuningLowersTheErrorAndRevertsExactly();
    void refinementLeavesNoGradientsAndEvalMode();
    void rendersBetweenSlicesSeeTheRefinement();
    void refinementNeedsAnImageAndValidOptions();
    void nonFiniteLossStopsAndKeepsTheLastLatents();
    void savedRefinedLatentsComeBackWithTheirImage();
    void sourcesKeepTheirPoseRowsByDefault();
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

void TestEditSession::refinementLowersTheReconstructionError_data()
{
    QTest::addColumn<QString>("variant");
    for (const char* v : {"vq1", "vq2", "none"}) QTest::newRow(v) << v;
}

void TestEditSession::refinementLowersTheReconstructionError()
{
    QFETCH(QString, variant);
    auto s = makeSession(variantNamed(variant));
    const auto img = randomImage(32, 21);
    s->setImage(Source::IdentityA, img);
    const auto before = s->reconstruct(Source::IdentityA);
    auto st = s->refine(Source::IdentityA, latentSteps(kRefineTestSteps));
    const auto after = s->reconstruct(Source::IdentityA);
    qInfo("%s: MSE %.5f -> %.5f, PSNR %.2f -> %.2f dB after %d steps", qPrintable(variant), before.mse, after.mse,
          before.psnr, after.psnr, st.stepsDone());
    QCOMPARE(st.stepsDone(), kRefineTestSteps);
    QVERIFY(st.done());
    QCOMPARE(st.mseBefore(), before.mse);
    QCOMPARE(int(st.history().size()), kRefineTestSteps);
    QVERIFY(std::abs(st.history().front().mse - before.mse) < 1e-6 * before.mse);  // measured before its update
    QVERIFY(s->refined(Source::IdentityA));
    QVERIFY2(after.mse < kRefineTestFactor * before.mse, "refinement should lower the MSE clearly");
    QVERIFY(after.psnr > before.psnr);
    // The error map shows it too.
    QVERIFY(after.error_map.mean().item<double>() < before.error_map.mean().item<double>());
    // Only the refined source changed: the same image in another slot keeps its encoding.
    s->setImage(Source::PoseA, img);
    QCOMPARE(s->reconstruct(Source::PoseA).mse, before.mse);
    QVERIFY(!s->refined(Source::PoseA));
}

void TestEditSession::revertRestoresThePlainEncodingExactly()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 22));
    const auto plain = s->latents(Source::PoseA).clone();
    const auto before = s->reconstruct(Source::PoseA);
    s->refine(Source::PoseA, latentSteps(5));
    QVERIFY(!same(s->latents(Source::PoseA), plain));
    s->revertRefinement(Source::PoseA);
    QVERIFY(!s->refined(Source::PoseA));
    QVERIFY(same(s->latents(Source::PoseA), plain));
    QVERIFY(same(s->reconstruct(Source::PoseA).image, before.image));
    s->revertRefinement(Source::PoseA);  // nothing to do
    QVERIFY(same(s->latents(Source::PoseA), plain));
    // Refining again starts from the plain encoding and reaches the same latents.
    s->refine(Source::PoseA, latentSteps(5));
    const auto once = s->latents(Source::PoseA).clone();
    s->revertRefinement(Source::PoseA);
    s->refine(Source::PoseA, latentSteps(5));
    QVERIFY(same(s->latents(Source::PoseA), once));
    // A new image replaces refined latents with its own plain encoding.
    s->setImage(Source::PoseA, randomImage(32, 23));
    QVERIFY(!s->refined(Source::PoseA));
}

void TestEditSession::generatorTuningLowersTheErrorAndRevertsExactly()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 24));
    s->setImage(Source::IdentityA, randomImage(32, 25));
    const auto untuned = synthesisParams(*s);
    const auto swapBefore = s->render();
    const auto otherBefore = s->reconstruct(Source::IdentityA);

    s->refine(Source::PoseA, latentSteps(kRefineTestSteps));
    const auto latentOnly = s->reconstruct(Source::PoseA);
    const auto refinedWs = s->latents(Source::PoseA).clone();
    QVERIFY(!s->generatorTuned());
    QVERIFY(sameParams(synthesisParams(*s), untuned));  // latent refinement leaves the weights alone

    RefineOptions o;
    o.steps = 0;  // tune only, from the refined latents
    o.tune_generator = true;
    o.generator_steps = kTuneTestSteps;
    auto st = s->refine(Source::PoseA, o);
    QCOMPARE(st.stepsDone(), kTuneTestSteps);
    QVERIFY(st.history().back().generator);
    const auto tuned = s->reconstruct(Source::PoseA);
    qInfo("tuning: MSE %.5f -> %.5f after %d generator steps", latentOnly.mse, tuned.mse, kTuneTestSteps);
    QVERIFY(s->generatorTuned());
    QVERIFY(same(s->latents(Source::PoseA), refinedWs));  // the latents stayed fixed
    QVERIFY(!sameParams(synthesisParams(*s), untuned));
    QVERIFY2(tuned.mse < kTuneTestFactor * latentOnly.mse, "tuning should lower the MSE further");
    // Tuning changes every render, and the cache follows: incremental still equals full.
    QVERIFY(!same(s->reconstruct(Source::IdentityA).image, otherBefore.image));
    QVERIFY(close(s->render(), s->renderFull()));

    s->revertGeneratorTuning();
    QVERIFY(!s->generatorTuned());
    QVERIFY(sameParams(synthesisParams(*s), untuned));
    QVERIFY(same(s->reconstruct(Source::PoseA).image, latentOnly.image));
    QVERIFY(same(s->reconstruct(Source::IdentityA).image, otherBefore.image));
    s->revertRefinement(Source::PoseA);
    QVERIFY(same(s->render(), swapBefore));

    // Both phases in one run: the snapshot is taken once, revert still restores exactly.
    o.steps = 3;
    o.generator_steps = 2;
    s->refine(Source::PoseA, o);
    s->refine(Source::IdentityA, o);
    QVERIFY(s->generatorTuned() && s->refined(Source::PoseA) && s->refined(Source::IdentityA));
    s->revertGeneratorTuning();
    QVERIFY(sameParams(synthesisParams(*s), untuned));
}

void TestEditSession::refinementLeavesNoGradientsAndEvalMode()
{
    auto s = makeSession();
    const auto flags = requiresGradFlags(*s);
    QVERIFY(std::find(flags.begin(), flags.end(), true) != flags.end());
    s->setImage(Source::PoseA, randomImage(32, 26));
    auto st = s->beginRefine(Source::PoseA, latentSteps(4));
    QVERIFY(s->refineStep(st, 2));
    QVERIFY(untouchedForTraining(*s, flags));
    QVERIFY(!s->refineStep(st, 5));  // runs the last 2 steps
    QCOMPARE(st.stepsDone(), 4);
    QVERIFY(!s->refineStep(st, 1));  // done: nothing more
    QCOMPARE(st.stepsDone(), 4);
    QVERIFY(untouchedForTraining(*s, flags));
    QVERIFY(!s->latents(Source::PoseA).requires_grad());
    RefineOptions o = latentSteps(1);
    o.tune_generator = true;
    o.generator_steps = 2;
    s->refine(Source::PoseA, o);
    QVERIFY(untouchedForTraining(*s, flags));
    // Gradients are off again for everything else the session does.
    QVERIFY(!s->reconstruct(Source::PoseA).image.requires_grad());
}

void TestEditSession::rendersBetweenSlicesSeeTheRefinement()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 27));
    s->setImage(Source::IdentityA, randomImage(32, 28));
    const auto swapBefore = s->render();
    auto st = s->beginRefine(Source::IdentityA, latentSteps(6));
    torch::Tensor last = swapBefore;
    while (s->refineStep(st, 2)) {
        const auto now = s->render();  // incremental, from the cache of the last render
        QVERIFY(!s->lastRender().cached);
        QVERIFY(close(now, s->renderFull()));
        QVERIFY(!same(now, last));
        last = now;
    }
    QVERIFY(close(s->render(), s->renderFull()));
    // The last step's image is what the latents gave before its update.
    QCOMPARE(st.lastImage().sizes().vec(), (std::vector<int64_t>{1, 3, 32, 32}));
    QCOMPARE(st.history().back().step, 6);

    s->revertRefinement(Source::IdentityA);
    QVERIFY(same(s->render(), swapBefore));

    // Replacing the source (or reverting it) ends a refinement in progress.
    auto again = s->beginRefine(Source::PoseA, latentSteps(6));
    s->refineStep(again, 1);
    s->setImage(Source::PoseA, randomImage(32, 29));
    try {
        s->refineStep(again, 1);
        QFAIL("no error for a replaced source");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(QString(e.what()).contains("replaced or reverted"), e.what());
    }
    auto third = s->beginRefine(Source::PoseA, latentSteps(6));
    s->refineStep(third, 1);
    s->revertRefinement(Source::PoseA);
    QVERIFY_EXCEPTION_THROWN(s->refineStep(third, 1), std::invalid_argument);
}

void TestEditSession::refinementNeedsAnImageAndValidOptions()
{
    auto s = makeSession();
    expectError([&] { s->beginRefine(Source::PoseA); }, "none is set");
    s->setRandom(Source::PoseA, 4);
    expectError([&] { s->beginRefine(Source::PoseA); }, "not set from an image");
    s->setLatents(Source::IdentityB, s->latents(Source::PoseA));
    expectError([&] { s->beginRefine(Source::IdentityB); }, "not set from an image");
    QVERIFY(!s->refined(Source::PoseA));
    s->revertRefinement(Source::PoseA);  // nothing to revert: no error
    s->setImage(Source::IdentityA, randomImage(32, 30));
    RefineOptions o;
    o.steps = -1;
    expectError([&] { s->beginRefine(Source::IdentityA, o); }, "steps must lie in [0, 100000]");
    o.steps = kMaxRefineSteps + 1;
    expectError([&] { s->beginRefine(Source::IdentityA, o); }, "steps must lie in");
    o.steps = 0;
    expectError([&] { s->beginRefine(Source::IdentityA, o); }, "no steps to run");
    o.tune_generator = true;
    o.generator_steps = -5;
    expectError([&] { s->beginRefine(Source::IdentityA, o); }, "generator steps must lie in");
    o = RefineOptions();
    o.lr = 0;
    expectError([&] { s->beginRefine(Source::IdentityA, o); }, "learning rate");
    o = RefineOptions();
    o.mse_weight = 0;
    o.perceptual_weight = 0;
    expectError([&] { s->beginRefine(Source::IdentityA, o); }, "loss weights");
    const auto plain = s->latents(Source::IdentityA).clone();
    auto st = s->beginRefine(Source::IdentityA, latentSteps(2));
    expectError([&] { s->refineStep(st, 0); }, "at least 1");
    QVERIFY(same(s->latents(Source::IdentityA), plain));
    QVERIFY(!s->refined(Source::IdentityA));
}

void TestEditSession::nonFiniteLossStopsAndKeepsTheLastLatents()
{
    auto s = makeSession();
    s->setImage(Source::PoseA, randomImage(32, 31));
    auto st = s->beginRefine(Source::PoseA, latentSteps(10));
    s->refineStep(st, 2);
    const auto reached = s->latents(Source::PoseA).clone();
    // A broken weight makes the loss NaN.
    auto& input = s->generator()->synthesis->const_input;
    const auto kept = input.detach().clone();
    {
        torch::NoGradGuard ng;
        input.fill_(NAN);
    }
    try {
        s->refineStep(st, 3);
        QFAIL("no error for a NaN loss");
    } catch (const std::runtime_error& e) {
        QVERIFY2(QString(e.what()).contains("step 3") && QString(e.what()).contains("not finite"), e.what());
    }
    QVERIFY(st.done() && st.stopped());
    QCOMPARE(st.stepsDone(), 2);
    QCOMPARE(int(st.history().size()), 2);
    QVERIFY(!s->refineStep(st, 1));  // nothing more to do
    QVERIFY(same(s->latents(Source::PoseA), reached));
    QVERIFY(torch::isfinite(s->latents(Source::PoseA)).all().item<bool>());
    QVERIFY(untouchedForTraining(*s, requiresGradFlags(*s)));
    {
        torch::NoGradGuard ng;
        input.copy_(kept);
    }
    QVERIFY(s->reconstruct(Source::PoseA).mse < st.mseBefore());
}

void TestEditSession::savedRefinedLatentsComeBackWithTheirImage()
{
    auto s = makeSession();
    const auto img = randomImage(32, 32);
    s->setImage(Source::PoseA, img);
    const auto plain = s->latents(Source::PoseA).clone();
    s->refine(Source::PoseA, latentSteps(5));
    const auto refinedWs = s->latents(Source::PoseA).clone();
    const auto refinedRec = s->reconstruct(Source::PoseA);

    // A later session restores the refined latents with their image.
    auto t = makeSession();
    t->setLatents(Source::PoseA, refinedWs[0], img);  // [num_ws,w_dim] works too
    QCOMPARE(t->encodeCount(), int64_t(1));
    QVERIFY(t->refined(Source::PoseA));
    QVERIFY(same(t->latents(Source::PoseA), refinedWs));
    const auto rec = t->reconstruct(Source::PoseA);
    QVERIFY(same(rec.image, refinedRec.image));
    QCOMPARE(rec.mse, refinedRec.mse);
    auto more = t->beginRefine(Source::PoseA, latentSteps(1));  // and refined further
    QCOMPARE(more.mseBefore(), refinedRec.mse);
    t->refineStep(more, 1);
    QVERIFY(!same(t->latents(Source::PoseA), refinedWs));
    t->revertRefinement(Source::PoseA);
    QVERIFY(same(t->latents(Source::PoseA), plain));
    // Latents equal to the encoding are not "refined"; without an image there is no target.
    t->setLatents(Source::PoseA, plain, img);
    QVERIFY(!t->refined(Source::PoseA));
    t->setLatents(Source::PoseA, refinedWs);
    QVERIFY(!t->refined(Source::PoseA));
    QVERIFY(!t->sourceImage(Source::PoseA).defined());
    QCOMPARE(t->reconstruct(Source::PoseA).mse, -1.0);
}

void TestEditSession::sourcesKeepTheirPoseRowsByDefault()
{
    auto s = makeSession();
    const auto& poseRows = s->config().pose_layers;
    auto rowsOf = [&](const torch::Tensor& ws) {
        std::vector<torch::Tensor> rows;
        for (int l : poseRows) rows.push_back(ws.select(1, l));
        return torch::stack(rows);
    };
    auto otherRowsOf = [&](const torch::Tensor& ws) {
        std::vector<torch::Tensor> rows;
        for (int r = 0; r < s->config().numWs(); ++r)
            if (std::find(poseRows.begin(), poseRows.end(), r) == poseRows.end()) rows.push_back(ws.select(1, r));
        return torch::stack(rows);
    };
    const auto img = randomImage(32, 33);
    // A pose source: the pose rows, the masks and so every swap with it stay as encoded.
    s->setImage(Source::PoseA, img);
    s->setImage(Source::IdentityA, randomImage(32, 34));
    const auto plain = s->latents(Source::PoseA).clone();
    const auto swap = s->render();
    const auto masks = s->computedMasks();
    const auto before = s->reconstruct(Source::PoseA);
    auto st = s->refine(Source::PoseA, latentSteps(10));
    QVERIFY(st.keepsPoseRows());
    QVERIFY(same(rowsOf(s->latents(Source::PoseA)), rowsOf(plain)));
    QVERIFY(!same(otherRowsOf(s->latents(Source::PoseA)), otherRowsOf(plain)));
    for (const auto& kv : s->computedMasks()) QVERIFY(same(kv.second, masks.at(kv.first)));
    QVERIFY(same(s->render(), swap));
    QVERIFY(s->reconstruct(Source::PoseA).mse < before.mse);  // its reconstruction still improves
    // PoseRows::Refine moves them (here through the toRGB that reads a pose row).
    s->revertRefinement(Source::PoseA);
    RefineOptions all = latentSteps(10);
    all.pose_rows = PoseRows::Refine;
    QVERIFY(!s->refine(Source::PoseA, all).keepsPoseRows());
    QVERIFY(!same(rowsOf(s->latents(Source::PoseA)), rowsOf(plain)));
    // An identity source keeps its pose rows by default too (its other rows move); asked
    // for, PoseRows::Refine moves them, and PoseRows::Keep is the default spelled out.
    s->setImage(Source::IdentityB, img);
    QVERIFY(s->refine(Source::IdentityB, latentSteps(10)).keepsPoseRows());
    QVERIFY(same(rowsOf(s->latents(Source::IdentityB)), rowsOf(plain)));
    QVERIFY(!same(otherRowsOf(s->latents(Source::IdentityB)), otherRowsOf(plain)));
    const auto keptByDefault = s->latents(Source::IdentityB).clone();
    s->revertRefinement(Source::IdentityB);
    QVERIFY(!s->refine(Source::IdentityB, all).keepsPoseRows());
    QVERIFY(!same(rowsOf(s->latents(Source::IdentityB)), rowsOf(plain)));
    s->revertRefinement(Source::IdentityB);
    RefineOptions keep = latentSteps(10);
    keep.pose_rows = PoseRows::Keep;
    QVERIFY(s->refine(Source::IdentityB, keep).keepsPoseRows());
    QVERIFY(same(s->latents(Source::IdentityB), keptByDefault));
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "test_edit_session.moc"
