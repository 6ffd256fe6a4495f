// gillab/runtime/objects/event_object.cc
#include "runtime/objects/event_object.h"

#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/memory/alloc.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/sync_state.h"

namespace gillab {

namespace {

struct EventState {
  bool IsSet() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) { return flag; }

  mutable absl::Mutex mu;
  bool flag ABSL_GUARDED_BY(mu) = false;
};

struct EventObject {
  Object header;
  EventState* state;
};

EventState* State(const Object* ob) { return sync_internal::StateOf<EventState>(ob); }

void EventDealloc(Object* self) { sync_internal::FreeWithState<EventState>(self); }

void EventRepr(const Object* self, std::string* out) {  // CPython's
  out->append("<threading.Event at ");
  AppendAddress(self, out);
  out->append(EventIsSet(self) ? ": set>" : ": unset>");
}

}  // namespace

const TypeObject kEventType = {
    .name = TypeIndexName(TypeIndex::kEvent),
    .index = TypeIndex::kEvent,
    .basic_size = sizeof(EventObject),
    .item_size = 0,
    .dealloc = EventDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = EventRepr,
};

Object* NewEvent() {
  Object* ob = AllocObject(kEventType, sizeof(EventObject));
  reinterpret_cast<EventObject*>(ob)->state = new EventState;
  return ob;
}

void EventSet(Object* event) {
  EventState* s = State(event);
  absl::MutexLock l(&s->mu);
  s->flag = true;  // the waiters' condition: the unlock wakes them
}

void EventClear(Object* event) {
  EventState* s = State(event);
  absl::MutexLock l(&s->mu);
  s->flag = false;
}

bool EventIsSet(const Object* event) {
  EventState* s = State(event);
  absl::MutexLock l(&s->mu);
  return s->flag;
}

bool EventWait(Object* event, absl::Duration timeout,
               absl::FunctionRef<bool()> cancelled) {
  EventState* s = State(event);
  absl::MutexLock l(&s->mu);
  return sync_internal::AwaitSliced(s->mu, absl::Condition(s, &EventState::IsSet),
                                    absl::Now() + timeout, cancelled);
}

}  // namespace gillab
