// gillab/runtime/bytecode/verifier.cc
#include "runtime/bytecode/verifier.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"

namespace gillab {

namespace {

std::string Where(const ProgramSpec& p, const FunctionSpec& fn, std::size_t pc) {
  std::string out = "function '" + fn.name + "', instruction " + std::to_string(pc) +
                    " (" + FormatInstr(p, fn, fn.code[pc]) + ")";
  if (const int line = fn.line_of(pc); line > 0) out += ", line " + std::to_string(line);
  return out + ": ";
}

absl::Status Error(const ProgramSpec& p, const FunctionSpec& fn, std::size_t pc,
                   const std::string& problem) {
  return absl::InvalidArgumentError(Where(p, fn, pc) + problem);
}

// Operands in range for their kinds.
absl::Status CheckOperands(const ProgramSpec& p, const FunctionSpec& fn) {
  const auto size = [](const auto& v) { return static_cast<std::int64_t>(v.size()); };
  for (std::size_t pc = 0; pc < fn.code.size(); ++pc) {
    const Instr& in = fn.code[pc];
    if (!IsValidOpcode(static_cast<int>(in.op))) {
      return Error(p, fn, pc,
                   "unknown opcode " + std::to_string(static_cast<int>(in.op)));
    }
    const std::int64_t a = in.arg;
    if (in.op == Opcode::BUILD_CLASS && (fn.num_params < 1 || fn.varargs || fn.varkw)) {
      return Error(p, fn, pc, "BUILD_CLASS outside a class body (no .base parameter)");
    }
    if (in.op == Opcode::YIELD_VALUE && !fn.generator) {
      return Error(p, fn, pc, "YIELD_VALUE outside a generator");
    }
    switch (InfoOf(in.op).operand) {
      case OperandKind::kNone:
        break;
      case OperandKind::kConst:
        if (a < 0 || a >= size(fn.consts)) {
          return Error(p, fn, pc,
                       "constant index " + std::to_string(a) + " out of range (" +
                           std::to_string(fn.consts.size()) + " constants)");
        }
        break;
      case OperandKind::kLocal:
        if (a < 0 || a >= size(fn.locals)) {
          return Error(p, fn, pc,
                       "local index " + std::to_string(a) + " out of range (" +
                           std::to_string(fn.locals.size()) + " locals)");
        }
        break;
      case OperandKind::kGlobal:
        if (a < 0 || a >= size(p.globals)) {
          return Error(p, fn, pc,
                       "global index " + std::to_string(a) + " out of range (" +
                           std::to_string(p.globals.size()) + " globals)");
        }
        break;
      case OperandKind::kJump:
        if (a < 0 || a >= size(fn.code)) {
          return Error(p, fn, pc,
                       "bad jump target " + std::to_string(a) + " (the function has " +
                           std::to_string(fn.code.size()) + " instructions)");
        }
        break;
      case OperandKind::kCount:
        if (a < 0 || a > 255) {
          return Error(p, fn, pc, "count " + std::to_string(a) + " not in 0..255");
        }
        if (in.op == Opcode::RAISE_VARARGS && a > 2) {
          return Error(p, fn, pc, "RAISE_VARARGS of " + std::to_string(a) + " (0 to 2)");
        }
        if ((in.op == Opcode::RAISE_ASSERTION || in.op == Opcode::CALL_FUNCTION_EX) &&
            a > 1) {
          return Error(p, fn, pc,
                       "RAISE_ASSERTION of " + std::to_string(a) + " (0 or 1)");
        }
        if (in.op == Opcode::BUILD_SLICE && a != 2 && a != 3) {
          return Error(p, fn, pc, "BUILD_SLICE of " + std::to_string(a) + " (2 or 3)");
        }
        break;
      case OperandKind::kCompare:
        if (a < 0 || a >= kNumCompareOps) {
          return Error(p, fn, pc, "unknown comparison " + std::to_string(a));
        }
        break;
      case OperandKind::kFunction: {
        if (a < 0 || a >= size(p.functions)) {
          return Error(p, fn, pc,
                       "function index " + std::to_string(a) + " out of range (" +
                           std::to_string(p.functions.size()) + " functions)");
        }
        constexpr int kKnown =
            kMakeFunctionDefaults | kMakeFunctionClosure | kMakeFunctionNew;
        if ((in.count & ~kKnown) != 0) {
          return Error(p, fn, pc,
                       "unknown MAKE_FUNCTION flags " + std::to_string(in.count));
        }
        const bool closure = (in.count & kMakeFunctionClosure) != 0;
        if (closure != !p.functions[static_cast<std::size_t>(a)].freevars.empty()) {
          return Error(p, fn, pc,
                       closure ? "a closure for a function without free variables"
                               : "no closure for a function with free variables");
        }
        break;
      }
      case OperandKind::kDeref:
        if (a < 0 || a >= size(fn.cellvars) + size(fn.freevars)) {
          return Error(p, fn, pc,
                       "cell index " + std::to_string(a) + " out of range (" +
                           std::to_string(fn.cellvars.size() + fn.freevars.size()) +
                           " cells)");
        }
        break;
      case OperandKind::kName:
      case OperandKind::kMethod:
        if (a < 0 || a >= size(fn.names)) {
          return Error(p, fn, pc,
                       "name index " + std::to_string(a) + " out of range (" +
                           std::to_string(fn.names.size()) + " names)");
        }
        if (in.op == Opcode::CALL_KW || in.op == Opcode::CALL_METHOD_KW) {
          // The keywords name some of the arguments.
          const std::string& names = fn.names[static_cast<std::size_t>(a)];
          if (in.op == Opcode::CALL_METHOD_KW && names.find(':') == std::string::npos) {
            return Error(p, fn, pc, "CALL_METHOD_KW's name '" + names + "' is not m:a,b");
          }
          const auto keywords = std::count(names.begin(), names.end(), ',') + 1;
          if (keywords > in.count) {
            return Error(p, fn, pc,
                         std::to_string(keywords) + " keywords for " +
                             std::to_string(in.count) + " arguments");
          }
        }
        break;
    }
  }
  return absl::OkStatus();
}

// Stack depths along every path; sets fn.stack_size.
absl::Status CheckStack(const ProgramSpec& p, FunctionSpec& fn) {
  std::vector<int> depth_at(fn.code.size(), -1);
  std::vector<std::size_t> work = {0};
  depth_at[0] = 0;
  int max_depth = 0;
  std::vector<bool> seeded(fn.handlers.size(), false);
  for (;;) {
    if (work.empty()) {
      // A handler runs, with the exception pushed on the depth it keeps, once
      // an instruction of its range is reached.
      for (std::size_t h = 0; h < fn.handlers.size(); ++h) {
        const Handler& handler = fn.handlers[h];
        if (seeded[h] || depth_at[static_cast<std::size_t>(handler.start)] < 0) continue;
        seeded[h] = true;
        const int at = handler.stack_depth + 1;
        const auto target = static_cast<std::size_t>(handler.target);
        if (at > max_depth) max_depth = at;
        if (depth_at[target] < 0) {
          depth_at[target] = at;
          work.push_back(target);
        } else if (depth_at[target] != at) {
          return Error(p, fn, target,
                       "a handler's stack depth " + std::to_string(at) +
                           ", which other paths reach with " +
                           std::to_string(depth_at[target]));
        }
      }
      if (work.empty()) break;
    }
    const std::size_t pc = work.back();
    work.pop_back();
    const Instr& in = fn.code[pc];
    int pops, pushes;
    StackEffect(in, &pops, &pushes);
    const int depth = depth_at[pc];
    if (depth < pops) {
      return Error(p, fn, pc,
                   "stack underflow (pops " + std::to_string(pops) +
                       ", the stack holds " + std::to_string(depth) + ")");
    }
    const int after = depth - pops + pushes;
    if (after > kMaxStackDepth) {
      return Error(p, fn, pc,
                   "stack overflow (depth " + std::to_string(after) + ", the limit is " +
                       std::to_string(kMaxStackDepth) + ")");
    }
    if (after > max_depth) max_depth = after;
    std::vector<std::size_t> successors;
    if (in.op != Opcode::RETURN_VALUE && in.op != Opcode::JUMP) {
      if (pc + 1 >= fn.code.size()) {
        return Error(p, fn, pc, "falls off the end of the function (no RETURN_VALUE)");
      }
      successors.push_back(pc + 1);
    }
    if (InfoOf(in.op).operand == OperandKind::kJump) {
      successors.push_back(static_cast<std::size_t>(in.arg));
    }
    for (std::size_t next : successors) {
      // FOR_ITER pushes the next item, or pops the spent iterator and jumps;
      // SEND leaves the iterator and its next value, or jumps with the one
      // value it returned in place of both.
      const int after_here = (in.op == Opcode::FOR_ITER || in.op == Opcode::SEND) &&
                                     next == static_cast<std::size_t>(in.arg) &&
                                     next != pc + 1
                                 ? depth - 1
                                 : after;
      if (depth_at[next] < 0) {
        depth_at[next] = after_here;
        work.push_back(next);
      } else if (depth_at[next] != after_here) {
        return Error(p, fn, pc,
                     "stack depth " + std::to_string(after_here) + " at instruction " +
                         std::to_string(next) + ", which other paths reach with " +
                         std::to_string(depth_at[next]));
      }
    }
  }
  for (const Handler& h : fn.handlers) {
    for (int pc = h.start; pc < h.end; ++pc) {
      if (depth_at[static_cast<std::size_t>(pc)] >= 0 &&
          depth_at[static_cast<std::size_t>(pc)] < h.stack_depth) {
        return Error(p, fn, static_cast<std::size_t>(pc),
                     "stack depth " +
                         std::to_string(depth_at[static_cast<std::size_t>(pc)]) +
                         " below its handler's " + std::to_string(h.stack_depth));
      }
    }
  }
  fn.stack_size = max_depth;
  return absl::OkStatus();
}

}  // namespace

absl::Status Verify(ProgramSpec& program) {
  absl::flat_hash_set<std::string> seen;
  for (const FunctionSpec& fn : program.functions) {
    // Found by name (Run's threads, FindFunction), so one of each; a lambda, a
    // nested function ("f.<locals>.g"), a method ("C.f") or a class body (it
    // ends in BUILD_CLASS) is not, and may be made twice (a class redefined).
    const std::string& name = fn.full_name();
    const bool class_body =
        std::any_of(fn.code.begin(), fn.code.end(),
                    [](const Instr& in) { return in.op == Opcode::BUILD_CLASS; });
    if (name.find_first_of("<.") == std::string::npos && !class_body &&
        !seen.insert(name).second) {
      return absl::InvalidArgumentError("function '" + name + "' is defined twice");
    }
  }
  absl::flat_hash_set<std::string> globals_seen;
  for (const GlobalSpec& g : program.globals) {
    if (!globals_seen.insert(g.name).second) {
      return absl::InvalidArgumentError("global '" + g.name + "' is declared twice");
    }
    if (g.initial.has_value() && program.FindFunction(g.name) >= 0) {
      return absl::InvalidArgumentError("global '" + g.name +
                                        "' has an initial value and is also a function");
    }
  }
  // Globals some function stores to.
  std::vector<bool> stored(program.globals.size(), false);
  for (FunctionSpec& fn : program.functions) {
    if (fn.code.empty()) {
      return absl::InvalidArgumentError("function '" + fn.name + "' has no instructions");
    }
    if (fn.num_params < 0 || fn.num_params > static_cast<int>(fn.locals.size()) ||
        fn.num_params < (fn.varargs ? 1 : 0) + (fn.varkw ? 1 : 0)) {
      return absl::InvalidArgumentError(
          "function '" + fn.name + "' has " + std::to_string(fn.num_params) +
          " parameters but " + std::to_string(fn.locals.size()) + " locals");
    }
    if (absl::Status s = CheckOperands(program, fn); !s.ok()) return s;
    for (const Handler& h : fn.handlers) {
      const int size = static_cast<int>(fn.code.size());
      if (h.start < 0 || h.start >= h.end || h.end > size || h.target < 0 ||
          h.target >= size || h.with_depth < 0 || h.exc_depth < 0 || h.stack_depth < 0 ||
          h.stack_depth >= kMaxStackDepth) {
        return absl::InvalidArgumentError(
            "function '" + fn.name + "' has a handler out of range ([" +
            std::to_string(h.start) + ", " + std::to_string(h.end) + ") -> " +
            std::to_string(h.target) + ")");
      }
    }
    if (absl::Status s = CheckStack(program, fn); !s.ok()) return s;
    for (const Instr& in : fn.code) {
      if (in.op == Opcode::STORE_GLOBAL) stored[static_cast<std::size_t>(in.arg)] = true;
    }
  }
  // Names. Python resolves them at run time (a NameError then), so only an
  // assembly program's are checked here.
  if (program.dialect == Dialect::kPython) return absl::OkStatus();
  for (const FunctionSpec& fn : program.functions) {
    std::vector<bool> assigned(fn.locals.size(), false);
    for (int i = 0; i < fn.num_params; ++i) assigned[static_cast<std::size_t>(i)] = true;
    for (const Instr& in : fn.code) {
      if (in.op == Opcode::STORE_FAST) assigned[static_cast<std::size_t>(in.arg)] = true;
    }
    for (std::size_t pc = 0; pc < fn.code.size(); ++pc) {
      const Instr& in = fn.code[pc];
      const auto a = static_cast<std::size_t>(in.arg);
      if (in.op == Opcode::LOAD_FAST && !assigned[a]) {
        return Error(program, fn, pc,
                     "unknown name '" + fn.locals[a] +
                         "' (a local that is neither a parameter nor assigned)");
      }
      if (in.op == Opcode::LOAD_GLOBAL) {
        const GlobalSpec& g = program.globals[a];
        Builtin b;
        if (!stored[a] && !g.initial.has_value() && program.FindFunction(g.name) < 0 &&
            !ParseBuiltin(g.name, &b)) {
          return Error(program, fn, pc,
                       "unknown name '" + g.name +
                           "' (not a function, a builtin, or a global that is set)");
        }
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace gillab
