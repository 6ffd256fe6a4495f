// The stress matrix: every protected combination of GIL strategy, reference-count
// mode and object locking runs refcount-race and list-race with 4 threads of
// 250,000 operations each (10^6 a run), in-process: exact counts, nothing lost,
// nothing freed while used, no leak, and (under --config=tsan and --config=asan,
// as tools/test runs it) no sanitizer report, which would fail the test.
//
// Protected means: any GIL with any mode, or no GIL with atomic or biased counts
// (refcount-race), or no GIL with object locks (list-race, whose lists always
// count biased). The unprotected rest races on purpose and is lab_test's and
// lessons_test's business, outside the sanitizers.
#include <string>
#include <vector>

#include "gil/gil.h"
#include "gtest/gtest.h"
#include "labs/report.h"
#include "labs/scenario.h"

namespace gillab::labs {
namespace {

constexpr int kThreads = 4;
constexpr std::int64_t kIterations = 250'000;

struct Combination {
  const char* lesson;
  GilKind gil;
  RefcountMode mode;
  ObjectSafety objects;
};

std::vector<Combination> ProtectedCombinations() {
  std::vector<Combination> all;
  for (int g = 0; g < kNumGilKinds; ++g) {
    const GilKind gil = static_cast<GilKind>(g);
    for (RefcountMode mode :
         {RefcountMode::kNonAtomic, RefcountMode::kAtomic, RefcountMode::kBiased}) {
      if (gil == GilKind::kNone && mode == RefcountMode::kNonAtomic) continue;
      all.push_back({"refcount-race", gil, mode, ObjectSafety::kGil});
    }
    all.push_back({"list-race", gil, RefcountMode::kBiased,
                   gil == GilKind::kNone ? ObjectSafety::kLocked : ObjectSafety::kGil});
  }
  return all;
}

class StressMatrix : public ::testing::TestWithParam<Combination> {};

TEST_P(StressMatrix, ExactWithNoLeak) {
  const Combination& c = GetParam();
  LabConfig config;
  config.gil = c.gil;
  config.mode = c.mode;
  config.objects = c.objects;
  config.threads = kThreads;
  config.iterations = kIterations;
  config.cpython = LabConfig::CPython::kNo;
  const LabResult r = FindScenario(c.lesson)->run(config);
  EXPECT_FALSE(r.race_expected) << r.observed;
  EXPECT_FALSE(r.corrupted) << r.observed;
  EXPECT_EQ(Verdict(r).rfind("EXACT", 0), 0u) << Verdict(r);
  EXPECT_EQ(r.lost_updates, 0) << r.observed;
  EXPECT_EQ(r.use_after_free, 0) << r.observed;
  EXPECT_EQ(r.leaked_objects, 0) << r.observed;
  EXPECT_EQ(r.list_damage, 0) << r.observed;
}

INSTANTIATE_TEST_SUITE_P(Protected, StressMatrix,
                         ::testing::ValuesIn(ProtectedCombinations()),
                         [](const ::testing::TestParamInfo<Combination>& info) {
                           std::string name = std::string(info.param.lesson) + "_" +
                                              GilKindName(info.param.gil) + "_" +
                                              RefcountModeName(info.param.mode);
                           for (char& ch : name) {
                             if (ch == '-') ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace gillab::labs
