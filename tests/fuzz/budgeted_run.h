// gillab/tests/fuzz/budgeted_run.h — what the assembler and runtime fuzzers
// check of a program that verified: it runs, and ends.
#ifndef GILLAB_TESTS_FUZZ_BUDGETED_RUN_H_
#define GILLAB_TESTS_FUZZ_BUDGETED_RUN_H_

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gil/strategies.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"

namespace gillab::fuzz {

// A fuzzer's assertion: a failure is a crash, which libFuzzer reports.
inline void Check(bool condition) {
  if (!condition) std::abort();
}

// Poll points a fuzzed program may pass (InterpreterOptions::poll_budget): a loop
// or a recursion that would not end raises RuntimeError instead.
inline constexpr std::int64_t kPollBudget = 20'000;

// Loads `program` on a fresh runtime (`runtime` options, `gil`) and runs each of
// `functions` (none takes parameters) in turn, printing nothing, under the poll
// budget. Aborts unless the program loads and each run ends, on its one thread,
// with a value or a Python exception. Requires: `program` verified and starting
// no threads; the calling thread attached to no runtime.
inline void RunBudgeted(const ProgramSpec& program,
                        const std::vector<std::string>& functions,
                        const RuntimeOptions& runtime, GilKind gil_kind) {
  Runtime rt(runtime);
  std::unique_ptr<Gil> gil = MakeGil(gil_kind);
  InterpreterOptions options;
  options.print = [](std::string_view) {};
  options.poll_budget = kPollBudget;
  Interpreter interp(rt, *gil, options);
  Check(interp.Load(program).ok());
  for (const std::string& function : functions) {
    absl::StatusOr<std::vector<ThreadResult>> results = interp.Run({{function, {}, ""}});
    Check(results.ok() && results->size() == 1);
    Check(results->front().ok || !results->front().exception.empty());
  }
}

}  // namespace gillab::fuzz

#endif  // GILLAB_TESTS_FUZZ_BUDGETED_RUN_H_
