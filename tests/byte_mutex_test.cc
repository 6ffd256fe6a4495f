// ByteMutex (PEP 703's one-byte PyMutex) and the parking lot: exclusion under
// contention (exact counts; ThreadSanitizer sees no race), the parked bit set by a
// waiter stepped by the test, and the parking lot's refusal to park on a byte
// that has changed.
#include "runtime/memory/byte_mutex.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/memory/parking_lot.h"

namespace gillab {
namespace {

TEST(ByteMutex, IsOneByteAndStartsUnlocked) {
  ByteMutex mu;
  EXPECT_EQ(sizeof mu, 1u);
  EXPECT_EQ(mu.bits(), 0);
  mu.Lock();
  EXPECT_EQ(mu.bits(), ByteMutex::kLocked);
  std::thread other([&] {
    if (mu.TryLock()) {
      ADD_FAILURE() << "TryLock took a held lock";
      mu.Unlock();
    }
  });
  other.join();
  mu.Unlock();
  EXPECT_EQ(mu.bits(), 0);
  if (mu.TryLock()) {
    EXPECT_EQ(mu.bits(), ByteMutex::kLocked);
    mu.Unlock();
  } else {
    ADD_FAILURE() << "TryLock failed on a free lock";
  }
}

// 4 threads x 100,000 increments of a plain counter, each under the lock: exact,
// and with no data race on the counter for ThreadSanitizer to report.
TEST(ByteMutex, ExcludesUnderContention) {
  ByteMutex mu;
  std::int64_t counter = 0;
  constexpr int kThreads = 4;
  constexpr int kIncrements = 100'000;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kIncrements; ++i) {
        ByteMutexLock lock(&mu);
        ++counter;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(counter, kThreads * kIncrements);
  EXPECT_EQ(mu.bits(), 0);
}

// Long critical sections: waiters outlast their spins and park; every one of them
// still gets the lock, and the byte ends clear.
TEST(ByteMutex, ParkedWaitersAllGetTheLock) {
  ByteMutex mu;
  std::int64_t entered = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        ByteMutexLock lock(&mu);
        ++entered;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(entered, 80);
  EXPECT_EQ(mu.bits(), 0);
}

// Stepped by the test: the main thread holds the lock; a waiter spins, sets the
// parked bit and parks (the byte reads kLocked | kHasParked); Unlock wakes it and
// it runs its critical section; nobody is left parked.
TEST(ByteMutex, AWaiterParksAndUnlockWakesIt) {
  ByteMutex mu;
  std::atomic<bool> inside{false};
  mu.Lock();
  std::thread waiter([&] {
    ByteMutexLock lock(&mu);
    inside.store(true);
  });
  while (mu.bits() != (ByteMutex::kLocked | ByteMutex::kHasParked)) {
    std::this_thread::yield();
  }
  EXPECT_FALSE(inside.load());
  mu.Unlock();
  waiter.join();
  EXPECT_TRUE(inside.load());
  EXPECT_EQ(mu.bits(), 0);
}

TEST(ParkingLot, DoesNotParkOnAByteThatChanged) {
  std::uint8_t byte = 5;
  EXPECT_EQ(parking_lot::Park(&byte, 4, nullptr), parking_lot::ParkResult::kMismatch);
}

TEST(ParkingLot, UnparkWithNobodyParkedSaysSo) {
  std::uint8_t byte = 0;
  bool called = false;
  parking_lot::Unpark(&byte, [&](void* data, bool more) {
    called = true;
    EXPECT_EQ(data, nullptr);
    EXPECT_FALSE(more);
  });
  EXPECT_TRUE(called);
}

// Two threads parked on one byte, stepped by the test (each starts once the one
// before is queued): the first Unpark wakes the first to park (FIFO) and reports
// that another remains; the second reports none.
TEST(ParkingLot, WakesInOrderAndCountsTheRest) {
  std::uint8_t byte = 1;
  int first = 1, second = 2;
  auto park = [&](int* data) {
    EXPECT_EQ(parking_lot::Park(&byte, 1, data), parking_lot::ParkResult::kWoken);
  };
  std::thread a(park, &first);
  while (parking_lot::Waiters(&byte) < 1) std::this_thread::yield();
  std::thread b(park, &second);
  while (parking_lot::Waiters(&byte) < 2) std::this_thread::yield();
  std::vector<int> woken;
  std::vector<bool> more;
  for (int i = 0; i < 2; ++i) {
    parking_lot::Unpark(&byte, [&](void* data, bool more_waiters) {
      ASSERT_NE(data, nullptr);
      woken.push_back(*static_cast<int*>(data));
      more.push_back(more_waiters);
    });
  }
  a.join();
  b.join();
  EXPECT_EQ(woken, (std::vector<int>{1, 2}));
  EXPECT_EQ(more, (std::vector<bool>{true, false}));
  EXPECT_EQ(parking_lot::Waiters(&byte), 0);
}

}  // namespace
}  // namespace gillab
