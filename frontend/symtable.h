// gillab/frontend/symtable.h — where each name of a program lives, as CPython's
// symtable.c decides it.
//
// The compiler needs to know, before it compiles a function, what a nested
// function will need of it: a local that an inner `def` or `lambda` uses must
// live in a cell, which the frame creates and the inner function's closure
// shares. So the whole module is read first, and each scope (the module, each
// def, each lambda, each comprehension, each class body) gets its names sorted:
//   local   bound in the function (a parameter, an assignment target, a def, an
//           import, a `del`, a `for` or `with` target) and used by no inner
//           function: a fast local (LOAD_FAST);
//   cell    bound in the function and used by an inner one: LOAD_DEREF;
//   free    bound in an enclosing function, used here or by an inner function,
//           or declared `nonlocal`: the closure's cell, LOAD_DEREF;
//   global  any other name, and every name of the module's own scope, and one
//           declared `global`: LOAD_GLOBAL.
// A module's names are globals even when a function uses them: closures only
// capture functions' variables, as in Python. A class body's names are its
// locals, and invisible to the functions inside it; a method that uses `super`
// gets the free variable `__class__`, the class body's cell, which BUILD_CLASS
// fills with the class (CPython's __class__ cell).
//
// Build also makes the declarations' checks, with CPython's messages: "name 'x'
// is used prior to global declaration", "no binding for nonlocal 'x' found",
// "nonlocal declaration not allowed at module level", ...
#ifndef GILLAB_FRONTEND_SYMTABLE_H_
#define GILLAB_FRONTEND_SYMTABLE_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/parser.h"

namespace gillab::py {

class Symbols {
 public:
  enum class Where { kLocal, kCell, kFree, kGlobal };

  bool module() const { return parent_ == nullptr; }
  // A class body: its names are the class's attributes, which the functions
  // inside it do not see (they skip it, to the enclosing function or the
  // module). Its one cell is `__class__`, when a method calls super().
  bool class_body() const { return class_; }
  const std::string& qualname() const { return qualname_; }
  // The function's parameters (null for the module); they outlive the table.
  const std::vector<std::string>* params() const { return params_; }
  Where Lookup(const std::string& name) const;
  // Ordered as the frame keeps them (kDeref operands: cellvars, then freevars).
  const std::vector<std::string>& cellvars() const { return cellvars_; }
  const std::vector<std::string>& freevars() const { return freevars_; }
  // The index of cell or free variable `name` among cellvars then freevars, or -1.
  int CellIndex(const std::string& name) const;

 private:
  friend class SymbolTable;
  friend class SymbolBuilder;

  Symbols* parent_ = nullptr;
  bool class_ = false;
  std::size_t index_ = 0;  // in parent_->children_
  const void* node_ = nullptr;
  std::string qualname_;
  // While the tree is read: names in the order met, repeats included (a
  // vector: most scopes are small, and a set per scope costs a node per name).
  // Resolve sorts them and drops the repeats; Lookup then searches `bound_`.
  // Views of the tree's strings, which outlive the table.
  const std::vector<std::string>* params_ = nullptr;
  std::vector<std::string_view> bound_;  // params and every other binding
  std::vector<std::string_view> used_;   // loaded (cleared once resolved)
  std::vector<std::string_view> globals_;
  std::vector<std::string_view> nonlocals_;
  std::vector<std::pair<int, int>> nonlocal_at_;  // line, col of each nonlocal
  std::vector<std::unique_ptr<Symbols>> children_;
  std::vector<std::string> cellvars_;  // Resolve's results, sorted
  std::vector<std::string> freevars_;
};

class SymbolTable {
 public:
  // Reads `module`. Returns false, with `error` set, on a declaration Python
  // refuses.
  bool Build(const Body& module, SourceError* error);

  const Symbols& module() const { return *module_; }
  // The scope of a def or a class (its Stmt), a lambda or a comprehension (its Expr);
  // null if Build did not read it (a bug: the compiler reports it).
  const Symbols* Of(const void* node) const {
    auto it = scopes_.find(node);
    return it == scopes_.end() ? nullptr : it->second;
  }
  // Frees the scope of `node` and those inside it, once compiled: a module of
  // many functions need not hold every function's table at once.
  void Release(const void* node);

 private:
  friend class SymbolBuilder;
  std::unique_ptr<Symbols> module_;
  std::unordered_map<const void*, Symbols*> scopes_;
};

}  // namespace gillab::py

#endif  // GILLAB_FRONTEND_SYMTABLE_H_
