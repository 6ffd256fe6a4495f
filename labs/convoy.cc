// Lab: convoy — what a GIL does to a thread that does I/O.
//
// What is shared: the GIL itself. Two threads of labs/py/convoy.py: one makes 100
// short blocking calls (time.sleep(0.0001) stands in for a socket read), timing
// each; the other spins in a CPU-bound loop. A blocking call releases the GIL, so
// the CPU-bound thread takes it; when the call returns, the I/O thread must get
// the GIL back before it can go on.
//
// Who touches it: both threads, at every I/O call. How long the I/O thread waits
// is the strategy's policy:
//   new, fair, absl   the waiter asks for a drop and waits out the switch
//                     interval (5 ms): a 0.1 ms call takes 5 ms. This is CPython's
//                     GIL since 3.2, and its real convoy effect (bpo-7946).
//   old               the holder checks every 100 "ticks" and lets go: the waiter
//                     is back within a few instructions.
//   mutex, spin       whoever grabs the lock first; the OS or the spinning decide.
//   priority          a thread returning from I/O is served first (gillab's
//                     answer to bpo-7946).
//   none              no GIL: the I/O thread never waits (the free-threaded build).
// The price is paid elsewhere: a strategy that hands the GIL back eagerly costs
// the CPU-bound thread switches; the table shows both sides.
//
// What to read: p50 and p99 of the 100 calls next to the CPU-bound thread, how many
// times slower than alone, and the CPU-bound thread's loops per second. CPython
// runs the same script (--cpython) and its figures sit beside gillab's. These are
// measurements, not a race: the verdict checks that every run completed and freed
// what it made; the figures themselves vary with the machine.
//
// Counts: plain (nonatomic) under a GIL, as CPython's default build; biased
// without one, as the free-threaded build, so that the none row is memory-safe.
#include <cstdio>
#include <string>
#include <vector>

#include "frontend/compiler.h"
#include "gil/trace.h"
#include "labs/cpython.h"
#include "labs/py_scripts.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"

namespace gillab::labs {

namespace {

struct Row {
  GilKind gil;
  bool ok = false;
  std::string problem;
  double alone_p50 = 0, p50 = 0, p99 = 0, loops_per_s = 0;
  std::int64_t leaked = 0, use_after_free = 0;
};

// One run of convoy.py under `gil`.
Row RunOnce(const LabConfig& config, const ProgramSpec& program, GilKind gil,
            GilTracer* tracer) {
  Row row;
  row.gil = gil;
  LabConfig c = config;
  c.gil = gil;
  c.mode = gil == GilKind::kNone ? RefcountMode::kBiased : RefcountMode::kNonAtomic;
  LabMachine machine(c, /*debug_memory=*/gil == GilKind::kNone);
  std::string printed;
  InterpreterOptions options;
  options.poll = c.poll;
  options.print = [&printed](std::string_view text) { printed += text; };
  {
    Interpreter interp(machine.runtime, *machine.gil, options);
    absl::StatusOr<std::vector<ThreadResult>> run =
        interp.Load(program).ok()
            ? interp.Run({{"<module>", {}, "MainThread"}}, tracer)
            : absl::StatusOr<std::vector<ThreadResult>>(absl::InternalError("load"));
    if (!run.ok() || run->empty() || !run->front().ok) {
      row.problem = !run.ok()      ? std::string(run.status().message())
                    : run->empty() ? "no thread ran"
                                   : run->front().exception;
      return row;
    }
  }
  const std::size_t at = printed.rfind("result:");
  if (at == std::string::npos) {
    row.problem = "the script printed no result line";
    return row;
  }
  const ResultLine parsed = ParseResultLine(printed.substr(at + 7));  // as python3's
  row.alone_p50 = parsed.Number("alone_p50_us").value_or(0);
  row.p50 = parsed.Number("p50_us").value_or(0);
  row.p99 = parsed.Number("p99_us").value_or(0);
  row.loops_per_s = parsed.Number("cpu_loops_per_s").value_or(0);
  row.leaked = machine.runtime.live_objects();
  row.use_after_free = machine.runtime.use_after_free();
  row.ok = row.p50 > 0;
  if (!row.ok) row.problem = "the result line lacks p50_us";
  return row;
}

std::string FormatRow(const char* name, double alone, double p50, double p99,
                      double loops) {
  char line[160];
  std::snprintf(line, sizeof line, "%-14s %8.0f us %8.0f us %8.1fx %10.1f M loops/s",
                name, p50, p99, alone > 0 ? p50 / alone : 0.0, loops / 1e6);
  return line;
}

std::string DescribeCPython(const CPythonRun& run) {
  const double alone = run.Number("alone_p50_us").value_or(0);
  const double p50 = run.Number("p50_us").value_or(0);
  char line[200];
  std::snprintf(line, sizeof line,
                "CPython %s (its GIL, 5 ms switch interval): I/O p50 %.0f us, p99 %.0f "
                "us (%.1fx alone); CPU-bound thread %.1f M loops/s",
                run.version.c_str(), p50, run.Number("p99_us").value_or(0),
                alone > 0 ? p50 / alone : 0.0,
                run.Number("cpu_loops_per_s").value_or(0) / 1e6);
  return line;
}

}  // namespace

LabResult RunConvoy(const LabConfig& config) {
  LabResult result;
  result.scenario = "convoy";
  result.config = config;
  const std::int64_t start = MonotonicNanos();
  std::vector<GilKind> gils = {config.gil};
  if (config.all_gils) {
    const auto all = kGilKindNames.values();
    gils.assign(all.begin(), all.end());
  }
  result.expected =
      "under every strategy the 100 I/O calls and the CPU-bound thread finish and "
      "free what they made; the latencies are measured, not judged";

  ProgramSpec program;
  py::SourceError error;
  if (!py::CompilePython(kConvoyPy, "labs/py/convoy.py", &program, &error)) {
    result.observed =
        "internal error: labs/py/convoy.py does not compile: " + error.message;
    result.corrupted = true;
    return result;
  }
  GilTracer tracer;
  std::vector<Row> rows;
  for (GilKind g : gils) {
    rows.push_back(
        RunOnce(config, program, g, config.trace_path.empty() ? nullptr : &tracer));
  }

  char header[160];
  std::snprintf(header, sizeof header, "%-14s %11s %11s %9s %s", "GIL", "I/O p50",
                "I/O p99", "vs alone", "  CPU-bound thread");
  result.notes.push_back(header);
  const Row* worst = nullptr;
  const Row* best = nullptr;
  for (const Row& r : rows) {
    if (!r.ok) {
      result.notes.push_back(std::string(GilKindName(r.gil)) + ": failed: " + r.problem);
      result.corrupted = true;
      continue;
    }
    result.notes.push_back(
        FormatRow(GilKindName(r.gil), r.alone_p50, r.p50, r.p99, r.loops_per_s));
    result.leaked_objects += r.leaked;
    result.use_after_free += r.use_after_free;
    if (worst == nullptr || r.p50 > worst->p50) worst = &r;
    if (best == nullptr || r.p50 < best->p50) best = &r;
  }
  if (worst != nullptr) {
    char line[240];
    std::snprintf(line, sizeof line,
                  "I/O p50 alone %.0f us; next to the CPU-bound thread: slowest %s "
                  "(%.0f us, %.1fx), fastest %s (%.0f us)",
                  worst->alone_p50, GilKindName(worst->gil), worst->p50,
                  worst->alone_p50 > 0 ? worst->p50 / worst->alone_p50 : 0.0,
                  GilKindName(best->gil), best->p50);
    result.observed = line;
  } else {
    result.observed = "no strategy completed a run";
  }
  result.notes.push_back(
      "(a sleep of 100 us takes ~190 us alone: the OS timer's slack. new, fair and "
      "absl make the returning thread wait out the switch interval)");
  result.notes.push_back(
      "(counts: plain under a GIL, as CPython's default build; biased with none, as "
      "the free-threaded build)");
  if (result.leaked_objects != 0 || result.use_after_free != 0) result.corrupted = true;
  if (!config.trace_path.empty())
    result.notes.push_back(WriteTrace(tracer, config.trace_path));
  result.seconds = static_cast<double>(MonotonicNanos() - start) / 1e9;
  AddCPython(config, kConvoyPy, result, DescribeCPython);
  return result;
}

}  // namespace gillab::labs
