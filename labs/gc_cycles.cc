// Lab: gc-cycles — what reference counting cannot free, and the collector that can.
//
// What is shared: nothing at first; the lesson is about a shape. Two lists that
// contain each other (a.append(b); b.append(a)) each hold a reference to the other.
// When the program drops its own references, each count falls to 1, never 0:
// reference counting alone never frees them. Each round makes --iterations such
// cycles and drops them.
//
// What goes wrong, and what prevents it, in four parts:
//   1. collector off (gc.disable()): live objects and bytes grow by the same amount
//      every round, for ever: a leak, shown per round.
//   2. gc.collect(): the collector finds the containers that only the cycle itself
//      refers to (it subtracts internal references from each count; what is left
//      above zero is reachable from outside) and frees every one: live objects and
//      bytes fall back to where they started.
//   3. collector on, CPython's thresholds (700, 10, 10): a generation-0 collection
//      runs whenever 700 more containers were made than freed, every 10th of them
//      also collects generation 1, every 10th of those generation 2. Young cycles
//      die young: almost everything is freed by generation 0, and the live count
//      stays bounded by the threshold instead of growing.
//   4. no GIL: --threads threads keep making cycles while the main thread
//      collects. A collection must see no thread touching objects, so it stops the
//      world: it asks every thread to park at its next safe point and waits for
//      them (CPython 3.13's free-threaded build does the same). The pause, what
//      every thread loses per collection, is measured. Under a GIL the collecting
//      thread holds it and the others are already stopped.
// Every part must end exact: the expected number of objects collected, no leak left
// after the last collection, no use of a freed object.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "labs/report.h"
#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/list_object.h"

namespace gillab::labs {

namespace {

constexpr int kRounds = 5;
constexpr int kCollectionsWhileRunning = 5;
constexpr int kObjectsPerCycle = 2;

// Makes one cycle of two lists and drops the program's references to it.
void MakeCycle() {
  Object* a = NewList();
  Object* b = NewList();
  ListAppend(a, b);
  ListAppend(b, a);
  DecRef(a);
  DecRef(b);
}

std::int64_t BytesInUse(Runtime& rt) {
  const AllocatorStats s = rt.allocator().Stats();
  return s.small_bytes_used + s.large_bytes;
}

double Percentile(std::vector<double> v, int p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, v.size() * static_cast<std::size_t>(p) / 100)];
}

}  // namespace

LabResult RunGcCycles(const LabConfig& config) {
  LabResult result;
  result.scenario = "gc-cycles";
  result.config = config;
  result.config.gil = GilKind::kNone;
  const std::int64_t start = MonotonicNanos();
  // No race here (each thread makes its own cycles; a collection stops the
  // world), so the plain allocator: the bytes are then exactly what is in use.
  LabMachine machine(result.config, /*debug_memory=*/false);
  Runtime& rt = machine.runtime;
  Collector& gc = rt.gc();
  const std::int64_t n = config.iterations;
  const std::int64_t per_round = n * kObjectsPerCycle;
  const std::int64_t live0 = rt.live_objects();
  const std::int64_t bytes0 = BytesInUse(rt);
  bool exact = true;
  result.expected = std::to_string(kRounds) + " rounds of " + Thousands(n) +
                    " two-list cycles: +" + Thousands(per_round) +
                    " live objects a round with the collector off, all " +
                    Thousands(per_round * kRounds) +
                    " collected by gc.collect(); none left in any part";

  // 1. The collector off: the cycles leak.
  gc.set_enabled(false);
  result.notes.push_back("1. collector off: live objects and bytes after each round");
  for (int r = 1; r <= kRounds; ++r) {
    for (std::int64_t i = 0; i < n; ++i) MakeCycle();
    const std::int64_t live = rt.live_objects() - live0;
    exact = exact && live == per_round * r;
    result.notes.push_back("   round " + std::to_string(r) + ": " + Thousands(live) +
                           " objects, " + Thousands(BytesInUse(rt) - bytes0) +
                           " bytes (expected " + Thousands(per_round * r) + " objects)");
  }
  // 2. One full collection frees them all.
  std::int64_t t0 = MonotonicNanos();
  const std::int64_t collected = gc.Collect();
  const double collect_ms = static_cast<double>(MonotonicNanos() - t0) / 1e6;
  const std::int64_t left = rt.live_objects() - live0;
  exact = exact && collected == per_round * kRounds && left == 0;
  char line[240];
  std::snprintf(line, sizeof line,
                "2. gc.collect(): %s unreachable objects freed in %.1f ms; %s objects "
                "and %s bytes left",
                Thousands(collected).c_str(), collect_ms, Thousands(left).c_str(),
                Thousands(BytesInUse(rt) - bytes0).c_str());
  result.notes.push_back(line);

  // 3. The collector on, with its generations.
  gc.set_enabled(true);
  const auto stats0 = gc.stats();
  std::int64_t peak = 0;
  for (int r = 1; r <= kRounds; ++r) {
    for (std::int64_t i = 0; i < n; ++i) {
      MakeCycle();
      if ((i & 255) == 0) peak = std::max(peak, rt.live_objects() - live0);
    }
  }
  const auto stats1 = gc.stats();
  const std::int64_t automatic = stats1[0].collected + stats1[1].collected +
                                 stats1[2].collected - stats0[0].collected -
                                 stats0[1].collected - stats0[2].collected;
  const std::int64_t rest = gc.Collect();
  exact = exact && automatic + rest == per_round * kRounds && rt.live_objects() == live0;
  const auto thresholds = gc.thresholds();
  std::snprintf(line, sizeof line,
                "3. collector on (thresholds %lld, %lld, %lld): the same %d rounds ran "
                "%lld, %lld and %lld collections of generations 0, 1, 2",
                static_cast<long long>(thresholds[0]),
                static_cast<long long>(thresholds[1]),
                static_cast<long long>(thresholds[2]), kRounds,
                static_cast<long long>(stats1[0].collections - stats0[0].collections),
                static_cast<long long>(stats1[1].collections - stats0[1].collections),
                static_cast<long long>(stats1[2].collections - stats0[2].collections));
  result.notes.push_back(line);
  std::snprintf(
      line, sizeof line,
      "   they freed %s + %s + %s objects by generation; live objects peaked at "
      "%s (vs %s with the collector off); %s were left for the final collect",
      Thousands(stats1[0].collected - stats0[0].collected).c_str(),
      Thousands(stats1[1].collected - stats0[1].collected).c_str(),
      Thousands(stats1[2].collected - stats0[2].collected).c_str(),
      Thousands(peak).c_str(), Thousands(per_round * kRounds).c_str(),
      Thousands(rest).c_str());
  result.notes.push_back(line);

  // 4. No GIL: threads keep making cycles while the main thread collects.
  gc.set_enabled(false);  // only the main thread's collections
  std::atomic<bool> stop{false};
  std::atomic<int> running{0};
  std::vector<std::vector<double>> pauses(static_cast<std::size_t>(config.threads));
  std::vector<std::int64_t> made(static_cast<std::size_t>(config.threads), 0);
  std::vector<std::thread> workers;
  for (int t = 0; t < config.threads; ++t) {
    workers.emplace_back([&, t] {
      ThreadScope scope(rt);
      ThreadState* state = scope.state();
      running.fetch_add(1);
      std::vector<double>& mine = pauses[static_cast<std::size_t>(t)];
      std::int64_t count = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        MakeCycle();
        ++count;
        if (rt.threads().stop_requested()) {
          const std::int64_t p0 = MonotonicNanos();
          state->PollSafePoint();
          mine.push_back(static_cast<double>(MonotonicNanos() - p0) / 1e3);
        }
      }
      made[static_cast<std::size_t>(t)] = count;
    });
  }
  while (running.load() < config.threads) std::this_thread::yield();
  std::vector<double> collections_us;
  std::int64_t collected_while_running = 0;
  for (int k = 0; k < kCollectionsWhileRunning; ++k) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    t0 = MonotonicNanos();
    collected_while_running += gc.Collect();
    collections_us.push_back(static_cast<double>(MonotonicNanos() - t0) / 1e3);
  }
  stop.store(true);
  for (std::thread& w : workers) w.join();
  collected_while_running += gc.Collect();
  std::int64_t total_made = 0;
  std::vector<double> all_pauses;
  for (int t = 0; t < config.threads; ++t) {
    total_made += made[static_cast<std::size_t>(t)];
    const auto& p = pauses[static_cast<std::size_t>(t)];
    all_pauses.insert(all_pauses.end(), p.begin(), p.end());
  }
  exact = exact && collected_while_running == total_made * kObjectsPerCycle &&
          rt.live_objects() == live0;
  std::snprintf(line, sizeof line,
                "4. no GIL, %d threads making cycles: %d collections stopped the world; "
                "each took p50 %.0f us, max %.0f us",
                config.threads, kCollectionsWhileRunning, Percentile(collections_us, 50),
                Percentile(collections_us, 100));
  result.notes.push_back(line);
  std::snprintf(line, sizeof line,
                "   the threads were paused %zu times: p50 %.0f us, max %.0f us each; "
                "%s cycles made, every one collected",
                all_pauses.size(), Percentile(all_pauses, 50),
                Percentile(all_pauses, 100), Thousands(total_made).c_str());
  result.notes.push_back(line);
  gc.set_enabled(true);

  result.leaked_objects = rt.live_objects() - live0;
  result.use_after_free = rt.use_after_free();
  result.corrupted = !exact || result.leaked_objects != 0 || result.use_after_free != 0;
  result.observed = "+" + Thousands(per_round) +
                    " live objects a round with the "
                    "collector off; " +
                    Thousands(collected) + " freed by gc.collect(); " +
                    Thousands(rt.live_objects() - live0) + " left after every part";
  result.seconds = static_cast<double>(MonotonicNanos() - start) / 1e9;
  return result;
}

}  // namespace gillab::labs
