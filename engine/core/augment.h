// Shape-oriented augmentations for the self-supervised pose task (paper 3.3, Fig. 4):
// random cutout, horizontal flip and re-scaling, drawn independently per image, and two more
// of the same kind that the paper's list does not name, off by default: a shift and a
// rotation about the centre (for poses that move and tilt the whole head). And a colour
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
    double translate = 0.0;      // probability of a shift (0: never, the paper's set)
    double translate_max = 0.1;  // largest shift along each axis, fraction of the image side
    double rotate = 0.0;         // probability of a rotation about the centre (0: never)
    double rotate_max = 20.0;    // largest angle in degrees, either way
};

// x [N,3,H,W] in [-1,1] -> augmented copy (cut-outs filled with mid grey, 0; pixels that
// the geometric changes bring in from outside repeat the border). The content is flipped,
// rotated clockwise on screen and scaled about the centre, then shifted.
// Every image gets at least one augmentation, so pose and identity inputs always differ.
// With translate and rotate at 0 the random draws, and so the result, are those of the
// paper's three augmentations alone.
torch::Tensor augmentShape(const torch::Tensor& x, const AugmentOptions& opts, torch::Generator gen = {});

// x [N,3,H,W] in [-1,1] -> the same pixels in other colours: per image, a random permutation
// of the colour channels (probability 1/2), then per channel y = gain * x + shift with gain in
// [1 - gain_range, 1 + gain_range] and shift in [-shift_range, shift_range], clamped to [-1,1].
// Every pixel keeps its place, so the pose is exactly that of x.
torch::Tensor augmentColor(const torch::Tensor& x, double gain_range, double shift_range, torch::Generator gen = {});

}  // namespace pivq::core
