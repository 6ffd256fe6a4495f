// gillab/runtime/objects/lock_object.h — Lock and RLock, like Python's
// threading.Lock and threading.RLock.
//
// Lock: a binary lock that any thread may release (not only the one that
// acquired it, as in Python). RLock: a reentrant lock, owned by the thread that
// holds it, which may take it again (a count) and alone may release it.
//
// Blocking is the caller's business: the interpreter first tries
// LockTryAcquire with the GIL held, and only if that fails releases the GIL,
// marks its thread blocking (ThreadState::BeginBlocking) and calls
// LockAcquireWithTimeout, as CPython's lock.acquire() does with
// Py_BEGIN_ALLOW_THREADS. Release and acquire order memory: what one holder wrote
// is visible to the next. A thread is known by the address of a thread-local
// (an RLock's owner), which no two live threads share.
#ifndef GILLAB_RUNTIME_OBJECTS_LOCK_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_LOCK_OBJECT_H_

#include <cstdint>

#include "absl/functional/function_ref.h"
#include "absl/time/time.h"
#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kLockType;
extern const TypeObject kRLockType;

// A NEW reference to an unlocked lock.
Object* NewLock();
Object* NewRLock();
inline bool IsLock(const Object* ob) { return IsType(ob, kLockType); }
inline bool IsRLock(const Object* ob) { return IsType(ob, kRLockType); }
// Either kind: what `with` and Condition take.
inline bool IsAnyLock(const Object* ob) { return IsLock(ob) || IsRLock(ob); }

// Takes the lock if it is free (an RLock: or already this thread's, one level
// deeper); returns whether it did. Never blocks. Requires: IsAnyLock(lock).
bool LockTryAcquire(Object* lock);
// Blocks until the lock is free, then takes it: kAcquired. kTimedOut, without
// it, when `timeout` passes first; kCancelled when `cancelled()` returns true
// first (tested every few milliseconds: Ctrl-C, a daemon thread's end); kFreed
// when the Lock object is freed while the caller waits: only a deliberate
// refcount race can do that (the caller holds a reference), and no holder would
// then ever release it. Requires: the caller holds no GIL, touches no other
// object while it blocks, and (an RLock) does not hold it already.
enum class TimedAcquire { kAcquired, kTimedOut, kFreed, kCancelled };
TimedAcquire LockAcquireWithTimeout(Object* lock, absl::Duration timeout,
                                    absl::FunctionRef<bool()> cancelled);
// The same, waiting as long as it takes and never cancelled: whether it was
// acquired (false: freed, as above).
bool LockAcquireBlocking(Object* lock);
// Frees the lock (an RLock: one level); returns false, changing nothing, when
// it was not locked (an RLock: not by this thread). Python raises RuntimeError:
// "release unlocked lock" (RLock: "cannot release un-acquired lock").
bool LockRelease(Object* lock);
bool LockIsLocked(const Object* lock);
// Condition's test before wait() and notify() (CPython's _is_owned): an RLock
// held by this thread; a Lock held by anyone.
bool LockIsOwned(const Object* lock);
// Condition.wait's release and re-acquisition (CPython's _release_save and
// _acquire_restore): LockReleaseAll frees the lock entirely and returns the
// levels this thread held (1 for a Lock; 0 if it did not hold it), and
// LockRestoreLevels, right after this thread acquired it again, gives back the
// levels.
std::int64_t LockReleaseAll(Object* lock);
void LockRestoreLevels(Object* lock, std::int64_t levels);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_LOCK_OBJECT_H_
