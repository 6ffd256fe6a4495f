// gillab/frontend/compiler_expr.cc — expressions: names, operators, calls
// (with keywords, and unpacking), displays, comprehensions, f-strings.
#include <span>
#include <string>
#include <vector>

#include "frontend/compiler_internal.h"
#include "frontend/cpython_names.h"

namespace gillab::py::compiler_internal {

void Compiler::Expression(const Expr& e) {
  switch (e.kind) {
    case Expr::Kind::kName:
      LoadName(e.name, e);
      return;
    case Expr::Kind::kConst:
      fb().LoadConst(e.value);
      return;
    case Expr::Kind::kBinOp:
      Expression(*e.items[0]);
      Expression(*e.items[1]);
      fb().Op(e.op);
      return;
    case Expr::Kind::kUnary:
      Expression(*e.items[0]);
      fb().Op(e.op);
      return;
    case Expr::Kind::kBoolOp: {
      auto end = fb().NewLabel();
      for (std::size_t i = 0; i < e.items.size(); ++i) {
        Expression(*e.items[i]);
        if (i + 1 == e.items.size()) break;
        fb().Op(Opcode::DUP_TOP)
            .Jump(e.is_and ? Opcode::POP_JUMP_IF_FALSE : Opcode::POP_JUMP_IF_TRUE, end)
            .Op(Opcode::POP_TOP);
      }
      fb().Bind(end);
      return;
    }
    case Expr::Kind::kCompare:
      Compare(e);
      return;
    case Expr::Kind::kIfExp: {
      auto otherwise = fb().NewLabel();
      auto end = fb().NewLabel();
      Expression(*e.items[0]);
      fb().Jump(Opcode::POP_JUMP_IF_FALSE, otherwise);
      Expression(*e.items[1]);
      fb().Jump(Opcode::JUMP, end);
      fb().Bind(otherwise);
      Expression(*e.items[2]);
      fb().Bind(end);
      return;
    }
    case Expr::Kind::kCall:
      Call(e);
      return;
    case Expr::Kind::kAttribute:
      if (const std::string* module = ModuleOf(*e.items[0])) {
        ModuleMember(*module, e);
        return;
      }
      Expression(*e.items[0]);
      fb().SetLine(e.line).Emit(Instr{Opcode::LOAD_ATTR, 0, fb().Name(e.name)});
      return;
    case Expr::Kind::kSubscript:
      Expression(*e.items[0]);
      Expression(*e.items[1]);
      fb().Op(Opcode::BINARY_SUBSCR);
      return;
    case Expr::Kind::kList:
      Sequence(e, Opcode::BUILD_LIST);
      return;
    case Expr::Kind::kSet:
      Sequence(e, Opcode::BUILD_SET);
      return;
    case Expr::Kind::kTuple:
      if (e.items.size() > kMaxCount) Unsupported("tuples of more than 255 items", e);
      Sequence(e, Opcode::BUILD_TUPLE);
      return;
    case Expr::Kind::kDict:
      Dict(e);
      return;
    case Expr::Kind::kFString:
      FString(e);
      return;
    case Expr::Kind::kLambda: {
      const std::span<const ExprPtr> defaults =
          std::span<const ExprPtr>(e.items).subspan(1);
      MakeFunction(e, "<lambda>", e.names, defaults, /*lambda=*/true, [&] {
        Expression(*e.items[0]);
        fb().Op(Opcode::RETURN_VALUE);
      });
      return;
    }
    case Expr::Kind::kListComp:
    case Expr::Kind::kDictComp:
    case Expr::Kind::kSetComp:
    case Expr::Kind::kGenExp:
      Comprehension(e);
      return;
    case Expr::Kind::kYield:
    case Expr::Kind::kYieldFrom:
      Yield(e);
      return;
    case Expr::Kind::kClause:  // only inside a comprehension (Comprehension)
      return;
    case Expr::Kind::kStarred:  // only among a call's arguments (CallUnpacking)
      Fail("can't use starred expression here", e);
    case Expr::Kind::kSlice:
      for (const ExprPtr& item : e.items) Expression(*item);
      fb().Emit(Instr{Opcode::BUILD_SLICE, 0, static_cast<std::int32_t>(e.items.size())});
      return;
  }
}

void Compiler::Comprehension(const Expr& e) {
  const bool list = e.kind == Expr::Kind::kListComp;
  const bool gen = e.kind == Expr::Kind::kGenExp;
  const bool set = e.kind == Expr::Kind::kSetComp;
  const std::span<const ExprPtr> clauses =
      std::span<const ExprPtr>(e.items).subspan(list || gen || set ? 1 : 2);
  const char* name = list  ? "<listcomp>"
                     : gen ? "<genexpr>"
                     : set ? "<setcomp>"
                           : "<dictcomp>";
  MakeFunction(e, name, {".0"}, {}, /*lambda=*/true, [&] {
    scope_->no_yield = list  ? "'yield' inside list comprehension"
                       : gen ? "'yield' inside generator expression"
                       : set ? "'yield' inside set comprehension"
                             : "'yield' inside dict comprehension";
    if (gen) {
      fb().SetGenerator();
    } else {
      fb().Build(list  ? Opcode::BUILD_LIST
                 : set ? Opcode::BUILD_SET
                       : Opcode::BUILD_MAP,
                 0)
          .StoreFast(".r");
    }
    std::vector<FunctionBuilder::Label> tops, ends;
    for (std::size_t k = 0; k < clauses.size(); ++k) {
      const Expr& c = *clauses[k];  // for items[0] in items[1] if items[2..]
      tops.push_back(fb().NewLabel());
      ends.push_back(fb().NewLabel());
      if (k == 0) {
        fb().LoadFast(".0");
      } else {
        Expression(*c.items[1]);
        fb().Op(Opcode::GET_ITER);
      }
      fb().Bind(tops.back()).Jump(Opcode::FOR_ITER, ends.back());
      Store(*c.items[0]);
      for (std::size_t i = 2; i < c.items.size(); ++i) {
        Expression(*c.items[i]);
        fb().Jump(Opcode::POP_JUMP_IF_FALSE, tops.back());
      }
    }
    if (gen) {  // yield element
      Expression(*e.items[0]);
      fb().Op(Opcode::YIELD_VALUE).Op(Opcode::POP_TOP);
    } else if (set) {  // .r.add(element)
      fb().LoadFast(".r");
      Expression(*e.items[0]);
      fb().Op(Opcode::SET_ADD);
    } else if (list) {  // .r.append(element)
      fb().LoadFast(".r");
      Expression(*e.items[0]);
      fb().Op(Opcode::LIST_APPEND);
    } else {  // .r[key] = value, the key evaluated first
      Expression(*e.items[0]);
      Expression(*e.items[1]);
      fb().Op(Opcode::ROT_TWO)
          .LoadFast(".r")
          .Op(Opcode::ROT_TWO)
          .Op(Opcode::STORE_SUBSCR);
    }
    for (std::size_t k = clauses.size(); k-- > 0;) {
      fb().SetLine(e.line).Jump(Opcode::JUMP, tops[k]);
      fb().Bind(ends[k]);
    }
    if (gen) {
      fb().LoadConst(Constant::None()).Op(Opcode::RETURN_VALUE);
    } else {
      fb().LoadFast(".r").Op(Opcode::RETURN_VALUE);
    }
  });
  Expression(*clauses[0]->items[1]);
  fb().SetLine(e.line).Op(Opcode::GET_ITER).Call(1);
}

void Compiler::Yield(const Expr& e) {
  if (scope_->no_yield != nullptr) Fail(scope_->no_yield, e);
  fb().SetGenerator();
  if (e.kind == Expr::Kind::kYieldFrom) {
    // CPython 3.11's loop: SEND runs the sub-iterator to its next value, which
    // this generator yields, and the value sent back goes on to it, until it
    // returns: that is the expression's value.
    Expression(*e.items[0]);
    auto top = fb().NewLabel();
    auto end = fb().NewLabel();
    fb().SetLine(e.line).Op(Opcode::GET_YIELD_FROM_ITER).LoadConst(Constant::None());
    fb().Bind(top).Jump(Opcode::SEND, end);
    fb().Op(Opcode::YIELD_VALUE).Jump(Opcode::JUMP, top);
    fb().Bind(end);
    return;
  }
  if (e.items.empty()) {
    fb().LoadConst(Constant::None());
  } else {
    Expression(*e.items[0]);
  }
  fb().SetLine(e.line).Op(Opcode::YIELD_VALUE);
}

void Compiler::ModuleMember(const std::string& module, const Expr& attr) {
  if (known_[module].count(attr.name) == 0) UnknownMember(module, attr.name, attr);
  fb().LoadGlobal(module + "." + attr.name);
}

void Compiler::Compare(const Expr& e) {
  Expression(*e.items[0]);
  if (e.ops.size() == 1) {
    Expression(*e.items[1]);
    fb().Compare(e.ops[0]);
    return;
  }
  // a < b < c: b is evaluated once; the chain stops at the first False.
  auto cleanup = fb().NewLabel();
  auto end = fb().NewLabel();
  for (std::size_t i = 0; i < e.ops.size(); ++i) {
    Expression(*e.items[i + 1]);
    if (i + 1 == e.ops.size()) {
      fb().Compare(e.ops[i]);
      break;
    }
    fb().Op(Opcode::DUP_TOP).Op(Opcode::ROT_THREE);  // b a b
    fb().Compare(e.ops[i]);                          // b r
    fb().Op(Opcode::DUP_TOP).Jump(Opcode::POP_JUMP_IF_FALSE, cleanup).Op(Opcode::POP_TOP);
  }
  fb().Jump(Opcode::JUMP, end);
  fb().Bind(cleanup).Op(Opcode::ROT_TWO).Op(Opcode::POP_TOP);
  fb().Bind(end);
}

void Compiler::CallUnpacking(const Expr& e) {
  const Expr& callee = *e.items[0];
  const std::size_t nkw = e.names.size();
  const std::size_t npos = e.items.size() - 1 - nkw;
  if (callee.kind == Expr::Kind::kAttribute && ModuleOf(*callee.items[0]) == nullptr) {
    Unsupported("unpacking (* or **) in a method call", e);
  }
  Expression(callee);
  fb().Build(Opcode::BUILD_LIST, 0);
  for (std::size_t i = 1; i <= npos; ++i) {
    const Expr& arg = *e.items[i];
    fb().Op(Opcode::DUP_TOP);
    if (arg.kind == Expr::Kind::kStarred) {
      Expression(*arg.items[0]);
      fb().SetLine(e.line).Op(Opcode::INPLACE_ADD).Op(Opcode::POP_TOP);
    } else {
      Expression(arg);
      fb().Op(Opcode::LIST_APPEND);
    }
  }
  if (nkw > 0) {
    fb().Build(Opcode::BUILD_MAP, 0);
    for (std::size_t k = 0; k < nkw; ++k) {
      fb().Op(Opcode::DUP_TOP);
      Expression(*e.items[1 + npos + k]);
      if (e.names[k] == "**") {
        fb().SetLine(e.line).Op(Opcode::DICT_MERGE);
      } else {  // d[name] = value
        fb().Op(Opcode::ROT_TWO).LoadConst(Constant::Str(e.names[k]));
        fb().Op(Opcode::STORE_SUBSCR);
      }
    }
  }
  fb().SetLine(e.line).Emit(Instr{Opcode::CALL_FUNCTION_EX, 0, nkw > 0 ? 1 : 0});
}

void Compiler::Call(const Expr& e) {
  const Expr& callee = *e.items[0];
  const std::size_t nargs = e.items.size() - 1;
  for (std::size_t i = 1; i < e.items.size(); ++i) {
    if (e.items[i]->kind == Expr::Kind::kStarred) return CallUnpacking(e);
  }
  for (const std::string& k : e.names) {
    if (k == "**") return CallUnpacking(e);
  }
  if (nargs > kMaxCount) Unsupported("calls with more than 255 arguments", e);
  if (callee.kind == Expr::Kind::kAttribute && ModuleOf(*callee.items[0]) == nullptr) {
    // A method call: obj.name(args).
    if (!IsSubsetMethod(callee.name) && IsCPythonMethod(callee.name) &&
        class_methods_.count(callee.name) == 0) {
      Unsupported("method '" + callee.name +
                      "' (the subset's methods: " + Join(SubsetMethodNames()) + ")",
                  callee);
    }
    Expression(*callee.items[0]);
    for (std::size_t i = 1; i < e.items.size(); ++i) Expression(*e.items[i]);
    fb().SetLine(e.line);
    if (e.names.empty()) {
      fb().CallMethod(callee.name, static_cast<int>(nargs));
      return;
    }
    fb().Emit(Instr{Opcode::CALL_METHOD_KW, static_cast<std::uint8_t>(nargs),
                    fb().Name(callee.name + ":" + KeywordNames(e))});
    return;
  }
  if (callee.kind == Expr::Kind::kName && callee.name == "super" && nargs == 0 &&
      Where("super") == Symbols::Where::kGlobal &&
      Where("__class__") == Symbols::Where::kFree) {
    // super() in a method: super(__class__, <its first parameter>), as CPython.
    const std::vector<std::string>* params = scope_->symbols->params();
    LoadName("super", callee);
    if (params == nullptr || params->empty()) {
      fb().SetLine(e.line).Call(0);  // super(): no arguments (RuntimeError)
      return;
    }
    Deref(Opcode::LOAD_DEREF, "__class__");
    LoadName((*params)[0], callee);
    fb().SetLine(e.line).Call(2);
    return;
  }
  Expression(callee);
  for (std::size_t i = 1; i < e.items.size(); ++i) Expression(*e.items[i]);
  fb().SetLine(e.line);
  if (e.names.empty()) {
    fb().Call(static_cast<int>(nargs));
    return;
  }
  fb().Emit(Instr{Opcode::CALL_KW, static_cast<std::uint8_t>(nargs),
                  fb().Name(KeywordNames(e))});
}

std::string Compiler::KeywordNames(const Expr& call) {
  std::string names;
  for (const std::string& k : call.names) names += (names.empty() ? "" : ",") + k;
  return names;
}

void Compiler::Sequence(const Expr& e, Opcode build) {
  if (e.items.size() <= kMaxCount) {
    for (const ExprPtr& item : e.items) Expression(*item);
    fb().Build(build, static_cast<int>(e.items.size()));
    return;
  }
  // A long list or set display: an empty one, then one append (add) per item.
  const bool set = build == Opcode::BUILD_SET;
  fb().Build(set ? Opcode::BUILD_SET : Opcode::BUILD_LIST, 0);
  for (const ExprPtr& item : e.items) {
    fb().Op(Opcode::DUP_TOP);
    Expression(*item);
    fb().Op(set ? Opcode::SET_ADD : Opcode::LIST_APPEND);
  }
}

void Compiler::Dict(const Expr& e) {
  const std::size_t pairs = e.items.size() / 2;
  if (pairs <= kMaxCount) {
    for (const ExprPtr& item : e.items) Expression(*item);
    fb().Build(Opcode::BUILD_MAP, static_cast<int>(pairs));
    return;
  }
  fb().Build(Opcode::BUILD_MAP, 0);
  for (std::size_t i = 0; i < pairs; ++i) {  // d[key] = value, one by one
    fb().Op(Opcode::DUP_TOP);
    Expression(*e.items[2 * i + 1]);
    fb().Op(Opcode::ROT_TWO);
    Expression(*e.items[2 * i]);
    fb().Op(Opcode::STORE_SUBSCR);
  }
}

void Compiler::FString(const Expr& e) {
  if (e.items.empty()) {  // f""
    fb().LoadConst(Constant::Str(""));
    return;
  }
  std::int32_t n = 0;
  for (std::size_t i = 0; i < e.items.size(); ++i) {
    Expression(*e.items[i]);
    if (e.conversions[i] >= 0) {
      fb().Emit(Instr{Opcode::FORMAT_VALUE, 0, e.conversions[i]});
    }
    if (++n == kMaxCount && i + 1 < e.items.size()) {  // join what there is so far
      fb().Emit(Instr{Opcode::BUILD_STRING, 0, n});
      n = 1;
    }
  }
  if (e.items.size() == 1 && e.conversions[0] < 0) return;  // one literal
  fb().Emit(Instr{Opcode::BUILD_STRING, 0, n});
}

}  // namespace gillab::py::compiler_internal
