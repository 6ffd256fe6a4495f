// gillab/runtime/objects/lock_object.cc
#include "runtime/objects/lock_object.h"

#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/memory/alloc.h"

namespace gillab {

namespace {

// Kept out of object memory: the allocator poisons freed blocks, and a mutex's
// storage must not be reused while a waiter might still be inside it.
struct LockState {
  bool Unlocked() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) { return !locked; }

  mutable absl::Mutex mu;
  bool locked ABSL_GUARDED_BY(mu) = false;
};

struct LockObject {
  Object header;
  LockState* state;
};

LockState* StateOf(const Object* ob) {
  return reinterpret_cast<const LockObject*>(ob)->state;
}

void LockDealloc(Object* self) {
  delete StateOf(self);
  FreeObject(self);
}

void LockRepr(const Object* self, std::string* out) {
  out->append(LockIsLocked(self) ? "<locked lock object>" : "<unlocked lock object>");
}

}  // namespace

const TypeObject kLockType = {
    .name = TypeIndexName(TypeIndex::kLock),
    .index = TypeIndex::kLock,
    .basic_size = sizeof(LockObject),
    .item_size = 0,
    .dealloc = LockDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = LockRepr,
};

Object* NewLock() {
  Object* ob = AllocObject(kLockType, sizeof(LockObject));
  reinterpret_cast<LockObject*>(ob)->state = new LockState;
  return ob;
}

bool LockTryAcquire(Object* lock) {
  LockState* s = StateOf(lock);
  absl::MutexLock l(&s->mu);
  if (s->locked) return false;
  s->locked = true;
  return true;
}

void LockAcquireBlocking(Object* lock) {
  LockState* s = StateOf(lock);
  absl::MutexLock l(&s->mu);
  s->mu.Await(absl::Condition(s, &LockState::Unlocked));
  s->locked = true;
}

bool LockRelease(Object* lock) {
  LockState* s = StateOf(lock);
  absl::MutexLock l(&s->mu);
  if (!s->locked) return false;
  s->locked = false;
  return true;
}

bool LockIsLocked(const Object* lock) {
  LockState* s = StateOf(lock);
  absl::MutexLock l(&s->mu);
  return s->locked;
}

}  // namespace gillab
