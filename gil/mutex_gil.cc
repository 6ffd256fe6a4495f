// gillab/gil/mutex_gil.cc — `mutex`: a plain mutex as the GIL.
//
// The holder unlocks and re-locks the mutex at every poll point. It is the design
// everyone tries first, and it shows why a GIL needs more than mutual exclusion:
// a mutex promises exclusion, not turns. glibc's mutex lets the unlocking thread,
// still on its core, re-lock before the waiter it woke is running, so one thread
// can keep the GIL for long stretches; and when waiters are present, every unlock
// is a futex wake system call.
#include <memory>
#include <mutex>

#include "absl/base/thread_annotations.h"
#include "gil/gil.h"
#include "gil/strategies.h"

namespace gillab {
namespace {

// std::mutex with the thread-safety annotations libstdc++ does not have.
class ABSL_LOCKABLE AnnotatedMutex {
 public:
  void Lock() ABSL_EXCLUSIVE_LOCK_FUNCTION() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    mu_.lock();
  }
  void Unlock() ABSL_UNLOCK_FUNCTION() ABSL_NO_THREAD_SAFETY_ANALYSIS { mu_.unlock(); }

 private:
  std::mutex mu_;
};

class MutexGil final : public Gil {
 public:
  explicit MutexGil(const GilOptions& options) : Gil(GilKind::kMutex, options, 1) {}

 protected:
  void DoAcquire(GilThread& t, bool) override ABSL_NO_THREAD_SAFETY_ANALYSIS {
    mu_.Lock();
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
  }
  void DoRelease(GilThread&, bool) override ABSL_NO_THREAD_SAFETY_ANALYSIS {
    mu_.Unlock();
  }

 private:
  AnnotatedMutex mu_;
};

}  // namespace

std::unique_ptr<Gil> MakeMutexGil(const GilOptions& options) {
  return std::make_unique<MutexGil>(options);
}

}  // namespace gillab
