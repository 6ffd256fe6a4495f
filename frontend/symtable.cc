// gillab/frontend/symtable.cc
//
// Two passes, as CPython's: SymbolBuilder walks the tree once, noting per scope
// what is bound, used and declared (and failing on a declaration that comes too
// late); Resolve then goes down the scopes with the set of names the enclosing
// functions bind, and back up with what each inner function needs, which makes
// a cell of the binder's local and passes through the scopes in between as free.
#include "frontend/symtable.h"

#include <algorithm>
#include <utility>

namespace gillab::py {

namespace {

struct Failure {
  SourceError error;
};

}  // namespace

Symbols::Where Symbols::Lookup(const std::string& name) const {
  if (module() || globals_.count(name) != 0) return Where::kGlobal;
  if (cells_.count(name) != 0) return Where::kCell;
  if (free_.count(name) != 0) return Where::kFree;
  if (bound_.count(name) != 0) return Where::kLocal;
  return Where::kGlobal;
}

int Symbols::CellIndex(const std::string& name) const {
  auto at = std::find(cellvars_.begin(), cellvars_.end(), name);
  if (at != cellvars_.end()) return static_cast<int>(at - cellvars_.begin());
  at = std::find(freevars_.begin(), freevars_.end(), name);
  if (at != freevars_.end()) {
    return static_cast<int>(cellvars_.size()) + static_cast<int>(at - freevars_.begin());
  }
  return -1;
}

class SymbolBuilder {
 public:
  explicit SymbolBuilder(SymbolTable* table) : table_(table) {}

  void Module(const Body& body) {
    table_->module_ = std::make_unique<Symbols>();
    scope_ = table_->module_.get();
    Statements(body);
    Resolve(table_->module_.get(), {});
  }

 private:
  [[noreturn]] static void Fail(const std::string& message, int line, int col) {
    throw Failure{SourceError{"SyntaxError", message, line, col}};
  }

  void Bind(const std::string& name) { scope_->bound_.insert(name); }
  void Use(const std::string& name) { scope_->used_.insert(name); }

  Symbols* NewScope(const void* node, const std::string& name,
                    const std::vector<std::string>& params) {
    auto child = std::make_unique<Symbols>();
    child->parent_ = scope_;
    child->qualname_ = scope_->module() ? name : scope_->qualname_ + ".<locals>." + name;
    child->params_ = params;
    child->bound_.insert(params.begin(), params.end());
    Symbols* raw = child.get();
    scope_->children_.push_back(std::move(child));
    table_->scopes_[node] = raw;
    return raw;
  }

  void Statements(const Body& body) {
    for (const StmtPtr& s : body) Statement(*s);
  }

  void Statement(const Stmt& s) {
    switch (s.kind) {
      case Stmt::Kind::kGlobal:
      case Stmt::Kind::kNonlocal:
        Declare(s);
        break;
      case Stmt::Kind::kDef: {
        for (const ExprPtr& d : s.defaults) Expression(*d);
        Bind(s.name);
        Symbols* outer = scope_;
        scope_ = NewScope(&s, s.name, s.names);
        Statements(s.body);
        scope_ = outer;
        return;
      }
      case Stmt::Kind::kImport:
      case Stmt::Kind::kImportFrom:
        for (const std::string& n : s.asnames) Bind(n);
        break;
      case Stmt::Kind::kAugAssign:
        Expression(*s.value);
        if (s.targets[0]->kind == Expr::Kind::kName) Use(s.targets[0]->name);
        Target(*s.targets[0]);
        return;
      default:
        break;
    }
    if (s.value != nullptr) Expression(*s.value);
    for (const ExprPtr& t : s.targets) Target(*t);
    Statements(s.body);
    Statements(s.orelse);
  }

  // global/nonlocal: too late after a use or an assignment in this scope, and
  // never for a parameter (CPython's messages).
  void Declare(const Stmt& s) {
    const bool global = s.kind == Stmt::Kind::kGlobal;
    const char* what = global ? "global" : "nonlocal";
    if (!global && scope_->module()) {
      Fail("nonlocal declaration not allowed at module level", s.line, s.col);
    }
    for (const std::string& n : s.names) {
      if (std::find(scope_->params_.begin(), scope_->params_.end(), n) !=
          scope_->params_.end()) {
        Fail("name '" + n + "' is parameter and " + what, s.line, s.col);
      }
      if ((global ? scope_->nonlocals_ : scope_->globals_).count(n) != 0) {
        Fail("name '" + n + "' is nonlocal and global", s.line, s.col);
      }
      if (scope_->bound_.count(n) != 0) {
        Fail("name '" + n + "' is assigned to before " + what + " declaration", s.line,
             s.col);
      }
      if (scope_->used_.count(n) != 0) {
        Fail("name '" + n + "' is used prior to " + what + " declaration", s.line, s.col);
      }
      (global ? scope_->globals_ : scope_->nonlocals_).insert(n);
      if (!global) scope_->nonlocal_at_[n] = {s.line, s.col};
    }
  }

  void Target(const Expr& e) {
    switch (e.kind) {
      case Expr::Kind::kName:
        Bind(e.name);
        return;
      case Expr::Kind::kTuple:
      case Expr::Kind::kList:
        for (const ExprPtr& item : e.items) Target(*item);
        return;
      default:  // a subscript or an attribute: its parts are read
        for (const ExprPtr& item : e.items) Expression(*item);
        return;
    }
  }

  void Expression(const Expr& e) {
    switch (e.kind) {
      case Expr::Kind::kName:
        Use(e.name);
        return;
      case Expr::Kind::kLambda: {
        for (std::size_t i = 1; i < e.items.size(); ++i) Expression(*e.items[i]);
        Symbols* outer = scope_;
        scope_ = NewScope(&e, "<lambda>", e.params);
        Expression(*e.items[0]);
        scope_ = outer;
        return;
      }
      case Expr::Kind::kListComp:
      case Expr::Kind::kDictComp: {
        // Its own scope, as in Python 3: the first iterable is evaluated
        // outside and passed in (the parameter ".0"), the rest inside.
        Expression(*e.clauses[0].iter);
        Symbols* outer = scope_;
        scope_ = NewScope(
            &e, e.kind == Expr::Kind::kListComp ? "<listcomp>" : "<dictcomp>", {".0"});
        for (std::size_t k = 0; k < e.clauses.size(); ++k) {
          if (k > 0) Expression(*e.clauses[k].iter);
          Target(*e.clauses[k].target);
          for (const ExprPtr& cond : e.clauses[k].ifs) Expression(*cond);
        }
        for (const ExprPtr& item : e.items) Expression(*item);
        scope_ = outer;
        return;
      }
      default:
        for (const ExprPtr& item : e.items) Expression(*item);
        return;
    }
  }

  // `enclosing`: the names bound by the enclosing functions (not the module).
  void Resolve(Symbols* s, const std::set<std::string>& enclosing) {
    for (const std::string& n : s->nonlocals_) {
      if (enclosing.count(n) == 0) {
        const auto [line, col] = s->nonlocal_at_.at(n);
        Fail("no binding for nonlocal '" + n + "' found", line, col);
      }
      s->free_.insert(n);
    }
    if (!s->module()) {
      for (const std::string& n : s->used_) {
        if (s->globals_.count(n) == 0 && s->bound_.count(n) == 0 &&
            enclosing.count(n) != 0) {
          s->free_.insert(n);
        }
      }
    }
    std::set<std::string> inner;  // what s's inner functions may capture
    if (!s->module()) {
      inner = enclosing;
      for (const std::string& n : s->bound_) {
        if (s->globals_.count(n) == 0) inner.insert(n);
      }
      for (const std::string& n : s->globals_) inner.erase(n);
    }
    for (const auto& child : s->children_) {
      Resolve(child.get(), inner);
      if (s->module()) continue;
      for (const std::string& n : child->free_) {
        if (s->bound_.count(n) != 0 && s->nonlocals_.count(n) == 0) {
          s->cells_.insert(n);
        } else {
          s->free_.insert(n);
        }
      }
    }
    s->cellvars_.assign(s->cells_.begin(), s->cells_.end());
    s->freevars_.assign(s->free_.begin(), s->free_.end());
  }

  SymbolTable* table_;
  Symbols* scope_ = nullptr;
};

bool SymbolTable::Build(const Body& module, SourceError* error) {
  try {
    SymbolBuilder(this).Module(module);
  } catch (const Failure& f) {
    *error = f.error;
    return false;
  }
  return true;
}

}  // namespace gillab::py
