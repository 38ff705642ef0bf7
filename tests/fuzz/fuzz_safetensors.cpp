// The safetensors parser on arbitrary bytes: IoError or tensors that exactly tile the data.
#include <cstdlib>
#include <string>

#include "engine/io/image.h"
#include "engine/io/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    std::map<std::string, std::string> meta;
    pivq::io::SafetensorsLimits limits;
    limits.max_total_bytes = 64 << 20;
    try {
        const auto tensors = pivq::io::readSafetensors(bytes, &meta, limits, "fuzz");
        // What was read writes back and reads again to the same bytes.
        const std::string once = pivq::io::writeSafetensors(tensors, meta);
        if (pivq::io::writeSafetensors(pivq::io::readSafetensors(once, nullptr, limits), meta) != once) abort();
    } catch (const pivq::io::IoError&) {
    }
    return 0;
}
