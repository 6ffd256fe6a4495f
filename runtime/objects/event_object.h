// gillab/runtime/objects/event_object.h — Event, like Python's threading.Event.
//
// A flag that threads wait on: set() raises it and wakes every waiter, clear()
// lowers it, wait() blocks until it is raised. As with Lock (lock_object.h),
// blocking is the caller's business: the interpreter calls EventWait with the GIL
// released and the thread detached, and passes a `cancelled` test (Ctrl-C, the
// end of a daemon thread) that the wait checks between slices. The state lives
// outside object memory, so that a waiter is never inside freed memory.
#ifndef GILLAB_RUNTIME_OBJECTS_EVENT_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_EVENT_OBJECT_H_

#include "absl/functional/function_ref.h"
#include "absl/time/time.h"
#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kEventType;

// A NEW reference to an Event whose flag is down.
Object* NewEvent();
inline bool IsEvent(const Object* ob) { return IsType(ob, kEventType); }

void EventSet(Object* event);  // wakes every waiter
void EventClear(Object* event);
bool EventIsSet(const Object* event);
// Blocks until the flag is up, `timeout` passes, or `cancelled()` returns true
// (tested every Interpreter::kInterruptCheck or so). Returns the flag. Requires:
// the caller holds no GIL and touches no other object while it blocks.
bool EventWait(Object* event, absl::Duration timeout,
               absl::FunctionRef<bool()> cancelled);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_EVENT_OBJECT_H_
