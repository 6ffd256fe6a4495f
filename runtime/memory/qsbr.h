// gillab/runtime/memory/qsbr.h — quiescent-state-based reclamation, as CPython
// 3.13's Python/qsbr.c (itself derived from FreeBSD's GUS).
//
// The problem: in the free-threaded build, `lst[i]` reads a list's item array
// without taking the list's lock. Meanwhile another thread may append, outgrow the
// array, copy it into a bigger one and free the old one: the reader then reads
// freed memory (CPython's gh-129069 and gh-130920 were such races). The old array
// must live until no thread can still be reading it.
//
// The scheme: a shared write sequence wr_seq, odd, that only grows (by 2), and per
// thread a read sequence, seq:
//   - a thread that holds no pointer into shared structures (between two
//     bytecodes, at an eval-breaker poll, or while detached) is QUIESCENT; it says
//     so by copying wr_seq into its seq (Quiescent), or by going offline (Detach:
//     seq = 0, ignored until it attaches again);
//   - whoever replaces a structure RETIRES the old one instead of freeing it: it
//     advances wr_seq and tags the item with the new value, the goal;
//   - an item may be freed once every attached thread's seq has reached its goal:
//     each of them has been quiescent since the retirement, so none can still hold
//     a pointer read before it. The minimum over attached threads is rd_seq.
// Readers pay nothing but the occasional store of one word; retiring is cheap;
// memory waits a little longer to be freed.
//
// Threads: Qsbr may be used from any thread. A QsbrThread belongs to one thread at
// a time (its owner calls Attach/Detach/Quiescent/Retire/ProcessRetired); Scan
// reads every record's seq atomically.
#ifndef GILLAB_RUNTIME_MEMORY_QSBR_H_
#define GILLAB_RUNTIME_MEMORY_QSBR_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"

namespace gillab {

class QsbrThread;

// A block waiting to be freed, and the wr_seq every thread must reach first.
struct QsbrRetired {
  std::uint64_t goal;
  void* block;
  std::size_t size;
  void (*free)(void* block, std::size_t size);
};

class Qsbr {
 public:
  static constexpr std::uint64_t kOffline = 0;  // a detached thread's seq
  static constexpr std::uint64_t kInitial = 1;  // wr_seq at start; odd, never 0
  static constexpr std::uint64_t kIncrement = 2;

  Qsbr() = default;
  Qsbr(const Qsbr&) = delete;
  Qsbr& operator=(const Qsbr&) = delete;
  // Frees what unregistered threads left. Requires: every QsbrThread unregistered.
  ~Qsbr();

  // A record for one thread, detached. Stays valid until Unregister.
  QsbrThread* Register() ABSL_LOCKS_EXCLUDED(mu_);
  // Forgets `t`. What it retired and cannot free yet is kept in a list of the
  // Qsbr's, freed by whichever thread calls ProcessRetired once it is safe.
  // Requires: `t` is detached and not used again.
  void Unregister(QsbrThread* t) ABSL_LOCKS_EXCLUDED(mu_);

  // wr_seq now.
  std::uint64_t Current() const { return wr_seq_.load(std::memory_order_seq_cst); }
  // Advances wr_seq and returns the new value: the goal of an item retired now.
  std::uint64_t Advance() {
    return wr_seq_.fetch_add(kIncrement, std::memory_order_seq_cst) + kIncrement;
  }
  // The minimum seq of the attached threads (wr_seq when none is attached): every
  // goal up to it is reached. Also remembered as rd_seq.
  std::uint64_t Scan() ABSL_LOCKS_EXCLUDED(mu_);
  // Whether an item retired with `goal` may be freed.
  bool Reached(std::uint64_t goal);

 private:
  friend class QsbrThread;
  using Retired = QsbrRetired;
  // Frees the orphans whose goal is reached; returns how many.
  int ProcessOrphans() ABSL_LOCKS_EXCLUDED(mu_);

  std::atomic<std::uint64_t> wr_seq_{kInitial};
  std::atomic<std::uint64_t> rd_seq_{kInitial};
  absl::Mutex mu_;
  std::vector<std::unique_ptr<QsbrThread>> threads_ ABSL_GUARDED_BY(mu_);
  std::vector<Retired> orphans_ ABSL_GUARDED_BY(mu_);  // left by unregistered threads
  // The smallest goal among orphans_ (kNoGoal: none); written under mu_.
  static constexpr std::uint64_t kNoGoal = ~std::uint64_t{0};
  std::atomic<std::uint64_t> orphans_min_goal_{kNoGoal};
};

class QsbrThread {
 public:
  // Frees `block` (of `size` bytes) once it is safe.
  using Free = void (*)(void* block, std::size_t size);

  // Starts taking part: from now on the thread may read shared structures, and
  // blocks the freeing of what is retired after this point until it is quiescent.
  void Attach() { seq_.store(qsbr_->Current(), std::memory_order_seq_cst); }
  // Stops taking part (the thread will read no shared structure until Attach).
  void Detach() { seq_.store(Qsbr::kOffline, std::memory_order_seq_cst); }
  bool attached() const { return seq_.load(std::memory_order_relaxed) != Qsbr::kOffline; }
  // Reports a quiescent state: the thread holds no pointer read from a shared
  // structure. Requires: attached. A release store (a plain store on x86-64), as
  // CPython's _Py_qsbr_quiescent_state: the acquire load of wr_seq keeps the
  // thread's later reads after it, and an earlier read may not move below the
  // store.
  void Quiescent() {
    seq_.store(qsbr_->wr_seq_.load(std::memory_order_acquire), std::memory_order_release);
  }
  std::uint64_t seq() const { return seq_.load(std::memory_order_relaxed); }

  // Hands `block` over to be freed by `free` once every thread attached now has
  // been quiescent. Does not free anything itself.
  void Retire(void* block, std::size_t size, Free free);
  // Retire, for blocks retired by the thousand (freed objects): advances wr_seq
  // only every kDeferLimit calls, tagging the others with the next value
  // (CPython's _Py_qsbr_deferred_advance). ProcessRetired advances it when a goal
  // is still ahead, so nothing waits for ever.
  static constexpr int kDeferLimit = 16;
  void RetireDeferred(void* block, std::size_t size, Free free);
  // Frees this thread's retired blocks whose goal has been reached, and any that
  // unregistered threads left; returns how many it freed. Call it at quiescent
  // points (after Quiescent).
  int ProcessRetired();
  // Retired blocks not yet freed.
  std::size_t pending() const { return retired_.size(); }

 private:
  friend class Qsbr;
  explicit QsbrThread(Qsbr* qsbr) : qsbr_(qsbr) {}

  using Retired = QsbrRetired;
  Qsbr* const qsbr_;
  std::atomic<std::uint64_t> seq_{Qsbr::kOffline};
  std::vector<Retired> retired_;  // owner only, in goal order
  int deferrals_ = 0;             // owner only
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_QSBR_H_
