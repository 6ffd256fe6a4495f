// gillab/runtime/interp/quicken.cc
#include "runtime/interp/quicken.h"

namespace gillab {

namespace {

bool LoadsOperand(const Instr& in) {
  return in.op == Opcode::LOAD_FAST || in.op == Opcode::LOAD_CONST;
}

bool IsArithmetic(Opcode op) {
  switch (op) {
    case Opcode::BINARY_ADD:
    case Opcode::BINARY_SUBTRACT:
    case Opcode::BINARY_MULTIPLY:
    case Opcode::BINARY_FLOOR_DIVIDE:
    case Opcode::BINARY_MODULO:
    case Opcode::BINARY_POWER:
    case Opcode::BINARY_TRUE_DIVIDE:
    case Opcode::BINARY_AND:
    case Opcode::BINARY_OR:
    case Opcode::BINARY_XOR:
    case Opcode::BINARY_LSHIFT:
    case Opcode::BINARY_RSHIFT:
      return true;
    default:
      return IsInPlaceOpcode(op);
  }
}
static_assert(kNumOpcodes <= 256, "BINARY_FAST keeps its opcode in Fused::op");

// The four-instruction patterns, from their third and fourth instructions.
int MatchFour(const Instr& third, const Instr& fourth, Fused* f) {
  if (third.op == Opcode::COMPARE_OP &&
      third.arg <= static_cast<int>(CompareOp::kGe) &&  // an ordering, not `is`
      (fourth.op == Opcode::POP_JUMP_IF_FALSE || fourth.op == Opcode::POP_JUMP_IF_TRUE)) {
    f->op = static_cast<std::uint8_t>(third.arg);
    f->jump_if_true = fourth.op == Opcode::POP_JUMP_IF_TRUE;
    f->c = fourth.arg;
    return kCompareJump;
  }
  // INPLACE_ADD and INPLACE_SUBTRACT too: on two ints, the only operands
  // BINARY_STORE runs on, += is + and -= is -.
  const bool add = third.op == Opcode::BINARY_ADD || third.op == Opcode::INPLACE_ADD;
  const bool sub =
      third.op == Opcode::BINARY_SUBTRACT || third.op == Opcode::INPLACE_SUBTRACT;
  if ((add || sub) && fourth.op == Opcode::STORE_FAST) {
    f->op = add ? 0 : 1;
    f->c = fourth.arg;
    return kBinaryStore;
  }
  return 0;
}

// The superinstruction starting at c[k] (with its operands in *f), or 0.
int Match(const std::vector<Instr>& c, std::size_t k, Fused* f) {
  if (c[k].op != Opcode::LOAD_FAST) return 0;
  f->a = c[k].arg;
  // LOAD_FAST a; CALL_METHOD m 0
  if (k + 1 < c.size() && c[k + 1].op == Opcode::CALL_METHOD && c[k + 1].count == 0) {
    f->op = 0;
    f->c = c[k + 1].arg;
    return kMethodFast;
  }
  // LOAD_FAST a; POP_JUMP_IF_* t
  if (k + 1 < c.size() && (c[k + 1].op == Opcode::POP_JUMP_IF_FALSE ||
                           c[k + 1].op == Opcode::POP_JUMP_IF_TRUE)) {
    f->jump_if_true = c[k + 1].op == Opcode::POP_JUMP_IF_TRUE;
    f->c = c[k + 1].arg;
    return kBranchFast;
  }
  if (k + 2 >= c.size() || !LoadsOperand(c[k + 1])) return 0;
  f->b = c[k + 1].arg;
  f->b_is_const = c[k + 1].op == Opcode::LOAD_CONST;
  const Instr& third = c[k + 2];
  if (third.op == Opcode::CALL_METHOD && third.count == 1) {
    f->op = 1;
    f->c = third.arg;
    return kMethodFast;
  }
  if (k + 3 < c.size()) {
    if (const int op = MatchFour(c[k + 2], c[k + 3], f)) return op;
  }
  if (third.op == Opcode::BINARY_SUBSCR || IsArithmetic(third.op)) {
    f->op = static_cast<std::uint8_t>(third.op);
    return kBinaryFast;
  }
  return 0;
}

}  // namespace

void Quicken(const std::vector<Instr>& c, std::vector<Instr>* quick,
             std::vector<Fused>* fused) {
  *quick = c;
  fused->clear();
  for (std::size_t k = 0; k < c.size(); ++k) {
    Fused f;
    const int op = Match(c, k, &f);
    if (op == 0) continue;
    (*quick)[k] =
        Instr{static_cast<Opcode>(op), 0, static_cast<std::int32_t>(fused->size())};
    fused->push_back(f);
  }
}

}  // namespace gillab
