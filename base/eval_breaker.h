// gillab/base/eval_breaker.h — the word an interpreter thread polls.
//
// CPython's eval loop checks one word, `eval_breaker`, at its poll points (every
// opcode in 2.x, backward jumps and function entries since 3.10). When the word is
// zero the check costs one relaxed load and a predicted branch; when it is not,
// the thread leaves the fast path and handles whatever was asked of it. gillab
// keeps one word per thread, as CPython 3.13 does, so a request can be aimed at
// one thread (the GIL holder) without disturbing the others.
//
// Who sets which bit:
//   kGilDropRequest  a GIL waiter (gil/), aimed at the current holder: "drop the
//                    GIL at your next poll point".
//   kStopTheWorld    the cyclic GC without a GIL (runtime/memory/thread_state.h): "park
//                    at your next poll point".
//   kMergeQueued     another thread queued an object for this thread's biased
//                    reference-count merge (runtime/memory/refcount.h).
//   kInterrupt       Ctrl-C (Interpreter::Interrupt, from the lab's SIGINT
//                    watcher): "raise KeyboardInterrupt at your next poll point",
//                    aimed at the main thread, or at every thread.
//   kFinalizers      the cyclic GC, aimed at the thread that collected (or freed
//                    garbage): "run the finalizers and weakref callbacks that
//                    had to wait" (runtime/memory/gc.h).
// Any thread may set or clear any bit; the owner reads it. Relaxed order suffices:
// the bits only say "look"; the state they point at is read under its own lock.
#ifndef GILLAB_BASE_EVAL_BREAKER_H_
#define GILLAB_BASE_EVAL_BREAKER_H_

#include <atomic>
#include <cstdint>

namespace gillab {

class EvalBreaker {
 public:
  static constexpr std::uint32_t kGilDropRequest = 1u << 0;
  static constexpr std::uint32_t kStopTheWorld = 1u << 1;
  static constexpr std::uint32_t kMergeQueued = 1u << 2;
  static constexpr std::uint32_t kInterrupt = 1u << 3;
  // Finalizers or weakref callbacks wait for a safe point (runtime/memory/gc.h).
  static constexpr std::uint32_t kFinalizers = 1u << 4;

  // All bits set now (a snapshot; zero means nothing to do). Always inlined: the
  // eval loop reads it at every poll point, and gcc may otherwise leave it out of
  // line in a function as large as Eval.
  [[gnu::always_inline]] std::uint32_t Load() const {
    return bits_.load(std::memory_order_relaxed);
  }
  bool IsSet(std::uint32_t bit) const { return (Load() & bit) != 0; }
  void Set(std::uint32_t bit) { bits_.fetch_or(bit, std::memory_order_relaxed); }
  void Clear(std::uint32_t bit) { bits_.fetch_and(~bit, std::memory_order_relaxed); }

 private:
  std::atomic<std::uint32_t> bits_{0};
};

}  // namespace gillab

#endif  // GILLAB_BASE_EVAL_BREAKER_H_
