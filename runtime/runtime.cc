#include "runtime/runtime.h"

#include <utility>

#include "runtime/int_object.h"
#include "runtime/memory.h"
#include "runtime/singletons.h"

namespace gillab {

namespace {

// What a quarantined (freed) object's header points to. Its deallocator is reached
// only when a freed object's count reaches zero again: a double free. It counts
// it and re-arms, and never touches memory.
void FreedDealloc(Object* self);
void FreedRepr(const Object* self, std::string* out) {
  out->append("<freed object at ");
  out->append(std::to_string(reinterpret_cast<std::uintptr_t>(self)));
  out->append(">");
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
    .repr = FreedRepr,
};

// Leaves exactly one reference in the header, so the next DecRef of this freed
// object reaches zero and calls FreedDealloc.
void ArmPoisonedCount(Object* ob) {
  const RefcountMode mode = ModeOf(ob);
  InitRefcount(ob, mode, /*owner_tid=*/0);
  if (mode == RefcountMode::kBiased) {
    // Unowned, merged, one shared reference: any thread's DecRef frees it.
    ob->ref_local = 0;
    ob->ref_shared = refcount_internal::kSharedOne | refcount_internal::kStateMerged;
  }
}

void FreedDealloc(Object* self) {
  Runtime::Current()->CountDoubleFree();
  ArmPoisonedCount(self);
}

}  // namespace

Object* AllocObject(const TypeObject& type, std::size_t size) {
  ThreadState* ts = ThreadState::Current();
  auto* ob = static_cast<Object*>(MemAlloc(size));
  ob->flags = 0;
  ob->gc_bits = 0;
  ob->type = &type;
  InitRefcount(ob, ts->runtime()->mode(), ts->id());
  ts->CountAllocation(type.index);
  return ob;
}

void FreeObject(Object* ob) {
  ThreadState* ts = ThreadState::Current();
  ts->CountDeallocation(ob->type->index);
  Runtime* rt = ts->runtime();
  if (rt->options().quarantine_freed) {
    ob->type = &kFreedType;
    ArmPoisonedCount(ob);
    rt->Quarantine(ob);
    return;
  }
  MemFree(ob);
}

Runtime::Runtime(RuntimeOptions options)
    : options_(options), threads_(this), main_thread_(threads_.Attach()) {
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
    MemFree(ob);
  };
  for (Object* n : small_ints_) free_immortal(n);
  free_immortal(none_);
  free_immortal(true_);
  free_immortal(false_);
  {
    absl::MutexLock lock(&quarantine_mu_);
    for (Object* ob : quarantine_) MemFree(ob);
    quarantine_.clear();
  }
  threads_.Detach(main_thread_);
}

std::int64_t Runtime::live_objects(TypeIndex t) const {
  return Counts().live(t) - startup_counts_.live(t);
}

std::int64_t Runtime::live_objects() const {
  return Counts().total_live() - startup_counts_.total_live();
}

void Runtime::Quarantine(Object* ob) {
  absl::MutexLock lock(&quarantine_mu_);
  quarantine_.push_back(ob);
}

}  // namespace gillab
