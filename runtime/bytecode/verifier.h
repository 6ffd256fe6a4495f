// gillab/runtime/bytecode/verifier.h — rejecting malformed programs before they run.
//
// The interpreter trusts its bytecode: it does not check operand indexes, jump
// targets or stack depth while it runs. The verifier checks all of them once, by
// walking every path through each function (an abstract interpretation over
// stack depths, as the JVM's and CPython's stack-depth computations do):
//
//   - every opcode is known; every operand is in range for its kind (constant,
//     local, global and method-name indexes, jump targets, counts, compare ops);
//   - no instruction pops more values than the stack holds (underflow), the
//     stack never grows past kMaxStackDepth (overflow), and every path reaching an
//     instruction reaches it with the same depth;
//   - no path falls off the end of a function without RETURN_VALUE;
//   - every local that is read is a parameter or stored somewhere in the
//     function, and every global that is read is a function, a builtin, declared
//     with an initial value, or stored somewhere in the program (unknown names;
//     not for the Python dialect, where an unknown name is a NameError at run
//     time, as in Python);
//   - function and global names are unique; a global with an initial value does
//     not reuse a function's name.
//
// An error names the function, the instruction (its index, its assembly and its
// source line when it came from the assembler) and the problem, e.g.
//   function 'worker', instruction 7 (JUMP L99), line 12: bad jump target 99
//   (the function has 12 instructions)
#ifndef GILLAB_RUNTIME_BYTECODE_VERIFIER_H_
#define GILLAB_RUNTIME_BYTECODE_VERIFIER_H_

#include "absl/status/status.h"
#include "runtime/bytecode/code.h"

namespace gillab {

inline constexpr int kMaxStackDepth = 256;

// Checks `program` and sets each function's stack_size. Returns OK, or
// InvalidArgument with the first problem found.
absl::Status Verify(ProgramSpec& program);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_BYTECODE_VERIFIER_H_
