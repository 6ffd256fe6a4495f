// gillab/runtime/objects/lock_object.h — Lock, like Python's threading.Lock.
//
// A binary lock that any thread may release (not only the one that acquired it,
// as in Python). Blocking is the caller's business: the interpreter first tries
// LockTryAcquire with the GIL held, and only if that fails releases the GIL,
// marks its thread blocking (ThreadState::BeginBlocking) and calls
// LockAcquireBlocking, as CPython's lock.acquire() does with
// Py_BEGIN_ALLOW_THREADS. Release and acquire order memory: what one holder wrote
// is visible to the next.
#ifndef GILLAB_RUNTIME_OBJECTS_LOCK_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_LOCK_OBJECT_H_

#include "absl/time/time.h"
#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kLockType;

// A NEW reference to an unlocked lock.
Object* NewLock();
inline bool IsLock(const Object* ob) { return IsType(ob, kLockType); }

// Takes the lock if it is free; returns whether it did. Never blocks.
bool LockTryAcquire(Object* lock);
// Blocks until the lock is free, then takes it, and returns true. Returns false,
// without it, if the Lock object is freed while the caller waits: only a
// deliberate refcount race can do that (the caller holds a reference), and no
// holder would then ever release it. Requires: the caller holds no GIL and
// touches no other object while it blocks.
bool LockAcquireBlocking(Object* lock);
// LockAcquireBlocking for at most `timeout`: kTimedOut, without the lock, if it
// is still taken then (lock.acquire(timeout=...)).
enum class TimedAcquire { kAcquired, kTimedOut, kFreed };
TimedAcquire LockAcquireWithTimeout(Object* lock, absl::Duration timeout);
// Frees the lock; returns false (changing nothing) if it was not locked
// (Python raises RuntimeError: release unlocked lock).
bool LockRelease(Object* lock);
bool LockIsLocked(const Object* lock);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_LOCK_OBJECT_H_
