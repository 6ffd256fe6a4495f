// gillab/runtime/interp/modules/lab_module.cc — gillab's own instruments, which
// assembly programs (the lab scenarios) use and Python scripts do not see:
//   io(seconds)     a simulated blocking I/O call: sleeps with the GIL released
//   thread_index()  the running thread's index, 0.. (Run's threads first)
//   stopped()       True once the harness asked the program to end
#include "runtime/interp/builtins.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/singletons.h"

namespace gillab {

namespace {

Object* ThreadIndex(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewInt(call.thread_index());
}

Object* Stopped(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewBool(call.interp().stop_requested());
}

}  // namespace

void RegisterLabModule(BuiltinRegistry& r) {
  r.Add(Builtin::kIo, SleepFor);
  r.Add(Builtin::kThreadIndex, ThreadIndex);
  r.Add(Builtin::kStopped, Stopped);
}

}  // namespace gillab
