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
#include <string>
#include <string_view>

#include "frontend/compiler.h"
#include "tests/fuzz/budgeted_run.h"

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
  RuntimeOptions runtime;
  runtime.mode = free_threaded ? RefcountMode::kBiased : RefcountMode::kNonAtomic;
  runtime.objects = free_threaded ? ObjectSafety::kLocked : ObjectSafety::kGil;
  // The front end's programs verify: Load must take them.
  fuzz::RunBudgeted(program, {"<module>"}, runtime,
                    free_threaded ? GilKind::kNone : GilKind::kNew);
  return 0;
}
