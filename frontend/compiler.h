// gillab/frontend/compiler.h — Python subset source to gillab bytecode.
//
//   ProgramSpec program;
//   SourceError error;
//   if (!CompilePython(source, "counter.py", &program, &error)) {
//     std::cerr << FormatSourceError(source, "counter.py", error);  // exit 2
//   }
//
// The result is an ordinary verified program (code.h) of the Python dialect: the
// module's code is the function "<module>" (always function 0), each `def` one
// more function. How Python maps onto the machine:
//   - Names. symtable.h decides, as Python's compiler does: a module-level
//     name is a global slot; in a function, a name it binds (and does not
//     declare `global` or `nonlocal`) is a fast local, or a cell if an inner
//     function uses it; a name an enclosing function binds is free (the
//     closure's cell); any other a global. `print`, `len`, ... are globals that
//     the interpreter binds to builtins, so a script can shadow them.
//   - Modules. `import threading` binds nothing at run time: `threading.Thread`
//     compiles to the global `threading.Thread`, which the interpreter binds to
//     the builtin of that name; `from threading import Lock` stores that global
//     into `Lock`. Only threading, queue, time, sys and gc (the modules the
//     builtins table and the exception classes name: "queue.Empty") can be
//     imported.
//   - `def` runs: MAKE_FUNCTION then a store, so a call before the def is a
//     NameError. A module-level def without defaults pushes the function's one
//     immortal object; a nested def or a lambda makes a new function each time,
//     with its defaults' tuple and its closure (LOAD_CLOSURE per free variable).
//   - `for x in s` is GET_ITER, FOR_ITER; `with lock:` is WITH_ENTER, WITH_EXIT,
//     and a return, break or continue inside leaves through WITH_EXIT first.
//   - `counter += 1` on a global is LOAD_GLOBAL, INPLACE_ADD, STORE_GLOBAL: the
//     read-modify-write that loses updates when a thread switch falls inside it.
//   - Lines: every instruction carries its source line, for tracebacks and `dis`.
#ifndef GILLAB_FRONTEND_COMPILER_H_
#define GILLAB_FRONTEND_COMPILER_H_

#include <string>
#include <string_view>

#include "frontend/tokenizer.h"
#include "runtime/bytecode/code.h"

namespace gillab::py {

// Compiles `source`. Returns false, with `error` set (and `program` unchanged),
// on a syntax error or a construct outside the subset.
bool CompilePython(std::string_view source, std::string_view filename,
                   ProgramSpec* program, SourceError* error);

// Python's way of showing a SyntaxError, as three lines:
//   FILE:LINE:COL: SyntaxError: MESSAGE
//       the source line
//       ^ (under column COL)
std::string FormatSourceError(std::string_view source, std::string_view filename,
                              const SourceError& error);

// Line `line` (from 1) of `source`, without its newline; "" when out of range.
std::string_view SourceLine(std::string_view source, int line);

}  // namespace gillab::py

#endif  // GILLAB_FRONTEND_COMPILER_H_
