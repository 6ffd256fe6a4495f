// gillab/frontend/compiler_internal.h — the compiler's class, shared by its
// two files: compiler.cc (names, statements, and CompilePython) and
// compiler_expr.cc (expressions, calls, comprehensions). Internal to
// frontend/compiler; compiler.h is the contract.
//
// Errors unwind as a C++ exception (Failure), caught at CompilePython: nothing
// escapes the compiler.
#ifndef GILLAB_FRONTEND_COMPILER_INTERNAL_H_
#define GILLAB_FRONTEND_COMPILER_INTERNAL_H_

#include <map>
#include <set>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "frontend/parser.h"
#include "frontend/symtable.h"
#include "frontend/tokenizer.h"
#include "runtime/bytecode/builder.h"
#include "runtime/bytecode/code.h"

namespace gillab::py::compiler_internal {

inline constexpr int kMaxCount = 255;  // an instruction's count operand

struct Failure {
  SourceError error;
};

// The modules a script may import, and their functions: every builtin whose
// Python name has a dot ("threading.Thread").
std::map<std::string, std::set<std::string>> KnownModules();

// "a, b, c".
std::string Join(const std::set<std::string>& names);

class Compiler {
 public:
  explicit Compiler(std::string filename) : filename_(std::move(filename)) {}

  ProgramSpec Compile(const Body& module);

 private:
  // What a break, continue or return leaves on its way out (Unwind).
  struct Block {
    enum Kind {
      kWhile,
      kFor,         // its iterator is on the stack
      kWith,        // its lock is on the stack
      kTry,         // a try body (`range`): protected, and maybe a finally to run
      kHandling,    // an except clause's body: an exception is being handled
      kFinallyExc,  // a finally block run for an exception, which is on the stack
      kReturning,   // a finally block run by a return, whose value is on the stack
    } kind;
    FunctionBuilder::Label continue_label;  // loops
    FunctionBuilder::Label break_label;     // loops
    int range = -1;                         // kTry: into Scope::ranges
    const Body* finalbody = nullptr;        // kTry: its finally block, if any
  };
  // The instructions a try body protects: the segments where it was open. A
  // finally block copied out at a return, break or continue is not protected
  // by its own try (nor by those inside it), so their ranges close around it.
  struct TryRange {
    int open_start = -1;  // the segment being emitted began here; -1: closed
    std::vector<std::pair<int, int>> segments;
    int level = 0;  // Handler's fields, as the blocks were at the try
    int with_depth = 0;
    int exc_depth = 0;
    int stack_depth = 0;
  };
  struct Scope {
    FunctionBuilder* fb;
    const Symbols* symbols;  // where its names live (symtable.h)
    std::vector<Block> blocks;
    std::vector<TryRange> ranges;
    const char* no_yield = nullptr;  // why `yield` is refused here, or null
    bool module() const { return symbols->module(); }
  };
  [[noreturn]] void Fail(const std::string& message, int line, int col) {
    throw Failure{SourceError{"SyntaxError", message, line, col}};
  }
  template <typename Node>
  [[noreturn]] void Fail(const std::string& message, const Node& at) {
    Fail(message, at.line, at.col);
  }
  template <typename Node>
  [[noreturn]] void Unsupported(const std::string& what, const Node& at) {
    Fail("unsupported: " + what, at);
  }
  FunctionBuilder& fb() { return *scope_->fb; }

  // --- Names ------------------------------------------------------------------
  void CollectImports(const Stmt& s);
  [[noreturn]] void UnknownModule(const std::string& name, const Stmt& at);
  template <typename Node>
  [[noreturn]] void UnknownMember(const std::string& module, const std::string& name,
                                  const Node& at) {
    Unsupported(module + "." + name + " (the subset's " + module +
                    " has: " + Join(known_[module]) + ")",
                at);
  }
  // The names of CPython's builtins that the program binds somewhere (assigned,
  // defined, a parameter, imported): its own, not the builtin.
  void CollectBound(const Body& body);
  void CollectBoundTarget(const Expr& e);
  void Bind(const std::string& name);
  // A CPython builtin that the subset lacks and the program does not define.
  void CheckBuiltin(const std::string& name, const Expr& at);
  Symbols::Where Where(const std::string& name) const;
  bool IsLocal(const std::string& name) const;
  // A module alias that the current scope has not rebound.
  const std::string* ModuleOf(const Expr& e) const;
  // `fast` (LOAD_FAST, ...) on a local `name`, `deref` (LOAD_DEREF, ...) on a
  // cell or free one; false, emitting nothing, for a global.
  bool LocalOrCell(const std::string& name, Opcode fast, Opcode deref);
  // LOAD_DEREF and its kin on cell or free variable `name`.
  void Deref(Opcode op, const std::string& name);
  void LoadName(const std::string& name, const Expr& at);
  void StoreName(const std::string& name, int line, int col);

  // --- Statements -------------------------------------------------------------
  void Statements(const Body& body);
  void Statement(const Stmt& s);
  void Delete(const Expr& target);
  void AugAssign(const Stmt& s);
  void If(const Stmt& s);
  static bool IsTrueConstant(const Expr& e);
  void While(const Stmt& s);
  void For(const Stmt& s);
  void With(const Stmt& s);
  void BreakOrContinue(const Stmt& s);
  void Return(const Stmt& s);
  // Leaves blocks[from..] innermost first, as a jump out of them must: locks
  // released, iterators dropped, handled exceptions ended, finally blocks run,
  // each try's range closed as it is left. `value`: a return value is on top of
  // the stack, and stays there. Returns the ranges closed, for Resume after the
  // jump (what follows it is in the try again).
  std::vector<int> Unwind(std::size_t from, bool value);
  void Resume(const std::vector<int>& ranges);
  // Ends `range`'s open segment here (an empty one is dropped); false when it
  // was not open.
  bool CloseSegment(int range);
  // try statements (try/finally around try/except when it has both).
  void Try(const Stmt& s);
  void TryExcept(const Stmt& s);
  // A try body's block and range: opened, and closed into handlers that go to
  // the next instruction (the handler's code). Returns the block's range.
  int OpenTry(const Body* finalbody);
  void CloseTry(int range);
  void AddHandlers(int range);
  void Raise(const Stmt& s);
  void Def(const Stmt& s);
  // class C(B): body. The body is a function of its own scope (symtable.h),
  // called at once with the base (or None); it ends in BUILD_CLASS, which
  // makes the class from its locals and returns it.
  void Class(const Stmt& s);
  // The object of an attribute (obj in obj.x = v, del obj.x): an expression,
  // but not a module's name.
  void AttributeOwner(const Expr& e);
  // A def or a lambda (`node`): compiles its body (`body` emits it) as a new
  // function, then, in the current one, what makes the function object: its
  // defaults' tuple, its closure's tuple of cells, MAKE_FUNCTION. Only a
  // module-level def without defaults is the function's one immortal object;
  // every other def or lambda makes a new function each time it runs.
  template <typename Node, typename F>
  void MakeFunction(const Node& node, const std::string& name,
                    const std::vector<std::string>& params,
                    std::span<const ExprPtr> defaults, bool lambda, F&& body) {
    if (params.size() > kMaxCount) Unsupported("more than 255 parameters", node);
    const Symbols* scope = symbols_.Of(&node);
    if (scope == nullptr) Fail("internal: a scope the symbol table did not read", node);
    const Symbols& symbols = *scope;
    std::uint8_t flags = scope_->module() && !lambda ? 0 : kMakeFunctionNew;
    if (!defaults.empty()) {
      for (const ExprPtr& d : defaults) Expression(*d);
      fb().Build(Opcode::BUILD_TUPLE, static_cast<int>(defaults.size()));
      flags |= kMakeFunctionDefaults | kMakeFunctionNew;
    }
    if (!symbols.freevars().empty()) {
      if (symbols.freevars().size() > kMaxCount) {
        Unsupported("closures over more than 255 variables", node);
      }
      for (const std::string& v : symbols.freevars()) Deref(Opcode::LOAD_CLOSURE, v);
      fb().Build(Opcode::BUILD_TUPLE, static_cast<int>(symbols.freevars().size()));
      flags |= kMakeFunctionClosure | kMakeFunctionNew;
    }
    const int index = static_cast<int>(next_function_++);
    FunctionBuilder& f = pb_.Function(name, params);
    f.SetScope(symbols.qualname(), symbols.cellvars(), symbols.freevars());
    if constexpr (std::is_same_v<Node, Stmt> || std::is_same_v<Node, Expr>) {
      f.SetStarParams((node.star_params & kStarArgs) != 0,
                      (node.star_params & kStarKwargs) != 0);
      f.SetKeywordOnly(node.kwonly);
    }
    Scope inner{&f, &symbols, {}, {}};
    Scope* outer = scope_;
    scope_ = &inner;
    f.SetLine(node.line);
    body();
    scope_ = outer;
    fb().SetLine(node.line).Emit(Instr{Opcode::MAKE_FUNCTION, flags, index});
    symbols_.Release(&node);  // `symbols` is gone from here
  }

  // Stores TOS into `target`.
  void Store(const Expr& target);

  // --- Expressions ------------------------------------------------------------
  void Expression(const Expr& e);
  // [x for x in xs if c] and {k: v for ...}: a function, as in Python 3, called
  // at once with the first iterable's iterator (".0"); it builds the result in
  // a hidden local (".r") and returns it. (x for x in xs if c): the same
  // function made a generator, which yields each element instead.
  void Comprehension(const Expr& e);
  // yield [value] and yield from iterable: the function becomes a generator.
  void Yield(const Expr& e);
  void ModuleMember(const std::string& module, const Expr& attr);
  void Compare(const Expr& e);
  // f(*xs, **d): the positional arguments gathered in a list (LIST_APPEND, or
  // += for *iterable), the keywords in a dict (STORE_SUBSCR, or DICT_MERGE for
  // **mapping), then CALL_FUNCTION_EX.
  void CallUnpacking(const Expr& e);
  void Call(const Expr& e);
  // A call's keywords as CALL_KW and CALL_METHOD_KW name them: "a,b".
  static std::string KeywordNames(const Expr& call);
  void Sequence(const Expr& e, Opcode build);
  void Dict(const Expr& e);
  void FString(const Expr& e);

  const std::string filename_;
  ProgramBuilder pb_;
  Scope* scope_ = nullptr;
  std::size_t next_function_ = 1;  // <module> is 0
  std::map<std::string, std::set<std::string>> known_;
  std::map<std::string, std::string> modules_;  // alias -> module
  std::set<std::string> defined_;
  std::set<std::string> bound_builtins_;  // CollectBound
  std::set<std::string> class_methods_;   // the methods the classes define
  SymbolTable symbols_;
};

}  // namespace gillab::py::compiler_internal

#endif  // GILLAB_FRONTEND_COMPILER_INTERNAL_H_
