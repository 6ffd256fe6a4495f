// Small-object churn, gillab's allocator against glibc malloc/free in the same
// binary, and the time to collect 10^6 tracked objects.
//
// Churn: each thread keeps a window of 1024 slots; every operation picks a slot
// from a precomputed random sequence and frees what is there, or allocates a
// random size of 16..512 bytes into it (touching the first and last byte, as a
// program would). 10^7 operations per thread; 1 and 2 threads, each on its own
// heap (ours) or glibc's per-thread arenas/tcache (theirs). The debug aids are
// off, as in any benchmark.
//
// Run: bazel run -c opt //bench:obmalloc_bench -- --benchmark_repetitions=5
//        --benchmark_report_aggregates_only=true
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

#include "benchmark/benchmark.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/obmalloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/list_object.h"

namespace gillab {
namespace {

constexpr int kSlots = 1024;
constexpr std::int64_t kOps = 10'000'000;

struct Op {
  std::uint16_t slot;
  std::uint16_t size;
};

const std::vector<Op>& Ops() {
  static const std::vector<Op> ops = [] {
    std::mt19937_64 rng(42);
    std::vector<Op> v(1 << 20);
    for (Op& op : v) {
      op.slot = static_cast<std::uint16_t>(rng() % kSlots);
      op.size = static_cast<std::uint16_t>(16 + rng() % (512 - 16 + 1));
    }
    return v;
  }();
  return ops;
}

template <typename Alloc, typename Free>
void Churn(benchmark::State& state, Alloc alloc, Free free_block) {
  const std::vector<Op>& ops = Ops();
  std::vector<std::pair<char*, std::size_t>> slots(kSlots, {nullptr, 0});
  std::size_t i = static_cast<std::size_t>(state.thread_index()) * 7919;
  for (auto _ : state) {
    for (std::int64_t n = 0; n < kOps; ++n) {
      const Op& op = ops[i++ & (ops.size() - 1)];
      auto& [p, size] = slots[op.slot];
      if (p != nullptr) {
        free_block(p, size);
        p = nullptr;
      } else {
        size = op.size;
        p = static_cast<char*>(alloc(size));
        p[0] = 1;
        p[size - 1] = 2;
      }
    }
  }
  for (auto& [p, size] : slots) {
    if (p != nullptr) free_block(p, size);
  }
  state.SetItemsProcessed(state.iterations() * kOps);
}

void BM_ChurnGlibc(benchmark::State& state) {
  Churn(
      state, [](std::size_t size) { return std::malloc(size); },
      [](void* p, std::size_t) { std::free(p); });
}

Allocator& SharedAllocator() {
  static Allocator* allocator = new Allocator();  // lives for the process
  return *allocator;
}

void BM_ChurnGillab(benchmark::State& state) {
  Heap* heap = SharedAllocator().AcquireHeap();
  Churn(
      state, [heap](std::size_t size) { return heap->Alloc(size); },
      [heap](void* p, std::size_t size) { heap->Free(p, size); });
  SharedAllocator().ReleaseHeap(heap);
}

BENCHMARK(BM_ChurnGlibc)->Name("churn/1thread/glibc")->Iterations(1)->UseRealTime();
BENCHMARK(BM_ChurnGillab)->Name("churn/1thread/gillab")->Iterations(1)->UseRealTime();
BENCHMARK(BM_ChurnGlibc)
    ->Name("churn/2threads/glibc")
    ->Iterations(1)
    ->Threads(2)
    ->UseRealTime();
BENCHMARK(BM_ChurnGillab)
    ->Name("churn/2threads/gillab")
    ->Iterations(1)
    ->Threads(2)
    ->UseRealTime();

// A full collection over 10^6 tracked lists: all alive (reachable from one
// list), or all garbage (10^6 self-referencing lists).
void BM_Collect(benchmark::State& state) {
  const bool garbage = state.range(0) != 0;
  constexpr int kObjects = 1'000'000;
  for (auto _ : state) {
    state.PauseTiming();
    auto rt = std::make_unique<Runtime>(RuntimeOptions{});
    rt->gc().set_enabled(false);
    Object* root = garbage ? nullptr : NewList();
    for (int i = garbage ? 0 : 1; i < kObjects; ++i) {
      Object* list = NewList();
      ListAppend(garbage ? list : root, list);
      DecRef(list);
    }
    state.ResumeTiming();
    benchmark::DoNotOptimize(rt->gc().Collect());
    state.PauseTiming();
    if (root != nullptr) DecRef(root);
    rt.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kObjects);
}
BENCHMARK(BM_Collect)->Name("gc/collect_1e6_live")->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Collect)
    ->Name("gc/collect_1e6_garbage")
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace gillab

BENCHMARK_MAIN();
