// gillab/frontend/parser.cc
//
// Errors unwind the recursive descent as a C++ exception (Failure), caught at
// Parse(): nothing escapes this file.
#include "frontend/parser.h"

#include <utility>

namespace gillab::py {

namespace {

constexpr int kMaxBlockDepth = 100;
constexpr int kMaxExprDepth = 200;
// The depth of an expression's tree, which the compiler and the tree's destructor
// recurse through: nesting, and each link of a left-deep chain (`1 + 1 + ...`,
// `f()()`, `a[0][0]`). CPython gives up near 3000 during compilation.
constexpr int kMaxTreeDepth = 1000;

struct Failure {
  SourceError error;
};

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}

  Body Module() {
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

  // An expression on its own (an f-string's replacement field).
  ExprPtr LoneExpression() {
    ExprPtr e = TestList();
    while (At(Tok::kNewline)) ++pos_;
    if (!At(Tok::kEnd)) Fail("f-string: expecting '}'", Peek());
    return e;
  }

 private:
  // --- Tokens ---------------------------------------------------------------
  const Token& Peek(int ahead = 0) const {
    const std::size_t i =
        std::min(pos_ + static_cast<std::size_t>(ahead), toks_.size() - 1);
    return toks_[i];
  }
  bool At(Tok kind) const { return Peek().kind == kind; }
  bool AtOp(std::string_view op) const {
    return Peek().kind == Tok::kOp && Peek().text == op;
  }
  bool AtKeyword(std::string_view k) const {
    return Peek().kind == Tok::kName && Peek().text == k;
  }
  bool AcceptOp(std::string_view op) {
    if (!AtOp(op)) return false;
    ++pos_;
    return true;
  }
  bool AcceptKeyword(std::string_view k) {
    if (!AtKeyword(k)) return false;
    ++pos_;
    return true;
  }
  const Token& Next() {
    const Token& t = Peek();
    if (pos_ < toks_.size() - 1) ++pos_;
    return t;
  }
  void ExpectOp(std::string_view op) {
    if (!AcceptOp(op)) Fail("expected '" + std::string(op) + "'", Peek());
  }
  std::string ExpectName() {
    const Token& t = Peek();
    if (t.kind != Tok::kName || IsKeyword(t.text)) Fail("invalid syntax", t);
    ++pos_;
    return t.text;
  }

  [[noreturn]] void Fail(const std::string& message, const Token& at) {
    throw Failure{SourceError{"SyntaxError", message, at.line, at.col}};
  }
  [[noreturn]] void FailIndent(const std::string& message, const Token& at) {
    throw Failure{SourceError{"IndentationError", message, at.line, at.col}};
  }
  [[noreturn]] void Unsupported(const std::string& what, const Token& at) {
    Fail("unsupported: " + what, at);
  }

  // --- Statements -----------------------------------------------------------
  void Statement(Body* out) {
    const Token& t = Peek();
    if (t.kind == Tok::kName) {
      const std::string& k = t.text;
      if (k == "if") return out->push_back(If());
      if (k == "while") return out->push_back(While());
      if (k == "for") return out->push_back(For());
      if (k == "def") return out->push_back(Def());
      if (k == "with") return out->push_back(With());
      if (k == "class") Unsupported("class definitions", t);
      if (k == "try") Unsupported("try statements (exceptions)", t);
      if (k == "async") Unsupported("async functions", t);
      if (k == "match" && Peek(1).kind == Tok::kName && !IsKeyword(Peek(1).text) &&
          Peek(2).kind == Tok::kOp && Peek(2).text == ":") {
        Unsupported("match statements", t);
      }
    }
    if (AtOp("@")) Unsupported("decorators", t);
    SimpleStatements(out);
  }

  void SimpleStatements(Body* out) {
    for (;;) {
      out->push_back(SmallStatement());
      if (!AcceptOp(";")) break;
      if (At(Tok::kNewline)) break;
    }
    if (!At(Tok::kNewline)) Fail("invalid syntax", Peek());
    ++pos_;
  }

  StmtPtr NewStmt(Stmt::Kind kind, const Token& at) {
    auto s = std::make_unique<Stmt>();
    s->kind = kind;
    s->line = at.line;
    s->col = at.col;
    return s;
  }

  StmtPtr SmallStatement() {
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
      if (k == "global") {
        ++pos_;
        StmtPtr s = NewStmt(Stmt::Kind::kGlobal, t);
        do {
          s->names.push_back(ExpectName());
        } while (AcceptOp(","));
        return s;
      }
      if (k == "import") return Import();
      if (k == "from") return ImportFrom();
      if (k == "del") Unsupported("del statements", t);
      if (k == "assert") Unsupported("assert statements", t);
      if (k == "raise") Unsupported("raise statements (exceptions)", t);
      if (k == "nonlocal") Unsupported("nonlocal declarations", t);
      if (k == "yield") Unsupported("generators (yield)", t);
    }
    return ExpressionStatement();
  }

  StmtPtr Import() {
    StmtPtr s = NewStmt(Stmt::Kind::kImport, Next());
    do {
      std::string name = ExpectName();
      if (AtOp(".")) Unsupported("packages (import " + name + ".…)", Peek());
      s->names.push_back(name);
      s->asnames.push_back(AcceptKeyword("as") ? ExpectName() : name);
    } while (AcceptOp(","));
    return s;
  }

  StmtPtr ImportFrom() {
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

  StmtPtr ExpressionStatement() {
    const Token& start = Peek();
    ExprPtr first = TestList();
    static const char* const kAugOps[] = {"+=", "-=", "*=", "//=", "%=", "/=", "**="};
    static const Opcode kAugOpcodes[] = {
        Opcode::INPLACE_ADD,         Opcode::BINARY_SUBTRACT, Opcode::INPLACE_MULTIPLY,
        Opcode::BINARY_FLOOR_DIVIDE, Opcode::BINARY_MODULO,   Opcode::BINARY_TRUE_DIVIDE,
        Opcode::BINARY_POWER};
    for (int i = 0; i < 7; ++i) {
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
    if (Peek().kind == Tok::kOp &&
        (Peek().text == "&=" || Peek().text == "|=" || Peek().text == "^=" ||
         Peek().text == "<<=" || Peek().text == ">>=" || Peek().text == "@=")) {
      Unsupported("the '" + Peek().text + "' operator", Peek());
    }
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
  void CheckTarget(const Expr& e, bool augmented, const Token& at) {
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
        Unsupported("assigning to attributes", at);
      default:
        break;
    }
    std::string what = "expression";
    switch (e.kind) {
      case Expr::Kind::kConst:
        what = "literal";
        break;
      case Expr::Kind::kCall:
        what = "function call";
        break;
      case Expr::Kind::kCompare:
        what = "comparison";
        break;
      case Expr::Kind::kDict:
        what = "dict literal";
        break;
      case Expr::Kind::kFString:
        what = "f-string expression";
        break;
      case Expr::Kind::kIfExp:
        what = "conditional expression";
        break;
      default:
        break;
    }
    if (augmented) {
      FailAt("'" + what + "' is an illegal expression for augmented assignment", e);
    }
    FailAt("cannot assign to " + what +
               (e.kind == Expr::Kind::kConst || e.kind == Expr::Kind::kCall
                    ? " here. Maybe you meant '==' instead of '='?"
                    : ""),
           e);
  }
  [[noreturn]] void FailAt(const std::string& message, const Expr& e) {
    throw Failure{SourceError{"SyntaxError", message, e.line, e.col}};
  }

  // ':' then a block: an indented suite, or simple statements on the same line.
  Body Block(const char* what, const Token& header) {
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

  StmtPtr If() {
    const Token& t = Next();  // if or elif
    StmtPtr s = NewStmt(Stmt::Kind::kIf, t);
    s->value = NamedTest();
    s->body = Block(t.text == "if" ? "'if' statement" : "'elif' statement", t);
    if (AtKeyword("elif")) {
      s->orelse.push_back(If());
    } else if (AtKeyword("else")) {
      const Token& e = Next();
      s->orelse = Block("'else' statement", e);
    }
    return s;
  }

  StmtPtr While() {
    const Token& t = Next();
    StmtPtr s = NewStmt(Stmt::Kind::kWhile, t);
    s->value = NamedTest();
    s->body = Block("'while' statement", t);
    if (AtKeyword("else")) Unsupported("while ... else", Peek());
    return s;
  }

  StmtPtr For() {
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
  ExprPtr TargetList() {
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

  StmtPtr Def() {
    const Token& t = Next();
    StmtPtr s = NewStmt(Stmt::Kind::kDef, t);
    s->name = ExpectName();
    ExpectOp("(");
    while (!AtOp(")")) {
      if (AtOp("*") || AtOp("**")) Unsupported("*args and **kwargs", Peek());
      if (AtOp("/")) Unsupported("positional-only parameters", Peek());
      s->names.push_back(ExpectName());
      if (AcceptOp(":")) Test();  // an annotation: ignored
      if (AtOp("=")) Unsupported("default argument values", Peek());
      if (!AcceptOp(",")) break;
    }
    ExpectOp(")");
    if (AcceptOp("->")) Test();  // the return annotation: ignored
    s->body = Block("function definition", t);
    return s;
  }

  StmtPtr With() {
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
      s->body.push_back(WithRest(comma, t));
      return s;
    }
    s->body = Block("'with' statement", t);
    return s;
  }
  StmtPtr WithRest(const Token& at, const Token& header) {
    StmtPtr s = NewStmt(Stmt::Kind::kWith, at);
    s->value = Test();
    if (AcceptKeyword("as")) {
      ExprPtr target = Arith();
      CheckTarget(*target, false, at);
      s->targets.push_back(std::move(target));
    }
    if (AtOp(",")) {
      const Token& comma = Next();
      s->body.push_back(WithRest(comma, header));
      return s;
    }
    s->body = Block("'with' statement", header);
    return s;
  }

  // --- Expressions ----------------------------------------------------------
  ExprPtr NewExpr(Expr::Kind kind, const Token& at) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->line = at.line;
    e->col = at.col;
    return e;
  }

  struct DepthGuard {
    DepthGuard(Parser* p, const Token& at) : parser(p) {
      if (++p->expr_depth_ > kMaxExprDepth) {
        p->Fail("too many nested parentheses", at);
      }
      p->TreeLink(at);
    }
    ~DepthGuard() {
      --parser->expr_depth_;
      --parser->tree_depth_;
    }
    Parser* parser;
  };

  // One more level in the tree being built; fails past kMaxTreeDepth. A chain's
  // links are given back by ChainGuard when the chain ends.
  void TreeLink(const Token& at) {
    if (++tree_depth_ > kMaxTreeDepth) {
      Fail("expression too deeply nested (more than " + std::to_string(kMaxTreeDepth) +
               " levels)",
           at);
    }
  }
  struct ChainGuard {
    explicit ChainGuard(Parser* p) : parser(p), start(p->tree_depth_) {}
    ~ChainGuard() { parser->tree_depth_ = start; }
    Parser* parser;
    int start;
  };

  // test (',' test)* [','] — a tuple when there is a comma.
  ExprPtr TestList() {
    const Token& start = Peek();
    ExprPtr first = Test();
    if (!AtOp(",")) return first;
    ExprPtr tuple = NewExpr(Expr::Kind::kTuple, start);
    tuple->items.push_back(std::move(first));
    while (AcceptOp(",")) {
      if (!StartsExpression()) break;
      tuple->items.push_back(Test());
    }
    return tuple;
  }

  bool StartsExpression() const {
    const Token& t = Peek();
    switch (t.kind) {
      case Tok::kName:
        return !IsKeyword(t.text) || t.text == "None" || t.text == "True" ||
               t.text == "False" || t.text == "not" || t.text == "lambda" ||
               t.text == "await" || t.text == "yield";
      case Tok::kInt:
      case Tok::kFloat:
      case Tok::kString:
      case Tok::kFString:
        return true;
      case Tok::kOp:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" ||
               t.text == "+" || t.text == "~" || t.text == "*" || t.text == "...";
      default:
        return false;
    }
  }

  // A test where `:=` would be legal (if/while conditions): named, unsupported.
  ExprPtr NamedTest() {
    ExprPtr e = Test();
    if (AtOp(":=")) Unsupported("assignment expressions (:=)", Peek());
    return e;
  }

  ExprPtr Test() {
    const Token& start = Peek();
    DepthGuard guard(this, start);
    if (AtKeyword("lambda")) Unsupported("lambda expressions", start);
    if (AtKeyword("yield")) Unsupported("generators (yield)", start);
    if (AtKeyword("await")) Unsupported("async functions", start);
    ExprPtr e = OrTest();
    if (AtKeyword("if")) {
      ++pos_;
      ExprPtr cond = OrTest();
      if (!AcceptKeyword("else")) Fail("expected 'else' after 'if' expression", Peek());
      ExprPtr other = Test();
      ExprPtr ifexp = NewExpr(Expr::Kind::kIfExp, start);
      ifexp->items.push_back(std::move(cond));
      ifexp->items.push_back(std::move(e));
      ifexp->items.push_back(std::move(other));
      return ifexp;
    }
    return e;
  }

  ExprPtr BoolChain(bool is_and) {
    const Token& start = Peek();
    ExprPtr first = is_and ? NotTest() : BoolChain(true);
    const char* word = is_and ? "and" : "or";
    if (!AtKeyword(word)) return first;
    ExprPtr e = NewExpr(Expr::Kind::kBoolOp, start);
    e->is_and = is_and;
    e->items.push_back(std::move(first));
    while (AcceptKeyword(word)) e->items.push_back(is_and ? NotTest() : BoolChain(true));
    return e;
  }
  ExprPtr OrTest() { return BoolChain(false); }

  ExprPtr NotTest() {
    const Token& start = Peek();
    DepthGuard guard(this, start);
    if (AcceptKeyword("not")) {
      ExprPtr e = NewExpr(Expr::Kind::kUnary, start);
      e->op = Opcode::UNARY_NOT;
      e->items.push_back(NotTest());
      return e;
    }
    return Comparison();
  }

  bool CompareOperator(CompareOp* op) {
    const Token& t = Peek();
    if (t.kind == Tok::kOp) {
      if (t.text == "<>") return false;
      if (ParseCompareOp(t.text, op) && t.text != "is_not" && t.text != "not_in") {
        ++pos_;
        return true;
      }
      return false;
    }
    if (t.kind != Tok::kName) return false;
    if (t.text == "in") {
      ++pos_;
      *op = CompareOp::kIn;
      return true;
    }
    if (t.text == "is") {
      ++pos_;
      *op = AcceptKeyword("not") ? CompareOp::kIsNot : CompareOp::kIs;
      return true;
    }
    if (t.text == "not" && Peek(1).kind == Tok::kName && Peek(1).text == "in") {
      pos_ += 2;
      *op = CompareOp::kNotIn;
      return true;
    }
    return false;
  }

  ExprPtr Comparison() {
    const Token& start = Peek();
    ExprPtr first = BitOr();
    CompareOp op;
    if (!CompareOperator(&op)) return first;
    ExprPtr e = NewExpr(Expr::Kind::kCompare, start);
    e->items.push_back(std::move(first));
    do {
      e->ops.push_back(op);
      e->items.push_back(BitOr());
    } while (CompareOperator(&op));
    return e;
  }

  // Bitwise operators are outside the subset; this level names them.
  ExprPtr BitOr() {
    ExprPtr e = Arith();
    if (Peek().kind == Tok::kOp &&
        (Peek().text == "|" || Peek().text == "&" || Peek().text == "^" ||
         Peek().text == "<<" || Peek().text == ">>")) {
      Unsupported("the '" + Peek().text + "' operator", Peek());
    }
    return e;
  }

  ExprPtr Arith() {
    const Token& start = Peek();
    ExprPtr e = Term();
    ChainGuard chain(this);
    while (AtOp("+") || AtOp("-")) {
      const Token& op = Next();
      TreeLink(op);
      ExprPtr b = NewExpr(Expr::Kind::kBinOp, start);
      b->op = op.text == "+" ? Opcode::BINARY_ADD : Opcode::BINARY_SUBTRACT;
      b->items.push_back(std::move(e));
      b->items.push_back(Term());
      e = std::move(b);
    }
    return e;
  }

  ExprPtr Term() {
    const Token& start = Peek();
    ExprPtr e = Factor();
    ChainGuard chain(this);
    for (;;) {
      Opcode op;
      if (AtOp("*")) {
        op = Opcode::BINARY_MULTIPLY;
      } else if (AtOp("//")) {
        op = Opcode::BINARY_FLOOR_DIVIDE;
      } else if (AtOp("/")) {
        op = Opcode::BINARY_TRUE_DIVIDE;
      } else if (AtOp("%")) {
        op = Opcode::BINARY_MODULO;
      } else if (AtOp("@")) {
        Unsupported("the '@' operator", Peek());
      } else {
        return e;
      }
      TreeLink(Next());
      ExprPtr b = NewExpr(Expr::Kind::kBinOp, start);
      b->op = op;
      b->items.push_back(std::move(e));
      b->items.push_back(Factor());
      e = std::move(b);
    }
  }

  ExprPtr Factor() {
    const Token& start = Peek();
    DepthGuard guard(this, start);
    if (AtOp("-") || AtOp("+")) {
      const bool minus = Next().text == "-";
      // A literal is negated here, so that -9223372036854775808 is an int.
      if (minus && At(Tok::kInt) && !(Peek(1).kind == Tok::kOp && Peek(1).text == "**")) {
        const Token& n = Next();
        ExprPtr c = NewExpr(Expr::Kind::kConst, start);
        c->value = Constant::Int(static_cast<std::int64_t>(
            0 - static_cast<std::uint64_t>(n.ivalue)));  // 2**63 -> INT64_MIN
        return Trailers(std::move(c));
      }
      ExprPtr operand = Factor();
      if (!minus) {
        if (operand->kind == Expr::Kind::kConst &&
            (operand->value.kind == Constant::Kind::kInt ||
             operand->value.kind == Constant::Kind::kFloat)) {
          return operand;
        }
        Unsupported("unary '+' on a non-literal", start);
      }
      ExprPtr e = NewExpr(Expr::Kind::kUnary, start);
      e->op = Opcode::UNARY_NEGATIVE;
      e->items.push_back(std::move(operand));
      return e;
    }
    if (AtOp("~")) Unsupported("the '~' operator", start);
    return Power();
  }

  ExprPtr Power() {
    const Token& start = Peek();
    ExprPtr base = Trailers(Atom());
    if (!AtOp("**")) return base;
    ++pos_;
    ExprPtr e = NewExpr(Expr::Kind::kBinOp, start);
    e->op = Opcode::BINARY_POWER;
    e->items.push_back(std::move(base));
    e->items.push_back(Factor());
    return e;
  }

  ExprPtr Trailers(ExprPtr e) {
    ChainGuard chain(this);
    for (;;) {
      const Token& t = Peek();
      if (t.kind == Tok::kOp && (t.text == "(" || t.text == "[" || t.text == ".")) {
        TreeLink(t);
      }
      if (AcceptOp("(")) {
        ExprPtr call = NewExpr(Expr::Kind::kCall, t);
        call->line = e->line;
        call->col = e->col;
        call->items.push_back(std::move(e));
        Arguments(call.get());
        e = std::move(call);
      } else if (AcceptOp("[")) {
        ExprPtr sub = NewExpr(Expr::Kind::kSubscript, t);
        sub->line = e->line;
        sub->col = e->col;
        sub->items.push_back(std::move(e));
        if (AtOp(":")) Unsupported("slices", Peek());
        ExprPtr index = TestList();
        if (AtOp(":")) Unsupported("slices", Peek());
        sub->items.push_back(std::move(index));
        ExpectOp("]");
        e = std::move(sub);
      } else if (AcceptOp(".")) {
        ExprPtr attr = NewExpr(Expr::Kind::kAttribute, t);
        attr->line = e->line;
        attr->col = e->col;
        attr->items.push_back(std::move(e));
        attr->name = ExpectName();
        e = std::move(attr);
      } else {
        return e;
      }
    }
  }

  void Arguments(Expr* call) {
    bool keywords = false;
    while (!AtOp(")")) {
      const Token& t = Peek();
      if (AtOp("*") || AtOp("**")) Unsupported("*args and **kwargs", t);
      if (t.kind == Tok::kName && Peek(1).kind == Tok::kOp && Peek(1).text == "=") {
        const std::string name = ExpectName();
        ++pos_;  // '='
        for (const std::string& k : call->keywords) {
          if (k == name) Fail("keyword argument repeated: " + name, t);
        }
        call->keywords.push_back(name);
        call->items.push_back(Test());
        keywords = true;
      } else {
        if (keywords) {
          Fail("positional argument follows keyword argument", t);
        }
        call->items.push_back(Test());
        if (AtKeyword("for")) Unsupported("generator expressions", Peek());
      }
      if (!AcceptOp(",")) break;
    }
    if (!AtOp(")")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
    ++pos_;
  }

  ExprPtr Atom() {
    const Token& t = Peek();
    DepthGuard guard(this, t);
    switch (t.kind) {
      case Tok::kInt: {
        ++pos_;
        if (t.ivalue < 0) Unsupported("integers beyond 64 bits", t);  // 2**63
        ExprPtr e = NewExpr(Expr::Kind::kConst, t);
        e->value = Constant::Int(t.ivalue);
        return e;
      }
      case Tok::kFloat: {
        ++pos_;
        ExprPtr e = NewExpr(Expr::Kind::kConst, t);
        e->value = Constant::Float(t.fvalue);
        return e;
      }
      case Tok::kString:
      case Tok::kFString:
        return Strings();
      case Tok::kName: {
        if (t.text == "None" || t.text == "True" || t.text == "False") {
          ++pos_;
          ExprPtr e = NewExpr(Expr::Kind::kConst, t);
          e->value = t.text == "None"   ? Constant::None()
                     : t.text == "True" ? Constant::Bool(true)
                                        : Constant::Bool(false);
          return e;
        }
        if (IsKeyword(t.text)) {
          if (t.text == "lambda") Unsupported("lambda expressions", t);
          if (t.text == "yield") Unsupported("generators (yield)", t);
          if (t.text == "await") Unsupported("async functions", t);
          Fail("invalid syntax", t);
        }
        ++pos_;
        ExprPtr e = NewExpr(Expr::Kind::kName, t);
        e->name = t.text;
        return e;
      }
      case Tok::kOp:
        if (t.text == "(") return Parenthesized();
        if (t.text == "[") return ListDisplay();
        if (t.text == "{") return DictDisplay();
        if (t.text == "...") Unsupported("Ellipsis (...)", t);
        if (t.text == "*") Unsupported("starred expressions", t);
        Fail("invalid syntax", t);
      case Tok::kIndent:
        FailIndent("unexpected indent", t);
      case Tok::kNewline:
      case Tok::kDedent:
      case Tok::kEnd:
        Fail("invalid syntax", t);
    }
    Fail("invalid syntax", t);
  }

  ExprPtr Parenthesized() {
    const Token& open = Next();
    if (AcceptOp(")")) {
      ExprPtr e = NewExpr(Expr::Kind::kTuple, open);
      e->parenthesized = true;
      return e;
    }
    if (AtKeyword("yield")) Unsupported("generators (yield)", Peek());
    ExprPtr first = Test();
    if (AtKeyword("for")) Unsupported("generator expressions", Peek());
    if (AtOp(":=")) Unsupported("assignment expressions (:=)", Peek());
    if (AcceptOp(")")) {
      first->parenthesized = true;
      return first;
    }
    if (!AtOp(",")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
    ExprPtr e = NewExpr(Expr::Kind::kTuple, open);
    e->parenthesized = true;
    e->items.push_back(std::move(first));
    while (AcceptOp(",")) {
      if (AtOp(")")) break;
      e->items.push_back(Test());
    }
    if (!AtOp(")")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
    ++pos_;
    return e;
  }

  ExprPtr ListDisplay() {
    const Token& open = Next();
    ExprPtr e = NewExpr(Expr::Kind::kList, open);
    while (!AtOp("]")) {
      e->items.push_back(Test());
      if (AtKeyword("for")) Unsupported("list comprehensions", Peek());
      if (!AcceptOp(",")) break;
    }
    if (!AtOp("]")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
    ++pos_;
    return e;
  }

  ExprPtr DictDisplay() {
    const Token& open = Next();
    ExprPtr e = NewExpr(Expr::Kind::kDict, open);
    while (!AtOp("}")) {
      if (AtOp("**")) Unsupported("dict unpacking (**)", Peek());
      e->items.push_back(Test());
      if (!AtOp(":")) {
        if (AtKeyword("for")) Unsupported("set comprehensions", Peek());
        if (AtOp(",") || AtOp("}")) Unsupported("sets", open);
        Fail("':' expected after dictionary key", Peek());
      }
      ++pos_;
      e->items.push_back(Test());
      if (AtKeyword("for")) Unsupported("dict comprehensions", Peek());
      if (!AcceptOp(",")) break;
    }
    if (!AtOp("}")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
    ++pos_;
    return e;
  }

  // Adjacent literals concatenate: "a" "b", "a" f"{x}".
  ExprPtr Strings() {
    const Token& first = Peek();
    ExprPtr e = NewExpr(Expr::Kind::kFString, first);
    std::string pending;  // literal text not yet in `e`
    bool any_f = false;
    while (At(Tok::kString) || At(Tok::kFString)) {
      const Token& t = Next();
      if (t.kind == Tok::kString) {
        pending += t.text;
        continue;
      }
      any_f = true;
      FString(t, &pending, e.get());
    }
    if (!any_f) {
      ExprPtr c = NewExpr(Expr::Kind::kConst, first);
      c->value = Constant::Str(std::move(pending));
      return c;
    }
    FlushLiteral(&pending, e.get(), first);
    return e;
  }

  void FlushLiteral(std::string* pending, Expr* e, const Token& at) {
    if (pending->empty()) return;
    ExprPtr c = NewExpr(Expr::Kind::kConst, at);
    c->value = Constant::Str(std::move(*pending));
    pending->clear();
    e->items.push_back(std::move(c));
    e->conversions.push_back(-1);
  }

  // Splits an f-string's body into literal text and {expression[!r|!s]} fields.
  void FString(const Token& t, std::string* pending, Expr* e) {
    const std::string& body = t.text;
    std::string literal;
    auto flush_text = [&] {
      std::string decoded, problem;
      if (t.raw) {
        decoded = literal;
      } else if (!DecodeEscapes(literal, &decoded, &problem)) {
        Fail(problem, t);
      }
      *pending += decoded;
      literal.clear();
    };
    for (std::size_t i = 0; i < body.size();) {
      const char c = body[i];
      if (c == '{' && i + 1 < body.size() && body[i + 1] == '{') {
        literal += '{';
        i += 2;
        continue;
      }
      if (c == '}') {
        if (i + 1 < body.size() && body[i + 1] == '}') {
          literal += '}';
          i += 2;
          continue;
        }
        Fail("f-string: single '}' is not allowed", t);
      }
      if (c != '{') {
        literal += c;
        ++i;
        continue;
      }
      // A replacement field: find its end, minding brackets and strings.
      std::size_t j = i + 1;
      int depth = 0;
      char quote = 0;
      std::size_t conv = std::string::npos;
      for (; j < body.size(); ++j) {
        const char d = body[j];
        if (quote != 0) {
          if (d == quote) quote = 0;
          continue;
        }
        if (d == '\'' || d == '"') {
          quote = d;
        } else if (d == '(' || d == '[' || d == '{') {
          ++depth;
        } else if ((d == ')' || d == ']' || d == '}') && depth > 0) {
          --depth;
        } else if (depth == 0 && (d == '}' || d == ':' || d == '!')) {
          if (d == '!' && j + 1 < body.size() && body[j + 1] == '=') {
            ++j;
            continue;
          }
          break;
        }
      }
      if (j >= body.size()) Fail("f-string: expecting '}'", t);
      std::string_view expr_text(body.data() + i + 1, j - i - 1);
      int conversion = 0;
      if (body[j] == '!') {
        conv = j + 1;
        if (conv >= body.size() ||
            (body[conv] != 'r' && body[conv] != 's' && body[conv] != 'a')) {
          Fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", t);
        }
        if (body[conv] == 'a') Unsupported("ascii() conversions (!a)", t);
        conversion = body[conv] == 'r' ? 1 : 0;
        j = conv + 1;
      }
      if (j < body.size() && body[j] == ':') Unsupported("format specs in f-strings", t);
      if (j >= body.size() || body[j] != '}') Fail("f-string: expecting '}'", t);
      if (!expr_text.empty() && expr_text.back() == '=') {
        Unsupported("self-documenting f-string fields ({x=})", t);
      }
      if (expr_text.find_first_not_of(" \t\n") == std::string_view::npos) {
        Fail("f-string: empty expression not allowed", t);
      }
      flush_text();
      FlushLiteral(pending, e, t);
      e->items.push_back(SubExpression(expr_text, t));
      e->conversions.push_back(conversion);
      i = j + 1;
    }
    flush_text();
  }

  // Parses a replacement field's text; errors point at the f-string.
  ExprPtr SubExpression(std::string_view text, const Token& at) {
    std::string wrapped = "(" + std::string(text) + ")";
    std::vector<Token> tokens;
    SourceError error;
    if (!Tokenize(wrapped, &tokens, &error)) {
      Fail("f-string: " + error.message, at);
    }
    for (Token& tok : tokens) {  // report positions at the f-string
      tok.line = at.line;
      tok.col = at.col;
    }
    Parser sub(std::move(tokens));
    sub.expr_depth_ = expr_depth_;
    sub.tree_depth_ = tree_depth_;
    ExprPtr e;
    try {
      e = sub.LoneExpression();
    } catch (Failure& f) {
      if (f.error.message.rfind("f-string", 0) != 0) {
        f.error.message = "f-string: " + f.error.message;
      }
      throw;
    }
    return e;
  }

  std::vector<Token> toks_;
  std::size_t pos_ = 0;
  int block_depth_ = 0;
  int expr_depth_ = 0;
  int tree_depth_ = 0;
};

}  // namespace

bool Parse(std::string_view source, Body* module, SourceError* error) {
  std::vector<Token> tokens;
  if (!Tokenize(source, &tokens, error)) return false;
  try {
    Parser parser(std::move(tokens));
    *module = parser.Module();
  } catch (const Failure& f) {
    *error = f.error;
    return false;
  }
  return true;
}

}  // namespace gillab::py
