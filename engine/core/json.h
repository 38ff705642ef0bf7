// A small JSON value, parser and writer for engine/core, which may not depend on Qt.
// Used for model configs and safetensors headers. Objects keep their insertion order so
// that written files are stable and diffable.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace pivq::json {

// Thrown for malformed text and for type mismatches; the message says where and what.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Value {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<Value>;
    using Object = std::vector<std::pair<std::string, Value>>;

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : type_(Type::Bool), bool_(b) {}
    Value(int v) : type_(Type::Number), number_(v) {}
    Value(int64_t v) : type_(Type::Number), number_(static_cast<double>(v)) {}
    Value(double v) : type_(Type::Number), number_(v) {}
    Value(const char* s) : type_(Type::String), string_(s) {}
    Value(std::string s) : type_(Type::String), string_(std::move(s)) {}
    Value(Array a) : type_(Type::Array), array_(std::move(a)) {}
    static Value object() { Value v; v.type_ = Type::Object; return v; }
    static Value array() { Value v; v.type_ = Type::Array; return v; }

    Type type() const { return type_; }
    bool isNull() const { return type_ == Type::Null; }
    bool isObject() const { return type_ == Type::Object; }
    bool isArray() const { return type_ == Type::Array; }
    bool isNumber() const { return type_ == Type::Number; }
    bool isString() const { return type_ == Type::String; }
    bool isBool() const { return type_ == Type::Bool; }

    // Typed accessors throw Error naming `what` when the type does not match.
    bool asBool(const std::string& what = "value") const;
    double asNumber(const std::string& what = "value") const;
    int64_t asInt(const std::string& what = "value") const;  // must be integral
    const std::string& asString(const std::string& what = "value") const;
    const Array& asArray(const std::string& what = "value") const;
    const Object& asObject(const std::string& what = "value") const;

    // Object access. `find` returns nullptr when absent; operator[] inserts.
    const Value* find(const std::string& key) const;
    Value& operator[](const std::string& key);
    void push(Value v);
    // Appends a key without looking for an existing one (the parser checks duplicates itself).
    void appendUnchecked(std::string key, Value v);

    // Serialise; indent < 0 writes one compact line.
    std::string dump(int indent = -1) const;

private:
    void dumpTo(std::string& out, int indent, int depth) const;

    Type type_ = Type::Null;
    bool bool_ = false;
    double number_ = 0.0;
    std::string string_;
    Array array_;
    Object object_;
};

// Parses a whole document. Throws Error("... at line L, column C") on malformed input.
// Nesting deeper than 64 levels and documents over 64 MiB are rejected.
Value parse(const std::string& text);

const char* typeName(Value::Type t);

}  // namespace pivq::json
