// What the build was made from; recorded in every bundle a training run writes.
#pragma once

namespace pivq::service {

// The source tree's commit at build time (`git describe --always --dirty`), "unknown"
// outside a git checkout. Generated at every build by cmake/PivqBuildInfo.cmake.
const char* gitCommit();

}  // namespace pivq::service
