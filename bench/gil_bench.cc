// gillab/bench/gil_bench.cc — the GIL strategies measured against raw baselines,
// all in one run (the machines are shared and noisy: compare within a run).
//
//   bazel run -c opt //bench:gil_bench -- --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true      (one line)
//
// What each family measures (per strategy, /<strategy> in the name):
//   BM_RawMutexPair, BM_UncontendedAcquireRelease   one lock+unlock, no contention
//   BM_RawCondVarPingPong, BM_Handoff               one-way handoff latency: from
//       the holder dropping on request to the other thread running
//   BM_CpuThroughput                                2 CPU-bound threads over 1
//                                                   (`ratio`, want >= 0.95)
//   BM_Fairness                                     Jain's index over 4 threads
//   BM_Convoy                                       I/O-bound thread's response
//       latency p50/p99 next to a CPU-bound one, and the CPU thread's throughput
//   BM_CountdownVsPython3                           `while n > 0: n -= 1`, 10^7,
//       against python3 side by side (`speedup`, want >= 2)
//   BM_FreeThreadedScaling                          no GIL, biased counts, private
//       data: 2 threads over 1 (`ratio`, want >= 1.8)
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "benchmark/benchmark.h"
#include "gil/gil.h"
#include "gil/strategies.h"
#include "runtime/bytecode/assembler.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"

namespace gillab {
namespace {

constexpr GilKind kExclusive[] = {GilKind::kNew,     GilKind::kOld,  GilKind::kMutex,
                                  GilKind::kFair,    GilKind::kSpin, GilKind::kAbsl,
                                  GilKind::kPriority};

double Percentile(std::vector<std::int64_t> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  return static_cast<double>(v[i]);
}

// --- Uncontended acquire + release --------------------------------------------------

void BM_RawMutexPair(benchmark::State& state) {
  std::mutex mu;
  for (auto _ : state) {
    mu.lock();
    mu.unlock();
  }
}
BENCHMARK(BM_RawMutexPair);

void BM_UncontendedAcquireRelease(benchmark::State& state) {
  const auto kind = static_cast<GilKind>(state.range(0));
  std::unique_ptr<Gil> gil = MakeGil(kind);
  EvalBreaker breaker;
  GilThread t(&breaker, nullptr);
  for (auto _ : state) {
    gil->Acquire(t);
    gil->Release(t);
  }
  state.SetLabel(GilKindName(kind));
}

// --- Handoff latency ----------------------------------------------------------------

// Two threads ping-pong a turn through a mutex and condition variable; the time per
// handoff is the floor any sleeping GIL pays.
void BM_RawCondVarPingPong(benchmark::State& state) {
  constexpr int kHandoffs = 20000;
  for (auto _ : state) {
    std::mutex mu;
    std::condition_variable cv;
    int turn = 0;
    auto player = [&](int me) {
      for (int i = 0; i < kHandoffs / 2; ++i) {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return turn == me; });
        turn = 1 - me;
        cv.notify_one();
      }
    };
    const auto start = std::chrono::steady_clock::now();
    std::thread a(player, 0), b(player, 1);
    a.join();
    b.join();
    const std::chrono::duration<double> elapsed =
        std::chrono::steady_clock::now() - start;
    state.SetIterationTime(elapsed.count() / kHandoffs);
  }
}
BENCHMARK(BM_RawCondVarPingPong)->UseManualTime()->Iterations(3);

// Two threads share the GIL, each spinning at a "poll point" while it holds it.
// The holder drops when asked (or, for the tick-based strategies, every poll);
// a sample is the time from a drop to the OTHER thread holding the GIL.
void BM_Handoff(benchmark::State& state) {
  const auto kind = static_cast<GilKind>(state.range(0));
  std::unique_ptr<Gil> gil = MakeGil(kind, {.switch_interval_ns = 500'000});
  std::vector<std::int64_t> samples;
  for (auto _ : state) {
    std::atomic<bool> stop{false};
    std::atomic<std::int64_t> dropped_at{0};
    std::atomic<int> dropped_by{-1};
    std::vector<std::int64_t> per_thread[2];
    auto player = [&](int me) {
      EvalBreaker breaker;
      GilThread t(&breaker, nullptr);
      gil->Acquire(t);
      while (!stop.load(std::memory_order_relaxed)) {
        if (dropped_by.load(std::memory_order_relaxed) == 1 - me) {
          per_thread[me].push_back(MonotonicNanos() - dropped_at.load());
          dropped_by.store(-1);
        }
        // Poll until asked (drop-request strategies) or for one tick.
        int polls = 0;
        while (breaker.Load() == 0 && !stop.load(std::memory_order_relaxed) &&
               (gil->yield_interval() == 0 || ++polls < gil->yield_interval())) {
        }
        dropped_at.store(MonotonicNanos());
        dropped_by.store(me);
        gil->Yield(t);
      }
      gil->Release(t);
    };
    std::thread a(player, 0), b(player, 1);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stop.store(true);
    a.join();
    b.join();
    for (auto& v : per_thread) samples.insert(samples.end(), v.begin(), v.end());
  }
  state.counters["p50_us"] = Percentile(samples, 0.5) / 1e3;
  state.counters["p99_us"] = Percentile(samples, 0.99) / 1e3;
  state.counters["handoffs"] = static_cast<double>(samples.size());
  state.SetLabel(GilKindName(kind));
}

// --- Interpreter workloads ----------------------------------------------------------

constexpr const char* kPrograms = R"(
.global done = False

.func countdown n               # while n > 0: n -= 1
loop:
  LOAD_FAST n
  LOAD_CONST 0
  COMPARE_OP >
  POP_JUMP_IF_FALSE end
  LOAD_FAST n
  LOAD_CONST 1
  BINARY_SUBTRACT
  STORE_FAST n
  JUMP loop
end:
  LOAD_FAST n
  RETURN_VALUE
.end

.func busy                      # count until stopped() or `done`
.locals i
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_GLOBAL done
  POP_JUMP_IF_TRUE end
  LOAD_GLOBAL stopped
  CALL 0
  POP_JUMP_IF_TRUE end
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_ADD
  STORE_FAST i
  JUMP loop
end:
  LOAD_FAST i
  RETURN_VALUE
.end

.func io_loop n seconds         # n short blocking calls, then tell `busy` to stop
.locals i
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_FAST i
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_FALSE end
  LOAD_GLOBAL io
  LOAD_FAST seconds
  CALL 1
  POP_TOP
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_ADD
  STORE_FAST i
  JUMP loop
end:
  LOAD_CONST True
  STORE_GLOBAL done
  LOAD_CONST None
  RETURN_VALUE
.end
)";

struct Session {
  Session(GilKind kind, RefcountMode mode, GilOptions options = {})
      : rt({.mode = mode}), gil(MakeGil(kind, options)), interp(rt, *gil) {
    absl::StatusOr<ProgramSpec> p = Assemble(kPrograms);
    if (!p.ok() || !interp.Load(*p).ok()) std::abort();
  }
  std::vector<ThreadResult> Run(const std::vector<ThreadSpec>& threads) {
    auto r = interp.Run(threads);
    if (!r.ok()) std::abort();
    return *r;
  }
  Runtime rt;
  std::unique_ptr<Gil> gil;
  Interpreter interp;
};

// Countdown loops per second with `threads` threads each doing `n`.
double CountdownRate(Session& s, int threads, std::int64_t n) {
  const std::int64_t start = MonotonicNanos();
  s.Run(std::vector<ThreadSpec>(static_cast<std::size_t>(threads),
                                {"countdown", {Constant::Int(n)}, ""}));
  return static_cast<double>(threads) * static_cast<double>(n) /
         (static_cast<double>(MonotonicNanos() - start) / 1e9);
}

void BM_CpuThroughput(benchmark::State& state) {
  const auto kind = static_cast<GilKind>(state.range(0));
  Session s(kind, RefcountMode::kNonAtomic);
  double one = 0, two = 0;
  for (auto _ : state) {
    one = CountdownRate(s, 1, 3'000'000);
    two = CountdownRate(s, 2, 3'000'000);
  }
  state.counters["loops_per_s_1T"] = one;
  state.counters["loops_per_s_2T"] = two;
  state.counters["ratio"] = two / one;
  state.SetLabel(GilKindName(kind));
}

void BM_Fairness(benchmark::State& state) {
  const auto kind = static_cast<GilKind>(state.range(0));
  Session s(kind, RefcountMode::kNonAtomic);
  double jain = 0;
  for (auto _ : state) {
    std::thread stopper([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      s.interp.RequestStop();
    });
    std::vector<ThreadResult> r = s.Run(std::vector<ThreadSpec>(4, {"busy", {}, ""}));
    stopper.join();
    double sum = 0, squares = 0;
    for (const ThreadResult& t : r) {
      sum += static_cast<double>(t.instructions);
      squares +=
          static_cast<double>(t.instructions) * static_cast<double>(t.instructions);
    }
    jain = sum * sum / (4 * squares);
  }
  state.counters["jain"] = jain;
  state.SetLabel(GilKindName(kind));
}

// One thread does 100 I/O calls of 0.5 ms; another is CPU-bound meanwhile.
void BM_Convoy(benchmark::State& state) {
  const auto kind = static_cast<GilKind>(state.range(0));
  std::vector<std::int64_t> latencies;
  double cpu_rate = 0;
  for (auto _ : state) {
    Session s(kind, RefcountMode::kNonAtomic);
    std::vector<ThreadResult> r =
        s.Run({{"busy", {}, "cpu"},
               {"io_loop", {Constant::Int(100), Constant::Float(0.0005)}, "io"}});
    latencies.insert(latencies.end(), r[1].blocking_latency_ns.begin(),
                     r[1].blocking_latency_ns.end());
    cpu_rate = static_cast<double>(r[0].instructions) /
               (static_cast<double>(r[0].elapsed_ns) / 1e9);
  }
  state.counters["io_p50_us"] = Percentile(latencies, 0.5) / 1e3;
  state.counters["io_p99_us"] = Percentile(latencies, 0.99) / 1e3;
  state.counters["cpu_instr_per_s"] = cpu_rate;
  state.SetLabel(GilKindName(kind));
}

// `while n > 0: n -= 1` with n = 10^7: gillab (one thread, nonatomic + new) and
// python3 one after the other, each timing only the loop.
void BM_CountdownVsPython3(benchmark::State& state) {
  constexpr std::int64_t kN = 10'000'000;
  Session s(GilKind::kNew, RefcountMode::kNonAtomic);
  double gillab_ns = 0, python_ns = 0;
  for (auto _ : state) {
    gillab_ns = 1e9 / CountdownRate(s, 1, kN);
    std::FILE* p = popen(
        "python3 -c 'import time\n"
        "def f(n):\n"
        "    while n > 0:\n"
        "        n -= 1\n"
        "t = time.perf_counter(); f(10**7); print(time.perf_counter() - t)'",
        "r");
    double seconds = 0;
    if (p == nullptr || std::fscanf(p, "%lf", &seconds) != 1) {
      state.SkipWithError("python3 did not run");
      if (p != nullptr) pclose(p);
      return;
    }
    pclose(p);
    python_ns = seconds * 1e9 / kN;
    state.SetIterationTime(gillab_ns * kN / 1e9);
  }
  state.counters["gillab_ns_per_loop"] = gillab_ns;
  state.counters["python3_ns_per_loop"] = python_ns;
  state.counters["speedup"] = python_ns / gillab_ns;
}
BENCHMARK(BM_CountdownVsPython3)
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// No GIL, biased counts: each thread counts down its own n.
void BM_FreeThreadedScaling(benchmark::State& state) {
  Session s(GilKind::kNone, RefcountMode::kBiased);
  double one = 0, two = 0;
  for (auto _ : state) {
    one = CountdownRate(s, 1, 5'000'000);
    two = CountdownRate(s, 2, 5'000'000);
  }
  state.counters["loops_per_s_1T"] = one;
  state.counters["loops_per_s_2T"] = two;
  state.counters["ratio"] = two / one;
}
BENCHMARK(BM_FreeThreadedScaling)->Iterations(1)->Unit(benchmark::kMillisecond);

void RegisterPerStrategy() {
  for (GilKind kind : kExclusive) {
    const std::string name = GilKindName(kind);
    const auto k = static_cast<int>(kind);
    benchmark::RegisterBenchmark(("BM_UncontendedAcquireRelease/" + name).c_str(),
                                 BM_UncontendedAcquireRelease)
        ->Arg(k);
    benchmark::RegisterBenchmark(("BM_Handoff/" + name).c_str(), BM_Handoff)
        ->Arg(k)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_CpuThroughput/" + name).c_str(), BM_CpuThroughput)
        ->Arg(k)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_Fairness/" + name).c_str(), BM_Fairness)
        ->Arg(k)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    if (kind == GilKind::kNew || kind == GilKind::kPriority || kind == GilKind::kFair ||
        kind == GilKind::kAbsl) {
      benchmark::RegisterBenchmark(("BM_Convoy/" + name).c_str(), BM_Convoy)
          ->Arg(k)
          ->Iterations(1)
          ->Unit(benchmark::kMillisecond);
    }
  }
}

}  // namespace
}  // namespace gillab

int main(int argc, char** argv) {
  gillab::RegisterPerStrategy();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
