// Test support: comparing tensors bit for bit (NaN payloads and -0.0 included). Header-only; torch.
#pragma once

#include <cstring>

#include <torch/torch.h>

namespace pivq::testing {

// Same dtype, same shape and the same bytes.
inline bool bitEqual(const torch::Tensor& a, const torch::Tensor& b)
{
    if (a.scalar_type() != b.scalar_type() || a.sizes() != b.sizes()) return false;
    const auto ca = a.contiguous(), cb = b.contiguous();
    const auto n = static_cast<size_t>(ca.nbytes());
    return n == 0 || std::memcmp(ca.data_ptr(), cb.data_ptr(), n) == 0;  // an empty tensor may have no data
}

}  // namespace pivq::testing
