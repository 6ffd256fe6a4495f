// gillab/gil/fair_gil.cc — `fair`: a FIFO ticket lock with switch-interval handoff.
//
// A ticket lock serves threads in the order they asked: each waiter draws a ticket
// (`next_ticket`, one atomic increment) and runs when `now_serving` reaches it.
// When to hand over is the new GIL's rule: a waiter that has seen the line not
// move for a whole switch interval sets a drop request in the holder's eval
// breaker; the holder drops at its next poll point, draws a new ticket and so
// queues behind everyone already waiting. No forced-switching wait is needed: the
// ticket order alone keeps the dropper from re-taking the GIL. With N CPU-bound
// threads each runs one interval in N, in strict rotation.
//
// Waiting: a waiter first spins briefly on `now_serving` (a handoff to a thread
// that is already awake takes no system call), then sleeps on a condition
// variable. The releaser advances `now_serving` and, if anyone sleeps, wakes all
// sleepers under the park mutex, so a wake-up cannot be lost between a sleeper's
// check and its wait.
//
// Memory order: `now_serving` is advanced with a release store by the holder and
// read with acquire loads by the waiters, so the next holder sees all the previous
// one wrote; the TSan annotations only restate it. `holder_` is published with a
// release store too: a waiter follows the pointer into the holder's GilThread,
// which the holder built on its own stack (ThreadSanitizer caught the relaxed
// store that stood here, once in a hundred runs of interpreter_test).
#include <atomic>
#include <cstdint>
#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "gil/gil.h"
#include "gil/strategies.h"
#include "gil/tsan.h"

namespace gillab {
namespace {

class FairGil final : public Gil {
 public:
  explicit FairGil(const GilOptions& options) : Gil(GilKind::kFair, options, 0) {}

 protected:
  void DoAcquire(GilThread& t, bool) override {
    const std::uint64_t ticket = next_ticket_.fetch_add(1, std::memory_order_relaxed);
    if (!SpinFor(ticket)) Sleep(t, ticket);
    GILLAB_TSAN_ACQUIRE(this);
    // Release: a waiter that loads the pointer (acquire) also sees the GilThread
    // it points to, built by this thread (its breaker pointer, read by Sleep).
    holder_.store(&t, std::memory_order_release);
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
  }

  void DoRelease(GilThread& t, bool) override {
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
    GILLAB_TSAN_RELEASE(this);
    absl::MutexLock lock(&park_mu_);
    // Waiters read holder_ only under park_mu_: once this is done, no waiter can
    // reach the releasing thread, which may exit and free its breaker at once.
    holder_.store(nullptr, std::memory_order_relaxed);
    // Only the holder writes now_serving: no read-modify-write needed.
    now_serving_.store(now_serving_.load(std::memory_order_relaxed) + 1,
                       std::memory_order_release);
    if (sleepers_ > 0) park_cv_.SignalAll();
  }

 private:
  static constexpr int kSpins = 200;

  bool SpinFor(std::uint64_t ticket) const {
    for (int i = 0; i < kSpins; ++i) {
      if (now_serving_.load(std::memory_order_acquire) == ticket) return true;
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
    }
    return false;
  }

  void Sleep(GilThread& t, std::uint64_t ticket) {
    absl::MutexLock lock(&park_mu_);
    sleepers_++;
    for (;;) {
      const std::uint64_t serving = now_serving_.load(std::memory_order_acquire);
      if (serving == ticket) break;
      const bool timed_out = park_cv_.WaitWithTimeout(&park_mu_, switch_interval());
      if (timed_out && now_serving_.load(std::memory_order_acquire) == serving) {
        // The line has not moved for a whole interval: ask the holder to drop.
        // Under park_mu_, a non-null holder_ has not got through DoRelease, so it
        // is alive; null (between holders) means no request this time.
        if (GilThread* h = holder_.load(std::memory_order_acquire)) {
          h->breaker().Set(EvalBreaker::kGilDropRequest);
        }
        t.wait_timeouts++;
        t.Trace(GilEvent::kWaitTimeout);
      }
    }
    sleepers_--;
  }
  std::atomic<std::uint64_t> next_ticket_{0};
  std::atomic<std::uint64_t> now_serving_{0};
  // The holder, for drop requests; null from its release until the next holder
  // stores itself. Cleared and read under park_mu_ (set without: see DoRelease).
  std::atomic<GilThread*> holder_{nullptr};
  absl::Mutex park_mu_;
  absl::CondVar park_cv_;
  int sleepers_ ABSL_GUARDED_BY(park_mu_) = 0;
};

}  // namespace

std::unique_ptr<Gil> MakeFairGil(const GilOptions& options) {
  return std::make_unique<FairGil>(options);
}

}  // namespace gillab
