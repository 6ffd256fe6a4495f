// gillab/runtime/bytecode/assembler.cc
#include "runtime/bytecode/assembler.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "runtime/bytecode/builder.h"
#include "runtime/bytecode/verifier.h"

namespace gillab {

namespace {

absl::Status LineError(int line, const std::string& problem) {
  return absl::InvalidArgumentError("line " + std::to_string(line) + ": " + problem);
}

// Splits a line into tokens: whitespace-separated words and "quoted strings"
// (kept with their quotes); stops at a `#` outside a string.
absl::Status Tokenize(std::string_view line, int lineno, std::vector<std::string>* out) {
  std::size_t i = 0;
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (c == '#') {
      break;
    } else if (c == '"') {
      std::size_t j = i + 1;
      while (j < line.size() && line[j] != '"') j += line[j] == '\\' ? 2 : 1;
      if (j >= line.size()) return LineError(lineno, "unterminated string");
      out->emplace_back(line.substr(i, j + 1 - i));
      i = j + 1;
    } else {
      std::size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r' &&
             line[j] != '#') {
        ++j;
      }
      out->emplace_back(line.substr(i, j - i));
      i = j;
    }
  }
  return absl::OkStatus();
}

bool IsIdentifier(std::string_view s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

std::optional<std::int64_t> ParseInt(const std::string& s) {
  if (s.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const long long v = std::strtoll(s.c_str(), &end, 10);
  if (errno != 0 || end != s.c_str() + s.size()) return std::nullopt;
  return v;
}

std::optional<Constant> ParseLiteral(const std::string& s) {
  if (s == "None") return Constant::None();
  if (s == "True") return Constant::Bool(true);
  if (s == "False") return Constant::Bool(false);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') {
    std::string text;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
      if (s[i] != '\\') {
        text += s[i];
        continue;
      }
      if (++i + 1 > s.size() - 1) return std::nullopt;
      switch (s[i]) {
        case 'n':
          text += '\n';
          break;
        case 't':
          text += '\t';
          break;
        case '"':
        case '\\':
          text += s[i];
          break;
        default:
          return std::nullopt;
      }
    }
    return Constant::Str(std::move(text));
  }
  if (auto i = ParseInt(s)) return Constant::Int(*i);
  {  // an int past 64 bits, as ToAssembly writes it: decimal, no leading zero (the
     // largest literal the front end takes, 16,384 hex digits, has under 20,000)
    const std::size_t first = !s.empty() && s[0] == '-' ? 1 : 0;
    if (s.size() > first && s.size() - first <= 20000 && s[first] != '0' &&
        s.find_first_not_of("0123456789", first) == std::string::npos) {
      return Constant::BigInt(s);
    }
  }
  if (s == "inf" || s == "-inf" || s == "nan") {
    return Constant::Float(s == "nan" ? NAN : (s[0] == '-' ? -INFINITY : INFINITY));
  }
  if (s.find_first_of(".eE") != std::string::npos) {
    errno = 0;
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (errno == 0 && end == s.c_str() + s.size()) return Constant::Float(d);
  }
  return std::nullopt;
}

struct LabelInfo {
  FunctionBuilder::Label label;
  bool defined = false;
  int first_use_line = 0;
};

class Parser {
 public:
  absl::StatusOr<ProgramSpec> Parse(std::string_view text) {
    int lineno = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      ++lineno;
      std::vector<std::string> tokens;
      if (absl::Status s = Tokenize(text.substr(pos, nl - pos), lineno, &tokens);
          !s.ok()) {
        return s;
      }
      if (!tokens.empty()) {
        if (absl::Status s = Line(tokens, lineno); !s.ok()) return s;
      }
      pos = nl + 1;
    }
    if (fn_ != nullptr) {
      return LineError(lineno, "function '" + fn_->name() + "' has no .end");
    }
    absl::StatusOr<ProgramSpec> program = pb_.BuildUnverified();
    if (!program.ok()) return program;
    for (const FunctionRef& ref : function_refs_) {  // MAKE_FUNCTION, resolved
      const int f = program->FindFunction(ref.name);
      if (f < 0) return LineError(ref.line, "unknown function '" + ref.name + "'");
      program->functions[static_cast<std::size_t>(ref.in_function)].code[ref.pc].arg = f;
    }
    if (absl::Status s = Verify(*program); !s.ok()) return s;
    return program;
  }

 private:
  absl::Status Line(std::vector<std::string>& tokens, int line) {
    // A label, possibly followed by an instruction on the same line.
    if (tokens[0].size() > 1 && tokens[0].back() == ':' && tokens[0][0] != '.') {
      if (fn_ == nullptr) return LineError(line, "label outside a function");
      const std::string name = tokens[0].substr(0, tokens[0].size() - 1);
      if (!IsIdentifier(name)) return LineError(line, "bad label name '" + name + "'");
      LabelInfo& info = LabelFor(name, line);
      if (info.defined) return LineError(line, "label '" + name + "' defined twice");
      info.defined = true;
      fn_->Bind(info.label);
      tokens.erase(tokens.begin());
      if (tokens.empty()) return absl::OkStatus();
    }
    const std::string& head = tokens[0];
    if (head[0] == '.') return Directive(tokens, line);
    if (fn_ == nullptr) return LineError(line, "instruction outside a function");
    return Instruction(tokens, line);
  }

  absl::Status Directive(const std::vector<std::string>& t, int line) {
    const std::string& d = t[0];
    if (d == ".global") {
      if (fn_ != nullptr)
        return LineError(line, ".global inside function '" + fn_->name() + "'");
      if (t.size() != 2 && !(t.size() == 4 && t[2] == "=")) {
        return LineError(line, "expected: .global NAME [= LITERAL]");
      }
      if (!IsIdentifier(t[1])) return LineError(line, "bad global name '" + t[1] + "'");
      std::optional<Constant> initial;
      if (t.size() == 4) {
        initial = ParseLiteral(t[3]);
        if (!initial) return LineError(line, "bad literal '" + t[3] + "'");
      }
      pb_.Global(t[1], initial);
      return absl::OkStatus();
    }
    if (d == ".func") {
      if (fn_ != nullptr) {
        return LineError(line,
                         ".func inside function '" + fn_->name() + "' (missing .end)");
      }
      if (t.size() < 2) return LineError(line, "expected: .func NAME [PARAM ...]");
      for (std::size_t i = 1; i < t.size(); ++i) {
        if (!IsIdentifier(t[i])) return LineError(line, "bad name '" + t[i] + "'");
      }
      if (!function_names_.insert(t[1]).second) {
        return LineError(line, "function '" + t[1] + "' defined twice");
      }
      fn_ = &pb_.Function(t[1], std::vector<std::string>(t.begin() + 2, t.end()));
      ++fn_index_;
      labels_.clear();
      return absl::OkStatus();
    }
    if (d == ".locals") {
      if (fn_ == nullptr) return LineError(line, ".locals outside a function");
      for (std::size_t i = 1; i < t.size(); ++i) {
        if (!IsIdentifier(t[i])) return LineError(line, "bad name '" + t[i] + "'");
        fn_->Local(t[i]);
      }
      return absl::OkStatus();
    }
    if (d == ".generator") {
      if (fn_ == nullptr) return LineError(line, ".generator outside a function");
      if (t.size() != 1) return LineError(line, ".generator takes nothing");
      fn_->SetGenerator();
      return absl::OkStatus();
    }
    if (d == ".end") {
      if (fn_ == nullptr) return LineError(line, ".end without .func");
      if (t.size() != 1) return LineError(line, ".end takes nothing");
      for (const auto& [name, info] : labels_) {
        if (!info.defined) {
          return LineError(info.first_use_line, "unknown label '" + name + "'");
        }
      }
      fn_ = nullptr;
      return absl::OkStatus();
    }
    return LineError(line, "unknown directive '" + d +
                               "' (valid: .global, .func, .locals, .generator, .end)");
  }

  absl::Status Instruction(const std::vector<std::string>& t, int line) {
    Opcode op;
    if (!ParseOpcode(t[0], &op)) return LineError(line, "unknown opcode '" + t[0] + "'");
    const OpcodeInfo& info = InfoOf(op);
    const std::size_t want = info.operand == OperandKind::kNone     ? 0
                             : info.operand == OperandKind::kMethod ? 2
                                                                    : 1;
    if (t.size() - 1 != want) {
      return LineError(line, t[0] + " takes " + std::to_string(want) + " operand" +
                                 (want == 1 ? "" : "s") + ", got " +
                                 std::to_string(t.size() - 1));
    }
    fn_->SetLine(line);
    switch (info.operand) {
      case OperandKind::kNone:
        fn_->Op(op);
        break;
      case OperandKind::kConst: {
        std::optional<Constant> c = ParseLiteral(t[1]);
        if (!c) return LineError(line, "bad literal '" + t[1] + "'");
        fn_->LoadConst(*c);
        break;
      }
      case OperandKind::kLocal:
        if (!IsIdentifier(t[1])) return LineError(line, "bad name '" + t[1] + "'");
        fn_->Emit(Instr{op, 0, fn_->Local(t[1])});
        break;
      case OperandKind::kGlobal:
        if (!IsIdentifier(t[1])) return LineError(line, "bad name '" + t[1] + "'");
        fn_->Emit(Instr{op, 0, pb_.Global(t[1])});
        break;
      case OperandKind::kJump:
        if (!IsIdentifier(t[1])) return LineError(line, "bad label '" + t[1] + "'");
        fn_->Jump(op, LabelFor(t[1], line).label);
        break;
      case OperandKind::kCount: {
        auto n = ParseInt(t[1]);
        if (!n || *n < 0 || *n > 255) {
          return LineError(line, "bad count '" + t[1] + "' (expected 0..255)");
        }
        fn_->Emit(Instr{op, 0, static_cast<std::int32_t>(*n)});
        break;
      }
      case OperandKind::kCompare: {
        CompareOp cmp;
        if (!ParseCompareOp(t[1], &cmp)) {
          return LineError(line,
                           "unknown comparison '" + t[1] +
                               "' (valid: <, <=, ==, !=, >, >=, is, is_not, in, not_in)");
        }
        fn_->Compare(cmp);
        break;
      }
      case OperandKind::kDeref:
        return LineError(line, std::string(info.name) +
                                   ": cells are made by the Python front end only "
                                   "(no assembly form)");
      case OperandKind::kFunction:
        if (!IsIdentifier(t[1])) return LineError(line, "bad name '" + t[1] + "'");
        function_refs_.push_back({fn_index_, fn_->size(), t[1], line});
        fn_->Emit(Instr{op, 0, 0});  // the index is set once every .func is read
        break;
      case OperandKind::kName:
        if (!IsIdentifier(t[1])) return LineError(line, "bad name '" + t[1] + "'");
        fn_->Emit(Instr{op, 0, fn_->Name(t[1])});
        break;
      case OperandKind::kMethod: {
        // CALL_KW's names are keywords, "a,b"; CALL_METHOD's one method name;
        // CALL_METHOD_KW's a method name and keywords, "m:a,b".
        std::string keywords = t[1];
        bool names_ok = true;
        if (op == Opcode::CALL_METHOD_KW) {
          const std::size_t colon = t[1].find(':');
          names_ok = colon != std::string::npos && IsIdentifier(t[1].substr(0, colon));
          keywords = names_ok ? t[1].substr(colon + 1) : "";
        }
        names_ok = names_ok && !keywords.empty() && keywords.back() != ',';
        for (std::size_t b = 0, e; names_ok && b < keywords.size(); b = e + 1) {
          e = std::min(keywords.find(',', b), keywords.size());
          names_ok = IsIdentifier(keywords.substr(b, e - b)) &&
                     (op != Opcode::CALL_METHOD || e == keywords.size());
        }
        if (!names_ok) return LineError(line, "bad name '" + t[1] + "'");
        auto n = ParseInt(t[2]);
        if (!n || *n < 0 || *n > 255) {
          return LineError(line, "bad count '" + t[2] + "' (expected 0..255)");
        }
        fn_->Emit(Instr{op, static_cast<std::uint8_t>(*n), fn_->Name(t[1])});
        break;
      }
    }
    return absl::OkStatus();
  }

  LabelInfo& LabelFor(const std::string& name, int line) {
    auto [it, inserted] = labels_.try_emplace(name);
    if (inserted) {
      it->second.label = fn_->NewLabel();
      it->second.first_use_line = line;
    }
    return it->second;
  }

  ProgramBuilder pb_;
  FunctionBuilder* fn_ = nullptr;
  std::map<std::string, LabelInfo> labels_;  // ordered: errors are deterministic
  struct FunctionRef {
    int in_function;  // the function whose instruction names it
    std::size_t pc;
    std::string name;
    int line;
  };
  std::vector<FunctionRef> function_refs_;
  int fn_index_ = -1;
  absl::flat_hash_set<std::string> function_names_;
};

}  // namespace

absl::StatusOr<ProgramSpec> Assemble(std::string_view text) {
  return Parser().Parse(text);
}

std::string Disassemble(const ProgramSpec& program) {
  std::string out;
  for (const GlobalSpec& g : program.globals) {
    out += ".global " + g.name;
    if (g.initial.has_value()) out += " = " + g.initial->ToAssembly();
    out += "\n";
  }
  for (const FunctionSpec& fn : program.functions) {
    if (!out.empty()) out += "\n";
    out += ".func " + fn.name;
    for (int i = 0; i < fn.num_params && i < static_cast<int>(fn.locals.size()); ++i) {
      out += " " + fn.locals[static_cast<std::size_t>(i)];
    }
    out += "\n";
    if (static_cast<int>(fn.locals.size()) > fn.num_params) {
      out += ".locals";
      for (std::size_t i = static_cast<std::size_t>(std::max(fn.num_params, 0));
           i < fn.locals.size(); ++i) {
        out += " " + fn.locals[i];
      }
      out += "\n";
    }
    if (fn.generator) out += ".generator\n";
    const std::vector<bool> target = JumpTargets(fn);
    for (std::size_t pc = 0; pc < fn.code.size(); ++pc) {
      if (target[pc]) out += "L" + std::to_string(pc) + ":\n";
      std::string text = "  " + FormatInstr(program, fn, fn.code[pc]);
      if (text.size() < 32) text.append(32 - text.size(), ' ');
      out += text + " # " + std::to_string(pc) + "\n";
    }
    out += ".end\n";
  }
  return out;
}

}  // namespace gillab
