// gillab/runtime/interp/thread_context.h — the interpreter's own structures.
//
// Internal to runtime/interp: what the eval loop (eval.cc), calls (call.cc), the
// builtins (builtins.h, modules/) and threads (threads.cc) share. A loaded
// function is a Code; a running thread is a ThreadContext, which owns its value
// stack (an arena of slots that frames take in turn), its error and its
// traceback; a thread the program started is a Started.
//
// Ownership on the value stack: every slot holds a reference the frame owns.
// An instruction that pops a value either passes that reference on (STORE_FAST,
// a call's arguments, which become the callee's locals) or drops it. An error
// that a handler of the frame catches cuts the stack to the handler's depth
// (dropping what is above it); one that none catches unwinds the frame: what is
// on the stack and in the locals is dropped, and the caller sees null.
#ifndef GILLAB_RUNTIME_INTERP_THREAD_CONTEXT_H_
#define GILLAB_RUNTIME_INTERP_THREAD_CONTEXT_H_

#include <climits>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/synchronization/notification.h"
#include "base/eval_breaker.h"
#include "base/stack_thread.h"
#include "gil/gil.h"
#include "gil/trace.h"
#include "runtime/bytecode/code.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/quicken.h"
#include "runtime/memory/object.h"
#include "runtime/memory/thread_state.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/lock_object.h"

namespace gillab {

struct MethodDef;  // builtins.h

// Generators (generators.cc).
extern const TypeObject kGeneratorType;
inline bool IsGenerator(const Object* ob) { return IsType(ob, kGeneratorType); }

// Value-stack slots per thread: locals and operands of every active frame.
inline constexpr std::size_t kArenaSlots = 1 << 16;
// The C stack of the threads Run starts (the program's main thread) and of those
// a program starts, for the C frames of nested Python calls: CPython's 1,000
// frames with room to spare in every build, the sanitizers' included (the
// system's default 8 MB is not, there). Reserved address space; only what is
// used is ever touched.
inline constexpr std::size_t kRunThreadStackBytes = std::size_t{64} << 20;
inline constexpr std::size_t kStartedThreadStackBytes = std::size_t{32} << 20;

struct Interpreter::Code {
  std::string name;
  std::string qualname;    // for messages: "outer.<locals>.inner"
  int num_params = 0;      // incoming slots: the parameters, *args's, **kwargs's
  int num_positional = 0;  // the parameters before the keyword-only ones
  int num_kwonly = 0;      // those between them and *args (spec->kwonly)
  bool varargs = false;
  bool varkw = false;
  // num_params for a function without *args or **kwargs, -1 otherwise: a call
  // with exactly that many arguments binds them as they are (Call's fast path).
  int fast_arity = -1;
  int num_locals = 0;
  // Cells follow the locals in the frame: the function's cellvars, then its
  // freevars, which a call passes after the arguments (Eval's `args`), taken
  // from the function's closure. num_slots = locals + cells.
  int num_cells = 0;
  int num_free = 0;
  int num_slots = 0;
  std::vector<int> cell_params;  // per cellvar: the parameter it starts as, or -1
  int stack_size = 0;
  std::vector<Instr> code;
  std::vector<Object*> consts;  // immortal
  std::vector<std::string> names;
  // names as str objects (immortal), the method's alone for "m:a,b": what
  // LOAD_ATTR and a method call on an instance look up
  std::vector<Object*> attr_names;
  // names, resolved: every method of that name (CALL_METHOD picks by type)
  std::vector<std::span<const MethodDef* const>> methods;
  std::vector<std::vector<std::string>> kwnames;  // names, split at commas (CALL_KW)
  bool generator = false;  // a call makes a generator (fast_arity is then -1)
  const FunctionSpec* spec = nullptr;
  std::vector<Instr> quick;  // `code` with superinstructions (quicken.h)
  std::vector<Fused> fused;
};

struct Interpreter::ThreadContext {
  int index = 0;
  ThreadState* ts = nullptr;
  GilThread* gt = nullptr;
  ThreadTrace* trace = nullptr;  // GIL events; null when not tracing
  EvalBreaker* breaker = nullptr;
  const Code* function = nullptr;  // what the thread runs (checked by Run)
  int ticks = INT_MAX;
  int ticks_set = INT_MAX;  // what ticks was last set to (its countdown's start)
  std::int64_t polls = 0;   // passed so far, counted with a poll budget only
  // Object locks are on (ThreadState::object_locks()) and other threads of the
  // program may read its globals: values stored are marked shared, and read with
  // TryIncrefCompare (ShareGlobals).
  bool shared_globals = false;
  int depth = 0;
  // The lowest address a frame may start at (ThreadMain: the thread's stack, less
  // a margin): below it a call raises RecursionError, whatever the frames' size
  // (large in unoptimised and sanitizer builds), before the C stack overflows.
  const char* stack_limit = nullptr;
  std::int64_t instructions = 0;
  ErrorSink err;                    // the error that is unwinding, "TypeError: ..."
  std::vector<TraceFrame> frames;   // unwound by the error, innermost first
  std::vector<Object*> with_locks;  // taken by WITH_ENTER, innermost last
  // The exceptions being handled (caught, their handler not yet left: CPython's
  // sys.exc_info() stack), innermost last, each with the traceback it had when
  // caught (a re-raise restores it).
  struct Handled {
    Object* exc;  // a reference
    std::vector<TraceFrame> frames;
    int depth;  // the depth of the frame that caught it (tc.depth there)
  };
  std::vector<Handled> handled;
  bool reraise = false;  // a re-raise set `frames`: the error label adds none
  // The context of the text error unwinding (the exception it was raised while
  // handling), until it is made an object (NoteContext); a reference, or null.
  Object* error_context = nullptr;
  // The error must end the thread, whatever handlers it meets (the harness's
  // budget ran out).
  bool uncatchable = false;
  Started* started = nullptr;  // for threads started by the program
  // Its Thread (a reference): set by StartThread, or made by current_thread().
  Object* thread_object = nullptr;
  const std::string* thread_name = nullptr;  // ThreadMain's result.name
  bool daemon = false;
  // A daemon thread's pointer to Interpreter::daemons_exit_; null otherwise.
  const std::atomic<bool>* daemons_exit = nullptr;
  bool killed = false;  // ended as a daemon at exit (TakeInterrupt): report nothing
  std::vector<std::int64_t> blocking_latency_ns;
  std::unique_ptr<Object*[]> arena;
  std::size_t arena_used = 0;
};

// A thread the program started (Thread.start()): what the Thread object's handle
// points at. Owned by the interpreter until Run has joined it.
struct Interpreter::Started {
  ThreadContext tc;
  ThreadResult result;
  absl::Notification done;  // the thread has run to its end
  // Joined by the first Thread.join() (so that a program starting thousands of
  // threads one after another keeps no finished thread's stack), or at the end
  // of Run.
  absl::Mutex join_mu;
  StackThread thread ABSL_GUARDED_BY(join_mu);
  bool refused ABSL_GUARDED_BY(join_mu) = false;  // the system gave no thread
  bool joined_at_end = false;  // JoinStarted's own (only it reads and writes it)
};

// Releases the locks of the `with` blocks entered after the first `keep`,
// innermost first, as their __exit__ would: a frame's end, a handler, a thread
// that ran out of memory.
inline void ReleaseWithLocks(Interpreter::ThreadContext& tc, std::size_t keep) {
  while (tc.with_locks.size() > keep) {
    LockRelease(tc.with_locks.back());
    tc.with_locks.pop_back();
  }
}

inline bool Interpreter::HandlingInFrame(const ThreadContext& tc) {
  return !tc.handled.empty() && tc.handled.back().depth == tc.depth;
}

// Raises a Python exception in the thread: records it and returns null.
inline Object* Raise(Interpreter::ThreadContext& tc, std::string_view type,
                     std::string_view message) {
  return tc.err.Raise(type, message);
}

// A constant of the program as an object. NEW reference.
Object* ConstantObject(const Constant& c);

template <typename F>
void Interpreter::Blocking(ThreadContext& tc, bool record, F&& block) {
  gil_.ReleaseForBlocking(*tc.gt);
  tc.ts->BeginBlocking();
  block();
  const std::int64_t ready = MonotonicNanos();
  tc.ts->EndBlocking();
  gil_.AcquireAfterBlocking(*tc.gt);
  if (record) tc.blocking_latency_ns.push_back(MonotonicNanos() - ready);
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_INTERP_THREAD_CONTEXT_H_
