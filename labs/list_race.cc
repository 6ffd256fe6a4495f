// Lab: list-race — threads append to and pop from one list, with no GIL.
//
// What is shared: one list. Its header holds the size, the capacity and a
// pointer to the item array; the array holds the items.
//
// Who touches it: every thread, `iterations` times: append its number twice, pop
// once. So the list should end with threads x iterations items, every pop should
// return an item, and no item should vanish.
//
// What goes wrong: `lst.append(x)` is, in C, "n = size; grow the array if full;
// items[n] = x; size = n + 1". Without a GIL and without a lock on the list, two
// threads that read the same n both write slot n (an append lost, and the size
// one short of the appends made); two that find the array full both grow it: one
// copies the items into a new array and frees the old one while the other is
// still writing into it (a write into freed memory), and then frees it again (a
// double free). Two poppers take the same last item. In CPython's free-threaded
// build without its object locks this corrupts the heap; here the list code's
// unlocked mode (list_object.cc) catches each such access, counts it and drops
// it, so the damage is reported instead of crashing the lab.
//
// What prevents it: a GIL (each append runs whole before a switch can happen:
// CPython's default build), or per-object locks as CPython 3.13t has them: every
// append and pop holds the list's critical section (critical_section.h), so each
// one runs whole while the threads run in parallel. That is `--objects=locked`,
// the default without a GIL; this lesson defaults to `--objects=unlocked`.
//
// Showing it every time: as refcount-race, an unprotected run repeats rounds (a
// fresh list, every thread released at once) until one shows damage, for up to
// kShowBudgetSeconds. The items are small ints, which are immortal: the lesson
// is about the list, not about reference counts (refcount-race shows those).
//
// Step by step: `lab explore list-race` runs the same threads through the same
// list code one step at a time, every interleaving within two preemptions, and
// prints the shortest one that loses an item (labs/explore_lists.cc).
//
// CPython beside it: labs/py/list_race.py is the same program in Python; under
// python3 (its GIL) it is exact. `lab py labs/py/list_race.py --gil=none
// --objects=unlocked` shows gillab's interpreter losing appends.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "labs/phase.h"
#include "labs/py_scripts.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"

namespace gillab::labs {

namespace {

// "length 200000 of 200000 appends kept".
std::string DescribeCPython(const CPythonRun& run) {
  char line[200];
  std::snprintf(line, sizeof line,
                "CPython %s (2 threads, its GIL): length %.0f, expected %.0f: %.0f "
                "appends lost",
                run.version.c_str(), run.Number("length").value_or(-1),
                run.Number("expected").value_or(-1), run.Number("lost").value_or(-1));
  return line;
}

}  // namespace

LabResult RunListRace(const LabConfig& config) {
  LabResult result;
  result.scenario = "list-race";
  result.config = config;
  const std::int64_t expected = config.iterations * config.threads;
  result.expected = "length " + std::to_string(expected) + " (" +
                    std::to_string(config.threads) + " threads x " +
                    std::to_string(config.iterations) +
                    " x (2 appends, 1 pop)), every pop an item";
  result.race_expected =
      config.object_safety() == ObjectSafety::kUnlocked && config.threads > 1;

  LabMachine machine(config, /*debug_memory=*/true);
  Runtime& rt = machine.runtime;
  const RoundClock clock;
  for (result.rounds = 1;; ++result.rounds) {
    const std::int64_t damage_before = rt.list_damage();
    Object* list = NewList();
    std::atomic<std::int64_t> empty_pops{0};
    result.overlap = RunPhase(rt, *machine.gil, config.threads, config.iterations,
                              [list, &empty_pops](int t, std::int64_t) {
                                Object* item = NewInt(t);  // small: immortal
                                ListAppend(list, item);
                                ListAppend(list, item);
                                Object* popped = ListPop(list);
                                // An item every time: the list never has fewer than one.
                                if (popped == nullptr || !IsInt(popped)) {
                                  empty_pops.fetch_add(1, std::memory_order_relaxed);
                                }
                                if (popped != nullptr) DecRef(popped);
                              });
    const std::int64_t length = ListSize(list);
    std::int64_t present = 0;  // slots that really hold an item
    for (Object* item : ListSnapshot(list)) {
      if (IsInt(item)) ++present;
      DecRef(item);
    }
    DecRef(list);
    const std::int64_t damage = rt.list_damage() - damage_before;
    result.lost_updates = expected - present;
    result.list_damage = damage;
    result.observed =
        "length " + std::to_string(length) + ", " + std::to_string(present) +
        " items really there; " +
        Counted(empty_pops.load(), "pop found no item", "pops found no item");
    result.corrupted = length != expected || present != expected ||
                       empty_pops.load() != 0 || damage != 0;
    if (clock.Done(result)) break;
  }
  result.seconds = clock.seconds();
  if (result.list_damage != 0) {
    result.notes.push_back("caught, not performed: " + DescribeListDamage(rt));
  }
  if (result.race_expected && result.corrupted) {
    result.notes.push_back(
        "the cure: --objects=locked (a lock per list, as CPython 3.13t) or any GIL");
    result.notes.push_back(
        "every interleaving, the shortest failing one step by step: "
        "lab explore list-race");
  }
  result.why_not_shown = "the threads hardly ever ran at the same time";
  result.use_after_free = rt.use_after_free();
  AddCPython(config, kListRacePy, result, DescribeCPython);
  return result;
}

}  // namespace gillab::labs
