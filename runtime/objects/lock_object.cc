// gillab/runtime/objects/lock_object.cc
#include "runtime/objects/lock_object.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/runtime_state.h"

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

void DeleteState(void* state) { delete static_cast<LockState*>(state); }

void LockDealloc(Object* self) {
  RuntimeState* runtime = RuntimeState::Current();
  if (!runtime->options().debug_memory) {
    delete StateOf(self);
    FreeObject(self);
    return;
  }
  // A deliberate race may free a Lock that other threads still use: one may be
  // blocked inside its mutex, another about to read the state pointer. Both stay
  // valid until the runtime ends; the object itself is reported as freed.
  runtime->RetireUntilExit(StateOf(self), DeleteState);
  FreeObjectKeeping(self, /*keep_after_header=*/sizeof(LockState*));
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

TimedAcquire LockAcquireWithTimeout(Object* lock, absl::Duration timeout) {
  LockState* s = StateOf(lock);
  const absl::Time deadline = absl::Now() + timeout;
  absl::MutexLock l(&s->mu);
  for (;;) {
    const absl::Duration wait = std::min(absl::Milliseconds(100), deadline - absl::Now());
    if (s->mu.AwaitWithTimeout(absl::Condition(s, &LockState::Unlocked), wait)) break;
    // Only a deliberate race frees a Lock with a waiter (whose reference should
    // have kept it alive); then no holder will release it, and waiting on would
    // hang the lab. The header outlives the free (debug_memory), so it can tell.
    const auto mode =
        std::atomic_ref<std::uint8_t>(*reinterpret_cast<std::uint8_t*>(&lock->mode))
            .load(std::memory_order_relaxed);
    if (mode & kFreedModeBit) return TimedAcquire::kFreed;
    if (absl::Now() >= deadline) return TimedAcquire::kTimedOut;
  }
  s->locked = true;
  return TimedAcquire::kAcquired;
}

bool LockAcquireBlocking(Object* lock) {
  return LockAcquireWithTimeout(lock, absl::InfiniteDuration()) ==
         TimedAcquire::kAcquired;
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
