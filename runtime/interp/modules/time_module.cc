// gillab/runtime/interp/modules/time_module.cc — time.sleep (releases the GIL, as
// CPython's does) and time.monotonic_ns.
#include <algorithm>
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
  // In slices, so that Ctrl-C ends the sleep with KeyboardInterrupt, as in
  // CPython; up to a deadline, so that slicing adds no drift.
  call.Blocking(/*record=*/true, [seconds, &call] {
    using Clock = std::chrono::steady_clock;
    const Clock::time_point deadline =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double>(seconds));
    const Clock::duration slice = absl::ToChronoNanoseconds(Interpreter::kInterruptCheck);
    while (!call.InterruptPending()) {
      const Clock::time_point now = Clock::now();
      if (now >= deadline) break;
      std::this_thread::sleep_until(std::min(deadline, now + slice));
    }
  });
  if (call.TakeInterrupt()) return nullptr;
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
