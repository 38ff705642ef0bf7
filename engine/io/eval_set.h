// The images `pivq eval` runs on (core::EvalSet), drawn the same way for every model so
// that reports compare.
//   toyfaces: held-out pairs (toyfaces::samplePair: streams disjoint from the training
//             images), the ground truth of every swap, one pose under two identities for
//             mask stability, and the training stream's first images as the reference.
//   a folder or .zip of images: seeded random pairs of distinct images; every image also
//             serves as the reference. No ground truth, so no swap error or mask stability.
#pragma once

#include <cstdint>
#include <string>

#include "engine/core/evaluate.h"

namespace pivq::io {

// `pairs` held-out toyfaces pairs at `resolution`, `reference` images of the training
// stream `trainSeed` (what `pivq train --data toyfaces` trains on with that seed).
core::EvalSet toyfacesEvalSet(int64_t pairs, int resolution, uint64_t seed, int64_t reference = 1000,
                              uint64_t trainSeed = 0);

// Images of a folder (recursive) or a .zip, resized like training data. Throws IoError for
// a source without two usable images.
core::EvalSet imageEvalSet(const std::string& path, int64_t pairs, int resolution, uint64_t seed);

}  // namespace pivq::io
