// The bundle loader on arbitrary files: a zip directory, a manifest, checksums, safetensors,
// networks built from a hostile config, a preview image. IoError, or a bundle that loads.
#include <QCoreApplication>

#include <torch/torch.h>

#include "engine/io/bundle.h"
#include "engine/io/image.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = pivq::fuzz::writeInput(data, size, ".pivq");
    try {
        pivq::io::readBundleManifest(path.toStdString());
    } catch (const pivq::io::IoError&) {
    }
    try {
        pivq::io::loadBundle(path.toStdString(), true);
    } catch (const pivq::io::IoError&) {
    }
    return 0;
}
