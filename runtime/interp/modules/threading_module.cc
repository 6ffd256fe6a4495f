// gillab/runtime/interp/modules/threading_module.cc — threading.Lock, RLock,
// Event, Condition, Thread and current_thread, and their methods. Whatever
// blocks (a contended acquire(), Event.wait(), Condition.wait()) waits with the
// GIL released, in slices that see Ctrl-C and a daemon thread's end; start() and
// join() are the interpreter's (threads.cc).
#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/time/time.h"
#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/condition_object.h"
#include "runtime/objects/event_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/lock_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/thread_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

// CPython's TypeError for more than `most` positional arguments. Returns null.
Object* TooManyArguments(BuiltinCall& call, int most) {
  return call.Raise("TypeError", std::string(call.name()) + "() takes at most " +
                                     std::to_string(most) + " argument" +
                                     (most == 1 ? "" : "s") + " (" +
                                     std::to_string(call.nargs()) + " given)");
}

Object* NewLockBuiltin(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewLock();
}

Object* NewRLockBuiltin(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewRLock();
}

// Thread(target=f, args=(...), name=..., daemon=...): keywords only. daemon
// defaults to the starting thread's, as in Python.
Object* NewThreadBuiltin(BuiltinCall& call) {
  if (call.nargs() != 0) {
    return call.Raise(
        "TypeError",
        "Thread() takes keyword arguments only (target=, args=, name=, daemon=)");
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
  // As CPython: a false name gives the next "Thread-N", which only those count.
  std::string tname;
  if (call.kw(2) != nullptr && IsTrue(call.kw(2))) {
    tname = ToString(call.kw(2));
  } else {
    tname = "Thread-" + std::to_string(call.NextThreadNumber());
    if (IsFunction(target)) tname += std::string(" (") + AsFunction(target)->name + ")";
  }
  const bool daemon = call.kw(3) != nullptr && !IsNone(call.kw(3)) ? IsTrue(call.kw(3))
                                                                   : call.tc().daemon;
  Object* t = NewThread(target, tuple, tname, daemon);
  DecRef(tuple);
  return t;
}

Object* CurrentThreadBuiltin(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewRef(call.CurrentThread());
}

// acquire(blocking=True, timeout=-1): True once taken; False when not
// blocking, or when `timeout` seconds passed first.
Object* LockAcquireMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() > 2) return TooManyArguments(call, 2);
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
  const int r = call.AcquireBlocking(self, wait, "Lock.acquire");
  return r < 0 ? nullptr : NewBool(r > 0);
}

Object* LockReleaseMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  if (!LockRelease(self)) {
    return call.Raise("RuntimeError", IsRLock(self) ? "cannot release un-acquired lock"
                                                    : "release unlocked lock");
  }
  return NewNone();
}

Object* LockLockedMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return NewBool(LockIsLocked(self));
}

// --- Event ---------------------------------------------------------------------

Object* NewEventBuiltin(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewEvent();
}

Object* EventSetMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  EventSet(self);
  return NewNone();
}

Object* EventClearMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  EventClear(self);
  return NewNone();
}

Object* EventIsSetMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return NewBool(EventIsSet(self));
}

// A method whose one argument is `timeout` (positional, or keyword 0): false
// with the error raised.
bool TimeoutArgument(BuiltinCall& call, absl::Duration* timeout) {
  Object* arg;
  if (call.nargs() > 1) {
    TooManyArguments(call, 1);
    return false;
  }
  return call.PositionalOrKeyword(0, 0, "timeout", &arg) && call.Timeout(arg, timeout);
}

// wait(timeout=None): the flag, once it is up or the timeout has passed.
Object* EventWaitMethod(BuiltinCall& call, Object* self) {
  absl::Duration timeout;
  if (!TimeoutArgument(call, &timeout)) return nullptr;
  if (EventIsSet(self)) return NewBool(true);
  bool flag = false;
  call.Blocking(/*record=*/true, [self, timeout, &flag, &call] {
    flag = EventWait(self, timeout, call.Cancelled());
  });
  if (!flag && call.TakeInterrupt()) return nullptr;
  return NewBool(flag);
}

// --- Condition -------------------------------------------------------------------

// Condition(lock=None): over a new RLock, as Python's, or the Lock or RLock given.
Object* NewConditionBuiltin(BuiltinCall& call) {
  if (call.nargs() > 1) return TooManyArguments(call, 1);
  Object* lock;
  if (!call.PositionalOrKeyword(0, 0, "lock", &lock)) return nullptr;
  if (lock == nullptr || IsNone(lock)) {
    Object* rlock = NewRLock();
    Object* cond = NewCondition(rlock);
    DecRef(rlock);
    return cond;
  }
  if (!IsAnyLock(lock)) {
    return call.Raise("TypeError", "unsupported: Condition(lock) over a '" +
                                       TypeName(lock) + "' (a Lock or an RLock)");
  }
  return NewCondition(lock);
}

Object* ConditionAcquireMethod(BuiltinCall& call, Object* self) {
  return LockAcquireMethod(call, ConditionLock(self));
}

Object* ConditionReleaseMethod(BuiltinCall& call, Object* self) {
  return LockReleaseMethod(call, ConditionLock(self));
}

// One wait (CPython's Condition.wait): 1 notified, 0 timed out, -1 raised. The
// lock is held again in every case, as in Python, unless the thread is ending.
int WaitOnce(BuiltinCall& call, Object* cond, absl::Duration timeout) {
  Object* lock = ConditionLock(cond);
  if (!LockIsOwned(lock)) {
    call.Raise("RuntimeError", "cannot wait on un-acquired lock");
    return -1;
  }
  ConditionWaiter* waiter = ConditionEnqueue(cond);
  const std::int64_t levels = LockReleaseAll(lock);
  bool notified = false;
  call.Blocking(/*record=*/true, [cond, waiter, timeout, &notified, &call] {
    notified = ConditionAwait(cond, waiter, timeout, call.Cancelled());
  });
  bool held = LockTryAcquire(lock);
  if (!held) {
    call.Blocking(/*record=*/false, [lock, &held, &call] {
      held = LockAcquireWithTimeout(lock, absl::InfiniteDuration(), call.Cancelled()) ==
             TimedAcquire::kAcquired;
    });
  }
  if (held) LockRestoreLevels(lock, levels);
  if (call.TakeInterrupt()) return -1;
  return notified ? 1 : 0;
}

// wait(timeout=None): True when notified, False when the timeout passed.
Object* ConditionWaitMethod(BuiltinCall& call, Object* self) {
  absl::Duration timeout;
  if (!TimeoutArgument(call, &timeout)) return nullptr;
  const int r = WaitOnce(call, self, timeout);
  return r < 0 ? nullptr : NewBool(r > 0);
}

// wait_for(predicate, timeout=None): waits until predicate() is true, as
// CPython's loop does (the predicate's last result is returned).
Object* ConditionWaitForMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() < 1 || call.nargs() > 2) {
    return call.Raise("TypeError", "wait_for() takes 1 or 2 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  Object* predicate = call.arg(0);
  Object* timeout_arg;
  absl::Duration timeout;
  if (!call.PositionalOrKeyword(1, 0, "timeout", &timeout_arg) ||
      !call.Timeout(timeout_arg, &timeout)) {
    return nullptr;
  }
  const absl::Time deadline = absl::Now() + timeout;
  for (;;) {
    Object* result = call.CallObject(predicate, {});
    if (result == nullptr || IsTrue(result)) return result;
    const absl::Duration left = deadline - absl::Now();
    if (left <= absl::ZeroDuration()) return result;
    DecRef(result);
    if (WaitOnce(call, self, left) < 0) return nullptr;
  }
}

// notify(n=1), notify_all(): wake that many waiters (the lock must be held).
Object* ConditionNotifyMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() > 1) return TooManyArguments(call, 1);
  Object* n_arg;
  if (!call.PositionalOrKeyword(0, 0, "n", &n_arg)) return nullptr;
  if (n_arg != nullptr && !IsInt(n_arg)) return call.RaiseNotAnInteger(n_arg);
  if (!LockIsOwned(ConditionLock(self))) {
    return call.Raise("RuntimeError", "cannot notify on un-acquired lock");
  }
  ConditionNotify(self, n_arg != nullptr ? IntValue(n_arg) : 1);
  return NewNone();
}

Object* ConditionNotifyAllMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  if (!LockIsOwned(ConditionLock(self))) {
    return call.Raise("RuntimeError", "cannot notify on un-acquired lock");
  }
  ConditionNotify(self, INT64_MAX);
  return NewNone();
}

// --- Thread ----------------------------------------------------------------------

Object* ThreadStartMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return call.StartThread(self);
}

Object* ThreadJoinMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return call.JoinThread(self);
}

Object* ThreadIsAliveMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return NewBool(call.ThreadIsAlive(self));
}

}  // namespace

void RegisterThreadingModule(BuiltinRegistry& r) {
  r.Add(Builtin::kLock, NewLockBuiltin);
  r.Add(Builtin::kRLock, NewRLockBuiltin);
  r.Add(Builtin::kThread, NewThreadBuiltin, {"target", "args", "name", "daemon"});
  r.Add(Builtin::kCurrentThread, CurrentThreadBuiltin);
  for (const TypeObject* type : {&kLockType, &kRLockType}) {
    r.AddMethod(*type, "acquire", LockAcquireMethod, {"blocking", "timeout"});
    r.AddMethod(*type, "release", LockReleaseMethod);
  }
  r.AddMethod(kLockType, "locked", LockLockedMethod);
  r.AddMethod(kThreadType, "start", ThreadStartMethod);
  r.AddMethod(kThreadType, "join", ThreadJoinMethod);
  r.AddMethod(kThreadType, "is_alive", ThreadIsAliveMethod);
  r.Add(Builtin::kEvent, NewEventBuiltin);
  r.AddMethod(kEventType, "set", EventSetMethod);
  r.AddMethod(kEventType, "clear", EventClearMethod);
  r.AddMethod(kEventType, "is_set", EventIsSetMethod);
  r.AddMethod(kEventType, "wait", EventWaitMethod, {"timeout"});
  r.Add(Builtin::kCondition, NewConditionBuiltin, {"lock"});
  r.AddMethod(kConditionType, "acquire", ConditionAcquireMethod, {"blocking", "timeout"});
  r.AddMethod(kConditionType, "release", ConditionReleaseMethod);
  r.AddMethod(kConditionType, "wait", ConditionWaitMethod, {"timeout"});
  r.AddMethod(kConditionType, "wait_for", ConditionWaitForMethod, {"timeout"});
  r.AddMethod(kConditionType, "notify", ConditionNotifyMethod, {"n"});
  r.AddMethod(kConditionType, "notify_all", ConditionNotifyAllMethod);
}

}  // namespace gillab
