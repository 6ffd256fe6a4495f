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
//
// Threads, as lists (list_object.h): under a GIL nothing more is needed. With
// object locks on, every change holds the dict's critical section, and
// DictGetItemRef looks up without it: a grown table is retired to QSBR rather
// than freed; index slots, keys and values are read with acquire loads; a key
// that needs comparing and the value found are taken with TryIncref; and if the
// table was replaced meanwhile, or a TryIncref fails, the lookup is redone under
// the lock (CPython 3.13t's _Py_dict_lookup_threadsafe). Functions marked "owner
// only" take no lock: for a dict no other thread can reach, or under a GIL.
#ifndef GILLAB_RUNTIME_OBJECTS_DICT_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_DICT_OBJECT_H_

#include <atomic>
#include <cstdint>
#include <utility>
#include <vector>

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

// len(dict). Lock-free: a snapshot when another thread is changing it.
inline std::int64_t DictSize(const Object* dict) {
  return std::atomic_ref<const std::int64_t>(
             reinterpret_cast<const DictObject*>(dict)->used)
      .load(std::memory_order_relaxed);
}

// Stores key -> value, taking new references to both (does not steal); replaces
// (and drops) an existing value. Returns false, changing nothing, when `key` is
// unhashable.
bool DictSetItem(Object* dict, Object* key, Object* value);

// d.setdefault(key, value): the value stored for `key`, storing `value` first when
// `key` is absent, in one critical section. Returns a NEW reference to it, or null
// when `key` is unhashable.
Object* DictSetDefault(Object* dict, Object* key, Object* value);

// Returns a BORROWED reference to the value for `key`, or null when it is absent
// or unhashable. Owner only.
Object* DictGetItem(Object* dict, Object* key);

// d[key] from any thread: a NEW reference to the value, or null when `key` is
// absent or unhashable. Lock-free unless it races with a change.
Object* DictGetItemRef(Object* dict, Object* key);

// Removes `key`. Returns false when it was absent or unhashable.
bool DictDelItem(Object* dict, Object* key);

// d.pop(key): removes `key` and returns its value as a NEW reference (the dict's
// reference handed over), or null when it was absent or unhashable.
Object* DictPop(Object* dict, Object* key);

// d.clear(): empties the dict in one critical section, then drops what it held
// (first to last, as CPython), outside it: a value's __del__ may use the dict.
void DictClearAll(Object* dict);

// Iterates in insertion order: start with *pos = 0; each call that returns true
// sets BORROWED *key and *value and advances *pos. Owner only. Requires: the
// dict is not modified during the iteration.
bool DictNext(const Object* dict, std::int64_t* pos, Object** key, Object** value);

// NEW references to every (key, value), in insertion order, taken at one instant
// (in the critical section). The caller DecRefs both of each pair.
std::vector<std::pair<Object*, Object*>> DictSnapshot(Object* dict);

// Marks `dict` shared as its first foreign toucher does: the dict and every key
// and value it holds, as ListShare. Requires: as ListShare's.
void DictShare(Object* dict);

// Slots in the index table (a power of two), for tests and size reports.
std::int64_t DictTableSize(const Object* dict);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_DICT_OBJECT_H_
