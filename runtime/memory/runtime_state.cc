#include "runtime/runtime.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "runtime/callable_object.h"
#include "runtime/dict_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/iter_object.h"
#include "runtime/list_object.h"
#include "runtime/lock_object.h"
#include "runtime/memory.h"
#include "runtime/singletons.h"
#include "runtime/str_object.h"
#include "runtime/thread_object.h"
#include "runtime/tuple_object.h"

namespace gillab {

namespace {

// Every type by TypeIndex, so a freed object's header can name what it was.
const TypeObject* const kTypesByIndex[kNumTypes] = {
    &kNoneType,  &kBoolType,  &kIntType,      &kFloatType,    &kStrType,
    &kTupleType, &kListType,  &kDictType,     &kFunctionType, &kBuiltinType,
    &kLockType,  &kRangeType, &kIteratorType, &kThreadType,
};

// A freed object's header points here. Its slots are never reached through
// IncRef/DecRef (the freed bit in the mode byte stops them first); repr is for
// diagnostics.
void FreedDealloc(Object*) {}
void FreedRepr(const Object* self, std::string* out) {
  out->append("<freed ");
  out->append(kTypesByIndex[self->flags % kNumTypes]->name);
  out->append(" object>");
}

const TypeObject kFreedType = {
    .name = "<freed>",
    .index = TypeIndex::kCount,
    .basic_size = sizeof(Object),
    .item_size = 0,
    .dealloc = FreedDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = FreedRepr,
};

}  // namespace

namespace refcount_internal {
void UseOfFreedObject(Object* ob, const char* operation) {
  Runtime::Current()->ReportUseOfFreed(ob, operation);
}
}  // namespace refcount_internal

std::size_t AllocSizeOf(const Object* ob) {
  const TypeObject* t = ob->type;
  if (t->item_size == 0) return t->basic_size;
  std::int64_t items;
  std::memcpy(&items, reinterpret_cast<const char*>(ob) + kVarSizeOffset, sizeof items);
  if (t == &kStrType) items += 1;  // the terminating NUL
  return t->basic_size + t->item_size * static_cast<std::size_t>(items);
}

Object* AllocObject(const TypeObject& type, std::size_t size) {
  ThreadState* ts = ThreadState::Current();
  Object* ob;
  if (type.traverse != nullptr) {
    ts->runtime()->gc().MaybeCollect();
    auto* head = static_cast<GcHead*>(MemAlloc(kGcHeadSize + size));
    head->flags = 0;  // untracked until the constructor finishes
    ob = ObjectOfGcHead(head);
  } else {
    ob = static_cast<Object*>(MemAlloc(size));
  }
  return InitObjectHeader(ob, type, ts);
}

void FreeObject(Object* ob) {
  ThreadState* ts = ThreadState::Current();
  ts->CountDeallocation(ob->type->index);
  const bool container = IsContainer(ob);
  if (container) ts->runtime()->gc().Untrack(ob);
  void* block = container ? static_cast<void*>(GcHeadOf(ob)) : ob;
  const std::size_t size = AllocSizeOf(ob) + (container ? kGcHeadSize : 0);
  if (!ts->runtime()->options().debug_memory) {
    MemFree(block, size);
    return;
  }
  // Describe the corpse in the header, which the allocator leaves unpoisoned:
  // what it was (flags), who freed it (ref_local), and the freed bit that sends
  // IncRef/DecRef to the report. The first word will become a free-list link.
  ob->flags = static_cast<std::uint16_t>(ob->type->index);
  ob->ref_local = static_cast<std::uint32_t>(ts->id());
  ob->ref_shared = 0;
  ob->mode =
      static_cast<RefcountMode>(static_cast<std::uint8_t>(ModeOf(ob)) | kFreedModeBit);
  ob->type = &kFreedType;
  MemFree(block, size, /*keep=*/(container ? kGcHeadSize : 0) + sizeof(Object));
}

Runtime::Runtime(RuntimeOptions options)
    : options_(options),
      allocator_(Allocator::Options{.quarantine_blocks =
                                        options.debug_memory ? kQuarantineBlocks : 0}),
      threads_(this, &allocator_),
      gc_(this),
      main_thread_(threads_.Attach()) {
  none_ = AllocObject(kNoneType, sizeof(NoneObject));
  Immortalize(none_);
  for (bool value : {false, true}) {
    Object* b = AllocObject(kBoolType, sizeof(IntObject));
    reinterpret_cast<IntObject*>(b)->value = value ? 1 : 0;
    Immortalize(b);
    (value ? true_ : false_) = b;
  }
  small_ints_.reserve(kSmallIntMax - kSmallIntMin + 1);
  for (std::int64_t v = kSmallIntMin; v <= kSmallIntMax; ++v) {
    Object* n = NewIntUncached(v);
    Immortalize(n);
    small_ints_.push_back(n);
  }
  startup_counts_ = Counts();
}

Runtime::~Runtime() {
  // The immortals are freed directly: reference counting never frees them.
  auto free_immortal = [this](Object* ob) {
    main_thread_->CountDeallocation(ob->type->index);
    MemFree(ob, AllocSizeOf(ob));
  };
  for (Object* n : small_ints_) free_immortal(n);
  free_immortal(none_);
  free_immortal(true_);
  free_immortal(false_);
  threads_.Detach(main_thread_);
  // allocator_ is destroyed after threads_, returning every arena to the OS.
}

std::int64_t Runtime::live_objects(TypeIndex t) const {
  return Counts().live(t) - startup_counts_.live(t);
}

std::int64_t Runtime::live_objects() const {
  return Counts().total_live() - startup_counts_.total_live();
}

void Runtime::ReportUseOfFreed(const Object* ob, const char* operation) {
  use_after_free_.fetch_add(1, std::memory_order_relaxed);
  absl::MutexLock lock(&report_mu_);
  if (!first_report_.empty() && !(options_.print_reports && printed_reports_ < 10)) {
    return;
  }
  char text[160];
  std::snprintf(text, sizeof text,
                "gillab: %s: use of freed %s object, freed by thread %u", operation,
                kTypesByIndex[ob->flags % kNumTypes]->name, ob->ref_local);
  if (first_report_.empty()) first_report_ = text;
  if (options_.print_reports && printed_reports_ < 10) {
    std::fprintf(stderr, "%s\n", text);
    printed_reports_++;
  }
}

std::string Runtime::first_report() const {
  absl::MutexLock lock(&report_mu_);
  return first_report_;
}

}  // namespace gillab
