// gillab/runtime/objects/dict_object.h — hash tables with insertion order (CPython 3.6+'s
// compact dict).
//
// Two arrays: `indices`, a power-of-two open-addressing table of slots holding an
// index into `entries` (or EMPTY / DUMMY), and `entries`, the (hash, key, value)
// triples in insertion order. Probing is CPython's: i = (5*i + perturb + 1) & mask,
// perturb >>= 5. At most 2/3 of the slots are usable; when the entries run out the
// table is rebuilt for 3 * used (CPython's GROWTH_RATE), which also drops deleted
// entries. A dict owns one reference to each key and each value.
//
// Keys must be hashable (int, bool, float, str, None, tuples of hashables); the
// functions that take a key report an unhashable one by returning false/null.
// Not thread-safe.
#ifndef GILLAB_RUNTIME_OBJECTS_DICT_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_DICT_OBJECT_H_

#include <cstdint>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kDictType;

struct DictKeys;  // dict_object.cc

struct DictObject {
  Object header;
  std::int64_t used;  // live entries
  DictKeys* keys;
};

// Returns a NEW reference to an empty dict.
Object* NewDict();

inline bool IsDict(const Object* ob) { return IsType(ob, kDictType); }

inline std::int64_t DictSize(const Object* dict) {
  return reinterpret_cast<const DictObject*>(dict)->used;
}

// Stores key -> value, taking new references to both (does not steal); replaces
// (and drops) an existing value. Returns false, changing nothing, when `key` is
// unhashable.
bool DictSetItem(Object* dict, Object* key, Object* value);

// Returns a BORROWED reference to the value for `key`, or null when it is absent
// or unhashable.
Object* DictGetItem(Object* dict, Object* key);

// Removes `key`. Returns false when it was absent or unhashable.
bool DictDelItem(Object* dict, Object* key);

// Iterates in insertion order: start with *pos = 0; each call that returns true
// sets BORROWED *key and *value and advances *pos. Requires: the dict is not
// modified during the iteration.
bool DictNext(const Object* dict, std::int64_t* pos, Object** key, Object** value);

// Slots in the index table (a power of two), for tests and size reports.
std::int64_t DictTableSize(const Object* dict);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_DICT_OBJECT_H_
