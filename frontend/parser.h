// gillab/frontend/parser.h — tokens to a syntax tree, for the Python subset.
//
// A recursive-descent parser over Python's grammar, with Python's precedence
// (or < and < not < comparisons < | < ^ < & < << >> < + - < * / // % <
// unary - ~ < ** < calls, subscripts, attributes). It parses the subset
// (README.md, "Python") and recognizes the rest of Python well enough to name
// what is outside it: "unsupported: the '@' operator", "unsupported:
// decorators", ... A
// program is either a complete tree or one SourceError: the first problem.
//
// Limits, as Python has them: 100 nested blocks, 200 nested brackets or
// operators; beyond them an error, never a stack overflow.
#ifndef GILLAB_FRONTEND_PARSER_H_
#define GILLAB_FRONTEND_PARSER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/tokenizer.h"
#include "runtime/bytecode/code.h"

namespace gillab::py {

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

// Which of a def's or lambda's last parameters collect the rest of a call's
// arguments: *args (a tuple), then **kwargs (a dict).
inline constexpr std::uint8_t kStarArgs = 1;
inline constexpr std::uint8_t kStarKwargs = 2;

struct Expr {
  enum class Kind {
    kName,       // name
    kConst,      // value
    kBinOp,      // items[0] op items[1]
    kUnary,      // op items[0]: UNARY_NEGATIVE or UNARY_NOT
    kBoolOp,     // items joined by `and` (is_and) or `or`
    kCompare,    // items[0] ops[0] items[1] ops[1] items[2] ...
    kCall,       // items[0](items[1..]); the last `names.size()` are keywords
    kAttribute,  // items[0].name
    kSubscript,  // items[0][items[1]]
    kList,       // [items]
    kTuple,      // (items)
    kDict,       // {items[0]: items[1], ...}
    kFString,    // f"...": items, each a str constant or a value with conversions[i]
    kIfExp,      // items[1] if items[0] else items[2]
    kSlice,      // items[0]:items[1][:items[2]] in a subscript (absent: None)
    kLambda,     // lambda names: items[0]; items[1..]: defaults, as kDef's
    kListComp,   // [items[0] items[1..]], each of those a kClause
    kDictComp,   // {items[0]: items[1] items[2..]}, each of those a kClause
    kClause,     // for items[0] in items[1] if items[2] if ... (a comprehension's)
    kStarred,    // *items[0], a call's positional argument to unpack
    kGenExp,     // (items[0] items[1..]), each of those a kClause
    kSet,        // {items}
    kSetComp,    // {items[0] items[1..]}, each of those a kClause
    kYield,      // yield [items[0]]
    kYieldFrom,  // yield from items[0]
  };
  Kind kind = Kind::kConst;
  int line = 0;
  int col = 0;
  std::string name;
  Constant value;
  Opcode op = Opcode::NOP;
  bool is_and = false;
  bool parenthesized = false;    // (a, b) rather than a, b
  std::uint8_t star_params = 0;  // kLambda: kStarArgs | kStarKwargs (see Stmt)
  std::vector<bool> kwonly;      // kLambda: as Stmt's
  std::vector<CompareOp> ops;
  std::vector<ExprPtr> items;
  // kCall: its keywords ("**" for a **mapping); kLambda: its parameters.
  std::vector<std::string> names;
  std::vector<int> conversions;  // kFString: -1 literal, 0 str(), 1 repr()
};

struct Stmt {
  enum class Kind {
    kExpr,       // value
    kAssign,     // targets[0] = targets[1] = ... = value
    kAugAssign,  // targets[0] op= value
    kIf,         // if value: body else: orelse (elif: an If in orelse)
    kWhile,      // while value: body
    kFor,        // for targets[0] in value: body
    kDef,        // def name(names): body; defaults: the last positional
                 // parameters' defaults, then the keyword-only ones' (kwonly)
    kReturn,     // return [value]
    kGlobal,     // global names
    kNonlocal,   // nonlocal names
    kPass,
    kBreak,
    kContinue,
    kWith,           // with value [as targets[0]]: body
    kImport,         // import names[i] [as asnames[i]]
    kImportFrom,     // from name import names[i] [as asnames[i]]
    kDel,            // del targets[0], targets[1], ...
    kAssert,         // assert value[, defaults[0]] (the message)
    kClass,          // class name(defaults[0]): body (at most one base)
    kTry,            // try: body handlers... else: orelse finally: finalbody
    kExceptHandler,  // except [value [as targets[0]]]: body (in a kTry's handlers)
    kRaise,          // raise [value [from defaults[0]]]
  };
  Kind kind = Kind::kPass;
  int line = 0;
  int col = 0;
  std::vector<ExprPtr> targets;
  ExprPtr value;  // may be null (a bare return, a with without as)
  Opcode op = Opcode::NOP;
  // A def, a lambda or a comprehension is in it (its blocks included): a new
  // scope. The symbol table reads only such statements' expressions closely.
  bool scopes_within = false;
  // kDef: its last parameters are *args (kStarArgs) and/or **kwargs (kStarKwargs).
  std::uint8_t star_params = 0;
  // kDef: the keyword-only parameters (after *args or a bare *), which `names`
  // lists after the positional ones and before *args: whether each has a
  // default (`defaults` holds those after the positional parameters' ones).
  std::vector<bool> kwonly;
  Body body;
  Body orelse;
  std::string name;
  std::vector<std::string> names;
  std::vector<std::string> asnames;
  std::vector<ExprPtr> defaults;  // kDef; kAssert: its message, if any; kClass: its
                                  // base; kRaise: its cause (`from`), if any
  Body handlers;                  // kTry: its except clauses, kExceptHandler each
  Body finalbody;                 // kTry: its finally block
};

// Parses a whole module. Returns false, with `error` set, on the first problem.
bool Parse(std::string_view source, Body* module, SourceError* error);

}  // namespace gillab::py

#endif  // GILLAB_FRONTEND_PARSER_H_
