// gillab/runtime/interp/generators.cc — generators, and iteration over what
// runs Python code to make its items.
//
// A frame that outlives its call. An ordinary frame lives in its thread's
// arena, from the call to the return. A generator's frame is made by the call
// (CallKw: its parameters bound, its cells made) and lives in the generator
// object, on the heap: each next() or send() runs it from where it stopped, in
// an activation of Eval that is handed the frame as a handler's resumption is
// (Interpreter::Resumed), until a YIELD_VALUE suspends it again (Eval returns
// the value, and where to go on) or it returns or raises (it is finished). As
// in CPython 3.11, where a generator embeds its frame, nothing is copied at a
// yield: the frame never moves.
//
// What a suspended frame takes with it. Two things a running frame keeps in
// its thread rather than in itself: the locks its `with` blocks hold
// (ThreadContext::with_locks), and the exceptions it is handling
// (ThreadContext::handled, a yield inside an except clause). A yield moves the
// frame's entries of both into the generator, and the next resumption moves
// them back, on whatever thread and at whatever depth it runs: CPython's
// gi_exc_state. A generator dropped while suspended releases the locks it holds
// and drops its frame; unlike CPython it does not run the frame's finally
// blocks then (close() does).
//
// Threads. A generator runs on one thread at a time: its state goes from
// suspended to running by a compare-exchange, and a second thread resuming it
// meanwhile gets CPython's "ValueError: generator already executing". The
// collector traverses a suspended frame only: a running one is in flux, and
// what it holds counts as referenced from outside (never freed by mistake).
//
// Iteration. The built-in iterators (iter_object.h) make their items in C++;
// a generator, an instance whose class defines __iter__ and __next__, and the
// functions of map() and filter() run Python code, which the IterHooks below
// run on the current thread. So `for x in gen()`, list(gen()), sum(x for x in
// xs), enumerate(gen()) all go through iter_object.h's one iterator type.
#include <atomic>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/interp/builtins.h"
#include "runtime/interp/eval_support.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/lock_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"

namespace gillab {

namespace {

using TC = Interpreter::ThreadContext;

enum GeneratorState : int { kCreated, kSuspended, kRunning, kFinished };

// What a frame paused inside a `with` block or an except clause took with it.
struct Paused {
  std::vector<Object*> locks;        // its `with` locks (borrowed: the frame's stack
                                     // holds them), innermost last
  std::vector<TC::Handled> handled;  // the exceptions it is handling
};

// Variable-size: the frame's slots follow the struct (AllocSizeOf reads their
// number at kVarSizeOffset, `slots`).
struct GeneratorObject {
  Object header;
  std::int64_t slots;  // the locals, the cells, then the value stack
  const Interpreter::Code* code;
  std::atomic<int> state;
  int target;      // where the frame goes on: 0, or after its YIELD_VALUE
  int depth;       // its value stack's depth while suspended
  Object** frame;  // the slots after the struct; null once dropped
  Paused* paused;  // null until a yield inside a `with` or an except clause
};

GeneratorObject* AsGenerator(Object* ob) {
  return reinterpret_cast<GeneratorObject*>(ob);
}
const GeneratorObject* AsGenerator(const Object* ob) {
  return reinterpret_cast<const GeneratorObject*>(ob);
}

// Drops what a frame that will not run again holds: its locks released (as
// their `with` blocks' ends would), its handled exceptions, its stack and its
// locals. Requires: not running.
void DropFrame(GeneratorObject* g) {
  Object** frame = std::exchange(g->frame, nullptr);
  if (frame == nullptr) return;
  if (Paused* p = g->paused) {
    while (!p->locks.empty()) {
      LockRelease(p->locks.back());
      p->locks.pop_back();
    }
    std::vector<TC::Handled> handled = std::move(p->handled);
    p->handled.clear();
    for (TC::Handled& h : handled) DecRef(h.exc);
  }
  const int top = g->code->num_slots + g->depth;
  g->depth = 0;
  for (int i = 0; i < top; ++i) XDecRef(std::exchange(frame[i], nullptr));
}

void GeneratorClear(Object* self) {
  GeneratorObject* g = AsGenerator(self);
  if (g->state.load(std::memory_order_acquire) == kRunning) return;
  DropFrame(g);
  g->state.store(kFinished, std::memory_order_release);
}

// A generator paused at a yield inside a try block (a `finally`, an `except`,
// a `with`) is closed before it is freed, as CPython's _PyGen_Finalize closes
// it: GeneratorExit at the yield, so that its `finally` blocks run. One paused
// outside any has nothing to run: its frame is just dropped.
bool NeedsClose(const GeneratorObject* g) {
  return g->state.load(std::memory_order_acquire) == kSuspended && g->frame != nullptr &&
         g->target > 0 &&
         eval_support::FindHandler(*g->code->spec,
                                   static_cast<std::size_t>(g->target - 1)) != nullptr;
}

}  // namespace

// The finalize slot (gc.h): closes it on the thread that frees it.
struct GeneratorFinalizer {
  static void Run(Object* self) {
    if (!NeedsClose(AsGenerator(self))) return;
    const eval_support::CurrentThread& cur = eval_support::current_thread;
    if (cur.tc == nullptr) return;  // no thread runs Python here
    cur.interp->RunGeneratorFinalizer(*cur.tc, self);
  }
};

namespace {

void GeneratorDealloc(Object* self) {
  GeneratorObject* g = AsGenerator(self);
  if (NeedsClose(g) && CallFinalizerFromDealloc(self)) return;
  DropFrame(g);
  delete g->paused;
  FreeObject(self);
}

int GeneratorTraverse(Object* self, VisitProc visit, void* arg) {
  GeneratorObject* g = AsGenerator(self);
  if (g->state.load(std::memory_order_acquire) == kRunning || g->frame == nullptr)
    return 0;
  const int top = g->code->num_slots + g->depth;
  for (int i = 0; i < top; ++i) {
    if (g->frame[i] != nullptr) {
      if (int r = visit(g->frame[i], arg)) return r;
    }
  }
  if (g->paused != nullptr) {
    for (const TC::Handled& h : g->paused->handled) {
      if (int r = visit(h.exc, arg)) return r;
    }
  }
  return 0;
}

// The object with its frame: what its frame's size makes it, however many
// items it will yield.
std::size_t GeneratorSizeOf(const Object* self) {
  return sizeof(GeneratorObject) +
         sizeof(Object*) * static_cast<std::size_t>(AsGenerator(self)->slots);
}

void GeneratorRepr(const Object* self, std::string* out) {
  *out += "<generator object " + AsGenerator(self)->code->qualname + " at ";
  AppendAddress(self, out);
  *out += ">";
}

}  // namespace

const TypeObject kGeneratorType = {
    .name = TypeIndexName(TypeIndex::kGenerator),
    .index = TypeIndex::kGenerator,
    .basic_size = sizeof(GeneratorObject),
    .item_size = sizeof(Object*),
    .dealloc = GeneratorDealloc,
    .traverse = GeneratorTraverse,
    .size_of = GeneratorSizeOf,
    .hash = nullptr,
    .equal = nullptr,
    .clear = GeneratorClear,
    .repr = GeneratorRepr,
    .finalize = GeneratorFinalizer::Run,
};

Object* Interpreter::NewGenerator(const Code& code, Object** args) {
  const auto slots = static_cast<std::size_t>(code.num_slots + code.stack_size);
  Object* ob =
      AllocObject(kGeneratorType, sizeof(GeneratorObject) + slots * sizeof(Object*));
  GeneratorObject* g = AsGenerator(ob);
  g->slots = static_cast<std::int64_t>(slots);
  g->code = &code;
  new (&g->state) std::atomic<int>(kCreated);
  g->target = 0;
  g->depth = 0;
  g->frame = reinterpret_cast<Object**>(g + 1);
  g->paused = nullptr;
  Object** locals = g->frame;
  for (std::size_t i = 0; i < slots; ++i) locals[i] = nullptr;
  for (int i = 0; i < code.num_params; ++i) locals[i] = args[i];
  if (code.num_cells + code.num_free != 0)
    eval_support::MakeCells(code, locals, args + code.num_params);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

int Interpreter::GeneratorStep(ThreadContext& tc, Object* gen, Object* sent,
                               bool throw_in, Object** out) {
  GeneratorObject* g = AsGenerator(gen);
  int state = g->state.load(std::memory_order_acquire);
  if (state == kCreated && !throw_in && sent != nullptr && !IsNone(sent)) {
    Raise(tc, "TypeError", "can't send non-None value to a just-started generator");
    return -1;
  }
  if (state == kRunning ||
      (state != kFinished &&
       !g->state.compare_exchange_strong(state, kRunning, std::memory_order_acq_rel))) {
    Raise(tc, "ValueError", "generator already executing");
    return -1;
  }
  if (state == kFinished) {
    if (throw_in) return -1;  // the exception thrown in comes straight out
    *out = NewNone();
    return 0;
  }
  if (throw_in && state == kCreated) {  // it never ran: it ends, raising
    DropFrame(g);
    g->state.store(kFinished, std::memory_order_release);
    return -1;
  }
  const Code& code = *g->code;
  if (tc.depth >= recursion_limit() ||
      static_cast<const char*>(__builtin_frame_address(0)) < tc.stack_limit) {
    g->state.store(state, std::memory_order_release);
    Raise(tc, "RecursionError", "maximum recursion depth exceeded");
    return -1;
  }
  Object* keep = NewRef(gen);  // the frame's code may drop the last other reference
  tc.depth++;
  // What the frame took with it at its yield comes back.
  const std::size_t with_base = tc.with_locks.size();
  if (Paused* p = g->paused) [[unlikely]] {
    for (Object* lock : p->locks) tc.with_locks.push_back(lock);
    p->locks.clear();
    for (TC::Handled& h : p->handled) {
      h.depth = tc.depth;
      tc.handled.push_back(std::move(h));
    }
    p->handled.clear();
  }
  Object** const stack_base = g->frame + code.num_slots;
  Object** sp = stack_base + g->depth;
  if (state == kSuspended && !throw_in)
    *sp++ = sent != nullptr ? NewRef(sent) : NewNone();
  Resumed r{g->frame, sp, g->target, with_base, false};
  r.throw_in = throw_in;
  Object* result;
  for (;;) {
    result = (this->*eval_)(tc, code, nullptr, &r);
    if (!r.caught) break;
    r.caught = false;
  }
  int status;
  if (r.yielded) {
    g->target = r.target;
    g->depth = static_cast<int>(r.sp - stack_base);
    if (tc.with_locks.size() > with_base || HandlingInFrame(tc)) [[unlikely]] {
      if (g->paused == nullptr) g->paused = new Paused();
      for (std::size_t i = with_base; i < tc.with_locks.size(); ++i)
        g->paused->locks.push_back(tc.with_locks[i]);
      tc.with_locks.resize(with_base);
      const std::size_t base = FrameHandledBase(tc);
      for (std::size_t i = base; i < tc.handled.size(); ++i)
        g->paused->handled.push_back(std::move(tc.handled[i]));
      tc.handled.resize(base);
    }
    status = 1;
  } else {
    ReleaseWithLocks(tc, with_base);
    if (HandlingInFrame(tc)) EndFrameHandling(tc);
    g->depth = static_cast<int>(r.sp - stack_base);
    status = result != nullptr ? 0 : -1;
    if (status < 0) StopIterationOut(tc);
  }
  tc.depth--;
  if (status == 1) {
    g->state.store(kSuspended, std::memory_order_release);
  } else {
    DropFrame(g);
    g->state.store(kFinished, std::memory_order_release);
  }
  DecRef(keep);
  *out = result;
  return status;
}

namespace {

// The iterator a generator paused in `yield from` delegates to (on top of its
// stack, under the SEND loop's YIELD_VALUE), BORROWED; null when it is paused
// elsewhere.
Object* Delegate(const GeneratorObject* g) {
  const std::vector<Instr>& code = g->code->code;
  const int t = g->target;
  if (g->frame == nullptr || g->depth < 1 || t < 2 ||
      code[static_cast<std::size_t>(t - 1)].op != Opcode::YIELD_VALUE ||
      code[static_cast<std::size_t>(t - 2)].op != Opcode::SEND)
    return nullptr;
  return g->frame[g->code->num_slots + g->depth - 1];
}

}  // namespace

int Interpreter::ThrowStep(ThreadContext& tc, Object* gen, Object** out) {
  GeneratorObject* g = AsGenerator(gen);
  int state = kSuspended;
  if (!g->state.compare_exchange_strong(state, kRunning, std::memory_order_acq_rel)) {
    return GeneratorStep(tc, gen, nullptr, /*throw_in=*/true, out);  // not paused
  }
  Object* inner = Delegate(g);  // read while this thread has it
  if (inner == nullptr || !IsGenerator(inner)) {
    g->state.store(kSuspended, std::memory_order_release);
    return GeneratorStep(tc, gen, nullptr, /*throw_in=*/true, out);
  }
  // As CPython's gen_throw: the inner generator gets the exception first.
  Object* keep = NewRef(inner);
  int status;
  if (ErrorIs(tc, "GeneratorExit")) {  // close the inner one, then this one
    Object* exit = TakeException(tc);
    tc.frames.clear();
    Object* r = GeneratorClose(tc, inner);
    if (r != nullptr) {
      DecRef(r);
      RaiseException(tc, exit);
    } else {
      DecRef(exit);  // the inner one's error replaces it
    }
    status = -1;
  } else {
    status = ThrowStep(tc, inner, out);
  }
  DecRef(keep);
  g->state.store(kSuspended, std::memory_order_release);
  if (status == 1) return 1;  // the inner one yielded: so does this one
  if (status == 0) {
    // It returned *out: this one goes on after its `yield from`, with that
    // value, and without the inner one on its stack.
    Object** top = g->frame + g->code->num_slots + --g->depth;
    DecRef(std::exchange(*top, nullptr));
    g->target = g->code->code[static_cast<std::size_t>(g->target - 2)].arg;
    Object* v = *out;
    status = GeneratorStep(tc, gen, v, /*throw_in=*/false, out);
    DecRef(v);
    return status;
  }
  return GeneratorStep(tc, gen, nullptr, /*throw_in=*/true, out);  // raised here too
}

Object* Interpreter::GeneratorSend(ThreadContext& tc, Object* gen, Object* sent) {
  Object* v;
  const int status = GeneratorStep(tc, gen, sent, /*throw_in=*/false, &v);
  if (status <= 0) return status < 0 ? nullptr : RaiseStopIteration(tc, v);
  return v;
}

Object* Interpreter::GeneratorThrow(ThreadContext& tc, Object* gen, Object* value) {
  if (!IsException(value) && !IsExceptionClass(value)) {
    return Raise(tc, "TypeError",
                 "exceptions must be classes or instances deriving from BaseException, "
                 "not " +
                     TypeName(value));
  }
  Object* exc = ExceptionInstance(tc, value, "exceptions");
  if (exc == nullptr) return nullptr;
  RaiseException(tc, exc);
  Object* v;
  const int status = ThrowStep(tc, gen, &v);
  if (status <= 0) return status < 0 ? nullptr : RaiseStopIteration(tc, v);
  return v;
}

Object* Interpreter::GeneratorClose(ThreadContext& tc, Object* gen) {
  GeneratorObject* g = AsGenerator(gen);
  int state = g->state.load(std::memory_order_acquire);
  if (state == kCreated &&
      g->state.compare_exchange_strong(state, kFinished, std::memory_order_acq_rel)) {
    DropFrame(g);
    return NewNone();
  }
  if (state == kFinished) return NewNone();
  Object* exit = NewInstance(ExceptionClass("GeneratorExit"));
  InitException(exit, nullptr, 0);
  RaiseException(tc, exit);
  Object* v;
  const int status = ThrowStep(tc, gen, &v);
  if (status == 1) {
    DecRef(v);
    return Raise(tc, "RuntimeError", "generator ignored GeneratorExit");
  }
  if (status == 0) {
    DecRef(v);
    return NewNone();
  }
  if (ErrorIs(tc, "GeneratorExit") || ErrorIs(tc, "StopIteration")) {
    DropError(tc);
    return NewNone();
  }
  return nullptr;
}

Object* Interpreter::RaiseStopIteration(ThreadContext& tc, Object* value) {
  Object* exc = NewInstance(ExceptionClass("StopIteration"));
  InitException(exc, &value, IsNone(value) ? 0 : 1);
  DecRef(value);
  return RaiseException(tc, exc);
}

bool Interpreter::ErrorIs(ThreadContext& tc, std::string_view name) {
  Object* cls = ExceptionClass(name);
  if (Object* exc = tc.err.exception()) return IsSubclass(ClassOf(exc), cls);
  const std::string& text = tc.err.error();
  const std::string_view type = std::string_view(text).substr(0, text.find(": "));
  Object* of = ExceptionClass(type);
  return of != nullptr && IsSubclass(of, cls);
}

void Interpreter::DropError(ThreadContext& tc) {
  XDecRef(TakeException(tc));
  tc.frames.clear();
  tc.reraise = false;
}

// --- Iteration ---------------------------------------------------------------

int Interpreter::SendTo(ThreadContext& tc, Object* iter, Object* v, Object** out) {
  if (IsGenerator(iter)) {
    const int status = GeneratorStep(tc, iter, v, /*throw_in=*/false, out);
    DecRef(v);
    return status;
  }
  if (!IsNone(v)) {
    Raise(tc, "AttributeError",
          "'" + TypeName(iter) + "' object has no attribute 'send'");
    DecRef(v);
    return -1;
  }
  DecRef(v);
  bool ended = false;
  *out = IterNext(tc, iter, &ended);
  if (*out == nullptr && !ended) return -1;
  if (ended) {
    *out = NewNone();
    return 0;
  }
  return 1;
}

Object* Interpreter::GetIter(ThreadContext& tc, Object* ob, bool wrap_generators) {
  if (IsIterator(ob) || (IsGenerator(ob) && !wrap_generators)) return NewRef(ob);
  Object* it = NewIterator(ob);
  if (it == nullptr) NotIterable(tc, ob);
  return it;
}

void Interpreter::NotIterable(ThreadContext& tc, const Object* ob) {
  if (TakeIterError()) return;  // its __iter__ raised
  Raise(tc, "TypeError", "'" + TypeName(ob) + "' object is not iterable");
}

namespace {

bool HasMethod(Object* ob, Object* name) {
  Object* f = ClassLookup(ClassOf(ob), name);
  XDecRef(f);
  return f != nullptr;
}

}  // namespace

Object* Interpreter::CallDunderIter(ThreadContext& tc, Object* ob, bool* defined) {
  Object* f = ClassLookup(ClassOf(ob), dunders_.iter);
  *defined = f != nullptr;
  if (f == nullptr) return nullptr;
  Object* argv[1] = {NewRef(ob)};
  Object* it = Call(tc, f, argv, 1);
  DecRef(f);
  if (it != nullptr && !IsGenerator(it) && !IsIterator(it) &&
      !(IsInstance(it) && HasMethod(it, dunders_.next))) {
    const std::string type = TypeName(it);
    DecRef(it);
    it = Raise(tc, "TypeError", "iter() returned non-iterator of type '" + type + "'");
  }
  return it;
}

Object* Interpreter::IterNext(ThreadContext& tc, Object* it, bool* ended) {
  *ended = false;
  if (IsIterator(it)) {
    Object* v = IteratorNext(it);
    if (v == nullptr && !TakeIterError()) *ended = true;
    return v;
  }
  if (IsGenerator(it)) {
    Object* v;
    const int status = GeneratorStep(tc, it, nullptr, /*throw_in=*/false, &v);
    if (status == 0) {
      DecRef(v);
      *ended = true;
      return nullptr;
    }
    return status > 0 ? v : nullptr;
  }
  if (IsInstance(it)) {
    Object* f = ClassLookup(ClassOf(it), dunders_.next);
    if (f != nullptr) {
      Object* argv[1] = {NewRef(it)};
      Object* v = Call(tc, f, argv, 1);
      DecRef(f);
      if (v == nullptr && ErrorIs(tc, "StopIteration")) {
        DropError(tc);
        *ended = true;
      }
      return v;
    }
  }
  return Raise(tc, "TypeError", "'" + TypeName(it) + "' object is not an iterator");
}

int Interpreter::ForIterSlow(ThreadContext& tc, Object** sp) {
  bool ended;
  if (Object* next = IterNext(tc, sp[-1], &ended)) {
    sp[0] = next;
    return 1;
  }
  if (!ended) return -1;
  DecRef(sp[-1]);
  return 0;
}

// iter_object.h's hooks, run on the current thread: the eval loop calls them
// (through IteratorNext and NewIterator) with the GIL held, where the analysis
// cannot follow.
struct IterHookImpl {
  static Interpreter& Interp() { return *eval_support::current_thread.interp; }
  static TC& Thread() { return *eval_support::current_thread.tc; }

  static Object* Iter(Object* ob) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    if (eval_support::current_thread.tc == nullptr) return nullptr;
    if (IsGenerator(ob) || IsIterator(ob)) return NewRef(ob);
    if (!IsInstance(ob)) return nullptr;
    bool defined;
    Object* it = Interp().CallDunderIter(Thread(), ob, &defined);
    if (it == nullptr && defined) NoteIterError();
    return it;
  }

  static Object* Next(Object* it) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    bool ended = false;
    Object* v = Interp().IterNext(Thread(), it, &ended);
    if (v == nullptr && !ended) NoteIterError();
    return v;
  }

  static Object* Call(Object* func, Object* const* args,
                      int nargs) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    absl::InlinedVector<Object*, 4> argv;
    for (int i = 0; i < nargs; ++i) argv.push_back(NewRef(args[i]));
    Object* r = Interp().Call(Thread(), func, argv.data(), nargs);
    if (r == nullptr) NoteIterError();
    return r;
  }

  static constexpr IterHooks kHooks = {Iter, Next, Call};
};

void Interpreter::InstallIterHooks() { SetIterHooks(&IterHookImpl::kHooks); }

// --- The methods ---------------------------------------------------------------

namespace {

Object* Send(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  return call.GeneratorSend(self, call.arg(0));
}

// throw(value): raises `value` (an exception or its class) at the yield the
// generator stopped at. (CPython's deprecated throw(type, value, traceback)
// form is not in the subset.)
Object* Throw(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  return call.GeneratorThrow(self, call.arg(0));
}

Object* Close(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return call.GeneratorClose(self);
}

}  // namespace

void RegisterGeneratorMethods(BuiltinRegistry& r) {
  r.AddMethod(kGeneratorType, "send", Send);
  r.AddMethod(kGeneratorType, "throw", Throw);
  r.AddMethod(kGeneratorType, "close", Close);
}

}  // namespace gillab
