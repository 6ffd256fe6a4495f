// gillab/runtime/objects/lock_object.cc
#include "runtime/objects/lock_object.h"

#include <atomic>
#include <cstdint>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "runtime/memory/alloc.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/sync_state.h"

namespace gillab {

namespace {

// This thread, as an RLock's owner.
std::uintptr_t ThisThread() {
  static thread_local char tag;
  return reinterpret_cast<std::uintptr_t>(&tag);
}

struct LockState {
  explicit LockState(bool r) : reentrant(r) {}
  bool Unlocked() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) { return !locked; }
  // Takes the free lock for this thread.
  void Take() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
    locked = true;
    owner = ThisThread();
    levels = 1;
  }

  const bool reentrant;
  mutable absl::Mutex mu;
  bool locked ABSL_GUARDED_BY(mu) = false;
  // The thread that took it and how many times (an RLock's; a Lock keeps them
  // for LockIsOwned's sake but any thread may release it).
  std::uintptr_t owner ABSL_GUARDED_BY(mu) = 0;
  std::int64_t levels ABSL_GUARDED_BY(mu) = 0;
};

struct LockObject {
  Object header;
  LockState* state;
};

LockState* State(const Object* ob) { return sync_internal::StateOf<LockState>(ob); }

void LockDealloc(Object* self) { sync_internal::FreeWithState<LockState>(self); }

void LockRepr(const Object* self, std::string* out) {
  LockState* s = State(self);
  absl::MutexLock l(&s->mu);
  out->append(s->locked ? "<locked " : "<unlocked ");
  if (!s->reentrant) {
    out->append("lock object>");
    return;
  }
  // CPython's: the owner is a thread id, here the thread's tag.
  out->append("_thread.RLock object owner=" + std::to_string(s->locked ? s->owner : 0) +
              " count=" + std::to_string(s->locked ? s->levels : 0) + " at ");
  AppendAddress(self, out);
  out->append(">");
}

Object* NewLockOf(const TypeObject& type, bool reentrant) {
  Object* ob = AllocObject(type, sizeof(LockObject));
  reinterpret_cast<LockObject*>(ob)->state = new LockState(reentrant);
  return ob;
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

const TypeObject kRLockType = {
    .name = TypeIndexName(TypeIndex::kRLock),
    .index = TypeIndex::kRLock,
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

Object* NewLock() { return NewLockOf(kLockType, /*reentrant=*/false); }
Object* NewRLock() { return NewLockOf(kRLockType, /*reentrant=*/true); }

bool LockTryAcquire(Object* lock) {
  LockState* s = State(lock);
  absl::MutexLock l(&s->mu);
  if (s->locked) {
    if (!s->reentrant || s->owner != ThisThread()) return false;
    ++s->levels;
    return true;
  }
  s->Take();
  return true;
}

TimedAcquire LockAcquireWithTimeout(Object* lock, absl::Duration timeout,
                                    absl::FunctionRef<bool()> cancelled) {
  LockState* s = State(lock);
  absl::MutexLock l(&s->mu);
  bool freed = false;
  // Only a deliberate race frees a Lock with a waiter (whose reference should
  // have kept it alive); then no holder will release it, and waiting on would
  // hang the lab. The header outlives the free (debug memory), so it can tell.
  const auto stop = [&] {
    const auto mode =
        std::atomic_ref<std::uint8_t>(*reinterpret_cast<std::uint8_t*>(&lock->mode))
            .load(std::memory_order_relaxed);
    freed = (mode & kFreedModeBit) != 0;
    return freed || cancelled();
  };
  if (!sync_internal::AwaitSliced(s->mu, absl::Condition(s, &LockState::Unlocked),
                                  absl::Now() + timeout, stop)) {
    return freed ? TimedAcquire::kFreed
                 : (cancelled() ? TimedAcquire::kCancelled : TimedAcquire::kTimedOut);
  }
  s->Take();
  return TimedAcquire::kAcquired;
}

bool LockAcquireBlocking(Object* lock) {
  return LockAcquireWithTimeout(lock, absl::InfiniteDuration(), [] { return false; }) ==
         TimedAcquire::kAcquired;
}

bool LockRelease(Object* lock) {
  LockState* s = State(lock);
  absl::MutexLock l(&s->mu);
  if (!s->locked || (s->reentrant && s->owner != ThisThread())) return false;
  if (s->reentrant && --s->levels > 0) return true;
  s->locked = false;
  s->owner = 0;
  s->levels = 0;
  return true;
}

bool LockIsLocked(const Object* lock) {
  LockState* s = State(lock);
  absl::MutexLock l(&s->mu);
  return s->locked;
}

bool LockIsOwned(const Object* lock) {
  LockState* s = State(lock);
  absl::MutexLock l(&s->mu);
  return s->locked && (!s->reentrant || s->owner == ThisThread());
}

std::int64_t LockReleaseAll(Object* lock) {
  LockState* s = State(lock);
  absl::MutexLock l(&s->mu);
  if (!s->locked || (s->reentrant && s->owner != ThisThread())) return 0;
  const std::int64_t levels = s->reentrant ? s->levels : 1;
  s->locked = false;
  s->owner = 0;
  s->levels = 0;
  return levels;
}

void LockRestoreLevels(Object* lock, std::int64_t levels) {
  LockState* s = State(lock);
  absl::MutexLock l(&s->mu);
  if (s->reentrant && s->locked && s->owner == ThisThread()) s->levels = levels;
}

}  // namespace gillab
