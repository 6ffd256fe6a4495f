// Tests of the GIL strategies on their own (no interpreter): exclusion, yielding,
// and the drop-request protocol.
#include "gil/gil.h"

#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include "gil/strategies.h"
#include "gtest/gtest.h"

namespace gillab {
namespace {

std::string KindName(const ::testing::TestParamInfo<GilKind>& info) {
  return GilKindName(info.param);
}

class GilExclusionTest : public ::testing::TestWithParam<GilKind> {};

// 4 threads increment a plain (non-atomic) counter only while holding the GIL,
// yielding as the interpreter would at poll points. Exact total, and under TSan
// no data race: the strategy orders the holders' memory.
TEST_P(GilExclusionTest, FourThreadsEndWithExactTotal) {
  GilOptions options;
  options.switch_interval_ns = 50'000;  // many switches in a short test
  options.check_interval = 10;
  std::unique_ptr<Gil> gil = MakeGil(GetParam(), options);
  constexpr int kThreads = 4, kRounds = 200, kPerRound = 100;
  std::int64_t counter = 0;  // guarded by the GIL, deliberately not atomic
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      EvalBreaker breaker;
      GilThread t(&breaker, nullptr);
      int ticks = gil->yield_interval();
      for (int r = 0; r < kRounds; ++r) {
        gil->Acquire(t);
        for (int j = 0; j < kPerRound; ++j) {
          counter = counter + 1;
          if (breaker.Load() != 0 || (gil->yield_interval() > 0 && --ticks <= 0)) {
            gil->Yield(t);
            ticks = gil->yield_interval();
          }
        }
        gil->Release(t);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(counter, std::int64_t{kThreads} * kRounds * kPerRound);
}

INSTANTIATE_TEST_SUITE_P(Exclusive, GilExclusionTest,
                         ::testing::Values(GilKind::kNew, GilKind::kOld, GilKind::kMutex,
                                           GilKind::kFair, GilKind::kSpin, GilKind::kAbsl,
                                           GilKind::kPriority),
                         KindName);

TEST(GilTest, NamesRoundTrip) {
  for (int i = 0; i < kNumGilKinds; ++i) {
    GilKind kind;
    ASSERT_TRUE(ParseGilKind(GilKindName(static_cast<GilKind>(i)), &kind));
    EXPECT_EQ(static_cast<int>(kind), i);
    EXPECT_EQ(MakeGil(kind)->kind(), kind);
  }
  GilKind kind;
  EXPECT_FALSE(ParseGilKind("newer", &kind));
  EXPECT_FALSE(MakeGil(GilKind::kNone)->exclusive());
  EXPECT_TRUE(MakeGil(GilKind::kNew)->exclusive());
  EXPECT_EQ(MakeGil(GilKind::kOld, {.check_interval = 7})->yield_interval(), 7);
  EXPECT_EQ(MakeGil(GilKind::kNew)->yield_interval(), 0);
}

class DropRequestTest : public ::testing::TestWithParam<GilKind> {};

// A waiter that waits a switch interval asks the holder to drop: the holder's
// eval breaker gets kGilDropRequest, and Yield hands the GIL over (the waiter
// runs before the holder gets it back).
TEST_P(DropRequestTest, WaiterAsksHolderToDrop) {
  std::unique_ptr<Gil> gil = MakeGil(GetParam(), {.switch_interval_ns = 1'000'000});
  EvalBreaker holder_breaker, waiter_breaker;
  GilThread holder(&holder_breaker, nullptr), waiter(&waiter_breaker, nullptr);
  gil->Acquire(holder);
  std::atomic<bool> waiter_ran{false};
  std::thread w([&] {
    gil->Acquire(waiter);
    waiter_ran.store(true);
    gil->Release(waiter);
  });
  // The holder spins at its "poll point" until asked; no timing assumption but
  // that the waiter eventually times out.
  while (holder_breaker.Load() == 0) std::this_thread::yield();
  EXPECT_TRUE(holder_breaker.IsSet(EvalBreaker::kGilDropRequest));
  gil->Yield(holder);
  EXPECT_EQ(holder.forced_switches, 1);
  EXPECT_TRUE(waiter_ran.load()) << "the waiter must run before the GIL comes back";
  EXPECT_FALSE(holder_breaker.IsSet(EvalBreaker::kGilDropRequest));
  gil->Release(holder);
  w.join();
  EXPECT_GE(waiter.wait_timeouts, 1);
}

// new and priority force the switch; fair hands over in ticket order.
INSTANTIATE_TEST_SUITE_P(Switching, DropRequestTest,
                         ::testing::Values(GilKind::kNew, GilKind::kFair,
                                           GilKind::kPriority),
                         KindName);

// priority: a thread coming back from a short blocking call asks at once, without
// waiting a switch interval (here 10 s, so only the priority path can pass).
TEST(PriorityGilTest, IoBoundThreadAsksAtOnce) {
  std::unique_ptr<Gil> gil =
      MakeGil(GilKind::kPriority, {.switch_interval_ns = 10'000'000'000});
  EvalBreaker cpu_breaker, io_breaker;
  GilThread cpu(&cpu_breaker, nullptr), io(&io_breaker, nullptr);
  gil->Acquire(io);
  gil->ReleaseForBlocking(io);  // held briefly: I/O-bound
  gil->Acquire(cpu);
  std::atomic<bool> io_ran{false};
  std::thread t([&] {
    gil->AcquireAfterBlocking(io);
    io_ran.store(true);
    gil->Release(io);
  });
  while (cpu_breaker.Load() == 0) std::this_thread::yield();
  gil->Yield(cpu);
  EXPECT_TRUE(io_ran.load());
  EXPECT_EQ(io.wait_timeouts, 0);
  gil->Release(cpu);
  t.join();
}

}  // namespace
}  // namespace gillab
