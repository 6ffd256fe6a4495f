// Lab: borrowed-ref — one thread reads lst[0] while another replaces it.
//
// What is shared: a list of one item, an int. The list owns the one reference
// to it.
//
// Who touches it: thread 0 replaces the item, `iterations` times
// (`lst[0] = n`): the list drops its reference to the old int, which frees it.
// Every other thread reads the item meanwhile, again and again, and uses it:
// formats it (as print(lst[0]) would), then keeps it (takes a reference of its
// own), then lets it go.
//
// What goes wrong: CPython's C API hands out lst[0] as a *borrowed* reference
// (PyList_GET_ITEM, PyList_GetItem): a pointer, with no reference taken. Under
// the GIL that is fine, for no other thread runs until the reader is done with
// it, or has taken its own reference. Without a GIL the writer can replace and
// free the item between the reader's load of the pointer and its use of it:
//     reader: item = items[0]          writer: items[0] = new
//                                      writer: Py_DECREF(old) -> freed
//     reader: use item, Py_INCREF(item)   <- a freed object
// Here the freed int stays readable (QSBR keeps its memory, and the debug
// allocator marks it freed), so every such use is caught and counted as a use
// after free instead of reading reused memory.
//
// What prevents it: a strong reference taken at the read, atomically with it:
// PEP 703's conditional increment (_Py_TryIncrefCompare, refcount.h's
// TryIncrefCompare) increments the count only if it is not zero and the slot
// still holds the item, else falls back to the list's lock. CPython 3.13t's
// PyList_GetItemRef does that, and so does gillab's ListGetItemRef with
// `--objects=locked`. With a GIL, the read and the use sit between two poll
// points, so the borrowed pointer is safe.
//
// Showing it every time: unprotected runs repeat rounds until one shows a use
// after free, for up to kShowBudgetSeconds.
//
// Step by step: `lab explore borrowed-ref` tries every interleaving of one
// writer and one reader within two preemptions and prints the one above, row by
// row; with --objects=locked it shows TryIncrefCompare failing and the reader
// falling back to the lock (labs/explore_lists.cc).
//
// CPython beside it: labs/py/borrowed_ref.py does the same in Python, where
// every read takes a strong reference: python3 is exact, and so is gillab's
// interpreter; the borrowed pointer exists only in C, which this lesson drives.
#include <atomic>
#include <charconv>
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
#include "runtime/objects/object_ops.h"

namespace gillab::labs {

namespace {

// Ints above the small-int cache: each replacement is a fresh object.
constexpr std::int64_t kFirstValue = 1000;

// Whether `text` is the repr of a value the writer stored: digits, at least
// kFirstValue. A freed int formats as "<freed int object>", or as its poison.
bool IsValueText(const std::string& text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() && value >= kFirstValue;
}

std::string DescribeCPython(const CPythonRun& run) {
  char line[200];
  std::snprintf(line, sizeof line,
                "CPython %s (its GIL): %.0f reads, %.0f of a value that was never "
                "stored",
                run.version.c_str(), run.Number("reads").value_or(-1),
                run.Number("bad").value_or(-1));
  return line;
}

}  // namespace

LabResult RunBorrowedRef(const LabConfig& config) {
  LabResult result;
  result.scenario = "borrowed-ref";
  result.config = config;
  const int readers = config.threads - 1;
  const bool borrowed = config.object_safety() == ObjectSafety::kUnlocked;
  result.expected = "1 thread replaces lst[0] " + std::to_string(config.iterations) +
                    " times; " + std::to_string(readers) + " read it meanwhile: " +
                    (borrowed ? "borrowed pointers" : "strong references") +
                    ", never a freed object";
  result.race_expected = borrowed && readers > 0;

  LabMachine machine(config, /*debug_memory=*/true);
  Runtime& rt = machine.runtime;
  const RoundClock clock;
  std::int64_t bad_values = 0;
  for (result.rounds = 1;; ++result.rounds) {
    const std::int64_t uaf_before = rt.use_after_free();
    const std::int64_t live_before = rt.live_objects();
    Object* list = NewList();
    Object* first = NewInt(kFirstValue);
    ListAppend(list, first);
    DecRef(first);
    std::atomic<std::int64_t> bad{0};
    result.overlap = RunWriterAndReaders(
        rt, *machine.gil, config.threads, config.iterations,
        [list](std::int64_t i) {
          Object* next = NewInt(kFirstValue + 1 + i);
          ListAssign(list, 0, next);  // frees the old item
          DecRef(next);
        },
        [&, list](int, std::int64_t) {
          if (borrowed) {
            // PyList_GET_ITEM: a pointer, no reference. (Without object locks,
            // ListGetItem reads the slot atomically, but takes nothing.)
            Object* item = ListGetItem(list, 0);
            const std::string text = Repr(item);  // use it (print(lst[0]))...
            IncRef(item);                         // ...then keep it
            if (IsFreed(item) || !IsValueText(text)) {
              bad.fetch_add(1, std::memory_order_relaxed);
            } else {
              DecRef(item);
            }
          } else {
            // PyList_GetItemRef: a strong reference, taken with the read.
            Object* item = ListGetItemRef(list, 0);
            if (IntValue(item) < kFirstValue) bad.fetch_add(1, std::memory_order_relaxed);
            DecRef(item);
          }
        });
    DecRef(list);
    // Biased counts: objects whose last reference another thread dropped wait in
    // their owner's queue (this thread's) until it merges them.
    ThreadState::Current()->MergeQueuedObjects();
    result.leaked_objects = rt.live_objects() - live_before;
    bad_values = bad.load();
    result.use_after_free = rt.use_after_free() - uaf_before;
    result.observed = Counted(result.use_after_free, "increment of a freed item",
                              "increments of a freed item") +
                      "; " +
                      Counted(bad_values, "read of a freed or never-stored value",
                              "reads of a freed or never-stored value");
    result.corrupted = result.use_after_free != 0 || bad_values != 0;
    if (clock.Done(result)) break;
  }
  result.seconds = clock.seconds();
  if (result.race_expected && result.corrupted) {
    result.notes.push_back(
        "the cure: --objects=locked (strong references taken with TryIncrefCompare, "
        "as PyList_GetItemRef) or any GIL");
    result.notes.push_back(
        "every interleaving, the shortest failing one step by step: "
        "lab explore borrowed-ref");
  }
  result.why_not_shown = "the reader never lost the race to the writer";
  AddCPython(config, kBorrowedRefPy, result, DescribeCPython);
  return result;
}

}  // namespace gillab::labs
