// gillab/gil/gil.cc — the Gil interface's common part: tracing, counting.
#include "gil/gil.h"

namespace gillab {

// The wrappers trace and count; the strategies lock. The capability the
// annotations speak of is the strategy's, which the analysis cannot see into.
void Gil::Acquire(GilThread& t) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  if (!exclusive()) return;  // none: nothing to count or trace
  t.Trace(GilEvent::kRequest);
  DoAcquire(t, /*after_blocking=*/false);
  t.acquisitions++;
  t.Trace(GilEvent::kAcquire);
}

void Gil::Release(GilThread& t) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  if (!exclusive()) return;  // none: nothing to count or trace
  DoRelease(t, /*for_blocking=*/false);
  t.Trace(GilEvent::kDrop);
}

void Gil::ReleaseForBlocking(GilThread& t) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  if (!exclusive()) return;  // none: nothing to count or trace
  DoRelease(t, /*for_blocking=*/true);
  t.Trace(GilEvent::kDrop);
}

void Gil::AcquireAfterBlocking(GilThread& t) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  if (!exclusive()) return;  // none: nothing to count or trace
  t.Trace(GilEvent::kRequest);
  DoAcquire(t, /*after_blocking=*/true);
  t.acquisitions++;
  t.Trace(GilEvent::kAcquire);
}

void Gil::Yield(GilThread& t) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  const bool requested = t.breaker().IsSet(EvalBreaker::kGilDropRequest);
  if (requested) {
    t.forced_switches++;
    t.Trace(GilEvent::kForcedSwitch);
  }
  Release(t);
  if (requested) WaitForSwitch(t);
  Acquire(t);
}

void Gil::WaitForSwitch(GilThread&) {}

}  // namespace gillab
