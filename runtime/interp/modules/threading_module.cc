// gillab/runtime/interp/modules/threading_module.cc — threading.Lock and
// threading.Thread, and their methods. A contended acquire() waits with the GIL
// released; start() and join() are the interpreter's (threads.cc).
#include <string>

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

// Thread(target=f, args=(...), name=..., daemon=...): keywords only.
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

Object* LockAcquireMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  bool acquired = true;
  if (!LockTryAcquire(self)) {
    call.Blocking(/*record=*/false,
                  [self, &acquired] { acquired = LockAcquireBlocking(self); });
  }
  if (!acquired) {
    call.runtime().ReportUseOfFreed(self, "Lock.acquire");
    return call.Raise("RuntimeError",
                      "the Lock was freed while this thread waited for it (a use after "
                      "free: its reference count lost updates)");
  }
  return NewBool(true);
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
  r.Add(Builtin::kThread, NewThreadBuiltin, {"target", "args", "name", "daemon"});
  r.AddMethod(kLockType, "acquire", LockAcquireMethod);
  r.AddMethod(kLockType, "release", LockReleaseMethod);
  r.AddMethod(kLockType, "locked", LockLockedMethod);
  r.AddMethod(kThreadType, "start", ThreadStartMethod);
  r.AddMethod(kThreadType, "join", ThreadJoinMethod);
}

}  // namespace gillab
