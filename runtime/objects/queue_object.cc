// gillab/runtime/objects/queue_object.cc
#include "runtime/objects/queue_object.h"

#include <cstdint>
#include <deque>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/sync_state.h"

namespace gillab {

namespace {

struct QueueState {
  explicit QueueState(std::int64_t m) : maxsize(m) {}
  bool NotEmpty() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) { return !items.empty(); }
  bool NotFull() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
    return maxsize <= 0 || static_cast<std::int64_t>(items.size()) < maxsize;
  }
  bool AllDone() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) { return unfinished == 0; }

  const std::int64_t maxsize;
  mutable absl::Mutex mu;
  std::deque<Object*> items ABSL_GUARDED_BY(mu);  // owned references
  std::int64_t unfinished ABSL_GUARDED_BY(mu) = 0;
};

struct QueueObject {
  Object header;
  QueueState* state;
};

QueueState* State(const Object* ob) { return sync_internal::StateOf<QueueState>(ob); }

void QueueDealloc(Object* self) {
  std::deque<Object*> items;
  {
    QueueState* s = State(self);
    absl::MutexLock l(&s->mu);
    items.swap(s->items);
  }
  for (Object* item : items) DecRef(item);
  sync_internal::FreeWithState<QueueState>(self);
}

void QueueRepr(const Object* self, std::string* out) {  // CPython's
  out->append("<queue.Queue object at ");
  AppendAddress(self, out);
  out->append(">");
}

}  // namespace

const TypeObject kQueueType = {
    .name = TypeIndexName(TypeIndex::kQueue),
    .index = TypeIndex::kQueue,
    .basic_size = sizeof(QueueObject),
    .item_size = 0,
    .dealloc = QueueDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = QueueRepr,
};

Object* NewQueue(std::int64_t maxsize) {
  Object* ob = AllocObject(kQueueType, sizeof(QueueObject));
  reinterpret_cast<QueueObject*>(ob)->state = new QueueState(maxsize);
  return ob;
}

bool QueueTryPut(Object* queue, Object* item) {
  QueueState* s = State(queue);
  absl::MutexLock l(&s->mu);
  if (!s->NotFull()) return false;
  s->items.push_back(NewRef(item));
  ++s->unfinished;
  return true;
}

Object* QueueTryGet(Object* queue) {
  QueueState* s = State(queue);
  absl::MutexLock l(&s->mu);
  if (s->items.empty()) return nullptr;
  Object* item = s->items.front();
  s->items.pop_front();
  return item;
}

std::int64_t QueueSize(const Object* queue) {
  QueueState* s = State(queue);
  absl::MutexLock l(&s->mu);
  return static_cast<std::int64_t>(s->items.size());
}

std::int64_t QueueMaxSize(const Object* queue) { return State(queue)->maxsize; }

bool QueueTaskDone(Object* queue) {
  QueueState* s = State(queue);
  absl::MutexLock l(&s->mu);
  if (s->unfinished <= 0) return false;
  --s->unfinished;
  return true;
}

bool QueueAwait(Object* queue, QueueEvent event, absl::Time deadline,
                absl::FunctionRef<bool()> cancelled) {
  QueueState* s = State(queue);
  absl::MutexLock l(&s->mu);
  bool (QueueState::*test)() const =
      event == QueueEvent::kNotEmpty  ? &QueueState::NotEmpty
      : event == QueueEvent::kNotFull ? &QueueState::NotFull
                                      : &QueueState::AllDone;
  return sync_internal::AwaitSliced(s->mu, absl::Condition(s, test), deadline, cancelled);
}

}  // namespace gillab
