// gillab/gil/absl_gil.cc — `absl`: the GIL as a flag behind absl::Mutex, with an
// absl::Condition.
//
// The new GIL's switching rule (a waiter that waits a whole switch interval asks
// the holder to drop) on Abseil's primitives instead of a hand-written condition
// variable loop: a waiter blocks in Mutex::AwaitWithTimeout on the condition "not
// locked", and Abseil evaluates the condition for it on each unlock and wakes only
// a waiter whose condition holds. There is no forced switching: the dropper
// competes for the flag again at once, and how often it wins is Abseil's queueing
// (waiters that have waited long enough are favoured), which is what this strategy
// measures.
#include <memory>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "gil/gil.h"
#include "gil/strategies.h"

namespace gillab {
namespace {

class AbslGil final : public Gil {
 public:
  explicit AbslGil(const GilOptions& options) : Gil(GilKind::kAbsl, options, 0) {}

 protected:
  void DoAcquire(GilThread& t, bool) override {
    absl::MutexLock lock(&mu_);
    const absl::Condition unlocked(this, &AbslGil::Unlocked);
    while (!mu_.AwaitWithTimeout(unlocked, switch_interval())) {
      holder_->breaker().Set(EvalBreaker::kGilDropRequest);
      t.wait_timeouts++;
      t.Trace(GilEvent::kWaitTimeout);
    }
    locked_ = true;
    holder_ = &t;
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
  }

  void DoRelease(GilThread& t, bool) override {
    absl::MutexLock lock(&mu_);
    locked_ = false;
    t.breaker().Clear(EvalBreaker::kGilDropRequest);
  }

 private:
  bool Unlocked() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) { return !locked_; }
  absl::Mutex mu_;
  bool locked_ ABSL_GUARDED_BY(mu_) = false;
  GilThread* holder_ ABSL_GUARDED_BY(mu_) = nullptr;
};

}  // namespace

std::unique_ptr<Gil> MakeAbslGil(const GilOptions& options) {
  return std::make_unique<AbslGil>(options);
}

}  // namespace gillab
