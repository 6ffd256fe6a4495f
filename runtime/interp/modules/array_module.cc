// gillab/runtime/interp/modules/array_module.cc — array.array and its methods.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/array_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"

namespace gillab {

namespace {

// Appends every item of `iterable`; false with the first error.
bool Extend(BuiltinCall& call, Object* array, Object* iterable) {
  if (IsArray(iterable) && ArrayTypecode(iterable) != ArrayTypecode(array)) {
    call.Raise("TypeError", "can only extend with array of same kind");
    return false;
  }
  std::vector<Object*> items;
  if (!call.Items(iterable, &items)) return false;
  bool ok = true;
  for (Object* item : items) {
    if (ok) ok = ArrayAppend(call.tc().err, array, item);
    DecRef(item);
  }
  return ok;
}

// array(typecode[, initializer]): an iterable of numbers.
Object* NewArrayBuiltin(BuiltinCall& call) {
  if (call.nargs() < 1 || call.nargs() > 2) {
    return call.Raise("TypeError", "array() takes at most 2 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  Object* code = call.arg(0);
  if (!IsStr(code) || StrView(code).size() != 1) {
    return call.Raise(
        "TypeError",
        "array() argument 1 must be a unicode character, not " + TypeName(code));
  }
  const char typecode = StrView(code)[0];
  Object* array = NewArray(typecode);
  if (array == nullptr) {
    if (std::string_view("BuHILQ").find(typecode) != std::string_view::npos) {
      return call.Raise("ValueError", std::string("unsupported: array typecode '") +
                                          typecode + "' (gillab's arrays have " +
                                          kArrayTypecodes + ")");
    }
    return call.Raise("ValueError",  // CPython's, naming all of its typecodes
                      "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  }
  if (call.nargs() == 2 && !Extend(call, array, call.arg(1))) {
    DecRef(array);
    return nullptr;
  }
  return array;
}

Object* AppendMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  return ArrayAppend(call.tc().err, self, call.arg(0)) ? NewNone() : nullptr;
}

Object* ExtendMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  return Extend(call, self, call.arg(0)) ? NewNone() : nullptr;
}

Object* InsertMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(2)) return nullptr;
  if (!IsInt(call.arg(0))) return call.RaiseNotAnInteger(call.arg(0));
  return ArrayInsert(call.tc().err, self, IntValue(call.arg(0)), call.arg(1)) ? NewNone()
                                                                              : nullptr;
}

Object* PopMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() > 1) {
    return call.Raise("TypeError", "pop expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  std::int64_t i = -1;
  if (call.nargs() == 1) {
    if (!IsInt(call.arg(0))) return call.RaiseNotAnInteger(call.arg(0));
    i = IntValue(call.arg(0));
  }
  if (ArraySize(self) == 0) return call.Raise("IndexError", "pop from empty array");
  Object* item = ArrayPop(self, i);
  return item != nullptr ? item : call.Raise("IndexError", "pop index out of range");
}

// The index of the first item equal to x, -1 when none, -2 on an error.
std::int64_t Find(BuiltinCall& call, Object* self, Object* x) {
  const std::vector<Object*> items = ArraySnapshot(self);
  std::int64_t found = -1;
  for (std::size_t i = 0; i < items.size() && found == -1; ++i) {
    bool equal;
    if (!EqualOrRaise(call.tc().err, items[i], x, &equal)) found = -2;
    if (equal && found == -1) found = static_cast<std::int64_t>(i);
  }
  DecRefAll(items);
  return found;
}

Object* IndexMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  const std::int64_t i = Find(call, self, call.arg(0));
  if (i == -2) return nullptr;
  if (i < 0) return call.Raise("ValueError", "array.index(x): x not in array");
  return NewInt(i);
}

Object* RemoveMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  const std::int64_t i = Find(call, self, call.arg(0));
  if (i == -2) return nullptr;
  if (i < 0) return call.Raise("ValueError", "array.remove(x): x not in array");
  XDecRef(ArrayPop(self, i));
  return NewNone();
}

Object* CountMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  const std::vector<Object*> items = ArraySnapshot(self);
  std::int64_t n = 0;
  for (Object* item : items) n += Equal(item, call.arg(0)) ? 1 : 0;
  DecRefAll(items);
  return NewInt(n);
}

Object* ReverseMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  ArrayReverse(self);
  return NewNone();
}

Object* ToListMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  const std::vector<Object*> items = ArraySnapshot(self);
  Object* list = NewList();
  ListExtend(list, items);
  DecRefAll(items);
  return list;
}

}  // namespace

void RegisterArrayModule(BuiltinRegistry& r) {
  r.Add(Builtin::kArray, NewArrayBuiltin);
  r.AddMethod(kArrayType, "append", AppendMethod);
  r.AddMethod(kArrayType, "extend", ExtendMethod);
  r.AddMethod(kArrayType, "insert", InsertMethod);
  r.AddMethod(kArrayType, "pop", PopMethod);
  r.AddMethod(kArrayType, "index", IndexMethod);
  r.AddMethod(kArrayType, "remove", RemoveMethod);
  r.AddMethod(kArrayType, "count", CountMethod);
  r.AddMethod(kArrayType, "reverse", ReverseMethod);
  r.AddMethod(kArrayType, "tolist", ToListMethod);
}

}  // namespace gillab
