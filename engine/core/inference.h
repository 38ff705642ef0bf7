// Inference helpers shared by training samples, the CLI and the editing session.
#pragma once

#include <torch/torch.h>

#include "engine/core/encoder.h"
#include "engine/core/generator.h"

namespace pivq::core {

// Swap(identity, pose) = G(graft(E(identity), E(pose))) (paper 3.1). Images [N,3,R,R] in
// [-1,1], N equal or broadcast from 1. Runs without gradients, deterministic noise.
torch::Tensor swapImages(Generator& g, Encoder& e, const torch::Tensor& identity, const torch::Tensor& pose);

// The paper's Figure 1 layout: top row the pose images, left column the identity images,
// cell (i, j) the identity of row i in the pose of column j. [3,(n+1)R,(m+1)R], the corner
// mid grey.
torch::Tensor swapGrid(Generator& g, Encoder& e, const torch::Tensor& identities, const torch::Tensor& poses);

}  // namespace pivq::core
