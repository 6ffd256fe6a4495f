// The pymalloc-style allocator against a shadow model: every live block is
// recorded with its size and a fill pattern; blocks must be 16-byte aligned, never
// overlap, and keep their contents until freed. Single-threaded with 10^6
// operations, then from 2 and 4 threads with blocks freed by threads other than the
// one that allocated them (the remote-free path).
#include "runtime/memory/obmalloc.h"

#include <cstdint>
#include <cstring>
#include <map>
#include <random>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "gtest/gtest.h"

namespace gillab {
namespace {

TEST(ObmallocGeometry, SizeClassesArePymallocs) {
  EXPECT_EQ(SizeClassOf(1), 0);
  EXPECT_EQ(SizeClassOf(16), 0);
  EXPECT_EQ(SizeClassOf(17), 1);
  EXPECT_EQ(SizeClassOf(512), 31);
  EXPECT_EQ(ClassBlockSize(0), 16u);
  EXPECT_EQ(ClassBlockSize(31), 512u);
}

// One live block in the model.
struct Live {
  std::size_t size;
  unsigned char pattern;
};

unsigned char PatternFor(std::uint64_t n) {
  return static_cast<unsigned char>(n * 131 + 7);
}

void Fill(void* p, const Live& l) { std::memset(p, l.pattern, l.size); }

bool Intact(const void* p, const Live& l) {
  const auto* c = static_cast<const unsigned char*>(p);
  for (std::size_t i = 0; i < l.size; ++i) {
    if (c[i] != l.pattern) return false;
  }
  return true;
}

// The model of one thread's live blocks, checking every invariant as it goes.
class Model {
 public:
  explicit Model(Heap* heap) : heap_(heap) {}

  void* Allocate(std::size_t size) {
    void* p = heap_->Alloc(size);
    const auto addr = reinterpret_cast<std::uintptr_t>(p);
    EXPECT_EQ(addr % kAlignment, 0u) << size;
    const Live l{size == 0 ? 1 : size, PatternFor(++serial_)};
    // No overlap with the neighbours on either side.
    auto next = live_.lower_bound(addr);
    if (next != live_.end()) {
      EXPECT_GE(next->first, addr + l.size) << "overlaps the next block";
    }
    if (next != live_.begin()) {
      auto prev = std::prev(next);
      EXPECT_LE(prev->first + prev->second.size, addr) << "overlaps the previous block";
    }
    Fill(p, l);
    live_[addr] = l;
    return p;
  }

  // Removes a block from the model after checking its contents; returns its size.
  std::size_t Forget(void* p) {
    auto it = live_.find(reinterpret_cast<std::uintptr_t>(p));
    EXPECT_NE(it, live_.end());
    EXPECT_TRUE(Intact(p, it->second)) << "contents changed while live";
    const std::size_t size = it->second.size;
    live_.erase(it);
    return size;
  }

  void FreeRandom(std::mt19937_64& rng) {
    // The first live block at or after a random address: O(log n), and spread
    // over the whole heap (not uniform over blocks, which the test does not need).
    const std::uintptr_t lo = live_.begin()->first;
    const std::uintptr_t hi = live_.rbegin()->first;
    auto it = live_.lower_bound(lo + rng() % (hi - lo + 1));
    void* p = reinterpret_cast<void*>(it->first);
    heap_->Free(p, Forget(p));
  }

  void FreeAll() {
    while (!live_.empty()) {
      void* p = reinterpret_cast<void*>(live_.begin()->first);
      heap_->Free(p, Forget(p));
    }
  }

  std::size_t size() const { return live_.size(); }
  std::map<std::uintptr_t, Live>& live() { return live_; }

 private:
  Heap* heap_;
  std::map<std::uintptr_t, Live> live_;
  std::uint64_t serial_ = 0;
};

std::size_t RandomSize(std::mt19937_64& rng) {
  // Mostly small (the pools), sometimes large (the system allocator), some 0.
  const std::uint64_t r = rng() % 100;
  if (r < 2) return 0;
  if (r < 92) return 1 + rng() % kSmallRequestThreshold;
  return kSmallRequestThreshold + 1 + rng() % 4096;
}

void ExpectEverythingFree(const AllocatorStats& s) {
  for (const auto& c : s.classes) {
    EXPECT_EQ(c.blocks_used, 0) << c.block_size;
    EXPECT_EQ(c.pools_used + c.pools_full, 0) << c.block_size;
  }
  EXPECT_EQ(s.large_blocks, 0);
  EXPECT_EQ(s.arenas_live, s.arenas_empty) << "only empty arenas may remain";
}

TEST(ObmallocModel, MillionRandomOperationsSingleThread) {
  Allocator allocator;
  Heap* heap = allocator.AcquireHeap();
  Model model(heap);
  std::mt19937_64 rng(12345);
  constexpr int kOps = 1'000'000;
  for (int i = 0; i < kOps; ++i) {
    // Drift between growing and shrinking phases so arenas fill and drain.
    const bool grow = (i / 50'000) % 2 == 0;
    if (model.size() == 0 || rng() % 100 < (grow ? 60u : 40u)) {
      model.Allocate(RandomSize(rng));
    } else {
      model.FreeRandom(rng);
    }
    if (::testing::Test::HasFailure()) break;
  }
  const AllocatorStats mid = allocator.Stats();
  EXPECT_GT(mid.arenas_allocated, 1);
  model.FreeAll();
  const AllocatorStats end = allocator.Stats();
  ExpectEverythingFree(end);
  EXPECT_LE(end.arenas_live, 1) << "at most one empty arena is kept";
  EXPECT_EQ(end.arenas_allocated - end.arenas_freed, end.arenas_live);
  allocator.ReleaseHeap(heap);
}

// Threads allocate, keep, and hand blocks to each other; the receiver checks the
// contents and frees them (into the allocating thread's heap: a remote free).
void RunThreaded(int threads, int ops_per_thread) {
  Allocator allocator;
  struct Exchange {
    absl::Mutex mu;
    std::vector<std::pair<void*, Live>> items ABSL_GUARDED_BY(mu);
  } exchange;
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      Heap* heap = allocator.AcquireHeap();
      Model model(heap);
      std::mt19937_64 rng(1000 + static_cast<std::uint64_t>(t));
      for (int i = 0; i < ops_per_thread; ++i) {
        const std::uint64_t r = rng() % 100;
        if (model.size() == 0 || r < 50) {
          model.Allocate(RandomSize(rng));
        } else if (r < 60) {
          // Hand a block over: it leaves this thread's model with its pattern.
          void* p = reinterpret_cast<void*>(model.live().begin()->first);
          const Live l = model.live().begin()->second;
          model.Forget(p);
          absl::MutexLock lock(&exchange.mu);
          exchange.items.emplace_back(p, l);
        } else if (r < 70) {
          std::pair<void*, Live> item{nullptr, {}};
          {
            absl::MutexLock lock(&exchange.mu);
            if (!exchange.items.empty()) {
              item = exchange.items.back();
              exchange.items.pop_back();
            }
          }
          if (item.first != nullptr) {
            EXPECT_TRUE(Intact(item.first, item.second)) << "handed-over block changed";
            heap->Free(item.first, item.second.size);
          }
        } else {
          model.FreeRandom(rng);
        }
      }
      model.FreeAll();
      allocator.ReleaseHeap(heap);
    });
  }
  for (std::thread& w : workers) w.join();

  Heap* main_heap = allocator.AcquireHeap();
  {
    absl::MutexLock lock(&exchange.mu);
    for (auto& [p, l] : exchange.items) {
      EXPECT_TRUE(Intact(p, l));
      main_heap->Free(p, l.size);
    }
    exchange.items.clear();
  }
  // Adopt every parked heap once, so each takes back its remote frees.
  std::vector<Heap*> adopted = {main_heap};
  for (int t = 0; t < threads; ++t) adopted.push_back(allocator.AcquireHeap());
  for (Heap* h : adopted) h->CollectRemoteFrees();
  ExpectEverythingFree(allocator.Stats());
  for (Heap* h : adopted) allocator.ReleaseHeap(h);
}

TEST(ObmallocModel, TwoThreadsWithCrossThreadFrees) { RunThreaded(2, 200'000); }
TEST(ObmallocModel, FourThreadsWithCrossThreadFrees) { RunThreaded(4, 100'000); }

TEST(ObmallocDebug, FreedBlocksArePoisonedAndQuarantined) {
  Allocator allocator({.quarantine_blocks = 8});
  Heap* heap = allocator.AcquireHeap();
  auto* first = static_cast<unsigned char*>(heap->Alloc(64));
  std::memset(first, 0x11, 64);
  heap->Free(first, 64);
  for (int i = 8; i < 64; ++i) ASSERT_EQ(first[i], 0xDD) << i;  // poisoned
  // The quarantine holds it: the next 8 allocations of the class never reuse it.
  std::vector<void*> later;
  for (int i = 0; i < 8; ++i) {
    later.push_back(heap->Alloc(64));
    EXPECT_NE(later.back(), first);
  }
  EXPECT_EQ(allocator.Stats().quarantined_blocks, 1);
  for (void* p : later) heap->Free(p, 64);  // pushes `first` out of the ring
  EXPECT_EQ(allocator.Stats().quarantined_blocks, 8);
  heap->FlushQuarantine();
  ExpectEverythingFree(allocator.Stats());
  allocator.ReleaseHeap(heap);
}

TEST(ObmallocDebug, KeepPrefixIsNotPoisoned) {
  Allocator allocator({.quarantine_blocks = 4});
  Heap* heap = allocator.AcquireHeap();
  auto* p = static_cast<unsigned char*>(heap->Alloc(48));
  std::memset(p, 0x22, 48);
  heap->Free(p, 48, /*keep=*/32);
  for (int i = 8; i < 32; ++i) EXPECT_EQ(p[i], 0x22) << i;
  for (int i = 32; i < 48; ++i) EXPECT_EQ(p[i], 0xDD) << i;
  heap->FlushQuarantine();
  allocator.ReleaseHeap(heap);
}

TEST(ObmallocArenas, EmptyArenasGoBackToTheOsButOneIsKept) {
  Allocator allocator;
  Heap* heap = allocator.AcquireHeap();
  std::vector<void*> blocks;
  for (int i = 0; i < 8000; ++i) blocks.push_back(heap->Alloc(512));  // ~4 MiB
  AllocatorStats s = allocator.Stats();
  EXPECT_GE(s.arenas_live, 4);
  EXPECT_EQ(s.classes[31].blocks_used, 8000);
  // A pool holds (16 KiB - header) / 512 blocks: 31 here.
  EXPECT_EQ(s.classes[31].blocks_used + s.classes[31].blocks_free,
            31 * (s.classes[31].pools_used + s.classes[31].pools_full));
  for (void* p : blocks) heap->Free(p, 512);
  s = allocator.Stats();
  EXPECT_EQ(s.arenas_live, 1);
  EXPECT_EQ(s.arenas_empty, 1);
  EXPECT_EQ(s.arenas_freed, s.arenas_allocated - 1);
  allocator.ReleaseHeap(heap);
}

TEST(ObmallocRealloc, KeepsContents) {
  Allocator allocator;
  Heap* heap = allocator.AcquireHeap();
  auto* p = static_cast<char*>(heap->Alloc(40));
  std::memcpy(p, "0123456789012345678901234567890123456789", 40);
  p = static_cast<char*>(heap->Realloc(p, 40, 2000));  // small -> large
  EXPECT_EQ(std::memcmp(p, "0123456789012345678901234567890123456789", 40), 0);
  p = static_cast<char*>(heap->Realloc(p, 2000, 24));  // large -> small
  EXPECT_EQ(std::memcmp(p, "012345678901234567890123", 24), 0);
  heap->Free(p, 24);
  ExpectEverythingFree(allocator.Stats());
  allocator.ReleaseHeap(heap);
}

TEST(ObmallocStats, TextAndJson) {
  Allocator allocator;
  Heap* heap = allocator.AcquireHeap();
  void* a = heap->Alloc(100);
  void* b = heap->Alloc(1000);
  const AllocatorStats s = allocator.Stats();
  EXPECT_EQ(s.classes[SizeClassOf(100)].blocks_used, 1);
  EXPECT_EQ(s.large_blocks, 1);
  EXPECT_EQ(s.large_bytes, 1000);
  EXPECT_NE(s.ToText().find("arenas allocated 1"), std::string::npos) << s.ToText();
  EXPECT_NE(s.ToJson().find("\"size\": 112, \"pools_used\": 1"), std::string::npos)
      << s.ToJson();
  EXPECT_NE(s.ToJson().find("\"large_blocks\": 1"), std::string::npos);
  heap->Free(a, 100);
  heap->Free(b, 1000);
  allocator.ReleaseHeap(heap);
}

}  // namespace
}  // namespace gillab
