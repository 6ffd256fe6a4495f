// gillab/runtime/interp/quicken.h — superinstructions (quickening).
//
// Load() rewrites the first instruction of two four-instruction patterns that
// loops are made of into one internal opcode, as CPython 3.11's specializing
// interpreter does with COMPARE_OP_INT_JUMP and BINARY_OP_SUBTRACT_INT:
//
//   COMPARE_JUMP  LOAD_FAST a; LOAD_FAST|LOAD_CONST b; COMPARE_OP; POP_JUMP_IF_*
//   BINARY_STORE  LOAD_FAST a; LOAD_FAST|LOAD_CONST b; BINARY_ADD|SUBTRACT;
//                 STORE_FAST c
//
// The eval loop runs them only when both operands are ints (else the first
// original instruction runs and the rest follow as written), only under
// backedges-and-calls (no poll point falls inside a pattern, so no GIL switch can
// be lost or gained) and only without the instruction trace. A jump into the
// middle of a pattern lands on the original instructions, which are kept.
// Executed-instruction counts include all four. BINARY_STORE stores into the old
// int in place when nothing else can see it (the local `c` holds its only
// reference), as CPython 3.11 does for `s += t` on strings.
#ifndef GILLAB_RUNTIME_INTERP_QUICKEN_H_
#define GILLAB_RUNTIME_INTERP_QUICKEN_H_

#include <cstdint>
#include <vector>

#include "runtime/bytecode/code.h"

namespace gillab {

// The internal opcodes, numbered after the real ones.
inline constexpr int kCompareJump = kNumOpcodes;
inline constexpr int kBinaryStore = kNumOpcodes + 1;
inline constexpr int kNumQuickOpcodes = kNumOpcodes + 2;

// The operands of one superinstruction; its Instr's arg indexes the Fused list.
struct Fused {
  std::int32_t a = 0;  // local
  std::int32_t b = 0;  // local or constant
  bool b_is_const = false;
  std::uint8_t op = 0;  // a CompareOp, or 0 add / 1 subtract
  bool jump_if_true = false;
  std::int32_t c = 0;  // jump target, or the local stored to
};

// `code` with every pattern's first instruction replaced (into *quick), and
// the operands of each replacement (into *fused).
void Quicken(const std::vector<Instr>& code, std::vector<Instr>* quick,
             std::vector<Fused>* fused);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_INTERP_QUICKEN_H_
