// gillab/runtime/memory/thread_state.h — the threads that touch objects.
//
// A thread must be attached to a Runtime (it has a ThreadState, as a CPython thread
// has a PyThreadState) before it creates, increfs or decrefs any object; attaching
// is done with runtime_state.h's ThreadScope. The ThreadState carries:
//
//   - the thread's id, unique for the life of the process (never reused), which
//     biased reference counting writes into the objects the thread creates;
//   - the biased-refcount merge queue: objects that other threads handed to this
//     thread because their decrement would have made the shared count negative;
//   - the thread's allocator heap (obmalloc.h), which memory.h allocates from;
//   - with free-threaded objects (RuntimeOptions::objects not kGil): its
//     QSBR record (qsbr.h) and its stack of critical sections
//     (critical_section.h), both suspended while it blocks;
//   - live-object accounting: per-type counts of allocations and deallocations made
//     by this thread. Only the owning thread writes them, so counting costs no
//     shared cache line; readers sum over all threads.
//
// ThreadRegistry is the Runtime's table of attached threads (CPython's brc buckets
// and thread-state list in one).
#ifndef GILLAB_RUNTIME_MEMORY_THREAD_STATE_H_
#define GILLAB_RUNTIME_MEMORY_THREAD_STATE_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/synchronization/mutex.h"
#include "base/eval_breaker.h"
#include "runtime/memory/object.h"
#include "runtime/memory/obmalloc.h"
#include "runtime/memory/qsbr.h"

namespace gillab {

class CriticalSection;
class RuntimeState;
class ThreadRegistry;
class ThreadState;

// Per-type totals of allocations and deallocations.
struct TypeCounts {
  std::array<std::int64_t, kNumTypes> allocated{};
  std::array<std::int64_t, kNumTypes> freed{};

  std::int64_t live(TypeIndex t) const {
    return allocated[static_cast<int>(t)] - freed[static_cast<int>(t)];
  }
  std::int64_t total_live() const;
  void Add(const TypeCounts& other);
};

// Freed objects of one type kept for reuse by the thread that freed them, skipping
// the allocator (CPython 3.14 keeps such per-thread free lists for ints, floats,
// tuples and more). Bounded; what is left goes back to the heap at Detach. Not
// used with RuntimeOptions::debug_memory, which wants every free to be seen.
struct FreeList {
  static constexpr int kCapacity = 128;
  std::size_t block_size = 0;  // bytes of each block (set by the type that uses it)
  int size = 0;
  Object* items[kCapacity];
};

namespace thread_state_internal {
extern constinit thread_local ThreadState* tls_current;
}  // namespace thread_state_internal

class ThreadState {
 public:
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;

  // The calling thread's state, or null when it is not attached.
  static ThreadState* Current() { return thread_state_internal::tls_current; }

  std::uint64_t id() const { return id_; }
  RuntimeState* runtime() const { return runtime_; }
  ThreadRegistry* registry() const { return registry_; }
  // This thread's allocator heap (memory.h allocates from it).
  Heap* heap() const { return heap_; }
  // The int free list (int_object.cc). Only this thread touches it.
  FreeList& int_free_list() { return int_free_list_; }

  // The count fields and mode byte of every object this thread creates
  // (alloc.h's InitObjectHeader copies them), fixed at Attach: one reference,
  // in the runtime's mode, with its mode bits; tid is this thread's id in
  // biased mode and with object locks (a list's creator grows it in place),
  // else 0.
  struct NewObjectHeader {
    std::uint64_t tid = 0;
    RefcountMode mode = RefcountMode::kNonAtomic;
    std::uint32_t ref_local = 0;
    std::int64_t ref_shared = 1;
  };
  const NewObjectHeader& new_object_header() const { return new_object_header_; }

  // The word the interpreter polls (base/eval_breaker.h): other threads set bits
  // in it to ask this thread to drop the GIL, park for a stop-the-world, or merge
  // queued objects.
  EvalBreaker& eval_breaker() { return eval_breaker_; }

  // Biased refcounting. True when other threads have queued objects for this
  // thread to merge (the kMergeQueued bit): one relaxed load.
  bool HasQueuedObjects() const { return eval_breaker_.IsSet(EvalBreaker::kMergeQueued); }

  // Merges every queued object (subtracting the reference the queue held) and
  // deallocates those whose count is then zero. Requires: called on this thread.
  // Returns how many objects it merged.
  std::size_t MergeQueuedObjects();

  // Free-threaded objects (RuntimeOptions::objects is kLocked or kUnlocked): the
  // same for every thread of a runtime. Critical sections lock, dicts read
  // lock-free, QSBR runs.
  bool object_locks() const { return qsbr_ != nullptr; }
  // RuntimeOptions::objects is kUnlocked: lists skip their locks (the lessons).
  bool lists_unlocked() const { return lists_unlocked_; }
  // RuntimeOptions::explored: the explorer runs this thread (its lock acquires
  // and lock-free reads pass schedule points).
  bool explored() const { return explored_; }
  // This thread's QSBR record; null when object locks are off.
  QsbrThread* qsbr() const { return qsbr_; }

  // Lock elision (critical_section.h). ElideLocks: from now on this thread's
  // critical sections lock nothing (with object locks off it does nothing).
  // Requires: called on this thread, with no section open; until
  // StopElidingLocks, no other thread touches any object this thread may lock.
  // StopElidingLocks: sections lock again, and those open now take their locks
  // (which may block); call it before another thread can reach those objects.
  // Not with unlocked lists (whose lessons are about threads). While a thread
  // elides, its containers also mark nothing shared and it reads them as the
  // GIL build does (sharing() is false): nobody else can read them.
  void ElideLocks() {
    locks_elided_ = object_locks() && !lists_unlocked_;
    UpdateSharing();
  }
  void StopElidingLocks();
  bool locks_elided() const { return locks_elided_; }
  // Object locks are on and the thread does not elide them: other threads may
  // reach what it touches, so containers share themselves with a foreign
  // toucher and reads go lock-free (list_object.cc, dict_object.cc). One load:
  // list and dict operations ask it on every call.
  bool sharing() const { return sharing_; }

  // A quiescent point (QSBR): the thread holds no pointer it read from a list or
  // dict without a lock. Reports it, and frees what this thread retired that
  // has become safe to free. The interpreter calls it at eval-breaker polls.
  // Does nothing when object locks are off.
  void QuiescentPoint() {
    if (qsbr_ == nullptr) return;
    qsbr_->Quiescent();
    if (qsbr_->pending() != 0) qsbr_->ProcessRetired();
  }

  // A safe point: if another thread is stopping the world (a collection without
  // a GIL), parks here until it restarts. Cheap when nobody is: one relaxed load.
  // The interpreter's eval breaker calls it; so may any long-running loop.
  void PollSafePoint();

  // Brackets a stretch in which this thread touches no object: a blocking call
  // (sleep, I/O, waiting for a Lock or for the GIL), or joining other threads.
  // Meanwhile a stop-the-world counts the thread as parked and does not wait for
  // it; EndBlocking waits for a stop in progress to end. CPython 3.13 calls these
  // "detached" and "attached" thread states. With object locks on, the thread
  // also goes offline for QSBR, and its critical sections are suspended (their
  // locks released) until EndBlocking resumes the innermost one
  // (critical_section.h). Requires: called on this thread, in pairs, not nested.
  void BeginBlocking();
  void EndBlocking();

  // Live-object accounting; called on this thread only (by the allocator).
  void CountAllocation(TypeIndex t) { Bump(allocated_, t); }
  void CountDeallocation(TypeIndex t) { Bump(freed_, t); }

  // This thread's totals so far. Any thread may call it.
  TypeCounts Counts() const;

 private:
  friend class ThreadRegistry;
  friend class CriticalSection;
  using Counters = std::array<std::atomic<std::int64_t>, kNumTypes>;

  ThreadState(ThreadRegistry* registry, RuntimeState* runtime, std::uint64_t id,
              Heap* heap)
      : registry_(registry), runtime_(runtime), id_(id), heap_(heap) {}

  // Single writer: a relaxed load and store, no locked instruction.
  static void Bump(Counters& counters, TypeIndex t) {
    std::atomic<std::int64_t>& c = counters[static_cast<int>(t)];
    c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  }

  // sharing_ from what it is derived from, after either changes.
  void UpdateSharing() { sharing_ = object_locks() && !locks_elided_; }

  // Called by ThreadRegistry::QueueToOwner with the registry's lock held.
  void Enqueue(Object* ob);

  ThreadRegistry* const registry_;
  RuntimeState* const runtime_;
  const std::uint64_t id_;
  Heap* const heap_;

  EvalBreaker eval_breaker_;
  QsbrThread* qsbr_ = nullptr;   // set by ThreadRegistry::Attach
  bool lists_unlocked_ = false;  // set by ThreadRegistry::Attach
  bool explored_ = false;      // RuntimeOptions::explored; set by ThreadRegistry::Attach
  bool locks_elided_ = false;  // this thread only
  bool sharing_ = false;       // object_locks() && !locks_elided_; this thread only
  NewObjectHeader new_object_header_;            // set by ThreadRegistry::Attach
  CriticalSection* critical_section_ = nullptr;  // innermost; this thread only
  FreeList int_free_list_;
  absl::Mutex queue_mu_;
  std::vector<Object*> queue_ ABSL_GUARDED_BY(queue_mu_);

  Counters allocated_{};
  Counters freed_{};
};

class ThreadRegistry {
 public:
  ThreadRegistry(RuntimeState* runtime, Allocator* allocator)
      : runtime_(runtime), allocator_(allocator) {}
  // Requires: no thread is attached.
  ~ThreadRegistry();
  ThreadRegistry(const ThreadRegistry&) = delete;
  ThreadRegistry& operator=(const ThreadRegistry&) = delete;

  // Creates a ThreadState (with an allocator heap) for the calling thread and
  // makes it current.
  // Requires: the calling thread is not attached (to this or any Runtime).
  ThreadState* Attach() ABSL_LOCKS_EXCLUDED(mu_);

  // Unregisters `ts` (from then on, objects it owns are "owner gone": a non-owner
  // merges them itself), merges its queue, keeps its counters, and makes the
  // calling thread detached. Requires: `ts` is the calling thread's state.
  void Detach(ThreadState* ts) ABSL_LOCKS_EXCLUDED(mu_);

  // Hands `ob` to its owner `owner_id` for merging. Returns false when no attached
  // thread has that id (the owner has gone); the caller must then merge `ob` itself.
  bool QueueToOwner(std::uint64_t owner_id, Object* ob) ABSL_LOCKS_EXCLUDED(mu_);

  // Totals over all threads, attached or gone. Exact once the threads that
  // allocate are quiescent; a snapshot otherwise.
  TypeCounts Counts() const ABSL_LOCKS_EXCLUDED(mu_);

  int attached_count() const ABSL_LOCKS_EXCLUDED(mu_);

  // Sets `bit` in every attached thread's eval breaker (a request each polls).
  void SetEveryBreaker(std::uint32_t bit) ABSL_LOCKS_EXCLUDED(mu_);

  // Stop-the-world, for the cyclic GC. StopTheWorld sets kStopTheWorld in every
  // attached thread's eval breaker and blocks until every other attached thread
  // is parked at a safe point (PollSafePoint) or inside BeginBlocking/EndBlocking,
  // and no thread is attaching or detaching; until StartTheWorld, new threads
  // wait in Attach. If another thread is stopping the world, the caller parks
  // until it is done, then stops it itself. Requires: the calling thread is
  // attached and polls no safe point meanwhile. StopTheWorldIfAlone stops it only
  // when the caller is the sole attached thread, and returns whether it did.
  void StopTheWorld() ABSL_LOCKS_EXCLUDED(mu_);
  bool StopTheWorldIfAlone() ABSL_LOCKS_EXCLUDED(mu_);
  void StartTheWorld() ABSL_LOCKS_EXCLUDED(mu_);
  bool stop_requested() const { return stop_requested_.load(std::memory_order_relaxed); }

 private:
  friend class ThreadState;
  void Park() ABSL_LOCKS_EXCLUDED(mu_);
  // Waits for a stop in progress to end, counted as parked meanwhile.
  void WaitWhileStopped() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void SetStopRequested(bool stop) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  bool NotStopped() const { return !stop_requested(); }
  bool OthersParked() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    return detaching_.empty() && parked_ == static_cast<int>(threads_.size()) - 1;
  }

  RuntimeState* const runtime_;
  Allocator* const allocator_;
  mutable absl::Mutex mu_;
  absl::flat_hash_map<std::uint64_t, std::unique_ptr<ThreadState>> threads_
      ABSL_GUARDED_BY(mu_);
  // Ids of threads inside Detach: still counted, no longer queued to.
  absl::flat_hash_set<std::uint64_t> detaching_ ABSL_GUARDED_BY(mu_);
  TypeCounts retired_ ABSL_GUARDED_BY(mu_);  // counts of detached threads
  std::atomic<bool> stop_requested_{false};  // written under mu_
  int parked_ ABSL_GUARDED_BY(mu_) = 0;
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_THREAD_STATE_H_
