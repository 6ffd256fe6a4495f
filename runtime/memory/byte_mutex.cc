// gillab/runtime/memory/byte_mutex.cc — ByteMutex's contended paths
// (byte_mutex.h), after CPython 3.13's Python/lock.c.
#include "runtime/memory/byte_mutex.h"

#include <chrono>
#include <thread>

#include "runtime/memory/parking_lot.h"

namespace gillab {

namespace {

// Spins before parking: enough to ride out a short critical section on another
// core, not so many that a waiter burns a time slice (CPython: 40).
constexpr int kMaxSpins = 40;

std::int64_t NowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// What a parked locker tells the unlocker that wakes it.
struct Parked {
  explicit Parked(std::int64_t since) : since_ns(since) {}
  const std::int64_t since_ns;
  bool handed_off = false;  // set by the unlocker: the lock is ours already
};

}  // namespace

void ByteMutex::LockSlow() {
  std::atomic_ref<std::uint8_t> bits(bits_);
  const std::int64_t start = NowNs();
  int spins = 0;
  std::uint8_t v = bits.load(std::memory_order_relaxed);
  for (;;) {
    if ((v & kLocked) == 0) {
      // Free (perhaps with waiters parked: we barge past them).
      if (bits.compare_exchange_weak(v, static_cast<std::uint8_t>(v | kLocked),
                                     std::memory_order_acquire,
                                     std::memory_order_relaxed)) {
        return;
      }
      continue;
    }
    if ((v & kHasParked) == 0) {
      if (spins < kMaxSpins) {
        ++spins;
        std::this_thread::yield();
        v = bits.load(std::memory_order_relaxed);
        continue;
      }
      if (!bits.compare_exchange_weak(v, static_cast<std::uint8_t>(v | kHasParked),
                                      std::memory_order_relaxed,
                                      std::memory_order_relaxed)) {
        continue;
      }
      v |= kHasParked;
    }
    Parked self(start);
    if (parking_lot::Park(&bits_, v, &self) == parking_lot::ParkResult::kWoken &&
        self.handed_off) {
      // The unlocker stored kLocked for us under the bucket lock that our
      // wake-up went through (which orders its critical section before ours): we
      // hold the lock.
      return;
    }
    v = bits.load(std::memory_order_relaxed);
  }
}

void ByteMutex::UnlockSlow() {
  std::atomic_ref<std::uint8_t> bits(bits_);
  parking_lot::Unpark(&bits_, [&](void* data, bool more_waiters) {
    std::uint8_t next = 0;
    if (data != nullptr) {
      auto* waiter = static_cast<Parked*>(data);
      if (NowNs() - waiter->since_ns > kFairAfterNs) {
        waiter->handed_off = true;
        next = kLocked;
      }
    }
    if (more_waiters) next |= kHasParked;
    bits.store(next, std::memory_order_release);
  });
}

}  // namespace gillab
