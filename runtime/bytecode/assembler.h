// gillab/runtime/bytecode/assembler.h — the textual assembly format, and the
// disassembler.
//
// One instruction per line; `#` starts a comment. A program is a list of global
// declarations and functions:
//
//   .global counter = 0          # a global slot, with an optional initial value
//
//   .func worker n               # a function and its parameters
//   .locals i                    # optional: declares locals in this order
//     LOAD_CONST 0
//     STORE_FAST i
//   loop:                        # a label: the next instruction's index
//     LOAD_FAST i
//     LOAD_FAST n
//     COMPARE_OP <
//     POP_JUMP_IF_FALSE done
//     LOAD_GLOBAL counter
//     LOAD_CONST 1
//     BINARY_ADD
//     STORE_GLOBAL counter
//     ...
//     JUMP loop
//   done:
//     LOAD_CONST None
//     RETURN_VALUE
//   .end
//
// Operands by kind (code.h): LOAD_CONST takes a literal (None, True, False, an
// int, a float, a "string" with \" \\ \n \t escapes); LOAD_FAST/STORE_FAST a
// local's name; LOAD_GLOBAL/STORE_GLOBAL a global's, function's or builtin's
// name; jumps a label; COMPARE_OP one of < <= == != > >=; CALL and BUILD_* a
// count; CALL_METHOD a method name and a count. Assemble() also runs the verifier.
// Errors name the line: "line 12: unknown opcode 'LOAD_FOO'".
//
// Disassemble() prints any ProgramSpec in this format, with an `L<index>` label
// on every jump target and each instruction's index as a comment; assembling its
// output gives the same program back.
#ifndef GILLAB_RUNTIME_BYTECODE_ASSEMBLER_H_
#define GILLAB_RUNTIME_BYTECODE_ASSEMBLER_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "runtime/bytecode/code.h"

namespace gillab {

// Parses, resolves labels and verifies. InvalidArgument names the first problem.
absl::StatusOr<ProgramSpec> Assemble(std::string_view text);

std::string Disassemble(const ProgramSpec& program);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_BYTECODE_ASSEMBLER_H_
