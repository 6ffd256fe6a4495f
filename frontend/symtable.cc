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

template <typename S>
bool Has(const std::vector<S>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// In a vector Resolve sorted.
bool Sorted(const std::vector<std::string_view>& names, std::string_view name) {
  return std::binary_search(names.begin(), names.end(), name);
}

void SortUnique(std::vector<std::string_view>* names) {
  std::sort(names->begin(), names->end());
  names->erase(std::unique(names->begin(), names->end()), names->end());
}

}  // namespace

Symbols::Where Symbols::Lookup(const std::string& name) const {
  if (module() || (!globals_.empty() && Sorted(globals_, name))) return Where::kGlobal;
  if (!cellvars_.empty() && std::binary_search(cellvars_.begin(), cellvars_.end(), name))
    return Where::kCell;
  if (!freevars_.empty() && std::binary_search(freevars_.begin(), freevars_.end(), name))
    return Where::kFree;
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
    light_ = true;
    declarations_left_ = Declarations(body);
    Statements(body);
    Resolve(table_->module_.get(), {});
  }

 private:
  [[noreturn]] static void Fail(const std::string& message, int line, int col) {
    throw Failure{SourceError{"SyntaxError", message, line, col}};
  }

  void Bind(std::string_view name) { scope_->bound_.push_back(name); }
  void Use(std::string_view name) { scope_->used_.push_back(name); }

  // The global and nonlocal statements of a scope's body (not of inner defs).
  static int Declarations(const Body& body) {
    int n = 0;
    for (const StmtPtr& s : body) {
      if (s->kind == Stmt::Kind::kGlobal || s->kind == Stmt::Kind::kNonlocal) ++n;
      if (s->kind != Stmt::Kind::kDef && s->kind != Stmt::Kind::kClass)
        n += Declarations(s->body) + Declarations(s->orelse) + Declarations(s->handlers) +
             Declarations(s->finalbody);
    }
    return n;
  }

  // Reads `read` in a new scope for `node`, then comes back. A scope directly in
  // the module reads lightly: only what binds names, and the expressions of
  // statements with inner scopes, once its declarations are read (what it uses
  // matters only to inner functions, which capture nothing from the module, and
  // to the checks of a later global statement).
  template <typename F>
  void InScope(const void* node, const std::string& name,
               const std::vector<std::string>& params, const Body* body, F&& read,
               bool class_body = false) {
    auto child = std::make_unique<Symbols>();
    child->parent_ = scope_;
    child->class_ = class_body;
    child->index_ = scope_->children_.size();
    child->node_ = node;
    child->qualname_ = scope_->module()       ? name
                       : scope_->class_body() ? scope_->qualname_ + "." + name
                                              : scope_->qualname_ + ".<locals>." + name;
    child->params_ = &params;
    child->bound_.assign(params.begin(), params.end());
    Symbols* raw = child.get();
    scope_->children_.push_back(std::move(child));
    table_->scopes_[node] = raw;
    Symbols* const outer = scope_;
    const bool outer_light = light_;
    const int outer_left = declarations_left_;
    scope_ = raw;
    light_ = outer->module() && body != nullptr;
    declarations_left_ = body != nullptr ? Declarations(*body) : 0;
    read();
    scope_ = outer;
    light_ = outer_light;
    declarations_left_ = outer_left;
  }

  void Statements(const Body& body) {
    for (const StmtPtr& s : body) Statement(*s);
  }

  void Statement(const Stmt& s) {
    // Whether what this statement reads matters (see InScope).
    const bool reads = !light_ || declarations_left_ > 0 || s.scopes_within;
    switch (s.kind) {
      case Stmt::Kind::kGlobal:
      case Stmt::Kind::kNonlocal:
        Declare(s);
        --declarations_left_;
        return;
      case Stmt::Kind::kDef:
        for (const ExprPtr& d : s.defaults) Expression(*d);
        Bind(s.name);
        InScope(&s, s.name, s.names, &s.body, [&] { Statements(s.body); });
        return;
      case Stmt::Kind::kClass: {
        for (const ExprPtr& b : s.defaults) Expression(*b);
        Bind(s.name);
        static const std::vector<std::string> kParams = {".base"};
        InScope(
            &s, s.name, kParams, &s.body, [&] { Statements(s.body); },
            /*class_body=*/true);
        return;
      }
      case Stmt::Kind::kImport:
      case Stmt::Kind::kImportFrom:
        for (const std::string& n : s.asnames) Bind(n);
        return;
      case Stmt::Kind::kAssert:
        if (reads) {
          Expression(*s.value);
          for (const ExprPtr& m : s.defaults) Expression(*m);
        }
        return;
      case Stmt::Kind::kRaise:
        if (reads) {
          if (s.value != nullptr) Expression(*s.value);
          for (const ExprPtr& c : s.defaults) Expression(*c);
        }
        return;
      case Stmt::Kind::kAugAssign:
        if (reads) {
          Expression(*s.value);
          if (s.targets[0]->kind == Expr::Kind::kName) Use(s.targets[0]->name);
        }
        Target(*s.targets[0], reads);
        return;
      default:
        break;
    }
    if (reads && s.value != nullptr) Expression(*s.value);
    for (const ExprPtr& t : s.targets) Target(*t, reads);
    Statements(s.body);
    Statements(s.orelse);
    Statements(s.handlers);
    Statements(s.finalbody);
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
      if (scope_->params_ != nullptr && Has(*scope_->params_, n)) {
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

  // A target's names are bound; with `reads`, its subscripts and attributes'
  // parts are read.
  void Target(const Expr& e, bool reads = true) {
    switch (e.kind) {
      case Expr::Kind::kName:
        Bind(e.name);
        return;
      case Expr::Kind::kTuple:
      case Expr::Kind::kList:
        for (const ExprPtr& item : e.items) Target(*item, reads);
        return;
      default:
        if (reads) {
          for (const ExprPtr& item : e.items) Expression(*item);
        }
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
        InScope(&e, "<lambda>", e.names, nullptr, [&] { Expression(*e.items[0]); });
        return;
      }
      case Expr::Kind::kListComp:
      case Expr::Kind::kDictComp:
      case Expr::Kind::kSetComp:
      case Expr::Kind::kGenExp: {
        // Its own scope, as in Python 3: the first iterable is evaluated
        // outside and passed in (the parameter ".0"), the rest inside.
        const bool dict = e.kind == Expr::Kind::kDictComp;
        const std::size_t first = dict ? 2 : 1;  // the first clause
        Expression(*e.items[first]->items[1]);
        static const std::vector<std::string> kParams = {".0"};
        const char* name = dict                             ? "<dictcomp>"
                           : e.kind == Expr::Kind::kGenExp  ? "<genexpr>"
                           : e.kind == Expr::Kind::kSetComp ? "<setcomp>"
                                                            : "<listcomp>";
        InScope(&e, name, kParams, nullptr, [&] {
          for (std::size_t k = first; k < e.items.size(); ++k) {
            const Expr& c = *e.items[k];  // for items[0] in items[1] if items[2..]
            if (k > first) Expression(*c.items[1]);
            Target(*c.items[0]);
            for (std::size_t i = 2; i < c.items.size(); ++i) Expression(*c.items[i]);
          }
          for (std::size_t i = 0; i < first; ++i) Expression(*e.items[i]);
        });
        return;
      }
      default:
        for (const ExprPtr& item : e.items) Expression(*item);
        return;
    }
  }

  // `enclosing`: the names bound by the enclosing functions (not the module).
  void Resolve(Symbols* s, const std::set<std::string, std::less<>>& enclosing) {
    SortUnique(&s->bound_);
    SortUnique(&s->used_);
    SortUnique(&s->globals_);
    for (std::size_t i = 0; i < s->nonlocals_.size(); ++i) {
      const std::string_view n = s->nonlocals_[i];
      if (enclosing.count(n) == 0) {
        const auto [line, col] = s->nonlocal_at_[i];
        Fail("no binding for nonlocal '" + std::string(n) + "' found", line, col);
      }
      s->freevars_.emplace_back(n);
    }
    const auto global = [&](std::string_view n) { return Sorted(s->globals_, n); };
    const auto nonlocal = [&](std::string_view n) { return Has(s->nonlocals_, n); };
    if (!s->module() && !enclosing.empty()) {
      for (const std::string_view n : s->used_) {
        if (!global(n) && !Sorted(s->bound_, n) && enclosing.count(n) != 0) {
          s->freevars_.emplace_back(n);
        }
      }
    }
    // A method calling super() (zero arguments) needs its class: __class__.
    if (s->parent_ != nullptr && s->parent_->class_body() && !s->class_body() &&
        (Sorted(s->used_, "super") || Sorted(s->used_, "__class__"))) {
      s->freevars_.emplace_back("__class__");
    }
    std::set<std::string, std::less<>> inner;  // what s's inner functions may capture
    if (s->class_body()) {
      inner = enclosing;  // a class's names are not its functions' to capture
    } else if (!s->module() && !s->children_.empty()) {
      inner = enclosing;
      for (const std::string_view n : s->bound_) {
        if (!global(n)) inner.emplace(n);
      }
    }
    for (const auto& child : s->children_) {
      Resolve(child.get(), inner);
      if (s->module()) continue;
      for (const std::string& n : child->freevars_) {
        if (s->class_body() ? n == "__class__" : Sorted(s->bound_, n) && !nonlocal(n)) {
          s->cellvars_.emplace_back(n);
        } else {
          s->freevars_.emplace_back(n);
        }
      }
    }
    for (std::vector<std::string>* v : {&s->cellvars_, &s->freevars_}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    std::vector<std::string_view>().swap(s->used_);  // not needed again
  }

  SymbolTable* table_;
  Symbols* scope_ = nullptr;
  bool light_ = false;         // see InScope
  int declarations_left_ = 0;  // this scope's global/nonlocal statements not yet read
};

void SymbolTable::Release(const void* node) {
  auto it = scopes_.find(node);
  if (it == scopes_.end()) return;
  Symbols* s = it->second;
  // Forget it and every scope inside it, then free them with their owner's slot.
  std::vector<Symbols*> inner = {s};
  for (std::size_t i = 0; i < inner.size(); ++i) {
    scopes_.erase(inner[i]->node_);
    for (const auto& child : inner[i]->children_) {
      if (child != nullptr) inner.push_back(child.get());
    }
  }
  s->parent_->children_[s->index_].reset();
}

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
