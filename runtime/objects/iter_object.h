// gillab/runtime/objects/iter_object.h — range objects and iterators, for `for` loops.
//
// `for x in s` compiles to GET_ITER (iter(s)) and FOR_ITER (next(it), or the end
// of the loop). An iterator over a list reads the live list by index, as CPython's
// listiterator does: items appended during the loop are visited, and a list that
// shrinks ends the loop early. A dict is iterated over a snapshot of its keys
// (CPython raises RuntimeError when a dict changes size during iteration; gillab
// does not track that). A range iterator makes one int per step and no list.
#ifndef GILLAB_RUNTIME_OBJECTS_ITER_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_ITER_OBJECT_H_

#include <cstdint>
#include <vector>

#include "runtime/memory/object.h"
#include "runtime/objects/int_object.h"

namespace gillab {

extern const TypeObject kRangeType;
extern const TypeObject kIteratorType;

// A NEW reference to range(start, stop, step). Requires: step != 0.
Object* NewRange(std::int64_t start, std::int64_t stop, std::int64_t step);
inline bool IsRange(const Object* ob) { return IsType(ob, kRangeType); }
std::int64_t RangeLength(const Object* range);

// iter(ob): a NEW reference to an iterator over a list, tuple, str, dict (its
// keys) or range; null when `ob` is not iterable.
Object* NewIterator(Object* ob);
inline bool IsIterator(const Object* ob) { return IsType(ob, kIteratorType); }

// enumerate(iterable, start): (start, item), (start + 1, item), ...; zip(a, b,
// ...): tuples of the iterables' items, until the shortest ends. NEW references.
// Requires: `iterator` an iterator; `iterators` iterators (their references
// are taken over).
Object* NewEnumerate(Object* iterator, std::int64_t start);
Object* NewZip(const std::vector<Object*>& iterators);

// The iterator's state, here so that IteratorNext's range step can be inlined.
struct IteratorObject {
  Object header;
  // A list, tuple or str (owned); an iterator (enumerate) or a tuple of them
  // (zip), as `stop` says; null for a range, and once done.
  Object* seq;
  std::int64_t next;        // index into seq, the range's next value, or the count
  std::int64_t stop, step;  // a range's; with a seq, stop is the IterKind
};
enum IterKind : std::int64_t { kIterSequence = 0, kIterEnumerate = 1, kIterZip = 2 };

// next(it) for everything but an ascending range's step.
Object* IteratorNextSlow(Object* it);

// next(it): a NEW reference to the next item, or null once exhausted (and for
// ever after). Requires: IsIterator(it).
inline Object* IteratorNext(Object* it) {
  auto* i = reinterpret_cast<IteratorObject*>(it);
  if (i->seq == nullptr && i->step > 0 && i->next < i->stop) {  // for i in range(n)
    const std::int64_t v = i->next;
    if (__builtin_add_overflow(v, i->step, &i->next)) i->step = 0;  // v is the last
    return NewInt(v);
  }
  return IteratorNextSlow(it);
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_ITER_OBJECT_H_
