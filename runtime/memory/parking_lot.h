// gillab/runtime/memory/parking_lot.h — where threads wait on a byte.
//
// A lock that lives in one byte (byte_mutex.h, PEP 703's per-object ob_mutex)
// has no room for a queue of waiters. The parking lot keeps the queues on the
// side, in a fixed table of buckets hashed by the waited-on address, as WebKit's
// WTF::ParkingLot and CPython 3.13's Python/parking_lot.c do. A thread parks on an
// address only if the byte there still holds the value it expects, checked under
// the bucket's lock, so a wake-up between its last look and its sleep is never
// lost. Waiters of one address wake in FIFO order.
//
// Thread safety: every function may be called from any thread. Park blocks;
// Unpark does not (it takes a bucket lock briefly).
#ifndef GILLAB_RUNTIME_MEMORY_PARKING_LOT_H_
#define GILLAB_RUNTIME_MEMORY_PARKING_LOT_H_

#include <cstdint>

#include "absl/functional/function_ref.h"

namespace gillab::parking_lot {

enum class ParkResult {
  kWoken,     // an Unpark on the address chose this thread
  kMismatch,  // the byte no longer held `expected`: not parked at all
};

// Blocks the calling thread until an Unpark on `address` wakes it, provided the
// byte at `address` (read atomically, under the bucket's lock) equals `expected`;
// otherwise returns kMismatch at once. `waiter_data` is handed to the Unpark that
// wakes this thread. Requires: `address` stays valid until Park returns.
ParkResult Park(const std::uint8_t* address, std::uint8_t expected, void* waiter_data);

// Wakes the longest-parked thread on `address`, if any. Before that thread runs,
// and under the bucket's lock (so that no thread can park on `address` meanwhile),
// calls `on_unpark(waiter_data, more_waiters)`: the woken thread's Park data (null
// when nobody was parked) and whether others remain parked on `address`. The
// callback publishes the byte's new state; it must not park or unpark.
void Unpark(const std::uint8_t* address,
            absl::FunctionRef<void(void* waiter_data, bool more_waiters)> on_unpark);

// How many threads are parked on `address` now (for tests that step threads, and
// for lessons that show a lock's queue).
int Waiters(const std::uint8_t* address);

}  // namespace gillab::parking_lot

#endif  // GILLAB_RUNTIME_MEMORY_PARKING_LOT_H_
