// Lab: counter and counter-call — `counter = counter + 1` on several threads, under
// a GIL. Which races does a GIL let through?
//
// What is shared: one global, `counter`. Every thread adds 1 to it `iterations`
// times, in bytecode:
//     LOAD_GLOBAL counter      read
//     LOAD_CONST 1
//     BINARY_ADD
//     STORE_GLOBAL counter     write
// (counter-call adds `one()`, a bytecode function returning 1, instead of 1.)
//
// The GIL makes each instruction atomic, not each line of Python. A thread loses the
// GIL only at a poll point, and where the interpreter polls is the whole story:
//   --poll=every-instruction   (CPython 2: a check every 100 "ticks") a switch can
//                              fall between the read and the write; the other
//                              thread's additions in between are overwritten:
//                              lost updates, with a GIL.
//   --poll=backedges-and-calls (CPython 3.10+: function entry and loop back edges)
//                              no poll point lies between the read and the write of
//                              `counter`: nothing is lost, and people conclude that
//                              `+= 1` is atomic under the GIL. It is not:
//   counter-call               the call to one() is a function entry, so a poll
//                              point, between the read and the write: updates are
//                              lost again (CPython 3.11 loses ~31% of them).
// --gil=none loses updates under any policy: the threads really run at once. The
// counter is an atomic slot (so this is a lost-update race, not undefined
// behaviour); the object counts are another matter: run it with atomic or biased
// counts, or see refcount-race for what the plain counts do.
//
// A barrier (a Lock-protected `ready` count) makes sure every thread is running
// before the first addition. An unsafe configuration repeats rounds (a fresh
// interpreter and counter) until one loses an update, for up to
// kShowBudgetSeconds; with tiny --iterations no switch may fall inside the window,
// and the verdict says so. --trace=FILE shows each switch of the GIL (the last
// round's). The program is labs/programs/counter.s.
//
// CPython beside it: labs/py/counter.py (and counter_call.py) is the same lesson
// in Python, 2 threads x 200,000; `lab run` runs it under python3 (--cpython) and
// shows what CPython 3.11's GIL, which polls at back edges and calls, lets
// through: none of `counter += 1`, about 30% of `counter = counter + one()`.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "gil/strategies.h"
#include "gil/trace.h"
#include "labs/programs/counter_program.h"
#include "labs/py_scripts.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "runtime/bytecode/assembler.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"

namespace gillab::labs {

namespace {

// "counter = 286041 of 400000: 113959 updates lost (28%)".
std::string DescribeCPython(const CPythonRun& run) {
  const double counter = run.Number("counter").value_or(-1);
  const double expected = run.Number("expected").value_or(-1);
  const double lost = run.Number("lost").value_or(-1);
  char line[200];
  std::snprintf(line, sizeof line,
                "CPython %s (2 threads, its GIL): counter = %.0f of %.0f: %.0f updates "
                "lost (%.0f%%)",
                run.version.c_str(), counter, expected, lost,
                expected > 0 ? lost * 100 / expected : 0.0);
  return line;
}

LabResult Run(const LabConfig& config, bool with_call) {
  LabResult result;
  result.scenario = with_call ? "counter-call" : "counter";
  result.config = config;
  const std::int64_t total = config.iterations * config.threads;
  const bool gil = config.gil != GilKind::kNone;
  const bool safe = gil && config.poll == PollPolicy::kBackedgesAndCalls && !with_call;
  result.expected = "counter = " + std::to_string(total) + " (" +
                    std::to_string(config.threads) + " threads x " +
                    std::to_string(config.iterations) + "); " +
                    (safe ? "no poll point between read and write: nothing lost"
                          : "a switch can fall between read and write: updates lost");

  result.race_expected = !safe;

  LabMachine machine(config, /*debug_memory=*/true);
  Runtime& rt = machine.runtime;
  Gil* strategy = machine.gil.get();
  const std::int64_t start = MonotonicNanos();
  const absl::StatusOr<ProgramSpec> program = Assemble(kCounterProgram);
  // One round: a fresh interpreter and counter, every thread adding. An unsafe
  // configuration repeats rounds until one loses an update or the budget is spent.
  for (result.rounds = 1;; ++result.rounds) {
    GilTracer tracer;
    InterpreterOptions options;
    options.poll = config.poll;
    Interpreter interp(rt, *strategy, options);
    if (!program.ok() || !interp.Load(*program).ok()) {
      result.observed = "internal error: the lab's program does not load";
      result.corrupted = true;
      return result;
    }
    (void)interp.Run({{"setup", {}, ""}});
    std::vector<ThreadSpec> threads;
    for (int t = 0; t < config.threads; ++t) {
      threads.push_back(
          {with_call ? "add_call" : "add",
           {Constant::Int(config.iterations), Constant::Int(config.threads)},
           "t" + std::to_string(t)});
    }
    absl::StatusOr<std::vector<ThreadResult>> results =
        interp.Run(threads, config.trace_path.empty() ? nullptr : &tracer);
    std::int64_t switches = 0;
    result.notes.clear();
    for (const ThreadResult& r : *results) {
      switches += r.gil_acquisitions;
      if (!r.ok) result.notes.push_back("a thread failed: " + r.error);
    }
    const std::int64_t counter = interp.GlobalInt("counter").value_or(0);
    result.lost_updates = total - counter;
    result.corrupted = counter != total || rt.use_after_free() != 0;
    result.observed = "counter = " + std::to_string(counter) + ": " +
                      Counted(result.lost_updates, "update lost", "updates lost");
    if (gil) {
      result.notes.push_back(std::to_string(switches) + " GIL acquisitions (" +
                             std::string(GilKindName(config.gil)) + " GIL, polling at " +
                             PollPolicyName(config.poll) + ")");
    }
    result.why_not_shown =
        gil ? "no GIL switch fell between a read of `counter` and its write (" +
                  std::to_string(switches) + " switches in the last round)"
            : "the threads hardly ever ran at the same time";
    const double seconds = static_cast<double>(MonotonicNanos() - start) / 1e9;
    if (!result.race_expected || result.corrupted || seconds >= kShowBudgetSeconds) {
      if (!config.trace_path.empty()) {
        result.notes.push_back(WriteTrace(tracer, config.trace_path));
      }
      break;
    }
  }
  result.seconds = static_cast<double>(MonotonicNanos() - start) / 1e9;
  AddCPython(config, with_call ? kCounterCallPy : kCounterPy, result, DescribeCPython);
  result.use_after_free = rt.use_after_free();
  result.leaked_objects = rt.live_objects();
  return result;
}

}  // namespace

LabResult RunCounter(const LabConfig& config) { return Run(config, false); }
LabResult RunCounterCall(const LabConfig& config) { return Run(config, true); }

}  // namespace gillab::labs
