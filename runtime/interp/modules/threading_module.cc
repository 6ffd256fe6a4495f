// gillab/runtime/interp/modules/threading_module.cc — threading.Lock and
// threading.Thread, and their methods. A contended acquire() waits with the GIL
// released; start() and join() are the interpreter's (threads.cc).
#include <algorithm>
#include <string>

#include "absl/time/time.h"
#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/lock_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/thread_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

Object* NewLockBuiltin(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewLock();
}

// Thread(target=f, args=(...), name=...): keywords only. (daemon= is refused
// at compile time: a program ends when all its threads have.)
Object* NewThreadBuiltin(BuiltinCall& call) {
  if (call.nargs() != 0) {
    return call.Raise("TypeError",
                      "Thread() takes keyword arguments only (target=, args=, name=)");
  }
  Object* none = NewNone();  // immortal: its count needs no care
  Object* target = call.kw(0) != nullptr ? call.kw(0) : none;
  Object* targs = call.kw(1);
  Object* tuple;
  if (targs == nullptr) {
    tuple = NewTupleUninitialized(0);
  } else if (IsTuple(targs)) {
    tuple = NewRef(targs);
  } else if (IsList(targs)) {
    const std::vector<Object*> items = ListSnapshot(targs);
    tuple = NewTupleUninitialized(static_cast<std::int64_t>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i) {
      TupleInit(tuple, static_cast<std::int64_t>(i), items[i]);  // steals
    }
  } else {
    return call.Raise("TypeError",
                      "Thread() args= must be a tuple or a list, not " + TypeName(targs));
  }
  const int number = call.NextThreadNumber();
  std::string tname;
  if (call.kw(2) != nullptr && !IsNone(call.kw(2))) {
    tname = ToString(call.kw(2));
  } else {
    tname = "Thread-" + std::to_string(number);
    if (IsFunction(target)) tname += std::string(" (") + AsFunction(target)->name + ")";
  }
  Object* t = NewThread(target, tuple, tname);
  DecRef(tuple);
  return t;
}

// acquire(blocking=True, timeout=-1): True once taken; False when not
// blocking, or when `timeout` seconds passed first.
Object* LockAcquireMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() > 2) {
    return call.Raise("TypeError", "acquire() takes at most 2 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  Object* blocking_arg;
  Object* timeout_arg;
  if (!call.PositionalOrKeyword(0, 0, "blocking", &blocking_arg) ||
      !call.PositionalOrKeyword(1, 1, "timeout", &timeout_arg)) {
    return nullptr;
  }
  const bool blocking = blocking_arg == nullptr || IsTrue(blocking_arg);
  double timeout = -1;
  if (timeout_arg != nullptr && !AsDouble(timeout_arg, &timeout)) {
    return call.RaiseNotAnInteger(timeout_arg);
  }
  if (!blocking && timeout != -1) {
    return call.Raise("ValueError", "can't specify a timeout for a non-blocking call");
  }
  if (timeout < 0 && timeout != -1) {
    return call.Raise("ValueError", "timeout value must be positive");
  }
  if (LockTryAcquire(self)) return NewBool(true);
  if (!blocking) return NewBool(false);
  const absl::Duration wait =
      timeout == -1 ? absl::InfiniteDuration() : absl::Seconds(std::min(timeout, 1e9));
  TimedAcquire acquired = TimedAcquire::kAcquired;
  call.Blocking(/*record=*/false, [self, wait, &acquired] {
    acquired = LockAcquireWithTimeout(self, wait);
  });
  if (acquired == TimedAcquire::kFreed) {
    call.runtime().ReportUseOfFreed(self, "Lock.acquire");
    return call.Raise("RuntimeError",
                      "the Lock was freed while this thread waited for it (a use after "
                      "free: its reference count lost updates)");
  }
  return NewBool(acquired == TimedAcquire::kAcquired);
}

Object* LockReleaseMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  if (!LockRelease(self)) return call.Raise("RuntimeError", "release unlocked lock");
  return NewNone();
}

Object* LockLockedMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return NewBool(LockIsLocked(self));
}

Object* ThreadStartMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return call.StartThread(self);
}

Object* ThreadJoinMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return call.JoinThread(self);
}

}  // namespace

void RegisterThreadingModule(BuiltinRegistry& r) {
  r.Add(Builtin::kLock, NewLockBuiltin);
  r.Add(Builtin::kThread, NewThreadBuiltin, {"target", "args", "name"});
  r.AddMethod(kLockType, "acquire", LockAcquireMethod, {"blocking", "timeout"});
  r.AddMethod(kLockType, "release", LockReleaseMethod);
  r.AddMethod(kLockType, "locked", LockLockedMethod);
  r.AddMethod(kThreadType, "start", ThreadStartMethod);
  r.AddMethod(kThreadType, "join", ThreadJoinMethod);
}

}  // namespace gillab
