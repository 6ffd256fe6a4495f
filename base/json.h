// gillab/base/json.h — JSON, through nlohmann/json (pinned in WORKSPACE).
//
// Every JSON gillab writes (lab reports with --json, GIL traces) is built as a
// nlohmann::ordered_json value, so that strings are escaped one way everywhere
// and fields keep the order they were set in. ToJsonText prints a value with the
// separators of Python's json.dumps (", " and ": ") on one line, which is what
// gillab's reports have always looked like and what a learner's own Python
// prints: {"scenario": "objects", "threads": 2}. Invalid UTF-8 in a string is
// replaced by U+FFFD rather than thrown on.
#ifndef GILLAB_BASE_JSON_H_
#define GILLAB_BASE_JSON_H_

#include <string>

#include "nlohmann/json.hpp"

namespace gillab {

using Json = nlohmann::ordered_json;

// `value` as one line of JSON text with json.dumps' separators.
inline void AppendJsonText(const Json& value, std::string* out) {
  if (value.is_object()) {
    out->push_back('{');
    bool first = true;
    for (const auto& [key, item] : value.items()) {
      if (!first) out->append(", ");
      first = false;
      AppendJsonText(Json(key), out);
      out->append(": ");
      AppendJsonText(item, out);
    }
    out->push_back('}');
  } else if (value.is_array()) {
    out->push_back('[');
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (i > 0) out->append(", ");
      AppendJsonText(value[i], out);
    }
    out->push_back(']');
  } else {
    out->append(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

inline std::string ToJsonText(const Json& value) {
  std::string out;
  AppendJsonText(value, &out);
  return out;
}

}  // namespace gillab

#endif  // GILLAB_BASE_JSON_H_
