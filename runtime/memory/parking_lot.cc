// gillab/runtime/memory/parking_lot.cc — the buckets and their queues
// (parking_lot.h).
#include "runtime/memory/parking_lot.h"

#include <atomic>
#include <cstddef>
#include <functional>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"

namespace gillab::parking_lot {

namespace {

// One parked thread, on its own stack while it waits.
struct Waiter {
  Waiter(const std::uint8_t* a, void* d) : address(a), data(d) {}
  const std::uint8_t* const address;
  void* const data;
  bool woken = false;  // guarded by the bucket's mu
  absl::CondVar cv;
  Waiter* next = nullptr;
};

struct Bucket {
  absl::Mutex mu;
  // FIFO queue of the waiters of every address that hashes here.
  Waiter* head ABSL_GUARDED_BY(mu) = nullptr;
  Waiter* tail ABSL_GUARDED_BY(mu) = nullptr;
};

// A prime number of buckets, as CPython's (257): collisions only share a queue.
constexpr std::size_t kBuckets = 257;

Bucket& BucketOf(const std::uint8_t* address) {
  static Bucket* const buckets = new Bucket[kBuckets];  // never destroyed: threads
                                                        // may park during exit
  return buckets[std::hash<const void*>{}(address) % kBuckets];
}

}  // namespace

ParkResult Park(const std::uint8_t* address, std::uint8_t expected, void* waiter_data) {
  Bucket& b = BucketOf(address);
  absl::MutexLock lock(&b.mu);
  // Read under the bucket lock: an Unpark (which takes it too) either ran before,
  // and then the byte has changed, or runs after we are queued.
  if (std::atomic_ref<const std::uint8_t>(*address).load(std::memory_order_relaxed) !=
      expected) {
    return ParkResult::kMismatch;
  }
  Waiter self(address, waiter_data);
  if (b.tail == nullptr) {
    b.head = &self;
  } else {
    b.tail->next = &self;
  }
  b.tail = &self;
  while (!self.woken) self.cv.Wait(&b.mu);
  return ParkResult::kWoken;
}

void Unpark(const std::uint8_t* address,
            absl::FunctionRef<void(void* waiter_data, bool more_waiters)> on_unpark) {
  Bucket& b = BucketOf(address);
  absl::MutexLock lock(&b.mu);
  Waiter* prev = nullptr;
  Waiter* w = b.head;
  while (w != nullptr && w->address != address) {
    prev = w;
    w = w->next;
  }
  if (w == nullptr) {
    on_unpark(nullptr, false);
    return;
  }
  // Unlink w.
  (prev == nullptr ? b.head : prev->next) = w->next;
  if (b.tail == w) b.tail = prev;
  bool more = false;
  for (Waiter* o = w->next; o != nullptr && !more; o = o->next)
    more = o->address == address;
  on_unpark(w->data, more);
  w->woken = true;
  w->cv.Signal();  // under the lock: w stays valid until its Park re-takes it
}

int Waiters(const std::uint8_t* address) {
  Bucket& b = BucketOf(address);
  absl::MutexLock lock(&b.mu);
  int n = 0;
  for (Waiter* w = b.head; w != nullptr; w = w->next) n += w->address == address;
  return n;
}

}  // namespace gillab::parking_lot
