// gillab/runtime/interp/modules/builtins_module.cc — Python's builtins module:
// print, len, str, repr, range, abs, sorted, slice; and the methods of list and
// dict. (builtins_iterables.cc and builtins_conversions.cc have the rest.)
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/array_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/int_ops.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/sequence_ops.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

// print(*args, sep=" ", end="\n", flush=False)
Object* Print(BuiltinCall& call) {
  std::string sep = " ", end = "\n";
  for (int k = 0; k < 2; ++k) {
    Object* v = call.kw(k);
    if (v == nullptr || IsNone(v)) continue;
    if (!IsStr(v)) {
      return call.Raise("TypeError", std::string(k == 0 ? "sep" : "end") +
                                         " must be None or a string, not " + TypeName(v));
    }
    (k == 0 ? sep : end) = std::string(StrView(v));
  }
  std::string text, item;
  for (int i = 0; i < call.nargs(); ++i) {
    if (i > 0) text += sep;
    if (!ToStringOrRaise(call.tc().err, call.arg(i), &item)) return nullptr;
    text += item;
  }
  text += end;
  Object* flush = call.kw(2);
  call.Print(text, flush != nullptr && IsTrue(flush));
  return NewNone();
}

Object* Len(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* x = call.arg(0);
  if (IsStr(x)) return NewInt(static_cast<std::int64_t>(StrView(x).size()));
  if (IsList(x)) return NewInt(ListSize(x));
  if (IsTuple(x)) return NewInt(TupleSize(x));
  if (IsDict(x)) return NewInt(DictSize(x));
  if (IsRange(x)) return NewInt(RangeLength(x));
  if (IsAnySet(x)) return NewInt(SetSize(x));
  if (IsArray(x)) return NewInt(ArraySize(x));
  if (IsInstance(x)) {  // its class's __len__
    if (Object* f = ClassLookup(ClassOf(x), call.dunders().len)) {
      Object* n = call.CallObject(f, {x});
      DecRef(f);
      if (n == nullptr) return nullptr;
      if (!IsExactInt(n) && !IsBool(n)) {
        const std::string type = TypeName(n);
        DecRef(n);
        return call.Raise("TypeError",
                          "'" + type + "' object cannot be interpreted as an integer");
      }
      const std::int64_t length = IntValue(n);  // True is 1
      const bool fits = IntIsWord(n);
      DecRef(n);
      if (!fits) {
        return call.Raise("OverflowError",
                          "cannot fit 'int' into an index-sized integer");
      }
      if (length < 0) return call.Raise("ValueError", "__len__() should return >= 0");
      return NewInt(length);
    }
  }
  return call.Raise("TypeError", "object of type '" + TypeName(x) + "' has no len()");
}

Object* Str(BuiltinCall& call) {
  if (call.nargs() == 0) return NewStr("");
  if (!call.Arity(1)) return nullptr;
  if (IsStr(call.arg(0))) return NewRef(call.arg(0));
  std::string text;
  if (!ToStringOrRaise(call.tc().err, call.arg(0), &text)) return nullptr;
  return NewStr(text);
}

Object* ReprBuiltin(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  std::string text;
  if (!ReprOrRaise(call.tc().err, call.arg(0), &text)) return nullptr;
  return NewStr(text);
}

// slice([start,] stop[, step]): what a[start:stop:step] hands to a[...].
Object* Slice(BuiltinCall& call) {
  Object* none = call.runtime().none();
  const int n = call.nargs();
  if (n < 1 || n > 3) {
    return call.Raise("TypeError", std::string("slice expected at ") +
                                       (n < 1 ? "least 1 argument" : "most 3 arguments") +
                                       ", got " + std::to_string(n));
  }
  if (n == 1) return NewSlice(none, call.arg(0), none);
  return NewSlice(call.arg(0), call.arg(1), n == 3 ? call.arg(2) : none);
}

Object* Abs(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* x = call.arg(0);
  if (IsFloat(x)) return NewFloat(std::fabs(FloatValue(x)));
  if (IsInt(x)) return IntAbsolute(x);
  return call.Raise("TypeError", "bad operand type for abs(): '" + TypeName(x) + "'");
}

// sorted(iterable, *, key=None, reverse=False): a new list of the iterable's
// items in ascending order by `<` (of key(item), with a key), descending with
// reverse; stable either way, as Python's. Items that `<` cannot order (an int
// and a str) raise TypeError, as in Python.
Object* Sorted(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* key = call.kw(0);
  if (key != nullptr && IsNone(key)) key = nullptr;
  const bool reverse = call.kw(1) != nullptr && IsTrue(call.kw(1));
  std::vector<Object*> items;
  if (!call.Items(call.arg(0), &items)) return nullptr;
  // Each item's sort key (the item itself without a key function), computed
  // once, before any comparison.
  std::vector<Object*> keys;
  for (Object* item : items) {
    Object* k = key != nullptr ? call.CallObject(key, {item}) : NewRef(item);
    if (k == nullptr) {
      DecRefAll(keys);
      DecRefAll(items);
      return nullptr;
    }
    keys.push_back(k);
  }
  std::vector<std::size_t> order(items.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  ErrorSink& err = call.tc().err;
  bool failed = false;
  // A comparison that fails stops the sort's use of `<` at once.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (failed) return false;
    Object* less = reverse ? Compare(err, CompareOp::kLt, keys[b], keys[a])
                           : Compare(err, CompareOp::kLt, keys[a], keys[b]);
    if (less == nullptr) {
      failed = true;
      return false;
    }
    const bool result = IsTrue(less);
    DecRef(less);
    return result;
  });
  Object* sorted = nullptr;
  if (!failed) {
    sorted = NewList();
    std::vector<Object*> in_order;
    for (std::size_t i : order) in_order.push_back(items[i]);
    ListExtend(sorted, in_order);
  }
  DecRefAll(keys);
  DecRefAll(items);
  return sorted;
}

// range([start,] stop[, step])
Object* Range(BuiltinCall& call) {
  const int nargs = call.nargs();
  if (nargs < 1 || nargs > 3) {
    return call.Raise("TypeError",
                      "range expected 1 to 3 arguments, got " + std::to_string(nargs));
  }
  std::int64_t v[3] = {0, 0, 1};
  for (int i = 0; i < nargs; ++i) {
    if (!IsInt(call.arg(i))) return call.RaiseNotAnInteger(call.arg(i));
    // gillab's ranges are of int64s (CPython's take any int, and fail at len()).
    if (!IntIsWord(call.arg(i))) {
      return call.Raise("OverflowError", "Python int too large to convert to C ssize_t");
    }
  }
  if (nargs == 1) {
    v[1] = IntValue(call.arg(0));
  } else {
    for (int i = 0; i < nargs; ++i) v[i] = IntValue(call.arg(i));
  }
  if (v[2] == 0) return call.Raise("ValueError", "range() arg 3 must not be zero");
  return NewRange(v[0], v[1], v[2]);
}

// --- list -----------------------------------------------------------------------

Object* ListAppendMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  ListAppend(self, call.arg(0));
  return NewNone();
}

// pop(index), and pop()'s errors: out of ListPopMethod, whose pop() of the last
// item is the loops' common case.
[[gnu::noinline]] Object* ListPopIndexed(BuiltinCall& call, Object* self) {
  if (call.nargs() > 1) {
    return call.Raise("TypeError", "pop expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  if (call.nargs() == 0) return call.Raise("IndexError", "pop from empty list");
  if (!IsInt(call.arg(0))) return call.RaiseNotAnInteger(call.arg(0));
  Object* item = ListPopAt(self, IntValue(call.arg(0)));
  if (item == nullptr) {
    return call.Raise("IndexError", ListSize(self) == 0 ? "pop from empty list"
                                                        : "pop index out of range");
  }
  return item;
}

// pop([index]): the last item, or item `index`.
Object* ListPopMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() == 0) {
    if (Object* item = ListPop(self)) return item;
  }
  return ListPopIndexed(call, self);
}

// sort(*, key=None, reverse=False): sorted() of the items, written back at one
// instant (ListSetSlice). Another thread's change to the list during the sort
// is lost, as if it had come before; CPython's free-threaded sort holds the
// list's lock instead, and a program sharing a list should hold a Lock.
Object* ListSortMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() != 0)
    return call.Raise("TypeError", "sort() takes no positional arguments");
  BuiltinCall sorted_call = call.WithArgs(&self, 1);
  Object* sorted = Sorted(sorted_call);
  if (sorted == nullptr) return nullptr;
  std::vector<Object*> items = ListSnapshot(sorted);
  std::int64_t selected;
  ListSetSlice(self, SliceBounds{}, &items, &selected);
  DecRefAll(items);
  DecRef(sorted);
  return NewNone();
}

// extend(iterable): the list += iterable.
Object* ListExtendMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  Object* r = InPlaceOp(call.tc().err, BinaryOperator::kAdd, self, call.arg(0));
  if (r == nullptr) return nullptr;
  DecRef(r);
  return NewNone();
}

// insert(index, item): before `index`, clamped to the list as Python clamps.
Object* ListInsertMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() != 2) {
    return call.Raise("TypeError",
                      "insert expected 2 arguments, got " + std::to_string(call.nargs()));
  }
  if (!IsInt(call.arg(0))) return call.RaiseNotAnInteger(call.arg(0));
  const std::int64_t i = IntValue(call.arg(0));
  std::vector<Object*> item = {call.arg(1)};
  std::int64_t selected;
  ListSetSlice(self, SliceBounds{i, i, 1, true, true}, &item,
               &selected);  // xs[i:i] = [x]
  return NewNone();
}

// The index of the first item equal to `x` among `items`: -1 if none, -2 on an
// error (raised).
std::int64_t FindEqual(BuiltinCall& call, const std::vector<Object*>& items, Object* x) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    bool equal;
    if (!EqualOrRaise(call.tc().err, items[i], x, &equal)) return -2;
    if (equal) return static_cast<std::int64_t>(i);
  }
  return -1;
}

// remove(x): the first item equal to x (found, then deleted; a thread that
// changes the list in between can make it delete another: share it under a Lock).
Object* ListRemoveMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  const std::vector<Object*> items = ListSnapshot(self);
  const std::int64_t at = FindEqual(call, items, call.arg(0));
  DecRefAll(items);
  if (at == -2) return nullptr;
  if (at < 0) return call.Raise("ValueError", "list.remove(x): x not in list");
  if (Object* removed = ListPopAt(self, at)) DecRef(removed);
  return NewNone();
}

// index(x), count(x): where x first is, how many times it is.
template <bool kCount>
Object* ListFindMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  const std::vector<Object*> items = ListSnapshot(self);
  std::int64_t result = 0;
  if (kCount) {
    for (Object* item : items) {
      bool equal;
      if (!EqualOrRaise(call.tc().err, item, call.arg(0), &equal)) {
        result = -2;
        break;
      }
      result += equal ? 1 : 0;
    }
  } else {
    result = FindEqual(call, items, call.arg(0));
  }
  DecRefAll(items);
  if (result == -2) return nullptr;
  if (!kCount && result < 0) {
    return call.Raise("ValueError", Repr(call.arg(0)) + " is not in list");
  }
  return NewInt(result);
}

// reverse(), clear(): the list's items rewritten at one instant.
template <bool kClear>
Object* ListRewriteMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  std::vector<Object*> items;
  if (!kClear) {
    items = ListSnapshot(self);
    std::reverse(items.begin(), items.end());
  }
  std::int64_t selected;
  ListSetSlice(self, SliceBounds{}, &items, &selected);
  DecRefAll(items);
  return NewNone();
}

// copy(): a new list of the same items (a shallow copy).
Object* ListCopyMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  const std::vector<Object*> items = ListSnapshot(self);
  Object* copy = NewList();
  ListExtend(copy, items);
  DecRefAll(items);
  return copy;
}

// --- dict -----------------------------------------------------------------------

Object* DictPopMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() != 1 && call.nargs() != 2) {
    return call.Raise("TypeError", "pop expected 1 or 2 arguments");
  }
  Object* v = DictPop(self, call.arg(0));
  if (v == nullptr) {
    if (call.nargs() == 2) return NewRef(call.arg(1));
    return call.tc().err.RaiseWithArg("KeyError", Repr(call.arg(0)), call.arg(0));
  }
  return v;
}

Object* DictGetMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() != 1 && call.nargs() != 2) {
    return call.Raise("TypeError", "get expected 1 or 2 arguments");
  }
  Object* v = DictGetItemRef(self, call.arg(0));
  if (v != nullptr) return v;
  return call.nargs() == 2 ? NewRef(call.arg(1)) : NewNone();
}

// d.setdefault(key, default=None): d[key], stored first when absent; one step
// under the dict's lock, so two threads never both store.
Object* DictSetDefaultMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() != 1 && call.nargs() != 2) {
    return call.Raise("TypeError", "setdefault expected at least 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  Object* value = call.nargs() == 2 ? call.arg(1) : NewNone();
  TakeMethodError();  // the key's __hash__ or __eq__ may raise
  Object* stored = DictSetDefault(self, call.arg(0), value);
  if (TakeMethodError()) {
    XDecRef(stored);
    return nullptr;
  }
  if (stored == nullptr) {
    return call.Raise("TypeError", "unhashable type: '" + TypeName(call.arg(0)) + "'");
  }
  return stored;
}

Object* DictClearMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  DictClearAll(self);
  return NewNone();
}

// keys(), values(), items(): lists (CPython: views), in insertion order.
enum class DictPart { kKeys, kValues, kItems };
template <DictPart kPart>
Object* DictListMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  Object* list = NewList();
  for (const auto& [key, value] : DictSnapshot(self)) {
    if constexpr (kPart == DictPart::kItems) {
      Object* pair = NewTuple({key, value});
      ListAppend(list, pair);
      DecRef(pair);
    } else {
      ListAppend(list, kPart == DictPart::kKeys ? key : value);
    }
    DecRef(key);
    DecRef(value);
  }
  return list;
}

}  // namespace

void RegisterBuiltinsModule(BuiltinRegistry& r) {
  r.Add(Builtin::kPrint, Print, {"sep", "end", "flush"});
  r.Add(Builtin::kLen, Len);
  r.Add(Builtin::kStr, Str);
  r.Add(Builtin::kRepr, ReprBuiltin);
  r.Add(Builtin::kRange, Range);
  r.Add(Builtin::kAbs, Abs);
  r.Add(Builtin::kSlice, Slice);
  r.Add(Builtin::kSorted, Sorted, {"key", "reverse"});
  r.AddMethod(kListType, "append", ListAppendMethod);
  r.AddMethod(kListType, "pop", ListPopMethod);
  r.AddMethod(kListType, "sort", ListSortMethod, {"key", "reverse"});
  r.AddMethod(kListType, "extend", ListExtendMethod);
  r.AddMethod(kListType, "insert", ListInsertMethod);
  r.AddMethod(kListType, "remove", ListRemoveMethod);
  r.AddMethod(kListType, "index", ListFindMethod<false>);
  r.AddMethod(kListType, "count", ListFindMethod<true>);
  r.AddMethod(kListType, "reverse", ListRewriteMethod<false>);
  r.AddMethod(kListType, "clear", ListRewriteMethod<true>);
  r.AddMethod(kListType, "copy", ListCopyMethod);
  r.AddMethod(kDictType, "pop", DictPopMethod);
  r.AddMethod(kDictType, "get", DictGetMethod);
  r.AddMethod(kDictType, "setdefault", DictSetDefaultMethod);
  r.AddMethod(kDictType, "clear", DictClearMethod);
  r.AddMethod(kDictType, "keys", DictListMethod<DictPart::kKeys>);
  r.AddMethod(kDictType, "values", DictListMethod<DictPart::kValues>);
  r.AddMethod(kDictType, "items", DictListMethod<DictPart::kItems>);
}

}  // namespace gillab
