// gillab/frontend/compiler.cc
#include "frontend/compiler.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "frontend/cpython_names.h"
#include "frontend/parser.h"
#include "frontend/symtable.h"
#include "runtime/bytecode/builder.h"
#include "runtime/bytecode/verifier.h"

namespace gillab::py {

namespace {

constexpr int kMaxCount = 255;  // an instruction's count operand

struct Failure {
  SourceError error;
};

// The modules a script may import, and their functions: every builtin whose
// Python name has a dot ("threading.Thread").
std::map<std::string, std::set<std::string>> KnownModules() {
  std::map<std::string, std::set<std::string>> modules;
#define GILLAB_MODULE_ENTRY(id, name, python)                                     \
  if (const std::string_view p = python; p.find('.') != std::string_view::npos) { \
    modules[std::string(p.substr(0, p.find('.')))].insert(                        \
        std::string(p.substr(p.find('.') + 1)));                                  \
  }
  GILLAB_BUILTINS(GILLAB_MODULE_ENTRY)
#undef GILLAB_MODULE_ENTRY
  return modules;
}

std::string Join(const std::set<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

class Compiler {
 public:
  explicit Compiler(std::string filename) : filename_(std::move(filename)) {}

  ProgramSpec Compile(const Body& module) {
    known_ = KnownModules();
    for (const StmtPtr& s : module) CollectImports(*s);
    CollectBound(module);
    SourceError error;
    if (!symbols_.Build(module, &error)) throw Failure{error};
    FunctionBuilder& fb = pb_.Function("<module>");
    fb.SetLine(1);  // every instruction has a line, even an empty module's
    Scope scope{&fb, &symbols_.module(), {}};
    scope_ = &scope;
    for (const StmtPtr& s : module) Statement(*s);
    fb.LoadConst(Constant::None()).Op(Opcode::RETURN_VALUE);
    absl::StatusOr<ProgramSpec> program = pb_.BuildUnverified();
    if (!program.ok()) Fail("internal: " + std::string(program.status().message()), 1, 1);
    program->dialect = Dialect::kPython;
    program->filename = filename_;
    if (absl::Status s = Verify(*program); !s.ok()) {
      Fail("too complex for gillab (" + std::string(s.message()) + ")", 1, 1);
    }
    return *std::move(program);
  }

 private:
  struct Block {
    enum Kind { kWhile, kFor, kWith } kind;
    FunctionBuilder::Label continue_label;  // loops
    FunctionBuilder::Label break_label;     // loops
  };
  struct Scope {
    FunctionBuilder* fb;
    const Symbols* symbols;  // where its names live (symtable.h)
    std::vector<Block> blocks;
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

  void CollectImports(const Stmt& s) {
    if (s.kind == Stmt::Kind::kImport) {
      for (std::size_t i = 0; i < s.names.size(); ++i) {
        if (known_.count(s.names[i]) == 0) UnknownModule(s.names[i], s);
        modules_[s.asnames[i]] = s.names[i];
      }
    } else if (s.kind == Stmt::Kind::kImportFrom) {
      if (known_.count(s.name) == 0) UnknownModule(s.name, s);
      for (const std::string& n : s.names) {
        if (known_[s.name].count(n) == 0) UnknownMember(s.name, n, s);
      }
    }
    for (const StmtPtr& b : s.body) CollectImports(*b);
    for (const StmtPtr& b : s.orelse) CollectImports(*b);
  }
  [[noreturn]] void UnknownModule(const std::string& name, const Stmt& at) {
    std::set<std::string> names;
    for (const auto& [m, members] : known_) names.insert(m);
    Unsupported("module '" + name + "' (the subset has " + Join(names) + ")", at);
  }
  template <typename Node>
  [[noreturn]] void UnknownMember(const std::string& module, const std::string& name,
                                  const Node& at) {
    Unsupported(module + "." + name + " (the subset's " + module +
                    " has: " + Join(known_[module]) + ")",
                at);
  }

  // The names of CPython's builtins that the program binds somewhere (assigned,
  // defined, a parameter, imported): its own, not the builtin.
  void CollectBound(const Body& body) {
    for (const StmtPtr& s : body) {
      for (const ExprPtr& t : s->targets) CollectBoundTarget(*t);
      if (s->kind == Stmt::Kind::kDef) {
        Bind(s->name);
        for (const std::string& p : s->names) Bind(p);
      }
      if (s->kind == Stmt::Kind::kImport || s->kind == Stmt::Kind::kImportFrom) {
        for (const std::string& n : s->asnames) Bind(n);
      }
      CollectBound(s->body);
      CollectBound(s->orelse);
    }
  }
  void CollectBoundTarget(const Expr& e) {
    if (e.kind == Expr::Kind::kName) Bind(e.name);
    if (e.kind == Expr::Kind::kTuple || e.kind == Expr::Kind::kList) {
      for (const ExprPtr& item : e.items) CollectBoundTarget(*item);
    }
  }
  void Bind(const std::string& name) {
    if (IsCPythonBuiltin(name)) bound_builtins_.insert(name);
  }
  // A CPython builtin that the subset lacks and the program does not define.
  void CheckBuiltin(const std::string& name, const Expr& at) {
    Builtin b;
    if (!IsCPythonBuiltin(name) || bound_builtins_.count(name) != 0 ||
        ParsePythonBuiltin(name, &b)) {
      return;
    }
    Unsupported("builtin '" + name +
                    "' (the subset's builtins: " + Join(SubsetBuiltinNames()) + ")",
                at);
  }

  Symbols::Where Where(const std::string& name) const {
    return scope_->symbols->Lookup(name);
  }
  bool IsLocal(const std::string& name) const {
    return Where(name) == Symbols::Where::kLocal;
  }
  // A module alias that the current scope has not rebound.
  const std::string* ModuleOf(const Expr& e) const {
    if (e.kind != Expr::Kind::kName || Where(e.name) != Symbols::Where::kGlobal) {
      return nullptr;
    }
    auto it = modules_.find(e.name);
    return it == modules_.end() ? nullptr : &it->second;
  }
  // `fast` (LOAD_FAST, ...) on a local `name`, `deref` (LOAD_DEREF, ...) on a
  // cell or free one; false, emitting nothing, for a global.
  bool LocalOrCell(const std::string& name, Opcode fast, Opcode deref) {
    switch (Where(name)) {
      case Symbols::Where::kLocal:
        fb().Emit(Instr{fast, 0, fb().Local(name)});
        return true;
      case Symbols::Where::kCell:
      case Symbols::Where::kFree:
        Deref(deref, name);
        return true;
      case Symbols::Where::kGlobal:
        break;
    }
    return false;
  }
  // LOAD_DEREF and its kin on cell or free variable `name`.
  void Deref(Opcode op, const std::string& name) {
    fb().Emit(Instr{op, 0, scope_->symbols->CellIndex(name)});
  }

  void LoadName(const std::string& name, const Expr& at) {
    if (LocalOrCell(name, Opcode::LOAD_FAST, Opcode::LOAD_DEREF)) return;
    if (modules_.count(name) != 0) {
      Unsupported("using module '" + name + "' as a value (call its functions)", at);
    }
    if (name == "__name__") pb_.Global(name, Constant::Str("__main__"));
    CheckBuiltin(name, at);
    fb().LoadGlobal(name);
  }

  void StoreName(const std::string& name, int line, int col) {
    if (LocalOrCell(name, Opcode::STORE_FAST, Opcode::STORE_DEREF)) return;
    if (modules_.count(name) != 0) {
      Fail("unsupported: rebinding the module name '" + name + "'", line, col);
    }
    fb().StoreGlobal(name);
  }

  // --- Statements -------------------------------------------------------------

  void Statements(const Body& body) {
    for (const StmtPtr& s : body) Statement(*s);
  }

  void Statement(const Stmt& s) {
    fb().SetLine(s.line);
    switch (s.kind) {
      case Stmt::Kind::kExpr:
        if (s.value->kind == Expr::Kind::kConst) return;  // a docstring, or `...`
        Expression(*s.value);
        fb().Op(Opcode::POP_TOP);
        return;
      case Stmt::Kind::kAssign:
        Expression(*s.value);
        for (std::size_t i = 0; i < s.targets.size(); ++i) {
          if (i + 1 < s.targets.size()) fb().Op(Opcode::DUP_TOP);
          Store(*s.targets[i]);
        }
        return;
      case Stmt::Kind::kAugAssign:
        AugAssign(s);
        return;
      case Stmt::Kind::kIf:
        If(s);
        return;
      case Stmt::Kind::kWhile:
        While(s);
        return;
      case Stmt::Kind::kFor:
        For(s);
        return;
      case Stmt::Kind::kDef:
        Def(s);
        return;
      case Stmt::Kind::kReturn:
        Return(s);
        return;
      case Stmt::Kind::kGlobal:  // symtable.h made the checks
      case Stmt::Kind::kNonlocal:
        return;
      case Stmt::Kind::kPass:
      case Stmt::Kind::kImport:
        return;
      case Stmt::Kind::kImportFrom:
        for (std::size_t i = 0; i < s.names.size(); ++i) {
          fb().LoadGlobal(s.name + "." + s.names[i]);
          StoreName(s.asnames[i], s.line, s.col);
        }
        return;
      case Stmt::Kind::kBreak:
      case Stmt::Kind::kContinue:
        BreakOrContinue(s);
        return;
      case Stmt::Kind::kWith:
        With(s);
        return;
      case Stmt::Kind::kDel:
        Delete(*s.targets[0]);
        return;
      case Stmt::Kind::kAssert: {  // if not value: raise AssertionError(message)
        auto end = fb().NewLabel();
        Expression(*s.value);
        fb().Jump(Opcode::POP_JUMP_IF_TRUE, end);
        if (!s.defaults.empty()) Expression(*s.defaults[0]);
        fb().SetLine(s.line).Emit(Instr{Opcode::RAISE_ASSERTION, 0,
                                        static_cast<std::int32_t>(s.defaults.size())});
        fb().Bind(end);
        return;
      }
    }
  }

  void Delete(const Expr& target) {
    switch (target.kind) {
      case Expr::Kind::kName:
        if (LocalOrCell(target.name, Opcode::DELETE_FAST, Opcode::DELETE_DEREF)) return;
        if (modules_.count(target.name) != 0) {
          Unsupported("deleting the module name '" + target.name + "'", target);
        }
        fb().Emit(Instr{Opcode::DELETE_GLOBAL, 0, pb_.Global(target.name)});
        return;
      case Expr::Kind::kSubscript:
        Expression(*target.items[0]);
        Expression(*target.items[1]);
        fb().SetLine(target.line).Op(Opcode::DELETE_SUBSCR);
        return;
      default:  // a tuple or list of targets (the parser checked)
        for (const ExprPtr& item : target.items) Delete(*item);
        return;
    }
  }

  void AugAssign(const Stmt& s) {
    const Expr& target = *s.targets[0];
    if (target.kind == Expr::Kind::kName) {
      LoadName(target.name, target);
      Expression(*s.value);
      fb().SetLine(s.line).Op(s.op);
      StoreName(target.name, target.line, target.col);
      return;
    }
    // container[key] op= value: container, key are evaluated once.
    Expression(*target.items[0]);
    fb().Op(Opcode::DUP_TOP);
    Expression(*target.items[1]);
    fb().Op(Opcode::DUP_TOP).Op(Opcode::ROT_THREE);  // c k c k
    fb().Op(Opcode::BINARY_SUBSCR);                  // c k v
    Expression(*s.value);
    fb().SetLine(s.line).Op(s.op).Op(Opcode::ROT_THREE).Op(Opcode::STORE_SUBSCR);
  }

  void If(const Stmt& s) {
    auto otherwise = fb().NewLabel();
    auto end = fb().NewLabel();
    Expression(*s.value);
    fb().Jump(Opcode::POP_JUMP_IF_FALSE, otherwise);
    Statements(s.body);
    if (!s.orelse.empty()) fb().Jump(Opcode::JUMP, end);
    fb().Bind(otherwise);
    Statements(s.orelse);
    fb().Bind(end);
  }

  static bool IsTrueConstant(const Expr& e) {
    if (e.kind != Expr::Kind::kConst) return false;
    const Constant& c = e.value;
    return (c.kind == Constant::Kind::kBool || c.kind == Constant::Kind::kInt) &&
           c.i != 0;
  }

  void While(const Stmt& s) {
    auto top = fb().NewLabel();
    auto end = fb().NewLabel();
    fb().Bind(top);
    if (!IsTrueConstant(*s.value)) {  // `while True:` tests nothing
      Expression(*s.value);
      fb().Jump(Opcode::POP_JUMP_IF_FALSE, end);
    }
    scope_->blocks.push_back({Block::kWhile, top, end});
    Statements(s.body);
    scope_->blocks.pop_back();
    fb().SetLine(s.line).Jump(Opcode::JUMP, top);
    fb().Bind(end);
  }

  void For(const Stmt& s) {
    auto top = fb().NewLabel();
    auto end = fb().NewLabel();
    Expression(*s.value);
    fb().SetLine(s.line).Op(Opcode::GET_ITER);
    fb().Bind(top).Jump(Opcode::FOR_ITER, end);
    Store(*s.targets[0]);
    scope_->blocks.push_back({Block::kFor, top, end});
    Statements(s.body);
    scope_->blocks.pop_back();
    fb().SetLine(s.line).Jump(Opcode::JUMP, top);
    fb().Bind(end);
  }

  void With(const Stmt& s) {
    Expression(*s.value);
    fb().SetLine(s.line).Op(Opcode::WITH_ENTER);  // the lock, then True
    if (!s.targets.empty()) {
      Store(*s.targets[0]);
    } else {
      fb().Op(Opcode::POP_TOP);
    }
    scope_->blocks.push_back({Block::kWith, {}, {}});
    Statements(s.body);
    scope_->blocks.pop_back();
    fb().SetLine(s.line).Op(Opcode::WITH_EXIT);
  }

  void BreakOrContinue(const Stmt& s) {
    const bool is_break = s.kind == Stmt::Kind::kBreak;
    auto& blocks = scope_->blocks;
    int loop = static_cast<int>(blocks.size()) - 1;
    while (loop >= 0 && blocks[static_cast<std::size_t>(loop)].kind == Block::kWith)
      --loop;
    if (loop < 0) {
      Fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", s);
    }
    // Leave the `with` blocks inside the loop: each lock is on top in turn.
    for (int i = static_cast<int>(blocks.size()) - 1; i > loop; --i) {
      fb().Op(Opcode::WITH_EXIT);
    }
    const Block& b = blocks[static_cast<std::size_t>(loop)];
    if (is_break) {
      if (b.kind == Block::kFor) fb().Op(Opcode::POP_TOP);  // the iterator
      fb().Jump(Opcode::JUMP, b.break_label);
    } else {
      fb().Jump(Opcode::JUMP, b.continue_label);
    }
  }

  void Return(const Stmt& s) {
    if (scope_->module()) Fail("'return' outside function", s);
    if (s.value != nullptr) {
      Expression(*s.value);
    } else {
      fb().LoadConst(Constant::None());
    }
    fb().SetLine(s.line);
    // Leave every enclosing block with the value kept on top.
    for (auto b = scope_->blocks.rbegin(); b != scope_->blocks.rend(); ++b) {
      if (b->kind == Block::kWith) {
        fb().Op(Opcode::ROT_TWO).Op(Opcode::WITH_EXIT);
      } else if (b->kind == Block::kFor) {
        fb().Op(Opcode::ROT_TWO).Op(Opcode::POP_TOP);
      }
    }
    fb().Op(Opcode::RETURN_VALUE);
  }

  void Def(const Stmt& s) {
    if (scope_->module() && !defined_.insert(s.name).second) {
      Unsupported("defining function '" + s.name + "' twice", s);
    }
    MakeFunction(s, s.name, s.names, s.defaults, /*lambda=*/false, [&] {
      Statements(s.body);
      fb().LoadConst(Constant::None()).Op(Opcode::RETURN_VALUE);
    });
    StoreName(s.name, s.line, s.col);
  }

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
    }
    Scope inner{&f, &symbols, {}};
    Scope* outer = scope_;
    scope_ = &inner;
    f.SetLine(node.line);
    body();
    scope_ = outer;
    fb().SetLine(node.line).Emit(Instr{Opcode::MAKE_FUNCTION, flags, index});
    symbols_.Release(&node);  // `symbols` is gone from here
  }

  // Stores TOS into `target`.
  void Store(const Expr& target) {
    switch (target.kind) {
      case Expr::Kind::kName:
        StoreName(target.name, target.line, target.col);
        return;
      case Expr::Kind::kSubscript:
        Expression(*target.items[0]);
        Expression(*target.items[1]);
        fb().Op(Opcode::STORE_SUBSCR);
        return;
      case Expr::Kind::kTuple:
      case Expr::Kind::kList:
        if (target.items.size() > kMaxCount)
          Unsupported("unpacking more than 255 values", target);
        fb().Emit(Instr{Opcode::UNPACK_SEQUENCE, 0,
                        static_cast<std::int32_t>(target.items.size())});
        for (const ExprPtr& item : target.items) Store(*item);
        return;
      default:
        Fail("cannot assign to expression", target);
    }
  }

  // --- Expressions ------------------------------------------------------------

  void Expression(const Expr& e) {
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
        Unsupported("attribute access (only method calls such as x.append(1))", e);
      case Expr::Kind::kSubscript:
        Expression(*e.items[0]);
        Expression(*e.items[1]);
        fb().Op(Opcode::BINARY_SUBSCR);
        return;
      case Expr::Kind::kList:
        Sequence(e, Opcode::BUILD_LIST);
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
        Comprehension(e);
        return;
      case Expr::Kind::kClause:  // only inside a comprehension (Comprehension)
        return;
      case Expr::Kind::kStarred:  // only among a call's arguments (CallUnpacking)
        Fail("can't use starred expression here", e);
      case Expr::Kind::kSlice:
        for (const ExprPtr& item : e.items) Expression(*item);
        fb().Emit(
            Instr{Opcode::BUILD_SLICE, 0, static_cast<std::int32_t>(e.items.size())});
        return;
    }
  }

  // [x for x in xs if c] and {k: v for ...}: a function, as in Python 3, called
  // at once with the first iterable's iterator (".0"); it builds the result in
  // a hidden local (".r") and returns it.
  void Comprehension(const Expr& e) {
    const bool list = e.kind == Expr::Kind::kListComp;
    const std::span<const ExprPtr> clauses =
        std::span<const ExprPtr>(e.items).subspan(list ? 1 : 2);
    MakeFunction(e, list ? "<listcomp>" : "<dictcomp>", {".0"}, {}, /*lambda=*/true, [&] {
      fb().Build(list ? Opcode::BUILD_LIST : Opcode::BUILD_MAP, 0).StoreFast(".r");
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
      if (list) {  // .r.append(element)
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
      fb().LoadFast(".r").Op(Opcode::RETURN_VALUE);
    });
    Expression(*clauses[0]->items[1]);
    fb().SetLine(e.line).Op(Opcode::GET_ITER).Call(1);
  }

  void ModuleMember(const std::string& module, const Expr& attr) {
    if (known_[module].count(attr.name) == 0) UnknownMember(module, attr.name, attr);
    fb().LoadGlobal(module + "." + attr.name);
  }

  void Compare(const Expr& e) {
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
      fb().Op(Opcode::DUP_TOP)
          .Jump(Opcode::POP_JUMP_IF_FALSE, cleanup)
          .Op(Opcode::POP_TOP);
    }
    fb().Jump(Opcode::JUMP, end);
    fb().Bind(cleanup).Op(Opcode::ROT_TWO).Op(Opcode::POP_TOP);
    fb().Bind(end);
  }

  // f(*xs, **d): the positional arguments gathered in a list (LIST_APPEND, or
  // += for *iterable), the keywords in a dict (STORE_SUBSCR, or DICT_MERGE for
  // **mapping), then CALL_FUNCTION_EX.
  void CallUnpacking(const Expr& e) {
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

  void Call(const Expr& e) {
    const Expr& callee = *e.items[0];
    const std::size_t nargs = e.items.size() - 1;
    for (std::size_t i = 1; i < e.items.size(); ++i) {
      if (e.items[i]->kind == Expr::Kind::kStarred) return CallUnpacking(e);
    }
    for (const std::string& k : e.names) {
      if (k == "**") return CallUnpacking(e);
    }
    if (nargs > kMaxCount) Unsupported("calls with more than 255 arguments", e);
    if ((callee.kind == Expr::Kind::kName || callee.kind == Expr::Kind::kAttribute) &&
        callee.name == "Thread" &&
        std::find(e.names.begin(), e.names.end(), "daemon") != e.names.end()) {
      Unsupported(
          "daemon threads (Thread(daemon=...): a program ends when all its "
          "threads have)",
          e);
    }
    if (callee.kind == Expr::Kind::kAttribute && ModuleOf(*callee.items[0]) == nullptr) {
      // A method call: obj.name(args).
      if (!IsSubsetMethod(callee.name) && IsCPythonMethod(callee.name)) {
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

  // A call's keywords as CALL_KW and CALL_METHOD_KW name them: "a,b".
  static std::string KeywordNames(const Expr& call) {
    std::string names;
    for (const std::string& k : call.names) names += (names.empty() ? "" : ",") + k;
    return names;
  }

  void Sequence(const Expr& e, Opcode build) {
    if (e.items.size() <= kMaxCount) {
      for (const ExprPtr& item : e.items) Expression(*item);
      fb().Build(build, static_cast<int>(e.items.size()));
      return;
    }
    // A long list display: an empty list, then one append per item.
    fb().Build(Opcode::BUILD_LIST, 0);
    for (const ExprPtr& item : e.items) {
      fb().Op(Opcode::DUP_TOP);
      Expression(*item);
      fb().Op(Opcode::LIST_APPEND);
    }
  }

  void Dict(const Expr& e) {
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

  void FString(const Expr& e) {
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

  const std::string filename_;
  ProgramBuilder pb_;
  Scope* scope_ = nullptr;
  std::size_t next_function_ = 1;  // <module> is 0
  std::map<std::string, std::set<std::string>> known_;
  std::map<std::string, std::string> modules_;  // alias -> module
  std::set<std::string> defined_;
  std::set<std::string> bound_builtins_;  // CollectBound
  SymbolTable symbols_;
};

}  // namespace

bool CompilePython(std::string_view source, std::string_view filename,
                   ProgramSpec* program, SourceError* error) {
  Body module;
  if (!Parse(source, &module, error)) return false;
  try {
    *program = Compiler(std::string(filename)).Compile(module);
  } catch (const Failure& f) {
    *error = f.error;
    return false;
  }
  return true;
}

std::string_view SourceLine(std::string_view source, int line) {
  std::size_t start = 0;
  for (int l = 1; l < line; ++l) {
    const std::size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  if (line < 1 || start > source.size()) return {};
  std::size_t end = source.find('\n', start);
  if (end == std::string_view::npos) end = source.size();
  std::string_view text = source.substr(start, end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

std::string FormatSourceError(std::string_view source, std::string_view filename,
                              const SourceError& error) {
  std::string out = std::string(filename) + ":" + std::to_string(error.line) + ":" +
                    std::to_string(error.col) + ": " + error.kind + ": " + error.message +
                    "\n";
  std::string_view text = SourceLine(source, error.line);
  // A line with control bytes or bytes that are not UTF-8 (a binary file given
  // as a script) is not echoed: it would write raw bytes to the terminal.
  const bool printable = FirstInvalidUtf8(text) == std::string_view::npos &&
                         std::none_of(text.begin(), text.end(), [](char c) {
                           const auto u = static_cast<unsigned char>(c);
                           return (u < 0x20 && c != '\t') || u == 0x7f;
                         });
  // Shown without its indentation, as Python does; the caret follows.
  std::size_t indent = 0;
  while (indent < text.size() && (text[indent] == ' ' || text[indent] == '\t')) ++indent;
  if (printable && indent < text.size()) {
    out += "    " + std::string(text.substr(indent)) + "\n";
    const int caret = std::max(0, error.col - 1 - static_cast<int>(indent));
    out += "    " + std::string(static_cast<std::size_t>(caret), ' ') + "^\n";
  }
  return out;
}

}  // namespace gillab::py
