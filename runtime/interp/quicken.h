// gillab/runtime/interp/quicken.h — superinstructions (quickening).
//
// Load() rewrites the first instruction of a few patterns that loops are made of
// into one internal opcode, as CPython 3.11's specializing interpreter does with
// COMPARE_OP_INT_JUMP and BINARY_OP_SUBTRACT_INT:
//
//   COMPARE_JUMP  LOAD_FAST a; LOAD_FAST|LOAD_CONST b; COMPARE_OP; POP_JUMP_IF_*
//   BINARY_STORE  LOAD_FAST a; LOAD_FAST|LOAD_CONST b;
//                 BINARY_ADD|BINARY_SUBTRACT|INPLACE_ADD|INPLACE_SUBTRACT; STORE_FAST c
//   METHOD_FAST   LOAD_FAST a; CALL_METHOD m 0, and
//                 LOAD_FAST a; LOAD_FAST|LOAD_CONST b; CALL_METHOD m 1
//   BRANCH_FAST   LOAD_FAST a; POP_JUMP_IF_*
//   BINARY_FAST   LOAD_FAST a; LOAD_FAST|LOAD_CONST b; BINARY_SUBSCR, or an
//                 arithmetic BINARY_* or INPLACE_* (where BINARY_STORE does not
//                 apply)
//
// The eval loop runs them only under backedges-and-calls (no poll point falls
// inside a pattern, so no GIL switch can be lost or gained) and only without the
// instruction trace. A jump into the middle of a pattern lands on the original
// instructions, which are kept. Executed-instruction counts include all of a
// pattern's instructions.
//
// COMPARE_JUMP and BINARY_STORE run only when both operands are ints (else the
// first original instruction runs and the rest follow as written). BINARY_STORE
// stores into the old int in place when nothing else can see it (the local `c`
// holds its only reference), as CPython 3.11 does for `s += t` on strings.
//
// BINARY_FAST, METHOD_FAST and BRANCH_FAST use the locals' objects BORROWED, as
// CPython 3.14's LOAD_FAST_BORROW does. The written code takes a reference for
// the stack and gives it back after the operation, the call or the test: two
// count updates per operand, dearer under biased counts, for nothing observable,
// since nothing the operation runs can rebind a local of this frame (a variable
// an inner function shares lives in a cell, read with LOAD_DEREF, never a fast
// local; the subset has no frame objects). They run when the locals are
// bound (else the original instructions raise UnboundLocalError).
#ifndef GILLAB_RUNTIME_INTERP_QUICKEN_H_
#define GILLAB_RUNTIME_INTERP_QUICKEN_H_

#include <cstdint>
#include <vector>

#include "runtime/bytecode/code.h"

namespace gillab {

// The internal opcodes, numbered after the real ones.
inline constexpr int kCompareJump = kNumOpcodes;
inline constexpr int kBinaryStore = kNumOpcodes + 1;
inline constexpr int kMethodFast = kNumOpcodes + 2;
inline constexpr int kBranchFast = kNumOpcodes + 3;
inline constexpr int kBinaryFast = kNumOpcodes + 4;
inline constexpr int kNumQuickOpcodes = kNumOpcodes + 5;

// The operands of one superinstruction; its Instr's arg indexes the Fused list.
struct Fused {
  std::int32_t a = 0;  // local
  std::int32_t b = 0;  // local or constant
  bool b_is_const = false;
  // COMPARE_JUMP: a CompareOp; BINARY_STORE: 0 add, 1 subtract; METHOD_FAST: the
  // argument count (0, or 1: b); BINARY_FAST: the BINARY_* or INPLACE_* Opcode.
  std::uint8_t op = 0;
  bool jump_if_true = false;  // COMPARE_JUMP and BRANCH_FAST
  // COMPARE_JUMP and BRANCH_FAST: the jump target; BINARY_STORE: the local stored to;
  // METHOD_FAST: the CALL_METHOD's arg (the method's name).
  std::int32_t c = 0;
};

// `code` with every pattern's first instruction replaced (into *quick), and
// the operands of each replacement (into *fused).
void Quicken(const std::vector<Instr>& code, std::vector<Instr>* quick,
             std::vector<Fused>* fused);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_INTERP_QUICKEN_H_
