// Process-wide runtime set-up: thread pools and device choice. Debian's LibTorch starts with
// ONE intra-op thread and OpenBLAS with its own pool; two pools on two cores measured 20-30%
// slower, so every executable calls configureThreads() once at start.
#pragma once

#include <string>

#include <torch/torch.h>

namespace pivq::core {

// Sets LibTorch's intra-op threads to `requested` (0: the PIVQ_THREADS environment variable
// if set, else all cores) and keeps OpenBLAS at one thread. Returns the count in effect.
int configureThreads(int requested = 0);
int hardwareThreads();

// "auto" (CUDA when available), "cpu" or "cuda". Throws std::invalid_argument for other
// names and for "cuda" when this LibTorch build has no usable GPU.
torch::Device selectDevice(const std::string& preference = "auto");
std::string deviceName(const torch::Device& d);
std::string torchVersion();

}  // namespace pivq::core
