// gillab/runtime/objects/weakref_object.cc — see the design notes in the header.
#include "runtime/objects/weakref_object.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "base/schedule_point.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/byte_mutex.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

struct WeakrefObject {
  Object header;
  Object* referent;  // not counted; null once it died. Guarded by Table::mu
  Object* callback;  // a reference, or null
};

WeakrefObject* AsWeakref(Object* ob) { return reinterpret_cast<WeakrefObject*>(ob); }
const WeakrefObject* AsWeakref(const Object* ob) {
  return reinterpret_cast<const WeakrefObject*>(ob);
}

// Every live object's weakrefs, oldest first. The mutex is a ByteMutex so
// that, under the explorer, taking it is a schedule point and a taken one is
// waited for with ScheduleWait (critical_section.cc's LockExplored), as an
// object's lock is: the race of r() with the referent's last DecRef is
// explored through it.
struct Table {
  ByteMutex mu;
  absl::flat_hash_map<const Object*, std::vector<WeakrefObject*>> refs
      ABSL_GUARDED_BY(mu);
};

class ABSL_SCOPED_LOCKABLE TableLock {
 public:
  explicit TableLock(ByteMutex* mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu) : mu_(mu) {
    if (CurrentSchedulePointHandler() == nullptr) [[likely]] {
      mu_->Lock();
      return;
    }
    SchedulePoint("lock the weakref table");
    while (!mu_->TryLock()) ScheduleWait("wait for the weakref table");
  }
  ~TableLock() ABSL_UNLOCK_FUNCTION() { mu_->Unlock(); }
  TableLock(const TableLock&) = delete;
  TableLock& operator=(const TableLock&) = delete;

 private:
  ByteMutex* const mu_;
};
Table& TheTable() {
  static Table* const table = new Table;  // never destroyed: deallocs at exit use it
  return *table;
}

WeakrefCallbackHook callback_hook = nullptr;

// Clears the weakrefs to `ob`; appends a NEW reference to each that has a
// callback, newest first (CPython calls them in that order).
void ClearLocked(Object* ob, std::vector<Object*>* callbacks) {
  Table& t = TheTable();
  TableLock lock(&t.mu);
  auto it = t.refs.find(ob);
  if (it == t.refs.end()) return;
  for (auto wr = it->second.rbegin(); wr != it->second.rend(); ++wr) {
    (*wr)->referent = nullptr;
    // A weakref being freed meanwhile (its count zero, its dealloc waiting for
    // the mutex) calls nothing.
    if ((*wr)->callback != nullptr && TryIncref(&(*wr)->header)) {
      callbacks->push_back(&(*wr)->header);
    }
  }
  t.refs.erase(it);
}

void RunCallback(Object* weakref) {
  WeakrefObject* wr = AsWeakref(weakref);
  Object* callback;
  {
    TableLock lock(&TheTable().mu);
    callback = std::exchange(wr->callback, nullptr);
  }
  if (callback == nullptr) return;
  if (callback_hook != nullptr) callback_hook(callback, weakref);
  DecRef(callback);
}

// Unlinks weakref `self` from its referent's list, if it still has one, and
// drops its callback (CPython's clear_weakref and gc_clear).
void WeakrefClear(Object* self) {
  WeakrefObject* wr = AsWeakref(self);
  Object* callback;
  {
    Table& t = TheTable();
    TableLock lock(&t.mu);
    callback = std::exchange(wr->callback, nullptr);
    if (wr->referent != nullptr) {
      auto it = t.refs.find(wr->referent);
      wr->referent = nullptr;
      if (it != t.refs.end()) {
        std::vector<WeakrefObject*>& list = it->second;
        list.erase(std::remove(list.begin(), list.end(), wr), list.end());
        if (list.empty()) t.refs.erase(it);
      }
    }
  }
  XDecRef(callback);
}

void WeakrefDealloc(Object* self) {
  WeakrefClear(self);
  FreeObject(self);
}

int WeakrefTraverse(Object* self, VisitProc visit, void* arg) {
  Object* callback = AsWeakref(self)->callback;
  return callback != nullptr ? visit(callback, arg) : 0;
}

void WeakrefRepr(const Object* self, std::string* out) {
  out->append("<weakref at ");
  AppendAddress(self, out);
  Table& t = TheTable();
  TableLock lock(&t.mu);
  const Object* ob = AsWeakref(self)->referent;
  if (ob == nullptr) {
    out->append("; dead>");
    return;
  }
  out->append("; to '");
  out->append(IsInstance(ob) ? std::string(StrView(AsClass(ClassOf(ob))->name))
                             : std::string(ob->type->name));
  out->append("' at ");
  AppendAddress(ob, out);
  if (IsFunction(ob)) {
    out->append(" (" + std::string(AsFunction(ob)->name) + ")");
  } else if (IsClass(ob)) {
    out->append(" (" + std::string(StrView(AsClass(ob)->name)) + ")");
  }
  out->append(">");
}

// The referent with a reference of its own, or null once it died.
Object* TakeReferent(const Object* self) {
  TableLock lock(&TheTable().mu);
  Object* ob = AsWeakref(self)->referent;
  return ob != nullptr && TryIncref(ob) ? ob : nullptr;
}

// CPython's: the referent's hash while it lives (a dead weakref hashes by its
// own address here, where CPython raises TypeError unless it was hashed before).
std::uint64_t WeakrefHash(const Object* self) {
  Object* ob = TakeReferent(self);
  std::uint64_t h = reinterpret_cast<std::uintptr_t>(self) >> 4;
  if (ob != nullptr) {
    if (!Hash(ob, &h)) h = reinterpret_cast<std::uintptr_t>(ob) >> 4;
    DecRef(ob);
  }
  return h;
}

// Two weakrefs whose referents both live are equal when they are; otherwise a
// weakref equals only itself.
bool WeakrefEqual(const Object* self, const Object* other) {
  if (self == other) return true;
  if (!IsWeakref(other)) return false;
  Object* a = TakeReferent(self);
  Object* b = TakeReferent(other);
  const bool equal = a != nullptr && b != nullptr && Equal(a, b);
  XDecRef(a);
  XDecRef(b);
  return equal;
}

const Collector::WeakrefHooks kCollectorHooks = {ClearLocked, RunCallback};

}  // namespace

const TypeObject kWeakrefType = {
    .name = TypeIndexName(TypeIndex::kWeakref),
    .index = TypeIndex::kWeakref,
    .basic_size = sizeof(WeakrefObject),
    .item_size = 0,
    .dealloc = WeakrefDealloc,
    .traverse = WeakrefTraverse,
    .size_of = nullptr,
    .hash = WeakrefHash,
    .equal = WeakrefEqual,
    .clear = WeakrefClear,
    .repr = WeakrefRepr,
};

bool CanWeaklyReference(const Object* ob) {
  if (IsFunction(ob) || IsType(ob, kSetType) || IsType(ob, kFrozenSetType)) return true;
  if (IsClass(ob)) return AsClass(ob)->builtin < 0;
  if (!IsInstance(ob)) return false;
  const ClassObject* c = AsClass(ClassOf(ob));
  if (c->has_dict) return true;
  for (std::int64_t i = 0; i < c->num_slots; ++i) {
    if (StrView(TupleGetItem(c->slot_names, i)) == "__weakref__") return true;
  }
  return false;
}

Object* NewWeakref(Object* ob, Object* callback) {
  if (callback != nullptr && IsNone(callback)) callback = nullptr;
  Table& t = TheTable();
  if (callback == nullptr) {
    TableLock lock(&t.mu);
    auto it = t.refs.find(ob);
    if (it != t.refs.end()) {
      for (WeakrefObject* wr : it->second) {
        if (wr->callback == nullptr && TryIncref(&wr->header)) return &wr->header;
      }
    }
  }
  // So that a thread that is not ob's owner (biased counts) can tell, in
  // TryIncref, that it lives (the header's note on threads).
  MarkShared(ob);
  // Allocated outside the mutex: an allocation may collect, and a collection
  // clears weakrefs.
  Object* self = AllocObject(kWeakrefType, sizeof(WeakrefObject));
  WeakrefObject* wr = AsWeakref(self);
  wr->referent = ob;
  wr->callback = callback != nullptr ? NewRef(callback) : nullptr;
  {
    TableLock lock(&t.mu);
    t.refs[ob].push_back(wr);
    SetGcBit(ob, kGcWeakrefs);
  }
  static const bool installed = [] {
    Collector::SetWeakrefHooks(&kCollectorHooks);
    return true;
  }();
  (void)installed;
  RuntimeState::Current()->gc().Track(self);
  return self;
}

Object* WeakrefGet(Object* weakref) {
  Table& t = TheTable();
  TableLock lock(&t.mu);
  Object* ob = AsWeakref(weakref)->referent;
  // A count of zero: the referent is being freed, and its dealloc waits for
  // the mutex to clear this weakref.
  if (ob != nullptr && TryIncref(ob)) return ob;
  return NewNone();
}

std::int64_t WeakrefCount(const Object* ob) {
  Table& t = TheTable();
  TableLock lock(&t.mu);
  auto it = t.refs.find(ob);
  return it == t.refs.end() ? 0 : static_cast<std::int64_t>(it->second.size());
}

void ClearWeakrefs(Object* ob) {
  std::vector<Object*> callbacks;
  ClearLocked(ob, &callbacks);
  Collector& gc = RuntimeState::Current()->gc();
  for (Object* wr : callbacks) gc.RunOrDefer(wr, RunCallback);
}

void SetWeakrefCallbackHook(WeakrefCallbackHook hook) { callback_hook = hook; }

}  // namespace gillab
