// Shape-oriented augmentations for the self-supervised pose task (paper 3.3, Fig. 4):
// random cutout, horizontal flip and re-scaling, drawn independently per image. And a colour
// augmentation that changes what an identity looks like but keeps the pose exactly (not in
// the paper; see TrainConfig::w_aug_color).
#pragma once

#include <torch/torch.h>

namespace pivq::core {

struct AugmentOptions {
    double flip = 0.5;           // probability of a horizontal flip
    double rescale = 0.5;        // probability of a re-scale about the centre
    double rescale_min = 0.8;    // zoom factor range (< 1 shrinks, > 1 enlarges)
    double rescale_max = 1.25;
    double cutout = 0.5;         // probability of one cut-out rectangle
    double cutout_min = 0.15;    // rectangle side as a fraction of the image side
    double cutout_max = 0.4;
};

// x [N,3,H,W] in [-1,1] -> augmented copy (cut-outs filled with mid grey, 0).
// Every image gets at least one augmentation, so pose and identity inputs always differ.
torch::Tensor augmentShape(const torch::Tensor& x, const AugmentOptions& opts, torch::Generator gen = {});

// x [N,3,H,W] in [-1,1] -> the same pixels in other colours: per image, a random permutation
// of the colour channels (probability 1/2), then per channel y = gain * x + shift with gain in
// [1 - gain_range, 1 + gain_range] and shift in [-shift_range, shift_range], clamped to [-1,1].
// Every pixel keeps its place, so the pose is exactly that of x.
torch::Tensor augmentColor(const torch::Tensor& x, double gain_range, double shift_range, torch::Generator gen = {});

}  // namespace pivq::core
