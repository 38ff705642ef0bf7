// Field visitors for JSON round-trips of plain config structs: a struct lists its fields
// once in a `forEachField(cfg, f)` template, and these two visitors write and read them.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "engine/core/config.h"
#include "engine/core/json.h"

namespace pivq::json {

using core::VqVariant;
using core::toString;
using core::vqVariantFromString;

struct FieldWriter {
    Value& out;
    void operator()(const char* k, std::string& v) { out[k] = v; }
    void operator()(const char* k, int& v) { out[k] = v; }
    void operator()(const char* k, double& v) { out[k] = v; }
    void operator()(const char* k, bool& v) { out[k] = v; }
    void operator()(const char* k, VqVariant& v) { out[k] = toString(v); }
    void operator()(const char* k, std::vector<int>& v)
    {
        Value a = Value::array();
        for (int x : v) a.push(x);
        out[k] = a;
    }
};

struct FieldReader {
    const Value& in;
    std::vector<std::string>& seen;
    const Value* get(const char* k)
    {
        const Value* v = in.find(k);
        if (v) seen.emplace_back(k);
        return v;
    }
    static int toInt(const Value& v, const std::string& what)
    {
        const int64_t x = v.asInt(what);
        if (x < -(1 << 30) || x > (1 << 30)) throw Error(what + ": out of range");
        return static_cast<int>(x);
    }
    void operator()(const char* k, std::string& v)
    {
        if (auto* j = get(k)) v = j->asString(k);
    }
    void operator()(const char* k, int& v)
    {
        if (auto* j = get(k)) v = toInt(*j, k);
    }
    void operator()(const char* k, double& v)
    {
        if (auto* j = get(k)) v = j->asNumber(k);
    }
    void operator()(const char* k, bool& v)
    {
        if (auto* j = get(k)) v = j->asBool(k);
    }
    void operator()(const char* k, VqVariant& v)
    {
        if (auto* j = get(k)) v = vqVariantFromString(j->asString(k));
    }
    void operator()(const char* k, std::vector<int>& v)
    {
        if (auto* j = get(k)) {
            v.clear();
            for (const auto& x : j->asArray(k)) v.push_back(toInt(x, std::string(k) + " element"));
        }
    }
};


// Reads `v` into `c` with forEachField; unknown keys (other than `allowed`) are an error.
template <class T, class Visit>
void readFields(const Value& v, T& c, Visit&& forEach, const std::vector<std::string>& allowed = {})
{
    std::vector<std::string> seen = allowed;
    FieldReader r{v, seen};
    forEach(c, r);
    for (const auto& kv : v.asObject())
        if (std::find(seen.begin(), seen.end(), kv.first) == seen.end())
            throw Error("unknown key \"" + kv.first + "\"");
}

}  // namespace pivq::json
