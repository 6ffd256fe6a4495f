// gillab/base/compare_op.h — Python's comparison operators, as one enum.
//
// The bytecode names them (COMPARE_OP's operand, runtime/bytecode/code.h) and the
// object layer evaluates them (Compare, runtime/objects/object_ops.h); neither
// layer may include the other, so the enum lives here.
#ifndef GILLAB_BASE_COMPARE_OP_H_
#define GILLAB_BASE_COMPARE_OP_H_

#include <cstdint>

namespace gillab {

// The orderings (kLt..kGe) come first: `op <= CompareOp::kGe` tests for one.
enum class CompareOp : std::uint8_t {
  kLt,
  kLe,
  kEq,
  kNe,
  kGt,
  kGe,
  kIs,
  kIsNot,
  kIn,
  kNotIn
};
inline constexpr int kNumCompareOps = 10;

}  // namespace gillab

#endif  // GILLAB_BASE_COMPARE_OP_H_
