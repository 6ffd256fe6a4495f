// gillab/runtime/memory/thread_state.cc
//
// Detaching is the delicate step. Once a thread is on its way out, other threads
// must stop queueing to it and start merging its objects themselves, and it must
// stop writing the local counts of the objects it owns, or a non-owner's merge
// would race with those writes. So Detach, in this order:
//   1. forgets its thread id (tls_thread_id = 0): from here its own DecRefs take
//      the non-owner path, like everybody else's;
//   2. marks itself `detaching` under the registry lock: QueueToOwner now answers
//      "owner gone", and the lock orders this thread's last local-count writes
//      before any merge another thread makes (the merge reads ref_local);
//   3. drains its queue (deallocations still count against this thread);
//   4. folds its counters into the registry's retired totals and is erased.
#include "runtime/memory/thread_state.h"

#include <atomic>
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "runtime/memory/critical_section.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"

namespace gillab {

namespace refcount_internal {
bool MergeQueuedObject(Object* ob);  // refcount.cc
}  // namespace refcount_internal

namespace {

// Thread ids start at 1 (0 means "unowned") and are never reused.
std::atomic<std::uint64_t> next_thread_id{1};

}  // namespace

namespace thread_state_internal {
constinit thread_local ThreadState* tls_current = nullptr;
}  // namespace thread_state_internal

using thread_state_internal::tls_current;

std::int64_t TypeCounts::total_live() const {
  std::int64_t n = 0;
  for (int i = 0; i < kNumTypes; ++i) n += allocated[i] - freed[i];
  return n;
}

void TypeCounts::Add(const TypeCounts& other) {
  for (int i = 0; i < kNumTypes; ++i) {
    allocated[i] += other.allocated[i];
    freed[i] += other.freed[i];
  }
}

TypeCounts ThreadState::Counts() const {
  TypeCounts c;
  for (int i = 0; i < kNumTypes; ++i) {
    c.allocated[i] = allocated_[i].load(std::memory_order_relaxed);
    c.freed[i] = freed_[i].load(std::memory_order_relaxed);
  }
  return c;
}

void ThreadState::Enqueue(Object* ob) {
  absl::MutexLock lock(&queue_mu_);
  queue_.push_back(ob);
  eval_breaker_.Set(EvalBreaker::kMergeQueued);
}

std::size_t ThreadState::MergeQueuedObjects() {
  assert(Current() == this);
  std::size_t merged = 0;
  for (;;) {
    std::vector<Object*> batch;
    {
      absl::MutexLock lock(&queue_mu_);
      if (queue_.empty()) {
        eval_breaker_.Clear(EvalBreaker::kMergeQueued);
        return merged;
      }
      batch.swap(queue_);
    }
    // Deallocations may queue further objects (to this thread or others): no lock
    // is held while they run.
    for (Object* ob : batch) refcount_internal::MergeQueuedObject(ob);
    merged += batch.size();
  }
}

ThreadRegistry::~ThreadRegistry() {
  absl::MutexLock lock(&mu_);
  if (!threads_.empty()) {
    std::fprintf(stderr,
                 "gillab: fatal: Runtime destroyed with %zu thread(s) still "
                 "attached\n",
                 threads_.size());
    std::abort();
  }
}

ThreadState* ThreadRegistry::Attach() {
  if (tls_current != nullptr) {
    std::fprintf(stderr, "gillab: fatal: thread attached twice\n");
    std::abort();
  }
  const std::uint64_t id = next_thread_id.fetch_add(1, std::memory_order_relaxed);
  auto ts = std::unique_ptr<ThreadState>(
      new ThreadState(this, runtime_, id, allocator_->AcquireHeap()));
  ThreadState* raw = ts.get();
  {
    absl::MutexLock lock(&mu_);
    mu_.Await(absl::Condition(this, &ThreadRegistry::NotStopped));  // not counted yet
    threads_.emplace(id, std::move(ts));
  }
  tls_current = raw;
  refcount_internal::tls_thread_id = id;
  raw->explored_ = runtime_->options().explored;
  if (runtime_->options().objects != ObjectSafety::kGil) {
    raw->lists_unlocked_ = runtime_->options().objects == ObjectSafety::kUnlocked;
    raw->qsbr_ = runtime_->qsbr().Register();
    raw->qsbr_->Attach();
    raw->UpdateSharing();
  }
  ThreadState::NewObjectHeader& h = raw->new_object_header_;
  const RefcountMode mode = runtime_->mode();
  h.mode =
      static_cast<RefcountMode>(static_cast<std::uint8_t>(mode) | runtime_->mode_bits());
  const InitialCounts counts = InitialCountsFor(mode, id);
  h.tid = raw->object_locks() ? id : counts.tid;
  h.ref_local = counts.ref_local;
  h.ref_shared = counts.ref_shared;
  return raw;
}

void ThreadRegistry::Detach(ThreadState* ts) {
  assert(ts == tls_current);
  refcount_internal::tls_thread_id = 0;  // 1.
  {
    absl::MutexLock lock(&mu_);  // 2.
    WaitWhileStopped();
    detaching_.insert(ts->id());
  }
  ts->MergeQueuedObjects();  // 3.
  FreeList& ints = ts->int_free_list();
  while (ints.size > 0) ts->heap()->Free(ints.items[--ints.size], ints.block_size);
  if (ts->qsbr_ != nullptr) {
    // Offline, then frees what is safe; the rest is adopted by the runtime.
    ts->qsbr_->Detach();
    runtime_->qsbr().Unregister(ts->qsbr_);
    ts->qsbr_ = nullptr;
  }
  {
    absl::MutexLock lock(&mu_);  // 4.
    retired_.Add(ts->Counts());
    allocator_->ReleaseHeap(ts->heap());
    detaching_.erase(ts->id());
    threads_.erase(ts->id());
  }
  tls_current = nullptr;
}

bool ThreadRegistry::QueueToOwner(std::uint64_t owner_id, Object* ob) {
  absl::MutexLock lock(&mu_);
  if (detaching_.contains(owner_id)) return false;
  auto it = threads_.find(owner_id);
  if (it == threads_.end()) return false;
  it->second->Enqueue(ob);
  return true;
}

TypeCounts ThreadRegistry::Counts() const {
  absl::MutexLock lock(&mu_);
  TypeCounts total = retired_;
  for (const auto& [id, ts] : threads_) total.Add(ts->Counts());
  return total;
}

void ThreadState::PollSafePoint() {
  if (registry_->stop_requested()) [[unlikely]] {
    registry_->Park();
  }
}

void ThreadState::BeginBlocking() {
  for (CriticalSection* c = critical_section_; c != nullptr; c = c->prev_) c->Suspend();
  if (qsbr_ != nullptr) qsbr_->Detach();
  absl::MutexLock lock(&registry_->mu_);
  registry_->parked_++;
}

void ThreadState::EndBlocking() {
  {
    absl::MutexLock lock(&registry_->mu_);
    registry_->mu_.Await(absl::Condition(registry_, &ThreadRegistry::NotStopped));
    registry_->parked_--;
  }
  if (qsbr_ != nullptr) qsbr_->Attach();
  if (critical_section_ != nullptr && critical_section_->suspended_) {
    critical_section_->Resume();
  }
}

void ThreadState::StopElidingLocks() {
  if (!locks_elided_) return;
  locks_elided_ = false;
  UpdateSharing();
  // The open sections hold nothing: suspended, then resumed as after blocking,
  // the innermost takes its locks now and the others as the inner ones end.
  for (CriticalSection* c = critical_section_; c != nullptr; c = c->prev_) c->Suspend();
  if (critical_section_ != nullptr) critical_section_->Resume();
}

void ThreadRegistry::SetEveryBreaker(std::uint32_t bit) {
  absl::MutexLock lock(&mu_);
  for (auto& [id, ts] : threads_) ts->eval_breaker().Set(bit);
}

void ThreadRegistry::Park() {
  absl::MutexLock lock(&mu_);
  WaitWhileStopped();
}

void ThreadRegistry::WaitWhileStopped() {
  if (!stop_requested()) return;
  parked_++;
  mu_.Await(absl::Condition(this, &ThreadRegistry::NotStopped));
  parked_--;
}

void ThreadRegistry::SetStopRequested(bool stop) {
  stop_requested_.store(stop, std::memory_order_relaxed);
  for (auto& [id, ts] : threads_) {
    if (stop) {
      ts->eval_breaker().Set(EvalBreaker::kStopTheWorld);
    } else {
      ts->eval_breaker().Clear(EvalBreaker::kStopTheWorld);
    }
  }
}

void ThreadRegistry::StopTheWorld() {
  absl::MutexLock lock(&mu_);
  WaitWhileStopped();  // one at a time; parked while another thread collects
  SetStopRequested(true);
  mu_.Await(absl::Condition(this, &ThreadRegistry::OthersParked));
}

bool ThreadRegistry::StopTheWorldIfAlone() {
  absl::MutexLock lock(&mu_);
  if (stop_requested() || threads_.size() != 1 || !detaching_.empty()) return false;
  SetStopRequested(true);
  return true;
}

void ThreadRegistry::StartTheWorld() {
  absl::MutexLock lock(&mu_);
  SetStopRequested(false);
}

int ThreadRegistry::attached_count() const {
  absl::MutexLock lock(&mu_);
  return static_cast<int>(threads_.size()) - static_cast<int>(detaching_.size());
}

}  // namespace gillab
