// gillab/runtime/interp/modules/gc_module.cc — the gc module over the
// collector (runtime/memory/gc.h): collect (a full collection; how many
// unreachable objects it freed), the thresholds and counts of its three
// generations, enable/disable/isenabled (automatic collections only), and the
// tracked objects. CPython 3.11's messages.
#include <array>
#include <cstdint>
#include <vector>

#include "runtime/interp/builtins.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

using Counts = std::array<std::int64_t, Collector::kGenerations>;

Object* Triple(const Counts& c) {
  Object* a = NewInt(c[0]);
  Object* b = NewInt(c[1]);
  Object* d = NewInt(c[2]);
  Object* t = NewTuple({a, b, d});
  DecRef(a);
  DecRef(b);
  DecRef(d);
  return t;
}

// A full collection, then the finalizers it found (and any left waiting),
// then the rest of the garbage: how many objects it freed, those a finalizer
// made reachable again excluded (CPython's count).
Object* Collect(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  Collector& gc = call.runtime().gc();
  const std::int64_t freed = gc.Collect();
  return NewInt(freed + gc.RunFinalizers());
}

Object* GetCount(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return Triple(call.runtime().gc().counts());
}

Object* GetThreshold(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return Triple(call.runtime().gc().thresholds());
}

// set_threshold(threshold0[, threshold1[, threshold2]]); 0 disables automatic
// collection, as in CPython.
Object* SetThreshold(BuiltinCall& call) {
  if (call.nargs() < 1 || call.nargs() > 3) {
    return call.Raise("TypeError",
                      call.nargs() < 1
                          ? "set_threshold() takes at least 1 argument (0 given)"
                          : "set_threshold() takes at most 3 arguments (" +
                                std::to_string(call.nargs()) + " given)");
  }
  Counts t = call.runtime().gc().thresholds();
  for (int i = 0; i < call.nargs(); ++i) {
    Object* v = call.arg(i);
    if (!IsInt(v)) return call.RaiseNotAnInteger(v);
    t[static_cast<std::size_t>(i)] = IntValue(v);
  }
  call.runtime().gc().set_thresholds(t);
  return NewNone();
}

Object* Enable(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  call.runtime().gc().set_enabled(true);
  return NewNone();
}

Object* Disable(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  call.runtime().gc().set_enabled(false);
  return NewNone();
}

Object* IsEnabled(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewBool(call.runtime().gc().enabled());
}

// is_tracked(x): whether the collector watches x. Only containers are
// (CPython also untracks tuples and dicts that hold no container, lazily;
// gillab tracks every container).
Object* IsTracked(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* x = call.arg(0);
  return NewBool(IsContainer(x) && !IsImmortal(x) && call.runtime().gc().IsTracked(x));
}

// get_objects(): a list of every tracked container (the list itself not
// among them), taken with the world stopped as a collection stops it.
Object* GetObjects(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  const std::vector<Object*> objects = call.runtime().gc().TrackedObjects();
  Object* list = NewList();
  for (Object* ob : objects) {
    ListAppend(list, ob);
    DecRef(ob);
  }
  return list;
}

}  // namespace

void RegisterGcModule(BuiltinRegistry& r) {
  r.Add(Builtin::kCollect, Collect);
  r.Add(Builtin::kGcGetCount, GetCount);
  r.Add(Builtin::kGcGetThreshold, GetThreshold);
  r.Add(Builtin::kGcSetThreshold, SetThreshold);
  r.Add(Builtin::kGcEnable, Enable);
  r.Add(Builtin::kGcDisable, Disable);
  r.Add(Builtin::kGcIsEnabled, IsEnabled);
  r.Add(Builtin::kGcIsTracked, IsTracked);
  r.Add(Builtin::kGcGetObjects, GetObjects);
}

}  // namespace gillab
