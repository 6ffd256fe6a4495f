// gillab/gil/spin_gil.cc — `spin`: a test-and-test-and-set spinlock as the GIL.
//
// Waiters never sleep: they read the flag until it looks free (the "test" that
// keeps them off the cache line's exclusive state), then try to swap it (the
// "test-and-set"), backing off exponentially between attempts and yielding the
// CPU after a while so that, with more threads than cores, the holder still
// runs. The holder releases and re-takes the lock at every poll point; the
// unlocking thread, still hot on its core, almost always wins the next swap, so
// the lock is fast and unfair, and waiting threads burn the other cores.
//
// Memory order: the swap that takes the lock is an acquire, the store that frees
// it a release, so everything the holder did is visible to the next holder; the
// TSan annotations only restate that.
#include <sched.h>

#include <atomic>
#include <memory>

#include "absl/base/thread_annotations.h"
#include "gil/gil.h"
#include "gil/strategies.h"
#include "gil/tsan.h"

namespace gillab {
namespace {

inline void CpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

class ABSL_LOCKABLE SpinLock {
 public:
  void Lock() ABSL_EXCLUSIVE_LOCK_FUNCTION() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    int backoff = 1;
    for (;;) {
      if (!locked_.load(std::memory_order_relaxed) &&
          !locked_.exchange(true, std::memory_order_acquire)) {
        break;
      }
      if (backoff < kMaxBackoff) {
        for (int i = 0; i < backoff; ++i) CpuRelax();
        backoff *= 2;
      } else {
        sched_yield();  // more threads than cores: let the holder run
      }
    }
    GILLAB_TSAN_ACQUIRE(this);
  }

  void Unlock() ABSL_UNLOCK_FUNCTION() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    GILLAB_TSAN_RELEASE(this);
    locked_.store(false, std::memory_order_release);
  }

 private:
  static constexpr int kMaxBackoff = 1024;  // pauses; then sched_yield
  std::atomic<bool> locked_{false};
};

class SpinGil final : public Gil {
 public:
  explicit SpinGil(const GilOptions& options) : Gil(GilKind::kSpin, options, 1) {}

 protected:
  void DoAcquire(GilThread& t, bool) override ABSL_NO_THREAD_SAFETY_ANALYSIS {
    lock_.Lock();
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
  }
  void DoRelease(GilThread&, bool) override ABSL_NO_THREAD_SAFETY_ANALYSIS {
    lock_.Unlock();
  }

 private:
  SpinLock lock_;
};

}  // namespace

std::unique_ptr<Gil> MakeSpinGil(const GilOptions& options) {
  return std::make_unique<SpinGil>(options);
}

}  // namespace gillab
