#include "engine/core/json.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <charconv>
#include <cstring>
#include <unordered_set>

namespace pivq::json {

const char* typeName(Value::Type t)
{
    switch (t) {
    case Value::Type::Null: return "null";
    case Value::Type::Bool: return "boolean";
    case Value::Type::Number: return "number";
    case Value::Type::String: return "string";
    case Value::Type::Array: return "array";
    case Value::Type::Object: return "object";
    }
    return "?";
}

namespace {
[[noreturn]] void typeError(const std::string& what, const char* expected, Value::Type got)
{
    throw Error(what + ": expected " + expected + ", got " + typeName(got));
}
}  // namespace

bool Value::asBool(const std::string& what) const
{
    if (type_ != Type::Bool) typeError(what, "boolean", type_);
    return bool_;
}

double Value::asNumber(const std::string& what) const
{
    if (type_ != Type::Number) typeError(what, "number", type_);
    return number_;
}

int64_t Value::asInt(const std::string& what) const
{
    const double v = asNumber(what);
    if (std::floor(v) != v || std::fabs(v) > 9.0e15) throw Error(what + ": expected an integer, got " + dump());
    return static_cast<int64_t>(v);
}

const std::string& Value::asString(const std::string& what) const
{
    if (type_ != Type::String) typeError(what, "string", type_);
    return string_;
}

const Value::Array& Value::asArray(const std::string& what) const
{
    if (type_ != Type::Array) typeError(what, "array", type_);
    return array_;
}

const Value::Object& Value::asObject(const std::string& what) const
{
    if (type_ != Type::Object) typeError(what, "object", type_);
    return object_;
}

const Value* Value::find(const std::string& key) const
{
    if (type_ != Type::Object) return nullptr;
    for (const auto& kv : object_)
        if (kv.first == key) return &kv.second;
    return nullptr;
}

Value& Value::operator[](const std::string& key)
{
    if (type_ == Type::Null) type_ = Type::Object;
    if (type_ != Type::Object) typeError(key, "object", type_);
    for (auto& kv : object_)
        if (kv.first == key) return kv.second;
    object_.emplace_back(key, Value());
    return object_.back().second;
}

void Value::appendUnchecked(std::string key, Value v)
{
    type_ = Type::Object;
    object_.emplace_back(std::move(key), std::move(v));
}

void Value::push(Value v)
{
    if (type_ == Type::Null) type_ = Type::Array;
    if (type_ != Type::Array) typeError("push", "array", type_);
    array_.push_back(std::move(v));
}

namespace {
void dumpString(std::string& out, const std::string& s)
{
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

void newline(std::string& out, int indent, int depth)
{
    if (indent < 0) return;
    out += '\n';
    out.append(static_cast<size_t>(indent * depth), ' ');
}
}  // namespace

void Value::dumpTo(std::string& out, int indent, int depth) const
{
    switch (type_) {
    case Type::Null: out += "null"; break;
    case Type::Bool: out += bool_ ? "true" : "false"; break;
    case Type::Number: {
        if (!std::isfinite(number_)) {
            out += "null";  // JSON has no NaN/Inf
        } else if (std::floor(number_) == number_ && std::fabs(number_) < 1e15) {
            out += std::to_string(static_cast<int64_t>(number_));
        } else {
            // Shortest text that reads back to the same double, independent of the C locale
            // (Qt switches it to the user's, where "%g" would write "0,5").
            char buf[64];
            const auto r = std::to_chars(buf, buf + sizeof buf, number_);
            out.append(buf, r.ptr);
        }
        break;
    }
    case Type::String: dumpString(out, string_); break;
    case Type::Array: {
        out += '[';
        // Short arrays of scalars stay on one line.
        bool flat = array_.size() <= 16;
        for (const auto& v : array_) flat = flat && !v.isArray() && !v.isObject();
        for (size_t i = 0; i < array_.size(); ++i) {
            if (i) out += flat ? ", " : ",";
            if (!flat) newline(out, indent, depth + 1);
            array_[i].dumpTo(out, indent, depth + 1);
        }
        if (!flat && !array_.empty()) newline(out, indent, depth);
        out += ']';
        break;
    }
    case Type::Object: {
        out += '{';
        for (size_t i = 0; i < object_.size(); ++i) {
            if (i) out += ',';
            newline(out, indent, depth + 1);
            dumpString(out, object_[i].first);
            out += indent < 0 ? ":" : ": ";
            object_[i].second.dumpTo(out, indent, depth + 1);
        }
        if (!object_.empty()) newline(out, indent, depth);
        out += '}';
        break;
    }
    }
}

std::string Value::dump(int indent) const
{
    std::string out;
    dumpTo(out, indent, 0);
    return out;
}

namespace {
class Parser {
public:
    explicit Parser(const std::string& t) : s_(t) {}

    Value document()
    {
        skipSpace();
        Value v = value(0);
        skipSpace();
        if (pos_ != s_.size()) fail("unexpected text after the document");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& msg) const
    {
        size_t line = 1, col = 1;
        for (size_t i = 0; i < pos_ && i < s_.size(); ++i) {
            if (s_[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        throw Error("JSON: " + msg + " at line " + std::to_string(line) + ", column " + std::to_string(col));
    }

    void skipSpace()
    {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }

    bool consume(const char* lit)
    {
        const size_t n = std::strlen(lit);
        if (s_.compare(pos_, n, lit) == 0) {
            pos_ += n;
            return true;
        }
        return false;
    }

    Value value(int depth)
    {
        if (depth > 64) fail("nesting deeper than 64 levels");
        if (pos_ >= s_.size()) fail("unexpected end of text");
        const char c = s_[pos_];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return Value(string());
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (consume("true")) return Value(true);
        if (consume("false")) return Value(false);
        if (consume("null")) return Value();
        fail(std::string("unexpected character '") + c + "'");
    }

    Value object(int depth)
    {
        ++pos_;  // {
        Value obj = Value::object();
        std::unordered_set<std::string> keys;  // duplicate detection in linear time
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == '}') {
            ++pos_;
            return obj;
        }
        for (;;) {
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != '"') fail("expected a key string");
            std::string key = string();
            if (!keys.insert(key).second) fail("duplicate key \"" + key + "\"");
            skipSpace();
            if (pos_ >= s_.size() || s_[pos_] != ':') fail("expected ':'");
            ++pos_;
            skipSpace();
            obj.appendUnchecked(std::move(key), value(depth + 1));
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == '}') {
                ++pos_;
                return obj;
            }
            fail("expected ',' or '}'");
        }
    }

    Value array(int depth)
    {
        ++pos_;  // [
        Value arr = Value::array();
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == ']') {
            ++pos_;
            return arr;
        }
        for (;;) {
            skipSpace();
            arr.push(value(depth + 1));
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == ']') {
                ++pos_;
                return arr;
            }
            fail("expected ',' or ']'");
        }
    }

    unsigned hex4()
    {
        if (pos_ + 4 > s_.size()) fail("truncated \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[pos_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
            else fail("bad hex digit in \\u escape");
        }
        return v;
    }

    static void appendUtf8(std::string& out, unsigned cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    std::string string()
    {
        ++pos_;  // "
        std::string out;
        for (;;) {
            if (pos_ >= s_.size()) fail("unterminated string");
            const char c = s_[pos_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size()) fail("unterminated escape");
            const char e = s_[pos_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00) {
                    if (!consume("\\u")) fail("lone high surrogate");
                    const unsigned lo = hex4();
                    if (lo < 0xDC00 || lo >= 0xE000) fail("bad low surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp < 0xE000) {
                    fail("lone low surrogate");
                }
                appendUtf8(out, cp);
                break;
            }
            default: fail(std::string("bad escape '\\") + e + "'");
            }
        }
    }

    Value number()
    {
        const size_t start = pos_;
        if (s_[pos_] == '-') ++pos_;
        auto digits = [&] {
            const size_t d0 = pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
            if (pos_ == d0) fail("expected a digit");
        };
        if (pos_ < s_.size() && s_[pos_] == '0') {
            ++pos_;
        } else {
            digits();
        }
        if (pos_ < s_.size() && s_[pos_] == '.') {
            ++pos_;
            digits();
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            digits();
        }
        double v = 0;
        const auto r = std::from_chars(s_.data() + start, s_.data() + pos_, v);  // locale-independent
        if (r.ec == std::errc::result_out_of_range) fail("number out of range");
        if (!std::isfinite(v)) fail("number out of range");
        return Value(v);
    }

    const std::string& s_;
    size_t pos_ = 0;
};
}  // namespace

Value parse(const std::string& text)
{
    if (text.size() > (64u << 20)) throw Error("JSON: document larger than 64 MiB");
    return Parser(text).document();
}

}  // namespace pivq::json
