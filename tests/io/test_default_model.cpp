// The shipped default model (models/default.pivq) on the two sample images the studio opens
// with (resources/samples): they are toyfaces pair kPairIndex of stream kPairSeed, so the
// swap has a ground truth, "the identity of identity.png in the pose of pose.png", rendered
// by toyfaces. The thresholds were measured on the shipped model (models/README.md) and
// leave a margin.
#include <QFileInfo>
#include <QtTest>

#include <torch/torch.h>

#include "engine/core/metrics.h"
#include "engine/io/edit_model.h"
#include "engine/io/image.h"
#include "engine/io/toyfaces.h"

using namespace pivq;
namespace tf = pivq::io::toyfaces;

namespace {
constexpr uint64_t kPairSeed = 7;  // `pivq synth --pairs 24 --seed 7`, pair 000021
constexpr int64_t kPairIndex = 21;
// Measured on the shipped model (fp16 bundle, CPU): swap 21.95 dB; the identity image 12.94 dB,
// the pose image 6.93 dB. Each threshold leaves about 2 dB of margin (1.5 dB on the previous
// model, which scored 21.55 dB).
constexpr double kMinSwapPsnr = 20.0;         // dB against the ground truth
constexpr double kMinGainOverIdentity = 7.0;  // dB above "output = the identity image"
constexpr double kMinGainOverPose = 13.0;     // dB above "output = the pose image"

QString sourceDir()
{
    QString root = qEnvironmentVariable("PIVQ_SOURCE_DIR");
    return root.isEmpty() ? QStringLiteral(".") : root;
}

double psnrOf(const torch::Tensor& a, const torch::Tensor& b)
{
    return core::psnr(a, b).item<double>();
}
}  // namespace

class TestDefaultModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samplesAreTheToyfacesPair();
    void swapMatchesGroundTruth();
};

void TestDefaultModel::samplesAreTheToyfacesPair()
{
    const auto pair = tf::samplePair(kPairSeed, kPairIndex);
    const cv::Mat identity = io::loadRgb((sourceDir() + "/resources/samples/identity.png").toStdString());
    const cv::Mat pose = io::loadRgb((sourceDir() + "/resources/samples/pose.png").toStdString());
    QCOMPARE(cv::norm(identity, tf::render(pair[0], identity.cols), cv::NORM_INF), 0.0);
    QCOMPARE(cv::norm(pose, tf::render(pair[1], pose.cols), cv::NORM_INF), 0.0);
}

void TestDefaultModel::swapMatchesGroundTruth()
{
    const QString bundle = sourceDir() + "/models/default.pivq";
    QVERIFY2(QFileInfo::exists(bundle), qPrintable(bundle + " is missing"));
    io::EditModel m = io::loadEditModel(bundle.toStdString());
    const int r = m.config.resolution;
    const torch::Tensor identity =
        io::loadModelImage((sourceDir() + "/resources/samples/identity.png").toStdString(), r);
    const torch::Tensor pose = io::loadModelImage((sourceDir() + "/resources/samples/pose.png").toStdString(), r);
    m.session->setImage(core::Source::IdentityA, identity);
    m.session->setImage(core::Source::PoseA, pose);
    const torch::Tensor swapped = m.session->render().to(torch::kCPU);

    const auto pair = tf::samplePair(kPairSeed, kPairIndex);
    const torch::Tensor truth = io::toTensor(tf::renderSwap(pair[0], pair[1], r));
    const double swap = psnrOf(swapped, truth);
    const double asIdentity = psnrOf(identity.cpu(), truth), asPose = psnrOf(pose.cpu(), truth);
    qInfo("swap PSNR %.2f dB; trivial answers: identity image %.2f dB, pose image %.2f dB", swap, asIdentity, asPose);
    QVERIFY2(swap >= kMinSwapPsnr, qPrintable(QString("swap PSNR %1 dB < %2").arg(swap).arg(kMinSwapPsnr)));
    QVERIFY2(swap >= asIdentity + kMinGainOverIdentity,
             qPrintable(QString("swap PSNR %1 dB is not %2 dB above the identity image's %3 dB")
                            .arg(swap)
                            .arg(kMinGainOverIdentity)
                            .arg(asIdentity)));
    QVERIFY2(swap >= asPose + kMinGainOverPose, qPrintable(QString("swap PSNR %1 dB is not %2 dB above the pose "
                                                                   "image's %3 dB")
                                                               .arg(swap)
                                                               .arg(kMinGainOverPose)
                                                               .arg(asPose)));
}

QTEST_GUILESS_MAIN(TestDefaultModel)
#include "test_default_model.moc"
