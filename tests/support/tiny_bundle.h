// Test support: a small model bundle like the ones `pivq train` writes, made from freshly
// built (untrained) networks. No torch in this header, so torch-free tests can use it.
#pragma once

#include <QString>

namespace pivq::testing {

// Writes a bundle of the preset's networks (initialised from `seed`) to `path`; returns
// `path`. Throws on failure.
QString writeTinyBundle(const QString& path, const QString& preset = "tiny32", quint64 seed = 0);

}  // namespace pivq::testing
