// Lab: resize-read — a lock-free reader indexes a list while a writer grows it.
//
// What is shared: one list, and so its item array.
//
// Who touches it: thread 0 appends small ints to it, `iterations` times, and
// pops it back to 16 items whenever it reaches 64, so the list keeps growing and
// shrinking: every few operations its array is replaced by a bigger (or smaller)
// one. Every other thread reads `lst[i]` for ever-changing i below 16, for as
// long as the writer runs, without a lock: CPython 3.13t reads lst[i] lock-free as well,
// because a lock on every read would make reads contend with each other.
//
// What goes wrong: a reader loads the array pointer, then the slot. If the
// writer replaces the array in between and frees the old one at once (what a
// list does under a GIL, where no reader can be in the middle of a read), the
// reader reads freed memory: a garbage pointer it will then increment. CPython's
// own free-threaded build had such bugs (gh-129069, gh-130920). Here a freed
// array is poisoned at once but its memory kept, so every read of a poisoned
// slot is caught and counted (list_object.cc), then retried on the new array.
//
// What prevents it: QSBR (qsbr.h, after CPython's Python/qsbr.c). An outgrown
// array is not freed but retired: freed only once every thread has passed a
// quiescent point (between two operations, where it holds no pointer it read
// without a lock). A reader may read a stale array, but never a freed one; the
// capacity stored at the start of each array bounds its index. That is
// `--objects=locked`, CPython 3.13t's design; this lesson defaults to
// `--objects=unlocked`, which frees at once. Under a GIL the writer never runs
// while a read is in progress.
//
// Showing it every time: unprotected runs repeat rounds until a reader hits a
// freed array, for up to kShowBudgetSeconds.
//
// CPython beside it: labs/py/resize_read.py is the same program in Python;
// python3 (its GIL) is exact, and so is gillab's interpreter with object locks.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

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

// The writer pops the list back to kMinLength whenever it reaches kMaxLength: a
// few resizes, growing and shrinking, in every cycle. Readers index below
// kMinLength, always in range.
constexpr std::int64_t kMinLength = 16;
constexpr std::int64_t kMaxLength = 64;

std::string DescribeCPython(const CPythonRun& run) {
  char line[200];
  std::snprintf(line, sizeof line, "CPython %s (its GIL): %.0f reads, %.0f bad",
                run.version.c_str(), run.Number("reads").value_or(-1),
                run.Number("bad").value_or(-1));
  return line;
}

}  // namespace

LabResult RunResizeRead(const LabConfig& config) {
  LabResult result;
  result.scenario = "resize-read";
  result.config = config;
  const int readers = config.threads - 1;
  result.expected = "1 thread appends " + std::to_string(config.iterations) +
                    " items (between " + std::to_string(kMinLength) + " and " +
                    std::to_string(kMaxLength) + " long); " + std::to_string(readers) +
                    " read lst[i < " + std::to_string(kMinLength) +
                    "] meanwhile: every read an item, none from a freed array";
  result.race_expected = config.object_safety() == ObjectSafety::kUnlocked && readers > 0;

  LabMachine machine(config, /*debug_memory=*/true);
  Runtime& rt = machine.runtime;
  const RoundClock clock;
  std::int64_t freed_reads = 0, bad_values = 0, reads = 0;
  for (result.rounds = 1;; ++result.rounds) {
    const std::int64_t before = rt.list_damage(ListDamage::kFreedArrayRead);
    const std::int64_t damage_before = rt.list_damage();
    Object* list = NewList();
    for (std::int64_t i = 0; i < kMinLength; ++i) ListAppend(list, NewInt(i));
    std::atomic<std::int64_t> bad{0}, hits{0};
    result.overlap = RunWriterAndReaders(
        rt, *machine.gil, config.threads, config.iterations,
        [list](std::int64_t i) {
          if (ListSize(list) >= kMaxLength) {
            while (ListSize(list) > kMinLength) DecRef(ListPop(list));
          }
          ListAppend(list, NewInt(i % kMaxLength));  // small: immortal
        },
        [&, list](int, std::int64_t i) {
          Object* item = ListGetItemRef(list, (i * 7) % kMinLength);
          hits.fetch_add(1, std::memory_order_relaxed);
          if (item == nullptr || !IsInt(item) || IntValue(item) < 0 ||
              IntValue(item) >= kMaxLength) {
            bad.fetch_add(1, std::memory_order_relaxed);
          }
          if (item != nullptr) DecRef(item);
        });
    DecRef(list);
    freed_reads = rt.list_damage(ListDamage::kFreedArrayRead) - before;
    bad_values = bad.load();
    reads = hits.load();
    result.list_damage = rt.list_damage() - damage_before;
    result.observed =
        std::to_string(reads) + " items read; " +
        Counted(freed_reads, "read hit a freed array", "reads hit a freed array") + "; " +
        Counted(bad_values, "value wrong", "values wrong");
    result.corrupted = result.list_damage != 0 || bad_values != 0;
    if (clock.Done(result)) break;
  }
  result.seconds = clock.seconds();
  if (result.list_damage != 0) {
    result.notes.push_back("caught, then retried on the new array: " +
                           DescribeListDamage(rt));
  }
  if (result.race_expected && result.corrupted) {
    result.notes.push_back(
        "the cure: --objects=locked (outgrown arrays retired through QSBR, as CPython "
        "3.13t) or any GIL");
  }
  result.why_not_shown = "no read fell inside a resize";
  result.use_after_free = rt.use_after_free();
  AddCPython(config, kResizeReadPy, result, DescribeCPython);
  return result;
}

}  // namespace gillab::labs
