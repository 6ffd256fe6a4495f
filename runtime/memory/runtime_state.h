// gillab/runtime/memory/runtime_state.h — what one runtime's layers share.
//
// A RuntimeState is the part of a runtime that the memory and object layers reach
// from any thread (CPython keeps the same things in its interpreter state): the
// refcount mode stamped into every new object, the debug aids, the allocator, the
// table of attached threads, the cyclic collector, the immortal singletons (None,
// True, False, the small ints) and the use-after-free reports. Code below the
// interpreter finds it through the calling thread: RuntimeState::Current().
//
// Nobody makes a RuntimeState directly: a Runtime (runtime/interp/runtime.h) is
// one, and its constructor starts it up (creates the singletons, which need the
// object layer above this one). Several may live in one process (the tests run
// every mode side by side), but an object must never pass from one to another.
//
// Threads: the constructing thread is attached by the constructor and detached by
// the destructor. Any other thread must hold a ThreadScope while it touches
// objects.
#ifndef GILLAB_RUNTIME_MEMORY_RUNTIME_STATE_H_
#define GILLAB_RUNTIME_MEMORY_RUNTIME_STATE_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/object.h"
#include "runtime/memory/obmalloc.h"
#include "runtime/memory/qsbr.h"
#include "runtime/memory/thread_state.h"

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
  // Free-threaded objects (PEP 703; object.h's ObjectSafety). kLocked, CPython
  // 3.13t's way: list and dict operations lock the object (critical_section.h),
  // lock-free readers take references with TryIncref, and replaced item arrays,
  // key tables and objects readers may still see are freed through QSBR
  // (qsbr.h). kUnlocked: the same for dicts, none of it for lists (the list
  // lessons). Both are meant for runs without a GIL; harmless but useless under one.
  // kUnlocked turns debug_memory on: its races free objects that are still in use.
  ObjectSafety objects = ObjectSafety::kGil;
  // With object locks: the interpreter's thread elides them while it is its
  // program's only thread (critical_section.h). False: it locks from the start,
  // as CPython 3.13t (the benchmarks measure both).
  bool elide_locks_while_alone = true;
  // The explorer steps this run's threads (explore/explorer.h): every object it
  // creates carries kExploredModeBit, so that its IncRef and DecRef pass
  // schedule points (refcount.h). Immortal objects do not.
  bool explored = false;
};

// What unlocked lists (ObjectSafety::kUnlocked) did that would have touched
// freed or foreign memory in a free-threaded CPython without object locks; each
// was caught and counted instead (list_object.cc).
enum class ListDamage : std::uint8_t {
  kFreedArrayRead,   // an item read from an array another thread had freed
  kFreedArrayWrite,  // an item written into an array another thread had freed
  kDoubleFree,       // two threads replaced the same array: both would free it
  kPastTheEnd,       // an index within the size but past the array's end
  kEmptySlot,        // a slot read before its item was written, or after a pop
  kSlotRace,         // a slot another thread wrote between this one's read and write
  kFreedItem,        // an item read just as another thread freed it
};
inline constexpr int kNumListDamages = 7;
// "reads of a freed item array", ... for reports.
inline constexpr EnumNames<ListDamage, kNumListDamages> kListDamageNames{
    {"reads of a freed item array", "writes into a freed item array",
     "item arrays freed twice", "indices past the end of an item array",
     "reads of an empty slot", "slots two threads wrote at once",
     "items freed while being read"}};

class RuntimeState {
 public:
  static constexpr std::size_t kQuarantineBlocks = 4096;

  // The small-int cache holds [kSmallIntMin, kSmallIntMax], as CPython's does.
  static constexpr std::int64_t kSmallIntMin = -5;
  static constexpr std::int64_t kSmallIntMax = 256;
  static constexpr std::size_t kNumSmallInts = kSmallIntMax - kSmallIntMin + 1;

  RuntimeState(const RuntimeState&) = delete;
  RuntimeState& operator=(const RuntimeState&) = delete;

  // The runtime of the calling thread. Requires: the thread is attached.
  static RuntimeState* Current() { return ThreadState::Current()->runtime(); }

  RefcountMode mode() const { return options_.mode; }
  // What new objects' mode bytes carry besides the mode: kExploredModeBit when
  // RuntimeOptions::explored, else 0.
  std::uint8_t mode_bits() const { return mode_bits_; }
  const RuntimeOptions& options() const { return options_; }
  ThreadRegistry& threads() { return threads_; }

  // The immortal singletons, as BORROWED references (immortal: IncRef/DecRef on
  // them are allowed and do nothing). Requires: the Runtime finished starting up.
  Object* none() const { return none_; }
  Object* true_object() const { return true_; }
  Object* false_object() const { return false_; }
  // The one empty tuple, as CPython's (`() is ()`); null during start-up.
  Object* empty_tuple() const { return empty_tuple_; }
  // Requires: kSmallIntMin <= value <= kSmallIntMax.
  Object* small_int(std::int64_t value) const {
    return small_ints_[static_cast<std::size_t>(value - kSmallIntMin)];
  }

  // Allocation and deallocation totals per type over all threads, including the
  // runtime's own immortal objects.
  TypeCounts Counts() const { return threads_.Counts(); }
  // The totals right after start-up (the immortals): subtract these to see what a
  // program has created.
  const TypeCounts& startup_counts() const { return startup_counts_; }
  // Live objects of type `t` (all types when omitted) created since start-up.
  std::int64_t live_objects(TypeIndex t) const;
  std::int64_t live_objects() const;

  // With debug_memory: how many IncRef/DecRef calls reached a freed object, and
  // the first report ("use of freed str object, freed by thread 3"; empty if none).
  std::int64_t use_after_free() const {
    return use_after_free_.load(std::memory_order_relaxed);
  }
  std::string first_report() const ABSL_LOCKS_EXCLUDED(report_mu_);

  // With ObjectSafety::kUnlocked: how many times unlocked lists did `d`
  // (ListDamage), and the sum over every kind.
  std::int64_t list_damage(ListDamage d) const {
    return list_damage_[static_cast<int>(d)].load(std::memory_order_relaxed);
  }
  std::int64_t list_damage() const;
  void CountListDamage(ListDamage d) {
    list_damage_[static_cast<int>(d)].fetch_add(1, std::memory_order_relaxed);
  }

  // The allocator every thread's heap belongs to (statistics: allocator().Stats()).
  Allocator& allocator() { return allocator_; }
  // The cyclic garbage collector (Python's gc module).
  Collector& gc() { return gc_; }
  // Quiescent-state-based reclamation, used when object locks are on.
  Qsbr& qsbr() { return qsbr_; }

  // With debug_memory: what a freed object owned outside object memory that
  // another thread may still be using (a Lock's mutex, with a waiter inside it,
  // when a deliberate race freed the Lock). `release(p)` runs when the runtime is
  // destroyed, after every thread has gone.
  void RetireUntilExit(void* p, void (*release)(void*)) ABSL_LOCKS_EXCLUDED(report_mu_);

  // Called by IncRef/DecRef on a freed object (refcount.h), and by Dealloc on an
  // object another thread is already freeing; not for general use. `type_name`:
  // the object's type, when the freed header does not tell it yet (null: read it
  // from the header).
  void ReportUseOfFreed(const Object* ob, const char* operation,
                        const char* type_name = nullptr) ABSL_LOCKS_EXCLUDED(report_mu_);

 protected:
  // Makes the allocator, the thread table and the collector, and attaches the
  // calling thread. The singletons are null until SetSingletons.
  explicit RuntimeState(RuntimeOptions options);
  // Detaches the constructing thread. Requires: called on it, every other thread
  // detached, the singletons already freed (FreeSingletons).
  ~RuntimeState();

  // Start-up, by the Runtime: installs the immortal singletons it created, then
  // takes the start-up counts.
  void SetSingletons(Object* none, Object* true_object, Object* false_object,
                     Object* empty_tuple,
                     const std::array<Object*, kNumSmallInts>& small_ints);
  // Shutdown: frees the singletons directly (reference counting never frees an
  // immortal).
  void FreeSingletons();

 private:
  const RuntimeOptions options_;
  const std::uint8_t mode_bits_ = options_.explored ? kExploredModeBit : 0;
  Allocator allocator_;  // destroyed last: every object's memory comes from it
  Qsbr qsbr_;            // outlives every thread's record
  ThreadRegistry threads_;
  Collector gc_;
  ThreadState* main_thread_;
  Object* none_ = nullptr;
  Object* true_ = nullptr;
  Object* false_ = nullptr;
  Object* empty_tuple_ = nullptr;  // a container, untracked: freed as one
  std::array<Object*, kNumSmallInts> small_ints_{};
  TypeCounts startup_counts_;
  std::atomic<std::int64_t> use_after_free_{0};
  std::array<std::atomic<std::int64_t>, kNumListDamages> list_damage_{};
  mutable absl::Mutex report_mu_;
  std::string first_report_ ABSL_GUARDED_BY(report_mu_);
  int printed_reports_ ABSL_GUARDED_BY(report_mu_) = 0;
  std::vector<std::pair<void*, void (*)(void*)>> retired_ ABSL_GUARDED_BY(report_mu_);
};

// Attaches the calling thread to a runtime for the scope's lifetime (CPython's
// PyGILState_Ensure without the GIL). On destruction, the thread's merge queue is
// drained and the thread detached. Requires: the thread is not already attached.
class ThreadScope {
 public:
  explicit ThreadScope(RuntimeState& runtime)
      : runtime_(runtime), state_(runtime.threads().Attach()) {}
  ~ThreadScope() { runtime_.threads().Detach(state_); }
  ThreadScope(const ThreadScope&) = delete;
  ThreadScope& operator=(const ThreadScope&) = delete;

  ThreadState* state() const { return state_; }

 private:
  RuntimeState& runtime_;
  ThreadState* const state_;
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_RUNTIME_STATE_H_
