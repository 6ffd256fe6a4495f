// Lab: small-ints — which ints are shared, and what sharing them saves.
//
// What is shared: the small-int cache. At start-up the runtime makes one int
// object for each value from -5 to 256, as CPython does (_PY_NSMALLNEGINTS = 5,
// _PY_NSMALLPOSINTS = 257), and makes them immortal (PEP 683): never counted,
// never freed. Asking for such a value (NewInt, CPython's PyLong_FromLong) returns
// the cached object; any other value is a new object.
//
// Who touches it: every thread, all the time: loop counters, indices, lengths,
// flags. Here each thread runs `for i in range(-10, 290)` over and over (--iterations
// values in all), making every value it passes and dropping it: 262 of each 300
// values come from the cache.
//
// What it saves, and what it shows:
//   - allocations: a value in -5..256 costs nothing; every other one costs an
//     allocation and a free (a 40-byte object here; `sys.getsizeof(1)` is 28 in
//     CPython 3.11, which packs the value's digits into the object);
//   - identity: `256 is 256` (one object, wherever it came from), while two
//     computations of 257 give two objects: `is` on ints is an accident of the
//     cache, `==` is the comparison;
//   - no race: the threads share the cached objects with no GIL and plain counts,
//     yet nothing goes wrong, because an immortal object's count is never written
//     (run it with --gil=none --refcount=nonatomic: EXACT, and ThreadSanitizer
//     agrees). Compare refcount-race, where one shared mortal object is enough.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"

namespace gillab::labs {

namespace {

// The loop each thread repeats: range(kStart, kEnd), both sides of the cache.
constexpr std::int64_t kStart = -10;
constexpr std::int64_t kEnd = 290;

std::int64_t ValueAt(std::int64_t k) { return kStart + k % (kEnd - kStart); }

bool Cached(std::int64_t v) {
  return v >= Runtime::kSmallIntMin && v <= Runtime::kSmallIntMax;
}

}  // namespace

LabResult RunSmallInts(const LabConfig& config) {
  LabResult result;
  result.scenario = "small-ints";
  result.config = config;
  const auto start = std::chrono::steady_clock::now();
  LabMachine machine(config, /*debug_memory=*/true);
  Runtime& rt = machine.runtime;

  // Identity, on this thread: the cache hands out one object per small value.
  Object* a = NewInt(256);
  Object* b = NewInt(256);
  Object* c = NewInt(257);
  Object* d = NewInt(257);
  const bool small_shared = a == b && IsImmortal(a);
  const bool large_distinct = c != d && !IsImmortal(c);
  for (Object* ob : {a, b, c, d}) DecRef(ob);

  // The loop, on every thread at once.
  const std::int64_t n = config.iterations;
  const std::int64_t ints_before =
      rt.Counts().allocated[static_cast<int>(TypeIndex::kInt)];
  const std::int64_t live_before = rt.live_objects();
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < config.threads; ++t) {
    threads.emplace_back([&] {
      ThreadScope scope(rt);
      ready.fetch_add(1);
      while (ready.load() < config.threads) std::this_thread::yield();
      for (std::int64_t k = 0; k < n; ++k) DecRef(NewInt(ValueAt(k)));
    });
  }
  for (std::thread& t : threads) t.join();
  const std::int64_t made =
      rt.Counts().allocated[static_cast<int>(TypeIndex::kInt)] - ints_before;

  std::int64_t outside = 0;  // per thread
  for (std::int64_t k = 0; k < n; ++k) outside += !Cached(ValueAt(k));
  const std::int64_t expected_made = outside * config.threads;
  const std::int64_t cached = (n - outside) * config.threads;
  result.expected =
      std::to_string(config.threads) + " threads x " + std::to_string(n) +
      " values of range(" + std::to_string(kStart) + ", " + std::to_string(kEnd) +
      ") repeated: " + std::to_string(expected_made) + " int objects made, " +
      std::to_string(cached) + " values from the cache; 256 is 256, " + "257 is not 257";
  result.observed =
      std::to_string(made) +
      " int objects made; 256 is 256: " + (small_shared ? "True" : "False") +
      "; 257 is 257 (two computations): " + (large_distinct ? "False" : "True");

  char line[200];
  std::snprintf(line, sizeof line,
                "the cache saved %lld allocations and frees: %lld bytes here "
                "(40-byte ints), %lld in CPython 3.11 (28-byte ints)",
                static_cast<long long>(cached), static_cast<long long>(cached * 40),
                static_cast<long long>(cached * 28));
  result.notes.push_back(line);
  result.notes.push_back(
      "the cached ints are immortal: shared by every thread with no refcount "
      "write, so even --gil=none --refcount=nonatomic is exact here");

  result.leaked_objects = rt.live_objects() - live_before;
  result.use_after_free = rt.use_after_free();
  result.corrupted = made != expected_made || !small_shared || !large_distinct ||
                     result.leaked_objects != 0 || result.use_after_free != 0;
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace gillab::labs
