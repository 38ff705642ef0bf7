#include "engine/core/metrics.h"

#include <cmath>
#include <limits>

#ifdef PIVQ_HAVE_EIGEN
#include <Eigen/Dense>
#endif

namespace pivq::core {

FeatureStats featureStats(const torch::Tensor& features)
{
    TORCH_CHECK(features.dim() == 2 && features.size(0) >= 2, "featureStats: expected [N>=2,D], got ",
                features.sizes());
    auto f = features.to(torch::kCPU, torch::kFloat64);
    FeatureStats s;
    s.count = f.size(0);
    s.mean = f.mean(0);
    auto c = f - s.mean;
    s.cov = torch::mm(c.t(), c) / double(s.count - 1);
    return s;
}

#ifdef PIVQ_HAVE_EIGEN
namespace {
using Mat = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

Mat toEigen(const torch::Tensor& t)
{
    auto c = t.to(torch::kCPU, torch::kFloat64).contiguous();
    return Eigen::Map<const Mat>(c.data_ptr<double>(), c.size(0), c.size(1));
}

// Symmetric square root of a symmetric positive semi-definite matrix (negative rounding
// noise in the eigenvalues clamped to zero).
Mat sqrtSym(const Mat& m)
{
    Eigen::SelfAdjointEigenSolver<Mat> es((m + m.transpose()) / 2);
    const Eigen::VectorXd root = es.eigenvalues().cwiseMax(0.0).cwiseSqrt();
    return es.eigenvectors() * root.asDiagonal() * es.eigenvectors().transpose();
}
}  // namespace

double frechetDistance(const FeatureStats& a, const FeatureStats& b)
{
    TORCH_CHECK(a.mean.numel() == b.mean.numel(), "frechetDistance: feature sizes differ");
    const double meanTerm = (a.mean - b.mean).square().sum().item<double>();
    const Mat s1 = toEigen(a.cov), s2 = toEigen(b.cov);
    const Mat r1 = sqrtSym(s1);
    const Mat inner = r1 * s2 * r1;
    Eigen::SelfAdjointEigenSolver<Mat> es((inner + inner.transpose()) / 2, Eigen::EigenvaluesOnly);
    const double trSqrt = es.eigenvalues().cwiseMax(0.0).cwiseSqrt().sum();
    const double d = meanTerm + s1.trace() + s2.trace() - 2 * trSqrt;
    return std::max(0.0, d);  // rounding can leave a tiny negative value for equal inputs
}
#else
// engine/core built without Eigen (e.g. on a GPU machine with LibTorch alone): the same
// computation with LibTorch's symmetric eigensolver.
double frechetDistance(const FeatureStats& a, const FeatureStats& b)
{
    TORCH_CHECK(a.mean.numel() == b.mean.numel(), "frechetDistance: feature sizes differ");
    auto sqrtSym = [](const torch::Tensor& m) {
        auto [vals, vecs] = torch::linalg_eigh((m + m.t()) / 2);
        return torch::mm(vecs * vals.clamp_min(0).sqrt().unsqueeze(0), vecs.t());
    };
    const double meanTerm = (a.mean - b.mean).square().sum().item<double>();
    auto ra = sqrtSym(a.cov);
    auto inner = torch::mm(torch::mm(ra, b.cov), ra);
    const double trSqrt = torch::linalg_eigvalsh((inner + inner.t()) / 2).clamp_min(0).sqrt().sum().item<double>();
    const double d = meanTerm + a.cov.trace().item<double>() + b.cov.trace().item<double>() - 2 * trSqrt;
    return std::max(0.0, d);
}
#endif

torch::Tensor psnr(const torch::Tensor& x, const torch::Tensor& y)
{
    TORCH_CHECK(x.sizes() == y.sizes() && x.dim() == 4, "psnr: expected two [N,C,H,W] of the same size");
    auto mse = ((x.to(torch::kFloat64) - y.to(torch::kFloat64)) / 2).square().mean({1, 2, 3});  // on [0,1]
    return 10.0 * torch::log10(1.0 / mse);  // inf where mse == 0
}

torch::Tensor maskIoU(const torch::Tensor& a, const torch::Tensor& b, int64_t classes)
{
    TORCH_CHECK(a.sizes() == b.sizes() && a.dim() == 3, "maskIoU: expected two [N,h,w] of the same size");
    const int64_t n = a.size(0);
    auto out = torch::zeros({n}, torch::kFloat64);
    for (int64_t i = 0; i < n; ++i) {
        double sum = 0;
        int present = 0;
        for (int64_t k = 0; k < classes; ++k) {
            auto ma = a[i].eq(k), mb = b[i].eq(k);
            const double uni = (ma | mb).sum().item<double>();
            if (uni == 0) continue;
            sum += (ma & mb).sum().item<double>() / uni;
            ++present;
        }
        out[i] = present ? sum / present : 1.0;
    }
    return out;
}

}  // namespace pivq::core
