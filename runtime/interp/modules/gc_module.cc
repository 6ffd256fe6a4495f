// gillab/runtime/interp/modules/gc_module.cc — gc.collect(): a full collection
// (runtime/memory/gc.h); returns how many unreachable objects it freed.
#include "runtime/interp/builtins.h"
#include "runtime/interp/runtime.h"
#include "runtime/objects/int_object.h"

namespace gillab {

namespace {

Object* Collect(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewInt(call.runtime().gc().Collect());
}

}  // namespace

void RegisterGcModule(BuiltinRegistry& r) { r.Add(Builtin::kCollect, Collect); }

}  // namespace gillab
