// gillab/runtime/interp/modules/builtins_iterables.cc — the builtins that take
// an iterable: min, max, sum, any, all, enumerate, zip, map, filter, iter,
// next, and the list, tuple and dict constructors. Each reads its iterable
// once, through BuiltinCall::Items (a list at one instant, as ListSnapshot
// takes it) or lazily (any and all stop at their answer; enumerate, zip, map
// and filter are iterators themselves), and says what CPython 3.11 says when
// it cannot.
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/interp/builtins.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

// Gives back the references of `items` when it goes out of scope.
struct Owned {
  std::vector<Object*> items;
  ~Owned() { DecRefAll(items); }
};

// min(iterable, *, key=None, default=...) or min(a, b, ...): the first
// smallest (largest, for max) by `<`.
template <bool kMax>
Object* MinMax(BuiltinCall& call) {
  const char* name = kMax ? "max" : "min";
  Object* key = call.kw(0);
  if (key != nullptr && IsNone(key)) key = nullptr;
  Object* fallback = call.kw(1);
  Owned owned;
  if (call.nargs() == 0) {
    return call.Raise("TypeError",
                      std::string(name) + " expected at least 1 argument, got 0");
  }
  if (call.nargs() == 1) {
    if (!call.Items(call.arg(0), &owned.items)) return nullptr;
  } else {
    if (fallback != nullptr) {
      return call.Raise("TypeError", std::string("Cannot specify a default for ") + name +
                                         "() with multiple positional arguments");
    }
    for (int i = 0; i < call.nargs(); ++i) owned.items.push_back(NewRef(call.arg(i)));
  }
  if (owned.items.empty()) {
    if (fallback != nullptr) return NewRef(fallback);
    return call.Raise("ValueError", std::string(name) + "() arg is an empty sequence");
  }
  Object* best = nullptr;
  Object* best_key = nullptr;
  Owned keys;  // keeps each computed key alive until the end
  for (Object* item : owned.items) {
    Object* k = item;
    if (key != nullptr) {
      k = call.CallObject(key, {item});
      if (k == nullptr) return nullptr;
      keys.items.push_back(k);
    }
    if (best == nullptr) {
      best = item;
      best_key = k;
      continue;
    }
    Object* better =
        Compare(call.tc().err, kMax ? CompareOp::kGt : CompareOp::kLt, k, best_key);
    if (better == nullptr) return nullptr;
    if (IsTrue(better)) {
      best = item;
      best_key = k;
    }
    DecRef(better);
  }
  return NewRef(best);
}

// sum(iterable, /, start=0): start + each item, in turn.
Object* Sum(BuiltinCall& call) {
  if (call.nargs() < 1 || call.nargs() > 2) {
    return call.Raise("TypeError", "sum() takes at most 2 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  Object* start = call.nargs() == 2 ? call.arg(1) : call.kw(0);
  if (start != nullptr && IsStr(start)) {
    return call.Raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  }
  // Item by item, as CPython: a generator's items are never all alive at once.
  Object* it = call.Iterator(call.arg(0));
  if (it == nullptr) return nullptr;
  Object* total = start != nullptr ? NewRef(start) : NewInt(0);
  while (Object* item = IteratorNext(it)) {
    std::int64_t v;
    Object* next = IsWordInt(total) && IsWordInt(item) &&
                           !__builtin_add_overflow(IntValue(total), IntValue(item), &v)
                       ? NewInt(v)
                       : BinaryOp(call.tc().err, BinaryOperator::kAdd, total, item);
    DecRef(item);
    DecRef(total);
    total = next;
    if (next == nullptr) break;
  }
  DecRef(it);
  if (total == nullptr || TakeIterError()) {
    XDecRef(total);
    return nullptr;
  }
  return total;
}

// any(iterable), all(iterable): stop at the first true (false) item.
template <bool kAll>
Object* AnyAll(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* it = call.Iterator(call.arg(0));
  if (it == nullptr) return nullptr;
  bool result = kAll;
  while (Object* item = IteratorNext(it)) {
    const bool truth = IsTrue(item);
    DecRef(item);
    if (truth != kAll) {
      result = !kAll;
      break;
    }
  }
  DecRef(it);
  if (TakeIterError()) return nullptr;
  return NewBool(result);
}

// enumerate(iterable, start=0): a lazy iterator of (index, item) pairs.
Object* Enumerate(BuiltinCall& call) {
  Object* start = nullptr;
  if (call.nargs() < 1 || call.nargs() > 2) {
    return call.Raise("TypeError", "enumerate() takes at most 2 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  if (!call.PositionalOrKeyword(1, 0, "start", &start)) return nullptr;
  if (start != nullptr && !IsInt(start)) return call.RaiseNotAnInteger(start);
  Object* it = call.Iterator(call.arg(0));
  if (it == nullptr) return nullptr;
  return NewEnumerate(it, start != nullptr ? IntValue(start) : 0);
}

// Iterators over the arguments from `first` on (NEW references), or false with
// the error raised and nothing kept.
bool IteratorsOf(BuiltinCall& call, int first, std::vector<Object*>* out) {
  for (int i = first; i < call.nargs(); ++i) {
    Object* it = call.Iterator(call.arg(i));
    if (it == nullptr) {
      DecRefAll(*out);
      out->clear();
      return false;
    }
    out->push_back(it);
  }
  return true;
}

// zip(*iterables): a lazy iterator of tuples, until the shortest ends.
Object* Zip(BuiltinCall& call) {
  std::vector<Object*> iterators;
  if (!IteratorsOf(call, 0, &iterators)) return nullptr;
  return NewZip(iterators);
}

// map(func, iterable, ...): a lazy iterator of func's results.
Object* Map(BuiltinCall& call) {
  if (call.nargs() < 2) {
    return call.Raise("TypeError", "map() must have at least two arguments.");
  }
  std::vector<Object*> iterators;
  if (!IteratorsOf(call, 1, &iterators)) return nullptr;
  return NewMap(call.arg(0), iterators);
}

// filter(func, iterable): a lazy iterator of the items func finds true (None:
// the true items).
Object* Filter(BuiltinCall& call) {
  if (call.nargs() != 2) {
    return call.Raise("TypeError",
                      "filter expected 2 arguments, got " + std::to_string(call.nargs()));
  }
  Object* it = call.Iterator(call.arg(1));
  if (it == nullptr) return nullptr;
  return NewFilter(IsNone(call.arg(0)) ? nullptr : call.arg(0), it);
}

// iter(iterable): an iterator over it; a generator or another iterator is its
// own, and an instance's is what its __iter__ returns (`iter(c) is c` when that
// returns self).
Object* Iter(BuiltinCall& call) {
  if (call.nargs() != 1) {
    return call.Raise("TypeError", call.nargs() == 0
                                       ? "iter expected at least 1 argument, got 0"
                                       : "iter(v, w): v must be callable");
  }
  Object* ob = call.arg(0);
  if (IsInstance(ob)) {
    bool defined;
    Object* it = call.DunderIter(ob, &defined);
    if (it != nullptr || defined) return it;
  }
  return call.Iterator(ob, /*wrap_generators=*/false);
}

// reversed(seq): an iterator from its end over a list, tuple, str, range,
// array or dict.
Object* Reversed(BuiltinCall& call) {
  if (call.nargs() != 1) {
    return call.Raise(
        "TypeError", "reversed expected 1 argument, got " + std::to_string(call.nargs()));
  }
  Object* it = NewReversed(call.arg(0));
  if (it == nullptr) {
    return call.Raise("TypeError",
                      "'" + TypeName(call.arg(0)) + "' object is not reversible");
  }
  return it;
}

// next(iterator[, default]): its next item; at its end the default, or
// StopIteration.
Object* Next(BuiltinCall& call) {
  if (call.nargs() < 1 || call.nargs() > 2) {
    return call.Raise("TypeError", "next expected at most 2 arguments, got " +
                                       std::to_string(call.nargs()));
  }
  Object* it = call.arg(0);
  if (IsGenerator(it) && call.nargs() == 1) return call.GeneratorSend(it, nullptr);
  bool ended = false;
  Object* v = call.IterNext(it, &ended);
  if (!ended) return v;
  if (call.nargs() == 2) return NewRef(call.arg(1));
  return call.RaiseStopIteration();
}

// list(iterable=()), tuple(iterable=()): a new one of the items.
template <bool kTuple>
Object* Sequence(BuiltinCall& call) {
  const char* name = kTuple ? "tuple" : "list";
  if (call.nargs() > 1) {
    return call.Raise("TypeError", std::string(name) +
                                       " expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  Owned owned;
  if (call.nargs() == 1 && !call.Items(call.arg(0), &owned.items)) return nullptr;
  if (!kTuple) {
    Object* list = NewList();
    ListExtend(list, owned.items);
    return list;
  }
  if (call.nargs() == 1 && IsTuple(call.arg(0))) return NewRef(call.arg(0));
  Object* t = NewTupleUninitialized(static_cast<std::int64_t>(owned.items.size()));
  for (std::size_t i = 0; i < owned.items.size(); ++i) {
    TupleInit(t, static_cast<std::int64_t>(i), NewRef(owned.items[i]));
  }
  return t;
}

// dict(), dict(mapping), dict(iterable of pairs).
// Stores what `source` holds into `dict`, as dict(source) and dict.update(source):
// a dict's items, or an iterable's pairs (CPython's messages for what is not a
// pair). False with the error raised.
bool UpdateDict(BuiltinCall& call, Object* dict, Object* source) {
  if (IsDict(source)) {
    for (const auto& [k, v] : DictSnapshot(source)) {
      DictSetItem(dict, k, v);
      DecRef(k);
      DecRef(v);
    }
    return true;
  }
  Owned owned;
  if (!call.Items(source, &owned.items)) return false;
  for (std::size_t i = 0; i < owned.items.size(); ++i) {
    Owned pair;
    const std::string element =
        "dictionary update sequence element #" + std::to_string(i);
    if (!IsList(owned.items[i]) && !IsTuple(owned.items[i]) && !IsStr(owned.items[i])) {
      call.Raise("TypeError", "cannot convert " + element + " to a sequence");
      return false;
    }
    if (!call.Items(owned.items[i], &pair.items)) return false;
    if (pair.items.size() != 2) {
      call.Raise("ValueError", element + " has length " +
                                   std::to_string(pair.items.size()) + "; 2 is required");
      return false;
    }
    if (!DictSetItem(dict, pair.items[0], pair.items[1])) {
      call.Raise("TypeError", "unhashable type: '" + TypeName(pair.items[0]) + "'");
      return false;
    }
  }
  return true;
}

Object* Dict(BuiltinCall& call) {
  if (call.nargs() > 1) {
    return call.Raise("TypeError", "dict expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  Object* dict = NewDict();
  if (call.nargs() == 0) return dict;
  if (!UpdateDict(call, dict, call.arg(0))) {
    DecRef(dict);
    return nullptr;
  }
  return dict;
}

// d.update(other): other's items (a dict's, or an iterable's pairs) into d.
Object* DictUpdateMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() > 1) {
    return call.Raise("TypeError", "update expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  if (call.nargs() == 1 && !UpdateDict(call, self, call.arg(0))) return nullptr;
  return NewNone();
}

}  // namespace

void RegisterIterablesModule(BuiltinRegistry& r) {
  r.Add(Builtin::kMin, MinMax<false>, {"key", "default"});
  r.Add(Builtin::kMax, MinMax<true>, {"key", "default"});
  r.Add(Builtin::kSum, Sum, {"start"});
  r.Add(Builtin::kAny, AnyAll<false>);
  r.Add(Builtin::kAll, AnyAll<true>);
  r.Add(Builtin::kEnumerate, Enumerate, {"start"});
  r.Add(Builtin::kZip, Zip);
  r.Add(Builtin::kMap, Map);
  r.Add(Builtin::kFilter, Filter);
  r.Add(Builtin::kIter, Iter);
  r.Add(Builtin::kReversed, Reversed);
  r.Add(Builtin::kNext, Next);
  r.Add(Builtin::kList, Sequence<false>);
  r.Add(Builtin::kTuple, Sequence<true>);
  r.Add(Builtin::kDict, Dict);
  r.AddMethod(kDictType, "update", DictUpdateMethod);
}

}  // namespace gillab
