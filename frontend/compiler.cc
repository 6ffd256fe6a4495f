// gillab/frontend/compiler.cc — names and statements (compiler_internal.h has
// the class; compiler_expr.cc the expressions), and CompilePython.
#include "frontend/compiler.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "frontend/compiler_internal.h"
#include "frontend/cpython_names.h"
#include "frontend/parser.h"
#include "frontend/symtable.h"
#include "runtime/bytecode/builder.h"
#include "runtime/bytecode/verifier.h"

namespace gillab::py {

namespace compiler_internal {

// The modules a program may import, with their members: the builtins and
// exception classes whose Python names have a dot ("queue.Queue").
std::map<std::string, std::set<std::string>> KnownModules() {
  std::map<std::string, std::set<std::string>> modules;
  const auto add = [&](std::string_view p) {
    if (p.find('.') == std::string_view::npos) return;
    modules[std::string(p.substr(0, p.find('.')))].insert(
        std::string(p.substr(p.find('.') + 1)));
  };
#define GILLAB_MODULE_ENTRY(id, name, python) add(python);
  GILLAB_BUILTINS(GILLAB_MODULE_ENTRY)
#undef GILLAB_MODULE_ENTRY
  for (const ExceptionClassSpec& e : BuiltinExceptions()) add(e.name);
  return modules;
}

std::string Join(const std::set<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

ProgramSpec Compiler::Compile(const Body& module) {
  known_ = KnownModules();
  for (const StmtPtr& s : module) CollectImports(*s);
  CollectBound(module);
  SourceError error;
  if (!symbols_.Build(module, &error)) throw Failure{error};
  FunctionBuilder& fb = pb_.Function("<module>");
  fb.SetLine(1);  // every instruction has a line, even an empty module's
  Scope scope{&fb, &symbols_.module(), {}, {}};
  scope.no_yield = "'yield' outside function";
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

void Compiler::CollectImports(const Stmt& s) {
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
  for (const StmtPtr& b : s.handlers) CollectImports(*b);
  for (const StmtPtr& b : s.finalbody) CollectImports(*b);
}

void Compiler::UnknownModule(const std::string& name, const Stmt& at) {
  std::set<std::string> names;
  for (const auto& [m, members] : known_) names.insert(m);
  Unsupported("module '" + name + "' (the subset has " + Join(names) + ")", at);
}

void Compiler::CollectBound(const Body& body) {
  for (const StmtPtr& s : body) {
    for (const ExprPtr& t : s->targets) CollectBoundTarget(*t);
    if (s->kind == Stmt::Kind::kDef) {
      Bind(s->name);
      for (const std::string& p : s->names) Bind(p);
    }
    if (s->kind == Stmt::Kind::kClass) {
      Bind(s->name);
      for (const StmtPtr& m : s->body) {
        if (m->kind == Stmt::Kind::kDef) class_methods_.insert(m->name);
      }
    }
    if (s->kind == Stmt::Kind::kImport || s->kind == Stmt::Kind::kImportFrom) {
      for (const std::string& n : s->asnames) Bind(n);
    }
    CollectBound(s->body);
    CollectBound(s->orelse);
    CollectBound(s->handlers);
    CollectBound(s->finalbody);
  }
}

void Compiler::CollectBoundTarget(const Expr& e) {
  if (e.kind == Expr::Kind::kName) Bind(e.name);
  if (e.kind == Expr::Kind::kTuple || e.kind == Expr::Kind::kList) {
    for (const ExprPtr& item : e.items) CollectBoundTarget(*item);
  }
}

void Compiler::Bind(const std::string& name) {
  if (IsCPythonBuiltin(name)) bound_builtins_.insert(name);
}

void Compiler::CheckBuiltin(const std::string& name, const Expr& at) {
  Builtin b;
  if (!IsCPythonBuiltin(name) || bound_builtins_.count(name) != 0 ||
      ParsePythonBuiltin(name, &b) || IsBuiltinException(name)) {
    return;
  }
  Unsupported("builtin '" + name +
                  "' (the subset's builtins: " + Join(SubsetBuiltinNames()) + ")",
              at);
}

Symbols::Where Compiler::Where(const std::string& name) const {
  return scope_->symbols->Lookup(name);
}

bool Compiler::IsLocal(const std::string& name) const {
  return Where(name) == Symbols::Where::kLocal;
}

const std::string* Compiler::ModuleOf(const Expr& e) const {
  if (e.kind != Expr::Kind::kName || Where(e.name) != Symbols::Where::kGlobal) {
    return nullptr;
  }
  auto it = modules_.find(e.name);
  return it == modules_.end() ? nullptr : &it->second;
}

bool Compiler::LocalOrCell(const std::string& name, Opcode fast, Opcode deref) {
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

void Compiler::Deref(Opcode op, const std::string& name) {
  fb().Emit(Instr{op, 0, scope_->symbols->CellIndex(name)});
}

void Compiler::LoadName(const std::string& name, const Expr& at) {
  if (LocalOrCell(name, Opcode::LOAD_FAST, Opcode::LOAD_DEREF)) return;
  if (modules_.count(name) != 0) {
    Unsupported("using module '" + name + "' as a value (call its functions)", at);
  }
  if (name == "__name__") pb_.Global(name, Constant::Str("__main__"));
  CheckBuiltin(name, at);
  fb().LoadGlobal(name);
}

void Compiler::StoreName(const std::string& name, int line, int col) {
  if (LocalOrCell(name, Opcode::STORE_FAST, Opcode::STORE_DEREF)) return;
  if (modules_.count(name) != 0) {
    Fail("unsupported: rebinding the module name '" + name + "'", line, col);
  }
  fb().StoreGlobal(name);
}

void Compiler::Statements(const Body& body) {
  for (const StmtPtr& s : body) Statement(*s);
}

void Compiler::Statement(const Stmt& s) {
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
    case Stmt::Kind::kClass:
      Class(s);
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
    case Stmt::Kind::kTry:
      Try(s);
      return;
    case Stmt::Kind::kRaise:
      Raise(s);
      return;
    case Stmt::Kind::kExceptHandler:  // in a try's handlers only (Try)
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

void Compiler::Delete(const Expr& target) {
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
    case Expr::Kind::kAttribute:
      AttributeOwner(*target.items[0]);
      fb().SetLine(target.line)
          .Emit(Instr{Opcode::DELETE_ATTR, 0, fb().Name(target.name)});
      return;
    default:  // a tuple or list of targets (the parser checked)
      for (const ExprPtr& item : target.items) Delete(*item);
      return;
  }
}

void Compiler::AugAssign(const Stmt& s) {
  const Expr& target = *s.targets[0];
  if (target.kind == Expr::Kind::kName) {
    LoadName(target.name, target);
    Expression(*s.value);
    fb().SetLine(s.line).Op(s.op);
    StoreName(target.name, target.line, target.col);
    return;
  }
  if (target.kind == Expr::Kind::kAttribute) {  // obj.name op= value: obj once
    AttributeOwner(*target.items[0]);
    fb().Op(Opcode::DUP_TOP);
    fb().SetLine(target.line).Emit(Instr{Opcode::LOAD_ATTR, 0, fb().Name(target.name)});
    Expression(*s.value);
    fb().SetLine(s.line).Op(s.op).Op(Opcode::ROT_TWO);
    fb().Emit(Instr{Opcode::STORE_ATTR, 0, fb().Name(target.name)});
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

void Compiler::If(const Stmt& s) {
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

bool Compiler::IsTrueConstant(const Expr& e) {
  if (e.kind != Expr::Kind::kConst) return false;
  const Constant& c = e.value;
  return ((c.kind == Constant::Kind::kBool || c.kind == Constant::Kind::kInt) &&
          c.i != 0) ||
         c.kind == Constant::Kind::kBigInt;  // never zero
}

void Compiler::While(const Stmt& s) {
  auto top = fb().NewLabel();
  auto end = fb().NewLabel();
  fb().Bind(top);
  if (!IsTrueConstant(*s.value)) {  // `while True:` tests nothing
    Expression(*s.value);
    fb().Jump(Opcode::POP_JUMP_IF_FALSE, end);
  }
  scope_->blocks.push_back({Block::kWhile, top, end, -1, nullptr});
  Statements(s.body);
  scope_->blocks.pop_back();
  fb().SetLine(s.line).Jump(Opcode::JUMP, top);
  fb().Bind(end);
}

void Compiler::For(const Stmt& s) {
  auto top = fb().NewLabel();
  auto end = fb().NewLabel();
  Expression(*s.value);
  fb().SetLine(s.line).Op(Opcode::GET_ITER);
  fb().Bind(top).Jump(Opcode::FOR_ITER, end);
  Store(*s.targets[0]);
  scope_->blocks.push_back({Block::kFor, top, end, -1, nullptr});
  Statements(s.body);
  scope_->blocks.pop_back();
  fb().SetLine(s.line).Jump(Opcode::JUMP, top);
  fb().Bind(end);
}

void Compiler::With(const Stmt& s) {
  Expression(*s.value);
  fb().SetLine(s.line).Op(Opcode::WITH_ENTER);  // the lock, then True
  if (!s.targets.empty()) {
    Store(*s.targets[0]);
  } else {
    fb().Op(Opcode::POP_TOP);
  }
  scope_->blocks.push_back({Block::kWith, {}, {}, -1, nullptr});
  Statements(s.body);
  scope_->blocks.pop_back();
  fb().SetLine(s.line).Op(Opcode::WITH_EXIT);
}

void Compiler::BreakOrContinue(const Stmt& s) {
  const bool is_break = s.kind == Stmt::Kind::kBreak;
  auto& blocks = scope_->blocks;
  int loop = static_cast<int>(blocks.size()) - 1;
  while (loop >= 0 && blocks[static_cast<std::size_t>(loop)].kind != Block::kWhile &&
         blocks[static_cast<std::size_t>(loop)].kind != Block::kFor) {
    --loop;
  }
  if (loop < 0) {
    Fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", s);
  }
  const std::vector<int> closed = Unwind(static_cast<std::size_t>(loop) + 1, false);
  fb().SetLine(s.line);
  const Block& b = blocks[static_cast<std::size_t>(loop)];
  if (is_break) {
    if (b.kind == Block::kFor) fb().Op(Opcode::POP_TOP);  // the iterator
    fb().Jump(Opcode::JUMP, b.break_label);
  } else {
    fb().Jump(Opcode::JUMP, b.continue_label);
  }
  Resume(closed);
}

void Compiler::Return(const Stmt& s) {
  if (scope_->module() || scope_->symbols->class_body()) {
    Fail("'return' outside function", s);
  }
  if (s.value != nullptr) {
    Expression(*s.value);
  } else {
    fb().LoadConst(Constant::None());
  }
  fb().SetLine(s.line);
  const std::vector<int> closed = Unwind(0, /*value=*/true);
  fb().SetLine(s.line).Op(Opcode::RETURN_VALUE);
  Resume(closed);
}

std::vector<int> Compiler::Unwind(std::size_t from, bool value) {
  std::vector<int> closed;
  for (std::size_t i = scope_->blocks.size(); i-- > from;) {
    const Block b = scope_->blocks[i];
    switch (b.kind) {
      case Block::kWith:
        if (value) fb().Op(Opcode::ROT_TWO);
        fb().Op(Opcode::WITH_EXIT);
        break;
      case Block::kFor:
        if (value) fb().Op(Opcode::ROT_TWO);
        fb().Op(Opcode::POP_TOP);
        break;
      case Block::kWhile:
        break;
      case Block::kHandling:
        fb().Op(Opcode::POP_EXCEPT);
        break;
      case Block::kFinallyExc:
        if (value) fb().Op(Opcode::ROT_TWO);
        fb().Op(Opcode::POP_TOP).Op(Opcode::POP_EXCEPT);
        break;
      case Block::kReturning:  // a return, break or continue replaces that return
        if (value) fb().Op(Opcode::ROT_TWO);
        fb().Op(Opcode::POP_TOP);
        break;
      case Block::kTry: {
        // Out of the try's range from here to the jump.
        if (CloseSegment(b.range)) closed.push_back(b.range);
        if (b.finalbody == nullptr) break;
        // The finally block, copied here, with only the blocks around it to
        // leave (a return inside it).
        std::vector<Block> inner(scope_->blocks.begin() + static_cast<std::ptrdiff_t>(i),
                                 scope_->blocks.end());
        scope_->blocks.resize(i);
        if (value) scope_->blocks.push_back({Block::kReturning, {}, {}, -1, nullptr});
        Statements(*b.finalbody);
        if (value) scope_->blocks.pop_back();
        scope_->blocks.insert(scope_->blocks.end(), inner.begin(), inner.end());
        break;
      }
    }
  }
  return closed;
}

void Compiler::Resume(const std::vector<int>& ranges) {
  for (int r : ranges) {
    scope_->ranges[static_cast<std::size_t>(r)].open_start =
        static_cast<int>(fb().size());
  }
}

int Compiler::OpenTry(const Body* finalbody) {
  TryRange r;
  r.open_start = static_cast<int>(fb().size());
  for (const Block& b : scope_->blocks) {
    if (b.kind == Block::kTry) ++r.level;
    if (b.kind == Block::kWith) ++r.with_depth;
    if (b.kind == Block::kHandling || b.kind == Block::kFinallyExc) ++r.exc_depth;
    // Between statements the stack holds a value for each of these blocks: a
    // loop's iterator, a with's lock, the exception a finally block re-raises,
    // the value a return returns after its finally block.
    if (b.kind == Block::kFor || b.kind == Block::kWith || b.kind == Block::kFinallyExc ||
        b.kind == Block::kReturning)
      ++r.stack_depth;
  }
  scope_->ranges.push_back(std::move(r));
  const int range = static_cast<int>(scope_->ranges.size()) - 1;
  scope_->blocks.push_back({Block::kTry, {}, {}, range, finalbody});
  return range;
}

bool Compiler::CloseSegment(int range) {
  TryRange& r = scope_->ranges[static_cast<std::size_t>(range)];
  if (r.open_start < 0) return false;
  const int pc = static_cast<int>(fb().size());
  if (r.open_start < pc) r.segments.emplace_back(r.open_start, pc);
  r.open_start = -1;
  return true;
}

void Compiler::CloseTry(int range) {
  CloseSegment(range);
  scope_->blocks.pop_back();
}

void Compiler::AddHandlers(int range) {
  const TryRange& r = scope_->ranges[static_cast<std::size_t>(range)];
  for (const auto& [start, end] : r.segments) {
    fb().AddHandler(Handler{start, end, static_cast<int>(fb().size()), r.level,
                            r.with_depth, r.exc_depth, r.stack_depth});
  }
}

void Compiler::Try(const Stmt& s) {
  if (s.finalbody.empty()) {
    TryExcept(s);
    return;
  }
  auto end = fb().NewLabel();
  const int range = OpenTry(&s.finalbody);
  if (s.handlers.empty()) {
    Statements(s.body);
  } else {
    TryExcept(s);
  }
  CloseTry(range);
  Statements(s.finalbody);  // the way out without an exception
  fb().Jump(Opcode::JUMP, end);
  // The way out with one: the finally block, then the exception again.
  AddHandlers(range);
  scope_->blocks.push_back({Block::kFinallyExc, {}, {}, -1, nullptr});
  Statements(s.finalbody);
  scope_->blocks.pop_back();
  fb().SetLine(s.finalbody.back()->line).Op(Opcode::RERAISE);
  fb().Bind(end);
}

void Compiler::TryExcept(const Stmt& s) {
  auto end = fb().NewLabel();
  const int range = OpenTry(nullptr);
  Statements(s.body);
  CloseTry(range);
  Statements(s.orelse);
  fb().Jump(Opcode::JUMP, end);
  AddHandlers(range);  // the exception on the stack, being handled
  bool caught_all = false;
  for (const StmtPtr& h : s.handlers) {
    fb().SetLine(h->line);
    auto next = fb().NewLabel();
    if (h->value != nullptr) {
      Expression(*h->value);
      fb().SetLine(h->line).Op(Opcode::CHECK_EXC_MATCH);
      fb().Jump(Opcode::POP_JUMP_IF_FALSE, next);
    } else {
      caught_all = true;
    }
    if (!h->targets.empty()) {
      Store(*h->targets[0]);
    } else {
      fb().Op(Opcode::POP_TOP);
    }
    scope_->blocks.push_back({Block::kHandling, {}, {}, -1, nullptr});
    Statements(h->body);
    scope_->blocks.pop_back();
    fb().Op(Opcode::POP_EXCEPT);
    if (!h->targets.empty()) {  // as Python: `e` is unbound after the clause
      fb().LoadConst(Constant::None());
      Store(*h->targets[0]);
      Delete(*h->targets[0]);
    }
    fb().Jump(Opcode::JUMP, end);
    fb().Bind(next);
  }
  if (!caught_all) fb().Op(Opcode::RERAISE);  // no clause matched
  fb().Bind(end);
}

void Compiler::Raise(const Stmt& s) {
  if (s.value != nullptr) Expression(*s.value);
  for (const ExprPtr& cause : s.defaults) Expression(*cause);
  fb().SetLine(s.line).Emit(
      Instr{Opcode::RAISE_VARARGS, 0,
            static_cast<std::int32_t>(s.value == nullptr ? 0 : 1 + s.defaults.size())});
}

void Compiler::Def(const Stmt& s) {
  if (scope_->module() && !defined_.insert(s.name).second) {
    Unsupported("defining function '" + s.name + "' twice", s);
  }
  MakeFunction(s, s.name, s.names, s.defaults, /*lambda=*/false, [&] {
    Statements(s.body);
    fb().LoadConst(Constant::None()).Op(Opcode::RETURN_VALUE);
  });
  StoreName(s.name, s.line, s.col);
}

void Compiler::Class(const Stmt& s) {
  static const std::vector<std::string> kParams = {".base"};
  MakeFunction(s, s.name, kParams, {}, /*lambda=*/false, [&] {
    scope_->no_yield = "'yield' outside function";
    Statements(s.body);
    fb().SetLine(s.line).Op(Opcode::BUILD_CLASS).Op(Opcode::RETURN_VALUE);
  });
  if (s.defaults.empty()) {
    fb().LoadConst(Constant::None());
  } else {
    Expression(*s.defaults[0]);
  }
  fb().SetLine(s.line).Call(1);
  StoreName(s.name, s.line, s.col);
}

void Compiler::AttributeOwner(const Expr& e) {
  if (ModuleOf(e) != nullptr) {
    Unsupported("attributes of module '" + e.name + "' other than its functions", e);
  }
  Expression(e);
}

void Compiler::Store(const Expr& target) {
  switch (target.kind) {
    case Expr::Kind::kName:
      StoreName(target.name, target.line, target.col);
      return;
    case Expr::Kind::kAttribute:
      AttributeOwner(*target.items[0]);
      fb().SetLine(target.line)
          .Emit(Instr{Opcode::STORE_ATTR, 0, fb().Name(target.name)});
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

}  // namespace compiler_internal

bool CompilePython(std::string_view source, std::string_view filename,
                   ProgramSpec* program, SourceError* error) {
  Body module;
  if (!Parse(source, &module, error)) return false;
  try {
    *program = compiler_internal::Compiler(std::string(filename)).Compile(module);
  } catch (const compiler_internal::Failure& f) {
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
