// gillab/runtime/interp/finalizers.cc — __del__, weakref callbacks, and what a
// program's end finalizes.
//
// Notes on the design
// -------------------
// A finalizer runs wherever the last reference to its object goes: in the
// middle of an instruction (STORE_FAST replacing a local, a list's item
// replaced), while an exception unwinds (a frame's locals dropped), inside
// another finalizer. CPython runs it there, on the thread that dropped the
// reference, and so does gillab: the object's dealloc (gc.h's
// CallFinalizerFromDealloc) calls class_object.h's finalize hook, which lands
// in RunFinalizer below. What the thread was doing must not notice, so
// CallUnraisable sets aside the thread's error state (the error unwinding, its
// traceback, its context), runs the call with a clean one, and puts it back.
// What the call raises does not propagate: CPython prints it ("Exception
// ignored in: <function A.__del__ at 0x...>" and the traceback) and goes on;
// gillab hands it to InterpreterOptions::unraisable.
//
// Where Python code cannot run (with the world stopped, while the collector
// frees garbage), the memory layer queues the call instead, and the eval
// loop's next poll point runs it (kFinalizers, gc.h).
//
// At the end of a script, CPython 3.11 finalizes the module (Python/pylifecycle.c's
// finalize_modules): a collection first (cycles the program dropped are
// finalized and freed), then the module's dict: the instances it holds are
// finalized in its order, and then freed with what they hold (a list's items
// last to first, as list_dealloc drops them). FinalizeAtExit (threads.cc) does
// the same, after every thread the program started has ended, with the order
// the module's code binds its names in for the dict's (GlobalsInBindingOrder:
// a name bound first by a function called early comes later than in CPython).
#include <string>
#include <utility>
#include <vector>

#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/weakref_object.h"

namespace gillab {

namespace {

// "<function A.__del__ at 0x7f...>", as CPython's unraisable hook names a
// function; repr() of anything else.
std::string Describe(const Object* callee) {
  if (!IsFunction(callee)) return Repr(callee);
  const auto* code = static_cast<const Interpreter::Code*>(AsFunction(callee)->code);
  std::string out = "<function " + code->qualname + " at ";
  AppendAddress(callee, &out);
  return out + ">";
}

}  // namespace

template <typename F>
void Interpreter::CallUnraisable(ThreadContext& tc, const Object* callee, F&& call) {
  // A thread being ended (its budget spent, a daemon at exit) runs no more.
  if (tc.uncatchable || tc.killed) return;
  ErrorSink saved_err;
  saved_err.Swap(tc.err);
  std::vector<TraceFrame> saved_frames = std::exchange(tc.frames, {});
  Object* saved_context = std::exchange(tc.error_context, nullptr);
  const bool saved_reraise = std::exchange(tc.reraise, false);
  Object* r = call();
  if (r == nullptr) {
    ThreadResult result;
    result.name = tc.thread_name != nullptr ? *tc.thread_name : "";
    DescribeUncaught(tc, &result);
    result.chain.clear();  // CPython's unraisable hook prints no chained exception
    result.traceback.assign(tc.frames.rbegin(), tc.frames.rend());
    result.error = result.exception;
    if (options_.unraisable) options_.unraisable(result, Describe(callee));
  }
  XDecRef(r);
  XDecRef(std::exchange(tc.error_context, saved_context));
  tc.frames = std::move(saved_frames);
  tc.reraise = saved_reraise;
  tc.err.Swap(saved_err);  // saved_err now holds what the call left: dropped
}

void Interpreter::RunFinalizer(ThreadContext& tc, Object* self) {
  Object* del = ClassLookup(ClassOf(self), dunders_.del);
  if (del == nullptr || IsNone(del)) {
    XDecRef(del);
    return;
  }
  CallUnraisable(tc, del, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    Object* argv[1] = {NewRef(self)};
    return Call(tc, del, argv, 1);
  });
  DecRef(del);
}

void Interpreter::RunGeneratorFinalizer(ThreadContext& tc, Object* gen) {
  CallUnraisable(
      tc, gen, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS { return GeneratorClose(tc, gen); });
}

void Interpreter::RunWeakrefCallback(ThreadContext& tc, Object* callback,
                                     Object* weakref) {
  CallUnraisable(tc, callback, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    Object* argv[1] = {NewRef(weakref)};
    return Call(tc, callback, argv, 1);
  });
}

}  // namespace gillab
