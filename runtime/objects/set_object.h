// gillab/runtime/objects/set_object.h — set and frozenset: CPython's hash table
// for sets, so that a set of ints prints in CPython's order.
//
// A set is an open-addressing table of (key, hash) entries, a power of two of
// them, as CPython's setobject.c has it: the first probe at hash & mask, then
// up to 9 neighbours (LINEAR_PROBES: one cache line or two), then a jump
// (i = i * 5 + 1 + perturb, perturb >>= 5). An entry is unused (no key), active,
// or a dummy left by a removal, which a later search steps over and an insertion
// may reuse. The table grows when fill (active + dummy) reaches 3/5 of it, to
// the power of two above 4 * used (2 * used past 50,000 entries); eight entries
// live inside the object. Iteration, repr and pop go in table order, which for
// small ints is their order, and for str is their hash's (CPython randomizes
// str hashes per run; gillab's are fixed, so its order is one of python3's
// possible ones). A frozenset is the same table, never changed after it is
// made, hashable (CPython's frozenset hash, a function of the entries' hashes).
//
// Equality of keys is Python's (object_ops.h's EqualOrRaise, so an instance's
// __eq__ runs, and may raise); a key must be hashable: TypeError otherwise.
//
// Threads. Under a GIL nothing more is needed. With object locks on, every
// operation on a set holds its critical section (both sets' for two), reads
// included: a set has no lock-free reader, so its table is freed at once when
// it grows. len() reads the count without it.
#ifndef GILLAB_RUNTIME_OBJECTS_SET_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_SET_OBJECT_H_

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/memory/object.h"
#include "runtime/objects/errors.h"

namespace gillab {

extern const TypeObject kSetType;        // "set"
extern const TypeObject kFrozenSetType;  // "frozenset"

inline constexpr int kSetMinSize = 8;

struct SetEntry {
  Object* key;  // null: unused; SetDummy(): removed
  std::uint64_t hash;
};

struct SetObject {
  Object header;
  std::int64_t fill;    // active + dummy entries
  std::int64_t used;    // active entries: len()
  std::int64_t mask;    // entries - 1
  SetEntry* table;      // `small`, or a heap array
  std::int64_t hash;    // a frozenset's, once computed; -1 before
  std::int64_t finger;  // where pop() looks first
  SetEntry small[kSetMinSize];
};

inline bool IsSet(const Object* ob) { return IsType(ob, kSetType); }
inline bool IsFrozenSet(const Object* ob) { return IsType(ob, kFrozenSetType); }
inline bool IsAnySet(const Object* ob) { return IsSet(ob) || IsFrozenSet(ob); }

// A NEW reference to an empty set (a frozenset with `frozen`); tracked.
Object* NewSet(bool frozen);

// len(set). Lock-free: a snapshot when another thread is changing it.
inline std::int64_t SetSize(const Object* set) {
  return std::atomic_ref<const std::int64_t>(
             reinterpret_cast<const SetObject*>(set)->used)
      .load(std::memory_order_relaxed);
}

// Each returns false (-1), with the error raised in `err`, for an unhashable
// key ("TypeError: unhashable type: 'list'"), a key's __eq__ or __hash__ that
// raised, or an iterable whose iteration raised (iter_object.h's
// TakeIterError).

// set.add(key): a new reference is taken if it is added.
bool SetAdd(ErrorSink& err, Object* set, Object* key);
// key in set: 1 or 0.
int SetContains(ErrorSink& err, Object* set, Object* key);
// set.discard(key): 1 if it was there (removed), 0 if not.
int SetDiscard(ErrorSink& err, Object* set, Object* key);
// set.pop(): an arbitrary item (the first in table order after the last one
// popped), a NEW reference; null with KeyError when the set is empty.
Object* SetPop(ErrorSink& err, Object* set);
void SetClear(Object* set);
// set.update(iterable) (set(iterable), frozenset(iterable)): every item of
// `iterable` added. Not iterable: false with "'int' object is not iterable".
bool SetUpdate(ErrorSink& err, Object* set, Object* iterable);
// NEW references to the items, in table order, taken at one instant.
std::vector<Object*> SetSnapshot(Object* set);

// The set algebra, as CPython computes it (the same table order): a new set of
// `a`'s kind (set or frozenset). `b` is a set for the operators, any iterable
// for the methods (union(), intersection(), difference(),
// symmetric_difference()). NEW reference, or null with the error raised.
enum class SetOp : std::uint8_t {
  kUnion,
  kIntersection,
  kDifference,
  kSymmetricDifference
};
Object* SetAlgebra(ErrorSink& err, SetOp op, Object* a, Object* b);
// The same in place (a |= b, a &= b, a -= b, a ^= b; the *_update methods):
// `a` a set.
bool SetAlgebraInPlace(ErrorSink& err, SetOp op, Object* a, Object* b);
// a <= b (issubset), a >= b (issuperset), isdisjoint: `b` a set or any
// iterable. 1, 0, or -1 with the error raised.
int SetIsSubset(ErrorSink& err, Object* a, Object* b);
int SetIsSuperset(ErrorSink& err, Object* a, Object* b);
int SetIsDisjoint(ErrorSink& err, Object* a, Object* b);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_SET_OBJECT_H_
