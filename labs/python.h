// gillab/labs/python.h — `lab py FILE.py` and `lab dis FILE.py`.
//
// `lab py` compiles a Python-subset script (frontend/compiler.h) and runs it on
// gillab's interpreter under a chosen GIL, refcount mode and poll policy, the
// way python3 runs it: the script's print() output on stdout, a traceback on
// stderr and exit status 1 when the main thread fails, "Exception in thread
// ..." for a failing Thread. A syntax error or a construct outside the subset is
// shown as FILE:LINE:COL: SyntaxError: ... with the line and a caret (exit 2).
// `lab dis` prints the bytecode of every function, like Python's dis module.
#ifndef GILLAB_LABS_PYTHON_H_
#define GILLAB_LABS_PYTHON_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "gil/gil.h"
#include "labs/scenario.h"
#include "runtime/bytecode/code.h"
#include "runtime/interp/interpreter.h"
#include "runtime/memory/object.h"

namespace gillab::labs {

// Runs the script at `path` with `config`'s GIL, refcount mode, poll policy,
// switch interval, trace and stats (its threads and iterations are the
// script's own business). Returns 0, 1 (the main thread raised) or 2 (the file
// cannot be read, or does not compile).
int RunPythonFile(const std::string& path, const LabConfig& config, std::ostream& out,
                  std::ostream& err);

// Prints the bytecode of the script at `path`. Returns 0, or 2 as RunPythonFile.
int DisassemblePythonFile(const std::string& path, std::ostream& out, std::ostream& err);

// The listing `lab dis` prints for a compiled program.
std::string DisassemblePython(const ProgramSpec& program);

// A failed thread's traceback as Python prints it:
//   Traceback (most recent call last):
//     File "x.py", line 7, in <module>
//       main()
//     ...
//   ZeroDivisionError: integer division or modulo by zero
std::string FormatTraceback(std::string_view source, std::string_view filename,
                            const ThreadResult& result);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_PYTHON_H_
