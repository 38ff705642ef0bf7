#include "engine/io/safetensors.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <sstream>

#include <torch/torch.h>

#include "engine/core/json.h"
#include "engine/io/image.h"

namespace pivq::io {

// Tensor bytes are copied as they are in memory, and the format is little-endian.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "safetensors I/O assumes a little-endian host");

namespace {

struct DtypeInfo {
    const char* name;
    torch::ScalarType type;
    int64_t itemsize;
};

const DtypeInfo kDtypes[] = {
    {"F64", torch::kFloat64, 8},   {"F32", torch::kFloat32, 4}, {"F16", torch::kFloat16, 2},
    {"BF16", torch::kBFloat16, 2}, {"I64", torch::kInt64, 8},   {"I32", torch::kInt32, 4},
    {"I16", torch::kInt16, 2},     {"I8", torch::kInt8, 1},     {"U8", torch::kUInt8, 1},
    {"BOOL", torch::kBool, 1},
};

const DtypeInfo* dtypeByName(const std::string& s)
{
    for (const auto& d : kDtypes)
        if (s == d.name) return &d;
    return nullptr;
}

const DtypeInfo* dtypeByType(torch::ScalarType t)
{
    for (const auto& d : kDtypes)
        if (t == d.type) return &d;
    return nullptr;
}

const char* kMetadataKey = "__metadata__";

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const char* s, size_t n)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s);
    size_t i = 0;
    while (i < n) {
        const unsigned c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        unsigned cp, min;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (i + static_cast<size_t>(extra) >= n) return false;  // truncated sequence
        for (int k = 1; k <= extra; ++k) {
            const unsigned cc = p[i + static_cast<size_t>(k)];
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += static_cast<size_t>(extra) + 1;
    }
    return true;
}

std::string shapeText(const std::vector<int64_t>& shape)
{
    std::ostringstream o;
    o << '[';
    for (size_t i = 0; i < shape.size(); ++i) o << (i ? ", " : "") << shape[i];
    o << ']';
    return o.str();
}

// One header entry, validated except for its position relative to the others.
struct Entry {
    std::string name;
    const DtypeInfo* dtype = nullptr;
    std::vector<int64_t> shape;
    int64_t begin = 0, end = 0;
};

constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53: JSON numbers are doubles
constexpr size_t kMaxRank = 64;

}  // namespace

std::string writeSafetensors(const core::NamedTensors& tensors, const std::map<std::string, std::string>& metadata)
{
    const std::string who = "safetensors";
    json::Value header = json::Value::object();
    if (!metadata.empty()) {
        json::Value meta = json::Value::object();
        for (const auto& kv : metadata) meta[kv.first] = kv.second;
        header[kMetadataKey] = meta;
    }
    std::set<std::string> seen;
    std::vector<torch::Tensor> data;
    data.reserve(tensors.size());
    int64_t offset = 0;
    for (const auto& [name, t] : tensors) {
        const std::string what = who + ": tensor \"" + name + "\"";
        if (name == kMetadataKey) throw IoError(what + ": the name is reserved");
        if (!seen.insert(name).second) throw IoError(what + " appears twice");
        if (!t.defined()) throw IoError(what + " is undefined");
        const DtypeInfo* d = dtypeByType(t.scalar_type());
        if (!d) throw IoError(what + ": dtype " + std::string(c10::toString(t.scalar_type())) + " cannot be stored");
        torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
        const int64_t nbytes = c.numel() * d->itemsize;
        json::Value entry = json::Value::object();
        entry["dtype"] = d->name;
        json::Value shape = json::Value::array();
        for (int64_t s : c.sizes()) shape.push(s);
        entry["shape"] = shape;
        json::Value offsets = json::Value::array();
        offsets.push(offset);
        offsets.push(offset + nbytes);
        entry["data_offsets"] = offsets;
        header[name] = entry;
        offset += nbytes;
        data.push_back(std::move(c));
    }
    std::string text = header.dump();
    // Pad with spaces so that the data buffer starts 8-byte aligned.
    text.append((8 - text.size() % 8) % 8, ' ');

    std::string out;
    out.reserve(8 + text.size() + static_cast<size_t>(offset));
    uint64_t n = text.size();
    for (int i = 0; i < 8; ++i) out += static_cast<char>((n >> (8 * i)) & 0xFF);
    out += text;
    for (const auto& c : data) {
        const size_t nbytes = static_cast<size_t>(c.numel()) * static_cast<size_t>(c.element_size());
        if (nbytes) out.append(static_cast<const char*>(c.data_ptr()), nbytes);
    }
    return out;
}

core::NamedTensors readSafetensors(const std::string& bytes, std::map<std::string, std::string>* metadata,
                                   const SafetensorsLimits& limits, const std::string& name)
{
    auto error = [&](const std::string& msg) { return IoError(name + ": " + msg); };
    const uint64_t size = bytes.size();
    if (size == 0) throw error("the file is empty");
    if (size < 8)
        throw error("the file is too short to be safetensors (" + std::to_string(size) +
                    " bytes; the header length alone takes 8)");
    uint64_t n = 0;
    for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(bytes[static_cast<size_t>(i)]);
    // Both checks come before the header is copied anywhere.
    if (n > static_cast<uint64_t>(limits.max_header_bytes))
        throw error("header length " + std::to_string(n) + " is over the limit of " +
                    std::to_string(limits.max_header_bytes) + " bytes");
    if (n > size - 8)
        throw error("header length " + std::to_string(n) + " runs past the end of the file (" + std::to_string(size) +
                    " bytes)");
    const uint64_t dataSize = size - 8 - n;
    if (dataSize > static_cast<uint64_t>(limits.max_total_bytes))
        throw error("tensor data of " + std::to_string(dataSize) + " bytes is over the limit of " +
                    std::to_string(limits.max_total_bytes) + " bytes");
    const char* headerText = bytes.data() + 8;
    if (!validUtf8(headerText, static_cast<size_t>(n))) throw error("the header is not valid UTF-8");

    json::Value root;
    try {
        root = json::parse(std::string(headerText, static_cast<size_t>(n)));
    } catch (const json::Error& e) {
        throw error(std::string("the header is not valid JSON (") + e.what() + ")");
    }
    if (!root.isObject()) throw error("the header is not a JSON object");
    const json::Value::Object& items = root.asObject();

    int64_t count = 0;
    for (const auto& kv : items) count += kv.first != kMetadataKey;
    if (count > limits.max_tensors)
        throw error("the header lists " + std::to_string(count) + " tensors, over the limit of " +
                    std::to_string(limits.max_tensors));

    std::vector<Entry> entries;
    entries.reserve(static_cast<size_t>(count));
    for (const auto& [key, v] : items) {
        if (key == kMetadataKey) {
            if (!v.isObject()) throw error("__metadata__ must be an object of strings");
            for (const auto& [mk, mv] : v.asObject()) {
                if (!mv.isString())
                    throw error("__metadata__ \"" + mk + "\" must be a string, not " + json::typeName(mv.type()));
                if (metadata) (*metadata)[mk] = mv.asString();
            }
            continue;
        }
        const std::string what = "tensor \"" + key + "\": ";
        if (!v.isObject()) throw error(what + "expected an object with dtype, shape and data_offsets");
        for (const auto& field : v.asObject())
            if (field.first != "dtype" && field.first != "shape" && field.first != "data_offsets")
                throw error(what + "unknown key \"" + field.first + "\"");
        const json::Value* dtype = v.find("dtype");
        const json::Value* shape = v.find("shape");
        const json::Value* offsets = v.find("data_offsets");
        if (!dtype) throw error(what + "missing \"dtype\"");
        if (!shape) throw error(what + "missing \"shape\"");
        if (!offsets) throw error(what + "missing \"data_offsets\"");

        Entry e;
        e.name = key;
        if (!dtype->isString()) throw error(what + "dtype must be a string");
        e.dtype = dtypeByName(dtype->asString());
        if (!e.dtype) throw error(what + "unknown dtype \"" + dtype->asString() + "\"");

        if (!shape->isArray()) throw error(what + "shape must be an array of non-negative integers");
        if (shape->asArray().size() > kMaxRank)
            throw error(what + "shape has more than " + std::to_string(kMaxRank) + " dimensions");
        bool zero = false;
        for (const auto& s : shape->asArray()) {
            const double d = s.isNumber() ? s.asNumber() : -1.0;
            if (!(d >= 0.0) || std::floor(d) != d || d > kMaxExactInteger)
                throw error(what + "shape entry " + s.dump() + " is not a non-negative integer");
            e.shape.push_back(static_cast<int64_t>(d));
            zero = zero || d == 0.0;
        }
        // Element count, guarded against overflow (the data can never exceed the buffer).
        const int64_t cap = std::numeric_limits<int64_t>::max() / e.dtype->itemsize;
        int64_t numel = 1;
        if (zero) {
            numel = 0;
        } else {
            for (int64_t d : e.shape) {
                if (numel > cap / d) throw error(what + "shape " + shapeText(e.shape) + " is too large");
                numel *= d;
            }
        }
        const int64_t need = numel * e.dtype->itemsize;

        if (!offsets->isArray() || offsets->asArray().size() != 2)
            throw error(what + "data_offsets must be [begin, end]");
        double bounds[2];
        for (int i = 0; i < 2; ++i) {
            const json::Value& o = offsets->asArray()[static_cast<size_t>(i)];
            const double d = o.isNumber() ? o.asNumber() : -1.0;
            if (!(d >= 0.0) || std::floor(d) != d || d > kMaxExactInteger)
                throw error(what + "data_offsets entry " + o.dump() + " is not a non-negative integer");
            bounds[i] = d;
        }
        if (bounds[0] > bounds[1] || bounds[1] > static_cast<double>(dataSize))
            throw error(what + "data_offsets out of range ([" + offsets->asArray()[0].dump() + ", " +
                        offsets->asArray()[1].dump() + "] in a data buffer of " + std::to_string(dataSize) + " bytes)");
        e.begin = static_cast<int64_t>(bounds[0]);
        e.end = static_cast<int64_t>(bounds[1]);
        if (e.end - e.begin != need)
            throw error(what + "size mismatch: data_offsets cover " + std::to_string(e.end - e.begin) + " bytes, " +
                        e.dtype->name + " " + shapeText(e.shape) + " needs " + std::to_string(need));
        entries.push_back(std::move(e));
    }

    // The tensors must tile the data buffer exactly: no overlaps, no holes.
    std::vector<const Entry*> order;
    order.reserve(entries.size());
    for (const auto& e : entries) order.push_back(&e);
    std::stable_sort(order.begin(), order.end(), [](const Entry* a, const Entry* b) {
        return a->begin != b->begin ? a->begin < b->begin : a->end < b->end;
    });
    int64_t pos = 0;
    const Entry* prev = nullptr;
    for (const Entry* e : order) {
        if (e->begin < pos) throw error("tensor \"" + e->name + "\": data overlaps tensor \"" + prev->name + "\"");
        if (e->begin > pos)
            throw error("tensor \"" + e->name + "\": bytes " + std::to_string(pos) + ".." + std::to_string(e->begin) +
                        " before it are not covered by any tensor");
        pos = e->end;
        prev = e;
    }
    if (static_cast<uint64_t>(pos) != dataSize)
        throw error("bytes " + std::to_string(pos) + ".." + std::to_string(dataSize) +
                    " at the end of the data buffer are not covered by any tensor");

    const char* data = bytes.data() + 8 + n;
    core::NamedTensors out;
    out.reserve(entries.size());
    for (const auto& e : entries) {
        const size_t nbytes = static_cast<size_t>(e.end - e.begin);
        const char* src = data + e.begin;
        if (e.dtype->type == torch::kBool) {
            for (size_t i = 0; i < nbytes; ++i)
                if (static_cast<unsigned char>(src[i]) > 1)
                    throw error("tensor \"" + e.name + "\": BOOL value " +
                                std::to_string(static_cast<unsigned char>(src[i])) + " is neither 0 nor 1");
        }
        torch::Tensor t = torch::empty(e.shape, torch::TensorOptions().dtype(e.dtype->type));
        if (nbytes) std::memcpy(t.data_ptr(), src, nbytes);
        out.emplace_back(e.name, std::move(t));
    }
    return out;
}

}  // namespace pivq::io
