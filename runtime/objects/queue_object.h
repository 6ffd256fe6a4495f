// gillab/runtime/objects/queue_object.h — Queue, like Python's queue.Queue.
//
// A FIFO of object references with an optional bound (maxsize; 0 or less: none)
// and a count of unfinished tasks (each put adds one, task_done() takes one
// away; join() waits for none). CPython's queue.Queue is Python code over a
// deque and three Conditions on one mutex; here one mutex guards the items and
// the count, and the waits are on conditions of that mutex.
//
// References move only with the GIL held (or, without a GIL, with the thread
// attached): QueueTryPut and QueueTryGet never block. A thread that must wait
// releases the GIL and calls QueueAwait, which touches no object, then tries
// again; so the collector, which runs with the world stopped or under the GIL,
// never sees an item in flight. The items are not traversed by the collector
// (as a Thread's target and arguments): they count as referenced from outside,
// so a cycle through a queue is not collected.
#ifndef GILLAB_RUNTIME_OBJECTS_QUEUE_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_QUEUE_OBJECT_H_

#include <cstdint>

#include "absl/functional/function_ref.h"
#include "absl/time/time.h"
#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kQueueType;

// A NEW reference to an empty queue holding at most `maxsize` items (<= 0: any
// number).
Object* NewQueue(std::int64_t maxsize);
inline bool IsQueue(const Object* ob) { return IsType(ob, kQueueType); }

// Appends `item` (a new reference is taken) and counts one more unfinished
// task; false, changing nothing, when the queue is full.
bool QueueTryPut(Object* queue, Object* item);
// The oldest item (a NEW reference, out of the queue), or null when empty.
Object* QueueTryGet(Object* queue);
std::int64_t QueueSize(const Object* queue);
std::int64_t QueueMaxSize(const Object* queue);
// task_done(): false, changing nothing, when no task is unfinished.
bool QueueTaskDone(Object* queue);

// What QueueAwait waits for.
enum class QueueEvent { kNotEmpty, kNotFull, kAllTasksDone };
// Blocks until `event` holds, `deadline` passes or `cancelled()` returns true;
// returns whether `event` holds (another thread may change that before the
// caller acts). Requires: the caller holds no GIL and touches no other object.
bool QueueAwait(Object* queue, QueueEvent event, absl::Time deadline,
                absl::FunctionRef<bool()> cancelled);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_QUEUE_OBJECT_H_
