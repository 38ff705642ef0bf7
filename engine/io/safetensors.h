// The safetensors format (https://github.com/huggingface/safetensors), implemented here so
// that weight files need no Python and no third-party parser:
//   [u64 little-endian N][N bytes of UTF-8 JSON header][data buffer]
// The header maps each tensor name to {"dtype", "shape", "data_offsets": [begin, end]}
// (offsets relative to the data buffer) plus an optional "__metadata__" string map.
// The reader treats its input as hostile: every length is checked before it is used.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "engine/core/model_state.h"

namespace pivq::io {

struct SafetensorsLimits {
    int64_t max_header_bytes = 16 << 20;         // JSON header length
    int64_t max_tensors = 1 << 20;               // entries in the header
    int64_t max_total_bytes = int64_t(8) << 30;  // data buffer
};

// Serialises `tensors` in the given order, contiguous and little-endian; the header is padded
// with spaces so that the data buffer starts 8-byte aligned. Dtypes: F64 F32 F16 BF16 I64 I32
// I16 I8 U8 BOOL (any device; copied to the CPU). Throws IoError for another dtype, a duplicate
// or reserved name ("__metadata__") or an undefined tensor.
std::string writeSafetensors(const core::NamedTensors& tensors,
                             const std::map<std::string, std::string>& metadata = {});

// Parses a whole file held in `bytes`. Returns contiguous CPU tensors owning their memory, in
// header order; fills `metadata` when given. Throws IoError("<name>: ...") naming the tensor
// for anything malformed: bad lengths, JSON, dtypes, shapes, offsets, overlaps or holes.
core::NamedTensors readSafetensors(const std::string& bytes, std::map<std::string, std::string>* metadata = nullptr,
                                   const SafetensorsLimits& limits = {}, const std::string& name = "safetensors");

}  // namespace pivq::io
