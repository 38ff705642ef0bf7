// The JSON parser and the model and training configs read from it (manifests, --config and
// --train-config files): a parse error or an invalid_argument naming the field, never more.
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "engine/core/config.h"
#include "engine/core/json.h"
#include "engine/core/trainer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pivq;
    const std::string text(reinterpret_cast<const char*>(data), size);
    json::Value v;
    try {
        v = json::parse(text);
    } catch (const json::Error&) {
        return 0;
    }
    // What parses dumps and parses back to the same document.
    if (json::parse(v.dump()).dump() != v.dump()) abort();
    try {
        const core::ModelConfig m = core::ModelConfig::fromJson(v);
        m.validate();
        if (core::ModelConfig::fromJson(m.toJson()).toJson().dump() != m.toJson().dump()) abort();
    } catch (const std::invalid_argument&) {
    } catch (const json::Error&) {
    }
    try {
        core::TrainConfig::fromJson(v).validate();
    } catch (const std::invalid_argument&) {
    } catch (const json::Error&) {
    }
    return 0;
}
