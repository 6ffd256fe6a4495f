// gillab/runtime/bytecode/builder.h — building programs in C++.
//
//   ProgramBuilder pb;
//   pb.Global("counter", Constant::Int(0));
//   FunctionBuilder& f = pb.Function("worker", {"n"});
//   auto loop = f.NewLabel(), done = f.NewLabel();
//   f.LoadConst(Constant::Int(0)).StoreFast("i");
//   f.Bind(loop).LoadFast("i").LoadFast("n").Compare(CompareOp::kLt)
//    .Jump(Opcode::POP_JUMP_IF_FALSE, done);
//   ...
//   f.Jump(Opcode::JUMP, loop);
//   f.Bind(done).LoadConst(Constant::None()).Op(Opcode::RETURN_VALUE);
//   absl::StatusOr<ProgramSpec> program = pb.Build();  // verified
//
// Names are resolved as they are used: a local gets the next index the first
// time it is named (parameters first), a global the next slot of the program,
// a constant the next index unless an identical constant is already there (same
// kind and bits: 1 and True, 0.0 and -0.0 stay apart). Each lookup is a hash
// probe, so building is linear in the program's size. Emit()
// appends any instruction as given, for building malformed programs on purpose.
#ifndef GILLAB_RUNTIME_BYTECODE_BUILDER_H_
#define GILLAB_RUNTIME_BYTECODE_BUILDER_H_

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "runtime/bytecode/code.h"

namespace gillab {

class ProgramBuilder;

class FunctionBuilder {
 public:
  struct Label {
    int id = -1;
  };

  // A new label, bound later by Bind.
  Label NewLabel();
  // Binds `label` to the next instruction. A label is bound once.
  FunctionBuilder& Bind(Label label);
  // The source line recorded with the instructions that follow (assembler).
  FunctionBuilder& SetLine(int line);

  FunctionBuilder& Op(Opcode op);  // an instruction without operand
  FunctionBuilder& LoadConst(const Constant& c);
  FunctionBuilder& LoadFast(std::string_view local);
  FunctionBuilder& StoreFast(std::string_view local);
  FunctionBuilder& LoadGlobal(std::string_view name);
  FunctionBuilder& StoreGlobal(std::string_view name);
  FunctionBuilder& Compare(CompareOp op);
  FunctionBuilder& Jump(Opcode op, Label target);  // JUMP, POP_JUMP_IF_*
  FunctionBuilder& Call(int nargs);
  FunctionBuilder& CallMethod(std::string_view name, int nargs);
  FunctionBuilder& Build(Opcode op, int count);  // BUILD_LIST/TUPLE/MAP
  // Appends `in` unchanged (no resolution, no checks).
  FunctionBuilder& Emit(const Instr& in);

  // A nested function's qualified name and cells (FunctionSpec's fields).
  FunctionBuilder& SetScope(std::string qualname, std::vector<std::string> cellvars,
                            std::vector<std::string> freevars);
  // Whether the last parameters are *args and **kwargs (FunctionSpec's fields).
  FunctionBuilder& SetStarParams(bool varargs, bool varkw) {
    spec_.varargs = varargs;
    spec_.varkw = varkw;
    return *this;
  }
  // The keyword-only parameters: whether each has a default (FunctionSpec's).
  FunctionBuilder& SetKeywordOnly(std::vector<bool> kwonly) {
    spec_.kwonly = std::move(kwonly);
    return *this;
  }
  // Makes the function a generator (FunctionSpec::generator).
  FunctionBuilder& SetGenerator() {
    spec_.generator = true;
    return *this;
  }
  // Adds an exception handler (code.h's Handler), its pcs as size() gave them.
  FunctionBuilder& AddHandler(const Handler& h) {
    spec_.handlers.push_back(h);
    return *this;
  }
  // Declares a local (no instruction); returns its index.
  int Local(std::string_view name);
  int Const(const Constant& c);
  int Name(std::string_view name);
  std::size_t size() const { return spec_.code.size(); }
  const std::string& name() const { return spec_.name; }

 private:
  friend class ProgramBuilder;
  FunctionBuilder(ProgramBuilder* program, std::string name,
                  const std::vector<std::string>& params);
  FunctionBuilder& Append(Opcode op, std::int32_t arg, std::uint8_t count = 0);

  ProgramBuilder* const program_;
  FunctionSpec spec_;
  // Indexes into spec_.locals, spec_.consts (by ConstKey) and spec_.names.
  absl::flat_hash_map<std::string, int> local_index_;
  absl::flat_hash_map<std::string, int> const_index_;
  absl::flat_hash_map<std::string, int> name_index_;
  int line_ = 0;
  std::vector<int> label_pcs_;  // -1 while unbound
  struct Fixup {
    std::size_t pc;
    int label;
  };
  std::vector<Fixup> fixups_;
};

class ProgramBuilder {
 public:
  ProgramBuilder() = default;
  ProgramBuilder(const ProgramBuilder&) = delete;
  ProgramBuilder& operator=(const ProgramBuilder&) = delete;

  // A new function; the reference stays valid for the builder's life.
  FunctionBuilder& Function(std::string name,
                            const std::vector<std::string>& params = {});
  // Declares a global (optionally with an initial value); returns its slot.
  int Global(std::string_view name, std::optional<Constant> initial = std::nullopt);

  // Resolves labels (an unbound one is an error) and verifies (verifier.h).
  absl::StatusOr<ProgramSpec> Build();
  // Resolves labels only: for tests that check what the verifier says.
  absl::StatusOr<ProgramSpec> BuildUnverified();

 private:
  friend class FunctionBuilder;
  std::vector<GlobalSpec> globals_;
  absl::flat_hash_map<std::string, int> global_index_;  // into globals_
  std::deque<FunctionBuilder> functions_;
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_BYTECODE_BUILDER_H_
