#include "engine/core/runtime.h"

#include <dlfcn.h>

#include <cstdlib>
#include <stdexcept>
#include <thread>

#include <torch/version.h>

namespace pivq::core {

int hardwareThreads()
{
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

namespace {
void setBlasThreads(int n)
{
    // OpenBLAS is reached through the libblas.so.3 alternative, so look the symbol up at
    // run time instead of linking it: absent (another BLAS) means nothing to do.
    using SetFn = void (*)(int);
    if (auto fn = reinterpret_cast<SetFn>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))) fn(n);
}
}  // namespace

int configureThreads(int requested)
{
    int n = requested;
    if (n <= 0) {
        if (const char* env = std::getenv("PIVQ_THREADS")) n = std::atoi(env);
    }
    if (n <= 0) n = hardwareThreads();
    n = std::min(n, 256);
    setBlasThreads(1);
    at::set_num_threads(n);
    return at::get_num_threads();
}

torch::Device selectDevice(const std::string& preference)
{
    if (preference == "cpu") return torch::kCPU;
    if (preference == "cuda") {
        if (!torch::cuda::is_available())
            throw std::invalid_argument("device: CUDA was asked for, but this LibTorch build sees no usable GPU");
        return torch::Device(torch::kCUDA, 0);
    }
    if (preference == "auto" || preference.empty())
        return torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    throw std::invalid_argument("device: expected auto, cpu or cuda, got \"" + preference + "\"");
}

std::string deviceName(const torch::Device& d)
{
    if (d.is_cuda()) return "CUDA:" + std::to_string(d.index() < 0 ? 0 : d.index());
    return "CPU";
}

std::string torchVersion()
{
    return std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) + "." +
           std::to_string(TORCH_VERSION_PATCH);
}

}  // namespace pivq::core
