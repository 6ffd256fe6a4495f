// How fast the explorer's search runs schedules (explore/explorer.h), on the
// smallest race there is: two threads, `count = count + 1` with the load and the
// store as separate steps (a schedule point between them), `n` increments each.
//
//   BM_ExploreLostUpdate/N/K   every schedule with at most K preemptions;
//                              schedules/s (distinct schedules; issue 13's
//                              goal: >= 20,000 on one core), runs/s (with the
//                              reruns of iterative deepening), and the whole
//                              search's time.
//
//   bazel run -c opt //bench:explore_bench -- --benchmark_repetitions=5
//     --benchmark_report_aggregates_only=true
#include <cstdint>

#include "base/schedule_point.h"
#include "benchmark/benchmark.h"
#include "explore/explorer.h"

namespace gillab::explore {
namespace {

void BM_ExploreLostUpdate(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::int64_t count = 0;
  Model m;
  m.threads = 2;
  m.setup = [&count] { count = 0; };
  m.run = [&count, n](int) {
    for (int i = 0; i < n; ++i) {
      SchedulePoint("load count");
      const std::int64_t v = count;
      ScheduleRead(v);
      SchedulePoint("store count", v + 1);
      count = v + 1;
    }
  };
  m.ok = [&count, n] { return count == 2 * n; };
  Explorer explorer(std::move(m));
  std::int64_t schedules = 0, runs = 0, failing = 0;
  for (auto _ : state) {
    absl::StatusOr<Summary> s =
        explorer.Explore({.preemptions = static_cast<int>(state.range(1))});
    if (!s.ok()) {
      state.SkipWithError("the search failed");
      return;
    }
    schedules += s->schedules;
    runs += s->schedules + s->reruns;
    failing = s->failing;
  }
  state.counters["schedules/s"] =
      benchmark::Counter(static_cast<double>(schedules), benchmark::Counter::kIsRate);
  state.counters["runs/s"] =
      benchmark::Counter(static_cast<double>(runs), benchmark::Counter::kIsRate);
  state.counters["schedules"] = static_cast<double>(schedules / state.iterations());
  state.counters["failing"] = static_cast<double>(failing);
}
BENCHMARK(BM_ExploreLostUpdate)
    ->Args({2, 2})
    ->Args({3, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace gillab::explore

BENCHMARK_MAIN();
