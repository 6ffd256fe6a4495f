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
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bytecode/assembler.h"
#include "runtime/bytecode/verifier.h"
#include "tests/fuzz/budgeted_run.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gillab;
  using fuzz::Check;
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
  std::vector<std::string> parameterless;
  for (const FunctionSpec& fn : program->functions) {
    if (fn.num_params == 0) parameterless.push_back(fn.name);
  }
  fuzz::RunBudgeted(*program, parameterless, {.mode = RefcountMode::kNonAtomic},
                    GilKind::kNew);
  return 0;
}
