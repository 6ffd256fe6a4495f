// gillab/runtime/interp/quicken.cc
#include "runtime/interp/quicken.h"

namespace gillab {

void Quicken(const std::vector<Instr>& c, std::vector<Instr>* quick,
             std::vector<Fused>* fused) {
  *quick = c;
  fused->clear();
  for (std::size_t k = 0; k + 3 < c.size(); ++k) {
    if (c[k].op != Opcode::LOAD_FAST ||
        (c[k + 1].op != Opcode::LOAD_FAST && c[k + 1].op != Opcode::LOAD_CONST)) {
      continue;
    }
    Fused f;
    f.a = c[k].arg;
    f.b = c[k + 1].arg;
    f.b_is_const = c[k + 1].op == Opcode::LOAD_CONST;
    int op;
    if (c[k + 2].op == Opcode::COMPARE_OP &&
        c[k + 2].arg <= static_cast<int>(CompareOp::kGe) &&  // an ordering, not `is`
        (c[k + 3].op == Opcode::POP_JUMP_IF_FALSE ||
         c[k + 3].op == Opcode::POP_JUMP_IF_TRUE)) {
      op = kCompareJump;
      f.op = static_cast<std::uint8_t>(c[k + 2].arg);
      f.jump_if_true = c[k + 3].op == Opcode::POP_JUMP_IF_TRUE;
      f.c = c[k + 3].arg;
    } else if ((c[k + 2].op == Opcode::BINARY_ADD ||
                c[k + 2].op == Opcode::BINARY_SUBTRACT) &&
               c[k + 3].op == Opcode::STORE_FAST) {
      op = kBinaryStore;
      f.op = c[k + 2].op == Opcode::BINARY_ADD ? 0 : 1;
      f.c = c[k + 3].arg;
    } else {
      continue;
    }
    (*quick)[k] =
        Instr{static_cast<Opcode>(op), 0, static_cast<std::int32_t>(fused->size())};
    fused->push_back(f);
  }
}

}  // namespace gillab
