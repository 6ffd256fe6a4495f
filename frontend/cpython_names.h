// gillab/frontend/cpython_names.h — the names CPython 3.11 has that a learner's
// script may use: its builtins and the methods of its built-in types. The
// compiler compares them with the subset's (runtime/bytecode/code.h) so that
// what the subset lacks is named at compile time ("unsupported: builtin 'id'"),
// not met at run time as a NameError or AttributeError that reads like the
// learner's own mistake.
#ifndef GILLAB_FRONTEND_CPYTHON_NAMES_H_
#define GILLAB_FRONTEND_CPYTHON_NAMES_H_

#include <string_view>

namespace gillab::py {

// A name in CPython 3.11's builtins module (dir(builtins), the public ones:
// functions, types, exceptions).
bool IsCPythonBuiltin(std::string_view name);

// A public method of one of CPython 3.11's built-in types a course uses (str,
// list, dict, tuple, int, float, set, frozenset, bytes, bytearray, range, and
// threading's Lock, Thread, Event, Condition).
bool IsCPythonMethod(std::string_view name);

}  // namespace gillab::py

#endif  // GILLAB_FRONTEND_CPYTHON_NAMES_H_
