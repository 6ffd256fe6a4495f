// What the free-threaded configuration (no GIL, biased counts, object locks and
// QSBR, as CPython 3.13t) costs one thread, and what it buys two.
//
//   BM_Program/P/C       Python program P run by one thread in configuration C:
//                        C = 0, the GIL build (new GIL, plain counts, no object
//                        locks); C = 1, free-threaded (no GIL, biased counts,
//                        object locks and QSBR), as `lab py --gil=none` runs it:
//                        a program's only thread elides its locks; C = 2, the
//                        same but locking from the start, as CPython 3.13t;
//                        C = 3, no GIL and biased counts but no object locks.
//                        C1 / C0 is the single-thread cost of free threading
//                        (PEP 703's goal: within 5-10%); C2 / C1 what the
//                        critical sections' atomic instructions cost.
//                        P: 0 list-heavy (append, index, pop), 1 dict-heavy
//                        (store, look up, pop), 2 arithmetic and globals,
//                        3 instances (attributes, method calls, __slots__).
//   BM_PrivateLists/T    T threads, free-threaded, each appending to its own list
//                        (and popping back every 1,000; appends/s over all
//                        threads: 2 threads should give ~2x).
//   BM_SharedList/T      the same on one list, through its lock.
//
//   bazel run -c opt //bench:free_threading_bench --
//     --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "benchmark/benchmark.h"
#include "frontend/compiler.h"
#include "gil/strategies.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"

namespace gillab {
namespace {

constexpr const char* kPrograms[] = {
    // 0: lists
    "def work():\n"
    "    total = 0\n"
    "    for r in range(20):\n"
    "        xs = []\n"
    "        for i in range(10000):\n"
    "            xs.append(i)\n"
    "        for i in range(10000):\n"
    "            total += xs[i]\n"
    "        while xs:\n"
    "            xs.pop()\n"
    "    return total\n"
    "print(work())\n",
    // 1: dicts
    "def work():\n"
    "    total = 0\n"
    "    for r in range(20):\n"
    "        d = {}\n"
    "        for i in range(5000):\n"
    "            d[i] = i\n"
    "            d['k' + str(i % 50)] = i\n"
    "        for i in range(5000):\n"
    "            total += d[i]\n"
    "        for i in range(5000):\n"
    "            d.pop(i)\n"
    "    return total\n"
    "print(work())\n",
    // 2: arithmetic on globals
    "n = 0\n"
    "def work():\n"
    "    global n\n"
    "    for i in range(300000):\n"
    "        n = n + i % 7\n"
    "    return n\n"
    "print(work())\n",
    // 3: instances (a __dict__ and __slots__), attributes and method calls
    "class P:\n"
    "    __slots__ = ('x',)\n"
    "    def __init__(self, x):\n"
    "        self.x = x\n"
    "    def get(self):\n"
    "        return self.x\n"
    "class D:\n"
    "    def __init__(self, x):\n"
    "        self.x = x\n"
    "    def get(self):\n"
    "        return self.x\n"
    "def work():\n"
    "    p = P(1)\n"
    "    d = D(2)\n"
    "    t = 0\n"
    "    for i in range(100000):\n"
    "        t += p.get() + d.get() + p.x + d.x\n"
    "        d.x = i\n"
    "    objs = [D(i) for i in range(10000)]\n"
    "    return t + len(objs)\n"
    "print(work())\n",
};
constexpr const char* kProgramNames[] = {"lists", "dicts", "globals", "objects"};

void BM_Program(benchmark::State& state) {
  const auto p = static_cast<std::size_t>(state.range(0));
  const bool free_threaded = state.range(1) != 0;
  const bool locks = state.range(1) == 1 || state.range(1) == 2;
  const bool elide = state.range(1) == 1;
  ProgramSpec program;
  py::SourceError error;
  if (!py::CompilePython(kPrograms[p], "bench.py", &program, &error)) {
    state.SkipWithError(error.message.c_str());
    return;
  }
  for (auto _ : state) {
    Runtime rt({.mode = free_threaded ? RefcountMode::kBiased : RefcountMode::kNonAtomic,
                .objects = locks ? ObjectSafety::kLocked : ObjectSafety::kGil,
                .elide_locks_while_alone = elide});
    std::unique_ptr<Gil> gil =
        MakeGil(free_threaded ? GilKind::kNone : GilKind::kNew, {});
    InterpreterOptions options;
    options.print = [](std::string_view) {};
    Interpreter interp(rt, *gil, options);
    if (!interp.Load(program).ok()) {
      state.SkipWithError("load failed");
      return;
    }
    auto results = interp.Run({{"<module>", {}, ""}});
    if (!results.ok() || !(*results)[0].ok) {
      state.SkipWithError("run failed");
      return;
    }
  }
  constexpr const char* kConfigs[] = {" GIL build", " free-threaded",
                                      " free-threaded, locks always",
                                      " biased, no locks"};
  state.SetLabel(std::string(kProgramNames[p]) + kConfigs[state.range(1)]);
}
BENCHMARK(BM_Program)
    ->ArgsProduct({{0, 1, 2, 3}, {0, 1, 2, 3}})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

constexpr int kAppends = 1'000'000;
// After every kBatch appends a thread pops as many items, so that what is timed
// is the list's operations, not the kernel mapping ever larger arrays.
constexpr int kBatch = 1'000;

// Each of `threads` threads appends kAppends ints to `shared` (or its own list).
void Appends(Runtime& rt, int threads, Object* shared) {
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&rt, shared] {
      ThreadScope scope(rt);
      Object* list = shared != nullptr ? shared : NewList();
      Object* item = NewInt(1000);
      for (int i = 0; i < kAppends; ++i) {
        ListAppend(list, item);
        if ((i & 255) == 0) scope.state()->QuiescentPoint();
        if (i % kBatch == kBatch - 1) {
          for (int k = 0; k < kBatch; ++k) XDecRef(ListPop(list));
        }
      }
      DecRef(item);
      if (shared == nullptr) DecRef(list);
    });
  }
  // Joining, this thread touches no object: offline for QSBR, so that arrays the
  // workers retire can be freed meanwhile.
  ThreadState* self = ThreadState::Current();
  self->BeginBlocking();
  for (std::thread& w : workers) w.join();
  self->EndBlocking();
}

void BM_PrivateLists(benchmark::State& state) {
  const int threads = static_cast<int>(state.range(0));
  Runtime rt({.mode = RefcountMode::kBiased, .objects = ObjectSafety::kLocked});
  for (auto _ : state) Appends(rt, threads, nullptr);
  state.SetItemsProcessed(state.iterations() * threads * kAppends);
}
BENCHMARK(BM_PrivateLists)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SharedList(benchmark::State& state) {
  const int threads = static_cast<int>(state.range(0));
  Runtime rt({.mode = RefcountMode::kBiased, .objects = ObjectSafety::kLocked});
  for (auto _ : state) {
    Object* list = NewList();
    Appends(rt, threads, list);
    DecRef(list);
  }
  state.SetItemsProcessed(state.iterations() * threads * kAppends);
}
BENCHMARK(BM_SharedList)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace gillab

BENCHMARK_MAIN();
