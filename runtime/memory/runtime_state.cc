// gillab/runtime/memory/runtime_state.cc
#include "runtime/memory/runtime_state.h"

#include <cstdio>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"

namespace gillab {

namespace refcount_internal {
void UseOfFreedObject(Object* ob, const char* operation) {
  RuntimeState::Current()->ReportUseOfFreed(ob, operation);
}
}  // namespace refcount_internal

namespace {
RuntimeOptions Normalized(RuntimeOptions options) {
  if (options.objects == ObjectSafety::kUnlocked) options.debug_memory = true;
  return options;
}
}  // namespace

RuntimeState::RuntimeState(RuntimeOptions options)
    : options_(Normalized(options)),
      allocator_(Allocator::Options{.quarantine_blocks =
                                        options_.debug_memory ? kQuarantineBlocks : 0}),
      threads_(this, &allocator_),
      gc_(&threads_),
      main_thread_(threads_.Attach()) {}

std::int64_t RuntimeState::list_damage() const {
  std::int64_t sum = 0;
  for (const auto& d : list_damage_) sum += d.load(std::memory_order_relaxed);
  return sum;
}

RuntimeState::~RuntimeState() {
  {
    absl::MutexLock lock(&report_mu_);
    for (auto& [p, release] : retired_) release(p);
    retired_.clear();
  }
  threads_.Detach(main_thread_);
  // allocator_ is destroyed after threads_, returning every arena to the OS.
}

void RuntimeState::SetSingletons(Object* none, Object* true_object, Object* false_object,
                                 Object* empty_tuple,
                                 const std::array<Object*, kNumSmallInts>& small_ints) {
  none_ = none;
  true_ = true_object;
  false_ = false_object;
  empty_tuple_ = empty_tuple;
  small_ints_ = small_ints;
  startup_counts_ = Counts();
}

void RuntimeState::FreeSingletons() {
  auto free_immortal = [this](Object*& ob) {
    if (ob == nullptr) return;
    main_thread_->CountDeallocation(ob->type->index);
    MemFree(ob, AllocSizeOf(ob));
    ob = nullptr;
  };
  for (Object*& n : small_ints_) free_immortal(n);
  if (empty_tuple_ != nullptr) {
    FreeObject(empty_tuple_);  // with its GC head
    empty_tuple_ = nullptr;
  }
  free_immortal(none_);
  free_immortal(true_);
  free_immortal(false_);
}

std::int64_t RuntimeState::live_objects(TypeIndex t) const {
  return Counts().live(t) - startup_counts_.live(t);
}

std::int64_t RuntimeState::live_objects() const {
  return Counts().total_live() - startup_counts_.total_live();
}

void RuntimeState::ReportUseOfFreed(const Object* ob, const char* operation,
                                    const char* type_name) {
  use_after_free_.fetch_add(1, std::memory_order_relaxed);
  absl::MutexLock lock(&report_mu_);
  if (!first_report_.empty() && !(options_.print_reports && printed_reports_ < 10)) {
    return;
  }
  char text[160];
  std::snprintf(text, sizeof text,
                "gillab: %s: use of freed %s object, freed by thread %u", operation,
                type_name != nullptr ? type_name : FreedObjectTypeName(ob),
                ob->ref_local);
  if (first_report_.empty()) first_report_ = text;
  if (options_.print_reports && printed_reports_ < 10) {
    std::fprintf(stderr, "%s\n", text);
    printed_reports_++;
  }
}

void RuntimeState::RetireUntilExit(void* p, void (*release)(void*)) {
  absl::MutexLock lock(&report_mu_);
  retired_.emplace_back(p, release);
}

std::string RuntimeState::first_report() const {
  absl::MutexLock lock(&report_mu_);
  return first_report_;
}

}  // namespace gillab
