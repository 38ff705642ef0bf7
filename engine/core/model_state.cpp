#include "engine/core/model_state.h"

#include <set>
#include <sstream>

namespace pivq::core {

NamedTensors stateOf(const torch::nn::Module& m, const std::string& prefix)
{
    NamedTensors out;
    for (const auto& p : m.named_parameters(true)) out.emplace_back(prefix + p.key(), p.value().detach());
    for (const auto& b : m.named_buffers(true)) out.emplace_back(prefix + b.key(), b.value().detach());
    return out;
}

torch::Tensor findTensor(const NamedTensors& tensors, const std::string& name)
{
    for (const auto& kv : tensors)
        if (kv.first == name) return kv.second;
    return {};
}

namespace {
std::string shapeText(const torch::Tensor& t)
{
    std::ostringstream o;
    o << t.sizes();
    return o.str();
}
}  // namespace

void loadState(torch::nn::Module& m, const NamedTensors& tensors, const std::string& prefix)
{
    std::map<std::string, torch::Tensor> given;
    for (const auto& kv : tensors) {
        if (kv.first.compare(0, prefix.size(), prefix) != 0) continue;
        if (!given.emplace(kv.first.substr(prefix.size()), kv.second).second)
            throw std::invalid_argument("tensor \"" + kv.first + "\" appears twice");
    }
    std::set<std::string> used;
    auto copyInto = [&](const std::string& name, torch::Tensor target) {
        auto it = given.find(name);
        if (it == given.end()) throw std::invalid_argument("tensor \"" + prefix + name + "\" is missing");
        const torch::Tensor& src = it->second;
        if (!src.defined()) throw std::invalid_argument("tensor \"" + prefix + name + "\" is empty");
        if (src.sizes() != target.sizes())
            throw std::invalid_argument("tensor \"" + prefix + name + "\" has shape " + shapeText(src) + ", expected " +
                                        shapeText(target));
        if (target.is_floating_point()) {
            if (!src.is_floating_point())
                throw std::invalid_argument("tensor \"" + prefix + name + "\" must be floating point");
            if (!torch::isfinite(src).all().item<bool>())
                throw std::invalid_argument("tensor \"" + prefix + name + "\" contains NaN or Inf");
        } else if (src.scalar_type() != target.scalar_type()) {
            throw std::invalid_argument("tensor \"" + prefix + name + "\" has the wrong dtype");
        }
        torch::NoGradGuard ng;
        target.copy_(src.to(target.device(), target.scalar_type()));
        used.insert(name);
    };
    for (auto& p : m.named_parameters(true)) copyInto(p.key(), p.value());
    for (auto& b : m.named_buffers(true)) copyInto(b.key(), b.value());
    for (const auto& kv : given)
        if (!used.count(kv.first)) throw std::invalid_argument("unexpected tensor \"" + prefix + kv.first + "\"");
}

}  // namespace pivq::core
