// A libFuzzer target for the assembler and the verifier: any bytes, as gillab
// assembly (runtime/bytecode/assembler.h). Whatever the text, Assemble must return
// either an error with a message or a verified program; a verified program must
// disassemble to text that assembles to the same program again (the round trip),
// and must run: each of its functions without parameters, on the interpreter,
// under a poll budget, must end with a value or a Python exception. That last
// part is what a verifier is for: bytecode it accepts must not crash the loop.
// Programs naming a blocking builtin (sleep, io, Thread, Lock) are not run: the
// budget bounds computing, not waiting.
//
// Built as frontend_fuzzer is (tests/BUILD). Seeds: tests/fuzz/asm_corpus (the
// disassembly of every tests/py script, and the counter lessons' program).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "gil/strategies.h"
#include "runtime/bytecode/assembler.h"
#include "runtime/bytecode/verifier.h"
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
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<ProgramSpec> program = Assemble(text);
  if (!program.ok()) {
    Check(!program.status().message().empty());
    return 0;
  }
  const std::string listing = Disassemble(*program);
  absl::StatusOr<ProgramSpec> again = Assemble(listing);
  Check(again.ok());
  Check(Disassemble(*again) == listing);
  ProgramSpec copy = *program;
  Check(Verify(copy).ok());  // what Assemble returned is verified

  for (std::string_view blocking : {"sleep", "io", "Thread", "Lock", "join"}) {
    if (text.find(blocking) != std::string_view::npos) return 0;
  }
  Runtime rt({.mode = RefcountMode::kNonAtomic});
  std::unique_ptr<Gil> gil = MakeGil(GilKind::kNew);
  InterpreterOptions options;
  options.print = [](std::string_view) {};
  options.poll_budget = kPollBudget;
  Interpreter interp(rt, *gil, options);
  Check(interp.Load(*program).ok());
  for (const FunctionSpec& fn : program->functions) {
    if (fn.num_params != 0) continue;
    absl::StatusOr<std::vector<ThreadResult>> results = interp.Run({{fn.name, {}, ""}});
    Check(results.ok() && !results->empty());
    Check(results->front().ok || !results->front().exception.empty());
  }
  return 0;
}
