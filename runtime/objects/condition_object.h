// gillab/runtime/objects/condition_object.h — Condition, like Python's
// threading.Condition.
//
// A lock (a Lock or an RLock: Condition() makes an RLock, as Python does) and
// the threads waiting to be notified. wait() is CPython's algorithm
// (Lib/threading.py): the waiter enters the queue, releases the lock entirely,
// blocks until notified (or a timeout), then takes the lock back; notify(n)
// wakes the first n waiters in arrival order. Here a waiter is a flag in the
// condition's state rather than a Lock of its own. Both are called with the lock
// held: the caller (the interpreter) checks LockIsOwned first.
//
//   waiter = ConditionEnqueue(cond);            // the lock held, the GIL held
//   levels = LockReleaseAll(ConditionLock(cond));
//   ... GIL released: notified = ConditionAwait(cond, waiter, timeout, cancelled)
//   ... take the lock again, LockRestoreLevels(lock, levels)
#ifndef GILLAB_RUNTIME_OBJECTS_CONDITION_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_CONDITION_OBJECT_H_

#include <cstdint>

#include "absl/functional/function_ref.h"
#include "absl/time/time.h"
#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kConditionType;

// A NEW reference to a condition over `lock` (IsAnyLock; it takes a reference).
Object* NewCondition(Object* lock);
inline bool IsCondition(const Object* ob) { return IsType(ob, kConditionType); }
// The condition's lock, BORROWED.
Object* ConditionLock(const Object* cond);

// A place in the condition's queue of waiters, in arrival order.
struct ConditionWaiter;
ConditionWaiter* ConditionEnqueue(Object* cond);
// Blocks until the waiter is notified, `timeout` passes or `cancelled()`
// returns true, then leaves the queue (the waiter is freed). Returns whether it
// was notified. Requires: the caller holds no GIL and touches no other object.
bool ConditionAwait(Object* cond, ConditionWaiter* waiter, absl::Duration timeout,
                    absl::FunctionRef<bool()> cancelled);
// Wakes up to `n` waiters, the longest waiting first; returns how many.
std::int64_t ConditionNotify(Object* cond, std::int64_t n);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_CONDITION_OBJECT_H_
