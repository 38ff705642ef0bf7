#include "tests/support/tiny_bundle.h"

#include <torch/torch.h>

#include "engine/io/bundle.h"

namespace pivq::testing {

QString writeTinyBundle(const QString& path, const QString& preset, quint64 seed)
{
    io::Bundle b;
    b.config = core::preset(preset.toStdString());
    torch::manual_seed(seed);
    core::Generator g(b.config);
    core::Encoder e(b.config);
    b.weights = io::networkWeights(g, e);
    b.training_record["data"] = "test";
    io::saveBundle(path.toStdString(), b);
    return path;
}

}  // namespace pivq::testing
