// gillab/gil/new_gil.cc — `new`: CPython 3.2+'s GIL (Python/ceval_gil.c).
//
// Antoine Pitrou's design, which replaced the tick-based GIL in 3.2 (bpo-7946's
// predecessor discussions; "Understanding the Python GIL", Beazley, PyCon 2010):
//
//   - The GIL is a bool `locked` guarded by a mutex, with a condition variable for
//     waiters.
//   - A waiter waits on the condition variable for at most the switch interval
//     (5 ms). If it times out and the GIL has not changed hands meanwhile
//     (`switch_number` unchanged), it sets a drop request in the holder's eval
//     breaker and waits again.
//   - The holder sees the request at its next poll point, drops the GIL and signals
//     one waiter.
//   - Forced switching: having dropped on request, the holder waits on a second
//     condition variable until another thread has actually taken the GIL, so it
//     cannot win the race to re-take it (CPython's FORCE_SWITCHING).
//
// The weakness the convoy effect exposes (bpo-7946): a thread returning from a
// short I/O call must wait a whole switch interval before it may even ask, so an
// I/O-bound thread next to a CPU-bound one gets ~5 ms response times. See
// priority_gil.cc for gillab's answer.
#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "gil/gil.h"
#include "gil/strategies.h"

namespace gillab {
namespace {

class NewGil final : public Gil {
 public:
  explicit NewGil(const GilOptions& options) : Gil(GilKind::kNew, options, 0) {}

 protected:
  void DoAcquire(GilThread& t, bool /*after_blocking*/) override {
    absl::MutexLock lock(&mu_);
    waiters_++;
    while (locked_) {
      const std::uint64_t saved = switch_number_;
      const bool timed_out = cond_.WaitWithTimeout(&mu_, switch_interval());
      if (timed_out && locked_ && switch_number_ == saved) {
        holder_->breaker().Set(EvalBreaker::kGilDropRequest);
        t.wait_timeouts++;
        t.Trace(GilEvent::kWaitTimeout);
      }
    }
    waiters_--;
    locked_ = true;
    holder_ = &t;
    switch_number_++;
    switch_cond_.SignalAll();
    t.breaker().Clear(EvalBreaker::kGilDropRequest);  // a request to an earlier holding
  }

  void DoRelease(GilThread& t, bool /*for_blocking*/) override {
    absl::MutexLock lock(&mu_);
    locked_ = false;
    t.released_at_switch = switch_number_;
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
    cond_.Signal();
  }

  void WaitForSwitch(GilThread& t) override {
    absl::MutexLock lock(&mu_);
    // The waiter that asked is still waiting and will take it; if every waiter
    // has gone (it cannot, but a stale request must not hang us), do not wait.
    while (switch_number_ == t.released_at_switch && waiters_ > 0) {
      switch_cond_.Wait(&mu_);
    }
  }

 private:
  absl::Mutex mu_;
  absl::CondVar cond_;         // waiters for !locked_
  absl::CondVar switch_cond_;  // forced switching: waits for switch_number_ to move
  bool locked_ ABSL_GUARDED_BY(mu_) = false;
  GilThread* holder_ ABSL_GUARDED_BY(mu_) = nullptr;  // last holder
  std::uint64_t switch_number_ ABSL_GUARDED_BY(mu_) = 0;
  int waiters_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace

std::unique_ptr<Gil> MakeNewGil(const GilOptions& options) {
  return std::make_unique<NewGil>(options);
}

}  // namespace gillab
