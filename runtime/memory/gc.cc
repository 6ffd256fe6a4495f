// gillab/runtime/memory/gc.cc — the cyclic collector.
//
// Notes about the implementation (CPython's Modules/gcmodule.c, simplified)
// -------------------------------------------------------------------------
// Which containers are garbage? Those that nothing OUTSIDE the set being collected
// refers to, directly or through other containers. Reference counts tell us how
// many references each object has in all; traversal tells us how many of them
// come from inside the set. Per collection of generations 0..g:
//
//   1. gc_refs := the reference count, for every container in the set.
//   2. For every container, visit what it references; each referent in the set
//      gets gc_refs -= 1. Now gc_refs counts references from OUTSIDE the set.
//   3. Containers with gc_refs > 0 are reachable from outside. So is everything
//      they reference, transitively: a worklist marks those reachable.
//   4. The rest (unreachable) is garbage: reference cycles nobody can reach.
//      Survivors move to the next generation.
//   5. The garbage is held (one extra reference each, so nothing is freed while
//      others still point at it), each container's clear slot drops the
//      references it holds, and the held references are released: reference
//      counting itself then frees every object of the cycle, exactly once.
//
// Immortal objects report 3 << 30 references and are never containers of a cycle
// worth collecting; in biased mode the count is local + shared, exact once the
// world is stopped (an object queued for merging reports one more than its true
// count, so it merely survives this collection).
//
// Steps 1-4 run under the collector's mutex with the world stopped; step 5 runs
// without the mutex, because freeing a container untracks it (which takes it).
//
// Between 4 and 5, as CPython 3.11: the weak references to the garbage are
// cleared (their callbacks run later, and only for weakrefs that are not garbage
// themselves), and if a garbage object has a finalizer that has not run, the
// held garbage waits for RunFinalizers instead of step 5 (gc.h): finalizers
// first, with the world running; then, the world stopped again, steps 1-3 over
// the held set alone (gc_refs := count - 1 for the hold) find what they made
// reachable again, which survives; step 5 frees the rest.
#include "runtime/memory/gc.h"

#include <algorithm>
#include <vector>

#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/memory/thread_state.h"

namespace gillab {

namespace {

constexpr std::uint32_t kTracked = 1;
constexpr std::uint32_t kCollecting = 2;
constexpr std::uint32_t kReachable = 4;

const Collector::WeakrefHooks* weakref_hooks = nullptr;

// This thread is freeing a collection's garbage (the world may be stopped):
// finalizers and weakref callbacks must wait (RunOrDefer).
thread_local bool releasing = false;

bool NeedsFinalizer(const Object* ob) {
  return ob->type->finalize != nullptr && !HasGcBit(ob, kGcFinalized);
}

void InitList(GcHead* list) {
  list->next = list;
  list->prev = list;
}
bool ListEmpty(const GcHead* list) { return list->next == list; }
void Append(GcHead* list, GcHead* h) {
  h->prev = list->prev;
  h->next = list;
  list->prev->next = h;
  list->prev = h;
}
void Unlink(GcHead* h) {
  h->prev->next = h->next;
  h->next->prev = h->prev;
  h->next = h->prev = nullptr;
}
// Moves every entry of `from` to the end of `to`.
void Splice(GcHead* from, GcHead* to) {
  if (ListEmpty(from)) return;
  GcHead* first = from->next;
  GcHead* last = from->prev;
  first->prev = to->prev;
  to->prev->next = first;
  last->next = to;
  to->prev = last;
  InitList(from);
}

GcHead* CollectingHead(Object* referent) {
  if (!IsContainer(referent)) return nullptr;
  GcHead* h = GcHeadOf(referent);
  return (h->flags & kCollecting) != 0 ? h : nullptr;
}

int SubtractInternalReference(Object* referent, void*) {
  if (GcHead* h = CollectingHead(referent)) h->gc_refs--;
  return 0;
}

int MarkReachable(Object* referent, void* arg) {
  GcHead* h = CollectingHead(referent);
  if (h != nullptr && (h->flags & kReachable) == 0) {
    h->flags |= kReachable;
    static_cast<std::vector<GcHead*>*>(arg)->push_back(h);
  }
  return 0;
}

// Steps 1-3 over the containers on `list`: marks kCollecting each, and
// kReachable those referenced from outside the list and what they reach.
// `held`: references per object that the collector itself holds (not from
// outside).
void MarkReachableFromOutside(GcHead* list, std::int64_t held) {
  // 1. gc_refs := reference count.
  for (GcHead* h = list->next; h != list; h = h->next) {
    h->gc_refs = RefCount(ObjectOfGcHead(h)) - held;
    h->flags |= kCollecting;
  }
  // 2. Subtract the references that come from inside the set.
  for (GcHead* h = list->next; h != list; h = h->next) {
    Traverse(ObjectOfGcHead(h), SubtractInternalReference, nullptr);
  }
  // 3. Everything reachable from a container referenced from outside survives.
  std::vector<GcHead*> work;
  for (GcHead* h = list->next; h != list; h = h->next) {
    if (h->gc_refs > 0) {
      h->flags |= kReachable;
      work.push_back(h);
    }
  }
  while (!work.empty()) {
    GcHead* h = work.back();
    work.pop_back();
    Traverse(ObjectOfGcHead(h), MarkReachable, &work);
  }
}

}  // namespace

Collector::Collector(ThreadRegistry* threads) : threads_(threads) {
  absl::MutexLock lock(&mu_);
  for (GcHead& g : gens_) InitList(&g);
  InitList(&garbage_);
  InitList(&awaiting_);
}

void Collector::SetWeakrefHooks(const WeakrefHooks* hooks) { weakref_hooks = hooks; }

bool CallFinalizerFromDeallocSlow(Object* ob) {
  SetGcBit(ob, kGcFinalized);
  ResurrectForFinalizer(ob);
  RuntimeState::Current()->gc().RunOrDefer(ob, ob->type->finalize);
  return true;
}

void Collector::RunOrDefer(Object* ob, void (*run)(Object*)) {
  if (releasing) {
    absl::MutexLock lock(&mu_);
    deferred_.push_back({ob, run});
    ThreadState::Current()->eval_breaker().Set(EvalBreaker::kFinalizers);
    return;
  }
  run(ob);
  DecRef(ob);
}

void Collector::Track(Object* ob) {
  GcHead* h = GcHeadOf(ob);
  h->gc_refs = 0;
  h->flags = kTracked;
  absl::MutexLock lock(&mu_);
  Append(&gens_[0], h);
  counts_[0]++;
}

void Collector::Untrack(Object* ob) {
  GcHead* h = GcHeadOf(ob);
  absl::MutexLock lock(&mu_);
  if ((h->flags & kTracked) == 0) return;
  Unlink(h);
  h->flags = 0;
  if (counts_[0] > 0) counts_[0]--;
}

bool Collector::IsTracked(const Object* ob) const {
  absl::MutexLock lock(&mu_);
  return (GcHeadOf(ob)->flags & kTracked) != 0;
}

std::int64_t Collector::CollectLocked(int generation) {
  GcHead* young = &gens_[static_cast<std::size_t>(generation)];
  for (int i = 0; i < generation; ++i) Splice(&gens_[static_cast<std::size_t>(i)], young);
  MarkReachableFromOutside(young, /*held=*/0);  // steps 1-3
  // 4. Split: the unreachable go to the garbage list (the caller's), the
  // survivors up one generation.
  std::int64_t unreachable = 0;
  std::int64_t survivors = 0;
  for (GcHead* h = young->next; h != young;) {
    GcHead* next = h->next;
    const bool reachable = (h->flags & kReachable) != 0;
    h->flags &= ~(kCollecting | kReachable);
    if (!reachable) {
      Unlink(h);
      Append(&garbage_, h);
      if (!HasGcBit(ObjectOfGcHead(h), kGcCountedWithOwner)) unreachable++;
    } else {
      survivors++;
    }
    h = next;
  }
  if (generation == kGenerations - 1) {
    long_lived_total_ = survivors;
    long_lived_pending_ = 0;
  } else if (generation == kGenerations - 2) {
    long_lived_pending_ += survivors;
  }
  if (generation + 1 < kGenerations) {
    Splice(young, &gens_[static_cast<std::size_t>(generation + 1)]);
    counts_[static_cast<std::size_t>(generation + 1)]++;
  }
  for (int i = 0; i <= generation; ++i) counts_[static_cast<std::size_t>(i)] = 0;
  stats_[static_cast<std::size_t>(generation)].collections++;
  stats_[static_cast<std::size_t>(generation)].collected += unreachable;
  return unreachable;
}

bool Collector::ReleaseGarbage() {
  std::vector<Object*> garbage;
  {
    absl::MutexLock lock(&mu_);
    for (GcHead* h = garbage_.next; h != &garbage_; h = h->next) {
      garbage.push_back(ObjectOfGcHead(h));
    }
  }
  // 5. Hold, clear, release: reference counting frees the cycles. In biased mode
  // the collector first takes the garbage out of its owners' hands (they are
  // parked), so that its own DecRefs can free it.
  releasing = true;
  for (Object* ob : garbage) MergeForCollector(ob);
  for (Object* ob : garbage) IncRef(ob);
  // Weak references to the garbage die before any of it is cleared; the
  // callbacks of those that are not garbage themselves wait (RunOrDefer).
  if (weakref_hooks != nullptr) {
    std::vector<Object*> callbacks;
    for (Object* ob : garbage) {
      if (HasGcBit(ob, kGcWeakrefs)) weakref_hooks->clear(ob, &callbacks);
    }
    for (Object* wr : callbacks) {
      const bool garbage_too =
          IsContainer(wr) &&
          std::find(garbage.begin(), garbage.end(), wr) != garbage.end();
      if (garbage_too) {
        DecRef(wr);
      } else {
        RunOrDefer(wr, weakref_hooks->run_callback);
      }
    }
  }
  bool await = false;
  {
    absl::MutexLock lock(&mu_);
    await = std::any_of(garbage.begin(), garbage.end(), NeedsFinalizer);
    if (await) {
      Splice(&garbage_, &awaiting_);
      ThreadState::Current()->eval_breaker().Set(EvalBreaker::kFinalizers);
    }
  }
  if (!await) {
    for (Object* ob : garbage) {
      if (ob->type->clear != nullptr) ob->type->clear(ob);
    }
    for (Object* ob : garbage) DecRef(ob);
  }
  releasing = false;
  // Anything still on the garbage list was kept alive after all: keep tracking it.
  absl::MutexLock lock(&mu_);
  Splice(&garbage_, &gens_[kGenerations - 1]);
  return !await;
}

std::int64_t Collector::CollectStopped(int generation) {
  std::int64_t found = 0;
  {
    absl::MutexLock lock(&mu_);
    if (collecting_) return 0;
    collecting_ = true;
    found = CollectLocked(generation);
  }
  // Garbage waiting for its finalizers is counted when RunFinalizers frees it.
  if (!ReleaseGarbage()) found = 0;
  absl::MutexLock lock(&mu_);
  collecting_ = false;
  return found;
}

void Collector::StopWorld() {
  if (world() != World::kGil) threads_->StopTheWorld();  // else the GIL stops it
}
void Collector::StartWorld() {
  if (world() != World::kGil) threads_->StartTheWorld();
}

std::int64_t Collector::Collect(int generation) {
  StopWorld();
  const std::int64_t found = CollectStopped(generation);
  StartWorld();
  return found;
}

std::int64_t Collector::RunFinalizers() {
  // What this thread was asked to run is run by this call, or by the one
  // already running: that one takes whatever is queued before it stops (the
  // emptiness test and the end of finishing_ are one step under mu_).
  ThreadState::Current()->eval_breaker().Clear(EvalBreaker::kFinalizers);
  {
    absl::MutexLock lock(&mu_);
    if (finishing_) return 0;
    finishing_ = true;
  }
  std::int64_t freed = 0;
  for (;;) {
    GcHead batch;
    InitList(&batch);
    std::vector<Deferred> deferred;
    std::vector<Object*> held;
    {
      absl::MutexLock lock(&mu_);
      if (ListEmpty(&awaiting_) && deferred_.empty()) {
        finishing_ = false;
        return freed;
      }
      Splice(&awaiting_, &batch);
      deferred.swap(deferred_);
    }
    for (GcHead* h = batch.next; h != &batch; h = h->next)
      held.push_back(ObjectOfGcHead(h));
    for (const Deferred& d : deferred) {
      d.run(d.ob);
      DecRef(d.ob);
    }
    for (Object* ob : held) {
      if (!NeedsFinalizer(ob)) continue;
      SetGcBit(ob, kGcFinalized);
      ob->type->finalize(ob);
    }
    if (!held.empty()) freed += FreeUnresurrected(&batch);
  }
}

std::int64_t Collector::FreeUnresurrected(GcHead* batch) {
  StopWorld();
  std::vector<Object*> garbage;
  std::vector<Object*> resurrected;
  std::int64_t freed = 0;  // as CollectLocked counts
  {
    absl::MutexLock lock(&mu_);
    collecting_ = true;
    // Steps 1-3 over the held set: the hold is not a reference from outside.
    MarkReachableFromOutside(batch, /*held=*/1);
    // What a finalizer made reachable again lives on, in the oldest generation.
    for (GcHead* h = batch->next; h != batch;) {
      GcHead* next = h->next;
      const bool reachable = (h->flags & kReachable) != 0;
      h->flags &= ~(kCollecting | kReachable);
      if (reachable) {
        Unlink(h);
        Append(&gens_[kGenerations - 1], h);
        resurrected.push_back(ObjectOfGcHead(h));
      } else {
        Object* ob = ObjectOfGcHead(h);
        garbage.push_back(ob);
        // Counted as CPython counts: not an object that only the hold keeps
        // (its finalizer broke its cycle; CPython's DecRef after the
        // finalizer frees it, outside the collection's count).
        if (!HasGcBit(ob, kGcCountedWithOwner) && RefCount(ob) > 1) freed++;
      }
      h = next;
    }
    Splice(batch, &garbage_);
  }
  releasing = true;
  for (Object* ob : garbage) {
    if (ob->type->clear != nullptr) ob->type->clear(ob);
  }
  for (Object* ob : garbage) DecRef(ob);
  for (Object* ob : resurrected) DecRef(ob);
  releasing = false;
  {
    absl::MutexLock lock(&mu_);
    Splice(&garbage_, &gens_[kGenerations - 1]);
    collecting_ = false;
  }
  StartWorld();
  return freed;
}

std::vector<Object*> Collector::TrackedObjects() {
  const auto take = [this] {
    absl::MutexLock lock(&mu_);
    std::vector<Object*> objects;
    for (GcHead& list : gens_) {
      for (GcHead* h = list.next; h != &list; h = h->next) {
        Object* ob = ObjectOfGcHead(h);
        IncRef(ob);
        objects.push_back(ob);
      }
    }
    return objects;
  };
  StopWorld();
  std::vector<Object*> objects = take();
  StartWorld();
  return objects;
}

bool Collector::Due(int* generation) const {
  if (!enabled_ || collecting_ || counts_[0] <= thresholds_[0]) return false;
  for (int g = kGenerations - 1; g >= 0; --g) {
    // CPython's guard against quadratic time (gcmodule.c): the oldest
    // generation is collected only once what the younger ones moved into it
    // since its last collection is a quarter of what that one left.
    if (g == kGenerations - 1 && long_lived_pending_ < long_lived_total_ / 4) continue;
    if (counts_[static_cast<std::size_t>(g)] > thresholds_[static_cast<std::size_t>(g)]) {
      *generation = g;
      return true;
    }
  }
  return false;
}

void Collector::MaybeCollect() {
  int generation = 0;
  {
    absl::MutexLock lock(&mu_);
    if (!Due(&generation)) return;
  }
  const World world = this->world();
  if (world == World::kGil) {
    CollectStopped(generation);  // CollectStopped re-checks that none is running
    return;
  }
  ThreadRegistry& threads = *threads_;
  if (world == World::kPolling) {
    threads.StopTheWorld();
  } else if (!threads.StopTheWorldIfAlone()) {
    return;  // deferred while other threads are attached (see gc.h)
  }
  bool due;
  {
    absl::MutexLock lock(&mu_);  // another thread may have collected meanwhile
    due = Due(&generation);
  }
  if (due) CollectStopped(generation);
  threads.StartTheWorld();
}

void Collector::set_enabled(bool enabled) {
  absl::MutexLock lock(&mu_);
  enabled_ = enabled;
}
bool Collector::enabled() const {
  absl::MutexLock lock(&mu_);
  return enabled_;
}
std::array<std::int64_t, Collector::kGenerations> Collector::thresholds() const {
  absl::MutexLock lock(&mu_);
  return thresholds_;
}
void Collector::set_thresholds(std::array<std::int64_t, kGenerations> t) {
  absl::MutexLock lock(&mu_);
  thresholds_ = t;
}
std::array<std::int64_t, Collector::kGenerations> Collector::counts() const {
  absl::MutexLock lock(&mu_);
  return counts_;
}
std::array<std::int64_t, Collector::kGenerations> Collector::sizes() const {
  absl::MutexLock lock(&mu_);
  std::array<std::int64_t, kGenerations> n{};
  for (int g = 0; g < kGenerations; ++g) {
    const GcHead* list = &gens_[static_cast<std::size_t>(g)];
    for (const GcHead* h = list->next; h != list; h = h->next)
      n[static_cast<std::size_t>(g)]++;
  }
  return n;
}
std::array<Collector::GenerationStats, Collector::kGenerations> Collector::stats() const {
  absl::MutexLock lock(&mu_);
  return stats_;
}

}  // namespace gillab
