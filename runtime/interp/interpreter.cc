// gillab/runtime/interp/interpreter.cc — loading a program: constants and
// functions become (immortal) objects, globals get their values, method names
// are resolved, and every function is quickened. The eval loop is in eval.cc,
// calls in call.cc, builtins in builtins.cc and modules/, threads in threads.cc.
#include "runtime/interp/interpreter.h"

#include <cstdio>
#include <memory>
#include <string>
#include <utility>

#include "runtime/bytecode/verifier.h"
#include "runtime/interp/builtins.h"
#include "runtime/interp/quicken.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"

namespace gillab {

namespace {

// CALL_KW's "a,b" -> {"a", "b"}.
std::vector<std::string> SplitKeywords(const std::string& names) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (;;) {
    const std::size_t e = names.find(',', b);
    out.push_back(names.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) return out;
    b = e + 1;
  }
}

// The built-in classes a program names, with the builtin that calls each.
constexpr std::pair<Builtin, TypeIndex> kBuiltinClasses[] = {
    {Builtin::kInt, TypeIndex::kInt},
    {Builtin::kFloat, TypeIndex::kFloat},
    {Builtin::kStr, TypeIndex::kStr},
    {Builtin::kBool, TypeIndex::kBool},
    {Builtin::kList, TypeIndex::kList},
    {Builtin::kTuple, TypeIndex::kTuple},
    {Builtin::kDict, TypeIndex::kDict},
    {Builtin::kRange, TypeIndex::kRange},
    {Builtin::kSlice, TypeIndex::kSlice},
    {Builtin::kObject, TypeIndex::kInstance},
    {Builtin::kType, TypeIndex::kClass},
    {Builtin::kSuper, TypeIndex::kSuper},
    {Builtin::kSet, TypeIndex::kSet},
    {Builtin::kFrozenSet, TypeIndex::kFrozenSet},
    {Builtin::kThread, TypeIndex::kThread},
    {Builtin::kEvent, TypeIndex::kEvent},
    {Builtin::kCondition, TypeIndex::kCondition},
    {Builtin::kQueue, TypeIndex::kQueue},
    {Builtin::kArray, TypeIndex::kArray},
    {Builtin::kWeakref, TypeIndex::kWeakref},
};

// The TypeIndex of the class builtin `b` names, or -1 (a function).
int ClassIndexOf(Builtin b) {
  for (const auto& [builtin, index] : kBuiltinClasses) {
    if (builtin == b) return static_cast<int>(index);
  }
  return -1;
}

// The builtin that the class of built-in type `t` calls, or -1.
int ConstructorOf(TypeIndex t) {
  for (const auto& [builtin, index] : kBuiltinClasses) {
    if (index == t) return static_cast<int>(builtin);
  }
  return -1;
}

}  // namespace

Object* ConstantObject(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::kNone:
      return NewNone();
    case Constant::Kind::kBool:
      return NewBool(c.i != 0);
    case Constant::Kind::kInt:
      return NewInt(c.i);
    case Constant::Kind::kBigInt: {
      const bool negative = !c.s.empty() && c.s[0] == '-';
      const BigInt v =
          BigInt::FromDigitText(std::string_view(c.s).substr(negative ? 1 : 0), 10);
      return NewIntFromBigInt(negative ? v.Negated() : v);
    }
    case Constant::Kind::kFloat:
      return NewFloat(c.f);
    case Constant::Kind::kStr:
      return NewStr(c.s);
  }
  return NewNone();
}

Interpreter::Interpreter(Runtime& runtime, Gil& gil, InterpreterOptions options)
    : runtime_(runtime), gil_(gil), options_(std::move(options)) {
  const bool every = options_.poll == PollPolicy::kEveryInstruction;
  constexpr RefcountMode kPlain = RefcountMode::kNonAtomic;
  if (options_.trace_instructions) {
    eval_ = every ? &Interpreter::Eval<PollPolicy::kEveryInstruction, true, kPlain>
                  : &Interpreter::Eval<PollPolicy::kBackedgesAndCalls, true, kPlain>;
  } else if (every) {
    eval_ = &Interpreter::Eval<PollPolicy::kEveryInstruction, false, kPlain>;
  } else if (runtime_.options().mode == RefcountMode::kBiased) {
    eval_ =
        &Interpreter::Eval<PollPolicy::kBackedgesAndCalls, false, RefcountMode::kBiased>;
  } else {
    eval_ = &Interpreter::Eval<PollPolicy::kBackedgesAndCalls, false, kPlain>;
  }
}

Interpreter::~Interpreter() {
  if (globals_ != nullptr) {
    for (std::size_t i = 0; i < program_.globals.size(); ++i) {
      XDecRef(globals_[i].exchange(nullptr, std::memory_order_acq_rel));
    }
  }
  {
    absl::MutexLock lock(&intern_mu_);
    XDecRef(interned_);
  }
  // Made immortal by Load, so no count will ever free them; the program is gone.
  // The newest first: an exception class refers to its base, made before it.
  for (auto it = immortals_.rbegin(); it != immortals_.rend(); ++it) {
    (*it)->type->dealloc(*it);
  }
}

absl::Status Interpreter::Load(ProgramSpec program) {
  if (loaded_) return absl::FailedPreconditionError("a program is already loaded");
  if (absl::Status s = Verify(program); !s.ok()) return s;
  program_ = std::move(program);
  loaded_ = true;
  auto keep = [&](Object* ob) {
    if (!IsImmortal(ob)) {
      Immortalize(ob);
      immortals_.push_back(ob);
    }
    return ob;
  };
  for (const FunctionSpec& fn : program_.functions) {
    auto code = std::make_unique<Code>();
    code->name = fn.name;
    code->qualname = fn.full_name();
    code->num_params = fn.num_params;
    code->varargs = fn.varargs;
    code->varkw = fn.varkw;
    code->num_kwonly = static_cast<int>(fn.kwonly.size());
    code->num_positional =
        fn.num_params - (fn.varargs ? 1 : 0) - (fn.varkw ? 1 : 0) - code->num_kwonly;
    code->generator = fn.generator;
    code->fast_arity =
        fn.varargs || fn.varkw || fn.generator || !fn.kwonly.empty() ? -1 : fn.num_params;
    code->num_locals = static_cast<int>(fn.locals.size());
    code->num_cells = static_cast<int>(fn.cellvars.size());
    code->num_free = static_cast<int>(fn.freevars.size());
    code->num_slots = code->num_locals + code->num_cells + code->num_free;
    for (const std::string& cell : fn.cellvars) {
      int param = -1;
      for (int i = 0; i < fn.num_params; ++i) {
        if (fn.locals[static_cast<std::size_t>(i)] == cell) param = i;
      }
      code->cell_params.push_back(param);
    }
    code->stack_size = fn.stack_size;
    code->code = fn.code;
    for (const Constant& c : fn.consts) code->consts.push_back(keep(ConstantObject(c)));
    code->names = fn.names;
    for (const std::string& n : fn.names) {
      // CALL_METHOD_KW's "m:a,b" is method m with keywords a and b; any other
      // name serves CALL_METHOD (a method) or CALL_KW (keywords) whole.
      const std::size_t colon = n.find(':');
      const bool both = colon != std::string::npos;
      code->attr_names.push_back(keep(Name(both ? n.substr(0, colon) : n)));
      code->methods.push_back(Builtins().FindMethods(both ? n.substr(0, colon) : n));
      code->kwnames.push_back(SplitKeywords(both ? n.substr(colon + 1) : n));
    }
    code->spec = &fn;
    Quicken(code->code, &code->quick, &code->fused);
    codes_.push_back(std::move(code));
  }
  for (const auto& code : codes_) {
    function_objects_.push_back(keep(NewFunction(code.get(), code->name.c_str())));
  }
  // The built-in classes: type(x) of every built-in object; int, str, ... and
  // object and type name them, and call their constructors.
  for (int t = 0; t < kNumTypes; ++t) {
    const auto index = static_cast<TypeIndex>(t);
    builtin_classes_[static_cast<std::size_t>(t)] =
        keep(NewBuiltinClass(index, ConstructorOf(index)));
  }
  InstallInstanceHooks();
  InstallIterHooks();
  for (const auto& [field, text] :
       {std::pair<Object**, const char*>{&dunders_.init, "__init__"},
        {&dunders_.repr, "__repr__"},
        {&dunders_.str, "__str__"},
        {&dunders_.eq, "__eq__"},
        {&dunders_.hash, "__hash__"},
        {&dunders_.len, "__len__"},
        {&dunders_.iter, "__iter__"},
        {&dunders_.next, "__next__"},
        {&dunders_.del, "__del__"}}) {
    *field = keep(Name(text));
  }
  if (program_.dialect == Dialect::kPython) MakeExceptionClasses();
  const bool python = program_.dialect == Dialect::kPython;
  globals_ = std::make_unique<std::atomic<Object*>[]>(program_.globals.size());
  for (std::size_t i = 0; i < program_.globals.size(); ++i) {
    const GlobalSpec& g = program_.globals[i];
    Object* value = nullptr;
    Builtin b;
    if (const int f = python ? -1 : program_.FindFunction(g.name); f >= 0) {
      value = function_objects_[static_cast<std::size_t>(f)];
    } else if (g.initial.has_value()) {
      value = ConstantObject(*g.initial);
    } else if (Object* exc = python ? ExceptionClass(g.name) : nullptr) {
      value = exc;
    } else if (python && ParsePythonBuiltin(g.name, &b) && ClassIndexOf(b) >= 0) {
      value = builtin_classes_[static_cast<std::size_t>(ClassIndexOf(b))];
    } else if (python ? ParsePythonBuiltin(g.name, &b) : ParseBuiltin(g.name, &b)) {
      // Named as the program knows it: `time.sleep` in a traceback.
      value =
          keep(NewBuiltin(static_cast<int>(b), python ? g.name.c_str() : BuiltinName(b)));
    }
    globals_[i].store(value, std::memory_order_relaxed);
  }
  return absl::OkStatus();
}

std::optional<std::string> Interpreter::GlobalRepr(std::string_view name) const {
  const int i = program_.FindGlobal(name);
  if (i < 0 || globals_ == nullptr) return std::nullopt;
  Object* v = globals_[static_cast<std::size_t>(i)].load(std::memory_order_acquire);
  if (v == nullptr) return std::nullopt;
  return Repr(v);
}

std::optional<std::int64_t> Interpreter::GlobalInt(std::string_view name) const {
  const int i = program_.FindGlobal(name);
  if (i < 0 || globals_ == nullptr) return std::nullopt;
  Object* v = globals_[static_cast<std::size_t>(i)].load(std::memory_order_acquire);
  if (v == nullptr || !IsInt(v)) return std::nullopt;
  return IntValue(v);
}

bool Interpreter::SetGlobalInt(std::string_view name, std::int64_t value) {
  const int i = program_.FindGlobal(name);
  if (i < 0 || globals_ == nullptr) return false;
  Object* old = globals_[static_cast<std::size_t>(i)].exchange(NewInt(value));
  if (old != nullptr) DecRef(old);
  return true;
}

Object* Interpreter::Name(const std::string& text) {
  auto [it, fresh] = names_.try_emplace(text, nullptr);
  if (fresh) it->second = NewStr(text);
  return it->second;
}

Object* Interpreter::FindName(std::string_view text) const {
  auto it = names_.find(std::string(text));
  return it == names_.end() ? nullptr : it->second;
}

Object* Interpreter::Intern(Object* s) {
  absl::MutexLock lock(&intern_mu_);
  if (interned_ == nullptr) interned_ = NewDict();
  if (Object* kept = DictGetItemRef(interned_, s)) return kept;
  DictSetItem(interned_, s, s);
  return NewRef(s);
}

void Interpreter::Print(std::string_view text, bool flush) {
  absl::MutexLock lock(&print_mu_);
  if (options_.print) {
    options_.print(text);
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  if (!flush) return;
  if (options_.flush) {
    options_.flush();
  } else {
    std::fflush(stdout);
  }
}

}  // namespace gillab
