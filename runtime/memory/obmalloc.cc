// gillab/runtime/memory/obmalloc.cc — see obmalloc.h for the design and the geometry.
#include "runtime/memory/obmalloc.h"

#include <sys/mman.h>

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

namespace gillab {

// A free block's first word links it into a free list or the remote list.
struct Block {
  Block* next;
};

// The header at the start of every 16 KiB pool. Owner-only fields: a pool is
// touched by its heap's thread alone (other threads only push to the heap's remote
// list), so none of them needs to be atomic.
struct Pool {
  Heap* owner;
  Arena* arena;
  Pool* next;  // in the owner's used_pools_ list, or the arena's free pool list
  Pool* prev;
  Block* free_list;               // LIFO
  std::uint32_t ref_count;        // blocks handed out (quarantined ones included)
  std::uint32_t size_class;       // kFreePool while the pool is in its arena's free list
  std::uint32_t next_offset;      // lazy carving: the next never-used block
  std::uint32_t max_next_offset;  // the last offset at which a block fits
  bool in_used_list;
};

struct Arena {
  char* base;            // what mmap returned
  char* first_pool;      // base rounded up to a pool boundary
  char* next_untouched;  // pools from here on were never used
  Pool* free_pools;      // pools given back, linked by Pool::next
  int nfreepools;        // free pools, untouched ones included
  int ntotalpools;       // 64, or 63 when the mapping was not pool-aligned
};

namespace {

constexpr std::uint32_t kFreePool = UINT32_MAX;
constexpr std::size_t kPoolOverhead = (sizeof(Pool) + kAlignment - 1) & ~(kAlignment - 1);
constexpr unsigned char kDeadByte = 0xDD;  // CPython's PYMEM_DEADBYTE

Pool* PoolOf(const void* block) {
  return reinterpret_cast<Pool*>(reinterpret_cast<std::uintptr_t>(block) &
                                 ~(std::uintptr_t{kPoolSize} - 1));
}

std::uint32_t PoolCapacity(std::uint32_t size_class) {
  return static_cast<std::uint32_t>((kPoolSize - kPoolOverhead) /
                                    ClassBlockSize(static_cast<int>(size_class)));
}

bool PoolHasRoom(const Pool* p) {
  return p->free_list != nullptr || p->next_offset <= p->max_next_offset;
}

// The system refused memory: the request fails as C++'s operator new fails, with
// the heap as it was, so that the interpreter can end the thread with MemoryError
// (Interpreter::ThreadMain) rather than the process with an abort.
[[noreturn, gnu::cold]] void OutOfMemory(std::size_t) { throw std::bad_alloc(); }

// Poisons all of a freed block but its first `keep` bytes (and the link word).
void Poison(void* block, std::size_t size, std::size_t keep) {
  const std::size_t from = std::max<std::size_t>(keep, sizeof(Block));
  if (size > from) std::memset(static_cast<char*>(block) + from, kDeadByte, size - from);
}

}  // namespace

void PoisonDeadBlock(void* block, std::size_t size, std::size_t keep) {
  if (size > keep) std::memset(static_cast<char*>(block) + keep, kDeadByte, size - keep);
}

// --- Heap -------------------------------------------------------------------------

Heap::Heap(Allocator* allocator) : debug_(allocator->debug()) {
  if (debug_) quarantine_.resize(allocator->options().quarantine_blocks);
}

Heap::~Heap() {
  for (Arena* a : arenas_) {
    munmap(a->base, kArenaSize);
    delete a;
  }
}

void* Heap::Alloc(std::size_t size) {
  if (size > kSmallRequestThreshold) [[unlikely]] {
    void* p = std::malloc(size);  // glibc: 16-byte aligned on x86-64 and aarch64
    if (p == nullptr) OutOfMemory(size);
    large_blocks_.store(large_blocks_.load(std::memory_order_relaxed) + 1,
                        std::memory_order_relaxed);
    large_bytes_.store(
        large_bytes_.load(std::memory_order_relaxed) + static_cast<std::int64_t>(size),
        std::memory_order_relaxed);
    return p;
  }
  const int size_class = SizeClassOf(size == 0 ? 1 : size);
  Pool* pool = used_pools_[static_cast<std::size_t>(size_class)];
  if (pool == nullptr) [[unlikely]] {
    return AllocSlow(size_class);
  }
  Block* b = pool->free_list;
  if (b != nullptr) {
    pool->free_list = b->next;
  } else {
    b = reinterpret_cast<Block*>(reinterpret_cast<char*>(pool) + pool->next_offset);
    pool->next_offset += static_cast<std::uint32_t>(ClassBlockSize(size_class));
  }
  pool->ref_count++;
  if (!PoolHasRoom(pool)) {  // full: off the used list until a block comes back
    if (pool->next != nullptr) pool->next->prev = pool->prev;
    if (pool->prev != nullptr) {
      pool->prev->next = pool->next;
    } else {
      used_pools_[static_cast<std::size_t>(size_class)] = pool->next;
    }
    pool->next = pool->prev = nullptr;
    pool->in_used_list = false;
  }
  return b;
}

void* Heap::AllocSlow(int size_class) {
  CollectRemoteFrees();
  if (used_pools_[static_cast<std::size_t>(size_class)] == nullptr) {
    Pool* pool = NewPool(size_class);
    pool->prev = nullptr;
    pool->next = nullptr;
    pool->in_used_list = true;
    used_pools_[static_cast<std::size_t>(size_class)] = pool;
  }
  return Alloc(ClassBlockSize(size_class));
}

void Heap::Free(void* block, std::size_t size, std::size_t keep) {
  if (block == nullptr) return;
  if (size > kSmallRequestThreshold) [[unlikely]] {
    std::free(block);
    large_blocks_.store(large_blocks_.load(std::memory_order_relaxed) - 1,
                        std::memory_order_relaxed);
    large_bytes_.store(
        large_bytes_.load(std::memory_order_relaxed) - static_cast<std::int64_t>(size),
        std::memory_order_relaxed);
    return;
  }
  auto* b = static_cast<Block*>(block);
  Pool* pool = PoolOf(b);
  assert(pool->size_class ==
         static_cast<std::uint32_t>(SizeClassOf(size == 0 ? 1 : size)));
  if (debug_) [[unlikely]] {
    Poison(b, ClassBlockSize(static_cast<int>(pool->size_class)), keep);
  }
  if (pool->owner == this) [[likely]] {
    FreeSmall(b, pool);
  } else {
    pool->owner->RemoteFree(b);
  }
}

void Heap::RemoteFree(Block* b) {
  // Treiber push; the owner takes the whole list with one exchange, so there is
  // no ABA. release: the block's contents (poison) happen-before the owner reuses it.
  Block* head = remote_free_.load(std::memory_order_relaxed);
  do {
    b->next = head;
  } while (!remote_free_.compare_exchange_weak(head, b, std::memory_order_release,
                                               std::memory_order_relaxed));
}

void Heap::CollectRemoteFrees() {
  Block* b = remote_free_.exchange(nullptr, std::memory_order_acquire);
  while (b != nullptr) {
    Block* next = b->next;
    FreeSmall(b, PoolOf(b));
    b = next;
  }
}

void Heap::FreeSmall(Block* b, Pool* pool) {
  if (!debug_) [[likely]] {
    ReleaseToPool(b, pool);
    return;
  }
  // FIFO ring: when it is full, the oldest block goes back to its pool first.
  const std::size_t capacity = quarantine_.size();
  if (quarantine_count_ == capacity) {
    auto [old_block, old_pool] = quarantine_[quarantine_head_];
    ReleaseToPool(old_block, old_pool);
    quarantine_head_ = (quarantine_head_ + 1) % capacity;
    quarantine_count_--;
  }
  quarantine_[(quarantine_head_ + quarantine_count_) % capacity] = {b, pool};
  quarantine_count_++;
}

void Heap::FlushQuarantine() {
  while (quarantine_count_ > 0) {
    auto [b, pool] = quarantine_[quarantine_head_];
    quarantine_head_ = (quarantine_head_ + 1) % quarantine_.size();
    quarantine_count_--;
    ReleaseToPool(b, pool);
  }
}

void Heap::ReleaseToPool(Block* b, Pool* pool) {
  b->next = pool->free_list;
  pool->free_list = b;
  pool->ref_count--;
  if (pool->ref_count == 0) {
    FreePool(pool);
    return;
  }
  if (!pool->in_used_list) {  // it was full: back on the front of the used list
    const std::size_t c = pool->size_class;
    pool->prev = nullptr;
    pool->next = used_pools_[c];
    if (pool->next != nullptr) pool->next->prev = pool;
    used_pools_[c] = pool;
    pool->in_used_list = true;
  }
}

Pool* Heap::NewPool(int size_class) {
  // The most used arena that still has a free pool (fewest free pools), so that
  // lightly used arenas drain and can be given back.
  Arena* best = nullptr;
  for (Arena* a : arenas_) {
    if (a->nfreepools > 0 && (best == nullptr || a->nfreepools < best->nfreepools ||
                              (best == empty_arena_ && a != empty_arena_))) {
      best = a;
    }
  }
  if (best == nullptr) best = NewArena();
  if (best == empty_arena_) empty_arena_ = nullptr;
  Pool* pool;
  if (best->free_pools != nullptr) {
    pool = best->free_pools;
    best->free_pools = pool->next;
  } else {
    pool = reinterpret_cast<Pool*>(best->next_untouched);
    best->next_untouched += kPoolSize;
  }
  best->nfreepools--;
  const std::size_t block = ClassBlockSize(size_class);
  pool->owner = this;
  pool->arena = best;
  pool->free_list = nullptr;
  pool->ref_count = 0;
  pool->size_class = static_cast<std::uint32_t>(size_class);
  pool->next_offset = static_cast<std::uint32_t>(kPoolOverhead);
  pool->max_next_offset = static_cast<std::uint32_t>(kPoolSize - block);
  return pool;
}

void Heap::FreePool(Pool* pool) {
  if (pool->in_used_list) {
    if (pool->next != nullptr) pool->next->prev = pool->prev;
    if (pool->prev != nullptr) {
      pool->prev->next = pool->next;
    } else {
      used_pools_[pool->size_class] = pool->next;
    }
    pool->in_used_list = false;
  }
  Arena* a = pool->arena;
  pool->size_class = kFreePool;
  pool->next = a->free_pools;
  a->free_pools = pool;
  a->nfreepools++;
  if (a->nfreepools < a->ntotalpools) return;
  // The arena is wholly free. Keep one such arena; give any other back to the OS.
  if (empty_arena_ == nullptr) {
    empty_arena_ = a;
    return;
  }
  arenas_.erase(std::find(arenas_.begin(), arenas_.end(), a));
  munmap(a->base, kArenaSize);
  delete a;
  arenas_freed_.store(arenas_freed_.load(std::memory_order_relaxed) + 1,
                      std::memory_order_relaxed);
}

Arena* Heap::NewArena() {
  void* base = mmap(nullptr, kArenaSize, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) OutOfMemory(kArenaSize);
  auto* a = new Arena;
  a->base = static_cast<char*>(base);
  const auto addr = reinterpret_cast<std::uintptr_t>(base);
  const std::uintptr_t first = (addr + kPoolSize - 1) & ~(std::uintptr_t{kPoolSize} - 1);
  a->first_pool = reinterpret_cast<char*>(first);
  a->next_untouched = a->first_pool;
  a->free_pools = nullptr;
  // A mapping that is not pool-aligned loses the partial pool at its front.
  a->ntotalpools = first == addr ? kMaxPoolsPerArena : kMaxPoolsPerArena - 1;
  a->nfreepools = a->ntotalpools;
  arenas_.push_back(a);
  arenas_allocated_.store(arenas_allocated_.load(std::memory_order_relaxed) + 1,
                          std::memory_order_relaxed);
  return a;
}

void* Heap::Realloc(void* block, std::size_t old_size, std::size_t new_size) {
  if (block == nullptr) return Alloc(new_size);
  // Within one small size class the block already fits. Anything else (another
  // class, or a large block on either side) is a new block, a copy and a free.
  if (old_size <= kSmallRequestThreshold && new_size <= kSmallRequestThreshold &&
      old_size > 0 && new_size > 0 && SizeClassOf(old_size) == SizeClassOf(new_size)) {
    return block;
  }
  void* fresh = Alloc(new_size);
  std::memcpy(fresh, block, std::min(old_size, new_size));
  Free(block, old_size);
  return fresh;
}

// --- Allocator --------------------------------------------------------------------

Allocator::Allocator(Options options) : options_(options) {}

Allocator::~Allocator() {
  absl::MutexLock lock(&mu_);
  for (Heap* h : heaps_) delete h;
}

Heap* Allocator::AcquireHeap() {
  Heap* heap = nullptr;
  {
    absl::MutexLock lock(&mu_);
    if (!parked_.empty()) {
      heap = parked_.back();
      parked_.pop_back();
    } else {
      heap = new Heap(this);
      heaps_.push_back(heap);
    }
  }
  heap->CollectRemoteFrees();
  return heap;
}

void Allocator::ReleaseHeap(Heap* heap) {
  heap->CollectRemoteFrees();
  absl::MutexLock lock(&mu_);
  parked_.push_back(heap);
}

AllocatorStats Allocator::Stats() const {
  AllocatorStats s;
  for (int c = 0; c < kNumSizeClasses; ++c) s.classes[c].block_size = ClassBlockSize(c);
  absl::MutexLock lock(&mu_);
  for (const Heap* h : heaps_) {
    s.arenas_allocated += h->arenas_allocated_.load(std::memory_order_relaxed);
    s.arenas_freed += h->arenas_freed_.load(std::memory_order_relaxed);
    s.large_blocks += h->large_blocks_.load(std::memory_order_relaxed);
    s.large_bytes += h->large_bytes_.load(std::memory_order_relaxed);
    s.quarantined_blocks += static_cast<std::int64_t>(h->quarantine_count_);
    for (const Arena* a : h->arenas_) {
      s.arenas_live++;
      if (a->nfreepools == a->ntotalpools) s.arenas_empty++;
      s.pools_empty += a->nfreepools;
      for (const char* p = a->first_pool; p < a->next_untouched; p += kPoolSize) {
        const auto* pool = reinterpret_cast<const Pool*>(p);
        if (pool->size_class == kFreePool) continue;
        AllocatorStats::Class& cls = s.classes[pool->size_class];
        (PoolHasRoom(pool) ? cls.pools_used : cls.pools_full)++;
        cls.blocks_used += pool->ref_count;
        cls.blocks_free += PoolCapacity(pool->size_class) - pool->ref_count;
        s.small_bytes_used += static_cast<std::int64_t>(pool->ref_count * cls.block_size);
      }
    }
  }
  return s;
}

std::string AllocatorStats::ToText() const {
  std::string out;
  char line[160];
  out += "class   size   pools used   pools full   blocks used   blocks free\n";
  for (int c = 0; c < kNumSizeClasses; ++c) {
    const Class& k = classes[c];
    if (k.pools_used + k.pools_full == 0) continue;
    std::snprintf(
        line, sizeof line, "%5d %6zu %12lld %12lld %13lld %13lld\n", c, k.block_size,
        static_cast<long long>(k.pools_used), static_cast<long long>(k.pools_full),
        static_cast<long long>(k.blocks_used), static_cast<long long>(k.blocks_free));
    out += line;
  }
  std::snprintf(
      line, sizeof line,
      "arenas allocated %lld, freed %lld, live %lld (%lld empty); free pools "
      "%lld\n"
      "small bytes in use %lld; quarantined blocks %lld; large blocks %lld "
      "(%lld bytes)\n",
      static_cast<long long>(arenas_allocated), static_cast<long long>(arenas_freed),
      static_cast<long long>(arenas_live), static_cast<long long>(arenas_empty),
      static_cast<long long>(pools_empty), static_cast<long long>(small_bytes_used),
      static_cast<long long>(quarantined_blocks), static_cast<long long>(large_blocks),
      static_cast<long long>(large_bytes));
  out += line;
  return out;
}

std::string AllocatorStats::ToJson() const {
  auto num = [](std::int64_t v) { return std::to_string(v); };
  std::string out = "{\"arenas_allocated\": " + num(arenas_allocated) +
                    ", \"arenas_freed\": " + num(arenas_freed) +
                    ", \"arenas_live\": " + num(arenas_live) +
                    ", \"arenas_empty\": " + num(arenas_empty) +
                    ", \"pools_empty\": " + num(pools_empty) +
                    ", \"small_bytes_used\": " + num(small_bytes_used) +
                    ", \"quarantined_blocks\": " + num(quarantined_blocks) +
                    ", \"large_blocks\": " + num(large_blocks) +
                    ", \"large_bytes\": " + num(large_bytes) + ", \"classes\": [";
  bool first = true;
  for (const Class& k : classes) {
    if (k.pools_used + k.pools_full == 0) continue;
    if (!first) out += ", ";
    first = false;
    out += "{\"size\": " + std::to_string(k.block_size) +
           ", \"pools_used\": " + num(k.pools_used) +
           ", \"pools_full\": " + num(k.pools_full) +
           ", \"blocks_used\": " + num(k.blocks_used) +
           ", \"blocks_free\": " + num(k.blocks_free) + "}";
  }
  return out + "]}";
}

}  // namespace gillab
