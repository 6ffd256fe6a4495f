// A libFuzzer target for the Python front end: any bytes, as a script, through
// the tokenizer, the parser and the compiler. Whatever the input, the front end
// must return (no crash, no hang, no sanitizer report) with either a verified
// program, which must disassemble, or one error with a position inside the text
// that formats as FILE:LINE:COL: KIND: MESSAGE.
//
// Built with clang as a real libFuzzer binary (-fsanitize=fuzzer,address,
// undefined); with gcc, standalone_main.cc drives it over the corpus and
// deterministic mutations of it (tests/BUILD). The corpus is tests/fuzz/corpus.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "frontend/compiler.h"
#include "runtime/bytecode/code.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view source(reinterpret_cast<const char*>(data), size);
  gillab::ProgramSpec program;
  gillab::py::SourceError error;
  if (gillab::py::CompilePython(source, "fuzz.py", &program, &error)) {
    Check(!program.functions.empty() && program.functions[0].name == "<module>");
    for (const gillab::FunctionSpec& fn : program.functions) {
      Check(fn.lines.size() == fn.code.size());
      for (const gillab::Instr& in : fn.code) {
        Check(!gillab::FormatInstr(program, fn, in).empty());
      }
    }
    return 0;
  }
  Check(!error.message.empty());
  Check(error.kind == "SyntaxError" || error.kind == "IndentationError" ||
        error.kind == "TabError");
  Check(error.line >= 1 && error.col >= 1);
  const std::string shown = gillab::py::FormatSourceError(source, "fuzz.py", error);
  Check(shown.rfind("fuzz.py:" + std::to_string(error.line) + ":", 0) == 0);
  return 0;
}
