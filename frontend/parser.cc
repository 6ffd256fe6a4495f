// gillab/frontend/parser.cc — statements, and Parse (parser_internal.h has the
// class; parser_expr.cc the expressions).
#include "frontend/parser.h"

#include <iterator>
#include <utility>

#include "frontend/parser_internal.h"

namespace gillab::py {

namespace parser_internal {

Body Parser::Module() {
  Body body;
  while (!At(Tok::kEnd)) {
    if (At(Tok::kNewline)) {
      ++pos_;
      continue;
    }
    if (At(Tok::kIndent)) FailIndent("unexpected indent", Peek());
    Statement(&body);
  }
  return body;
}

ExprPtr Parser::LoneExpression() {
  ExprPtr e = TestList();
  while (At(Tok::kNewline)) ++pos_;
  if (!At(Tok::kEnd)) Fail("f-string: expecting '}'", Peek());
  return e;
}

void Parser::Statement(Body* out) {
  const int scopes_before = scopes_made_;
  if (StmtPtr s = Compound()) {
    s->scopes_within = scopes_made_ != scopes_before;
    out->push_back(std::move(s));
    return;
  }
  SimpleStatements(out);  // flags each of its statements
}

StmtPtr Parser::Compound() {
  const Token& t = Peek();
  if (t.kind == Tok::kName) {
    const std::string& k = t.text;
    if (k == "if") return If();
    if (k == "while") return While();
    if (k == "for") return For();
    if (k == "def") return Def();
    if (k == "with") return With();
    if (k == "class") return Class();
    if (k == "try") return Try();
    if (k == "async") Unsupported("async functions", t);
    if (k == "match" && Peek(1).kind == Tok::kName && !IsKeyword(Peek(1).text) &&
        Peek(2).kind == Tok::kOp && Peek(2).text == ":") {
      Unsupported("match statements", t);
    }
  }
  if (AtOp("@")) Unsupported("decorators", t);
  return nullptr;
}

void Parser::SimpleStatements(Body* out) {
  for (;;) {
    const int scopes_before = scopes_made_;
    out->push_back(SmallStatement());
    out->back()->scopes_within = scopes_made_ != scopes_before;
    if (!AcceptOp(";")) break;
    if (At(Tok::kNewline)) break;
  }
  if (!At(Tok::kNewline)) Fail("invalid syntax", Peek());
  ++pos_;
}

StmtPtr Parser::SmallStatement() {
  const Token& t = Peek();
  if (t.kind == Tok::kName) {
    const std::string& k = t.text;
    if (k == "pass") return ++pos_, NewStmt(Stmt::Kind::kPass, t);
    if (k == "break") return ++pos_, NewStmt(Stmt::Kind::kBreak, t);
    if (k == "continue") return ++pos_, NewStmt(Stmt::Kind::kContinue, t);
    if (k == "return") {
      ++pos_;
      StmtPtr s = NewStmt(Stmt::Kind::kReturn, t);
      if (!At(Tok::kNewline) && !AtOp(";")) s->value = TestList();
      return s;
    }
    if (k == "global" || k == "nonlocal") {
      ++pos_;
      StmtPtr s = NewStmt(k == "global" ? Stmt::Kind::kGlobal : Stmt::Kind::kNonlocal, t);
      do {
        s->names.push_back(ExpectName());
      } while (AcceptOp(","));
      return s;
    }
    if (k == "import") return Import();
    if (k == "from") return ImportFrom();
    if (k == "del") {
      ++pos_;
      StmtPtr s = NewStmt(Stmt::Kind::kDel, t);
      ExprPtr targets = TestList();
      CheckDelTarget(*targets, t);
      s->targets.push_back(std::move(targets));
      return s;
    }
    if (k == "assert") {
      ++pos_;
      StmtPtr s = NewStmt(Stmt::Kind::kAssert, t);
      s->value = Test();
      if (AcceptOp(",")) s->defaults.push_back(Test());
      return s;
    }
    if (k == "raise") return Raise();
  }
  return ExpressionStatement();
}

StmtPtr Parser::Import() {
  StmtPtr s = NewStmt(Stmt::Kind::kImport, Next());
  do {
    std::string name = ExpectName();
    if (AtOp(".")) Unsupported("packages (import " + name + ".…)", Peek());
    s->names.push_back(name);
    s->asnames.push_back(AcceptKeyword("as") ? ExpectName() : name);
  } while (AcceptOp(","));
  return s;
}

StmtPtr Parser::ImportFrom() {
  StmtPtr s = NewStmt(Stmt::Kind::kImportFrom, Next());
  if (AtOp(".")) Unsupported("relative imports", Peek());
  s->name = ExpectName();
  if (AtOp(".")) Unsupported("packages (from " + s->name + ".…)", Peek());
  if (!AcceptKeyword("import")) Fail("invalid syntax", Peek());
  if (AtOp("*")) Unsupported("import *", Peek());
  const bool paren = AcceptOp("(");
  do {
    if (paren && AtOp(")")) break;
    std::string name = ExpectName();
    s->names.push_back(name);
    s->asnames.push_back(AcceptKeyword("as") ? ExpectName() : name);
  } while (AcceptOp(","));
  if (paren) ExpectOp(")");
  return s;
}

StmtPtr Parser::ExpressionStatement() {
  const Token& start = Peek();
  ExprPtr first = TestList();
  static const char* const kAugOps[] = {
      "+=", "-=", "*=", "//=", "%=", "/=", "**=", "&=", "|=", "^=", "<<=", ">>="};
  static const Opcode kAugOpcodes[] = {
      Opcode::INPLACE_ADD,          Opcode::INPLACE_SUBTRACT, Opcode::INPLACE_MULTIPLY,
      Opcode::INPLACE_FLOOR_DIVIDE, Opcode::INPLACE_MODULO,   Opcode::INPLACE_TRUE_DIVIDE,
      Opcode::INPLACE_POWER,        Opcode::INPLACE_AND,      Opcode::INPLACE_OR,
      Opcode::INPLACE_XOR,          Opcode::INPLACE_LSHIFT,   Opcode::INPLACE_RSHIFT};
  static_assert(std::size(kAugOps) == std::size(kAugOpcodes));
  for (std::size_t i = 0; i < std::size(kAugOps); ++i) {
    if (AtOp(kAugOps[i])) {
      const Token& op = Next();
      CheckTarget(*first, /*augmented=*/true, op);
      StmtPtr s = NewStmt(Stmt::Kind::kAugAssign, start);
      s->op = kAugOpcodes[i];
      s->targets.push_back(std::move(first));
      s->value = TestList();
      return s;
    }
  }
  if (AtOp("@=")) Unsupported("the '@=' operator", Peek());
  if (AtOp(":")) {  // an annotation: parsed, then ignored
    const Token& colon = Next();
    if (first->kind != Expr::Kind::kName)
      Unsupported("annotated targets other than names", colon);
    Test();
    if (!AcceptOp("=")) return NewStmt(Stmt::Kind::kPass, start);
    StmtPtr s = NewStmt(Stmt::Kind::kAssign, start);
    s->targets.push_back(std::move(first));
    s->value = TestList();
    return s;
  }
  if (!AtOp("=")) {
    StmtPtr s = NewStmt(Stmt::Kind::kExpr, start);
    s->value = std::move(first);
    return s;
  }
  StmtPtr s = NewStmt(Stmt::Kind::kAssign, start);
  ExprPtr value = std::move(first);
  while (AtOp("=")) {
    const Token& eq = Next();
    CheckTarget(*value, /*augmented=*/false, eq);
    s->targets.push_back(std::move(value));
    value = TestList();
  }
  s->value = std::move(value);
  return s;
}

// Python's "cannot assign to ..." checks.
void Parser::CheckTarget(const Expr& e, bool augmented, const Token& at) {
  switch (e.kind) {
    case Expr::Kind::kName:
      return;
    case Expr::Kind::kSubscript:
      return;
    case Expr::Kind::kTuple:
    case Expr::Kind::kList:
      if (augmented) {
        FailAt("'" + std::string(e.kind == Expr::Kind::kTuple ? "tuple" : "list") +
                   "' is an illegal expression for augmented assignment",
               e);
      }
      for (const ExprPtr& item : e.items) CheckTarget(*item, false, at);
      return;
    case Expr::Kind::kAttribute:
      return;
    default:
      break;
  }
  const std::string what = Describe(e);
  if (augmented) {
    FailAt("'" + what + "' is an illegal expression for augmented assignment", e);
  }
  FailAt("cannot assign to " + what +
             (e.kind == Expr::Kind::kConst || e.kind == Expr::Kind::kCall
                  ? " here. Maybe you meant '==' instead of '='?"
                  : ""),
         e);
}

void Parser::CheckDelTarget(const Expr& e, const Token& at) {
  switch (e.kind) {
    case Expr::Kind::kName:
    case Expr::Kind::kSubscript:
    case Expr::Kind::kAttribute:
      return;
    case Expr::Kind::kTuple:
    case Expr::Kind::kList:
      for (const ExprPtr& item : e.items) CheckDelTarget(*item, at);
      return;
    default:
      FailAt("cannot delete " + Describe(e), e);
  }
}

std::string Parser::Describe(const Expr& e) {
  switch (e.kind) {
    case Expr::Kind::kConst:
      return "literal";
    case Expr::Kind::kCall:
      return "function call";
    case Expr::Kind::kCompare:
      return "comparison";
    case Expr::Kind::kDict:
      return "dict literal";
    case Expr::Kind::kFString:
      return "f-string expression";
    case Expr::Kind::kIfExp:
      return "conditional expression";
    default:
      return "expression";
  }
}

// ':' then a block: an indented suite, or simple statements on the same line.
Body Parser::Block(const char* what, const Token& header) {
  ExpectOp(":");
  Body body;
  if (!At(Tok::kNewline)) {
    SimpleStatements(&body);
    return body;
  }
  ++pos_;
  if (!At(Tok::kIndent)) {
    FailIndent("expected an indented block after " + std::string(what) + " on line " +
                   std::to_string(header.line),
               Peek());
  }
  ++pos_;
  if (++block_depth_ > kMaxBlockDepth) {
    FailIndent("too many levels of indentation", Peek());
  }
  while (!At(Tok::kDedent) && !At(Tok::kEnd)) {
    if (At(Tok::kIndent)) FailIndent("unexpected indent", Peek());
    Statement(&body);
  }
  --block_depth_;
  if (At(Tok::kDedent)) ++pos_;
  return body;
}

StmtPtr Parser::If() {
  const Token& t = Next();  // if or elif
  StmtPtr s = NewStmt(Stmt::Kind::kIf, t);
  s->value = NamedTest();
  s->body = Block(t.text == "if" ? "'if' statement" : "'elif' statement", t);
  if (AtKeyword("elif")) {
    s->orelse.push_back(Flagged(&Parser::If));
  } else if (AtKeyword("else")) {
    const Token& e = Next();
    s->orelse = Block("'else' statement", e);
  }
  return s;
}

StmtPtr Parser::While() {
  const Token& t = Next();
  StmtPtr s = NewStmt(Stmt::Kind::kWhile, t);
  s->value = NamedTest();
  s->body = Block("'while' statement", t);
  if (AtKeyword("else")) Unsupported("while ... else", Peek());
  return s;
}

StmtPtr Parser::For() {
  const Token& t = Next();
  StmtPtr s = NewStmt(Stmt::Kind::kFor, t);
  ExprPtr target = TargetList();
  CheckTarget(*target, false, t);
  s->targets.push_back(std::move(target));
  if (!AcceptKeyword("in")) Fail("invalid syntax", Peek());
  s->value = TestList();
  s->body = Block("'for' statement", t);
  if (AtKeyword("else")) Unsupported("for ... else", Peek());
  return s;
}

// A for loop's target: names, subscripts and tuples of them (no `in` inside).
ExprPtr Parser::TargetList() {
  const Token& start = Peek();
  std::vector<ExprPtr> items;
  bool comma = false;
  do {
    if (At(Tok::kName) && AtKeyword("in")) break;
    items.push_back(Arith());
    if (!AtOp(",")) break;
    comma = true;
  } while (AcceptOp(","));
  if (items.empty()) Fail("invalid syntax", Peek());
  if (!comma) return std::move(items[0]);
  ExprPtr e = NewExpr(Expr::Kind::kTuple, start);
  e->items = std::move(items);
  return e;
}

StmtPtr Parser::Def() {
  const Token& t = Next();
  ++scopes_made_;
  StmtPtr s = NewStmt(Stmt::Kind::kDef, t);
  s->name = ExpectName();
  ExpectOp("(");
  Parameters(")", &s->names, &s->defaults, &s->star_params, &s->kwonly, t);
  ExpectOp(")");
  if (AcceptOp("->")) Test();  // the return annotation: ignored
  s->body = Block("function definition", t);
  return s;
}

StmtPtr Parser::Class() {
  const Token& t = Next();
  ++scopes_made_;
  StmtPtr s = NewStmt(Stmt::Kind::kClass, t);
  s->name = ExpectName();
  if (AcceptOp("(")) {
    while (!AtOp(")")) {
      if (Peek().kind == Tok::kName && Peek(1).kind == Tok::kOp && Peek(1).text == "=") {
        Unsupported("class keywords (metaclass=...)", Peek());
      }
      if (AtOp("*") || AtOp("**")) Unsupported("unpacking in a class's bases", Peek());
      s->defaults.push_back(Test());
      if (!AcceptOp(",")) break;
    }
    ExpectOp(")");
  }
  if (s->defaults.size() > 1) Unsupported("multiple inheritance", t);
  s->body = Block("class definition", t);
  return s;
}

void Parser::Parameters(std::string_view end, std::vector<std::string>* names,
                        std::vector<ExprPtr>* defaults, std::uint8_t* star_params,
                        std::vector<bool>* kwonly, const Token& at) {
  const bool lambda = end == ":";
  // Gathered apart, then in the order of the frame's locals (code.h): the
  // positional parameters, the keyword-only ones, *args, **kwargs.
  std::vector<std::string> written, positional, keyword_only, var_args, var_kwargs;
  std::vector<ExprPtr> keyword_defaults;
  const Token* bare_star = nullptr;
  bool after_star = false;  // past *args or a bare *: keyword-only parameters
  while (!AtOp(end)) {
    if (AtOp("/")) Unsupported("positional-only parameters", Peek());
    if ((*star_params & kStarKwargs) != 0) {
      Fail("arguments cannot follow var-keyword argument", Peek());
    }
    std::uint8_t star = 0;
    if (AtOp("*") || AtOp("**")) {
      const Token& mark = Next();
      star = mark.text == "*" ? kStarArgs : kStarKwargs;
      if (star == kStarArgs && after_star) Fail("* argument may appear only once", mark);
      if (star == kStarArgs && (AtOp(",") || AtOp(end))) {  // a bare *
        after_star = true;
        bare_star = &mark;
        if (!AcceptOp(",")) break;
        continue;
      }
    }
    const Token& name = Peek();
    written.push_back(ExpectName());
    for (std::size_t i = 0; i + 1 < written.size(); ++i) {
      if (written[i] == written.back()) {
        Fail("duplicate argument '" + written.back() + "' in function definition", at);
      }
    }
    if (!lambda && AcceptOp(":")) Test();  // an annotation: ignored
    if (star != 0) {
      if (AtOp("=")) {
        Fail(std::string(star == kStarArgs ? "var-positional" : "var-keyword") +
                 " argument cannot have default value",
             Peek());
      }
      *star_params |= star;
      (star == kStarArgs ? var_args : var_kwargs).push_back(written.back());
      if (star == kStarArgs) after_star = true;
    } else if (after_star) {  // keyword-only: a default or none, in any order
      keyword_only.push_back(written.back());
      kwonly->push_back(AcceptOp("="));
      if (kwonly->back()) keyword_defaults.push_back(Test());
    } else {
      positional.push_back(written.back());
      if (AcceptOp("=")) {
        defaults->push_back(Test());
      } else if (!defaults->empty()) {
        Fail("non-default argument follows default argument", name);
      }
    }
    if (!AcceptOp(",")) break;
  }
  if (bare_star != nullptr && keyword_only.empty()) {
    Fail("named arguments must follow bare *", *bare_star);
  }
  *names = std::move(positional);
  for (auto* part : {&keyword_only, &var_args, &var_kwargs}) {
    names->insert(names->end(), part->begin(), part->end());
  }
  for (ExprPtr& d : keyword_defaults) defaults->push_back(std::move(d));
}

StmtPtr Parser::With() {
  const Token& t = Next();
  StmtPtr s = NewStmt(Stmt::Kind::kWith, t);
  s->value = Test();
  if (AcceptKeyword("as")) {
    ExprPtr target = Arith();
    CheckTarget(*target, false, t);
    s->targets.push_back(std::move(target));
  }
  if (AtOp(",")) {  // with a, b: -> with a: with b:
    const Token& comma = Next();
    s->body.push_back(Flagged([&] { return WithRest(comma, t); }));
    return s;
  }
  s->body = Block("'with' statement", t);
  return s;
}

StmtPtr Parser::WithRest(const Token& at, const Token& header) {
  StmtPtr s = NewStmt(Stmt::Kind::kWith, at);
  s->value = Test();
  if (AcceptKeyword("as")) {
    ExprPtr target = Arith();
    CheckTarget(*target, false, at);
    s->targets.push_back(std::move(target));
  }
  if (AtOp(",")) {
    const Token& comma = Next();
    s->body.push_back(Flagged([&] { return WithRest(comma, header); }));
    return s;
  }
  s->body = Block("'with' statement", header);
  return s;
}

StmtPtr Parser::Try() {
  const Token& t = Next();
  StmtPtr s = NewStmt(Stmt::Kind::kTry, t);
  s->body = Block("'try' statement", t);
  const Token* bare = nullptr;  // a bare `except:` must be the last
  while (AtKeyword("except")) {
    const Token& e = Peek();
    if (bare != nullptr) Fail("default 'except:' must be last", *bare);
    s->handlers.push_back(Flagged([&] {
      Next();
      StmtPtr h = NewStmt(Stmt::Kind::kExceptHandler, e);
      if (AtOp("*")) Unsupported("except* (exception groups)", Peek());
      if (!AtOp(":")) {
        h->value = Test();
        if (AtOp(",")) {
          Fail("multiple exception types must be parenthesized", Peek());
        }
        if (AcceptKeyword("as")) {
          const Token& name = Peek();
          ExprPtr target = NewExpr(Expr::Kind::kName, name);
          target->name = ExpectName();
          h->targets.push_back(std::move(target));
        }
      } else {
        bare = &e;
      }
      h->body = Block("'except' statement", e);
      return h;
    }));
  }
  if (AtKeyword("else")) {
    const Token& e = Next();
    if (s->handlers.empty()) Fail("invalid syntax", e);
    s->orelse = Block("'else' statement", e);
  }
  if (AtKeyword("finally")) {
    const Token& f = Next();
    s->finalbody = Block("'finally' statement", f);
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    Fail("expected 'except' or 'finally' block", Peek());
  }
  return s;
}

StmtPtr Parser::Raise() {
  const Token& t = Next();
  StmtPtr s = NewStmt(Stmt::Kind::kRaise, t);
  if (At(Tok::kNewline) || AtOp(";")) return s;
  s->value = Test();
  if (AcceptKeyword("from")) s->defaults.push_back(Test());
  return s;
}

}  // namespace parser_internal

bool Parse(std::string_view source, Body* module, SourceError* error) {
  std::vector<Token> tokens;
  if (!Tokenize(source, &tokens, error)) return false;
  try {
    parser_internal::Parser parser(std::move(tokens));
    *module = parser.Module();
  } catch (const parser_internal::Failure& f) {
    *error = f.error;
    return false;
  }
  return true;
}

}  // namespace gillab::py
