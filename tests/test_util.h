// gillab/tests/test_util.h — helpers shared by the runtime tests.
#ifndef GILLAB_TESTS_TEST_UTIL_H_
#define GILLAB_TESTS_TEST_UTIL_H_

#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/object.h"

namespace gillab::testing {

inline constexpr RefcountMode kAllModes[] = {
    RefcountMode::kNonAtomic, RefcountMode::kAtomic, RefcountMode::kBiased};

// For INSTANTIATE_TEST_SUITE_P: names the parameter "nonatomic", "atomic", ...
inline std::string ModeName(const ::testing::TestParamInfo<RefcountMode>& info) {
  return RefcountModeName(info.param);
}

// Runs `fn` to completion on a new thread attached to `rt`, then detaches that
// thread (so objects it created are "owner gone" afterwards) and joins it. The
// calling thread waits: the two never run at the same time, so a test can step
// them through an exact interleaving.
template <typename Fn>
void RunOnOtherThread(Runtime& rt, Fn&& fn) {
  std::thread t([&rt, &fn] {
    ThreadScope scope(rt);
    fn();
  });
  t.join();
}

// Runs body(k) for k = 0..n-1 on n new threads attached to `rt`, all at once,
// and joins them.
template <typename Body>
void RunThreads(Runtime& rt, int n, Body body) {
  std::vector<std::thread> threads;
  for (int k = 0; k < n; ++k) {
    threads.emplace_back([&rt, &body, k] {
      ThreadScope scope(rt);
      body(k);
    });
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace gillab::testing

#endif  // GILLAB_TESTS_TEST_UTIL_H_
