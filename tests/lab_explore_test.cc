// `lab explore` (labs/explore.cc): for each lesson with a model, an unprotected
// configuration has failing schedules and shows the shortest step by step, the
// interleaving the lesson's text describes; its replay line replays exactly that
// table; protected configurations have none, exhaustively within the bound. Bad
// input is in lab_test.cc with the rest of the command line's.
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/lab_run.h"

namespace gillab::labs {
namespace {

LabRun Lab(const std::vector<std::string>& args) { return RunLabCaptured(args); }

std::string TableOf(const std::string& out) {
  const std::size_t from = out.find("   step  thread");
  const std::size_t to = out.find("  outcome ");
  if (from == std::string::npos || to == std::string::npos) return "";
  return out.substr(from, to - from);
}

TEST(LabExplore, FindsTheRefcountRaceAndReplaysItExactly) {
  const LabRun r = Lab({"explore", "refcount-race"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("schedules corrupt (exhaustive up to 2 preemptions)"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("\n  0 of "), std::string::npos) << r.out;
  const std::string table = TableOf(r.out);
  ASSERT_FALSE(table.empty()) << r.out;
  EXPECT_NE(table.find("IncRef: load count"), std::string::npos);
  EXPECT_NE(table.find("DecRef: store count"), std::string::npos);
  const std::size_t at = r.out.find("--schedule=");
  ASSERT_NE(at, std::string::npos);
  const std::string id = r.out.substr(at + 11, r.out.find('\n', at) - at - 11);
  for (int i = 0; i < 3; ++i) {
    const LabRun again = Lab({"explore", "refcount-race", "--schedule=" + id});
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(TableOf(again.out), table) << again.out;
  }
}

TEST(LabExplore, ProtectedConfigurationsHaveNoFailingSchedule) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"explore", "refcount-race", "--refcount=atomic"},
           {"explore", "refcount-race", "--refcount=biased", "--threads=3",
            "--iterations=1"},
           {"explore", "refcount-race", "--gil=new"},
           // No poll point between the read of `counter` and its write.
           {"explore", "counter", "--gil=new"},
           {"explore", "counter", "--gil=fair", "--threads=3"},
           // A lock per list (CPython 3.13t), or a GIL.
           {"explore", "list-race", "--objects=locked", "--iterations=2"},
           {"explore", "list-race", "--gil=new", "--threads=3"},
           // Strong references taken with the read (TryIncrefCompare), or a GIL.
           {"explore", "borrowed-ref", "--objects=locked", "--threads=3"},
           {"explore", "borrowed-ref", "--gil=new", "--iterations=2"},
           // The owner's merge and the others' decrements: each one atomic step.
           {"explore", "biased-merge"},
           {"explore", "biased-merge", "--iterations=2"},
           {"explore", "biased-merge", "--refcount=atomic"}}) {
    const LabRun r = Lab(args);
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("\n  0 of "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("schedules corrupt (exhaustive up to 2 preemptions)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("every interleaving is exact"), std::string::npos) << r.out;
  }
}

// The rows of a table, in order, as "t0 count: LOAD_GLOBAL counter".
std::vector<std::string> RowsOf(const std::string& table) {
  std::vector<std::string> rows;
  std::istringstream in(table);
  std::string line;
  std::getline(in, line);  // the header
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string step, thread, rest;
    words >> step >> thread;
    std::getline(words, rest);
    rest = rest.substr(rest.find_first_not_of(' '));
    rows.push_back(thread + " " + rest);
  }
  return rows;
}

// The first row at or after `from` that starts with `prefix`, or rows.size().
std::size_t FindRow(const std::vector<std::string>& rows, const std::string& prefix,
                    std::size_t from = 0) {
  for (std::size_t i = from; i < rows.size(); ++i) {
    if (rows[i].rfind(prefix, 0) == 0) return i;
  }
  return rows.size();
}

// Under a GIL that polls at every instruction, the counter's shortest failing
// schedule is the textbook one: a thread reads `counter`, the other runs, the
// first writes back a stale sum. One preemption; its id replays the same table.
TEST(LabExplore, CounterLosesAnUpdateWhereAPollSplitsTheReadAndTheWrite) {
  const std::vector<std::string> config = {"explore", "counter", "--gil=new",
                                           "--poll=every-instruction", "--iterations=1"};
  const LabRun r = Lab(config);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("\n  0 of "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(1 preemption)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("counter = 1, expected 2: 1 update lost"), std::string::npos)
      << r.out;
  const std::string table = TableOf(r.out);
  const std::vector<std::string> rows = RowsOf(table);
  const std::size_t read = FindRow(rows, "t0 count: LOAD_GLOBAL counter");
  const std::size_t other = FindRow(rows, "t1 ", read);
  const std::size_t other_store = FindRow(rows, "t1 count: STORE_GLOBAL counter", other);
  const std::size_t write = FindRow(rows, "t0 count: STORE_GLOBAL counter", other);
  ASSERT_LT(read, other) << table;
  EXPECT_LT(other_store, write) << table;
  ASSERT_LT(write, rows.size()) << table;
  EXPECT_EQ(FindRow(rows, "t0 count: STORE_GLOBAL counter"), write)
      << "t0 wrote before it was preempted\n"
      << table;
  const std::size_t at = r.out.find("--schedule=");
  ASSERT_NE(at, std::string::npos);
  std::vector<std::string> replay = config;
  replay.push_back(r.out.substr(at, r.out.find('\n', at) - at));
  const LabRun again = Lab(replay);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(TableOf(again.out), table) << again.out;
}

// counter-call: the call's entry is a poll point between the read and the write,
// so even polls at calls and back edges only (CPython 3.10+) lose an update.
TEST(LabExplore, CounterCallLosesAnUpdateAtTheCall) {
  const LabRun r = Lab({"explore", "counter-call", "--gil=new"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("\n  0 of "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(1 preemption)"), std::string::npos) << r.out;
  EXPECT_NE(TableOf(r.out).find("call one()"), std::string::npos) << r.out;
}

// Runs `config`, checks it found a failing schedule with one preemption, and
// that the replay line replays the same table. Returns the table's rows.
std::vector<std::string> ShortestFailingRows(const std::vector<std::string>& config,
                                             std::string* out) {
  const LabRun r = Lab(config);
  *out = r.out;
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.find("\n  0 of "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(1 preemption)"), std::string::npos) << r.out;
  const std::string table = TableOf(r.out);
  const std::size_t at = r.out.find("--schedule=");
  EXPECT_NE(at, std::string::npos) << r.out;
  if (at == std::string::npos) return {};
  std::vector<std::string> replay = config;
  replay.push_back(r.out.substr(at, r.out.find('\n', at) - at));
  const LabRun again = Lab(replay);
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(TableOf(again.out), table) << again.out;
  return RowsOf(table);
}

// list-race without object locks: one preemption inside an append or a pop loses
// an item; the outcome counts the items really there, and the table shows the
// preempted thread's size store landing after the other thread's work.
TEST(LabExplore, ListRaceLosesAnItemWithoutObjectLocks) {
  std::string out;
  const std::vector<std::string> rows =
      ShortestFailingRows({"explore", "list-race"}, &out);
  ASSERT_FALSE(rows.empty()) << out;
  EXPECT_NE(out.find("1 of 2 items there"), std::string::npos) << out;
  // The thread that ran first is preempted, the other runs, the first resumes.
  const std::string first = rows[0].substr(0, 3);
  const std::size_t other = FindRow(rows, first == "t0 " ? "t1 " : "t0 ");
  const std::size_t back = FindRow(rows, first, other);
  ASSERT_LT(other, rows.size()) << out;
  EXPECT_LT(back, rows.size()) << out;
}

// borrowed-ref without object locks: the textbook interleaving. The reader loads
// lst[0] (a borrowed pointer), the writer replaces it and its DecRef frees the
// old int, the reader's IncRef reaches the freed int (caught, and counted).
TEST(LabExplore, BorrowedRefFreesTheItemUnderItsReader) {
  std::string out;
  const std::vector<std::string> rows =
      ShortestFailingRows({"explore", "borrowed-ref"}, &out);
  ASSERT_FALSE(rows.empty()) << out;
  EXPECT_NE(out.find("1 increment of a FREED int"), std::string::npos) << out;
  const std::size_t read = FindRow(rows, "t1 item = lst[0] (borrowed: no reference)");
  const std::size_t store = FindRow(rows, "t0 lst[i] = x: store the item in slot", read);
  // The first step after which the reader holds a freed int: t0's DecRef.
  std::size_t freed = store;
  while (freed < rows.size() &&
         rows[freed].find("t1 holds a FREED int") == std::string::npos) {
    ++freed;
  }
  const std::size_t use = FindRow(rows, "t1 IncRef:", freed);
  ASSERT_LT(read, store) << out;
  ASSERT_LT(store, freed) << out;
  EXPECT_EQ(rows[freed].rfind("t0 DecRef:", 0), 0u) << out;
  ASSERT_LT(freed, use) << out;
  EXPECT_EQ(use, rows.size() - 1) << out;
}

// borrowed-ref with object locks, the same interleaving replayed: the reader
// loads lst[0] without the lock, the writer replaces and drops it, and the
// reader's conditional increment (TryIncrefCompare) fails on the dead int; it
// falls back to the list's lock and reads the new one. Exact.
TEST(LabExplore, BorrowedRefWithLocksFallsBackToTheLock) {
  const LabRun r =
      Lab({"explore", "borrowed-ref", "--objects=locked", "--schedule=1*2-0*8-1*5"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("every read took a reference to a live int: exact"),
            std::string::npos)
      << r.out;
  const std::vector<std::string> rows = RowsOf(TableOf(r.out));
  std::size_t at = 0;
  for (const char* row : {"t1 lst[i]: load the item (no lock)", "t0 lock the object",
                          "t0 DecRef: store local count",
                          "t1 TryIncref: compare-exchange count", "t1 lock the object"}) {
    at = FindRow(rows, row, at);
    ASSERT_LT(at, rows.size()) << row << "\n" << r.out;
  }
}

// biased-merge with plain counts: the same program loses an update.
TEST(LabExplore, BiasedMergeWithPlainCountsLosesAnUpdate) {
  std::string out;
  const std::vector<std::string> rows =
      ShortestFailingRows({"explore", "biased-merge", "--refcount=nonatomic"}, &out);
  ASSERT_FALSE(rows.empty()) << out;
  EXPECT_NE(out.find("the str leaks"), std::string::npos) << out;
}

// The merges of refcount.cc's notes, replayed step by step: (2) the other
// thread's decrement finds the shared count at zero and queues the str to its
// owner, which merges it at its safe point and frees it; (3) the owner has gone,
// and the other thread merges and frees it itself.
TEST(LabExplore, BiasedMergeQueuesToTheOwnerOrMergesWhenItHasGone) {
  struct Case {
    const char* id;
    std::vector<std::string> in_order;
  };
  for (const Case& c : {
           Case{"0*4-1*7-0*8",
                {"t1 DecRef: queue to the owner", "t0 owner: merge its queue",
                 "t0 merge: compare-exchange (merged)"}},
           Case{"0*11-1*8",
                {"t0 owner: merge its queue", "t1 DecRef: queue to the owner",
                 "t1 merge: compare-exchange (merged)"}},
       }) {
    const LabRun r = Lab({"explore", "biased-merge", std::string("--schedule=") + c.id});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("freed once, when the last reference was dropped: exact"),
              std::string::npos)
        << r.out;
    const std::vector<std::string> rows = RowsOf(TableOf(r.out));
    std::size_t at = 0;
    for (const std::string& row : c.in_order) {
      at = FindRow(rows, row, at);
      ASSERT_LT(at, rows.size()) << row << "\n" << r.out;
    }
    EXPECT_NE(rows.back().find("freed"), std::string::npos) << r.out;
  }
}

TEST(LabExplore, JsonHasTheCountsAndTheShortestFailingSchedule) {
  const LabRun r = Lab({"explore", "refcount-race", "--iterations=1", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(CountLines(r.out), 1) << r.out;
  for (const char* key : {"\"schedules\": ", "\"corrupt\": ", "\"exhaustive\": true",
                          "\"shortest_failing\": {\"id\": "}) {
    EXPECT_NE(r.out.find(key), std::string::npos) << key << "\n" << r.out;
  }
}

}  // namespace
}  // namespace gillab::labs
