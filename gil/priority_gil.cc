// gillab/gil/priority_gil.cc — `priority`: gillab's answer to the convoy effect.
//
// The convoy effect (bpo-7946, Beazley 2010): under the new GIL a thread that
// comes back from a short blocking call (a socket read, a disk write) must wait a
// whole switch interval, 5 ms, before it may even ask a CPU-bound holder to let
// go. An I/O thread that does 1,000 short operations next to one CPU-bound thread
// therefore takes 5 s instead of milliseconds; its response time is the switch
// interval, whatever the I/O costs.
//
// The fix here is the one operating-system schedulers use for interactive tasks:
// favour the thread that blocks before using up its slice.
//
//   - When a thread releases the GIL for a blocking call, it is classed I/O-bound
//     if it held the GIL for less than one switch interval since it last took it,
//     else CPU-bound.
//   - An I/O-bound thread coming back from its blocking call is a PRIORITY
//     waiter: it sets the drop request in the holder's eval breaker at once, with
//     no interval, and waits on its own condition variable. The holder drops at
//     its next poll point (microseconds away) and hands the GIL to the priority
//     waiter first.
//   - Everything else is the new GIL: CPU-bound waiters ask after a switch
//     interval, defer to any priority waiter, and a holder that dropped on request
//     waits until another thread has taken the GIL (forced switching).
//
// Why CPU throughput holds: the I/O-bound thread holds the GIL only briefly before
// it blocks again, so the CPU-bound thread loses one short slice and two thread
// wake-ups per I/O operation, while CPU-bound threads among themselves still
// switch once per interval. A thread that turns CPU-bound loses its priority the
// first time it holds the GIL for a whole interval.
#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "gil/gil.h"
#include "gil/strategies.h"

namespace gillab {
namespace {

class PriorityGil final : public Gil {
 public:
  explicit PriorityGil(const GilOptions& options) : Gil(GilKind::kPriority, options, 0) {}

 protected:
  void DoAcquire(GilThread& t, bool after_blocking) override {
    absl::MutexLock lock(&mu_);
    if (after_blocking && t.io_bound) {
      priority_waiters_++;
      while (locked_) {
        holder_->breaker().Set(EvalBreaker::kGilDropRequest);  // at once
        priority_cond_.Wait(&mu_);
      }
      priority_waiters_--;
    } else {
      waiters_++;
      while (locked_ || priority_waiters_ > 0) {
        const std::uint64_t saved = switch_number_;
        const bool timed_out = cond_.WaitWithTimeout(&mu_, switch_interval());
        if (timed_out && locked_ && switch_number_ == saved) {
          holder_->breaker().Set(EvalBreaker::kGilDropRequest);
          t.wait_timeouts++;
          t.Trace(GilEvent::kWaitTimeout);
        }
      }
      waiters_--;
    }
    locked_ = true;
    holder_ = &t;
    switch_number_++;
    switch_cond_.SignalAll();
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
    t.acquired_at_ns = MonotonicNanos();
  }

  void DoRelease(GilThread& t, bool for_blocking) override {
    const std::int64_t held = MonotonicNanos() - t.acquired_at_ns;
    absl::MutexLock lock(&mu_);
    t.io_bound = for_blocking && held < switch_interval_ns();
    locked_ = false;
    t.released_at_switch = switch_number_;
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
    if (priority_waiters_ > 0) {
      priority_cond_.Signal();
    } else {
      cond_.Signal();
    }
  }

  void WaitForSwitch(GilThread& t) override {
    absl::MutexLock lock(&mu_);
    while (switch_number_ == t.released_at_switch && waiters_ + priority_waiters_ > 0) {
      switch_cond_.Wait(&mu_);
    }
  }

 private:
  absl::Mutex mu_;
  absl::CondVar cond_;           // CPU-bound waiters
  absl::CondVar priority_cond_;  // I/O-bound threads back from a blocking call
  absl::CondVar switch_cond_;    // forced switching
  bool locked_ ABSL_GUARDED_BY(mu_) = false;
  GilThread* holder_ ABSL_GUARDED_BY(mu_) = nullptr;
  std::uint64_t switch_number_ ABSL_GUARDED_BY(mu_) = 0;
  int waiters_ ABSL_GUARDED_BY(mu_) = 0;
  int priority_waiters_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace

std::unique_ptr<Gil> MakePriorityGil(const GilOptions& options) {
  return std::make_unique<PriorityGil>(options);
}

}  // namespace gillab
