// gillab/labs/phase.h — the threads of a lesson that drives the runtime from C++.
//
// RunPhase runs op(t, i) for i in [0, iterations) on each of `threads` threads
// t = 0.., all released at once, each attached to the runtime and taking the
// lab's GIL as the interpreter does: it holds the GIL while it runs an operation
// and offers it to the others between two operations, at a poll point. The poll
// point is also a quiescent point for QSBR (thread_state.h), so an operation may
// keep any pointer it read without a lock until it returns, and not after.
#ifndef GILLAB_LABS_PHASE_H_
#define GILLAB_LABS_PHASE_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>
#include <vector>

#include "gil/gil.h"
#include "labs/scenario.h"
#include "runtime/interp/runtime.h"

namespace gillab::labs {

// Blocks until every thread has run its operations. Requires: the calling
// thread is attached to `rt`. The last thread to arrive
// fires the start and the calling thread only waits in join(), so no worker is
// left off-CPU when the race begins. Returns how much the threads' loops
// overlapped in time (Overlap, scenario.h): a busy machine can serialise them.
template <typename Op>
double RunPhase(Runtime& rt, Gil& gil, int threads, std::int64_t iterations, Op op) {
  using Clock = std::chrono::steady_clock;
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  std::vector<Span> spans(static_cast<std::size_t>(threads));
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      ThreadScope scope(rt);
      ThreadState* ts = scope.state();
      EvalBreaker& breaker = ts->eval_breaker();
      GilThread gt(&breaker, nullptr);
      if (ready.fetch_add(1) + 1 == threads) {
        go.store(true, std::memory_order_release);
      } else {
        while (!go.load(std::memory_order_acquire)) std::this_thread::yield();
      }
      const Clock::time_point start = Clock::now();
      gil.Acquire(gt);
      const int interval = gil.yield_interval();
      int ticks = interval;
      for (std::int64_t i = 0; i < iterations; ++i) {
        op(t, i);
        // A poll point between two operations, as the interpreter has.
        if ((i & 63) == 63) ts->QuiescentPoint();
        if (breaker.Load() != 0 || (interval > 0 && --ticks <= 0)) {
          gil.Yield(gt);
          ticks = interval;
        }
      }
      gil.Release(gt);
      spans[static_cast<std::size_t>(t)] = {start, Clock::now()};
    });
  }
  // Joining, the calling thread touches no object: offline for QSBR and for a
  // stop-the-world, so that neither waits for it.
  ThreadState* self = ThreadState::Current();
  self->BeginBlocking();
  for (std::thread& w : workers) w.join();
  self->EndBlocking();
  return Overlap(spans);
}

// Times a lesson's rounds and says when to stop repeating them: after the one
// round of a protected run, after the round that showed the race, or when
// kShowBudgetSeconds are spent.
class RoundClock {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
        .count();
  }
  bool Done(const LabResult& r) const {
    return !r.race_expected || r.corrupted || seconds() >= kShowBudgetSeconds;
  }

 private:
  const std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace gillab::labs

#endif  // GILLAB_LABS_PHASE_H_
