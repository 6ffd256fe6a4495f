// A small JSON parser for tests (objects, arrays, strings, numbers, true, false,
// null). Throws nothing: Parse returns false on malformed input.
#ifndef GILLAB_TESTS_JSON_H_
#define GILLAB_TESTS_JSON_H_

#include <cctype>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gillab::testing {

struct Json {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject } kind = Kind::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<Json> array;
  std::map<std::string, Json> object;

  bool Has(const std::string& key) const { return object.count(key) > 0; }
  const Json& operator[](const std::string& key) const { return object.at(key); }
};

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : s_(text) {}

  bool Parse(Json* out) {
    if (!Value(out)) return false;
    Space();
    return i_ == s_.size();
  }

 private:
  void Space() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
  }
  bool Literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  bool String(std::string* out) {
    if (i_ >= s_.size() || s_[i_] != '"') return false;
    ++i_;
    while (i_ < s_.size() && s_[i_] != '"') {
      if (s_[i_] == '\\') {
        if (++i_ >= s_.size()) return false;
        const char c = s_[i_];
        if (c == 'u') {
          if (i_ + 4 >= s_.size()) return false;
          *out += static_cast<char>(
              std::strtol(std::string(s_.substr(i_ + 1, 4)).c_str(), nullptr, 16));
          i_ += 4;
        } else {
          *out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        }
      } else {
        *out += s_[i_];
      }
      ++i_;
    }
    if (i_ >= s_.size()) return false;
    ++i_;
    return true;
  }
  bool Value(Json* out) {
    Space();
    if (i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '{') {
      out->kind = Json::Kind::kObject;
      ++i_;
      Space();
      if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
      for (;;) {
        Space();
        std::string key;
        if (!String(&key)) return false;
        Space();
        if (i_ >= s_.size() || s_[i_] != ':') return false;
        ++i_;
        if (!Value(&out->object[key])) return false;
        Space();
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          continue;
        }
        if (i_ < s_.size() && s_[i_] == '}') return ++i_, true;
        return false;
      }
    }
    if (c == '[') {
      out->kind = Json::Kind::kArray;
      ++i_;
      Space();
      if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
      for (;;) {
        out->array.emplace_back();
        if (!Value(&out->array.back())) return false;
        Space();
        if (i_ < s_.size() && s_[i_] == ',') {
          ++i_;
          continue;
        }
        if (i_ < s_.size() && s_[i_] == ']') return ++i_, true;
        return false;
      }
    }
    if (c == '"') {
      out->kind = Json::Kind::kString;
      return String(&out->string);
    }
    if (Literal("true")) {
      out->kind = Json::Kind::kBool;
      out->boolean = true;
      return true;
    }
    if (Literal("false")) {
      out->kind = Json::Kind::kBool;
      return true;
    }
    if (Literal("null")) return true;
    const char* begin = s_.data() + i_;
    char* end = nullptr;
    const std::string copy(s_.substr(i_, 64));
    const double d = std::strtod(copy.c_str(), &end);
    if (end == copy.c_str()) return false;
    (void)begin;
    out->kind = Json::Kind::kNumber;
    out->number = d;
    i_ += static_cast<std::size_t>(end - copy.c_str());
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace gillab::testing

#endif  // GILLAB_TESTS_JSON_H_
