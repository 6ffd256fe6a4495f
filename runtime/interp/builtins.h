// gillab/runtime/interp/builtins.h — built-in functions and methods, by module.
//
// Internal to runtime/interp. The bytecode layer names the builtins a program
// may use (runtime/bytecode/code.h, GILLAB_BUILTINS: the assembly name and the
// Python name of each, which the verifier and the front end check programs
// against); this file is where each one's implementation is registered, one
// module per file under modules/:
//
//   modules/builtins_module.cc   print len str repr range abs; the methods of
//                                list and dict
//   modules/sys_module.cc        sys.setswitchinterval, sys.getswitchinterval,
//                                getrecursionlimit, setrecursionlimit,
//                                getrefcount, getsizeof, intern
//   modules/gc_module.cc         gc.collect, get_count, get_threshold,
//                                set_threshold, enable, disable, isenabled,
//                                is_tracked, get_objects
//   modules/threading_module.cc  threading.Lock, RLock, Event, Condition, Thread,
//                                current_thread; their methods
//   modules/queue_module.cc      queue.Queue; its methods
//   modules/time_module.cc       time.sleep, time.monotonic_ns
//   modules/builtins_classes.cc  isinstance type super object getattr setattr
//                                hasattr
//   modules/set_methods.cc       set frozenset; their methods
//   modules/array_module.cc      array.array; its methods
//   modules/weakref_module.cc    weakref.ref, weakref.getweakrefcount
//   modules/lab_module.cc        gillab's own instruments for assembly programs:
//                                io, thread_index, stopped
//
// A module file registers its functions with one call each in its Register
// function; Builtins() collects every module once and checks that each builtin
// the bytecode layer names has exactly one implementation. Adding a builtin to a
// module: its row in GILLAB_BUILTINS and the function in the module's file.
#ifndef GILLAB_RUNTIME_INTERP_BUILTINS_H_
#define GILLAB_RUNTIME_INTERP_BUILTINS_H_

#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/time/time.h"
#include "runtime/bytecode/code.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/singletons.h"

namespace gillab {

// One call of a builtin or a method, as its implementation sees it. The
// arguments are BORROWED (the caller drops them after the call); the result is
// a NEW reference, or null after Raise.
class BuiltinCall {
 public:
  static constexpr int kMaxKeywords = 4;

  BuiltinCall(Interpreter& interp, Interpreter::ThreadContext& tc, const char* name,
              Object** args, int nargs)
      : interp_(interp), tc_(tc), name_(name), args_(args), nargs_(nargs) {}

  const char* name() const { return name_; }
  // The same call with other positional arguments (its keywords kept): a
  // method that does what a builtin does (list.sort, sorted).
  BuiltinCall WithArgs(Object** args, int nargs) const {
    BuiltinCall c = *this;
    c.args_ = args;
    c.nargs_ = nargs;
    return c;
  }
  Object* arg(int i) const { return args_[i]; }
  int nargs() const { return nargs_; }  // positional
  // Keyword argument `i` of the builtin's keyword list, or null when not given.
  Object* kw(int i) const { return kw_[i]; }
  void set_kw(int i, Object* value) { kw_[i] = value; }
  // Sets kw() from a call's keywords: `names` (null: none) and their values,
  // against the accepted `keywords`. False, with CPython's TypeError raised,
  // for a keyword not among them. `type`: the method's type ("list"), which
  // CPython names when a method takes no keywords at all. (Inline when there
  // are none: every builtin and method call asks.)
  bool BindKeywords(const std::array<const char*, kMaxKeywords>& keywords,
                    const std::vector<std::string>* names, Object* const* values,
                    const char* type = nullptr) {
    return names == nullptr || names->empty() ||
           BindGivenKeywords(keywords, *names, values, type);
  }
  // The argument given at `position` or by keyword `keyword` (an index into
  // kw()), null when neither; CPython's TypeError when both.
  bool PositionalOrKeyword(int position, int keyword, const char* name, Object** out);

  // True when exactly `want` positional arguments were given; otherwise raises
  // "f() takes exactly N arguments (M given)" and returns false. (Inline: every
  // builtin call checks it.)
  bool Arity(int want) { return nargs_ == want || ArityError(want); }
  Object* Raise(std::string_view type, std::string_view message) {
    return gillab::Raise(tc_, type, message);
  }
  // Python's TypeError for `ob` given where an int is needed: "'str' object
  // cannot be interpreted as an integer". Returns null.
  Object* RaiseNotAnInteger(const Object* ob);

  // The interpreter's services.
  Interpreter& interp() const { return interp_; }
  // A weakref with a callback was made: the program's end finalizes.
  void NoteFinalizers() { interp_.NoteFinalizers(); }
  Interpreter::ThreadContext& tc() const { return tc_; }
  int thread_index() const { return tc_.index; }
  Gil& gil() const { return interp_.gil_; }
  Runtime& runtime() const { return interp_.runtime_; }
  void Print(std::string_view text, bool flush) { interp_.Print(text, flush); }
  // Runs `block` with the GIL released and the thread detached (a blocking call);
  // `record`: note how long the thread then waited for the GIL.
  template <typename F>
  void Blocking(bool record, F&& block) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    interp_.Blocking(tc_, record, std::forward<F>(block));
  }
  Object* StartThread(Object* thread) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.StartThread(tc_, thread);
  }
  Object* JoinThread(Object* thread) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.JoinThread(tc_, thread);
  }
  bool ThreadIsAlive(Object* thread) { return interp_.ThreadIsAlive(thread); }
  // Interpreter::AcquireBlocking: 1 taken, 0 timed out, -1 raised.
  int AcquireBlocking(Object* lock, absl::Duration timeout,
                      const char* what) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.AcquireBlocking(tc_, lock, timeout, what);
  }
  Object* CurrentThread() { return interp_.CurrentThread(tc_); }  // BORROWED
  // Ctrl-C (Interpreter::Interrupt): whether a KeyboardInterrupt is pending for
  // this thread; TakeInterrupt clears and raises it (then returns true).
  bool InterruptPending() const { return Interpreter::InterruptPending(tc_); }
  bool TakeInterrupt() { return Interpreter::TakeInterrupt(tc_); }
  // What a blocking wait (lock_object.h, event_object.h, ...) tests between
  // its slices: a pending interrupt (Ctrl-C, or a daemon thread's end). Then
  // TakeInterrupt raises it.
  auto Cancelled() const {
    return [this] { return InterruptPending(); };
  }
  // A `timeout` argument (null: not given): None or absent waits for ever; a
  // number is seconds, a negative one counted as none. False with CPython's
  // TypeError for anything else.
  bool Timeout(Object* arg, absl::Duration* out);
  // callee(*args): calls a function or builtin of the program from a builtin
  // (sorted's key, min's key). Arguments are BORROWED. A NEW reference, or
  // null with the callee's error.
  Object* CallObject(Object* callee,
                     std::initializer_list<Object*> args) ABSL_NO_THREAD_SAFETY_ANALYSIS;
  // iter(ob): a NEW reference to an iterator over it (`ob` itself if it is
  // one); null with TypeError ("'int' object is not iterable") when it is none.
  // A generator is wrapped in a built-in iterator unless !wrap_generators.
  Object* Iterator(Object* ob, bool wrap_generators = true);
  // The items of any iterable, as NEW references into *out; false with
  // TypeError ("'int' object is not iterable") when it is none.
  bool Items(Object* iterable, std::vector<Object*>* out);
  // Classes (classes.cc, through the interpreter): getattr(ob, name) and
  // setattr, with their errors; type(ob), BORROWED; the interned dunder names.
  Object* GetAttr(Object* ob, Object* name) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.GetAttr(tc_, ob, name);
  }
  bool SetAttr(Object* ob, Object* name, Object* value) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.SetAttr(tc_, ob, name, value);
  }
  Object* TypeOf(const Object* ob) const { return interp_.TypeOf(ob); }
  Object* Intern(Object* s) { return interp_.Intern(s); }
  const Interpreter::Dunders& dunders() const { return interp_.dunders_; }
  // Generators and iterators (generators.cc).
  Object* GeneratorSend(Object* gen, Object* sent) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.GeneratorSend(tc_, gen, sent);
  }
  Object* GeneratorThrow(Object* gen, Object* value) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.GeneratorThrow(tc_, gen, value);
  }
  Object* GeneratorClose(Object* gen) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.GeneratorClose(tc_, gen);
  }
  Object* DunderIter(Object* ob, bool* defined) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.CallDunderIter(tc_, ob, defined);
  }
  Object* IterNext(Object* it, bool* ended) ABSL_NO_THREAD_SAFETY_ANALYSIS {
    return interp_.IterNext(tc_, it, ended);
  }
  Object* RaiseStopIteration() { return interp_.RaiseStopIteration(tc_, NewNone()); }
  // The number of the next Thread the program makes ("Thread-N").
  int NextThreadNumber() { return ++interp_.thread_counter_; }

 private:
  bool ArityError(int want);  // raises; false
  bool BindGivenKeywords(const std::array<const char*, kMaxKeywords>& keywords,
                         const std::vector<std::string>& names, Object* const* values,
                         const char* type);

  Interpreter& interp_;
  Interpreter::ThreadContext& tc_;
  const char* name_;
  Object** args_;
  int nargs_;
  std::array<Object*, kMaxKeywords> kw_{};
};

// A builtin function: its implementation and the keyword arguments it accepts
// (by name, in the order BuiltinCall::kw numbers them).
using BuiltinFn = Object* (*)(BuiltinCall& call);
struct BuiltinDef {
  BuiltinFn fn = nullptr;
  std::array<const char*, BuiltinCall::kMaxKeywords> keywords{};
};

// A method of a built-in type: `self` is BORROWED. `keywords` as BuiltinDef's.
using MethodFn = Object* (*)(BuiltinCall& call, Object* self);
struct MethodDef {
  const char* name;
  const TypeObject* type;
  MethodFn fn;
  std::array<const char*, BuiltinCall::kMaxKeywords> keywords{};

  // Whether it is `ob`'s: of its type, or an int method and `ob` an int of
  // either layout or a bool (int_object.h).
  bool AppliesTo(const Object* ob) const {
    return ob->type == type || (type == &kIntType && IsInt(ob));
  }
};

// What the module files register into.
class BuiltinRegistry {
 public:
  void Add(Builtin id, BuiltinFn fn,
           std::array<const char*, BuiltinCall::kMaxKeywords> keywords = {});
  void AddMethod(const TypeObject& type, const char* name, MethodFn fn,
                 std::array<const char*, BuiltinCall::kMaxKeywords> keywords = {});

  // The implementation of `id`. Every builtin has one (checked when built).
  const BuiltinDef& Find(Builtin id) const { return builtins_[static_cast<int>(id)]; }
  // Every method called `name`, of any type; empty when there is none.
  std::span<const MethodDef* const> FindMethods(std::string_view name) const;

  // Aborts naming the first builtin without an implementation, or with two: a
  // mistake in this program, caught by any test that runs one.
  void CheckComplete() const;

 private:
  std::array<BuiltinDef, kNumBuiltins> builtins_{};
  std::array<int, kNumBuiltins> registered_{};
  std::vector<MethodDef> methods_;
  std::vector<std::pair<std::string, std::vector<const MethodDef*>>> by_name_;
  friend const BuiltinRegistry& Builtins();
};

// Every module's builtins and methods, registered once.
const BuiltinRegistry& Builtins();

// One Register function per module file.
void RegisterBuiltinsModule(BuiltinRegistry& r);
void RegisterSysModule(BuiltinRegistry& r);
void RegisterGcModule(BuiltinRegistry& r);
void RegisterThreadingModule(BuiltinRegistry& r);
void RegisterTimeModule(BuiltinRegistry& r);
void RegisterLabModule(BuiltinRegistry& r);
void RegisterIterablesModule(BuiltinRegistry& r);    // builtins_iterables.cc
void RegisterConversionsModule(BuiltinRegistry& r);  // builtins_conversions.cc
void RegisterStrMethods(BuiltinRegistry& r);         // str_methods.cc
void RegisterClassesModule(BuiltinRegistry& r);      // builtins_classes.cc
void RegisterExceptionMethods(BuiltinRegistry& r);   // exceptions.cc
void RegisterGeneratorMethods(BuiltinRegistry& r);   // generators.cc
void RegisterSetModule(BuiltinRegistry& r);          // set_methods.cc
void RegisterQueueModule(BuiltinRegistry& r);        // queue_module.cc
void RegisterArrayModule(BuiltinRegistry& r);        // array_module.cc
void RegisterWeakrefModule(BuiltinRegistry& r);      // weakref_module.cc

// time.sleep's body, shared with the lab's io(): blocks for a number of seconds
// in 0..3600 with the GIL released, and records the thread's wait for it after.
Object* SleepFor(BuiltinCall& call);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_INTERP_BUILTINS_H_
