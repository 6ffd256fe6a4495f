// QSBR (runtime/memory/qsbr.h): a retired block is not freed while an attached
// thread that could still read it has not been quiescent since, and is freed
// after; detached threads never hold reclamation up. The first tests step the
// threads' records by hand (each record stands for one thread; the test decides
// when each is quiescent), so every outcome is exact. The last one runs real
// readers against a writer that replaces and retires arrays, for the sanitizers:
// a reader touching a freed array is a report there.
#include "runtime/memory/qsbr.h"

#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace gillab {
namespace {

int g_freed = 0;  // blocks freed by CountFree (the stepped tests run on one thread)

void CountFree(void* block, std::size_t) {
  ++g_freed;
  delete static_cast<int*>(block);
}

class QsbrStepped : public ::testing::Test {
 protected:
  void SetUp() override { g_freed = 0; }
  Qsbr qsbr;
};

TEST_F(QsbrStepped, ARetiredBlockWaitsForEveryAttachedThread) {
  QsbrThread* writer = qsbr.Register();
  QsbrThread* reader = qsbr.Register();
  writer->Attach();
  reader->Attach();
  writer->Retire(new int(1), sizeof(int), CountFree);
  // Nobody has been quiescent since: nothing may be freed.
  EXPECT_EQ(writer->ProcessRetired(), 0);
  EXPECT_EQ(writer->pending(), 1u);
  // The writer has been; the reader has not.
  writer->Quiescent();
  EXPECT_EQ(writer->ProcessRetired(), 0);
  EXPECT_EQ(g_freed, 0);
  // Now the reader has passed a quiescent point too.
  reader->Quiescent();
  EXPECT_EQ(writer->ProcessRetired(), 1);
  EXPECT_EQ(g_freed, 1);
  EXPECT_EQ(writer->pending(), 0u);
  writer->Detach();
  reader->Detach();
  qsbr.Unregister(writer);
  qsbr.Unregister(reader);
}

TEST_F(QsbrStepped, ADetachedThreadDoesNotHoldReclamationUp) {
  QsbrThread* writer = qsbr.Register();
  QsbrThread* sleeper = qsbr.Register();
  writer->Attach();
  sleeper->Attach();
  sleeper->Detach();  // e.g. blocked in time.sleep(): it holds no pointer
  writer->Retire(new int(2), sizeof(int), CountFree);
  writer->Quiescent();
  EXPECT_EQ(writer->ProcessRetired(), 1);
  // Attaching again starts from the current sequence: it can only have read the
  // structures that replaced the retired one.
  writer->Retire(new int(3), sizeof(int), CountFree);
  sleeper->Attach();
  writer->Quiescent();
  EXPECT_EQ(writer->ProcessRetired(), 1);
  EXPECT_EQ(g_freed, 2);
  writer->Detach();
  sleeper->Detach();
  qsbr.Unregister(writer);
  qsbr.Unregister(sleeper);
}

// Blocks are freed in the order they were retired, each as soon as its own goal is
// reached.
TEST_F(QsbrStepped, EachBlockWaitsOnlyForItsOwnGoal) {
  QsbrThread* writer = qsbr.Register();
  QsbrThread* reader = qsbr.Register();
  writer->Attach();
  reader->Attach();
  writer->Retire(new int(4), sizeof(int), CountFree);
  reader->Quiescent();  // after the first retirement
  writer->Retire(new int(5), sizeof(int), CountFree);
  writer->Quiescent();
  EXPECT_EQ(writer->ProcessRetired(), 1);  // the first only
  EXPECT_EQ(writer->pending(), 1u);
  reader->Quiescent();
  EXPECT_EQ(writer->ProcessRetired(), 1);
  EXPECT_EQ(g_freed, 2);
  writer->Detach();
  reader->Detach();
  qsbr.Unregister(writer);
  qsbr.Unregister(reader);
}

// A thread that goes away with blocks still unsafe leaves them to the others: the
// next ProcessRetired frees them once the goal is reached, not before.
TEST_F(QsbrStepped, AnExitingThreadsBlocksAreAdopted) {
  QsbrThread* leaver = qsbr.Register();
  QsbrThread* reader = qsbr.Register();
  leaver->Attach();
  reader->Attach();
  leaver->Retire(new int(6), sizeof(int), CountFree);
  leaver->Detach();
  qsbr.Unregister(leaver);
  EXPECT_EQ(g_freed, 0);
  EXPECT_EQ(reader->ProcessRetired(), 0);  // the reader has not been quiescent
  reader->Quiescent();
  EXPECT_EQ(reader->ProcessRetired(), 1);
  EXPECT_EQ(g_freed, 1);
  reader->Detach();
  qsbr.Unregister(reader);
}

// Real threads: readers load the current array without a lock and read every
// element; a writer replaces the array and retires the old one. Readers report a
// quiescent state between reads. Under AddressSanitizer or ThreadSanitizer, a read
// of a freed array would be a report; here every array is freed exactly once.
TEST(Qsbr, ReadersNeverSeeAFreedArray) {
  constexpr int kReaders = 3;
  constexpr int kReplacements = 2000;
  constexpr int kSize = 64;
  static std::atomic<int> freed{0};
  freed = 0;
  Qsbr qsbr;
  std::atomic<std::int64_t*> current{new std::int64_t[kSize]()};
  std::atomic<bool> done{false};
  std::vector<std::thread> readers;
  std::atomic<std::int64_t> checksum{0};
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&] {
      QsbrThread* me = qsbr.Register();
      me->Attach();
      std::int64_t sum = 0;
      while (!done.load(std::memory_order_acquire)) {
        const std::int64_t* items = current.load(std::memory_order_acquire);
        for (int i = 0; i < kSize; ++i) sum += items[i];
        me->Quiescent();
      }
      checksum += sum;
      me->Detach();
      qsbr.Unregister(me);
    });
  }
  QsbrThread* writer = qsbr.Register();
  writer->Attach();
  for (int k = 1; k <= kReplacements; ++k) {
    auto* fresh = new std::int64_t[kSize];
    for (int i = 0; i < kSize; ++i) fresh[i] = k;
    std::int64_t* old = current.exchange(fresh, std::memory_order_acq_rel);
    writer->Retire(old, kSize * sizeof(std::int64_t), [](void* block, std::size_t) {
      delete[] static_cast<std::int64_t*>(block);
      freed.fetch_add(1);
    });
    writer->Quiescent();
    writer->ProcessRetired();
  }
  done.store(true, std::memory_order_release);
  for (std::thread& t : readers) t.join();
  writer->Quiescent();
  writer->ProcessRetired();
  EXPECT_EQ(writer->pending(), 0u) << "every reader detached: nothing can be pending";
  writer->Detach();
  qsbr.Unregister(writer);
  EXPECT_EQ(freed.load(), kReplacements);
  delete[] current.load();
  EXPECT_GE(checksum.load(), 0);
}

}  // namespace
}  // namespace gillab
