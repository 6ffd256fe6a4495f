// gillab/gil/old_gil.cc — `old`: the GIL of CPython before 3.2.
//
// Every `check_interval` ticks (100 by default; sys.setcheckinterval) the running
// thread releases the GIL and immediately asks for it again. There is no handoff:
// the release signals a waiter, but the releasing thread is already running and
// usually re-takes the lock before the woken waiter has been scheduled. On one
// core that gives a switch now and then; on several cores it gives what Beazley
// measured in 2009: waiters woken thousands of times a second only to find the
// GIL taken again, CPU-bound threads starving each other, I/O threads waiting for
// ever. The lock itself is CPython 2's on POSIX without semaphores: a `locked`
// flag under a mutex, with a condition variable.
#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "gil/gil.h"
#include "gil/strategies.h"

namespace gillab {
namespace {

class OldGil final : public Gil {
 public:
  explicit OldGil(const GilOptions& options)
      : Gil(GilKind::kOld, options, options.check_interval) {}

 protected:
  void DoAcquire(GilThread& t, bool) override {
    absl::MutexLock lock(&mu_);
    while (locked_) cond_.Wait(&mu_);
    locked_ = true;
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
  }

  void DoRelease(GilThread&, bool) override {
    absl::MutexLock lock(&mu_);
    locked_ = false;
    cond_.Signal();
  }

 private:
  absl::Mutex mu_;
  absl::CondVar cond_;
  bool locked_ ABSL_GUARDED_BY(mu_) = false;
};

}  // namespace

std::unique_ptr<Gil> MakeOldGil(const GilOptions& options) {
  return std::make_unique<OldGil>(options);
}

}  // namespace gillab
