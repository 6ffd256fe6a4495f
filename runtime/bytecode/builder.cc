// gillab/runtime/bytecode/builder.cc
#include "runtime/bytecode/builder.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "runtime/bytecode/verifier.h"

namespace gillab {

FunctionBuilder::FunctionBuilder(ProgramBuilder* program, std::string name,
                                 const std::vector<std::string>& params)
    : program_(program) {
  spec_.name = std::move(name);
  for (const std::string& p : params) Local(p);
  spec_.num_params = static_cast<int>(params.size());
}

FunctionBuilder::Label FunctionBuilder::NewLabel() {
  label_pcs_.push_back(-1);
  return Label{static_cast<int>(label_pcs_.size()) - 1};
}

FunctionBuilder& FunctionBuilder::Bind(Label label) {
  label_pcs_[static_cast<std::size_t>(label.id)] = static_cast<int>(spec_.code.size());
  return *this;
}

FunctionBuilder& FunctionBuilder::SetLine(int line) {
  line_ = line;
  return *this;
}

FunctionBuilder& FunctionBuilder::Append(Opcode op, std::int32_t arg,
                                         std::uint8_t count) {
  return Emit(Instr{op, count, arg});
}

FunctionBuilder& FunctionBuilder::Emit(const Instr& in) {
  spec_.code.push_back(in);
  spec_.lines.push_back(line_);
  return *this;
}

namespace {

// The index of `key`: an existing entry's, or else `next`, recorded, with `added`
// set so the caller appends the new entry to its vector.
int IndexOf(absl::flat_hash_map<std::string, int>& index, std::string key,
            std::size_t next, bool& added) {
  auto [it, inserted] = index.try_emplace(std::move(key), static_cast<int>(next));
  added = inserted;
  return it->second;
}

// Identical constants share a key: the kind, then the value's bytes (a float's
// bits, so 0.0 and -0.0 differ, as in CPython's co_consts).
std::string ConstKey(const Constant& c) {
  std::string key(1, static_cast<char>(c.kind));
  char bytes[sizeof(std::int64_t)];
  if (c.kind == Constant::Kind::kFloat) {
    std::memcpy(bytes, &c.f, sizeof bytes);
  } else {
    std::memcpy(bytes, &c.i, sizeof bytes);
  }
  key.append(bytes, sizeof bytes);
  key += c.s;
  return key;
}

}  // namespace

FunctionBuilder& FunctionBuilder::SetScope(std::string qualname,
                                           std::vector<std::string> cellvars,
                                           std::vector<std::string> freevars) {
  spec_.qualname = std::move(qualname);
  spec_.cellvars = std::move(cellvars);
  spec_.freevars = std::move(freevars);
  return *this;
}

int FunctionBuilder::Local(std::string_view name) {
  bool added = false;
  const int i = IndexOf(local_index_, std::string(name), spec_.locals.size(), added);
  if (added) spec_.locals.emplace_back(name);
  return i;
}

int FunctionBuilder::Const(const Constant& c) {
  bool added = false;
  const int i = IndexOf(const_index_, ConstKey(c), spec_.consts.size(), added);
  if (added) spec_.consts.push_back(c);
  return i;
}

int FunctionBuilder::Name(std::string_view name) {
  bool added = false;
  const int i = IndexOf(name_index_, std::string(name), spec_.names.size(), added);
  if (added) spec_.names.emplace_back(name);
  return i;
}

FunctionBuilder& FunctionBuilder::Op(Opcode op) { return Append(op, 0); }
FunctionBuilder& FunctionBuilder::LoadConst(const Constant& c) {
  return Append(Opcode::LOAD_CONST, Const(c));
}
FunctionBuilder& FunctionBuilder::LoadFast(std::string_view local) {
  return Append(Opcode::LOAD_FAST, Local(local));
}
FunctionBuilder& FunctionBuilder::StoreFast(std::string_view local) {
  return Append(Opcode::STORE_FAST, Local(local));
}
FunctionBuilder& FunctionBuilder::LoadGlobal(std::string_view name) {
  return Append(Opcode::LOAD_GLOBAL, program_->Global(name));
}
FunctionBuilder& FunctionBuilder::StoreGlobal(std::string_view name) {
  return Append(Opcode::STORE_GLOBAL, program_->Global(name));
}
FunctionBuilder& FunctionBuilder::Compare(CompareOp op) {
  return Append(Opcode::COMPARE_OP, static_cast<std::int32_t>(op));
}
FunctionBuilder& FunctionBuilder::Jump(Opcode op, Label target) {
  fixups_.push_back({spec_.code.size(), target.id});
  return Append(op, -1);
}
FunctionBuilder& FunctionBuilder::Call(int nargs) { return Append(Opcode::CALL, nargs); }
FunctionBuilder& FunctionBuilder::CallMethod(std::string_view name, int nargs) {
  return Append(Opcode::CALL_METHOD, Name(name), static_cast<std::uint8_t>(nargs));
}
FunctionBuilder& FunctionBuilder::Build(Opcode op, int count) {
  return Append(op, count);
}

FunctionBuilder& ProgramBuilder::Function(std::string name,
                                          const std::vector<std::string>& params) {
  functions_.push_back(FunctionBuilder(this, std::move(name), params));
  return functions_.back();
}

int ProgramBuilder::Global(std::string_view name, std::optional<Constant> initial) {
  bool added = false;
  const int i = IndexOf(global_index_, std::string(name), globals_.size(), added);
  if (added) {
    globals_.push_back({std::string(name), std::move(initial)});
  } else if (initial.has_value()) {
    globals_[static_cast<std::size_t>(i)].initial = std::move(initial);
  }
  return i;
}

absl::StatusOr<ProgramSpec> ProgramBuilder::BuildUnverified() {
  ProgramSpec program;
  program.globals = globals_;
  for (FunctionBuilder& f : functions_) {
    FunctionSpec spec = f.spec_;
    for (const FunctionBuilder::Fixup& fix : f.fixups_) {
      const int pc = f.label_pcs_[static_cast<std::size_t>(fix.label)];
      if (pc < 0) {
        return absl::InvalidArgumentError("function '" + spec.name + "', instruction " +
                                          std::to_string(fix.pc) +
                                          ": jump to a label that is never bound");
      }
      spec.code[fix.pc].arg = pc;
    }
    if (std::all_of(spec.lines.begin(), spec.lines.end(), [](int l) { return l == 0; })) {
      spec.lines.clear();
    }
    program.functions.push_back(std::move(spec));
  }
  return program;
}

absl::StatusOr<ProgramSpec> ProgramBuilder::Build() {
  absl::StatusOr<ProgramSpec> program = BuildUnverified();
  if (!program.ok()) return program;
  if (absl::Status s = Verify(*program); !s.ok()) return s;
  return program;
}

}  // namespace gillab
