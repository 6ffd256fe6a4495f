// gillab/runtime/interp/exceptions.cc — exceptions as objects: the built-in
// classes, raising, catching and re-raising, and what an uncaught one prints.
//
// Two kinds of error. The operations below the interpreter (runtime/objects)
// report an error as text in the thread's ErrorSink ("KeyError: 'x'"), and
// most errors never meet a handler: they end the thread, and the text is what
// it prints. So the text becomes an object only when a handler catches it
// (TakeException: the class named by the text, the message its argument; a
// KeyError keeps its key). A `raise` records the object itself.
//
// The built-in exceptions are classes as a user's are (class_object.h), made
// by Load with BaseException's methods as builtins (__init__, __str__,
// __repr__), so that `class MyError(ValueError)` needs nothing special. Their
// instances keep CPython's attributes in slots: args, __cause__, __context__,
// __suppress_context__, and __traceback__ (here a tuple of frames, kept only
// for an exception that is chained to another, which is all a traceback of it
// is needed for), with a __dict__ for the rest.
//
// Handling, as CPython's: a handler that catches an exception pushes it on the
// thread's stack of exceptions being handled (ThreadContext::handled, with the
// traceback it had); POP_EXCEPT pops it when the handler ends. An exception
// raised meanwhile takes the one being handled as its __context__ (noted at
// the frame that raised it: Eval's error label calls NoteContext), and a
// re-raise (`raise`, or RERAISE after a finally block or when no clause
// matched) restores the traceback it was caught with.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/interp/builtins.h"
#include "runtime/interp/eval_support.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

using TC = Interpreter::ThreadContext;

// BaseException's slots, in order.
enum Slot : std::int64_t { kArgs, kCause, kContext, kSuppress, kTraceback, kNumSlots };
constexpr const char* kSlotNames[kNumSlots] = {"args", "__cause__", "__context__",
                                               "__suppress_context__", "__traceback__"};

// Slot `i` of exception `exc`. BORROWED: the exceptions the interpreter reads
// are its thread's own (being raised or handled).
Object* GetSlot(Object* exc, Slot i) {
  return InstanceSlot(exc, i)->load(std::memory_order_acquire);
}
void SetSlot(Object* exc, Slot i, Object* value /* stolen */) {
  XDecRef(InstanceSlot(exc, i)->exchange(value, std::memory_order_acq_rel));
}
bool IsNoneOrUnset(const Object* v) { return v == nullptr || IsNone(v); }

// A fresh exception's slots (CPython's BaseException.__new__): args from the
// call's positional arguments (BORROWED).
void InitSlots(Object* exc, Object* const* args, int nargs) {
  Object* tuple = NewTupleUninitialized(nargs);
  for (int i = 0; i < nargs; ++i) TupleInit(tuple, i, NewRef(args[i]));
  SetSlot(exc, kArgs, tuple);
  SetSlot(exc, kCause, NewNone());
  SetSlot(exc, kContext, NewNone());
  SetSlot(exc, kSuppress, NewBool(false));
  SetSlot(exc, kTraceback, NewNone());
}

// A traceback as a tuple of (function, line, pc, instruction) tuples, outermost
// first (`frames` is innermost first). NEW reference.
Object* FramesObject(const std::vector<TraceFrame>& frames) {
  const auto n = static_cast<std::int64_t>(frames.size());
  Object* tuple = NewTupleUninitialized(n);
  for (std::int64_t i = 0; i < n; ++i) {
    const TraceFrame& f = frames[static_cast<std::size_t>(n - 1 - i)];
    Object* frame = NewTupleUninitialized(4);
    TupleInit(frame, 0, NewStr(f.function));
    TupleInit(frame, 1, NewInt(f.line));
    TupleInit(frame, 2, NewInt(static_cast<std::int64_t>(f.pc)));
    TupleInit(frame, 3, NewStr(f.instruction));
    TupleInit(tuple, i, frame);
  }
  return tuple;
}

// FramesObject's tuple back as frames, outermost first; empty for anything else.
std::vector<TraceFrame> FramesOf(Object* exc) {
  std::vector<TraceFrame> out;
  Object* tb = GetSlot(exc, kTraceback);
  if (tb == nullptr || !IsTuple(tb)) return out;
  for (std::int64_t i = 0; i < TupleSize(tb); ++i) {
    Object* f = TupleGetItem(tb, i);
    if (!IsTuple(f) || TupleSize(f) != 4) continue;
    TraceFrame frame;
    frame.function = std::string(StrView(TupleGetItem(f, 0)));
    frame.line = static_cast<int>(IntValue(TupleGetItem(f, 1)));
    frame.pc = static_cast<std::size_t>(IntValue(TupleGetItem(f, 2)));
    frame.instruction = std::string(StrView(TupleGetItem(f, 3)));
    out.push_back(std::move(frame));
  }
  return out;
}

// Keeps the traceback `handled` was caught with on the exception, for a chain
// to print, unless it has one.
void KeepTraceback(const TC::Handled& handled) {
  if (IsNoneOrUnset(GetSlot(handled.exc, kTraceback))) {
    SetSlot(handled.exc, kTraceback, FramesObject(handled.frames));
  }
}

}  // namespace

// --- The classes -------------------------------------------------------------

void Interpreter::MakeExceptionClasses() {
  // Names made here are kept as Load keeps the program's (immortal, freed by ~).
  auto name_of = [&](const char* text) {
    Object* n = Name(text);
    if (!IsImmortal(n)) {
      Immortalize(n);
      immortals_.push_back(n);
    }
    return n;
  };
  Object* slots = NewTupleUninitialized(kNumSlots);
  for (int i = 0; i < kNumSlots; ++i) TupleInit(slots, i, NewRef(name_of(kSlotNames[i])));
  for (const ExceptionClassSpec& spec : BuiltinExceptions()) {
    Object* base = spec.base != nullptr ? ExceptionClass(spec.base) : nullptr;
    Object* dict = NewDict();
    if (base == nullptr) {
      for (const auto& [b, name] : {std::pair{Builtin::kExcInit, "__init__"},
                                    {Builtin::kExcStr, "__str__"},
                                    {Builtin::kExcRepr, "__repr__"}}) {
        Object* f = NewBuiltin(static_cast<int>(b), name);
        DictSetItem(dict, name_of(name), f);
        DecRef(f);
      }
    }
    const std::string_view full = spec.name;  // "queue.Empty": a module's class "Empty"
    Object* name = NewStr(full.substr(full.find('.') + 1));
    Object* cls = NewClass(name, base, dict, base == nullptr ? slots : nullptr);
    DecRef(name);
    DecRef(dict);
    ClassObject* c = AsClass(cls);
    c->has_dict = true;  // and slots: as CPython's exceptions, attributes of any name
    XDecRef(std::exchange(c->module, spec.module != nullptr
                                         ? NewStr(spec.module)
                                         : nullptr));  // null: "builtins"
    Immortalize(cls);
    immortals_.push_back(cls);
    exception_classes_.emplace_back(spec.name, cls);
    if (base == nullptr) base_exception_ = cls;
  }
  DecRef(slots);
}

Object* Interpreter::ExceptionClass(std::string_view name) const {
  for (const auto& [n, cls] : exception_classes_) {
    if (n == name) return cls;
  }
  return nullptr;
}

bool Interpreter::IsExceptionClass(const Object* ob) const {
  return base_exception_ != nullptr && IsClass(ob) && IsSubclass(ob, base_exception_);
}

bool Interpreter::IsException(const Object* ob) const {
  return IsInstance(ob) && IsExceptionClass(ClassOf(ob));
}

// --- Raising and catching ----------------------------------------------------

Object* Interpreter::TakeException(ThreadContext& tc) {
  if (Object* exc = tc.err.TakeException()) return exc;
  Object* arg = tc.err.TakeArg();
  const std::string& text = tc.err.error();
  const std::size_t colon = text.find(": ");
  const std::string_view type = std::string_view(text).substr(0, colon);
  Object* cls = ExceptionClass(type);
  if (cls == nullptr) cls = ExceptionClass("RuntimeError");
  Object* exc = NewInstance(cls);
  if (arg == nullptr && colon != std::string::npos) arg = NewStr(text.substr(colon + 2));
  InitSlots(exc, &arg, arg != nullptr ? 1 : 0);
  XDecRef(arg);
  if (tc.error_context != nullptr) {
    SetSlot(exc, kContext, std::exchange(tc.error_context, nullptr));
  }
  return exc;
}

void Interpreter::NoteContext(ThreadContext& tc) {
  const ThreadContext::Handled& handled = tc.handled.back();
  Object* exc = tc.err.exception();
  if (exc == handled.exc) return;
  KeepTraceback(handled);
  if (exc != nullptr) {
    if (IsNoneOrUnset(GetSlot(exc, kContext)))
      SetSlot(exc, kContext, NewRef(handled.exc));
    return;
  }
  XDecRef(std::exchange(tc.error_context, NewRef(handled.exc)));
}

Object* Interpreter::RaiseException(ThreadContext& tc, Object* exc) {
  const std::string type(StrView(AsClass(ClassOf(exc))->name));
  XDecRef(std::exchange(tc.error_context, nullptr));
  tc.err.SetException(exc, type);
  return nullptr;
}

Object* Interpreter::ExceptionInstance(ThreadContext& tc, Object* v, const char* what) {
  static const std::vector<std::string> kNoKeywords;
  if (IsException(v)) return NewRef(v);
  if (!IsExceptionClass(v)) {
    return Raise(tc, "TypeError", std::string(what) + " must derive from BaseException");
  }
  Object* exc = CallClass(tc, v, nullptr, 0, kNoKeywords);
  if (exc != nullptr && !IsException(exc)) {
    const std::string type = TypeName(exc);
    DecRef(exc);
    return Raise(tc, "TypeError",
                 "calling " + Repr(v) +
                     " should have returned an instance of BaseException, not " + type);
  }
  return exc;
}

bool Interpreter::RaiseValue(ThreadContext& tc, Object* value, Object* cause) {
  Object* exc = ExceptionInstance(tc, value, "exceptions");
  if (exc == nullptr) return false;
  if (cause != nullptr) {
    Object* c =
        IsNone(cause) ? NewNone() : ExceptionInstance(tc, cause, "exception causes");
    if (c == nullptr) {
      DecRef(exc);
      return false;
    }
    for (const ThreadContext::Handled& h : tc.handled) {
      if (h.exc == c) KeepTraceback(h);
    }
    SetSlot(exc, kCause, c);
    SetSlot(exc, kSuppress, NewBool(true));
  }
  RaiseException(tc, exc);
  return false;
}

bool Interpreter::Reraise(ThreadContext& tc, Object* exc, bool pop_handled) {
  if (tc.handled.empty() || (exc != nullptr && tc.handled.back().exc != exc)) {
    if (exc == nullptr) {
      Raise(tc, "RuntimeError", "No active exception to reraise");
    } else {
      RaiseException(tc, exc);  // an assembly program's own RERAISE
    }
    return false;
  }
  ThreadContext::Handled& top = tc.handled.back();
  Object* e = exc != nullptr ? exc : NewRef(top.exc);
  if (pop_handled) {
    tc.frames = std::move(top.frames);
    PopHandled(tc, tc.handled.size() - 1);
  } else {
    tc.frames = top.frames;
  }
  RaiseException(tc, e);
  tc.reraise = true;
  return false;
}

int Interpreter::ExceptionMatches(ThreadContext& tc, Object* exc, Object* type) {
  auto one = [&](Object* c) -> int {
    if (!IsExceptionClass(c)) return -1;
    return IsInstance(exc) && IsSubclass(ClassOf(exc), c) ? 1 : 0;
  };
  int match = 0;
  if (IsTuple(type)) {
    for (std::int64_t i = 0; i < TupleSize(type) && match >= 0; ++i) {
      const int m = one(TupleGetItem(type, i));
      match = m < 0 ? -1 : match | m;
    }
  } else {
    match = one(type);
  }
  if (match < 0) {
    Raise(tc, "TypeError",
          "catching classes that do not inherit from BaseException is not allowed");
  }
  return match;
}

void Interpreter::RaiseVarargs(ThreadContext& tc, Object** args, int n) {
  if (n == 0) {
    Reraise(tc, nullptr, /*pop_handled=*/false);
    return;
  }
  RaiseValue(tc, args[0], n == 2 ? args[1] : nullptr);
  for (int i = 0; i < n; ++i) DecRef(args[i]);
}

bool Interpreter::CheckExcMatch(ThreadContext& tc, Object** sp) {
  Object* type = sp[-1];
  const int match = ExceptionMatches(tc, sp[-2], type);
  if (match < 0) return false;  // the class stays on the stack, to be dropped
  sp[-1] = NewBool(match != 0);
  DecRef(type);
  return true;
}

void Interpreter::PopExcept(ThreadContext& tc) {
  if (HandlingInFrame(tc)) PopHandled(tc, tc.handled.size() - 1);
}

void Interpreter::ReraiseTop(ThreadContext& tc, Object* exc) {
  if (!HandlingInFrame(tc)) {  // not this frame's (an assembly program's RERAISE)
    DecRef(exc);
    Raise(tc, "RuntimeError", "RERAISE without an exception being handled");
    return;
  }
  Reraise(tc, exc, /*pop_handled=*/true);
}

Object* Interpreter::Catch(ThreadContext& tc, const Handler& h) {
  Object* exc = TakeException(tc);
  // Handlers left by the exception (those of the frame around the try stay).
  PopHandled(tc, FrameHandledBase(tc) + static_cast<std::size_t>(h.exc_depth));
  tc.handled.push_back({NewRef(exc), std::move(tc.frames), tc.depth});
  tc.frames.clear();
  return exc;
}

std::size_t Interpreter::FrameHandledBase(const ThreadContext& tc) {
  std::size_t base = tc.handled.size();
  while (base > 0 && tc.handled[base - 1].depth == tc.depth) --base;
  return base;
}

void Interpreter::EndFrameHandling(ThreadContext& tc) {
  PopHandled(tc, FrameHandledBase(tc));
}

Object** Interpreter::Unwinding(ThreadContext& tc, const Code& code, std::size_t pc,
                                Object** sp, Object** stack_base, std::size_t with_base,
                                int* target) {
  if (tc.reraise) {
    tc.reraise = false;  // the traceback is the one it was caught with
  } else {
    if (tc.frames.empty() && !tc.handled.empty()) NoteContext(tc);  // raised here
    NoteErrorPosition(tc, code, pc);
  }
  if (code.spec->handlers.empty() || tc.uncatchable) return nullptr;
  const Handler* h = eval_support::FindHandler(*code.spec, pc);
  // (An instruction that popped below the depth the handler keeps is not in
  // its range in a program the compiler made: such an error is not caught.)
  if (h == nullptr || sp < stack_base + h->stack_depth) return nullptr;
  Object** const keep = stack_base + h->stack_depth;
  while (sp > keep) DecRef(*--sp);
  ReleaseWithLocks(tc, with_base + static_cast<std::size_t>(h->with_depth));
  *sp++ = Catch(tc, *h);
  *target = h->target;
  return sp;
}

void Interpreter::StopIterationOut(ThreadContext& tc) {
  if (!ErrorIs(tc, "StopIteration")) return;
  Object* stop = TakeException(tc);
  SetSlot(stop, kTraceback, FramesObject(tc.frames));
  tc.frames.clear();
  tc.reraise = false;
  Object* exc = NewInstance(ExceptionClass("RuntimeError"));
  Object* message = NewStr("generator raised StopIteration");
  InitSlots(exc, &message, 1);
  DecRef(message);
  SetSlot(exc, kCause, NewRef(stop));
  SetSlot(exc, kContext, stop);
  SetSlot(exc, kSuppress, NewBool(true));
  RaiseException(tc, exc);
}

void Interpreter::PopHandled(ThreadContext& tc, std::size_t to) {
  while (tc.handled.size() > to) {
    DecRef(tc.handled.back().exc);
    tc.handled.pop_back();
  }
}

// --- Printing ----------------------------------------------------------------

std::string Interpreter::ExceptionText(const Object* exc) {
  std::string text(StrView(AsClass(ClassOf(exc))->name));
  std::string message;
  if (!InstanceStr(exc, &message)) {
    if (TakeMethodError()) message = "<exception str() failed>";
  }
  if (!message.empty()) text += ": " + message;
  return text;
}

void Interpreter::DescribeUncaught(ThreadContext& tc, ThreadResult* result) {
  if (tc.err.exception() == nullptr && tc.error_context == nullptr) {
    result->exception = tc.err.error();  // a text error, alone
    // A module's class is raised by its program name ("queue.Empty") and printed
    // by its class's ("_queue.Empty").
    const std::string_view type =
        std::string_view(result->exception).substr(0, result->exception.find(": "));
    if (type.find('.') != std::string_view::npos) {
      if (Object* cls = ExceptionClass(type)) {
        result->exception.replace(0, type.size(), ClassFullName(cls));
      }
    }
    return;
  }
  Object* exc = TakeException(tc);
  result->exception = ExceptionText(exc);
  // Its causes and contexts, the deepest first. A cycle ends the walk, as in
  // CPython's printing; so do 100 links, where CPython prints every one.
  std::vector<Object*> seen = {exc};
  std::vector<ChainedException> chain;
  Object* cur = exc;
  while (chain.size() < 100) {
    Object* cause = GetSlot(cur, kCause);
    Object* context = GetSlot(cur, kContext);
    const bool suppress = IsTrue(GetSlot(cur, kSuppress));
    Object* next = !IsNoneOrUnset(cause)                  ? cause
                   : !suppress && !IsNoneOrUnset(context) ? context
                                                          : nullptr;
    if (next == nullptr || !IsException(next)) break;
    if (std::find(seen.begin(), seen.end(), next) != seen.end()) break;
    seen.push_back(next);
    chain.push_back({ExceptionText(next), FramesOf(next), next == cause});
    cur = next;
  }
  result->chain.assign(chain.rbegin(), chain.rend());
  DecRef(exc);
}

// --- BaseException's methods -------------------------------------------------

struct ExceptionBuiltins {
  // self, checked: an exception.
  static Object* Self(BuiltinCall& call, const char* method) {
    if (call.nargs() < 1 || !call.interp().IsException(call.arg(0))) {
      call.Raise("TypeError", std::string("descriptor '") + method +
                                  "' requires a 'BaseException' object");
      return nullptr;
    }
    return call.arg(0);
  }

  static Object* Init(BuiltinCall& call) {
    Object* self = Self(call, "__init__");
    if (self == nullptr) return nullptr;
    Object* args = NewTupleUninitialized(call.nargs() - 1);
    for (int i = 1; i < call.nargs(); ++i) TupleInit(args, i - 1, NewRef(call.arg(i)));
    SetSlot(self, kArgs, args);
    return NewNone();
  }

  static Object* Str(BuiltinCall& call) {
    Object* self = Self(call, "__str__");
    if (self == nullptr) return nullptr;
    if (!call.Arity(1)) return nullptr;
    Object* args = GetSlot(self, kArgs);
    std::string text;
    if (args == nullptr || !IsTuple(args) || TupleSize(args) == 0) return NewStr("");
    if (TupleSize(args) == 1) {
      // A KeyError shows its key as a repr: KeyError: 'x'.
      const bool key =
          IsSubclass(ClassOf(self), call.interp().ExceptionClass("KeyError"));
      Object* arg = TupleGetItem(args, 0);
      if (!(key ? ReprOrRaise(call.tc().err, arg, &text)
                : ToStringOrRaise(call.tc().err, arg, &text))) {
        return nullptr;
      }
      return NewStr(text);
    }
    if (!ReprOrRaise(call.tc().err, args, &text)) return nullptr;
    return NewStr(text);
  }

  static Object* ReprMethod(BuiltinCall& call) {
    Object* self = Self(call, "__repr__");
    if (self == nullptr) return nullptr;
    if (!call.Arity(1)) return nullptr;
    std::string text(StrView(AsClass(ClassOf(self))->name));
    text += "(";
    Object* args = GetSlot(self, kArgs);
    for (std::int64_t i = 0; args != nullptr && IsTuple(args) && i < TupleSize(args);
         ++i) {
      if (i > 0) text += ", ";
      std::string item;
      if (!ReprOrRaise(call.tc().err, TupleGetItem(args, i), &item)) return nullptr;
      text += item;
    }
    return NewStr(text + ")");
  }
};

void RegisterExceptionMethods(BuiltinRegistry& r) {
  r.Add(Builtin::kExcInit, ExceptionBuiltins::Init);
  r.Add(Builtin::kExcStr, ExceptionBuiltins::Str);
  r.Add(Builtin::kExcRepr, ExceptionBuiltins::ReprMethod);
}

// CallClass's part for an exception class: the slots set from the arguments
// before __init__ runs.
void Interpreter::InitException(Object* exc, Object* const* args, int nargs) {
  InitSlots(exc, args, nargs);
  // StopIteration's `value`: its first argument, or None (what a generator
  // returned), when the program reads an attribute of that name at all.
  Object* value = FindName("value");
  if (value != nullptr && AsInstance(exc)->dict != nullptr &&
      IsSubclass(ClassOf(exc), ExceptionClass("StopIteration"))) {
    Object* v = nargs > 0 ? args[0] : NewNone();
    DictSetItem(AsInstance(exc)->dict, value, v);
    if (nargs == 0) DecRef(v);
  }
}

}  // namespace gillab
