// ByteMutex (PEP 703's one-byte PyMutex) beside std::mutex and absl::Mutex, in one
// binary: an uncontended lock+unlock pair, and 2 threads taking turns on one lock
// around a tiny critical section (an increment), where parking and handoff show.
//   bazel run -c opt //bench:byte_mutex_bench -- --benchmark_repetitions=5
//     --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true
// (one command line)
#include <cstdint>
#include <mutex>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "benchmark/benchmark.h"
#include "runtime/memory/byte_mutex.h"

namespace gillab {
namespace {

// Lock and unlock by name; the thread-safety analysis does not follow a lock
// through these wrappers, so they opt out of it.
template <typename M>
struct Adapter;
template <>
struct Adapter<ByteMutex> {
  static void Lock(ByteMutex& m) ABSL_NO_THREAD_SAFETY_ANALYSIS { m.Lock(); }
  static void Unlock(ByteMutex& m) ABSL_NO_THREAD_SAFETY_ANALYSIS { m.Unlock(); }
};
template <>
struct Adapter<std::mutex> {
  static void Lock(std::mutex& m) ABSL_NO_THREAD_SAFETY_ANALYSIS { m.lock(); }
  static void Unlock(std::mutex& m) ABSL_NO_THREAD_SAFETY_ANALYSIS { m.unlock(); }
};
template <>
struct Adapter<absl::Mutex> {
  static void Lock(absl::Mutex& m) ABSL_NO_THREAD_SAFETY_ANALYSIS { m.Lock(); }
  static void Unlock(absl::Mutex& m) ABSL_NO_THREAD_SAFETY_ANALYSIS { m.Unlock(); }
};

// Shared by the threads of one benchmark run.
template <typename M>
struct Shared {
  M mu;
  std::int64_t counter = 0;
};

template <typename M>
void BM_LockUnlock(benchmark::State& state) {
  static Shared<M>* const shared = new Shared<M>;  // one per type, for every run
  for (auto _ : state) {
    Adapter<M>::Lock(shared->mu);
    benchmark::DoNotOptimize(++shared->counter);
    Adapter<M>::Unlock(shared->mu);
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK_TEMPLATE(BM_LockUnlock, ByteMutex)->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK_TEMPLATE(BM_LockUnlock, std::mutex)->Threads(1)->Threads(2)->UseRealTime();
BENCHMARK_TEMPLATE(BM_LockUnlock, absl::Mutex)->Threads(1)->Threads(2)->UseRealTime();

}  // namespace
}  // namespace gillab

BENCHMARK_MAIN();
