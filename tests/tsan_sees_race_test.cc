// The nonatomic refcount mode must be a REAL data race when threads share an object
// without a lock: ThreadSanitizer has to see it (docs/DESIGN.md). Under --config=tsan
// this test re-runs its own binary as a child that races on purpose, and checks that TSan
// stopped it with a data-race report naming IncRef/DecRef. In other builds it is skipped:
// without TSan there is nothing to observe deterministically.
//
// DELIBERATE DATA RACE, in the child process only.
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/str_object.h"

namespace gillab {

constexpr char kChildFlag[] = "--race-child";

namespace {

// Two threads IncRef/DecRef one object with no lock, in the nonatomic mode. Both
// attach first and then start together: attaching and detaching go through the
// registry's mutex, which would order the two loops (no race at all, for TSan) if
// one thread finished before the other attached.
int RaceChild() {
  Runtime rt({.mode = RefcountMode::kNonAtomic, .debug_memory = true});
  Object* shared = NewStr("raced");
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&] {
      ThreadScope scope(rt);
      ready.fetch_add(1);
      while (ready.load() < 2) std::this_thread::yield();
      for (int i = 0; i < 100'000; ++i) {
        IncRef(shared);
        DecRef(shared);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  return 0;
}

TEST(NonAtomicMode, ThreadSanitizerSeesTheRace) {
#ifndef GILLAB_TSAN
  GTEST_SKIP() << "only meaningful in a ThreadSanitizer build (--config=tsan)";
#else
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  ASSERT_GT(n, 0);
  self[n] = '\0';
  const std::string command = "TSAN_OPTIONS=halt_on_error=1:exitcode=66 '" +
                              std::string(self) + "' " + kChildFlag + " 2>&1";
  FILE* child = popen(command.c_str(), "r");
  ASSERT_NE(child, nullptr);
  std::string output;
  char buf[4096];
  while (std::fgets(buf, sizeof buf, child) != nullptr) output += buf;
  const int status = pclose(child);
  ASSERT_TRUE(WIFEXITED(status)) << output;
  EXPECT_EQ(WEXITSTATUS(status), 66) << "TSan did not stop the racing child:\n" << output;
  EXPECT_NE(output.find("WARNING: ThreadSanitizer: data race"), std::string::npos)
      << output;
  EXPECT_TRUE(output.find("gillab::IncRef") != std::string::npos ||
              output.find("gillab::DecRef") != std::string::npos)
      << "the report should point at the refcount update:\n"
      << output;
#endif
}

}  // namespace

int RunRaceChild() { return RaceChild(); }

}  // namespace gillab

int main(int argc, char** argv) {
  if (argc == 2 && std::strcmp(argv[1], gillab::kChildFlag) == 0) {
    return gillab::RunRaceChild();
  }
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
