// Lab: refcount-race — several threads, one object, no GIL.
//
// What is shared: one str object. Its reference count starts at 1: the lab keeps
// that reference for the whole run.
//
// Who touches it: every thread, at the same moment, takes `iterations` references
// to it, and goes on taking more until the last thread has taken its share
// (phase 1: IncRef; RunTogether, phase.h), then, after all have finished, gives
// them all back (phase 2: DecRef). That is what CPython does whenever threads store an
// object in their own lists and later clear them. No lock is held: this is the
// free-threaded world. Two phases instead of IncRef/DecRef pairs make the damage exact:
// in a phase that only increments, every lost update is one missing count.
//
// What goes wrong: in the nonatomic mode, the GIL build's `count = count + 1` is a
// load, an add and a store. When two threads interleave
//     A: load 5          B: load 5
//     A: store 6         B: store 6      <- one increment lost
// an update is lost. Lost increments leave the count lower than the references held:
// phase 2 takes it to zero early and frees the object while threads are still
// giving references back (use-after-free; CPython would crash or corrupt memory,
// here the runtime's quarantine keeps the freed block poisoned and counts every
// decrement that reaches it). Lost decrements leave the count too high: the object
// can never be freed (a leak).
//
// What prevents it: atomic counts (a locked add cannot lose an update), biased
// counting (the owner's private count plus an atomic shared count for everybody
// else), or a GIL around every update: with --gil=new (or any strategy but none)
// each thread holds the GIL while it counts and offers it to the others between
// two operations, where the interpreter polls its eval breaker. An IncRef is never
// split by a switch, so the plain counts of CPython's default build are exact.
//
// Showing it every time: a race needs the threads to run at the same moment, and
// on a busy machine they may not. So an unprotected run repeats rounds (a fresh
// object, every thread released at once) until one shows damage, for up to
// kShowBudgetSeconds, and reports the rounds it took and how much of the round's
// phase 1 the threads really overlapped. A protected run is one round, and exact.
//
// DELIBERATE DATA RACE: with --refcount=nonatomic, --gil=none and more than one
// thread, this scenario races on purpose. The ThreadSanitizer-checked tests skip
// that configuration (lab_test).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "gil/strategies.h"
#include "labs/phase.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/str_object.h"

namespace gillab::labs {

LabResult RunRefcountRace(const LabConfig& config) {
  LabResult result;
  result.scenario = "refcount-race";
  result.config = config;
  result.expected = "count 1 -> 1 + every IncRef (each thread " +
                    std::to_string(config.iterations) +
                    " or more) -> 1 after as many DecRefs";
  // Plain counts with no GIL around them race; every other configuration is exact.
  result.race_expected = config.mode == RefcountMode::kNonAtomic &&
                         config.gil == GilKind::kNone && config.threads > 1;

  LabMachine machine(config, /*debug_memory=*/true);
  Runtime& rt = machine.runtime;
  Gil* gil = machine.gil.get();
  const RoundClock clock;
  double best_overlap = 0;
  bool freed = false;
  std::int64_t after_incref = 0, lost_increments = 0;
  // One round: a fresh object, both phases, the damage counted. An unprotected
  // configuration repeats rounds until one shows the race or the budget is spent:
  // on a busy machine the threads may not run at the same time in every round.
  for (result.rounds = 1;; ++result.rounds) {
    const std::int64_t live_before = rt.live_objects(TypeIndex::kStr);
    const std::int64_t uaf_before = rt.use_after_free();
    Object* shared = NewStr("shared by every thread");
    std::vector<std::int64_t> counts;
    const double overlap =
        RunTogether(rt, *gil, config.threads, config.iterations, &counts,
                    [shared](int, std::int64_t) { IncRef(shared); });
    std::int64_t taken = 0;
    for (const std::int64_t c : counts) taken += c;
    best_overlap = std::max(best_overlap, overlap);
    result.overlap = overlap;
    after_incref = RefCount(shared);
    lost_increments = 1 + taken - after_incref;
    // Each thread gives back as many references as it took.
    RunPhase(rt, *gil, config.threads, *std::max_element(counts.begin(), counts.end()),
             [&counts, shared](int t, std::int64_t i) {
               if (i >= counts[static_cast<std::size_t>(t)]) return false;
               DecRef(shared);
               return true;
             });

    result.observed = "count 1 -> " + std::to_string(after_incref) + " after " +
                      std::to_string(taken) + " IncRefs -> ";
    freed = rt.live_objects(TypeIndex::kStr) == live_before;
    if (freed) {
      // The decrement that reached zero freed it; every later one hit freed memory.
      result.use_after_free = rt.use_after_free() - uaf_before;
      result.lost_updates = lost_increments;  // lost decrements can no longer be told
      result.observed += "FREED while still referenced; at least " +
                         Counted(result.use_after_free, "DecRef", "DecRefs") +
                         " then reached the freed object";
    } else {
      const std::int64_t final_count = RefCount(shared);
      const std::int64_t lost_decrements = final_count - (after_incref - taken);
      result.lost_updates = lost_increments + lost_decrements;
      result.observed += std::to_string(final_count);
      if (final_count > 1) {
        result.leaked_objects = 1;
        result.observed += ": the object can never be freed (leak)";
      }
      // Tidy up: give back the excess by hand, then the lab's own reference.
      for (std::int64_t c = final_count; c > 0; --c) DecRef(shared);
    }
    result.corrupted = result.lost_updates != 0 || freed || result.use_after_free != 0;
    if (clock.Done(result)) break;
  }
  result.seconds = clock.seconds();
  if (lost_increments > 0) {
    result.notes.push_back(Counted(lost_increments, "increment", "increments") +
                           " lost in phase 1 (exact: it only increments)");
  }
  if (result.race_expected && !result.corrupted) {
    result.overlap = best_overlap;
    char why[120];
    std::snprintf(why, sizeof why,
                  "the threads hardly ever ran at the same time (at best for %.0f%% "
                  "of a round)",
                  best_overlap * 100);
    result.why_not_shown = why;
  } else if (result.race_expected && result.overlap < 0.5) {
    char note[200];
    std::snprintf(note, sizeof note,
                  "the threads ran at the same time for only %.0f%% of phase 1 (a busy "
                  "machine): these updates were lost where a thread was preempted "
                  "between a load and its store",
                  result.overlap * 100);
    result.notes.push_back(note);
  }
  return result;
}

}  // namespace gillab::labs
