// gillab/gil/gil.h — the GIL: one interface, eight strategies, chosen per run.
//
// The interpreter holds the GIL while it runs bytecode and gives it up in three
// places: at a poll point when its eval breaker carries a drop request (or, for
// the tick-based strategies, every `yield_interval()` polls), around a blocking
// operation (sleep, simulated I/O, waiting for a Lock), and when the thread ends.
// A strategy decides how waiting threads queue, who gets the GIL next, and when a
// waiter asks the holder to let go. See each strategy's file for its design:
//
//   none      no lock at all: free-threaded                        (none_gil.cc)
//   new       CPython 3.2+: switch interval, drop request, forced switching
//                                                                   (new_gil.cc)
//   old       CPython < 3.2: release and re-acquire every N ticks   (old_gil.cc)
//   mutex     a plain mutex released and re-acquired at each poll  (mutex_gil.cc)
//   fair      FIFO ticket handoff on the switch interval           (fair_gil.cc)
//   spin      test-and-test-and-set with backoff                   (spin_gil.cc)
//   absl      absl::Mutex with absl::Condition                     (absl_gil.cc)
//   priority  gillab's answer to the convoy effect                 (priority_gil.cc)
//
// Threads. Each thread that uses a Gil brings a GilThread: its eval breaker (so a
// waiter can aim a drop request at the holder), its trace buffer, its statistics
// and a few fields strategies keep per thread. Requires of every user: a thread
// calls Acquire and Release alternately, starting with Acquire, on its own
// GilThread; and every GilThread stays alive until no thread uses the Gil any more
// (a waiter may still write to the last holder's eval breaker).
#ifndef GILLAB_GIL_GIL_H_
#define GILLAB_GIL_GIL_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/base/thread_annotations.h"
#include "absl/time/time.h"
#include "base/enum_names.h"
#include "base/eval_breaker.h"
#include "gil/trace.h"

namespace gillab {

enum class GilKind : std::uint8_t {
  kNone,
  kNew,
  kOld,
  kMutex,
  kFair,
  kSpin,
  kAbsl,
  kPriority,
};
inline constexpr int kNumGilKinds = 8;
// The strategies' names, as --gil= takes them.
inline constexpr EnumNames<GilKind, kNumGilKinds> kGilKindNames{
    {"none", "new", "old", "mutex", "fair", "spin", "absl", "priority"}};
inline const char* GilKindName(GilKind kind) { return kGilKindNames.Name(kind); }
// False (and *kind left alone) for anything but a strategy's name.
inline bool ParseGilKind(std::string_view name, GilKind* kind) {
  return kGilKindNames.Parse(name, kind);
}
// "none, new, old, mutex, fair, spin, absl, priority"
inline std::string GilKindChoices() { return kGilKindNames.Choices(); }

struct GilOptions {
  // How long a waiter waits before asking the holder to drop the GIL (new, fair,
  // absl, priority): CPython's sys.setswitchinterval(), 5 ms by default.
  std::int64_t switch_interval_ns = 5'000'000;
  // Polls between the old GIL's release-and-re-acquire: CPython 2's
  // sys.setcheckinterval(), 100 ticks by default.
  int check_interval = 100;
};

// What a GIL strategy knows of one thread.
class GilThread {
 public:
  // `breaker` and `trace` (null: tracing off) must outlive this GilThread.
  GilThread(EvalBreaker* breaker, ThreadTrace* trace)
      : breaker_(breaker), trace_(trace) {}
  GilThread(const GilThread&) = delete;
  GilThread& operator=(const GilThread&) = delete;

  EvalBreaker& breaker() const { return *breaker_; }
  ThreadTrace* trace() const { return trace_; }
  void Trace(GilEvent event) const {
    if (trace_ != nullptr) [[unlikely]] {
      trace_->Record(event);
    }
  }

  // Statistics, written by the thread itself; read them after it has finished.
  std::int64_t acquisitions = 0;
  std::int64_t forced_switches = 0;  // drops on another thread's request
  std::int64_t wait_timeouts = 0;    // switch intervals waited in vain

  // Per-thread fields for the strategies (each documents its use).
  std::int64_t acquired_at_ns = 0;       // priority: when it last got the GIL
  bool io_bound = false;                 // priority: its last hold was short
  std::uint64_t released_at_switch = 0;  // new, priority: forced switching

 private:
  EvalBreaker* const breaker_;
  ThreadTrace* const trace_;
};

// The GIL. ABSL_LOCKABLE so that code holding it can say so (the interpreter's
// eval loop requires it).
class ABSL_LOCKABLE Gil {
 public:
  virtual ~Gil() = default;
  Gil(const Gil&) = delete;
  Gil& operator=(const Gil&) = delete;

  GilKind kind() const { return kind_; }
  const char* name() const { return GilKindName(kind_); }
  const GilOptions& options() const { return options_; }
  // The switch interval in force (sys.setswitchinterval): starts as options'; any
  // thread may change it at any time, and waits that start later use the new one.
  std::int64_t switch_interval_ns() const {
    return switch_interval_ns_.load(std::memory_order_relaxed);
  }
  absl::Duration switch_interval() const {
    return absl::Nanoseconds(switch_interval_ns());
  }
  // Requires: ns > 0.
  void set_switch_interval_ns(std::int64_t ns) {
    switch_interval_ns_.store(ns, std::memory_order_relaxed);
  }
  // False only for `none`: holding this GIL excludes nobody.
  bool exclusive() const { return kind_ != GilKind::kNone; }
  // Polls between unconditional Yields (old: the check interval; mutex, spin:
  // every poll), or 0 when the strategy yields only on a drop request.
  int yield_interval() const { return yield_interval_; }

  // Blocks until the calling thread holds the GIL; traces the request and the
  // acquisition. Requires: `t` is the caller's, and it does not hold the GIL.
  void Acquire(GilThread& t) ABSL_EXCLUSIVE_LOCK_FUNCTION();
  // Gives the GIL up. Requires: the caller holds it.
  void Release(GilThread& t) ABSL_UNLOCK_FUNCTION();

  // At a poll point, when the eval breaker has a drop request or yield_interval()
  // polls have passed: lets another thread run if the strategy says so, and
  // returns holding the GIL again. Requires: the caller holds it.
  void Yield(GilThread& t) ABSL_EXCLUSIVE_LOCKS_REQUIRED(this);

  // Around a blocking operation (sleep, I/O, waiting for a Lock), as CPython's
  // Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS. The priority strategy uses the
  // pairing to tell I/O-bound threads from CPU-bound ones.
  void ReleaseForBlocking(GilThread& t) ABSL_UNLOCK_FUNCTION();
  void AcquireAfterBlocking(GilThread& t) ABSL_EXCLUSIVE_LOCK_FUNCTION();

 protected:
  Gil(GilKind kind, const GilOptions& options, int yield_interval)
      : kind_(kind),
        options_(options),
        yield_interval_(yield_interval),
        switch_interval_ns_(options.switch_interval_ns) {}

  // The strategy's lock. `after_blocking`: the thread is coming back from a
  // blocking call. DoAcquire must clear the caller's kGilDropRequest bit once it
  // holds the GIL (a stale request from an earlier holding is void).
  virtual void DoAcquire(GilThread& t, bool after_blocking) = 0;
  virtual void DoRelease(GilThread& t, bool for_blocking) = 0;
  // Forced switching (new, priority): after a drop on request, blocks until
  // another thread has taken the GIL, so the dropper cannot take it straight
  // back. Default: returns at once.
  virtual void WaitForSwitch(GilThread& t);

 private:
  const GilKind kind_;
  const GilOptions options_;
  const int yield_interval_;
  std::atomic<std::int64_t> switch_interval_ns_;
};

}  // namespace gillab

#endif  // GILLAB_GIL_GIL_H_
