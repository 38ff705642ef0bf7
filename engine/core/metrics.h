// Evaluation metrics (paper section 4): Fréchet distance between feature statistics,
// PSNR / SSIM against ground truth, mask agreement. Double precision throughout.
#pragma once

#include <torch/torch.h>

namespace pivq::core {

struct FeatureStats {
    torch::Tensor mean;  // [D] float64
    torch::Tensor cov;   // [D,D] float64, unbiased
    int64_t count = 0;
};

// Mean and covariance of features [N,D] (N >= 2).
FeatureStats featureStats(const torch::Tensor& features);

// ||mu1 - mu2||^2 + Tr(S1 + S2 - 2 (S1 S2)^(1/2)) (Heusel et al. 2017). The matrix square
// root is taken in its symmetric form Tr((S1^(1/2) S2 S1^(1/2))^(1/2)) with
// eigendecompositions, which stays real and stable for rank-deficient covariances.
double frechetDistance(const FeatureStats& a, const FeatureStats& b);

// Peak signal-to-noise ratio in dB of images [N,3,H,W] in [-1,1], per image ([N]); equal
// images give +inf.
torch::Tensor psnr(const torch::Tensor& x, const torch::Tensor& y);

// Mean intersection-over-union of two label maps [N,h,w] (int64), over the classes present
// in either map, per sample ([N]).
torch::Tensor maskIoU(const torch::Tensor& a, const torch::Tensor& b, int64_t classes);

}  // namespace pivq::core
