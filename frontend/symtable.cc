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

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// In a vector Resolve sorted.
bool Sorted(const std::vector<std::string>& names, const std::string& name) {
  return std::binary_search(names.begin(), names.end(), name);
}

void SortUnique(std::vector<std::string>* names) {
  std::sort(names->begin(), names->end());
  names->erase(std::unique(names->begin(), names->end()), names->end());
}

}  // namespace

Symbols::Where Symbols::Lookup(const std::string& name) const {
  if (module() || (!globals_.empty() && Sorted(globals_, name))) return Where::kGlobal;
  if (!cells_.empty() && cells_.count(name) != 0) return Where::kCell;
  if (!free_.empty() && free_.count(name) != 0) return Where::kFree;
  if (Sorted(bound_, name)) return Where::kLocal;
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

  void Bind(const std::string& name) { scope_->bound_.push_back(name); }
  void Use(const std::string& name) { scope_->used_.push_back(name); }

  Symbols* NewScope(const void* node, const std::string& name,
                    const std::vector<std::string>& params) {
    auto child = std::make_unique<Symbols>();
    child->parent_ = scope_;
    child->qualname_ = scope_->module() ? name : scope_->qualname_ + ".<locals>." + name;
    child->params_ = params;
    child->bound_ = params;
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
      if (Has(scope_->params_, n)) {
        Fail("name '" + n + "' is parameter and " + what, s.line, s.col);
      }
      if (Has(global ? scope_->nonlocals_ : scope_->globals_, n)) {
        Fail("name '" + n + "' is nonlocal and global", s.line, s.col);
      }
      if (Has(scope_->bound_, n)) {
        Fail("name '" + n + "' is assigned to before " + what + " declaration", s.line,
             s.col);
      }
      if (Has(scope_->used_, n)) {
        Fail("name '" + n + "' is used prior to " + what + " declaration", s.line, s.col);
      }
      if (global) {
        scope_->globals_.push_back(n);
      } else {
        scope_->nonlocals_.push_back(n);
        scope_->nonlocal_at_.push_back({s.line, s.col});
      }
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
        scope_ = NewScope(&e, "<lambda>", e.names);
        Expression(*e.items[0]);
        scope_ = outer;
        return;
      }
      case Expr::Kind::kListComp:
      case Expr::Kind::kDictComp: {
        // Its own scope, as in Python 3: the first iterable is evaluated
        // outside and passed in (the parameter ".0"), the rest inside.
        const bool list = e.kind == Expr::Kind::kListComp;
        const std::size_t first = list ? 1 : 2;  // the first clause
        Expression(*e.items[first]->items[1]);
        Symbols* outer = scope_;
        scope_ = NewScope(&e, list ? "<listcomp>" : "<dictcomp>", {".0"});
        for (std::size_t k = first; k < e.items.size(); ++k) {
          const Expr& c = *e.items[k];  // for items[0] in items[1] if items[2..]
          if (k > first) Expression(*c.items[1]);
          Target(*c.items[0]);
          for (std::size_t i = 2; i < c.items.size(); ++i) Expression(*c.items[i]);
        }
        for (std::size_t i = 0; i < first; ++i) Expression(*e.items[i]);
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
    SortUnique(&s->bound_);
    SortUnique(&s->used_);
    SortUnique(&s->globals_);
    for (std::size_t i = 0; i < s->nonlocals_.size(); ++i) {
      const std::string& n = s->nonlocals_[i];
      if (enclosing.count(n) == 0) {
        const auto [line, col] = s->nonlocal_at_[i];
        Fail("no binding for nonlocal '" + n + "' found", line, col);
      }
      s->free_.insert(n);
    }
    const auto global = [&](const std::string& n) { return Sorted(s->globals_, n); };
    const auto nonlocal = [&](const std::string& n) { return Has(s->nonlocals_, n); };
    if (!s->module() && !enclosing.empty()) {
      for (const std::string& n : s->used_) {
        if (!global(n) && !Sorted(s->bound_, n) && enclosing.count(n) != 0) {
          s->free_.insert(n);
        }
      }
    }
    std::set<std::string> inner;  // what s's inner functions may capture
    if (!s->module() && !s->children_.empty()) {
      inner = enclosing;
      for (const std::string& n : s->bound_) {
        if (!global(n)) inner.insert(n);
      }
    }
    for (const auto& child : s->children_) {
      Resolve(child.get(), inner);
      if (s->module()) continue;
      for (const std::string& n : child->free_) {
        if (Sorted(s->bound_, n) && !nonlocal(n)) {
          s->cells_.insert(n);
        } else {
          s->free_.insert(n);
        }
      }
    }
    s->cellvars_.assign(s->cells_.begin(), s->cells_.end());
    s->freevars_.assign(s->free_.begin(), s->free_.end());
    std::vector<std::string>().swap(s->used_);  // not needed again
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
