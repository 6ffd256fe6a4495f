// gillab/runtime/interp/modules/set_methods.cc — set() and frozenset(), and
// their methods (set_object.h does the work), with CPython 3.11's messages.
#include <string>

#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singletons.h"

namespace gillab {

namespace {

// set(iterable=()), frozenset(iterable=()).
template <bool kFrozen>
Object* Make(BuiltinCall& call) {
  const char* name = kFrozen ? "frozenset" : "set";
  if (call.nargs() > 1) {
    return call.Raise("TypeError", std::string(name) +
                                       " expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  if (kFrozen && call.nargs() == 1 && IsFrozenSet(call.arg(0))) {
    return NewRef(call.arg(0));  // frozenset(f) is f, as in CPython
  }
  Object* set = NewSet(kFrozen);
  if (call.nargs() == 1 && !SetUpdate(call.tc().err, set, call.arg(0))) {
    DecRef(set);
    return nullptr;
  }
  return set;
}

Object* Add(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  return SetAdd(call.tc().err, self, call.arg(0)) ? NewNone() : nullptr;
}

// remove(x): KeyError(x) when absent; discard(x): nothing then.
template <bool kRemove>
Object* Discard(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  const int r = SetDiscard(call.tc().err, self, call.arg(0));
  if (r < 0) return nullptr;
  if (r == 0 && kRemove) {
    return call.tc().err.RaiseWithArg("KeyError", Repr(call.arg(0)), call.arg(0));
  }
  return NewNone();
}

Object* Pop(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return SetPop(call.tc().err, self);
}

Object* Clear(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  SetClear(self);
  return NewNone();
}

Object* Copy(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  if (IsFrozenSet(self)) return NewRef(self);
  return SetAlgebra(call.tc().err, SetOp::kUnion, self, self);
}

// union(*others), intersection(*others), difference(*others): a new set,
// the operation applied with each in turn (none: a copy).
// symmetric_difference(other): exactly one.
template <SetOp kOp>
Object* Algebra(BuiltinCall& call, Object* self) {
  if (kOp == SetOp::kSymmetricDifference && !call.Arity(1)) return nullptr;
  Object* result = SetAlgebra(call.tc().err, SetOp::kUnion, self, self);  // a copy
  for (int i = 0; i < call.nargs() && result != nullptr; ++i) {
    Object* next = SetAlgebra(call.tc().err, kOp, result, call.arg(i));
    DecRef(result);
    result = next;
  }
  return result;
}

// The *_update methods and update(*others): in place, None.
template <SetOp kOp>
Object* Update(BuiltinCall& call, Object* self) {
  if (kOp == SetOp::kSymmetricDifference && !call.Arity(1)) return nullptr;
  for (int i = 0; i < call.nargs(); ++i) {
    if (!SetAlgebraInPlace(call.tc().err, kOp, self, call.arg(i))) return nullptr;
  }
  return NewNone();
}

template <int (*kTest)(ErrorSink&, Object*, Object*)>
Object* Test(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  const int r = kTest(call.tc().err, self, call.arg(0));
  return r < 0 ? nullptr : NewBool(r == 1);
}

}  // namespace

void RegisterSetModule(BuiltinRegistry& r) {
  r.Add(Builtin::kSet, Make<false>);
  r.Add(Builtin::kFrozenSet, Make<true>);
  r.AddMethod(kSetType, "add", Add);
  r.AddMethod(kSetType, "remove", Discard<true>);
  r.AddMethod(kSetType, "discard", Discard<false>);
  r.AddMethod(kSetType, "pop", Pop);
  r.AddMethod(kSetType, "clear", Clear);
  r.AddMethod(kSetType, "update", Update<SetOp::kUnion>);
  r.AddMethod(kSetType, "intersection_update", Update<SetOp::kIntersection>);
  r.AddMethod(kSetType, "difference_update", Update<SetOp::kDifference>);
  r.AddMethod(kSetType, "symmetric_difference_update",
              Update<SetOp::kSymmetricDifference>);
  for (const TypeObject* type : {&kSetType, &kFrozenSetType}) {
    r.AddMethod(*type, "union", Algebra<SetOp::kUnion>);
    r.AddMethod(*type, "intersection", Algebra<SetOp::kIntersection>);
    r.AddMethod(*type, "difference", Algebra<SetOp::kDifference>);
    r.AddMethod(*type, "symmetric_difference", Algebra<SetOp::kSymmetricDifference>);
    r.AddMethod(*type, "issubset", Test<SetIsSubset>);
    r.AddMethod(*type, "issuperset", Test<SetIsSuperset>);
    r.AddMethod(*type, "isdisjoint", Test<SetIsDisjoint>);
    r.AddMethod(*type, "copy", Copy);
  }
}

}  // namespace gillab
