// Mask import on arbitrary files (any image format Qt or OpenCV decodes, header checked
// first): IoError, or a mask of the layer's size with every class in range.
#include <cstdlib>

#include <torch/torch.h>

#include "engine/io/image.h"
#include "engine/io/masks.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pivq::io;
    const QString path = pivq::fuzz::writeInput(data, size, ".png");
    static const MaskSpec spec{3, 8, 4, 32, defaultPalette(4)};
    try {
        const torch::Tensor m = readMaskFile(path.toStdString(), spec);
        if (m.dim() != 2 || m.size(0) != 8 || m.size(1) != 8) abort();
        if (m.min().item<int64_t>() < 0 || m.max().item<int64_t>() >= 4) abort();
    } catch (const IoError&) {
    }
    // The same bytes as an input image.
    try {
        decodeRgb(std::vector<uint8_t>(data, data + size), "fuzz");
    } catch (const IoError&) {
    }
    return 0;
}
