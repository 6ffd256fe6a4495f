// gillab/runtime/interp/interpreter.h — running bytecode on several threads under a GIL.
//
// An Interpreter loads one verified program into a Runtime and runs its functions
// on threads, each with its own thread state, under the Gil it was given. The
// eval loop (interpreter.cc) is one dispatch function, a `switch` over opcodes,
// instantiated for each poll policy (and with or without the instruction trace).
//
// Poll points. The loop checks its thread's eval breaker (base/eval_breaker.h)
// only at poll points, and where they are is a policy, because it decides which
// races a GIL lets through:
//   every-instruction    before every instruction (CPython 2's ticks, with the
//                        old GIL's 100-tick interval on top);
//   backedges-and-calls  on entry to a function and on every backward jump
//                        (CPython 3.10+). A thread can then only lose the GIL
//                        between `LOAD_GLOBAL counter` and `STORE_GLOBAL counter`
//                        if there is a call or a loop edge between them.
// At a poll point with something to do, the thread parks for a stop-the-world,
// merges its biased-refcount queue, raises KeyboardInterrupt after Ctrl-C
// (Interrupt) or RuntimeError past a poll budget, and drops the GIL if asked (or
// if the strategy's tick interval is up), in that order.
//
// Threads. Run starts the threads it is given; a running program may start more
// (Thread(target=f, args=(...)).start(), as Python's threading does), and Run
// returns once every thread has finished, the started ones included, as Python
// waits for its non-daemon threads. Daemon threads (Thread(daemon=True)) are
// then ended, as Python's are at exit: each raises an uncatchable SystemExit at
// its next poll point or blocking wait, which ends it silently. join() waits
// with the GIL released.
//
// Errors. A runtime error ends its thread (there is no try/except) with a
// traceback: the frames it unwound, each with its function and source line.
// Locks taken by `with` (WITH_ENTER) in an unwound frame are released, as
// __exit__ would.
//
// Blocking builtins (sleep, io, and Lock.acquire when the lock is taken) release
// the GIL and mark the thread blocking, as CPython's Py_BEGIN_ALLOW_THREADS does;
// the time from the end of the blocking call until the thread runs bytecode again
// is recorded (ThreadResult::blocking_latency_ns): that is the convoy effect's
// measure.
//
// Objects: constants, module-level functions and builtins are immortal (PEP
// 683), as CPython 3.13's free-threaded build makes code constants, so threads
// sharing them do not contend on their counts (nested functions and lambdas are
// made at run time, and mortal). Globals and cells are shared slots, written
// with an atomic exchange: without a GIL, `counter = counter + 1` from two
// threads loses updates but is not undefined behaviour in the C++ sense. Lists and dicts
// have no per-object locks: without a GIL, sharing one between threads without a Lock is
// the program's race (the labs show what it does).
#ifndef GILLAB_RUNTIME_INTERP_INTERPRETER_H_
#define GILLAB_RUNTIME_INTERP_INTERPRETER_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "base/enum_names.h"
#include "base/eval_breaker.h"
#include "gil/gil.h"
#include "gil/trace.h"
#include "runtime/bytecode/code.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/object.h"

namespace gillab {

struct MethodDef;  // builtins.h

enum class PollPolicy : std::uint8_t { kEveryInstruction, kBackedgesAndCalls };
// The policies' names, as --poll= takes them.
inline constexpr EnumNames<PollPolicy, 2> kPollPolicyNames{
    {"every-instruction", "backedges-and-calls"}};
inline const char* PollPolicyName(PollPolicy policy) {
  return kPollPolicyNames.Name(policy);
}
// False (and *policy left alone) for anything but a policy's name.
inline bool ParsePollPolicy(std::string_view name, PollPolicy* policy) {
  return kPollPolicyNames.Parse(name, policy);
}
// "every-instruction, backedges-and-calls"
inline std::string PollPolicyChoices() { return kPollPolicyNames.Choices(); }

struct ThreadResult;

struct InterpreterOptions {
  PollPolicy poll = PollPolicy::kBackedgesAndCalls;
  // Print each instruction as it runs, to `trace_out` (stderr when null):
  // "[t1] worker     7  LOAD_GLOBAL counter".
  bool trace_instructions = false;
  std::FILE* trace_out = nullptr;
  // Where print() sends its text (the line and its `end`, "\n" unless the call
  // says otherwise); stdout when empty. Calls are serialized.
  std::function<void(std::string_view)> print;
  // What print(flush=True) calls after printing; fflush(stdout) when empty.
  std::function<void()> flush;
  // Called, by the failing thread, when a thread started by the program
  // (Thread.start) ends with an error; Python prints "Exception in thread ...".
  // Null: the error is only in Run's results.
  std::function<void(const ThreadResult&)> thread_error;
  // Called, by the thread that ran it, when a finalizer (__del__) or a weakref
  // callback raised: CPython prints "Exception ignored in: <where>" and the
  // traceback to stderr, and the program goes on. `where` is "<function
  // A.__del__ at 0x...>". Null: not reported.
  std::function<void(const ThreadResult&, std::string_view where)> unraisable;
  // With a positive value, each thread may pass this many poll points (back edges
  // and calls; every instruction with kEveryInstruction), give or take
  // kBudgetCheckEvery, and then raises RuntimeError ("budget exhausted"): how a
  // fuzzer runs programs that may loop forever. 0: no budget.
  std::int64_t poll_budget = 0;
  // Frames deeper than this (the module's counted) raise RecursionError:
  // CPython's default, sys.getrecursionlimit(). sys.setrecursionlimit changes
  // it for the run. Whatever the limit, a call that would leave too little of
  // the thread's C stack raises RecursionError too (never a stack overflow).
  int recursion_limit = 1000;
  // Under the explorer (explore/explorer.h): every poll point is a schedule point,
  // where a GIL switch may happen, named after the instruction that follows
  // ("LOAD_GLOBAL counter") and passed with the GIL released, so that whichever
  // thread the explorer runs next can take it. The threads must be the
  // explorer's (RunOnThisThread); Thread.start() raises RuntimeError.
  bool explored = false;
};

// One thread to run: a function of the program and its arguments.
struct ThreadSpec {
  std::string function;
  std::vector<Constant> args;
  std::string name;  // for traces; "t<index> <function>" when empty
};

// One frame of a traceback.
struct TraceFrame {
  std::string function;
  int line = 0;  // source line (0: none recorded)
  std::size_t pc = 0;
  std::string instruction;  // "BINARY_FLOOR_DIVIDE"
};

// An exception printed before the one a traceback ends with: its cause
// (`raise ... from`) or the one being handled when it was raised (its context),
// as Python prints chained exceptions.
struct ChainedException {
  std::string exception;              // "KeyError: 'x'"
  std::vector<TraceFrame> traceback;  // outermost frame first; empty: never raised
  bool cause = false;                 // the next one was raised from it
};

struct ThreadResult {
  std::string name;  // the spec's name, or "Thread-1 (worker)" for started ones
  bool ok = false;
  std::string value;      // repr() of the return value, when ok
  std::string error;      // "ZeroDivisionError: ... (in function 'f', instruction 4)"
  std::string exception;  // "ZeroDivisionError: integer division or modulo by zero"
  std::vector<TraceFrame> traceback;    // outermost frame first, when !ok
  std::vector<ChainedException> chain;  // printed before it, the first first
  std::int64_t instructions = 0;        // executed by this thread
  std::int64_t gil_acquisitions = 0;
  std::int64_t forced_switches = 0;  // GIL drops on another thread's request
  std::int64_t wait_timeouts = 0;    // switch intervals waited in vain
  // For each sleep()/io(): from the end of the blocking call until the thread
  // held the GIL again.
  std::vector<std::int64_t> blocking_latency_ns;
  std::int64_t elapsed_ns = 0;  // thread start to finish
};

class Interpreter {
 public:
  // Requires: `runtime` and `gil` outlive the interpreter; the calling thread is
  // attached to `runtime` and is the one that destroys the interpreter.
  Interpreter(Runtime& runtime, Gil& gil, InterpreterOptions options = {});
  // Frees the program's constants, functions and globals.
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Verifies `program` (verifier.h) and loads it: constants and functions become
  // objects, globals get their initial values. Requires: called once, before Run.
  absl::Status Load(ProgramSpec program);

  // Runs each spec on a thread of its own, all started together, and blocks until
  // every one has finished, and every thread those started too. With a tracer,
  // each thread's GIL events go to a buffer of it (one row per thread, in order).
  // Returns one result per thread: the specs' in order, then the started ones in
  // the order they started. Returns InvalidArgument, running nothing, if a
  // function is unknown or gets the wrong number of arguments.
  // Requires: Load succeeded; no other Run is in progress; while it runs, no
  // thread but the program's touches the program's objects (its only thread
  // marks nothing shared and, with object locks, elides them).
  absl::StatusOr<std::vector<ThreadResult>> Run(const std::vector<ThreadSpec>& threads,
                                                GilTracer* tracer = nullptr);

  // Runs `spec` on the calling thread, as thread `index` of a program with other
  // threads (its globals are shared as Run shares them): Run's work for one
  // thread, on a thread the caller made (the explorer's workers). Blocks until the
  // function returns. Returns its result; InvalidArgument, running nothing, as
  // Run. Requires: Load succeeded; the calling thread is not attached to the
  // runtime; the function starts no threads.
  absl::StatusOr<ThreadResult> RunOnThisThread(const ThreadSpec& spec, int index);

  // Ctrl-C: raises KeyboardInterrupt in the main thread (Run's first) at its next
  // poll point, or within kInterruptCheck if it is joining a thread or sleeping;
  // with `every_thread`, or once the main thread has ended, in every thread of
  // the runtime. Any thread may call it (it locks: not from a signal handler).
  void Interrupt(bool every_thread) ABSL_LOCKS_EXCLUDED(interrupt_mu_);
  static constexpr absl::Duration kInterruptCheck = absl::Milliseconds(20);

  // Makes the builtin stopped() return True (any thread may call it).
  void RequestStop() { stop_.store(true, std::memory_order_relaxed); }
  bool stop_requested() const { return stop_.load(std::memory_order_relaxed); }

  // A global's value after Run: its repr, or its int value; nullopt when the name
  // is unknown, unbound, or (GlobalInt) not an int. Requires: no Run in progress.
  std::optional<std::string> GlobalRepr(std::string_view name) const;
  std::optional<std::int64_t> GlobalInt(std::string_view name) const;
  // Binds global `name` to the int `value`. Returns false when there is no such
  // global. Requires: no Run in progress; the calling thread is attached.
  bool SetGlobalInt(std::string_view name, std::int64_t value);

  const ProgramSpec& program() const { return program_; }
  Runtime& runtime() const { return runtime_; }
  Gil& gil() const { return gil_; }
  const InterpreterOptions& options() const { return options_; }
  // The run's recursion limit: options().recursion_limit until a program calls
  // sys.setrecursionlimit. Any thread may call either.
  int recursion_limit() const { return recursion_limit_.load(std::memory_order_relaxed); }
  void set_recursion_limit(int limit) {
    recursion_limit_.store(limit, std::memory_order_relaxed);
  }

  // Internal (thread_context.h).
  struct Code;
  struct ThreadContext;
  struct Started;

 private:
  friend class BuiltinCall;  // builtins reach the interpreter's services through it

  // A frame that goes on at a handler (Eval's error label): its locals (the
  // frame in the arena, or a generator's), its stack's top, the handler's pc, its `with`
  // base; `caught`: the resumed run stopped at another handler (then sp and target say
  // where), rather than returning. A generator's frame (generators.cc) runs resumed too,
  // from its start or its last yield: `yielded`, its YIELD_VALUE suspended it (sp and
  // target say where it goes on); `throw_in`, the thread's error is raised at entry, by
  // the instruction before `target` (gen.throw()).
  struct Resumed {
    Object** locals;
    Object** sp;
    int target;
    std::size_t with_base;
    bool caught;
    bool yielded = false;
    bool throw_in = false;
  };
  // Runs `code` in a new frame with `args` (NEW references: the frame's), or,
  // with `resumed`, the frame it names from its handler on (args unused).
  // kCounts: the refcount mode IncRef and DecRef test first (refcount.h).
  template <PollPolicy kPolicy, bool kTrace, RefcountMode kCounts>
  Object* Eval(ThreadContext& tc, const Code& code, Object** args, Resumed* resumed)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  using EvalFn = Object* (Interpreter::*)(ThreadContext&, const Code&, Object**,
                                          Resumed*);
  // Eval's error label, when a handler caught: runs the frame on from `r`, in
  // activations of Eval, until it returns or raises past its handlers.
  template <PollPolicy kPolicy, bool kTrace, RefcountMode kCounts>
  [[gnu::noinline, gnu::cold]] Object* RunFromHandlers(ThreadContext& tc,
                                                       const Code& code, Resumed* r)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);

  // Runs `body` (with the GIL held; it returns a new reference or null) as the
  // whole life of thread `tc`, and fills `result`.
  template <typename F>
  void ThreadMain(ThreadContext& tc, ThreadResult& result, F&& body);
  // Marks every global's value shared (ShareWithThreads, object_ops.h: a list's
  // or dict's contents too) and sets globals_shared_:
  // called before a second thread of the program can run, so that until then
  // globals cost a lone thread no atomic flag and no conditional increment.
  void ShareGlobals();
  // Thread.start() (which also ends the starting thread's lock elision) and
  // Thread.join().
  Object* StartThread(ThreadContext& tc, Object* thread)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  Object* JoinThread(ThreadContext& tc, Object* thread)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // Thread.is_alive(): started and not yet ended (an adopted Thread: always).
  bool ThreadIsAlive(Object* thread);
  // threading.current_thread(): the running thread's Thread, BORROWED (made
  // the first time for a thread the program did not start).
  Object* CurrentThread(ThreadContext& tc);
  // Waits for every started thread, including ones started while it waits: the
  // non-daemon ones, then (daemons_exit_ set) the daemon ones.
  void JoinStarted(std::vector<ThreadResult>& results) ABSL_LOCKS_EXCLUDED(started_mu_);
  // Joins the started threads not yet joined that are daemons (or not); false
  // when there were none.
  bool JoinSome(std::vector<ThreadResult>& results, bool daemons, std::size_t* next)
      ABSL_LOCKS_EXCLUDED(started_mu_);
  // At a poll point; `next`: the instruction about to run (for the explorer).
  // Returns false when it raised: KeyboardInterrupt (Interrupt), or RuntimeError
  // past the poll budget.
  // WITH_ENTER and lock.acquire() on a lock that LockTryAcquire found taken:
  // waits for it, at most `timeout`, with the GIL released. 1 once taken, 0
  // when the timeout passed; -1 with the error raised: the wait was interrupted
  // (KeyboardInterrupt, or a daemon thread's end), or the lock was freed
  // meanwhile (a deliberate refcount race; `what` names the call in the report).
  [[gnu::noinline]] int AcquireBlocking(ThreadContext& tc, Object* lock,
                                        absl::Duration timeout, const char* what)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  bool HandleEvalBreaker(ThreadContext& tc, const Code& code, std::size_t next)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // Whether a KeyboardInterrupt is pending for tc (Interrupt), or its end if it
  // is a daemon thread and daemons_exit_ is set; TakeInterrupt also clears it
  // and raises it (the end: an uncatchable SystemExit), then returns true.
  static bool InterruptPending(const ThreadContext& tc);
  static bool TakeInterrupt(ThreadContext& tc);
  // The function a spec names, checked against its arguments (Run's errors).
  absl::StatusOr<const Code*> EntryOf(const ThreadSpec& spec) const;
  // "t<index> <function>", or the spec's own name.
  static std::string ThreadName(const ThreadSpec& spec, int index);
  // Thread tc's whole life (ThreadMain): spec's function, called with its
  // arguments. Requires: tc.function is EntryOf(spec).
  void RunSpec(ThreadContext& tc, const ThreadSpec& spec, ThreadResult& result);
  // Restarts tc's countdown (tc.ticks, from tc.ticks_set) of the polls until the
  // next HandleEvalBreaker when the breaker stays clear: the GIL's yield interval,
  // with object locks at most kQuiescentEveryPolls, and with a poll budget at
  // most kBudgetCheckEvery.
  static constexpr int kQuiescentEveryPolls = 256;
  static constexpr int kBudgetCheckEvery = 64;  // with InterpreterOptions::poll_budget
  void RestartTicks(ThreadContext& tc) const;
  Object* Call(ThreadContext& tc, Object* callee, Object** args, int nargs)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // A call with keywords: the last kwnames.size() of `args` are their values.
  // Also every call of a function that needs more than its arguments (defaults
  // to fill in, a closure to pass: Call's slow path).
  Object* CallKw(ThreadContext& tc, Object* callee, Object** args, int nargs,
                 const std::vector<std::string>& kwnames)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // CALL_FUNCTION_EX: callee(*positional, **keywords), a list and a dict (or
  // null). Arguments are BORROWED.
  Object* CallUnpacked(ThreadContext& tc, Object* callee, Object* positional,
                       Object* keywords) ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // A builtin (builtins.cc): the keywords, if any, are the last kwnames->size()
  // of `args`, after `nargs` positional ones. Arguments are BORROWED.
  Object* CallBuiltin(ThreadContext& tc, Builtin id, Object** args, int nargs,
                      const std::vector<std::string>* kwnames = nullptr)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // obj.name(args), `name` being code's names[k]: the method of `self`'s
  // built-in type among code.methods[k] (every method called `name`); for an
  // instance, a class or super(), the attribute called (CallAttribute); else
  // AttributeError. Keywords as CallBuiltin's. Arguments are BORROWED.
  Object* CallMethod(ThreadContext& tc, const Code& code, std::size_t k, Object* self,
                     Object** args, int nargs,
                     const std::vector<std::string>* kwnames = nullptr)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);

  // --- Classes (classes.cc) ---------------------------------------------------
  // getattr(ob, name), `name` a str: an instance's __dict__ or slot, then its
  // class's attributes (a function comes bound: a method object); a class's
  // attributes, its bases' included; super()'s from the base on. NEW reference,
  // or null with AttributeError (CPython's messages).
  Object* GetAttr(ThreadContext& tc, Object* ob, Object* name)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // ob.name = value (value BORROWED); false with AttributeError or TypeError.
  bool SetAttr(ThreadContext& tc, Object* ob, Object* name, Object* value)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // del ob.name; false with AttributeError.
  bool DelAttr(ThreadContext& tc, Object* ob, Object* name)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // BUILD_CLASS, in class body `code` (see code.h). NEW reference, or null with
  // TypeError (a base that is not a class, bad __slots__).
  Object* BuildClass(ThreadContext& tc, const Code& code, Object** locals, Object** cells)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // Calls class `cls`: a built-in class's constructor, or a new instance with
  // its __init__ run. As CallKw: takes the arguments' references.
  Object* CallClass(ThreadContext& tc, Object* cls, Object** args, int nargs,
                    const std::vector<std::string>& kwnames)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // self.name(args) for an instance, a class or super() `self`, which is
  // argv[-1]: takes the references of self and of the arguments (argv[-1] may
  // be overwritten). Keywords as CallKw's.
  Object* CallAttribute(ThreadContext& tc, Object* name, Object** argv, int nargs,
                        const std::vector<std::string>& kwnames)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // type(ob): its class, or the built-in class of its type. BORROWED.
  Object* TypeOf(const Object* ob) const;
  // The dunder names CallClass, len() and the hooks look up (Name() objects).
  struct Dunders {
    Object* init = nullptr;
    Object* repr = nullptr;
    Object* str = nullptr;
    Object* eq = nullptr;
    Object* hash = nullptr;
    Object* len = nullptr;
    Object* iter = nullptr;
    Object* next = nullptr;
    Object* del = nullptr;
  };
  // Runs instance `self`'s `method` (a dunder, no arguments but `other`, if not
  // null) on the running thread: NEW reference; null with *found false when the
  // class has none, or with the error raised. For the hooks (class_object.h),
  // which run inside Repr, Equal and Hash: the eval loop calls those with the
  // GIL held, where the analysis cannot follow.
  Object* CallDunder(const Object* self, Object* method, const Object* other,
                     bool* found) ABSL_NO_THREAD_SAFETY_ANALYSIS;
  friend struct InstanceHookImpl;  // classes.cc
  // The program's attribute and method names, one str object per text (so that
  // a lookup in a __dict__ or a class's dict finds its key by identity, as
  // CPython's interned identifiers do): Load makes them (immortal); FindName
  // returns a BORROWED one, or null for a text the program does not name.
  Object* Name(const std::string& text);
  Object* FindName(std::string_view text) const;
  // sys.intern(s): the one str object the run keeps for s's text (s itself, the
  // first time). NEW reference.
  Object* Intern(Object* s) ABSL_LOCKS_EXCLUDED(intern_mu_);
  // --- Exceptions (exceptions.cc) ---------------------------------------------
  // The built-in exception classes (code.h's BuiltinExceptions), made by Load:
  // classes as a user's are, so that a program subclasses them.
  void MakeExceptionClasses();
  // A built-in exception class by name (BORROWED), or null.
  Object* ExceptionClass(std::string_view name) const;
  bool IsExceptionClass(const Object* ob) const;
  bool IsException(const Object* ob) const;
  // The error unwinding in `tc` as an exception object, a text error made one
  // (its class by name, its message the argument), with the context noted for
  // it. NEW reference, moved out of the thread's error.
  Object* TakeException(ThreadContext& tc);
  // Raises exception `exc` (stolen) in `tc` (its context, the one being
  // handled, is noted by the error label: NoteContext). Returns null.
  Object* RaiseException(ThreadContext& tc, Object* exc);
  // RAISE_VARARGS: `value` (an exception or its class) from `cause` (null:
  // none). Always false, with the exception (or a TypeError) raised.
  bool RaiseValue(ThreadContext& tc, Object* value, Object* cause)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // `v` as an exception to raise (NEW): itself, or its class called without
  // arguments; null with TypeError ("`what` must derive from BaseException").
  Object* ExceptionInstance(ThreadContext& tc, Object* v, const char* what)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // RAISE_VARARGS 0 and RERAISE: the handled exception again, with the
  // traceback it was caught with (the error label then adds no frame).
  bool Reraise(ThreadContext& tc, Object* exc, bool pop_handled);
  // CHECK_EXC_MATCH: 1 if `exc` is an instance of `type` (a class or a tuple of
  // them), 0 if not, -1 with TypeError for a type that is no exception class.
  int ExceptionMatches(ThreadContext& tc, Object* exc, Object* type);
  // The exception opcodes' bodies (Eval's cases call them). RAISE_VARARGS:
  // raises with args[0..n) (stolen), n 0 to 2. CHECK_EXC_MATCH: sp[-2] the
  // exception, sp[-1] the class (or classes) replaced by the match, a bool;
  // false with TypeError. POP_EXCEPT. RERAISE: `exc` (stolen) again.
  [[gnu::cold, gnu::noinline]] void RaiseVarargs(ThreadContext& tc, Object** args, int n)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  [[gnu::cold, gnu::noinline]] bool CheckExcMatch(ThreadContext& tc, Object** sp);
  [[gnu::cold, gnu::noinline]] static void PopExcept(ThreadContext& tc);
  [[gnu::cold, gnu::noinline]] void ReraiseTop(ThreadContext& tc, Object* exc);
  // At a handler: the error caught, as an object (NEW), now the one handled.
  Object* Catch(ThreadContext& tc, const Handler& h);
  // Eval's error label: notes the frame in the traceback (and the error's
  // context), then looks for a handler of `code` at `pc`. If there is one, cuts
  // the value stack [stack_base, sp) to its depth, releases the locks the
  // frame's `with` blocks took since, pushes the exception caught and returns
  // the new sp, with the handler's pc in *target; else null (the frame unwinds).
  Object** Unwinding(ThreadContext& tc, const Code& code, std::size_t pc, Object** sp,
                     Object** stack_base, std::size_t with_base, int* target);
  // Ends the handling of tc.handled[to..] (POP_EXCEPT).
  static void PopHandled(ThreadContext& tc, std::size_t to);
  // Whether the running frame (at tc.depth) handles an exception, and ending
  // all it handles (its end). Each entry of tc.handled records its frame's
  // depth, so that a frame keeps no base of its own for them.
  static bool HandlingInFrame(const ThreadContext& tc);
  static void EndFrameHandling(ThreadContext& tc);
  // The index in tc.handled of the running frame's first entry (its size when
  // the frame has none).
  static std::size_t FrameHandledBase(const ThreadContext& tc);
  // A new error, raised while tc.handled is not empty: the one handled is its
  // context (Eval's error label, at the frame that raised it).
  void NoteContext(ThreadContext& tc);
  // CallClass's part for an exception class: its slots, from the call's
  // positional arguments (BORROWED), before __init__ runs.
  // StopIteration's also sets its `value`.
  void InitException(Object* exc, Object* const* args, int nargs);
  // The thread's uncaught error, for its ThreadResult: "Type: message" and the
  // exceptions chained before it.
  void DescribeUncaught(ThreadContext& tc, ThreadResult* result);
  // "ValueError: bad" (just "ValueError" when str() is empty).
  std::string ExceptionText(const Object* exc);
  friend struct ExceptionBuiltins;  // exceptions.cc
  // --- Generators and iteration (generators.cc) -----------------------------
  // A call of generator function `code`: a generator whose frame holds `args`
  // (as Eval's: NEW references, the parameters' then the closure's cells).
  // NEW reference.
  Object* NewGenerator(const Code& code, Object** args);
  // Runs generator `gen` on from where it stopped, with `sent` (BORROWED; null:
  // None) the value of the yield there, or with `throw_in` the thread's error
  // raised there. 1: it yielded *out; 0: it returned *out (it has finished);
  // -1: the error is raised (it has finished, unless it was running already or
  // the recursion limit stopped it). *out is a NEW reference.
  int GeneratorStep(ThreadContext& tc, Object* gen, Object* sent, bool throw_in,
                    Object** out) ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // GeneratorStep with `throw_in`, passed on first to the generator it
  // delegates to, if it is paused in `yield from` one (CPython's gen_throw).
  int ThrowStep(ThreadContext& tc, Object* gen, Object** out)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // gen.send(v) (next(gen) with None): the value yielded; null with the error,
  // StopIteration (its value the one returned) when the generator returned.
  // gen.throw(value) and gen.close(), as CPython's.
  Object* GeneratorSend(ThreadContext& tc, Object* gen, Object* sent)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  Object* GeneratorThrow(ThreadContext& tc, Object* gen, Object* value)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  Object* GeneratorClose(ThreadContext& tc, Object* gen)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // Raises StopIteration(value) (no argument for None); `value` is stolen.
  Object* RaiseStopIteration(ThreadContext& tc, Object* value);
  // Whether the error raised in `tc` is an instance of built-in exception class
  // `name` (or of a subclass); DropError forgets it (it was handled in C++).
  bool ErrorIs(ThreadContext& tc, std::string_view name);
  void DropError(ThreadContext& tc);
  // PEP 479: a StopIteration leaving a generator's frame becomes
  // "RuntimeError: generator raised StopIteration", caused by it (exceptions.cc).
  void StopIterationOut(ThreadContext& tc);
  // SEND: iter.send(v) (`v` stolen), next(iter) for an iterator other than a
  // generator (v must be None). As GeneratorStep's result.
  int SendTo(ThreadContext& tc, Object* iter, Object* v, Object** out)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // iter(ob) for GET_ITER, GET_YIELD_FROM_ITER and the builtins: a built-in
  // iterator is its own, and so is a generator unless `wrap_generators` (the
  // objects layer's iterators, enumerate's or zip's, read only built-in ones);
  // anything else through NewIterator. NEW reference, or null with the error
  // raised (TypeError "'int' object is not iterable", or __iter__'s own).
  Object* GetIter(ThreadContext& tc, Object* ob, bool wrap_generators = false);
  // After NewIterator(ob) returned null: raises TypeError "'int' object is not
  // iterable", unless ob's __iter__ raised (TakeIterError).
  [[gnu::cold, gnu::noinline]] static void NotIterable(ThreadContext& tc,
                                                       const Object* ob);
  // ob.__iter__() for an instance whose class defines it, checked to be an
  // iterator: a NEW reference, or null with the error raised; null with
  // *defined false (nothing raised) when the class has no __iter__.
  Object* CallDunderIter(ThreadContext& tc, Object* ob, bool* defined)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // next(it) for any iterator: a NEW reference; null with *ended at its end,
  // or with the error raised ("'list' object is not an iterator").
  Object* IterNext(ThreadContext& tc, Object* it, bool* ended)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // FOR_ITER on what is not the built-in iterator type (a generator): 1 with
  // the next item stored at sp[0]; 0 at its end, the iterator at sp[-1]
  // dropped; -1 with the error raised.
  [[gnu::noinline]] int ForIterSlow(ThreadContext& tc, Object** sp)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  // Points iter_object.h's hooks at the above (Load does, once per process).
  static void InstallIterHooks();
  friend struct IterHookImpl;  // generators.cc
  // Points class_object.h's hooks at CallDunder (Load does, once per process).
  static void InstallInstanceHooks();
  // --- Finalizers and weakref callbacks (finalizers.cc) -----------------------
  // r() for weakref `weakref`: the referent or None.
  Object* CallWeakref(ThreadContext& tc, Object* weakref, int nargs,
                      const std::vector<std::string>& kwnames);
  // self.__del__() and callback(weakref), run as CPython runs them: the
  // thread's error state kept aside, what they raise reported
  // (options_.unraisable) and dropped.
  void RunFinalizer(ThreadContext& tc, Object* self) ABSL_NO_THREAD_SAFETY_ANALYSIS;
  void RunWeakrefCallback(ThreadContext& tc, Object* callback,
                          Object* weakref) ABSL_NO_THREAD_SAFETY_ANALYSIS;
  // gen.close() for a generator freed while paused in a try block.
  void RunGeneratorFinalizer(ThreadContext& tc,
                             Object* gen) ABSL_NO_THREAD_SAFETY_ANALYSIS;
  friend struct GeneratorFinalizer;  // generators.cc
  // Calls `call` (a NEW reference, or null with an error) that way; `callee`
  // names it in the report.
  template <typename F>
  void CallUnraisable(ThreadContext& tc, const Object* callee, F&& call);
  // A class with __del__ was made, or a weakref with a callback: the program's
  // end must finalize what it leaves (FinalizeAtExit).
  void NoteFinalizers() { finalizers_used_.store(true, std::memory_order_relaxed); }
  // After Run's threads have ended, for a program run as a script: as CPython's
  // interpreter shutdown, collects the garbage (finalizers run), then runs the
  // finalizers of the instances the module's globals hold, and drops the
  // globals, both in GlobalsInBindingOrder, so that __del__ methods print what
  // python3 prints at exit.
  void FinalizeAtExit();
  // The globals in about the order a module's dict would hold them: as the
  // module's code first stores each, then those only functions store (`global
  // x` in a function), then the rest.
  std::vector<std::size_t> GlobalsInBindingOrder() const;
  // class_object.h's finalize hook and weakref_object.h's callback hook call
  // the above (InstallInstanceHooks installs them).
  // Releases the GIL around `block` (a blocking call); `record`: note the latency.
  template <typename F>
  void Blocking(ThreadContext& tc, bool record, F&& block)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(gil_);
  [[gnu::cold]] void NoteErrorPosition(ThreadContext& tc, const Code& code,
                                       std::size_t pc);
  void TraceInstruction(const ThreadContext& tc, const Code& code, std::size_t pc);
  // print()'s text, then with `flush` (print(flush=True)) options_.flush.
  void Print(std::string_view text, bool flush) ABSL_LOCKS_EXCLUDED(print_mu_);

  Runtime& runtime_;
  Gil& gil_;
  const InterpreterOptions options_;
  EvalFn eval_ = nullptr;
  ProgramSpec program_;
  bool loaded_ = false;
  std::vector<std::unique_ptr<Code>> codes_;
  std::vector<Object*> immortals_;         // constants, functions, builtins: freed by ~
  std::vector<Object*> function_objects_;  // by function index (MAKE_FUNCTION)
  // type(x) of the built-in types, and the classes `int`, `str`, ... name.
  std::array<Object*, kNumTypes> builtin_classes_{};
  Dunders dunders_;
  // The built-in exception classes by name, bases first (immortal).
  std::vector<std::pair<std::string_view, Object*>> exception_classes_;
  Object* base_exception_ = nullptr;
  std::unordered_map<std::string, Object*> names_;  // Name(); fixed once loaded
  absl::Mutex intern_mu_;
  Object* interned_ ABSL_GUARDED_BY(intern_mu_) = nullptr;  // a dict: text -> str
  std::unique_ptr<std::atomic<Object*>[]> globals_;
  // Whether the program runs, or has run, more than one thread: from then on,
  // with object locks, LOAD_GLOBAL reads may race with STORE_GLOBAL rebinding
  // (ShareGlobals), and threads lock what they lock (no elision). Set only
  // while one thread of this interpreter runs.
  std::atomic<bool> globals_shared_{false};
  std::atomic<bool> stop_{false};
  absl::Mutex print_mu_;
  absl::Mutex interrupt_mu_;
  // The main thread's breaker while it runs (Interrupt's target).
  EvalBreaker* main_breaker_ ABSL_GUARDED_BY(interrupt_mu_) = nullptr;
  // Interrupt reached every thread: so does it a thread attaching after it (set
  // before the breakers are, so that a thread is either among them or sees it).
  std::atomic<bool> interrupt_all_{false};
  // Every non-daemon thread has ended: the daemon ones must end (JoinStarted).
  std::atomic<bool> daemons_exit_{false};
  std::atomic<bool> finalizers_used_{false};  // NoteFinalizers
  GilTracer* tracer_ = nullptr;               // Run's, while it runs
  std::atomic<int> next_thread_index_{0};
  std::atomic<int> thread_counter_{0};  // for "Thread-N" names
  std::atomic<int> recursion_limit_{options_.recursion_limit};
  absl::Mutex started_mu_;
  // Threads started by the program during Run, joined by Run's end.
  std::vector<std::unique_ptr<Started>> started_ ABSL_GUARDED_BY(started_mu_);
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_INTERP_INTERPRETER_H_
