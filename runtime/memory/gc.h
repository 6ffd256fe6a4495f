// gillab/runtime/memory/gc.h — the cyclic garbage collector.
//
// Reference counting frees an object when its last reference goes; it never frees
// a group of objects that reference each other (a list containing itself, two
// dicts pointing at each other) once the program has dropped them. The collector
// finds such groups among the CONTAINER objects (tuple, list, dict: the types
// with a traverse slot) and frees them. See gc.cc for the algorithm.
//
// Tracking: every container carries a 32-byte GcHead just before its object header
// (CPython's PyGC_Head is 16 bytes, packing gc_refs into pointer bits; gillab keeps
// the fields plain). A new container is tracked in generation 0 when its
// constructor finishes, and untracked when it is freed.
//
// Generations (CPython's defaults): a collection of generation 0 runs when more
// than 700 containers were created (net of those freed) since the last one; every
// 10 collections of generation 0 include generation 1, every 10 of generation 1
// include generation 2, but only once generation 1's collections have moved into
// generation 2 a quarter as many containers as its last collection left there
// (CPython's guard: otherwise a program building a million containers would
// collect all of them again and again). Survivors move one generation up.
//
// Threads: tracking takes the collector's mutex. A collection must see no other
// thread touching objects. How it gets there depends on the threads (set_world):
//   kAlone    (the default) threads are plain C++ threads that may never poll:
//             an automatic collection runs only when the allocating thread is the
//             only one attached; Collect() stops the world explicitly
//             (ThreadRegistry::StopTheWorld) and relies on the others reaching
//             PollSafePoint().
//   kGil      every thread touches objects only while holding an exclusive GIL,
//             and the collecting thread holds it: the world is already stopped,
//             as in CPython's default build. No stop is needed.
//   kPolling  no GIL, but every attached thread polls its eval breaker: a
//             collection stops the world and each thread parks at its next poll
//             point (or is inside BeginBlocking/EndBlocking), as in CPython's
//             free-threaded build.
// The interpreter sets kGil or kPolling while it runs threads.
//
// Finalizers (a class's __del__, TypeObject::finalize) run Python code, which
// must never run with the world stopped: a finalizer's thread could wait for a
// lock a parked thread holds, or start a collection of its own. So, as CPython
// 3.11's gc_collect_main, a collection whose unreachable set holds objects with
// finalizers not yet run frees nothing at first: it holds the whole set (one
// reference each) and asks the collecting thread, through its eval breaker
// (kFinalizers), to call RunFinalizers at its next poll point (gc.collect()
// calls it at once). RunFinalizers runs each finalizer once, with the world
// running, then stops the world again to see which objects a finalizer made
// reachable again (stored `self` somewhere: PEP 442's resurrection). Those, and
// everything they reach, survive in the oldest generation; the rest is cleared
// and freed. An object freed while a collection frees its garbage (the world
// stopped) has its finalizer deferred the same way (CallFinalizerFromDealloc).
#ifndef GILLAB_RUNTIME_MEMORY_GC_H_
#define GILLAB_RUNTIME_MEMORY_GC_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/memory/object.h"

namespace gillab {

class ThreadRegistry;

// Lives just before a tracked container's header.
struct GcHead {
  GcHead* next;
  GcHead* prev;
  std::int64_t gc_refs;  // during a collection only
  std::uint32_t flags;
  std::uint32_t padding;  // to 32 bytes, so the object after it stays 16-aligned
};
inline constexpr std::size_t kGcHeadSize = sizeof(GcHead);
static_assert(kGcHeadSize % 16 == 0, "objects after a GcHead stay 16-byte aligned");

inline bool IsContainer(const Object* ob) { return ob->type->traverse != nullptr; }

// The header's gc_bits (object.h), as CPython 3.13t's ob_gc_bits:
//   kGcFinalized  its finalizer has run, or is running (PEP 442: never twice);
//   kGcWeakrefs   weak references to it were made (weakref_object.h): its
//                 dealloc must clear them;
//   kGcCountedWithOwner  an instance's __dict__: a collection that frees it
//                 does not count it (gc.collect()'s number is CPython 3.11's,
//                 whose instances keep their attributes inside them).
// Set by a thread holding a reference; read by the thread freeing the object.
inline constexpr std::uint8_t kGcFinalized = 0x01;
inline constexpr std::uint8_t kGcWeakrefs = 0x02;
inline constexpr std::uint8_t kGcCountedWithOwner = 0x04;
inline bool HasGcBit(const Object* ob, std::uint8_t bit) {
  return (std::atomic_ref<const std::uint8_t>(ob->gc_bits)
              .load(std::memory_order_relaxed) &
          bit) != 0;
}
inline void SetGcBit(Object* ob, std::uint8_t bit) {
  std::atomic_ref<std::uint8_t>(ob->gc_bits).fetch_or(bit, std::memory_order_relaxed);
}

// What a dealloc slot calls first, for a type with a finalize slot (CPython's
// PyObject_CallFinalizerFromDealloc). Returns false when the object needs no
// finalizer (none, or it already ran): the dealloc goes on. Otherwise marks it
// finalized, brings it back to life with one reference (ResurrectForFinalizer)
// and returns true: the dealloc must return at once. The finalizer then runs
// now, and that reference is dropped after it (freeing the object, through its
// dealloc again, unless the finalizer stored it somewhere); or, while the
// calling thread frees a collection's garbage with the world stopped, it waits
// for RunFinalizers.
[[gnu::noinline]] bool CallFinalizerFromDeallocSlow(Object* ob);
inline bool CallFinalizerFromDealloc(Object* ob) {
  if (ob->type->finalize == nullptr || HasGcBit(ob, kGcFinalized)) [[likely]] {
    return false;
  }
  return CallFinalizerFromDeallocSlow(ob);
}
inline GcHead* GcHeadOf(const Object* ob) {
  return reinterpret_cast<GcHead*>(const_cast<Object*>(ob)) - 1;
}
inline Object* ObjectOfGcHead(GcHead* head) {
  return reinterpret_cast<Object*>(head + 1);
}

class Collector {
 public:
  static constexpr int kGenerations = 3;

  struct GenerationStats {
    std::int64_t collections = 0;
    // Unreachable objects found (as gc.collect() counts them).
    std::int64_t collected = 0;
  };

  // `threads` is the table of the threads the collector must stop; it must
  // outlive the collector.
  explicit Collector(ThreadRegistry* threads);
  Collector(const Collector&) = delete;
  Collector& operator=(const Collector&) = delete;

  // Tracks a new container in generation 0. Requires: its constructor finished
  // (traverse sees only valid or null references).
  void Track(Object* ob) ABSL_LOCKS_EXCLUDED(mu_);
  // Forgets a container that is being freed.
  void Untrack(Object* ob) ABSL_LOCKS_EXCLUDED(mu_);
  bool IsTracked(const Object* ob) const;

  // Collects generations 0..`generation` (stopping the world unless world() is
  // kGil: other threads must reach PollSafePoint). Returns how many unreachable
  // objects it found and freed. Requires: 0 <= generation < 3, the calling thread
  // is attached, and it holds no object lock.
  std::int64_t Collect(int generation = kGenerations - 1) ABSL_LOCKS_EXCLUDED(mu_);

  // Runs what collections and deallocations left waiting for a safe moment
  // (the top of this file): every waiting finalizer and weakref callback, then
  // finishes the collections that waited for them. Returns how many objects
  // those collections freed (resurrected ones excluded). A no-op, returning 0,
  // while another call runs (on another thread, or below this one: a finalizer
  // calling gc.collect()); that call takes over what is queued. Requires: the
  // calling thread may run Python code (attached, world running, no object
  // lock held); not inside a collection.
  std::int64_t RunFinalizers() ABSL_LOCKS_EXCLUDED(mu_);

  // Runs `run(ob)` and then drops the reference to `ob` the caller gives (a
  // reference is stolen), or, while this thread frees a collection's garbage
  // with the world stopped, queues both for RunFinalizers and sets
  // kFinalizers on this thread's eval breaker.
  void RunOrDefer(Object* ob, void (*run)(Object*)) ABSL_LOCKS_EXCLUDED(mu_);

  // Clears the weak references to unreachable `ob`: installed by
  // weakref_object.cc. Appends to `callbacks` a NEW reference to each weakref
  // whose callback must run; `run_callback` runs one.
  struct WeakrefHooks {
    void (*clear)(Object* ob, std::vector<Object*>* callbacks);
    void (*run_callback)(Object* weakref);
  };
  static void SetWeakrefHooks(const WeakrefHooks* hooks);

  // NEW references to every tracked container (gc.get_objects()), taken with
  // the world stopped as Collect stops it. Requires: as Collect's.
  std::vector<Object*> TrackedObjects() ABSL_LOCKS_EXCLUDED(mu_);

  // Runs an automatic collection if generation 0's count passed its threshold
  // (see the top of this file for when that is allowed). Called by AllocObject
  // before a new container is allocated.
  void MaybeCollect() ABSL_LOCKS_EXCLUDED(mu_);

  // How other threads are kept out of a collection (see the top of this file).
  enum class World : std::uint8_t { kAlone, kGil, kPolling };
  void set_world(World world) { world_.store(world, std::memory_order_relaxed); }
  World world() const { return world_.load(std::memory_order_relaxed); }

  // gc.enable() / gc.disable() / gc.isenabled(): automatic collection only.
  void set_enabled(bool enabled) ABSL_LOCKS_EXCLUDED(mu_);
  bool enabled() const ABSL_LOCKS_EXCLUDED(mu_);

  // gc.get_threshold() / gc.set_threshold(); gc.get_count().
  std::array<std::int64_t, kGenerations> thresholds() const ABSL_LOCKS_EXCLUDED(mu_);
  void set_thresholds(std::array<std::int64_t, kGenerations> t) ABSL_LOCKS_EXCLUDED(mu_);
  std::array<std::int64_t, kGenerations> counts() const ABSL_LOCKS_EXCLUDED(mu_);
  // Containers currently tracked in each generation.
  std::array<std::int64_t, kGenerations> sizes() const ABSL_LOCKS_EXCLUDED(mu_);
  std::array<GenerationStats, kGenerations> stats() const ABSL_LOCKS_EXCLUDED(mu_);

 private:
  // A whole collection with the world already stopped: steps 1-5 of gc.cc.
  // Returns how many unreachable objects it freed (0 if one is already running).
  std::int64_t CollectStopped(int generation) ABSL_LOCKS_EXCLUDED(mu_);
  // Steps 1-4 of gc.cc; moves the unreachable to garbage_. Returns their number.
  std::int64_t CollectLocked(int generation) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Whether an automatic collection is due, and of which generations.
  bool Due(int* generation) const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Step 5: clears the weak references to what is on garbage_ and frees it;
  // or, when one of it has a finalizer not yet run, moves it all, held, to
  // awaiting_ and returns false.
  bool ReleaseGarbage() ABSL_LOCKS_EXCLUDED(mu_);
  // RunFinalizers' last step for the held objects on `batch`: frees those no
  // finalizer made reachable again (stopping the world). Returns their number.
  std::int64_t FreeUnresurrected(GcHead* batch) ABSL_LOCKS_EXCLUDED(mu_);
  void StopWorld();
  void StartWorld();

  ThreadRegistry* const threads_;
  mutable absl::Mutex mu_;
  // Circular lists with sentinels, one per generation.
  std::array<GcHead, kGenerations> gens_ ABSL_GUARDED_BY(mu_);
  GcHead garbage_ ABSL_GUARDED_BY(mu_);  // the unreachable, while being freed
  // The unreachable of collections waiting for their finalizers, held.
  GcHead awaiting_ ABSL_GUARDED_BY(mu_);
  // RunOrDefer's queue: each holds a reference to its object.
  struct Deferred {
    Object* ob;
    void (*run)(Object*);
  };
  std::vector<Deferred> deferred_ ABSL_GUARDED_BY(mu_);
  bool finishing_ ABSL_GUARDED_BY(mu_) = false;  // RunFinalizers is running
  std::array<std::int64_t, kGenerations> counts_ ABSL_GUARDED_BY(mu_){};
  std::array<std::int64_t, kGenerations> thresholds_ ABSL_GUARDED_BY(mu_){700, 10, 10};
  std::array<GenerationStats, kGenerations> stats_ ABSL_GUARDED_BY(mu_){};
  // The oldest generation's size after its last collection, and how many
  // containers the collections of the one below have moved into it since
  // (Due's guard against quadratic time, as CPython's).
  std::int64_t long_lived_total_ ABSL_GUARDED_BY(mu_) = 0;
  std::int64_t long_lived_pending_ ABSL_GUARDED_BY(mu_) = 0;
  bool enabled_ ABSL_GUARDED_BY(mu_) = true;
  bool collecting_ ABSL_GUARDED_BY(mu_) = false;
  std::atomic<World> world_{World::kAlone};
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_GC_H_
