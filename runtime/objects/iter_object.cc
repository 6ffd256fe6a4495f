// gillab/runtime/objects/iter_object.cc
#include "runtime/objects/iter_object.h"

#include <string>
#include <utility>

#include "absl/container/inlined_vector.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/array_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

struct RangeObject {
  Object header;
  std::int64_t start, stop, step;
};

const RangeObject* AsRange(const Object* ob) {
  return reinterpret_cast<const RangeObject*>(ob);
}
IteratorObject* AsIterator(Object* ob) { return reinterpret_cast<IteratorObject*>(ob); }

void RangeRepr(const Object* self, std::string* out) {
  const RangeObject* r = AsRange(self);
  *out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) *out += ", " + std::to_string(r->step);
  *out += ")";
}

void IteratorDealloc(Object* self) {
  XDecRef(AsIterator(self)->seq);
  XDecRef(AsIterator(self)->func);
  FreeObject(self);
}

const IterHooks* iter_hooks = nullptr;

void IteratorRepr(const Object*, std::string* out) { *out += "<iterator object>"; }

}  // namespace

const TypeObject kRangeType = {
    .name = TypeIndexName(TypeIndex::kRange),
    .index = TypeIndex::kRange,
    .basic_size = sizeof(RangeObject),
    .item_size = 0,
    .dealloc = FreeObject,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = RangeRepr,
};

// Not traversed by the collector: the sequence it holds counts as referenced
// from outside, so the worst case is a cycle through an iterator left uncollected.
const TypeObject kIteratorType = {
    .name = TypeIndexName(TypeIndex::kIterator),
    .index = TypeIndex::kIterator,
    .basic_size = sizeof(IteratorObject),
    .item_size = 0,
    .dealloc = IteratorDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = IteratorRepr,
};

Object* NewRange(std::int64_t start, std::int64_t stop, std::int64_t step) {
  Object* ob = AllocObject(kRangeType, sizeof(RangeObject));
  auto* r = reinterpret_cast<RangeObject*>(ob);
  r->start = start;
  r->stop = stop;
  r->step = step;
  return ob;
}

std::int64_t RangeLength(const Object* range) {
  const RangeObject* r = AsRange(range);
  // In unsigned arithmetic: stop - start may not fit an int64.
  if (r->step > 0 && r->start < r->stop) {
    return static_cast<std::int64_t>(
        (static_cast<std::uint64_t>(r->stop) - static_cast<std::uint64_t>(r->start) - 1) /
            static_cast<std::uint64_t>(r->step) +
        1);
  }
  if (r->step < 0 && r->start > r->stop) {
    return static_cast<std::int64_t>(
        (static_cast<std::uint64_t>(r->start) - static_cast<std::uint64_t>(r->stop) - 1) /
            (0 - static_cast<std::uint64_t>(r->step)) +
        1);
  }
  return 0;
}

namespace {

// Takes over `seq`.
Object* NewIteratorOver(Object* seq, IterKind kind, std::int64_t next,
                        Object* func = nullptr) {
  Object* it = AllocObject(kIteratorType, sizeof(IteratorObject));
  IteratorObject* i = AsIterator(it);
  i->seq = seq;
  i->func = func != nullptr ? NewRef(func) : nullptr;
  i->next = next;
  i->stop = kind;
  i->step = 0;
  return it;
}

Object* TupleOf(const std::vector<Object*>& items) {  // takes them over
  Object* t = NewTupleUninitialized(static_cast<std::int64_t>(items.size()));
  for (std::size_t k = 0; k < items.size(); ++k) {
    TupleInit(t, static_cast<std::int64_t>(k), items[k]);
  }
  return t;
}

using Parts = absl::InlinedVector<Object*, 4>;

// The next item of each iterator in tuple `iterators`, as NEW references into
// *parts; false (with none kept) when one has ended or failed.
bool NextOfEach(Object* iterators, Parts* parts) {
  const std::int64_t n = TupleSize(iterators);
  for (std::int64_t k = 0; k < n; ++k) {
    Object* part = IteratorNext(TupleGetItem(iterators, k));
    if (part == nullptr) break;
    parts->push_back(part);
  }
  if (n > 0 && static_cast<std::int64_t>(parts->size()) == n) return true;
  for (Object* part : *parts) DecRef(part);
  parts->clear();
  return false;
}

}  // namespace

void SetIterHooks(const IterHooks* hooks) { iter_hooks = hooks; }

Object* NewIterator(Object* ob) {
  Object* seq;
  if (IsList(ob) || IsTuple(ob) || IsStr(ob) || IsArray(ob)) {
    seq = NewRef(ob);
  } else if (IsDict(ob)) {
    seq = NewList();  // a snapshot of the keys
    for (const auto& [key, value] : DictSnapshot(ob)) {
      ListAppend(seq, key);
      DecRef(key);
      DecRef(value);
    }
  } else if (IsAnySet(ob)) {
    seq = NewList();  // a snapshot of the items, in table order
    for (Object* item : SetSnapshot(ob)) {
      ListAppend(seq, item);
      DecRef(item);
    }
  } else if (IsRange(ob)) {
    seq = nullptr;
  } else {
    Object* foreign = iter_hooks != nullptr ? iter_hooks->iter(ob) : nullptr;
    if (foreign == nullptr || IsIterator(foreign)) return foreign;
    return NewIteratorOver(foreign, kIterForeign, 0);
  }
  Object* it = AllocObject(kIteratorType, sizeof(IteratorObject));
  IteratorObject* i = AsIterator(it);
  i->seq = seq;
  i->func = nullptr;
  if (seq == nullptr) {
    const RangeObject* r = AsRange(ob);
    i->next = r->start;
    i->stop = r->stop;
    i->step = r->step;
  } else {
    i->next = 0;
    i->stop = 0;
    i->step = 0;
  }
  return it;
}

int CollectItems(Object* ob, std::vector<Object*>* out, std::int64_t limit) {
  Object* it = IsIterator(ob) ? NewRef(ob) : NewIterator(ob);
  if (it == nullptr) return TakeIterError() ? -1 : 0;
  const std::size_t first = out->size();
  while (static_cast<std::int64_t>(out->size() - first) < limit) {
    Object* item = IteratorNext(it);
    if (item == nullptr) break;
    out->push_back(item);
  }
  DecRef(it);
  if (!TakeIterError()) return 1;
  while (out->size() > first) {
    DecRef(out->back());
    out->pop_back();
  }
  return -1;
}

Object* NewEnumerate(Object* iterator, std::int64_t start) {
  return NewIteratorOver(iterator, kIterEnumerate, start);
}

Object* NewZip(const std::vector<Object*>& iterators) {
  return NewIteratorOver(TupleOf(iterators), kIterZip, 0);
}

Object* NewMap(Object* func, const std::vector<Object*>& iterators) {
  return NewIteratorOver(TupleOf(iterators), kIterMap, 0, func);
}

Object* NewFilter(Object* func, Object* iterator) {
  return NewIteratorOver(iterator, kIterFilter, 0, func);
}

Object* NewReversed(Object* ob) {
  std::int64_t size;
  Object* seq;
  if (IsList(ob) || IsTuple(ob) || IsStr(ob) || IsArray(ob) || IsRange(ob)) {
    size = IsList(ob)    ? ListSize(ob)
           : IsTuple(ob) ? TupleSize(ob)
           : IsStr(ob)   ? static_cast<std::int64_t>(StrView(ob).size())
           : IsArray(ob) ? ArraySize(ob)
                         : RangeLength(ob);
    seq = NewRef(ob);
  } else if (IsDict(ob)) {
    seq = NewList();  // a snapshot of the keys, as NewIterator's
    for (const auto& [key, value] : DictSnapshot(ob)) {
      ListAppend(seq, key);
      DecRef(key);
      DecRef(value);
    }
    size = ListSize(seq);
  } else {
    return nullptr;
  }
  Object* it = NewIteratorOver(seq, kIterReversed, 0);
  AsIterator(it)->step = size - 1;
  return it;
}

namespace {

// The next item of an enumerate, zip, map, filter, reversed or foreign iterator (null:
// its end, or a hook raised).
[[gnu::noinline]] Object* AdapterNext(IteratorObject* i) {
  Object* seq = i->seq;
  switch (i->stop) {
    case kIterEnumerate:
      if (Object* inner = IteratorNext(seq)) {
        Object* item = NewTupleUninitialized(2);
        TupleInit(item, 0, NewInt(i->next));
        TupleInit(item, 1, inner);
        return item;
      }
      return nullptr;
    case kIterZip: {
      Parts parts;
      if (!NextOfEach(seq, &parts)) return nullptr;
      Object* item = NewTupleUninitialized(static_cast<std::int64_t>(parts.size()));
      for (std::size_t k = 0; k < parts.size(); ++k) {
        TupleInit(item, static_cast<std::int64_t>(k), parts[k]);
      }
      return item;
    }
    case kIterForeign:
      return iter_hooks->next(seq);
    case kIterMap: {
      Parts args;
      if (!NextOfEach(seq, &args)) return nullptr;
      Object* item =
          iter_hooks->call(i->func, args.data(), static_cast<int>(args.size()));
      for (Object* a : args) DecRef(a);
      return item;
    }
    case kIterReversed: {
      const std::int64_t k = i->step - i->next;  // counts down to 0
      if (k < 0) return nullptr;
      if (IsList(seq)) return ListGetItemRef(seq, k);  // null once it shrank past k
      if (IsTuple(seq)) return NewRef(TupleGetItem(seq, k));
      if (IsStr(seq)) return NewStr(StrView(seq).substr(static_cast<std::size_t>(k), 1));
      if (IsArray(seq)) return ArrayGetItem(seq, k);
      const RangeObject* r = AsRange(seq);  // k < its length: no overflow
      return NewInt(static_cast<std::int64_t>(static_cast<std::uint64_t>(r->start) +
                                              static_cast<std::uint64_t>(k) *
                                                  static_cast<std::uint64_t>(r->step)));
    }
    default:  // kIterFilter
      while (Object* x = IteratorNext(seq)) {
        Object* keep = i->func == nullptr ? NewRef(x) : iter_hooks->call(i->func, &x, 1);
        if (keep == nullptr) {  // func raised
          DecRef(x);
          return nullptr;
        }
        const bool yes = IsTrue(keep);
        DecRef(keep);
        if (yes) return x;
        DecRef(x);
      }
      return nullptr;
  }
}

}  // namespace

Object* IteratorNextSlow(Object* it) {
  IteratorObject* i = AsIterator(it);
  Object* seq = i->seq;
  if (seq == nullptr) {  // a range, or an exhausted sequence (step == 0)
    if (i->step == 0) return nullptr;
    if (i->step > 0 ? i->next >= i->stop : i->next <= i->stop) {
      i->step = 0;
      return nullptr;
    }
    const std::int64_t v = i->next;
    if (__builtin_add_overflow(v, i->step, &i->next)) i->step = 0;  // v was the last
    return NewInt(v);
  }
  Object* item = nullptr;
  if (i->stop == kIterSequence) [[likely]] {
    if (IsList(seq)) {
      item = ListGetItemRef(seq, i->next);
    } else if (IsTuple(seq)) {
      if (i->next < TupleSize(seq)) item = NewRef(TupleGetItem(seq, i->next));
    } else if (IsStr(seq)) {
      const std::string_view s = StrView(seq);
      if (static_cast<std::size_t>(i->next) < s.size()) {
        item = NewStr(s.substr(static_cast<std::size_t>(i->next), 1));
      }
    } else {
      item = ArrayGetItem(seq, i->next);  // none past the end (nor negative)
    }
  } else {
    item = AdapterNext(i);
  }
  if (item == nullptr) {  // done: let the sequence go now, as CPython does
    i->seq = nullptr;
    i->step = 0;
    DecRef(seq);
    return nullptr;
  }
  i->next++;
  return item;
}

}  // namespace gillab
