// gillab/runtime/memory/qsbr.cc — the scan and the retired lists (qsbr.h).
#include "runtime/memory/qsbr.h"

#include <algorithm>

namespace gillab {

QsbrThread* Qsbr::Register() {
  absl::MutexLock lock(&mu_);
  threads_.push_back(std::unique_ptr<QsbrThread>(new QsbrThread(this)));
  return threads_.back().get();
}

void Qsbr::Unregister(QsbrThread* t) {
  // What it retired may still be read by others: what is not yet safe is adopted
  // by the runtime-wide list, which any thread's ProcessRetired drains (CPython
  // 3.13 does the same with an exiting thread's delayed frees).
  t->ProcessRetired();
  absl::MutexLock lock(&mu_);
  orphans_.insert(orphans_.end(), t->retired_.begin(), t->retired_.end());
  for (const Retired& r : t->retired_) {
    if (r.goal < orphans_min_goal_.load(std::memory_order_relaxed)) {
      orphans_min_goal_.store(r.goal, std::memory_order_relaxed);
    }
  }
  t->retired_.clear();
  threads_.erase(std::find_if(threads_.begin(), threads_.end(),
                              [t](const auto& p) { return p.get() == t; }));
}

Qsbr::~Qsbr() {
  // No thread is left to read anything.
  absl::MutexLock lock(&mu_);
  for (const Retired& r : orphans_) r.free(r.block, r.size);
}

int Qsbr::ProcessOrphans() {
  std::vector<Retired> ready;
  if (orphans_min_goal_.load(std::memory_order_relaxed) == kNoGoal) return 0;
  const std::uint64_t rd = Scan();
  // Nothing is ready yet: do not walk the list (it can hold thousands).
  if (rd < orphans_min_goal_.load(std::memory_order_relaxed)) return 0;
  {
    absl::MutexLock lock(&mu_);
    const auto split =
        std::stable_partition(orphans_.begin(), orphans_.end(),
                              [rd](const Retired& r) { return r.goal <= rd; });
    ready.assign(orphans_.begin(), split);
    orphans_.erase(orphans_.begin(), split);
    std::uint64_t min_goal = kNoGoal;
    for (const Retired& r : orphans_) min_goal = std::min(min_goal, r.goal);
    orphans_min_goal_.store(min_goal, std::memory_order_relaxed);
  }
  for (const Retired& r : ready) r.free(r.block, r.size);
  return static_cast<int>(ready.size());
}

std::uint64_t Qsbr::Scan() {
  std::uint64_t min_seq = wr_seq_.load(std::memory_order_seq_cst);
  {
    absl::MutexLock lock(&mu_);
    for (const auto& t : threads_) {
      const std::uint64_t s = t->seq_.load(std::memory_order_seq_cst);
      if (s != kOffline && s < min_seq) min_seq = s;
    }
  }
  std::uint64_t rd = rd_seq_.load(std::memory_order_seq_cst);
  while (rd < min_seq && !rd_seq_.compare_exchange_weak(rd, min_seq)) {
  }
  return std::max(rd, min_seq);
}

bool Qsbr::Reached(std::uint64_t goal) {
  return goal <= rd_seq_.load(std::memory_order_seq_cst) || goal <= Scan();
}

void QsbrThread::Retire(void* block, std::size_t size, Free free) {
  retired_.push_back({qsbr_->Advance(), block, size, free});
}

void QsbrThread::RetireDeferred(void* block, std::size_t size, Free free) {
  std::uint64_t goal;
  if (++deferrals_ < kDeferLimit) {
    goal = qsbr_->Current() + Qsbr::kIncrement;
  } else {
    deferrals_ = 0;
    goal = qsbr_->Advance();
  }
  retired_.push_back({goal, block, size, free});
}

int QsbrThread::ProcessRetired() {
  int freed = qsbr_->ProcessOrphans();
  // A deferred goal may still be ahead of wr_seq: advance it, so that the next
  // quiescent points can reach it.
  if (!retired_.empty() && retired_.back().goal > qsbr_->Current()) {
    qsbr_->Advance();
    deferrals_ = 0;
  }
  std::size_t i = 0;
  while (i < retired_.size() && qsbr_->Reached(retired_[i].goal)) {
    retired_[i].free(retired_[i].block, retired_[i].size);
    ++i;
    ++freed;
  }
  retired_.erase(retired_.begin(), retired_.begin() + static_cast<std::ptrdiff_t>(i));
  return freed;
}

}  // namespace gillab
