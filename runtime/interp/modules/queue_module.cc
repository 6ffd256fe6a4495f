// gillab/runtime/interp/modules/queue_module.cc — queue.Queue and its methods,
// with CPython's behaviour (Lib/queue.py): put and get block (with the GIL
// released) until there is room or an item, or raise queue.Full or queue.Empty
// when told not to block or when their timeout passes; task_done() and join()
// count the items put and not yet done.
#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/time/time.h"
#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/queue_object.h"
#include "runtime/objects/singletons.h"

namespace gillab {

namespace {

// Queue(maxsize=0).
Object* NewQueueBuiltin(BuiltinCall& call) {
  Object* maxsize;
  if (call.nargs() > 1) {
    return call.Raise("TypeError",
                      "Queue.__init__() takes from 1 to 2 positional "
                      "arguments but " +
                          std::to_string(call.nargs() + 1) + " were given");
  }
  if (!call.PositionalOrKeyword(0, 0, "maxsize", &maxsize)) return nullptr;
  if (maxsize != nullptr && !IsInt(maxsize)) return call.RaiseNotAnInteger(maxsize);
  return NewQueue(maxsize != nullptr ? IntValue(maxsize) : 0);
}

// The `block` and `timeout` of put() and get() (positions `first`, first + 1;
// keywords 0 and 1 of the method's list after `item` for put): the deadline of
// a blocking call (InfiniteFuture: none), or null `*block` false.
bool BlockAndTimeout(BuiltinCall& call, int first, int keyword, bool* block,
                     absl::Time* deadline) {
  Object* block_arg;
  Object* timeout_arg;
  if (!call.PositionalOrKeyword(first, keyword, "block", &block_arg) ||
      !call.PositionalOrKeyword(first + 1, keyword + 1, "timeout", &timeout_arg)) {
    return false;
  }
  *block = block_arg == nullptr || IsTrue(block_arg);
  *deadline = absl::InfiniteFuture();
  if (!*block || timeout_arg == nullptr || IsNone(timeout_arg)) return true;
  double seconds;
  if (!AsDouble(timeout_arg, &seconds)) {
    call.Raise("TypeError", "'<' not supported between instances of '" +
                                TypeName(timeout_arg) + "' and 'int'");
    return false;
  }
  if (seconds < 0) {
    call.Raise("ValueError", "'timeout' must be a non-negative number");
    return false;
  }
  *deadline = absl::Now() + absl::Seconds(std::min(seconds, 1e9));
  return true;
}

// Waits (the GIL released) for `event` until `deadline`: false with the
// interrupt raised, or with `*ready` false when the deadline passed.
bool Await(BuiltinCall& call, Object* queue, QueueEvent event, absl::Time deadline,
           bool* ready) {
  call.Blocking(/*record=*/true,
                [&] { *ready = QueueAwait(queue, event, deadline, call.Cancelled()); });
  return !call.TakeInterrupt();
}

Object* Put(BuiltinCall& call, Object* self, Object* item, bool block,
            absl::Time deadline) {
  for (;;) {
    if (QueueTryPut(self, item)) return NewNone();
    bool ready = false;
    if (block && !Await(call, self, QueueEvent::kNotFull, deadline, &ready))
      return nullptr;
    if (!ready) return call.Raise("queue.Full", "");
  }
}

Object* Get(BuiltinCall& call, Object* self, bool block, absl::Time deadline) {
  for (;;) {
    if (Object* item = QueueTryGet(self)) return item;
    bool ready = false;
    if (block && !Await(call, self, QueueEvent::kNotEmpty, deadline, &ready)) {
      return nullptr;
    }
    if (!ready) return call.Raise("queue.Empty", "");
  }
}

// put(item, block=True, timeout=None).
Object* QueuePutMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() < 1) {
    return call.Raise("TypeError",
                      "Queue.put() missing 1 required positional argument: 'item'");
  }
  if (call.nargs() > 3) {
    return call.Raise("TypeError",
                      "Queue.put() takes from 2 to 4 positional arguments "
                      "but " +
                          std::to_string(call.nargs() + 1) + " were given");
  }
  bool block;
  absl::Time deadline;
  if (!BlockAndTimeout(call, 1, 0, &block, &deadline)) return nullptr;
  return Put(call, self, call.arg(0), block, deadline);
}

// get(block=True, timeout=None).
Object* QueueGetMethod(BuiltinCall& call, Object* self) {
  if (call.nargs() > 2) {
    return call.Raise("TypeError",
                      "Queue.get() takes from 1 to 3 positional arguments "
                      "but " +
                          std::to_string(call.nargs() + 1) + " were given");
  }
  bool block;
  absl::Time deadline;
  if (!BlockAndTimeout(call, 0, 0, &block, &deadline)) return nullptr;
  return Get(call, self, block, deadline);
}

Object* QueuePutNowaitMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(1)) return nullptr;
  return Put(call, self, call.arg(0), /*block=*/false, absl::InfinitePast());
}

Object* QueueGetNowaitMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return Get(call, self, /*block=*/false, absl::InfinitePast());
}

Object* QueueQsizeMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return NewInt(QueueSize(self));
}

Object* QueueEmptyMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  return NewBool(QueueSize(self) == 0);
}

Object* QueueFullMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  const std::int64_t maxsize = QueueMaxSize(self);
  return NewBool(maxsize > 0 && QueueSize(self) >= maxsize);
}

Object* QueueTaskDoneMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  if (!QueueTaskDone(self)) {
    return call.Raise("ValueError", "task_done() called too many times");
  }
  return NewNone();
}

// join(): until every item put has been marked done.
Object* QueueJoinMethod(BuiltinCall& call, Object* self) {
  if (!call.Arity(0)) return nullptr;
  bool done = false;
  while (!done) {
    if (!Await(call, self, QueueEvent::kAllTasksDone, absl::InfiniteFuture(), &done)) {
      return nullptr;
    }
  }
  return NewNone();
}

}  // namespace

void RegisterQueueModule(BuiltinRegistry& r) {
  r.Add(Builtin::kQueue, NewQueueBuiltin, {"maxsize"});
  r.AddMethod(kQueueType, "put", QueuePutMethod, {"block", "timeout"});
  r.AddMethod(kQueueType, "get", QueueGetMethod, {"block", "timeout"});
  r.AddMethod(kQueueType, "put_nowait", QueuePutNowaitMethod);
  r.AddMethod(kQueueType, "get_nowait", QueueGetNowaitMethod);
  r.AddMethod(kQueueType, "qsize", QueueQsizeMethod);
  r.AddMethod(kQueueType, "empty", QueueEmptyMethod);
  r.AddMethod(kQueueType, "full", QueueFullMethod);
  r.AddMethod(kQueueType, "task_done", QueueTaskDoneMethod);
  r.AddMethod(kQueueType, "join", QueueJoinMethod);
}

}  // namespace gillab
