// The explorer (explore/explorer.h): it runs each schedule within the bound
// exactly once (counted against an enumeration of every interleaving), finds the
// lost update with one preemption and none without, and replays an id exactly.
#include "explore/explorer.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/schedule_point.h"
#include "gtest/gtest.h"

namespace gillab::explore {
namespace {

// Every interleaving of the threads' segments (thread t runs segments[t] pieces,
// split by its schedule points) with at most `bound` preemptions: a switch away
// from a thread that has segments left. Counted by brute force, independently of
// the explorer's search.
std::int64_t CountInterleavings(std::vector<int> left, int bound, int cur = -1,
                                int preemptions = 0) {
  bool any = false;
  std::int64_t total = 0;
  for (std::size_t t = 0; t < left.size(); ++t) {
    if (left[t] == 0) continue;
    any = true;
    const bool preempts =
        cur >= 0 && static_cast<int>(t) != cur && left[static_cast<std::size_t>(cur)] > 0;
    if (preempts && preemptions == bound) continue;
    left[t]--;
    total += CountInterleavings(left, bound, static_cast<int>(t),
                                preemptions + (preempts ? 1 : 0));
    left[t]++;
  }
  return any ? total : 1;
}

// A model whose threads only pass schedule points, recording the order in which
// the segments ran: every schedule's order goes into `seen`.
struct OrderModel {
  std::vector<int> points;  // schedule points per thread
  std::vector<int> order;
  std::set<std::vector<int>> seen;
  std::int64_t runs = 0;

  Model Make() {
    Model m;
    m.threads = static_cast<int>(points.size());
    m.setup = [this] { order.clear(); };
    m.run = [this](int t) {
      order.push_back(t);
      for (int i = 0; i < points[static_cast<std::size_t>(t)]; ++i) {
        SchedulePoint("step");
        order.push_back(t);
      }
    };
    m.ok = [] { return true; };
    m.teardown = [this] {
      seen.insert(order);
      runs++;
    };
    return m;
  }
};

TEST(ExplorerTest, RunsEveryScheduleWithinTheBoundExactlyOnce) {
  const std::vector<std::vector<int>> configs = {
      {1, 1}, {2, 2}, {3, 2}, {1, 1, 1}, {2, 1, 2}};
  for (const std::vector<int>& points : configs) {
    for (int bound = 0; bound <= 3; ++bound) {
      OrderModel model{points, {}, {}};
      Explorer explorer(model.Make());
      absl::StatusOr<Summary> s = explorer.Explore({.preemptions = bound});
      ASSERT_TRUE(s.ok()) << s.status();
      std::vector<int> segments;
      for (int p : points) segments.push_back(p + 1);
      const std::int64_t expected = CountInterleavings(segments, bound);
      EXPECT_EQ(s->schedules, expected)
          << "points " << points.size() << " bound " << bound;
      EXPECT_EQ(static_cast<std::int64_t>(model.seen.size()), s->schedules)
          << "a schedule was counted twice, or one was missed";
      // Iterative deepening runs the schedules of lower bounds again, and says so.
      EXPECT_EQ(model.runs, s->schedules + s->reruns + (s->failing > 0 ? 1 : 0));
      // Each level holds exactly the schedules with that many preemptions.
      std::int64_t total = 0;
      for (const Level& level : s->levels) {
        const int k = level.preemptions;
        EXPECT_EQ(level.schedules, CountInterleavings(segments, k) -
                                       (k > 0 ? CountInterleavings(segments, k - 1) : 0))
            << "points " << points.size() << " level " << k;
        total += level.schedules;
      }
      EXPECT_EQ(total, s->schedules);
      EXPECT_TRUE(s->exhaustive);
      EXPECT_EQ(s->exhaustive_up_to, bound);
      EXPECT_EQ(s->failing, 0);
    }
  }
}

// Deepening stops at the first bound no schedule reaches: one segment each for
// two threads allows no preemption at all.
TEST(ExplorerTest, DeepeningStopsWhereNoScheduleHasMorePreemptions) {
  OrderModel model{{0, 0}, {}, {}};
  Explorer explorer(model.Make());
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 6});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->schedules, 2);
  ASSERT_EQ(s->levels.size(), 1u);
  EXPECT_TRUE(s->exhaustive);
  EXPECT_EQ(s->reruns, 2);  // bound 1 found only the two schedules of bound 0
}

TEST(ExplorerTest, StopsAtMaxSchedulesAndSaysItIsNotExhaustive) {
  OrderModel model{{3, 3}, {}, {}};
  Explorer explorer(model.Make());
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 2, .max_schedules = 5});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->schedules, 5);
  EXPECT_FALSE(s->exhaustive);
  // Bound 0 (2 schedules) was complete; bound 1 was cut short after 3.
  EXPECT_EQ(s->exhaustive_up_to, 0);
  ASSERT_EQ(s->levels.size(), 2u);
  EXPECT_EQ(s->levels[1].schedules, 3);
}

// `count = count + 1` on two threads, with the load and the store as separate
// steps (split: a schedule point between them) or as one (not split).
struct CounterModel {
  bool split = true;
  int increments = 1;
  std::int64_t count = 0;

  Model Make() {
    Model m;
    m.threads = 2;
    m.setup = [this] { count = 0; };
    m.run = [this](int) {
      for (int i = 0; i < increments; ++i) {
        SchedulePoint("load count");
        const std::int64_t v = count;
        ScheduleRead(v);
        if (split) SchedulePoint("store count", v + 1);
        count = v + 1;
      }
    };
    m.ok = [this] { return count == 2 * increments; };
    m.state = [this] { return "count " + std::to_string(count); };
    return m;
  }
};

std::string Table(const Schedule& s) {
  std::string out;
  for (const Step& step : s.steps) {
    out += std::to_string(step.thread) + " " + step.what + " " +
           std::to_string(step.read.value_or(-1)) + " " +
           std::to_string(step.written.value_or(-1)) + " | " + step.state_after + "\n";
  }
  return out;
}

TEST(ExplorerTest, TheLostUpdateNeedsOnePreemption) {
  CounterModel model;
  Explorer explorer(model.Make());
  absl::StatusOr<Summary> none = explorer.Explore({.preemptions = 0});
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->failing, 0);
  EXPECT_FALSE(none->shortest_failing.has_value());

  absl::StatusOr<Summary> one = explorer.Explore({.preemptions = 1});
  ASSERT_TRUE(one.ok());
  ASSERT_GT(one->failing, 0);
  ASSERT_TRUE(one->shortest_failing.has_value());
  const Schedule& s = *one->shortest_failing;
  EXPECT_EQ(s.preemptions, 1);
  EXPECT_FALSE(s.ok);
  // The textbook interleaving: load, load, store, store, one update lost.
  std::vector<std::string> whats;
  std::vector<int> threads;
  for (const Step& step : s.steps) {
    if (step.what == "start") continue;
    whats.push_back(step.what);
    threads.push_back(step.thread);
  }
  EXPECT_EQ(whats, (std::vector<std::string>{"load count", "load count", "store count",
                                             "store count"}))
      << Table(s);
  EXPECT_NE(threads[0], threads[1]) << Table(s);
  EXPECT_EQ(s.steps.back().state_after, "count 1") << Table(s);
  // Both loads read 0 (ScheduleRead, when the load ran); both stores write 1.
  std::vector<std::optional<std::int64_t>> read, written;
  for (const Step& step : s.steps) {
    if (step.what == "start") continue;
    read.push_back(step.read);
    written.push_back(step.written);
  }
  using V = std::optional<std::int64_t>;
  EXPECT_EQ(read, (std::vector<V>{0, 0, std::nullopt, std::nullopt})) << Table(s);
  EXPECT_EQ(written, (std::vector<V>{std::nullopt, std::nullopt, 1, 1})) << Table(s);
}

TEST(ExplorerTest, AnAtomicIncrementNeverFails) {
  CounterModel model{.split = false, .increments = 3};
  Explorer explorer(model.Make());
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 3});
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->exhaustive);
  EXPECT_GT(s->schedules, 1);
  EXPECT_EQ(s->failing, 0);
}

TEST(ExplorerTest, ReplayGivesTheSameTableEveryTime) {
  CounterModel model{.split = true, .increments = 2};
  Explorer explorer(model.Make());
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 2});
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(s->shortest_failing.has_value());
  const std::string id = s->shortest_failing->id;
  const std::string table = Table(*s->shortest_failing);
  for (int i = 0; i < 100; ++i) {
    absl::StatusOr<Schedule> again = explorer.Replay(id);
    ASSERT_TRUE(again.ok()) << again.status();
    EXPECT_EQ(again->id, id);
    EXPECT_FALSE(again->ok);
    EXPECT_EQ(Table(*again), table);
  }
}

TEST(ExplorerTest, ReplayRefusesAnIdNoScheduleHas) {
  CounterModel model;
  Explorer explorer(model.Make());
  for (const char* id : {"", "x", "0", "0*0", "0*1-", "-0*1", "a*2", "0*2x", "5*6",
                         "0*100", "0*1", "1*6-0*1"}) {
    absl::StatusOr<Schedule> r = explorer.Replay(id);
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument) << id;
  }
  // Thread 0 to the end, then thread 1: three decisions each (start or switch,
  // then its two schedule points).
  absl::StatusOr<Schedule> serial = explorer.Replay("0*3-1*3");
  ASSERT_TRUE(serial.ok()) << serial.status();
  EXPECT_TRUE(serial->ok);
  EXPECT_EQ(serial->preemptions, 0);
}

TEST(ExplorerTest, ANondeterministicModelIsReported) {
  int runs = 0;
  Model m;
  m.threads = 2;
  m.run = [&runs](int t) {
    // Thread 0 passes a schedule point every other time it runs: the second
    // schedule, replaying the first one's start, finds it finished too early.
    const int n = t == 0 ? runs++ % 2 == 0 : 1;
    for (int i = 0; i < n; ++i) SchedulePoint("step");
  };
  m.ok = [] { return true; };
  Explorer explorer(std::move(m));
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 2});
  EXPECT_EQ(s.status().code(), absl::StatusCode::kFailedPrecondition);
}

// Thread 0 passes "a", sets a flag, passes "b"; thread 1 waits for the flag
// (ScheduleWait), then passes "c". Counted by hand, level by level (T0's steps:
// start-a, a-b setting the flag, b-end; T1's: start to c when the flag is set,
// else start to a wait, each retry to c or to a wait again, c-end):
//   0 preemptions: T0 runs whole then T1; or T1 waits first, then T0 runs whole
//     (leaving a waiting thread is no preemption), then T1.        2 schedules
//   1: switch to T1 at T0's "b" (flag set) or "a" (T1 waits, T0 goes on), in both
//     orders of who started.                                        4
//   2: as those, with one more switch back to T0 where T1 is at "c". 4
//   3: two schedules that can switch a third time at "c".           2
// A retry that fails wakes nobody: otherwise T1's failed retries would count as
// steps, and the search would not end.
struct FlagModel {
  bool flag = false;
  std::vector<std::string> order;
  std::int64_t retries_failed = 0;

  Model Make() {
    Model m;
    m.threads = 2;
    m.setup = [this] {
      flag = false;
      order.clear();
    };
    m.run = [this](int t) {
      if (t == 0) {
        SchedulePoint("a");
        flag = true;
        SchedulePoint("b");
        return;
      }
      while (!flag) {
        order.push_back("T1 waits");
        ScheduleWait("wait for the flag");
      }
      order.push_back("T1 sees the flag");
      SchedulePoint("c");
    };
    m.ok = [this] { return flag; };
    return m;
  }
};

TEST(ExplorerTest, AWaitingThreadRunsOnlyAfterAnotherSteps) {
  FlagModel model;
  Explorer explorer(model.Make());
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 5});
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_TRUE(s->exhaustive);
  EXPECT_EQ(s->failing, 0);
  std::vector<std::int64_t> levels;
  for (const Level& level : s->levels) levels.push_back(level.schedules);
  EXPECT_EQ(levels, (std::vector<std::int64_t>{2, 4, 4, 2}));

  // Waiting first, then offered again only after thread 0's step.
  absl::StatusOr<Schedule> r = explorer.Replay("1*1-0*1-1*1-0*2-1*2");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->preemptions, 1);
  EXPECT_EQ(model.order,
            (std::vector<std::string>{"T1 waits", "T1 waits", "T1 sees the flag"}));
  // The waiting thread cannot be chosen before another thread has stepped.
  EXPECT_EQ(explorer.Replay("1*2-0*3-1*1").status().code(),
            absl::StatusCode::kInvalidArgument);
}

// `count = count + 1` inside a spin lock whose acquire waits: with the lock no
// schedule loses an update; without it, one does.
struct LockedCounterModel {
  bool lock = true;
  bool held = false;
  std::int64_t count = 0;

  Model Make() {
    Model m;
    m.threads = 2;
    m.setup = [this] {
      held = false;
      count = 0;
    };
    m.run = [this](int) {
      for (int i = 0; i < 2; ++i) {
        if (lock) {
          SchedulePoint("lock");
          while (held) ScheduleWait("wait for the lock");
          held = true;
        }
        SchedulePoint("load count");
        const std::int64_t v = count;
        ScheduleRead(v);
        SchedulePoint("store count", v + 1);
        count = v + 1;
        held = false;
      }
    };
    m.ok = [this] { return count == 4; };
    return m;
  }
};

TEST(ExplorerTest, ALockThatWaitsPreventsTheLostUpdate) {
  LockedCounterModel locked;
  Explorer explorer(locked.Make());
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 3});
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_TRUE(s->exhaustive);
  EXPECT_GT(s->schedules, 10);
  EXPECT_EQ(s->failing, 0);

  LockedCounterModel unlocked{.lock = false};
  Explorer explorer2(unlocked.Make());
  absl::StatusOr<Summary> u = explorer2.Explore({.preemptions = 3});
  ASSERT_TRUE(u.ok()) << u.status();
  EXPECT_GT(u->failing, 0);
}

TEST(ExplorerTest, ScheduleIdsRoundTrip) {
  const std::vector<int> choices = {0, 0, 0, 1, 1, 0, 12};
  EXPECT_EQ(EncodeSchedule(choices), "0*3-1*2-0*1-12*1");
  EXPECT_EQ(DecodeSchedule("0*3-1*2-0*1-12*1"), choices);
  EXPECT_FALSE(DecodeSchedule("0*3--1*2").has_value());
}

}  // namespace
}  // namespace gillab::explore
