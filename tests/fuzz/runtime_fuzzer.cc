// A libFuzzer target for the runtime, driven by compiled Python: any bytes, as a
// script; the ones that compile run on the interpreter, alternately under the new
// GIL with plain counts and without a GIL with biased counts and object locks.
// Whatever the program, the run must end with a result (a value or a Python
// exception), with no crash, no hang and no sanitizer report.
//
// A poll budget (InterpreterOptions::poll_budget) bounds what a program computes:
// a loop or a recursion that would not end raises RuntimeError. It cannot bound
// waiting, so programs that can block are skipped: those naming time (sleep),
// threading (a Lock taken twice waits forever, in CPython too) or lab (io).
//
// Built as frontend_fuzzer is (tests/BUILD): with clang a libFuzzer binary, the
// runtime's sources compiled into it with coverage, ASan and UBSan; with gcc,
// standalone_main.cc over the corpus. Seeds: tests/py and tests/fuzz/corpus.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "frontend/compiler.h"
#include "gil/strategies.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

constexpr std::int64_t kPollBudget = 20'000;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gillab;
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  for (std::string_view blocking : {"time", "threading", "lab"}) {
    if (source.find(blocking) != std::string_view::npos) return 0;
  }
  ProgramSpec program;
  py::SourceError error;
  if (!py::CompilePython(source, "fuzz.py", &program, &error)) return 0;

  const bool free_threaded = size % 2 == 1;
  RuntimeOptions runtime_options;
  runtime_options.mode = free_threaded ? RefcountMode::kBiased : RefcountMode::kNonAtomic;
  runtime_options.objects = free_threaded ? ObjectSafety::kLocked : ObjectSafety::kGil;
  std::unique_ptr<Runtime> rt = std::make_unique<Runtime>(runtime_options);
  std::unique_ptr<Gil> gil = MakeGil(free_threaded ? GilKind::kNone : GilKind::kNew);
  InterpreterOptions options;
  options.print = [](std::string_view) {};
  options.poll_budget = kPollBudget;
  {
    Interpreter interp(*rt, *gil, options);
    Check(interp.Load(program).ok());  // the front end's programs verify
    absl::StatusOr<std::vector<ThreadResult>> results = interp.Run({{"<module>", {}, ""}});
    Check(results.ok() && results->size() == 1);
    const ThreadResult& main = results->front();
    Check(main.ok || !main.exception.empty());
  }
  return 0;
}
