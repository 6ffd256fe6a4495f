// gillab/labs/phase.h — the threads of a lesson that drives the runtime from C++.
//
// RunPhase runs op(t, i) for i in [0, iterations) on each of `threads` threads
// t = 0.., all released at once (an op that returns bool ends its thread's loop
// early by returning false), each attached to the runtime and taking the
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
#include <type_traits>
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
        if constexpr (std::is_same_v<decltype(op(t, i)), bool>) {
          if (!op(t, i)) break;
        } else {
          op(t, i);
        }
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

// A thread that keeps going while others finish their share (RunTogether,
// RunWriterAndReaders) runs at most kMaxOverrun times its own.
constexpr std::int64_t kMaxOverrun = 10;

// Each thread runs op(t, i) at least `iterations` times and goes on until every
// thread has: no thread is done while another still runs. On a busy machine, or
// on one CPU, a thread that finished its share within one time slice would never
// be preempted in the middle of an operation; this way every thread but the
// last is, and the others run in between. Stores in (*counts)[t] how many times
// thread t ran op. Blocks and returns as RunPhase.
template <typename Op>
double RunTogether(Runtime& rt, Gil& gil, int threads, std::int64_t iterations,
                   std::vector<std::int64_t>* counts, Op op) {
  counts->assign(static_cast<std::size_t>(threads), 0);
  std::atomic<int> done{0};
  const std::int64_t cap = kMaxOverrun * iterations;
  return RunPhase(rt, gil, threads, cap, [&](int t, std::int64_t i) {
    op(t, i);
    if (i + 1 == iterations) done.fetch_add(1, std::memory_order_relaxed);
    if (i + 1 < cap &&
        (i + 1 < iterations || done.load(std::memory_order_relaxed) < threads)) {
      return true;
    }
    (*counts)[static_cast<std::size_t>(t)] = i + 1;
    return false;
  });
}

// Thread 0 runs write(i) for i in [0, iterations); threads 1.. run read(t, i)
// for as long as it writes (at most kMaxOverrun * iterations times each), so
// reads overlap every write however the threads are scheduled (as RunTogether).
// Blocks and returns as RunPhase.
template <typename Write, typename Read>
double RunWriterAndReaders(Runtime& rt, Gil& gil, int threads, std::int64_t iterations,
                           Write write, Read read) {
  std::atomic<bool> written{false};
  return RunPhase(rt, gil, threads, kMaxOverrun * iterations, [&](int t, std::int64_t i) {
    if (t == 0) {
      if (i >= iterations) {
        written.store(true, std::memory_order_relaxed);
        return false;
      }
      write(i);
      return true;
    }
    if (written.load(std::memory_order_relaxed)) return false;
    read(t, i);
    return true;
  });
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
