// JSON for tests: a parsed document as a plain tree (objects, arrays, strings,
// numbers, true, false, null), parsed by nlohmann/json (base/json.h). Throws
// nothing: Parse returns false on malformed input.
#ifndef GILLAB_TESTS_JSON_H_
#define GILLAB_TESTS_JSON_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "nlohmann/json.hpp"

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
  explicit JsonParser(std::string_view text) : text_(text) {}

  bool Parse(Json* out) {
    const nlohmann::json doc = nlohmann::json::parse(text_, nullptr,
                                                     /*allow_exceptions=*/false);
    if (doc.is_discarded()) return false;
    Convert(doc, out);
    return true;
  }

 private:
  static void Convert(const nlohmann::json& in, Json* out) {
    if (in.is_object()) {
      out->kind = Json::Kind::kObject;
      for (const auto& [key, value] : in.items()) Convert(value, &out->object[key]);
    } else if (in.is_array()) {
      out->kind = Json::Kind::kArray;
      out->array.resize(in.size());
      for (std::size_t i = 0; i < in.size(); ++i) Convert(in[i], &out->array[i]);
    } else if (in.is_string()) {
      out->kind = Json::Kind::kString;
      out->string = in.get<std::string>();
    } else if (in.is_number()) {
      out->kind = Json::Kind::kNumber;
      out->number = in.get<double>();
    } else if (in.is_boolean()) {
      out->kind = Json::Kind::kBool;
      out->boolean = in.get<bool>();
    }
  }

  std::string_view text_;
};

}  // namespace gillab::testing

#endif  // GILLAB_TESTS_JSON_H_
