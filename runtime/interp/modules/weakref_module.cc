// gillab/runtime/interp/modules/weakref_module.cc — the weakref module:
// weakref.ref(obj[, callback]) (the class weakref.ReferenceType, as in CPython)
// and weakref.getweakrefcount(obj), over runtime/objects/weakref_object.h.
// CPython 3.11's messages.
#include <string>

#include "runtime/interp/builtins.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/weakref_object.h"

namespace gillab {

namespace {

Object* NewWeakrefBuiltin(BuiltinCall& call) {
  if (call.nargs() < 1 || call.nargs() > 2) {
    return call.Raise("TypeError", call.nargs() < 1
                                       ? "__new__ expected at least 1 argument, got 0"
                                       : "__new__ expected at most 2 arguments, got " +
                                             std::to_string(call.nargs()));
  }
  Object* ob = call.arg(0);
  if (!CanWeaklyReference(ob)) {
    return call.Raise("TypeError",
                      "cannot create weak reference to '" + TypeName(ob) + "' object");
  }
  Object* callback = call.nargs() == 2 ? call.arg(1) : nullptr;
  if (callback != nullptr && !IsNone(callback)) call.NoteFinalizers();
  return NewWeakref(ob, callback);
}

Object* GetWeakrefCount(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  return NewInt(WeakrefCount(call.arg(0)));
}

}  // namespace

void RegisterWeakrefModule(BuiltinRegistry& r) {
  r.Add(Builtin::kWeakref, NewWeakrefBuiltin);
  r.Add(Builtin::kGetWeakrefCount, GetWeakrefCount);
}

}  // namespace gillab
