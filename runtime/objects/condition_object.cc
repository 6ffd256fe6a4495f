// gillab/runtime/objects/condition_object.cc
#include "runtime/objects/condition_object.h"

#include <algorithm>
#include <cstdint>
#include <list>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/sync_state.h"

namespace gillab {

struct ConditionWaiter {
  bool notified = false;  // guarded by the condition's mu
};

namespace {

struct ConditionState {
  absl::Mutex mu;
  std::list<ConditionWaiter*> waiters ABSL_GUARDED_BY(mu);  // arrival order
};

struct ConditionObject {
  Object header;
  ConditionState* state;
  Object* lock;  // owned; set once
};

ConditionState* State(const Object* ob) {
  return sync_internal::StateOf<ConditionState>(ob);
}

void ConditionDealloc(Object* self) {
  DecRef(reinterpret_cast<ConditionObject*>(self)->lock);
  sync_internal::FreeWithState<ConditionState>(self);
}

void ConditionRepr(const Object* self, std::string* out) {  // CPython's
  ConditionState* s = State(self);
  std::size_t waiting;
  {
    absl::MutexLock l(&s->mu);
    waiting = s->waiters.size();
  }
  out->append("<Condition(");
  AppendRepr(ConditionLock(self), out);
  out->append(", " + std::to_string(waiting) + ")>");
}

}  // namespace

// Not traversed by the collector: a lock references nothing.
const TypeObject kConditionType = {
    .name = TypeIndexName(TypeIndex::kCondition),
    .index = TypeIndex::kCondition,
    .basic_size = sizeof(ConditionObject),
    .item_size = 0,
    .dealloc = ConditionDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = ConditionRepr,
};

Object* NewCondition(Object* lock) {
  Object* ob = AllocObject(kConditionType, sizeof(ConditionObject));
  auto* c = reinterpret_cast<ConditionObject*>(ob);
  c->state = new ConditionState;
  c->lock = NewRef(lock);
  return ob;
}

Object* ConditionLock(const Object* cond) {
  return reinterpret_cast<const ConditionObject*>(cond)->lock;
}

ConditionWaiter* ConditionEnqueue(Object* cond) {
  ConditionState* s = State(cond);
  auto* w = new ConditionWaiter;
  absl::MutexLock l(&s->mu);
  s->waiters.push_back(w);
  return w;
}

bool ConditionAwait(Object* cond, ConditionWaiter* waiter, absl::Duration timeout,
                    absl::FunctionRef<bool()> cancelled) {
  ConditionState* s = State(cond);
  absl::MutexLock l(&s->mu);
  // Await reads the flag holding mu, as notify() writes it.
  sync_internal::AwaitSliced(s->mu, absl::Condition(&waiter->notified),
                             absl::Now() + timeout, cancelled);
  const bool was_notified = waiter->notified;
  if (!was_notified) s->waiters.remove(waiter);  // notify() took it out otherwise
  delete waiter;
  return was_notified;
}

std::int64_t ConditionNotify(Object* cond, std::int64_t n) {
  ConditionState* s = State(cond);
  absl::MutexLock l(&s->mu);
  std::int64_t woken = 0;
  while (woken < n && !s->waiters.empty()) {
    s->waiters.front()->notified = true;  // the unlock wakes it
    s->waiters.pop_front();
    ++woken;
  }
  return woken;
}

}  // namespace gillab
