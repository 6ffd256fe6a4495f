// gillab/runtime/objects/iter_object.h — range objects and iterators, for `for` loops.
//
// `for x in s` compiles to GET_ITER (iter(s)) and FOR_ITER (next(it), or the end
// of the loop). An iterator over a list reads the live list by index, as CPython's
// listiterator does: items appended during the loop are visited, and a list that
// shrinks ends the loop early. A dict is iterated over a snapshot of its keys
// (CPython raises RuntimeError when a dict changes size during iteration; gillab
// does not track that). A range iterator makes one int per step and no list.
//
// Foreign iterators. A generator, or an instance whose class defines __iter__
// and __next__, runs Python code to make its next item, which only the
// interpreter can do: it installs IterHooks, and NewIterator wraps such an
// iterable's iterator in an iterator of this file (kIterForeign) whose steps
// call the hooks. map() and filter() call the program's function through them.
// A hook that raises calls NoteIterError and the step returns null, as at the
// end: every caller of IteratorNext (and of NewIterator) tells the two apart
// with TakeIterError.
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
// keys) or range, or over what the hooks make of anything else (see above);
// null when `ob` is not iterable, or when its __iter__ raised (TakeIterError).
Object* NewIterator(Object* ob);
inline bool IsIterator(const Object* ob) { return IsType(ob, kIteratorType); }

// enumerate(iterable, start): (start, item), (start + 1, item), ...; zip(a, b,
// ...): tuples of the iterables' items, until the shortest ends. NEW references.
// Requires: `iterator` an iterator; `iterators` iterators (their references
// are taken over).
Object* NewEnumerate(Object* iterator, std::int64_t start);
Object* NewZip(const std::vector<Object*>& iterators);
// map(func, *iterables): func(a, b, ...) of the iterables' items, until the
// shortest ends; filter(func, iterable): the items for which func(item) (null
// func: the item itself) is true. Takes over the references to `iterators` and
// `iterator`; takes a new one to `func`. NEW references.
Object* NewMap(Object* func, const std::vector<Object*>& iterators);
Object* NewFilter(Object* func, Object* iterator);
// reversed(ob): a NEW reference to an iterator over a list, tuple, str, range or
// array from its end (a list read live by index, as CPython's
// list_reverseiterator: one that shrinks ends it early), or over a dict's keys,
// a snapshot, backwards; null when `ob` is none of those.
Object* NewReversed(Object* ob);

// What only the interpreter can do (see the top of this file). Each returns a
// NEW reference, or null: at the end, or after NoteMethodError.
struct IterHooks {
  // iter(ob) for an object none of the built-in iterables: the iterator it
  // makes (`ob` itself, for a generator); null, without noting, when it is not
  // iterable.
  Object* (*iter)(Object* ob);
  // next(it) for what `iter` returned: null at its end.
  Object* (*next)(Object* it);
  // func(*args). Arguments are BORROWED.
  Object* (*call)(Object* func, Object* const* args, int nargs);
};
// The items of iter(ob), up to `limit` of them, appended to *out as NEW
// references: 1; 0 when `ob` is not iterable; -1 when a hook raised (then the
// items read are dropped, and the error is the thread's).
int CollectItems(Object* ob, std::vector<Object*>* out, std::int64_t limit = INT64_MAX);

// A hook raised, in the running thread: the step returning null failed.
// (Inline: FOR_ITER asks at every loop's end.)
namespace iter_internal {
inline thread_local bool failed = false;
}  // namespace iter_internal
inline void NoteIterError() { iter_internal::failed = true; }
// Whether one did since the flag was last taken, clearing it.
inline bool TakeIterError() {
  if (!iter_internal::failed) [[likely]]
    return false;
  iter_internal::failed = false;
  return true;
}
// Installs the hooks (null: none; then nothing else is iterable). The
// interpreter calls it once; the hooks outlive every iterator.
void SetIterHooks(const IterHooks* hooks);
// The iterator's state, here so that IteratorNext's range step can be inlined.
struct IteratorObject {
  Object header;
  // A list, tuple, str or array (owned); an iterator (enumerate, filter, a
  // foreign one) or a tuple of them (zip, map), or what reversed() reads (a
  // sequence or a range), as `stop` says; null for a range, and once done.
  Object* seq;
  Object* func;             // map's and filter's function (owned), or null
  std::int64_t next;        // index into seq, the range's next value, or the count
  std::int64_t stop, step;  // a range's; with a seq, stop is the IterKind
};
enum IterKind : std::int64_t {
  kIterSequence = 0,
  kIterEnumerate = 1,
  kIterZip = 2,
  kIterForeign = 3,
  kIterMap = 4,
  kIterFilter = 5,
  kIterReversed = 6,  // `step` holds the first index; item index step - next
};

// next(it) for everything but an ascending range's step.
Object* IteratorNextSlow(Object* it);

// next(it): a NEW reference to the next item, or null once exhausted (and for
// ever after), or when a hook raised (TakeIterError). Requires: IsIterator(it).
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
