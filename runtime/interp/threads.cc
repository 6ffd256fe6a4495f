// gillab/runtime/interp/threads.cc — the threads a program runs on: Run's
// threads, and those the program starts (Thread.start()) and joins; each one's
// life from attaching to the runtime and taking the GIL to its result.
#include <pthread.h>

#include <algorithm>
#include <climits>
#include <latch>
#include <memory>
#include <new>
#include <string>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "runtime/interp/eval_support.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/lock_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/thread_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

// The calling thread's stack, less a margin for what runs below the deepest
// Python frame (builtins, repr's own bounded recursion): an eighth of it, at
// least 256 KB. Null when the system does not say (no limit then but the depth).
const char* StackLimit() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return nullptr;
  void* low = nullptr;
  std::size_t size = 0;
  const bool known = pthread_attr_getstack(&attr, &low, &size) == 0;
  pthread_attr_destroy(&attr);
  if (!known || low == nullptr) return nullptr;
  return static_cast<const char*>(low) + std::max<std::size_t>(size / 8, 256 << 10);
}

}  // namespace

template <typename F>
void Interpreter::ThreadMain(ThreadContext& tc, ThreadResult& result, F&& body) {
  const std::int64_t start = MonotonicNanos();
  ThreadScope scope(runtime_);
  ThreadState* ts = scope.state();
  GilThread gt(&ts->eval_breaker(), tc.trace);
  tc.ts = ts;
  const bool company = globals_shared_.load(std::memory_order_relaxed);
  tc.shared_globals = ts->object_locks() && company;
  // The program's only thread so far: nobody else can reach what it locks
  // (critical_section.h's lock elision), until it starts another (StartThread).
  if (!company && runtime_.options().elide_locks_while_alone) ts->ElideLocks();
  tc.gt = &gt;
  tc.breaker = &ts->eval_breaker();
  const eval_support::CurrentThread outer_thread = eval_support::current_thread;
  eval_support::current_thread = {this, &tc};
  if (tc.arena == nullptr) tc.arena = std::make_unique<Object*[]>(kArenaSlots);
  RestartTicks(tc);
  tc.stack_limit = StackLimit();
  tc.thread_name = &result.name;
  const bool main_thread = tc.started == nullptr && tc.index == 0;
  if (main_thread) {
    absl::MutexLock lock(&interrupt_mu_);
    main_breaker_ = tc.breaker;
  }
  // A daemon thread that attaches after JoinStarted told the daemons to end
  // (it was started, but had not run yet) is told here: the flag is set before
  // the breakers are, so it is either among them or sees the flag.
  if (interrupt_all_.load(std::memory_order_acquire) ||
      (tc.daemons_exit != nullptr && tc.daemons_exit->load(std::memory_order_acquire))) {
    tc.breaker->Set(EvalBreaker::kInterrupt);
  }

  ts->BeginBlocking();
  gil_.Acquire(gt);
  ts->EndBlocking();
  Object* r = nullptr;
  try {
    r = body();
  } catch (const std::bad_alloc&) {
    // Memory the system refused (the allocator's, Heap::Alloc, or a string or
    // vector the runtime grows): the thread ends with MemoryError instead of the
    // process with std::terminate.
    // Its frames were not unwound, so the references they held leak; the locks
    // its `with` blocks took are released, so that other threads can go on.
    ReleaseWithLocks(tc, 0);
    tc.frames.clear();
    XDecRef(std::exchange(tc.error_context, nullptr));
    Raise(tc, "MemoryError", "");
  }
  // What collections left for a poll point this thread did not reach.
  if (tc.breaker->IsSet(EvalBreaker::kFinalizers)) runtime_.gc().RunFinalizers();
  if (r == nullptr && tc.killed) {  // a daemon thread ended at exit: nothing to say
    XDecRef(tc.err.TakeException());
    tc.frames.clear();
    r = NewNone();
  }
  if (r != nullptr) {
    result.ok = true;
    result.value = Repr(r);
    DecRef(r);
  } else {
    DescribeUncaught(tc, &result);
    result.traceback.assign(tc.frames.rbegin(), tc.frames.rend());
    result.error = result.exception;
    if (!tc.frames.empty()) {
      const TraceFrame& f = tc.frames.front();
      result.error += " (in function '" + f.function + "', instruction " +
                      std::to_string(f.pc) + " (" + f.instruction + ")";
      if (f.line > 0) result.error += ", line " + std::to_string(f.line);
      result.error += ")";
    }
    if (tc.started != nullptr && options_.thread_error) {
      result.instructions = tc.instructions;
      options_.thread_error(result);
    }
  }
  XDecRef(std::exchange(tc.thread_object, nullptr));
  // What an error left (a MemoryError unwinds no frame).
  PopHandled(tc, 0);
  XDecRef(std::exchange(tc.error_context, nullptr));
  XDecRef(tc.err.TakeException());
  XDecRef(tc.err.TakeArg());
  ts->MergeQueuedObjects();
  eval_support::current_thread = outer_thread;
  gil_.Release(gt);
  if (main_thread) {
    absl::MutexLock lock(&interrupt_mu_);
    main_breaker_ = nullptr;  // freed with ts; Interrupt now reaches every thread
  }

  result.instructions = tc.instructions;
  result.gil_acquisitions = gt.acquisitions;
  result.forced_switches = gt.forced_switches;
  result.wait_timeouts = gt.wait_timeouts;
  result.blocking_latency_ns = std::move(tc.blocking_latency_ns);
  result.elapsed_ns = MonotonicNanos() - start;
  tc.arena.reset();  // 512 KB: a started thread's context outlives it until Run ends
}

void Interpreter::ShareGlobals() {
  if (globals_shared_.load(std::memory_order_relaxed)) return;
  if (runtime_.options().objects != ObjectSafety::kGil) {
    for (std::size_t i = 0; i < program_.globals.size(); ++i) {
      Object* v = globals_[i].load(std::memory_order_relaxed);
      if (v != nullptr) ShareWithThreads(v);
    }
  }
  globals_shared_.store(true, std::memory_order_relaxed);  // the new threads see it
}

Object* Interpreter::StartThread(ThreadContext& tc, Object* thread) {
  ThreadObject* t = AsThread(thread);
  if (t->adopted || t->handle.load(std::memory_order_acquire) != nullptr) {
    return Raise(tc, "RuntimeError", "threads can only be started once");
  }
  if (options_.explored) {
    return Raise(tc, "RuntimeError", "the explorer runs only the threads it was given");
  }
  // This thread may be the program's only one so far: before it has company,
  // its globals become shared.
  ShareGlobals();
  tc.shared_globals = tc.ts->object_locks();
  tc.ts->StopElidingLocks();
  auto started = std::make_unique<Started>();
  Started* s = started.get();
  s->tc.index = next_thread_index_++;
  s->tc.started = s;
  s->result.name = gillab::ThreadName(thread);
  if (tracer_ != nullptr) s->tc.trace = tracer_->AddThread(s->result.name);
  s->tc.thread_object = NewRef(thread);
  s->tc.daemon = ThreadDaemon(thread);
  if (s->tc.daemon) s->tc.daemons_exit = &daemons_exit_;
  t->handle.store(s, std::memory_order_release);
  // The new thread's own references: the target and each argument.
  std::vector<Object*> call = {NewRef(t->target)};
  for (std::int64_t i = 0; i < TupleSize(t->args); ++i) {
    call.push_back(NewRef(TupleGetItem(t->args, i)));
  }
  {
    absl::MutexLock lock(&started_mu_);
    started_.push_back(std::move(started));
  }
  absl::MutexLock join_lock(&s->join_mu);
  // The system refused a thread (too many, or no memory for its stack or its
  // value stack): as CPython, a RuntimeError, and the Thread may be started again.
  const auto refuse = [&]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(s->join_mu) {
    for (Object* ob : call) DecRef(ob);
    DecRef(std::exchange(s->tc.thread_object, nullptr));
    t->handle.store(nullptr, std::memory_order_release);
    s->refused = true;  // nothing to join, no result: JoinStarted skips it
    s->done.Notify();
    return Raise(tc, "RuntimeError", "can't start new thread");
  };
  // Its value stack is allocated here, where a failure can be raised.
  s->tc.arena.reset(new (std::nothrow) Object*[kArenaSlots]);
  if (s->tc.arena == nullptr) return refuse();
  try {
    s->thread = StackThread(kStartedThreadStackBytes, [this, s, call]() mutable {
      ThreadMain(s->tc, s->result, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
        if (IsNone(call[0])) {  // Thread() without a target runs nothing, as in Python
          for (Object* ob : call) DecRef(ob);
          return NewNone();
        }
        Object* r =
            Call(s->tc, call[0], call.data() + 1, static_cast<int>(call.size()) - 1);
        DecRef(call[0]);
        return r;
      });
      s->done.Notify();
    });
  } catch (const std::system_error&) {
    return refuse();
  }
  return NewNone();
}

Object* Interpreter::JoinThread(ThreadContext& tc, Object* thread) {
  if (AsThread(thread)->adopted) {  // the main thread: it ends after every other
    return Raise(tc, "RuntimeError",
                 thread == tc.thread_object ? "cannot join current thread"
                                            : "cannot join the main thread");
  }
  auto* s =
      static_cast<Started*>(AsThread(thread)->handle.load(std::memory_order_acquire));
  if (s == nullptr) {
    return Raise(tc, "RuntimeError", "cannot join thread before it is started");
  }
  if (s == tc.started) return Raise(tc, "RuntimeError", "cannot join current thread");
  // Wait for its end, and join its OS thread now, so that its stack is freed
  // (a thread joined twice, or by two threads, is joined once). Ctrl-C ends the
  // wait with KeyboardInterrupt, as in CPython.
  Blocking(tc, /*record=*/false, [s, &tc] {
    while (!s->done.WaitForNotificationWithTimeout(kInterruptCheck)) {
      if (InterruptPending(tc)) return;
    }
    absl::MutexLock lock(&s->join_mu);
    if (s->thread.joinable()) s->thread.join();
  });
  if (TakeInterrupt(tc)) return nullptr;
  return NewNone();
}

void Interpreter::Interrupt(bool every_thread) {
  absl::MutexLock lock(&interrupt_mu_);
  if (!every_thread && main_breaker_ != nullptr) {
    main_breaker_->Set(EvalBreaker::kInterrupt);
  } else {
    interrupt_all_.store(true, std::memory_order_release);
    runtime_.threads().SetEveryBreaker(EvalBreaker::kInterrupt);
  }
}

bool Interpreter::ThreadIsAlive(Object* thread) {
  if (AsThread(thread)->adopted) return true;
  auto* s =
      static_cast<Started*>(AsThread(thread)->handle.load(std::memory_order_acquire));
  return s != nullptr && !s->done.HasBeenNotified();
}

Object* Interpreter::CurrentThread(ThreadContext& tc) {
  if (tc.thread_object == nullptr) {
    tc.thread_object =
        NewAdoptedThread(tc.thread_name != nullptr ? *tc.thread_name : "MainThread");
  }
  return tc.thread_object;
}

bool Interpreter::JoinSome(std::vector<ThreadResult>& results, bool daemons,
                           std::size_t* next) {
  bool any = false;
  for (std::size_t i = *next;; ++i) {
    Started* s;
    {
      absl::MutexLock lock(&started_mu_);
      if (i >= started_.size()) break;
      s = started_[i].get();
    }
    if (s->joined_at_end || s->tc.daemon != daemons) continue;
    bool refused;
    {
      absl::MutexLock join_lock(&s->join_mu);
      if (s->thread.joinable()) s->thread.join();  // it may have started more
      refused = s->refused;
    }
    s->joined_at_end = true;
    any = true;
    if (!refused) results.push_back(std::move(s->result));
    if (i == *next) ++*next;
  }
  return any;
}

void Interpreter::JoinStarted(std::vector<ThreadResult>& results) {
  // The non-daemon threads, which may start more of either kind; then the
  // daemon ones, told to end (the only threads left: a daemon thread's threads
  // are daemons unless told otherwise, and those are joined here too).
  std::size_t next = 0;
  while (JoinSome(results, /*daemons=*/false, &next)) {
  }
  bool any_daemon;
  {
    absl::MutexLock lock(&started_mu_);
    any_daemon = next < started_.size();
  }
  if (any_daemon) {
    daemons_exit_.store(true, std::memory_order_release);
    runtime_.threads().SetEveryBreaker(EvalBreaker::kInterrupt);
    while (JoinSome(results, /*daemons=*/true, &next) ||
           JoinSome(results, /*daemons=*/false, &next)) {
    }
  }
  absl::MutexLock lock(&started_mu_);
  started_.clear();
  daemons_exit_.store(false, std::memory_order_relaxed);
}

std::vector<std::size_t> Interpreter::GlobalsInBindingOrder() const {
  std::vector<std::size_t> order;
  std::vector<bool> seen(program_.globals.size(), false);
  const auto add = [&](std::size_t i) {
    if (!seen[i]) order.push_back(i);
    seen[i] = true;
  };
  for (const bool module : {true, false}) {
    for (const auto& code : codes_) {
      if ((code->name == "<module>") != module) continue;
      for (const Instr& in : code->code) {
        if (in.op == Opcode::STORE_GLOBAL) add(static_cast<std::size_t>(in.arg));
      }
    }
  }
  for (std::size_t i = 0; i < seen.size(); ++i) add(i);
  return order;
}

// See finalizers.cc.
void Interpreter::FinalizeAtExit() {
  ThreadContext tc;
  tc.index = 0;
  ThreadResult result;
  result.name = "MainThread";
  StackThread finalizer(kRunThreadStackBytes, [&] {
    ThreadMain(tc, result, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
      Collector& gc = runtime_.gc();
      gc.Collect();
      gc.RunFinalizers();
      const std::vector<std::size_t> order = GlobalsInBindingOrder();
      // The instances the globals hold, finalized in order, before any is freed.
      for (const std::size_t i : order) {
        Object* v = globals_[i].load(std::memory_order_acquire);
        if (v == nullptr || !IsInstance(v) || v->type->finalize == nullptr ||
            HasGcBit(v, kGcFinalized)) {
          continue;
        }
        IncRef(v);  // a finalizer before it may rebind the global
        SetGcBit(v, kGcFinalized);
        v->type->finalize(v);
        DecRef(v);
      }
      // The builtins stay (immortal; they are globals bound at Load here), so
      // that a __del__ that runs as the globals go still finds print.
      for (const std::size_t i : order) {
        Object* v = globals_[i].load(std::memory_order_acquire);
        if (v != nullptr && !IsImmortal(v)) {
          XDecRef(globals_[i].exchange(nullptr, std::memory_order_acq_rel));
        }
      }
      gc.Collect();
      gc.RunFinalizers();
      return NewNone();
    });
  });
  finalizer.join();
}

absl::StatusOr<const Interpreter::Code*> Interpreter::EntryOf(
    const ThreadSpec& spec) const {
  const int f = program_.FindFunction(spec.function);
  if (f < 0) {
    std::string valid;
    for (const FunctionSpec& fn : program_.functions) {
      valid += (valid.empty() ? "" : ", ") + fn.name;
    }
    return absl::InvalidArgumentError("unknown function '" + spec.function +
                                      "' (valid: " + valid + ")");
  }
  const int want = program_.functions[static_cast<std::size_t>(f)].num_params;
  if (static_cast<int>(spec.args.size()) != want) {
    return absl::InvalidArgumentError(spec.function + "() takes " + std::to_string(want) +
                                      " arguments, " + std::to_string(spec.args.size()) +
                                      " given");
  }
  return codes_[static_cast<std::size_t>(f)].get();
}

std::string Interpreter::ThreadName(const ThreadSpec& spec, int index) {
  return spec.name.empty() ? "t" + std::to_string(index) + " " + spec.function
                           : spec.name;
}

void Interpreter::RunSpec(ThreadContext& tc, const ThreadSpec& spec,
                          ThreadResult& result) {
  ThreadMain(tc, result, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    std::vector<Object*> args;
    for (const Constant& c : spec.args) args.push_back(ConstantObject(c));
    if (tc.function->generator) return NewGenerator(*tc.function, args.data());
    return (this->*eval_)(tc, *tc.function, args.data(), nullptr);
  });
}

absl::StatusOr<ThreadResult> Interpreter::RunOnThisThread(const ThreadSpec& spec,
                                                          int index) {
  if (!loaded_) return absl::FailedPreconditionError("no program is loaded");
  absl::StatusOr<const Code*> entry = EntryOf(spec);
  if (!entry.ok()) return entry.status();
  ShareGlobals();
  ThreadContext tc;
  tc.function = *entry;
  tc.index = index;
  ThreadResult result;
  result.name = ThreadName(spec, index);
  RunSpec(tc, spec, result);
  return result;
}

absl::StatusOr<std::vector<ThreadResult>> Interpreter::Run(
    const std::vector<ThreadSpec>& threads, GilTracer* tracer) {
  if (!loaded_) return absl::FailedPreconditionError("no program is loaded");
  const std::size_t n = threads.size();
  std::vector<ThreadContext> contexts(n);
  for (std::size_t i = 0; i < n; ++i) {
    absl::StatusOr<const Code*> entry = EntryOf(threads[i]);
    if (!entry.ok()) return entry.status();
    contexts[i].function = *entry;
  }
  std::vector<ThreadResult> results(n);
  for (std::size_t i = 0; i < n; ++i) {
    contexts[i].index = static_cast<int>(i);
    results[i].name = ThreadName(threads[i], static_cast<int>(i));
    if (tracer != nullptr) {  // one row per thread, in order
      contexts[i].trace = tracer->AddThread(results[i].name);
    }
  }
  tracer_ = tracer;
  next_thread_index_ = static_cast<int>(n);
  Collector& gc = runtime_.gc();
  const Collector::World saved_world = gc.world();
  gc.set_world(gil_.exclusive() ? Collector::World::kGil : Collector::World::kPolling);
  stop_.store(false, std::memory_order_relaxed);
  interrupt_all_.store(false, std::memory_order_relaxed);

  if (n > 1) ShareGlobals();
  ThreadState* me = ThreadState::Current();
  me->BeginBlocking();  // joining: a stop-the-world need not wait for this thread
  {
    std::latch start(static_cast<std::ptrdiff_t>(n));
    std::vector<StackThread> workers;
    workers.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      workers.emplace_back(kRunThreadStackBytes, [&, i] {
        start.arrive_and_wait();
        RunSpec(contexts[i], threads[i], results[i]);
      });
    }
    for (StackThread& w : workers) w.join();
  }
  JoinStarted(results);
  const bool script =
      std::any_of(threads.begin(), threads.end(),
                  [](const ThreadSpec& t) { return t.function == "<module>"; });
  if (script && finalizers_used_.load(std::memory_order_relaxed)) FinalizeAtExit();
  me->EndBlocking();
  tracer_ = nullptr;
  gc.set_world(saved_world);
  return results;
}

}  // namespace gillab
