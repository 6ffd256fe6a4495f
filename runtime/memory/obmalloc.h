// gillab/runtime/memory/obmalloc.h — a pymalloc-style small-object allocator.
//
// CPython's geometry on 64-bit machines (Objects/obmalloc.c), drawn:
//
//   arena: 1 MiB from mmap, carved into 16 KiB pools (64 of them when the mapping
//   happens to be pool-aligned, 63 otherwise: the partial pool at the front is
//   skipped, as CPython does)
//   +---------+---------+---------+-- ... --+---------+
//   | pool 0  | pool 1  | pool 2  |         | pool 63 |
//   +---------+---------+---------+-- ... --+---------+
//   pool: a header, then blocks of ONE size class, carved lazily (a block is cut
//   from the untouched tail only when the free list is empty)
//   +--------+-------+-------+-------+-- ... --+
//   | header | block | block | block |         |
//   +--------+-------+-------+-------+-- ... --+
//
//   size classes (16-byte alignment):
//   | request (bytes) | block size | class |
//   |-----------------|------------|-------|
//   |      1 ..  16   |     16     |   0   |
//   |     17 ..  32   |     32     |   1   |
//   |       ...       |    ...     |  ...  |
//   |    497 .. 512   |    512     |  31   |
//   Requests over 512 bytes go to the system allocator (malloc).
//
// Policies, as in CPython: per size class a list of partly used pools (allocation
// takes the first); each pool keeps a LIFO free list; a new pool comes from the
// most used arena that has one (so that lightly used arenas drain and can be
// given back); an arena whose pools are all free is returned to the OS with
// munmap, except that one empty arena is kept to absorb churn.
//
// Threads: each thread allocates from its own Heap (mimalloc's idea; CPython's
// free-threaded build uses mimalloc for the same reason), so the fast path takes
// no lock and touches no shared cache line. A block freed by a thread other than
// its pool's owner is pushed onto the owner's lock-free remote list (one atomic
// exchange/CAS); the owner takes the whole list back in its slow path and frees
// the blocks locally. A Heap whose thread has finished is parked and adopted by
// the next thread that asks for one, so its pools are never stranded; "at most one
// empty arena" holds per heap.
//
// Debug aids (Options::debug): freed blocks are overwritten with 0xDD (CPython's
// dead byte) and kept in a FIFO quarantine before they can be reused, so a stale
// pointer reads poison instead of a new object. The object layer builds its
// use-after-free reports on this (alloc.h).
//
// Frees are SIZED: the caller passes the size it allocated, which every gillab
// caller knows (object sizes, list capacities, dict tables). Passing another size
// is a bug (caught by an assert in debug builds).
#ifndef GILLAB_RUNTIME_MEMORY_OBMALLOC_H_
#define GILLAB_RUNTIME_MEMORY_OBMALLOC_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"

namespace gillab {

inline constexpr std::size_t kAlignment = 16;
inline constexpr std::size_t kSmallRequestThreshold = 512;
inline constexpr int kNumSizeClasses =
    static_cast<int>(kSmallRequestThreshold / kAlignment);
inline constexpr std::size_t kPoolSize = 16 * 1024;
inline constexpr std::size_t kArenaSize = 1024 * 1024;
inline constexpr int kMaxPoolsPerArena = static_cast<int>(kArenaSize / kPoolSize);
static_assert(kNumSizeClasses == 32, "pymalloc's 64-bit geometry");
static_assert(kMaxPoolsPerArena == 64, "pymalloc's 64-bit geometry");
static_assert((kPoolSize & (kPoolSize - 1)) == 0, "pools are found by masking");

// The size class of a small request; requires 1 <= size <= kSmallRequestThreshold.
constexpr int SizeClassOf(std::size_t size) {
  return static_cast<int>((size - 1) / kAlignment);
}
constexpr std::size_t ClassBlockSize(int size_class) {
  return (static_cast<std::size_t>(size_class) + 1) * kAlignment;
}

struct Block;
struct Pool;
struct Arena;
class Allocator;

// What `sys._debugmallocstats()` shows, for one allocator (all of its heaps).
struct AllocatorStats {
  struct Class {
    std::size_t block_size = 0;
    std::int64_t pools_used = 0;  // partly used
    std::int64_t pools_full = 0;
    std::int64_t blocks_used = 0;  // handed out, quarantined ones included
    std::int64_t blocks_free = 0;  // free or never carved, in this class's pools
  };
  std::int64_t arenas_allocated = 0;  // ever mapped
  std::int64_t arenas_freed = 0;      // ever unmapped
  std::int64_t arenas_live = 0;
  std::int64_t arenas_empty = 0;  // live but wholly free (kept for churn)
  std::int64_t pools_empty = 0;   // free pools inside live arenas
  std::int64_t quarantined_blocks = 0;
  std::int64_t large_blocks = 0;  // live requests > 512 bytes (malloc)
  std::int64_t large_bytes = 0;
  std::int64_t small_bytes_used = 0;  // block sizes of handed-out small blocks
  std::array<Class, kNumSizeClasses> classes;

  // A table for people, in the spirit of sys._debugmallocstats().
  std::string ToText() const;
  // One JSON object.
  std::string ToJson() const;
};

// One thread's allocator state. Alloc and LocalFree must be called only by the
// thread that holds the heap (Allocator::AcquireHeap); Free may be given any block
// of this allocator and routes blocks of other heaps to their owners.
class Heap {
 public:
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Returns `size` bytes aligned to 16 (1 byte for size 0). Never returns null
  // (when the system refuses memory, throws std::bad_alloc, the heap unchanged).
  void* Alloc(std::size_t size);

  // Frees a block of this allocator allocated with `size`. Any thread holding a
  // heap of this allocator may call it on its own heap for any block. With the
  // debug aids on, the block is poisoned (0xDD) except its first `keep` bytes,
  // where the object layer leaves a description of what was freed.
  void Free(void* block, std::size_t size, std::size_t keep = 0);

  // Resizes: a new block of `new_size` with the contents up to the smaller size.
  void* Realloc(void* block, std::size_t old_size, std::size_t new_size);

  // Takes back blocks other threads freed into this heap's pools.
  void CollectRemoteFrees();

  // Debug aids: returns every quarantined block to its pool now.
  void FlushQuarantine();

 private:
  friend class Allocator;
  explicit Heap(Allocator* allocator);
  ~Heap();

  void* AllocSlow(int size_class);
  void FreeSmall(Block* block, Pool* pool);
  void ReleaseToPool(Block* block, Pool* pool);
  Pool* NewPool(int size_class);
  void FreePool(Pool* pool);
  Arena* NewArena();
  void RemoteFree(Block* block);

  const bool debug_;  // the allocator's debug aids, cached off the free path
  // Per size class: partly used pools, a doubly linked list (CPython's usedpools).
  std::array<Pool*, kNumSizeClasses> used_pools_{};
  std::vector<Arena*> arenas_;                // every arena of this heap
  Arena* empty_arena_ = nullptr;              // the one wholly free arena kept, if any
  std::atomic<Block*> remote_free_{nullptr};  // pushed by other threads
  // Debug quarantine: a FIFO ring of freed small blocks and their pools.
  std::vector<std::pair<Block*, Pool*>> quarantine_;
  std::size_t quarantine_head_ = 0;
  std::size_t quarantine_count_ = 0;
  // Counters, written by the owner only (relaxed atomics so Stats can read them).
  std::atomic<std::int64_t> arenas_allocated_{0};
  std::atomic<std::int64_t> arenas_freed_{0};
  std::atomic<std::int64_t> large_blocks_{0};
  std::atomic<std::int64_t> large_bytes_{0};
};

class Allocator {
 public:
  struct Options {
    // Poison freed blocks with 0xDD and hold them in a quarantine of this many
    // blocks per heap before reuse. 0 turns the debug aids off.
    std::size_t quarantine_blocks = 0;
  };

  explicit Allocator(Options options);
  Allocator() : Allocator(Options{}) {}
  // Returns every arena to the OS. Requires: no heap is in use.
  ~Allocator();
  Allocator(const Allocator&) = delete;
  Allocator& operator=(const Allocator&) = delete;

  // A heap for the calling thread: a parked one if there is any (with its pools),
  // else a new one. Give it back with ReleaseHeap when the thread is done.
  Heap* AcquireHeap() ABSL_LOCKS_EXCLUDED(mu_);
  // Parks `heap` for adoption; its live blocks stay valid and may still be freed
  // from any thread.
  void ReleaseHeap(Heap* heap) ABSL_LOCKS_EXCLUDED(mu_);

  bool debug() const { return options_.quarantine_blocks > 0; }
  const Options& options() const { return options_; }

  // Walks every heap's arenas. Requires: no thread is allocating or freeing
  // (e.g. after joining the workers); the numbers are exact then.
  AllocatorStats Stats() const ABSL_LOCKS_EXCLUDED(mu_);

 private:
  friend class Heap;
  const Options options_;
  mutable absl::Mutex mu_;
  std::vector<Heap*> heaps_ ABSL_GUARDED_BY(mu_);   // all of them
  std::vector<Heap*> parked_ ABSL_GUARDED_BY(mu_);  // not held by a thread
};

// Overwrites bytes [keep, size) of a block with the dead byte (0xDD), as a
// debug-aided Free does: for a block whose freeing is delayed (QSBR) but whose
// contents are dead now.
void PoisonDeadBlock(void* block, std::size_t size, std::size_t keep);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_OBMALLOC_H_
