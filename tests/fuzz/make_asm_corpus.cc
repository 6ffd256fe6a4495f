// Writes the assembler fuzzer's seeds: for each Python script given, its program
// as gillab assembly (Disassemble), to OUT_DIR/<script's name>.s.
//   bazel run //tests:make_asm_corpus -- OUT_DIR SCRIPT.py ...
// Exits 2 on bad usage, 1 if a script does not compile or a file cannot be
// written (after the others are written).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "frontend/compiler.h"
#include "runtime/bytecode/assembler.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_asm_corpus OUT_DIR SCRIPT.py ...\n");
    return 2;
  }
  int status = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    gillab::ProgramSpec program;
    gillab::py::SourceError error;
    if (!in || !gillab::py::CompilePython(text.str(), argv[i], &program, &error)) {
      std::fprintf(stderr, "make_asm_corpus: %s does not compile\n", argv[i]);
      status = 1;
      continue;
    }
    const std::filesystem::path out =
        std::filesystem::path(argv[1]) /
        (std::filesystem::path(argv[i]).stem().string() + ".s");
    std::ofstream(out) << gillab::Disassemble(program);
    if (!std::filesystem::exists(out)) {
      std::fprintf(stderr, "make_asm_corpus: cannot write %s\n", out.c_str());
      status = 1;
    }
  }
  return status;
}
