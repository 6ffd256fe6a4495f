// The cost of an IncRef+DecRef pair in each refcount mode, beside raw baselines
// measured in the same run:
//
//   raw_nonatomic   volatile ++ then -- on a private counter (what the GIL build's
//                   Py_INCREF/Py_DECREF compile to, minus the immortal check)
//   raw_nonatomic_zero_test  the same with Py_DECREF's test for zero
//   raw_fetch_add   std::atomic fetch_add(1) then fetch_sub(1)
//
// Scenarios: one thread on a private object; two threads on ONE shared object
// (cache-line ping-pong); two threads each on a private object. Every loop calls
// benchmark::ClobberMemory() so the compiler cannot hoist the mode switch or fold
// the updates, in our code and in the baselines alike.
//
// Run (medians of interleaved repetitions; this machine class is noisy):
//   bazel run -c opt //bench:refcount_bench -- --benchmark_repetitions=15
//     --benchmark_enable_random_interleaving=true
//     --benchmark_report_aggregates_only=true
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <thread>

#include "benchmark/benchmark.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/str_object.h"

namespace gillab {
namespace {

// --- Baselines. ---------------------------------------------------------------------

struct alignas(64) RawCounter {
  std::int64_t plain = 1;
  std::atomic<std::int64_t> atomic{1};
};

RawCounter shared_raw;

void BM_RawNonAtomic(benchmark::State& state) {
  auto counter = std::make_unique<RawCounter>();
  volatile std::int64_t* c = &counter->plain;
  for (auto _ : state) {
    *c = *c + 1;
    *c = *c - 1;
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_RawNonAtomic)->Name("private/1thread/raw_nonatomic");

// Py_INCREF/Py_DECREF by hand: the same, plus the zero test every decrement needs
// (without it nothing is ever freed). Separates the cost of that test, which this
// machine's CPU charges even in hand-written code, from gillab's mode dispatch.
void BM_RawDecrefShape(benchmark::State& state) {
  auto counter = std::make_unique<RawCounter>();
  volatile std::int64_t* c = &counter->plain;
  for (auto _ : state) {
    *c = *c + 1;
    const std::int64_t old = *c;
    *c = old - 1;
    if (old == 1) std::abort();
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_RawDecrefShape)->Name("private/1thread/raw_nonatomic_zero_test");

void BM_RawFetchAdd(benchmark::State& state) {
  // One thread: a counter of its own. Several threads: one counter they share.
  std::unique_ptr<RawCounter> own;
  if (state.threads() == 1) own = std::make_unique<RawCounter>();
  std::atomic<std::int64_t>& c = own ? own->atomic : shared_raw.atomic;
  for (auto _ : state) {
    c.fetch_add(1, std::memory_order_relaxed);
    c.fetch_sub(1, std::memory_order_acq_rel);
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_RawFetchAdd)->Name("private/1thread/raw_fetch_add");
BENCHMARK(BM_RawFetchAdd)
    ->Name("shared/2threads/raw_fetch_add")
    ->Threads(2)
    ->UseRealTime();

// --- gillab's modes. ----------------------------------------------------------------

// One Runtime per benchmark run, made by thread 0 (which it attaches); the other
// threads attach with a ThreadScope. Google Benchmark starts the timed loop of
// all threads together, so thread 0's setup happens before every thread's loop;
// but the loops END apart (a short run's thread 0 may finish before another
// thread has even attached), so thread 0 tears down only once every other
// thread has said it is done (`done`), never on a count of attached threads.
struct Fixture {
  std::unique_ptr<Runtime> runtime;
  Object* shared = nullptr;
  std::atomic<int> done{0};  // threads other than 0 past their detach
};
Fixture fixture;

template <typename Loop>
void WithRuntime(benchmark::State& state, RefcountMode mode, Loop loop) {
  if (state.thread_index() == 0) {
    fixture.runtime = std::make_unique<Runtime>(RuntimeOptions{.mode = mode});
    fixture.shared = NewStr("shared");
    fixture.done.store(0, std::memory_order_relaxed);
  }
  std::unique_ptr<ThreadScope> scope;
  // Attach after the start barrier: the first loop iteration waits for all threads.
  bool first = true;
  Object* own = nullptr;
  for (auto _ : state) {
    if (first) {
      state.PauseTiming();
      if (state.thread_index() != 0)
        scope = std::make_unique<ThreadScope>(*fixture.runtime);
      own = NewStr("private");
      first = false;
      state.ResumeTiming();
    }
    loop(own, fixture.shared);
  }
  if (own != nullptr) DecRef(own);
  if (state.thread_index() != 0) {
    scope.reset();
    fixture.done.fetch_add(1, std::memory_order_release);
  } else {
    while (fixture.done.load(std::memory_order_acquire) < state.threads() - 1) {
      std::this_thread::yield();
    }
    DecRef(fixture.shared);
    fixture.runtime.reset();
  }
}

void BM_Private(benchmark::State& state, RefcountMode mode) {
  WithRuntime(state, mode, [](Object* own, Object*) {
    IncRef(own);
    DecRef(own);
    benchmark::ClobberMemory();
  });
}

void BM_Shared(benchmark::State& state, RefcountMode mode) {
  WithRuntime(state, mode, [](Object*, Object* shared) {
    IncRef(shared);
    DecRef(shared);
    benchmark::ClobberMemory();
  });
}

BENCHMARK_CAPTURE(BM_Private, nonatomic, RefcountMode::kNonAtomic)
    ->Name("private/1thread/nonatomic");
BENCHMARK_CAPTURE(BM_Private, atomic, RefcountMode::kAtomic)
    ->Name("private/1thread/atomic");
BENCHMARK_CAPTURE(BM_Private, biased, RefcountMode::kBiased)
    ->Name("private/1thread/biased");

BENCHMARK_CAPTURE(BM_Shared, atomic, RefcountMode::kAtomic)
    ->Name("shared/2threads/atomic")
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_Shared, biased, RefcountMode::kBiased)
    ->Name("shared/2threads/biased")
    ->Threads(2)
    ->UseRealTime();

BENCHMARK_CAPTURE(BM_Private, atomic, RefcountMode::kAtomic)
    ->Name("private/2threads/atomic")
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_Private, biased, RefcountMode::kBiased)
    ->Name("private/2threads/biased")
    ->Threads(2)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_Private, nonatomic, RefcountMode::kNonAtomic)
    ->Name("private/2threads/nonatomic")
    ->Threads(2)
    ->UseRealTime();

}  // namespace
}  // namespace gillab

BENCHMARK_MAIN();
