// gillab/runtime/interp/modules/time_module.cc — time.sleep (releases the GIL, as
// CPython's does) and time.monotonic_ns.
#include <chrono>
#include <string>
#include <thread>

#include "gil/trace.h"
#include "runtime/interp/builtins.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"

namespace gillab {

Object* SleepFor(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  double seconds;
  if (!AsDouble(call.arg(0), &seconds) || seconds < 0 || seconds > 3600) {
    return call.Raise("ValueError", std::string(call.name()) +
                                        "() wants a number of seconds in 0..3600");
  }
  call.Blocking(/*record=*/true, [seconds] {
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  });
  return NewNone();
}

namespace {

Object* MonotonicNs(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewInt(MonotonicNanos());
}

}  // namespace

void RegisterTimeModule(BuiltinRegistry& r) {
  r.Add(Builtin::kSleep, SleepFor);
  r.Add(Builtin::kClockNs, MonotonicNs);
}

}  // namespace gillab
