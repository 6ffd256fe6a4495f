// gillab/runtime/objects/str_object.h — immutable byte strings.
//
// The characters are stored inline after the fixed part, NUL-terminated, as in
// CPython's compact ASCII strings; the hash is computed once and cached. gillab
// strings are bytes (no Unicode semantics): len() counts bytes.
#ifndef GILLAB_RUNTIME_OBJECTS_STR_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_STR_OBJECT_H_

#include <cstdint>
#include <string_view>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kStrType;

struct StrObject {
  Object header;
  std::int64_t length;  // at kVarSizeOffset, like ob_size
  // 0 until first hashed. Written by any thread that hashes the string: a benign
  // race in CPython, an atomic_ref relaxed store here (every writer stores the same
  // value).
  std::uint64_t hash;
  // followed by length + 1 chars
};

// Returns a NEW reference to a str holding a copy of `text`.
Object* NewStr(std::string_view text);

inline bool IsStr(const Object* ob) { return IsType(ob, kStrType); }

// Whitespace as str.split() and int() see it in ASCII: space, \t \n \v \f \r.
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A view of the characters, valid while the string is alive. Requires: IsStr(ob).
inline std::string_view StrView(const Object* ob) {
  const auto* s = reinterpret_cast<const StrObject*>(ob);
  return {reinterpret_cast<const char*>(s + 1), static_cast<std::size_t>(s->length)};
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_STR_OBJECT_H_
