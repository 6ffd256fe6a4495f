// Lab: contention — what a reference costs when threads share the object.
//
// What is shared: depends on the column. Every thread takes and drops a reference
// (IncRef then DecRef, --iterations times) to
//   shared     one mortal str object, made by the main thread;
//   immortal   None: immortal (PEP 683), its count never written;
//   private    a str object of the thread's own, made by that thread.
// No GIL: this is the free-threaded world, where every thread runs at once.
//
// Who touches it, and what it costs, per refcount mode:
//   nonatomic  a plain load, add, store. On the shared object two threads
//              overwrite each other's updates: the count drifts and the object
//              leaks, or is freed while in use (DELIBERATE DATA RACE, made
//              memory-safe by the debug allocator's quarantine, as in
//              refcount-race). On private objects it is the fastest there is.
//   atomic     a locked add: exact, but on the shared object every update pulls
//              the count's cache line from the other core; throughput falls by
//              an order of magnitude, and the threads slow each other down.
//   biased     (PEP 703) the owner thread counts privately without atomics,
//              everybody else atomically in a second field: private objects cost
//              what nonatomic ones do, the shared object what atomic ones do.
//   immortal   in every mode the count is never written: no cache line moves,
//              no race. This is why CPython 3.12 made None, True, False, the
//              small ints and interned strings immortal: objects every thread
//              touches constantly would otherwise be the most contended lines in
//              the process.
//
// The race in the nonatomic shared column repeats rounds (a fresh object, twice the
// work of the last) until it shows, for up to kShowBudgetSeconds, like
// refcount-race. Figures are M reference pairs per second over all threads, one
// run: compare columns and rows, not runs. The debug allocator is on for nonatomic
// only (the others cannot reach a freed object), so that the atomic and biased
// figures are the real ones.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"

namespace gillab::labs {

namespace {

enum class Target { kShared, kImmortal, kPrivate };

// The most IncRef/DecRef pairs per thread a round of the race grows to (~30 ms).
constexpr std::int64_t kMaxRoundPairs = 16'000'000;

struct Phase {
  double pairs_per_second = 0;
  double overlap = 0;
  std::int64_t drift = 0;           // shared only: the count's error at the end
  bool freed_early = false;         // shared only: freed while the threads held it
  std::int64_t use_after_free = 0;  // operations that reached a freed object
  std::int64_t leaked = 0;          // objects left alive
};

// Every thread takes and drops `iterations` references to its target, all released
// at once.
Phase RunPhase(Runtime& rt, const LabConfig& config, Target target) {
  using Clock = std::chrono::steady_clock;
  Phase phase;
  Object* shared = target == Target::kShared ? NewStr("shared") : rt.none();
  const std::int64_t uaf_before = rt.use_after_free();
  const std::int64_t live_before = rt.live_objects();  // private: net of the phase
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  std::vector<Span> spans(static_cast<std::size_t>(config.threads));
  std::vector<std::thread> threads;
  for (int t = 0; t < config.threads; ++t) {
    threads.emplace_back([&, t] {
      ThreadScope scope(rt);
      Object* ob = target == Target::kPrivate ? NewStr("private") : shared;
      if (ready.fetch_add(1) + 1 == config.threads) {
        go.store(true, std::memory_order_release);
      } else {
        while (!go.load(std::memory_order_acquire)) std::this_thread::yield();
      }
      const Clock::time_point start = Clock::now();
      for (std::int64_t i = 0; i < config.iterations; ++i) {
        IncRef(ob);
        DecRef(ob);
      }
      spans[static_cast<std::size_t>(t)] = {start, Clock::now()};
      if (target == Target::kPrivate) DecRef(ob);
    });
  }
  for (std::thread& t : threads) t.join();
  Clock::time_point first = spans[0].first, last = spans[0].second;
  for (const Span& s : spans) {
    first = std::min(first, s.first);
    last = std::max(last, s.second);
  }
  const double seconds = std::chrono::duration<double>(last - first).count();
  phase.pairs_per_second =
      seconds > 0 ? static_cast<double>(config.iterations * config.threads) / seconds : 0;
  phase.overlap = Overlap(spans);
  phase.use_after_free = rt.use_after_free() - uaf_before;
  if (target != Target::kShared) {
    phase.leaked = rt.live_objects() - live_before;
  } else if (phase.use_after_free == 0) {
    // The lab holds one reference; anything else is lost updates. A count left too
    // high keeps the object alive: a leak.
    phase.drift = RefCount(shared) - 1;
    DecRef(shared);
    phase.leaked = phase.drift > 0 ? 1 : 0;
  } else {
    phase.freed_early = true;  // lost decrements took it to zero
  }
  return phase;
}

struct ModeRow {
  RefcountMode mode;
  Phase shared, immortal, own;
  int rounds = 1;
};

ModeRow RunMode(const LabConfig& config, RefcountMode mode) {
  LabConfig c = config;
  c.mode = mode;
  c.gil = GilKind::kNone;
  const bool races = mode == RefcountMode::kNonAtomic && config.threads > 1;
  LabMachine machine(c, /*debug_memory=*/mode == RefcountMode::kNonAtomic);
  ModeRow row{mode, {}, {}, {}};
  const std::int64_t start = MonotonicNanos();
  // A round of plain counts takes a millisecond or two, less than a scheduler
  // time slice: on a busy machine one thread may finish before the other starts.
  // Each round that shows nothing doubles the work, up to kMaxRoundPairs.
  LabConfig round = c;
  for (;; ++row.rounds) {
    row.shared = RunPhase(machine.runtime, round, Target::kShared);
    const bool shown = row.shared.drift != 0 || row.shared.freed_early;
    const double spent = static_cast<double>(MonotonicNanos() - start) / 1e9;
    if (!races || shown || spent >= kShowBudgetSeconds) break;
    round.iterations =
        std::min(round.iterations * 2, std::max(c.iterations, kMaxRoundPairs));
  }
  row.immortal = RunPhase(machine.runtime, c, Target::kImmortal);
  row.own = RunPhase(machine.runtime, c, Target::kPrivate);
  return row;
}

}  // namespace

LabResult RunContention(const LabConfig& config) {
  LabResult result;
  result.scenario = "contention";
  result.config = config;
  result.config.gil = GilKind::kNone;
  const std::int64_t start = MonotonicNanos();
  std::vector<RefcountMode> modes = {config.mode};
  if (config.all_modes) {
    const auto all = kRefcountModeNames.values();
    modes.assign(all.begin(), all.end());
  }
  result.expected = std::to_string(config.threads) + " threads x " +
                    std::to_string(config.iterations) +
                    " IncRef+DecRef pairs on each target, no GIL; every count exact "
                    "except nonatomic on the shared object";

  std::vector<ModeRow> rows;
  for (RefcountMode m : modes) rows.push_back(RunMode(config, m));

  char header[160];
  std::snprintf(header, sizeof header, "%-16s %9s %11s %11s", "M ref pairs/s", "shared",
                "immortal", "private");
  result.notes.push_back(header);
  bool protected_damage = false;
  const ModeRow* racing = nullptr;
  for (const ModeRow& r : rows) {
    // Once the race has freed the shared object, every later operation is a
    // counted use-after-free: its rate says nothing about counting.
    char shared[32] = "   (race)";
    if (!r.shared.freed_early) {
      std::snprintf(shared, sizeof shared, "%9.1f", r.shared.pairs_per_second / 1e6);
    }
    char line[200];
    std::snprintf(line, sizeof line, "%-16s %s %11.1f %11.1f", RefcountModeName(r.mode),
                  shared, r.immortal.pairs_per_second / 1e6,
                  r.own.pairs_per_second / 1e6);
    std::string text = line;
    const bool damaged = r.shared.drift != 0 || r.shared.freed_early;
    if (r.shared.freed_early) {
      text += "   shared object freed while in use";
    } else if (r.shared.drift != 0) {
      text += "   shared count off by " + std::to_string(r.shared.drift);
    }
    result.notes.push_back(text);
    const std::int64_t damage_elsewhere = r.immortal.use_after_free +
                                          r.own.use_after_free + r.immortal.leaked +
                                          r.own.leaked;
    const bool unprotected = r.mode == RefcountMode::kNonAtomic && config.threads > 1;
    if (unprotected) {
      racing = &r;
      result.rounds = r.rounds;
      result.overlap = r.shared.overlap;
    }
    if ((damaged && !unprotected) || damage_elsewhere != 0) protected_damage = true;
    result.use_after_free +=
        r.shared.use_after_free + r.immortal.use_after_free + r.own.use_after_free;
    result.leaked_objects += r.shared.leaked + r.immortal.leaked + r.own.leaked;
    if (damaged) result.lost_updates += std::llabs(r.shared.drift);
  }
  std::string observed;
  for (const ModeRow& r : rows) {
    char part[160];
    std::snprintf(
        part, sizeof part, "%s%s: shared %s, immortal %.0f, private %.0f M pairs/s",
        observed.empty() ? "" : "; ", RefcountModeName(r.mode),
        r.shared.freed_early
            ? "freed by the race"
            : std::to_string(static_cast<long long>(r.shared.pairs_per_second / 1e6))
                  .c_str(),
        r.immortal.pairs_per_second / 1e6, r.own.pairs_per_second / 1e6);
    observed += part;
  }
  result.observed = observed;
  if (racing != nullptr && !protected_damage) {
    result.race_expected = true;
    result.corrupted = racing->shared.drift != 0 || racing->shared.freed_early;
    result.why_not_shown = "the threads hardly ever ran at the same time";
  } else {
    result.corrupted = protected_damage;
  }
  result.notes.push_back(
      "immortal objects cost the same in every mode and never race (PEP 683); biased "
      "counting makes private objects as cheap as plain counts (PEP 703)");
  result.seconds = static_cast<double>(MonotonicNanos() - start) / 1e9;
  return result;
}

}  // namespace gillab::labs
