// Lab: refcount-race — several threads, one object, no GIL.
//
// What is shared: one str object. Its reference count starts at 1: the lab keeps
// that reference for the whole run.
//
// Who touches it: every thread, at the same moment, takes `iterations` references
// to it (phase 1: IncRef), then, after all have finished, gives them all back
// (phase 2: DecRef). That is what CPython does whenever threads store an object in
// their own lists and later clear them. No lock is held: this is the free-threaded
// world. Two phases instead of IncRef/DecRef pairs make the damage exact: in a phase
// that only increments, every lost update is one missing count.
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
// DELIBERATE DATA RACE: with --refcount=nonatomic, --gil=none and more than one
// thread, this scenario races on purpose. It is never run by the
// ThreadSanitizer-checked tests.
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
#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/str_object.h"

namespace gillab::labs {

namespace {

// Runs op(shared) `iterations` times on each of `threads` threads, all released at
// once: the last thread to arrive fires the start, and the calling thread only
// waits in join(), so no worker is left off-CPU when the race begins.
//
// Returns how much the threads' loops overlapped in time: the span during which
// all of them were running, over the longest loop (1 = fully parallel, 0 = one
// after the other). A busy machine can serialise them; the race then shows up only
// where a thread is preempted between its load and its store.
template <typename Op>
double RunPhase(Runtime& rt, Gil& gil, const LabConfig& config, Op op) {
  using Clock = std::chrono::steady_clock;
  std::atomic<int> ready{0};
  std::atomic<bool> go{false};
  std::vector<std::pair<Clock::time_point, Clock::time_point>> spans(
      static_cast<std::size_t>(config.threads));
  std::vector<std::thread> threads;
  for (int t = 0; t < config.threads; ++t) {
    threads.emplace_back([&, t] {
      ThreadScope scope(rt);
      EvalBreaker& breaker = scope.state()->eval_breaker();
      GilThread gt(&breaker, nullptr);
      if (ready.fetch_add(1) + 1 == config.threads) {
        go.store(true, std::memory_order_release);
      } else {
        while (!go.load(std::memory_order_acquire)) std::this_thread::yield();
      }
      const Clock::time_point start = Clock::now();
      gil.Acquire(gt);
      const int interval = gil.yield_interval();
      int ticks = interval;
      for (std::int64_t i = 0; i < config.iterations; ++i) {
        op();
        // A poll point between two operations, as the interpreter has.
        if (breaker.Load() != 0 || (interval > 0 && --ticks <= 0)) {
          gil.Yield(gt);
          ticks = interval;
        }
      }
      gil.Release(gt);
      spans[static_cast<std::size_t>(t)] = {start, Clock::now()};
    });
  }
  for (std::thread& t : threads) t.join();
  Clock::time_point latest_start = spans[0].first, earliest_end = spans[0].second;
  Clock::duration longest{0};
  for (const auto& [start, end] : spans) {
    latest_start = std::max(latest_start, start);
    earliest_end = std::min(earliest_end, end);
    longest = std::max(longest, end - start);
  }
  if (longest.count() <= 0 || earliest_end <= latest_start) return 0;
  return std::chrono::duration<double>(earliest_end - latest_start).count() /
         std::chrono::duration<double>(longest).count();
}

}  // namespace

LabResult RunRefcountRace(const LabConfig& config) {
  LabResult result;
  result.scenario = "refcount-race";
  result.config = config;
  const std::int64_t taken = config.iterations * config.threads;
  result.expected = "count 1 -> " + std::to_string(1 + taken) + " after " +
                    std::to_string(taken) + " IncRefs -> 1 after as many DecRefs";

  LabMachine machine(config, /*debug_memory=*/true);
  Runtime& rt = machine.runtime;
  Object* shared = NewStr("shared by every thread");
  const auto start = std::chrono::steady_clock::now();

  Gil* gil = machine.gil.get();
  const double overlap = RunPhase(rt, *gil, config, [shared] { IncRef(shared); });
  const std::int64_t after_incref = RefCount(shared);
  const std::int64_t lost_increments = 1 + taken - after_incref;

  RunPhase(rt, *gil, config, [shared] { DecRef(shared); });
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  result.observed = "count 1 -> " + std::to_string(after_incref) + " -> ";
  const bool freed = rt.live_objects(TypeIndex::kStr) == 0;
  if (freed) {
    // The decrement that reached zero freed it; every later one hit freed memory.
    result.use_after_free = rt.use_after_free();
    result.lost_updates = lost_increments;  // lost decrements can no longer be told
    result.observed += "FREED while still referenced; at least " +
                       std::to_string(result.use_after_free) +
                       " DecRefs then reached the freed object";
  } else {
    const std::int64_t final_count = RefCount(shared);
    const std::int64_t lost_decrements = final_count - (after_incref - taken);
    result.lost_updates = lost_increments + lost_decrements;
    result.observed += std::to_string(final_count);
    if (final_count > 1) {
      result.leaked_objects = 1;
      result.observed += ": the object can never be freed (leak)";
      DecRef(shared);  // tidy up: give back the excess by hand
      for (std::int64_t c = final_count - 1; c > 0; --c) DecRef(shared);
    } else {
      DecRef(shared);  // the lab's own reference
    }
  }
  if (lost_increments > 0) {
    result.notes.push_back(std::to_string(lost_increments) +
                           " increments lost in phase 1 (exact: it only increments)");
  }
  if (config.gil == GilKind::kNone && config.threads > 1 && overlap < 0.5) {
    char note[200];
    std::snprintf(note, sizeof note,
                  "the threads ran in parallel for only %.0f%% of phase 1 (a busy "
                  "machine); lost updates then come from preemption between a load "
                  "and its store. Run again, or raise --iterations",
                  overlap * 100);
    result.notes.push_back(note);
  }
  result.corrupted = result.lost_updates != 0 || freed || result.use_after_free != 0;
  return result;
}

}  // namespace gillab::labs
