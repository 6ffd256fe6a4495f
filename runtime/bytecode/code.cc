// gillab/runtime/bytecode/code.cc
#include "runtime/bytecode/code.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace gillab {

namespace {

constexpr OpcodeInfo kInfo[] = {
#define GILLAB_OPCODE_INFO(name, kind, pops, pushes) \
  {#name, OperandKind::kind, pops, pushes},
    GILLAB_OPCODES(GILLAB_OPCODE_INFO)
#undef GILLAB_OPCODE_INFO
};
static_assert(sizeof(kInfo) / sizeof(kInfo[0]) == kNumOpcodes);

constexpr const char* kCompareSymbols[kNumCompareOps] = {
    "<", "<=", "==", "!=", ">", ">=", "is", "is_not", "in", "not_in"};

constexpr const char* kBuiltinNames[] = {
#define GILLAB_BUILTIN_NAME(id, name, python) name,
    GILLAB_BUILTINS(GILLAB_BUILTIN_NAME)
#undef GILLAB_BUILTIN_NAME
};

constexpr const char* kPythonBuiltinNames[] = {
#define GILLAB_BUILTIN_PYTHON(id, name, python) python,
    GILLAB_BUILTINS(GILLAB_BUILTIN_PYTHON)
#undef GILLAB_BUILTIN_PYTHON
};

}  // namespace

const char* BuiltinName(Builtin b) { return kBuiltinNames[static_cast<int>(b)]; }

bool ParseBuiltin(std::string_view name, Builtin* b) {
  for (int i = 0; i < kNumBuiltins; ++i) {
    if (name == kBuiltinNames[i]) {
      *b = static_cast<Builtin>(i);
      return true;
    }
  }
  return false;
}

bool ParsePythonBuiltin(std::string_view name, Builtin* b) {
  if (name.empty()) return false;
  for (int i = 0; i < kNumBuiltins; ++i) {
    if (name == kPythonBuiltinNames[i]) {
      *b = static_cast<Builtin>(i);
      return true;
    }
  }
  return false;
}

namespace {

struct MethodName {
  std::string_view type, name;
};
constexpr MethodName kMethods[] = {
#define GILLAB_METHOD_ROW(type, name) {type, name},
    GILLAB_METHODS(GILLAB_METHOD_ROW)
#undef GILLAB_METHOD_ROW
};

}  // namespace

bool IsSubsetMethod(std::string_view name) {
  for (const MethodName& m : kMethods) {
    if (m.name == name) return true;
  }
  return false;
}

std::set<std::string> SubsetMethodNames() {
  std::set<std::string> all;
  for (const MethodName& m : kMethods) {
    all.insert(std::string(m.type) + "." + std::string(m.name));
  }
  return all;
}

std::set<std::string> SubsetBuiltinNames() {
  std::set<std::string> names;
  for (const char* n : kPythonBuiltinNames) {
    const std::string_view name(n);
    if (!name.empty() && name.find('.') == std::string_view::npos) names.emplace(name);
  }
  return names;
}

const OpcodeInfo& InfoOf(Opcode op) { return kInfo[static_cast<int>(op)]; }
bool IsValidOpcode(int op) { return op >= 0 && op < kNumOpcodes; }

bool ParseOpcode(std::string_view name, Opcode* op) {
  for (int i = 0; i < kNumOpcodes; ++i) {
    if (name == kInfo[i].name) {
      *op = static_cast<Opcode>(i);
      return true;
    }
  }
  return false;
}

const char* CompareOpSymbol(CompareOp op) {
  const int i = static_cast<int>(op);
  return i >= 0 && i < kNumCompareOps ? kCompareSymbols[i] : "?";
}

bool ParseCompareOp(std::string_view symbol, CompareOp* op) {
  for (int i = 0; i < kNumCompareOps; ++i) {
    if (symbol == kCompareSymbols[i]) {
      *op = static_cast<CompareOp>(i);
      return true;
    }
  }
  return false;
}

void StackEffect(const Instr& in, int* pops, int* pushes) {
  const OpcodeInfo& info = InfoOf(in.op);
  *pops = info.pops;
  *pushes = info.pushes;
  switch (in.op) {
    case Opcode::CALL:
      *pops = in.arg + 1;
      break;
    case Opcode::CALL_METHOD:
    case Opcode::CALL_KW:
    case Opcode::CALL_METHOD_KW:
      *pops = in.count + 1;
      break;
    case Opcode::BUILD_LIST:
    case Opcode::BUILD_TUPLE:
    case Opcode::BUILD_SET:
    case Opcode::BUILD_STRING:
    case Opcode::BUILD_SLICE:
    case Opcode::RAISE_ASSERTION:
    case Opcode::RAISE_VARARGS:
      *pops = in.arg;
      break;
    case Opcode::UNPACK_SEQUENCE:
      *pushes = in.arg;
      break;
    case Opcode::BUILD_MAP:
      *pops = 2 * in.arg;
      break;
    case Opcode::CALL_FUNCTION_EX:
      *pops = 2 + (in.arg != 0 ? 1 : 0);
      break;
    case Opcode::MAKE_FUNCTION:
      *pops = ((in.count & kMakeFunctionDefaults) != 0 ? 1 : 0) +
              ((in.count & kMakeFunctionClosure) != 0 ? 1 : 0);
      break;
    default:
      break;
  }
}

std::string Constant::ToAssembly() const {
  switch (kind) {
    case Kind::kNone:
      return "None";
    case Kind::kBool:
      return i != 0 ? "True" : "False";
    case Kind::kInt:
      return std::to_string(i);
    case Kind::kBigInt:
      return s;
    case Kind::kFloat: {
      if (std::isnan(f)) return "nan";
      if (std::isinf(f)) return f < 0 ? "-inf" : "inf";
      char buf[64];
      auto res = std::to_chars(buf, buf + sizeof buf, f);  // shortest round trip
      std::string text(buf, res.ptr);
      if (text.find_first_of(".e") == std::string::npos) text += ".0";
      return text;
    }
    case Kind::kStr: {
      std::string out = "\"";
      for (char c : s) {
        switch (c) {
          case '"':
            out += "\\\"";
            break;
          case '\\':
            out += "\\\\";
            break;
          case '\n':
            out += "\\n";
            break;
          case '\t':
            out += "\\t";
            break;
          default:
            out += c;
        }
      }
      return out + "\"";
    }
  }
  return "?";
}

int ProgramSpec::FindFunction(std::string_view name) const {
  for (std::size_t i = 0; i < functions.size(); ++i) {
    if (functions[i].full_name() == name) return static_cast<int>(i);
  }
  return -1;
}

int ProgramSpec::FindGlobal(std::string_view name) const {
  for (std::size_t i = 0; i < globals.size(); ++i) {
    if (globals[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

std::string FormatOperand(const ProgramSpec& program, const FunctionSpec& fn,
                          const Instr& in) {
  const auto index = static_cast<std::size_t>(in.arg);
  const bool in_range = in.arg >= 0;
  switch (InfoOf(in.op).operand) {
    case OperandKind::kNone:
      return "";
    case OperandKind::kConst:
      return in_range && index < fn.consts.size()
                 ? fn.consts[index].ToAssembly()
                 : "<const " + std::to_string(in.arg) + ">";
    case OperandKind::kLocal:
      return in_range && index < fn.locals.size()
                 ? fn.locals[index]
                 : "<local " + std::to_string(in.arg) + ">";
    case OperandKind::kGlobal:
      return in_range && index < program.globals.size()
                 ? program.globals[index].name
                 : "<global " + std::to_string(in.arg) + ">";
    case OperandKind::kJump:
      return "L" + std::to_string(in.arg);
    case OperandKind::kCount:
      return std::to_string(in.arg);
    case OperandKind::kCompare:
      return CompareOpSymbol(static_cast<CompareOp>(in.arg));
    case OperandKind::kMethod:
      return (in_range && index < fn.names.size()
                  ? fn.names[index]
                  : "<name " + std::to_string(in.arg) + ">") +
             " " + std::to_string(in.count);
    case OperandKind::kName:
      return in_range && index < fn.names.size()
                 ? fn.names[index]
                 : "<name " + std::to_string(in.arg) + ">";
    case OperandKind::kFunction: {
      std::string name = in_range && index < program.functions.size()
                             ? program.functions[index].full_name()
                             : "<function " + std::to_string(in.arg) + ">";
      if (in.count & kMakeFunctionDefaults) name += " (defaults)";
      if (in.count & kMakeFunctionClosure) name += " (closure)";
      return name;
    }
    case OperandKind::kDeref: {
      const std::size_t cells = fn.cellvars.size();
      if (in_range && index < cells) return fn.cellvars[index];
      if (in_range && index - cells < fn.freevars.size())
        return fn.freevars[index - cells];
      return "<cell " + std::to_string(in.arg) + ">";
    }
  }
  return "";
}

std::string FormatInstr(const ProgramSpec& program, const FunctionSpec& fn,
                        const Instr& in) {
  if (!IsValidOpcode(static_cast<int>(in.op))) {
    return "<opcode " + std::to_string(static_cast<int>(in.op)) + ">";
  }
  std::string out = InfoOf(in.op).name;
  if (std::string operand = FormatOperand(program, fn, in); !operand.empty()) {
    out += " " + operand;
  }
  return out;
}

namespace {

// CPython 3.11's hierarchy, as far as gillab raises its exceptions or a
// program is likely to name them.
constexpr ExceptionClassSpec kBuiltinExceptions[] = {
    {"BaseException", nullptr},
    {"Exception", "BaseException"},
    {"KeyboardInterrupt", "BaseException"},
    {"SystemExit", "BaseException"},
    {"GeneratorExit", "BaseException"},
    {"ArithmeticError", "Exception"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"OverflowError", "ArithmeticError"},
    {"AssertionError", "Exception"},
    {"AttributeError", "Exception"},
    {"LookupError", "Exception"},
    {"IndexError", "LookupError"},
    {"KeyError", "LookupError"},
    {"MemoryError", "Exception"},
    {"NameError", "Exception"},
    {"UnboundLocalError", "NameError"},
    {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"},
    {"RecursionError", "RuntimeError"},
    {"StopIteration", "Exception"},
    {"TypeError", "Exception"},
    {"ValueError", "Exception"},
    {"UnicodeError", "ValueError"},
    {"OSError", "Exception"},
    {"TimeoutError", "OSError"},
    {"queue.Empty", "Exception", "_queue"},  // CPython's is the C module's
    {"queue.Full", "Exception", "queue"},
};

}  // namespace

std::span<const ExceptionClassSpec> BuiltinExceptions() { return kBuiltinExceptions; }

bool IsBuiltinException(std::string_view name) {
  for (const ExceptionClassSpec& e : kBuiltinExceptions) {
    if (name == e.name) return true;
  }
  return false;
}

std::vector<bool> JumpTargets(const FunctionSpec& fn) {
  std::vector<bool> target(fn.code.size(), false);
  for (const Handler& h : fn.handlers) {
    if (h.target >= 0 && static_cast<std::size_t>(h.target) < fn.code.size())
      target[static_cast<std::size_t>(h.target)] = true;
  }
  for (const Instr& in : fn.code) {
    if (IsValidOpcode(static_cast<int>(in.op)) &&
        InfoOf(in.op).operand == OperandKind::kJump && in.arg >= 0 &&
        static_cast<std::size_t>(in.arg) < fn.code.size()) {
      target[static_cast<std::size_t>(in.arg)] = true;
    }
  }
  return target;
}

}  // namespace gillab
