// gillab/runtime/runtime.h — a runtime instance: its refcount mode, its threads, its
// immortal objects and its accounting.
//
// A Runtime is what CPython calls the interpreter state. Its RefcountMode is chosen
// when it is made and stamped into every object it creates; several Runtimes with
// different modes may live in one process (the tests run every mode side by side),
// but an object must never be passed from one Runtime to another.
//
// Threads: the constructing thread is attached by the constructor and detached by
// the destructor. Any other thread must hold a ThreadScope while it touches objects.
//
//   gillab::Runtime rt({.mode = gillab::RefcountMode::kBiased});
//   std::thread t([&] {
//     gillab::ThreadScope scope(rt);
//     gillab::Object* n = gillab::NewInt(1000);  // NEW reference
//     gillab::DecRef(n);
//   });
#ifndef GILLAB_RUNTIME_RUNTIME_H_
#define GILLAB_RUNTIME_RUNTIME_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/gc.h"
#include "runtime/object.h"
#include "runtime/obmalloc.h"
#include "runtime/refcount.h"
#include "runtime/thread_state.h"

namespace gillab {

struct RuntimeOptions {
  RefcountMode mode = RefcountMode::kNonAtomic;
  // Debug aids (on in labs and tests, off in benchmarks): freed blocks are
  // poisoned with 0xDD and held in a quarantine of kQuarantineBlocks per thread
  // before reuse; a freed object's header says what it was and who freed it, and
  // IncRef/DecRef on it are reported ("use of freed str object, freed by thread
  // 3") and counted instead of touching it.
  bool debug_memory = false;
  // Print each use-after-free report to stderr (the first 10; all are counted).
  bool print_reports = false;
};

class Runtime {
 public:
  static constexpr std::size_t kQuarantineBlocks = 4096;

  // The small-int cache holds [kSmallIntMin, kSmallIntMax], as CPython's does.
  static constexpr std::int64_t kSmallIntMin = -5;
  static constexpr std::int64_t kSmallIntMax = 256;

  // Creates the runtime and its immortal objects, and attaches the calling thread.
  explicit Runtime(RuntimeOptions options = {});
  // Frees the immortal objects and detaches the constructing thread. Requires:
  // called on the constructing thread, every other thread detached. Objects the
  // program leaked stay allocated (live_objects() says how many).
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // The runtime of the calling thread. Requires: the thread is attached.
  static Runtime* Current() { return ThreadState::Current()->runtime(); }

  RefcountMode mode() const { return options_.mode; }
  const RuntimeOptions& options() const { return options_; }
  ThreadRegistry& threads() { return threads_; }

  // The immortal singletons, as BORROWED references (immortal: IncRef/DecRef on
  // them are allowed and do nothing).
  Object* none() const { return none_; }
  Object* true_object() const { return true_; }
  Object* false_object() const { return false_; }
  // Requires: kSmallIntMin <= value <= kSmallIntMax.
  Object* small_int(std::int64_t value) const {
    return small_ints_[static_cast<std::size_t>(value - kSmallIntMin)];
  }

  // Allocation and deallocation totals per type over all threads, including the
  // runtime's own immortal objects.
  TypeCounts Counts() const { return threads_.Counts(); }
  // The totals right after construction (the immortals): subtract these to see
  // what a program has created.
  const TypeCounts& startup_counts() const { return startup_counts_; }
  // Live objects of type `t` (all types when omitted) created since startup.
  std::int64_t live_objects(TypeIndex t) const;
  std::int64_t live_objects() const;

  // With debug_memory: how many IncRef/DecRef calls reached a freed object, and
  // the first report ("use of freed str object, freed by thread 3"; empty if none).
  std::int64_t use_after_free() const {
    return use_after_free_.load(std::memory_order_relaxed);
  }
  std::string first_report() const ABSL_LOCKS_EXCLUDED(report_mu_);

  // The allocator every thread's heap belongs to (statistics: allocator().Stats()).
  Allocator& allocator() { return allocator_; }
  // The cyclic garbage collector (Python's gc module).
  Collector& gc() { return gc_; }

  // Called by IncRef/DecRef on a freed object (refcount.h); not for general use.
  void ReportUseOfFreed(const Object* ob, const char* operation)
      ABSL_LOCKS_EXCLUDED(report_mu_);

 private:
  const RuntimeOptions options_;
  Allocator allocator_;  // destroyed last: every object's memory comes from it
  ThreadRegistry threads_;
  Collector gc_;
  ThreadState* main_thread_;
  Object* none_ = nullptr;
  Object* true_ = nullptr;
  Object* false_ = nullptr;
  std::vector<Object*> small_ints_;
  TypeCounts startup_counts_;
  std::atomic<std::int64_t> use_after_free_{0};
  mutable absl::Mutex report_mu_;
  std::string first_report_ ABSL_GUARDED_BY(report_mu_);
  int printed_reports_ ABSL_GUARDED_BY(report_mu_) = 0;
};

// Attaches the calling thread to a Runtime for the scope's lifetime (CPython's
// PyGILState_Ensure without the GIL). On destruction, the thread's merge queue is
// drained and the thread detached. Requires: the thread is not already attached.
class ThreadScope {
 public:
  explicit ThreadScope(Runtime& runtime)
      : runtime_(runtime), state_(runtime.threads().Attach()) {}
  ~ThreadScope() { runtime_.threads().Detach(state_); }
  ThreadScope(const ThreadScope&) = delete;
  ThreadScope& operator=(const ThreadScope&) = delete;

  ThreadState* state() const { return state_; }

 private:
  Runtime& runtime_;
  ThreadState* const state_;
};

// --- Allocation, for the types' constructors and deallocators. ---------------------

// Allocates `size` bytes (>= sizeof(Object)) for a new object of `type`, with its
// header set: one reference, owned by the calling thread, in the runtime's mode.
// A container (a type with a traverse slot) also gets a GcHead before the header,
// untracked: its constructor calls gc().Track when it is complete; and allocating
// one may first run an automatic collection. Requires: the calling thread is
// attached.
Object* AllocObject(const TypeObject& type, std::size_t size);

// Makes `block` (fresh from the allocator, or a freed object of `type` taken from
// a FreeList) a new object of `type`: header set, one reference owned by `ts`'s
// thread, counted. Does not track containers. Returns it.
inline Object* InitObjectHeader(Object* block, const TypeObject& type, ThreadState* ts) {
  block->flags = 0;
  block->gc_bits = 0;
  block->type = &type;
  InitRefcount(block, ts->runtime()->mode(), ts->id());
  ts->CountAllocation(type.index);
  return block;
}

// Frees an object's memory and counts the deallocation. Called by a type's dealloc
// slot, last. With debug_memory, the header is rewritten to describe the freed
// object (type, freeing thread) and the rest of the block poisoned and quarantined.
void FreeObject(Object* ob);

// The bytes AllocObject gave `ob` (fixed part, plus items for str and tuple).
std::size_t AllocSizeOf(const Object* ob);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_RUNTIME_H_
