// gillab/frontend/parser_internal.h — the parser's class, shared by its two
// files: parser.cc (statements, and Parse) and parser_expr.cc (expressions and
// f-strings). Internal to frontend/parser; parser.h is the contract.
//
// Errors unwind the recursive descent as a C++ exception (Failure), caught at
// Parse(): nothing escapes the parser.
#ifndef GILLAB_FRONTEND_PARSER_INTERNAL_H_
#define GILLAB_FRONTEND_PARSER_INTERNAL_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "frontend/parser.h"
#include "frontend/tokenizer.h"

namespace gillab::py::parser_internal {

inline constexpr int kMaxBlockDepth = 100;
inline constexpr int kMaxExprDepth = 200;
// The depth of an expression's tree, which the compiler and the tree's destructor
// recurse through: nesting, and each link of a left-deep chain (`1 + 1 + ...`,
// `f()()`, `a[0][0]`). CPython gives up near 3000 during compilation.
inline constexpr int kMaxTreeDepth = 1000;

struct Failure {
  SourceError error;
};

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}

  Body Module();
  // An expression on its own (an f-string's replacement field).
  ExprPtr LoneExpression();

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

  // --- Statements (parser.cc) -------------------------------------------------
  void Statement(Body* out);
  // An if, while, for, def or with statement; null when the next is none.
  StmtPtr Compound();
  // The statement `parse` returns, its scopes_within set (for statements that
  // another one's parse makes: an elif's If, a `with a, b`'s inner With).
  template <typename F>
  StmtPtr Flagged(F&& parse) {
    const int scopes_before = scopes_made_;
    StmtPtr s;
    if constexpr (std::is_member_function_pointer_v<std::decay_t<F>>) {
      s = (this->*parse)();
    } else {
      s = parse();
    }
    s->scopes_within = scopes_made_ != scopes_before;
    return s;
  }
  void SimpleStatements(Body* out);
  StmtPtr SmallStatement();
  StmtPtr Import();
  StmtPtr ImportFrom();
  StmtPtr ExpressionStatement();
  // Python's "cannot assign to ..." checks.
  void CheckTarget(const Expr& e, bool augmented, const Token& at);
  // Python's "cannot delete ..." checks: names, subscripts, tuples of them.
  void CheckDelTarget(const Expr& e, const Token& at);
  // How Python's messages name an expression that is not a target: "literal",
  // "function call", ... ("expression" for the rest).
  static std::string Describe(const Expr& e);
  // ':' then a block: an indented suite, or simple statements on the same line.
  Body Block(const char* what, const Token& header);
  StmtPtr If();
  StmtPtr While();
  StmtPtr For();
  // A for loop's target: names, subscripts and tuples of them (no `in` inside).
  ExprPtr TargetList();
  StmtPtr Class();
  StmtPtr Def();
  // A def's parameters up to `end` (")"), or a lambda's (":"): names, with
  // annotations (def only) ignored and defaults kept, in the frame's order (the
  // keyword-only ones after the positional ones; *kwonly says which have a
  // default). `at`: the def, for errors.
  void Parameters(std::string_view end, std::vector<std::string>* names,
                  std::vector<ExprPtr>* defaults, std::uint8_t* star_params,
                  std::vector<bool>* kwonly, const Token& at);
  // lambda params: body
  ExprPtr Lambda();
  StmtPtr With();
  // try: ... except [E [as e]]: ... [else: ...] [finally: ...]
  StmtPtr Try();
  StmtPtr Raise();
  StmtPtr WithRest(const Token& at, const Token& header);
  // test (',' test)* [','] — a tuple when there is a comma.
  ExprPtr TestList();
  bool StartsExpression() const;
  // A test where `:=` would be legal (if/while conditions): named, unsupported.
  ExprPtr NamedTest();
  ExprPtr Test();
  ExprPtr BoolChain(bool is_and);
  ExprPtr NotTest();
  bool CompareOperator(CompareOp* op);
  ExprPtr Comparison();
  // Bitwise operators are outside the subset; this level names them.
  ExprPtr BitOr();
  ExprPtr BitLevel(int level);  // 0 |, 1 ^, 2 &, 3 << and >>
  ExprPtr Arith();
  ExprPtr Term();
  ExprPtr Factor();
  ExprPtr Power();
  ExprPtr Trailers(ExprPtr e);
  // What is between a subscript's brackets: an index, a tuple of them, or a
  // slice (Expr::Kind::kSlice).
  ExprPtr Subscript();
  void Arguments(Expr* call);
  ExprPtr Atom();
  ExprPtr Parenthesized();
  // {a, b} and {x for ...}: `e` holds the first item, read by DictDisplay.
  ExprPtr SetDisplay(ExprPtr e);
  // yield [testlist], yield from test.
  ExprPtr Yield();
  ExprPtr ListDisplay();
  // A comprehension's `for ... in ... [if ...]` clauses, into comp->clauses.
  void Clauses(Expr* comp);
  ExprPtr DictDisplay();
  // Adjacent literals concatenate: "a" "b", "a" f"{x}".
  ExprPtr Strings();
  void FlushLiteral(std::string* pending, Expr* e, const Token& at);
  // Splits an f-string's body into literal text and {expression[!r|!s]} fields.
  void FString(const Token& t, std::string* pending, Expr* e);
  // Parses a replacement field's text; errors point at the f-string.
  ExprPtr SubExpression(std::string_view text, const Token& at);

  // --- Helpers ----------------------------------------------------------------
  template <typename Node>
  static std::unique_ptr<Node> NewNode(typename Node::Kind kind, const Token& at) {
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->line = at.line;
    n->col = at.col;
    return n;
  }
  StmtPtr NewStmt(Stmt::Kind kind, const Token& at) { return NewNode<Stmt>(kind, at); }

  [[noreturn]] void FailAt(const std::string& message, const Expr& e) {
    throw Failure{SourceError{"SyntaxError", message, e.line, e.col}};
  }

  ExprPtr NewExpr(Expr::Kind kind, const Token& at) { return NewNode<Expr>(kind, at); }

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

  ExprPtr OrTest() { return BoolChain(false); }

  std::vector<Token> toks_;
  std::size_t pos_ = 0;
  int block_depth_ = 0;
  int expr_depth_ = 0;
  int tree_depth_ = 0;
  int scopes_made_ = 0;  // defs, lambdas and comprehensions so far (scopes_within)
};

}  // namespace gillab::py::parser_internal

#endif  // GILLAB_FRONTEND_PARSER_INTERNAL_H_
