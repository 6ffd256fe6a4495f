// gillab/frontend/parser_expr.cc — expressions, by Python's precedence (one
// method per level, parser_internal.h lists them), and f-strings.
#include <string>
#include <utility>

#include "frontend/parser_internal.h"

namespace gillab::py::parser_internal {

// test (',' test)* [','] — a tuple when there is a comma.
ExprPtr Parser::TestList() {
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

bool Parser::StartsExpression() const {
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
ExprPtr Parser::NamedTest() {
  ExprPtr e = Test();
  if (AtOp(":=")) Unsupported("assignment expressions (:=)", Peek());
  return e;
}

ExprPtr Parser::Test() {
  const Token& start = Peek();
  DepthGuard guard(this, start);
  if (AtKeyword("lambda")) return Lambda();
  if (AtKeyword("yield")) return Yield();
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

ExprPtr Parser::Lambda() {
  const Token& t = Next();
  ++scopes_made_;
  ExprPtr e = NewExpr(Expr::Kind::kLambda, t);
  std::vector<ExprPtr> defaults;
  Parameters(":", &e->names, &defaults, &e->star_params, &e->kwonly, t);
  ExpectOp(":");
  e->items.push_back(Test());
  for (ExprPtr& d : defaults) e->items.push_back(std::move(d));
  return e;
}

ExprPtr Parser::BoolChain(bool is_and) {
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

ExprPtr Parser::NotTest() {
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

bool Parser::CompareOperator(CompareOp* op) {
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

ExprPtr Parser::Comparison() {
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

// The bitwise levels, loosest first: |, ^, &, then the shifts.
ExprPtr Parser::BitOr() { return BitLevel(0); }

ExprPtr Parser::BitLevel(int level) {
  struct Level {
    const char* ops[2];
    Opcode opcodes[2];
  };
  static constexpr Level kLevels[] = {
      {{"|", nullptr}, {Opcode::BINARY_OR, Opcode::NOP}},
      {{"^", nullptr}, {Opcode::BINARY_XOR, Opcode::NOP}},
      {{"&", nullptr}, {Opcode::BINARY_AND, Opcode::NOP}},
      {{"<<", ">>"}, {Opcode::BINARY_LSHIFT, Opcode::BINARY_RSHIFT}},
  };
  const auto operand = [&] { return level == 3 ? Arith() : BitLevel(level + 1); };
  const Level& l = kLevels[level];
  const Token& start = Peek();
  ExprPtr e = operand();
  ChainGuard chain(this);
  for (;;) {
    int which = -1;
    for (int i = 0; i < 2; ++i) {
      if (l.ops[i] != nullptr && AtOp(l.ops[i])) which = i;
    }
    if (which < 0) return e;
    TreeLink(Next());
    ExprPtr b = NewExpr(Expr::Kind::kBinOp, start);
    b->op = l.opcodes[which];
    b->items.push_back(std::move(e));
    b->items.push_back(operand());
    e = std::move(b);
  }
}

ExprPtr Parser::Arith() {
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

ExprPtr Parser::Term() {
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

ExprPtr Parser::Factor() {
  const Token& start = Peek();
  DepthGuard guard(this, start);
  if (AtOp("-") || AtOp("+")) {
    const bool minus = Next().text == "-";
    // A literal is negated here, so that -9223372036854775808 is an int.
    if (minus && At(Tok::kInt) && !(Peek(1).kind == Tok::kOp && Peek(1).text == "**")) {
      const Token& n = Next();
      ExprPtr c = NewExpr(Expr::Kind::kConst, start);
      if (n.ivalue >= 0) {
        c->value = Constant::Int(-n.ivalue);
      } else {
        const std::string digits = IntLiteralDecimal(n.text);
        c->value = digits == "9223372036854775808" ? Constant::Int(INT64_MIN)
                                                   : Constant::BigInt("-" + digits);
      }
      return Trailers(std::move(c));
    }
    ExprPtr operand = Factor();
    if (!minus) {
      if (operand->kind == Expr::Kind::kConst &&
          (operand->value.kind == Constant::Kind::kInt ||
           operand->value.kind == Constant::Kind::kBigInt ||
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
  if (AtOp("~")) {
    Next();
    ExprPtr e = NewExpr(Expr::Kind::kUnary, start);
    e->op = Opcode::UNARY_INVERT;
    e->items.push_back(Factor());
    return e;
  }
  return Power();
}

ExprPtr Parser::Power() {
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

ExprPtr Parser::Trailers(ExprPtr e) {
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
      sub->items.push_back(Subscript());
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

ExprPtr Parser::Subscript() {
  const Token& start = Peek();
  ExprPtr first = AtOp(":") ? nullptr : Test();
  if (first != nullptr && !AtOp(":")) {
    if (!AtOp(",")) return first;
    ExprPtr tuple = NewExpr(Expr::Kind::kTuple, start);  // d[1, 2]: a tuple key
    tuple->items.push_back(std::move(first));
    while (AcceptOp(",")) {
      if (!StartsExpression() && !AtOp(":")) break;
      if (AtOp(":")) Unsupported("tuples of slices (a[1:2, 3])", Peek());
      tuple->items.push_back(Test());
      if (AtOp(":")) Unsupported("tuples of slices (a[1:2, 3])", Peek());
    }
    return tuple;
  }
  // lower:upper[:step], each optional; an absent bound is None, as in CPython.
  ExprPtr slice = NewExpr(Expr::Kind::kSlice, start);
  const auto none = [&] {
    ExprPtr c = NewExpr(Expr::Kind::kConst, Peek());
    c->value = Constant::None();
    return c;
  };
  slice->items.push_back(first != nullptr ? std::move(first) : none());
  ExpectOp(":");
  slice->items.push_back(AtOp(":") || AtOp("]") || AtOp(",") ? none() : Test());
  if (AcceptOp(":") && !AtOp("]") && !AtOp(",")) slice->items.push_back(Test());
  if (AtOp(",")) Unsupported("tuples of slices (a[1:2, 3])", Peek());
  return slice;
}

void Parser::Arguments(Expr* call) {
  bool keywords = false;  // a name=value so far
  bool unpacked = false;  // a **mapping so far
  while (!AtOp(")")) {
    const Token& t = Peek();
    if (AtOp("**")) {  // a keyword entry named "**"
      ++pos_;
      call->names.push_back("**");
      call->items.push_back(Test());
      unpacked = true;
    } else if (AtOp("*")) {
      ++pos_;
      if (unpacked) {
        Fail("iterable argument unpacking follows keyword argument unpacking", t);
      }
      if (keywords) Unsupported("*iterable after keyword arguments", t);
      ExprPtr star = NewExpr(Expr::Kind::kStarred, t);
      star->items.push_back(Test());
      call->items.push_back(std::move(star));
    } else if (t.kind == Tok::kName && Peek(1).kind == Tok::kOp && Peek(1).text == "=") {
      const std::string name = ExpectName();
      ++pos_;  // '='
      for (const std::string& k : call->names) {
        if (k == name) Fail("keyword argument repeated: " + name, t);
      }
      call->names.push_back(name);
      call->items.push_back(Test());
      keywords = true;
    } else {
      if (unpacked) Fail("positional argument follows keyword argument unpacking", t);
      if (keywords) Fail("positional argument follows keyword argument", t);
      call->items.push_back(Test());
      if (AtKeyword("for")) {  // f(x for x in xs): the sole argument
        ExprPtr gen = NewExpr(Expr::Kind::kGenExp, t);
        gen->items.push_back(std::move(call->items.back()));
        Clauses(gen.get());
        call->items.back() = std::move(gen);
        if (call->items.size() != 2 || !AtOp(")")) {  // the callee, the generator
          FailAt("Generator expression must be parenthesized", *call->items.back());
        }
      }
    }
    if (!AcceptOp(",")) break;
  }
  if (!AtOp(")")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
  ++pos_;
}

ExprPtr Parser::Atom() {
  const Token& t = Peek();
  DepthGuard guard(this, t);
  switch (t.kind) {
    case Tok::kInt: {
      ++pos_;
      ExprPtr e = NewExpr(Expr::Kind::kConst, t);
      e->value = t.ivalue >= 0 ? Constant::Int(t.ivalue)
                               : Constant::BigInt(IntLiteralDecimal(t.text));
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

ExprPtr Parser::Yield() {
  const Token& t = Next();
  if (AcceptKeyword("from")) {
    ExprPtr e = NewExpr(Expr::Kind::kYieldFrom, t);
    e->items.push_back(Test());
    return e;
  }
  ExprPtr e = NewExpr(Expr::Kind::kYield, t);
  if (StartsExpression()) e->items.push_back(TestList());
  return e;
}

ExprPtr Parser::Parenthesized() {
  const Token& open = Next();
  if (AcceptOp(")")) {
    ExprPtr e = NewExpr(Expr::Kind::kTuple, open);
    e->parenthesized = true;
    return e;
  }
  ExprPtr first = Test();
  if (AtKeyword("for")) {
    ExprPtr e = NewExpr(Expr::Kind::kGenExp, open);
    e->items.push_back(std::move(first));
    Clauses(e.get());
    if (!AtOp(")")) Fail("invalid syntax", Peek());
    ++pos_;
    return e;
  }
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

ExprPtr Parser::ListDisplay() {
  const Token& open = Next();
  ExprPtr e = NewExpr(Expr::Kind::kList, open);
  while (!AtOp("]")) {
    e->items.push_back(Test());
    if (AtKeyword("for") && e->items.size() == 1) {
      e->kind = Expr::Kind::kListComp;
      Clauses(e.get());
      break;
    }
    if (!AcceptOp(",")) break;
  }
  if (!AtOp("]")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
  ++pos_;
  return e;
}

ExprPtr Parser::DictDisplay() {
  const Token& open = Next();
  ExprPtr e = NewExpr(Expr::Kind::kDict, open);
  while (!AtOp("}")) {
    if (AtOp("**")) Unsupported("dict unpacking (**)", Peek());
    e->items.push_back(Test());
    if (!AtOp(":") && e->items.size() == 1 &&
        (AtOp(",") || AtOp("}") || AtKeyword("for"))) {
      return SetDisplay(std::move(e));
    }
    if (!AtOp(":")) Fail("':' expected after dictionary key", Peek());
    ++pos_;
    e->items.push_back(Test());
    if (AtKeyword("for") && e->items.size() == 2) {
      e->kind = Expr::Kind::kDictComp;
      Clauses(e.get());
      break;
    }
    if (!AcceptOp(",")) break;
  }
  if (!AtOp("}")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
  ++pos_;
  return e;
}

ExprPtr Parser::SetDisplay(ExprPtr e) {
  e->kind = Expr::Kind::kSet;
  if (AtKeyword("for")) {
    e->kind = Expr::Kind::kSetComp;
    Clauses(e.get());
  } else {
    while (AcceptOp(",")) {
      if (AtOp("}")) break;
      if (AtOp("*")) Unsupported("starred expressions", Peek());
      e->items.push_back(Test());
    }
  }
  if (!AtOp("}")) Fail("invalid syntax. Perhaps you forgot a comma?", Peek());
  ++pos_;
  return e;
}

void Parser::Clauses(Expr* comp) {
  ++scopes_made_;
  while (AtKeyword("for")) {
    const Token& t = Next();
    if (AtKeyword("async")) Unsupported("async comprehensions", Peek());
    ExprPtr c = NewExpr(Expr::Kind::kClause, t);
    c->items.push_back(TargetList());
    CheckTarget(*c->items[0], false, t);
    if (!AcceptKeyword("in")) Fail("invalid syntax", Peek());
    c->items.push_back(OrTest());
    while (AcceptKeyword("if")) c->items.push_back(OrTest());
    comp->items.push_back(std::move(c));
  }
}

// Adjacent literals concatenate: "a" "b", "a" f"{x}".
ExprPtr Parser::Strings() {
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

void Parser::FlushLiteral(std::string* pending, Expr* e, const Token& at) {
  if (pending->empty()) return;
  ExprPtr c = NewExpr(Expr::Kind::kConst, at);
  c->value = Constant::Str(std::move(*pending));
  pending->clear();
  e->items.push_back(std::move(c));
  e->conversions.push_back(-1);
}

// Splits an f-string's body into literal text and {expression[!r|!s]} fields.
void Parser::FString(const Token& t, std::string* pending, Expr* e) {
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
ExprPtr Parser::SubExpression(std::string_view text, const Token& at) {
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

}  // namespace gillab::py::parser_internal
