// gillab/runtime/memory/byte_mutex.h — a mutex in one byte, as PEP 703's PyMutex.
//
// The free-threaded build gives every object a lock (ob_mutex) so that list and
// dict operations can lock the one object they change. Millions of objects cannot
// each carry a 40-byte pthread mutex; PEP 703's PyMutex is one byte, two bits of
// it used:
//   kLocked     the lock is held;
//   kHasParked  some thread may be parked waiting for it (parking_lot.h).
// Lock: one compare-and-swap 0 -> kLocked when nobody holds it (the uncontended
// path, a few nanoseconds). Otherwise spin a little (the holder may be about to
// let go), then set kHasParked and park on the byte. Unlock: one CAS
// kLocked -> 0 when nobody is parked; else wake the longest waiter. Like
// CPython's lock.c, the unlocker hands the lock straight to the woken waiter
// (the byte stays kLocked) once that waiter has waited over 1 ms, so that a
// thread re-locking in a loop cannot starve it; before that, the waiter competes
// on waking ("barging", which keeps throughput up).
//
// Not recursive. Requires: Unlock by the thread that locked; the byte outlives
// every thread using it.
#ifndef GILLAB_RUNTIME_MEMORY_BYTE_MUTEX_H_
#define GILLAB_RUNTIME_MEMORY_BYTE_MUTEX_H_

#include <atomic>
#include <cstdint>

#include "absl/base/thread_annotations.h"

namespace gillab {

class ABSL_LOCKABLE ByteMutex {
 public:
  static constexpr std::uint8_t kLocked = 1;
  static constexpr std::uint8_t kHasParked = 2;
  // How long a waiter is kept waiting before the lock is handed to it.
  static constexpr std::int64_t kFairAfterNs = 1'000'000;

  constexpr ByteMutex() = default;
  ByteMutex(const ByteMutex&) = delete;
  ByteMutex& operator=(const ByteMutex&) = delete;

  // Blocks until the calling thread holds the lock.
  void Lock() ABSL_EXCLUSIVE_LOCK_FUNCTION() {
    std::uint8_t unlocked = 0;
    if (std::atomic_ref<std::uint8_t>(bits_).compare_exchange_strong(
            unlocked, kLocked, std::memory_order_acquire, std::memory_order_relaxed)) {
      return;
    }
    LockSlow();
  }

  // Takes the lock if nobody holds it; never blocks. True if taken.
  bool TryLock() ABSL_EXCLUSIVE_TRYLOCK_FUNCTION(true) {
    std::uint8_t v = std::atomic_ref<std::uint8_t>(bits_).load(std::memory_order_relaxed);
    while ((v & kLocked) == 0) {
      if (std::atomic_ref<std::uint8_t>(bits_).compare_exchange_weak(
              v, static_cast<std::uint8_t>(v | kLocked), std::memory_order_acquire,
              std::memory_order_relaxed)) {
        return true;
      }
    }
    return false;
  }

  // Releases the lock. Requires: held by the calling thread.
  void Unlock() ABSL_UNLOCK_FUNCTION() {
    std::uint8_t locked = kLocked;
    if (std::atomic_ref<std::uint8_t>(bits_).compare_exchange_strong(
            locked, 0, std::memory_order_release, std::memory_order_relaxed)) {
      return;
    }
    UnlockSlow();
  }

  // The byte (kLocked | kHasParked bits), for tests and for lessons that show it.
  std::uint8_t bits() const {
    return std::atomic_ref<const std::uint8_t>(bits_).load(std::memory_order_relaxed);
  }

 private:
  void LockSlow();
  void UnlockSlow();

  std::uint8_t bits_ = 0;  // accessed only through std::atomic_ref
};
static_assert(sizeof(ByteMutex) == 1, "PEP 703's ob_mutex is one byte");

// Holds `mu` for a scope.
class ABSL_SCOPED_LOCKABLE ByteMutexLock {
 public:
  explicit ByteMutexLock(ByteMutex* mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu) : mu_(mu) {
    mu_->Lock();
  }
  ~ByteMutexLock() ABSL_UNLOCK_FUNCTION() { mu_->Unlock(); }
  ByteMutexLock(const ByteMutexLock&) = delete;
  ByteMutexLock& operator=(const ByteMutexLock&) = delete;

 private:
  ByteMutex* const mu_;
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_BYTE_MUTEX_H_
