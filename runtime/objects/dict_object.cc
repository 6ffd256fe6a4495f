#include "runtime/objects/dict_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/critical_section.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

// key and value are stored with release stores, the index slots too (after the
// entry they point at), so that a lock-free lookup reading them with acquire
// loads sees complete entries. hash is written before the slot is published and
// never changes.
struct DictEntry {
  std::uint64_t hash;
  Object* key;  // null: deleted
  Object* value;
};

// One allocation: this header, then `size` int64 indices, then `usable` entries.
struct DictKeys {
  std::int64_t size;      // slots in the index table, a power of two
  std::int64_t usable;    // entries that may still be appended
  std::int64_t nentries;  // entries appended so far (deleted ones included)

  std::int64_t* indices() { return reinterpret_cast<std::int64_t*>(this + 1); }
  DictEntry* entries() { return reinterpret_cast<DictEntry*>(indices() + size); }
};

namespace {

constexpr std::int64_t kEmpty = -1;
constexpr std::int64_t kDummy = -2;
constexpr std::int64_t kMinSize = 8;  // PyDict_MINSIZE
constexpr int kPerturbShift = 5;

std::int64_t UsableFraction(std::int64_t size) { return (size << 1) / 3; }

std::size_t KeysBytes(std::int64_t size) {
  return sizeof(DictKeys) + sizeof(std::int64_t) * static_cast<std::size_t>(size) +
         sizeof(DictEntry) * static_cast<std::size_t>(UsableFraction(size));
}

DictKeys* NewKeys(std::int64_t size) {
  auto* keys = static_cast<DictKeys*>(MemAlloc(KeysBytes(size)));
  keys->size = size;
  keys->usable = UsableFraction(size);
  keys->nentries = 0;
  for (std::int64_t i = 0; i < size; ++i) keys->indices()[i] = kEmpty;
  return keys;
}

template <typename T>
T LoadAcquire(T& field) {
  return std::atomic_ref<T>(field).load(std::memory_order_acquire);
}
template <typename T>
void StoreRelease(T& field, T value) {
  std::atomic_ref<T>(field).store(value, std::memory_order_release);
}

DictObject* AsDict(Object* ob) { return reinterpret_cast<DictObject*>(ob); }

// A thread other than the dict's creator is touching it: from now on lock-free
// lookups may probe its table, so a grown table must be retired, not freed
// (CPython 3.13t's ensure_shared_on_read), and its keys and values may be read by
// a thread that holds no reference, so each is marked shared (refcount.h). Keys
// and values stored from now on are marked as they come (DictSetItem); until now
// only the creator could read them. Requires: object locks on, and the dict's
// critical section.
void ShareIfForeign(Object* dict) {
  if (!MayReadLockFree(dict)) DictShare(dict);
}

const DictObject* AsDict(const Object* ob) {
  return reinterpret_cast<const DictObject*>(ob);
}

// The probe sequence over index slots for `hash`.
class Probe {
 public:
  Probe(std::uint64_t hash, std::int64_t size)
      : mask_(static_cast<std::uint64_t>(size) - 1), i_(hash & mask_), perturb_(hash) {}
  std::int64_t slot() const { return static_cast<std::int64_t>(i_); }
  void Next() {
    perturb_ >>= kPerturbShift;
    i_ = (i_ * 5 + perturb_ + 1) & mask_;
  }

 private:
  std::uint64_t mask_;
  std::uint64_t i_;
  std::uint64_t perturb_;
};

// Returns the entry index holding `key`, or kEmpty. *slot_out gets its slot.
// Owner or critical section only.
std::int64_t Lookup(DictKeys* keys, Object* key, std::uint64_t hash,
                    std::int64_t* slot_out) {
  for (Probe p(hash, keys->size);; p.Next()) {
    const std::int64_t ix = keys->indices()[p.slot()];
    if (ix == kEmpty) return kEmpty;
    if (ix >= 0) {
      const DictEntry& e = keys->entries()[ix];
      if (e.key == key || (e.hash == hash && Equal(e.key, key))) {
        if (slot_out != nullptr) *slot_out = p.slot();
        return ix;
      }
    }
  }
}

// The first empty-or-deleted slot on `hash`'s probe sequence.
std::int64_t FindFreeSlot(DictKeys* keys, std::uint64_t hash) {
  Probe p(hash, keys->size);
  while (keys->indices()[p.slot()] >= 0) p.Next();
  return p.slot();
}

// Rebuilds the table for 3 * used entries (CPython's GROWTH_RATE), dropping
// deleted entries and keeping insertion order.
void Grow(DictObject* dict) {
  std::int64_t size = kMinSize;
  while (size < dict->used * 3) size <<= 1;
  DictKeys* old = dict->keys;
  DictKeys* keys = NewKeys(size);
  for (std::int64_t ix = 0; ix < old->nentries; ++ix) {
    const DictEntry& e = old->entries()[ix];
    if (e.key == nullptr) continue;
    const std::int64_t n = keys->nentries++;
    keys->entries()[n] = e;
    keys->indices()[FindFreeSlot(keys, e.hash)] = n;
  }
  keys->usable -= keys->nentries;
  StoreRelease(dict->keys, keys);
  ThreadState* ts = ThreadState::Current();
  if (ts->object_locks() && IsMarkedShared(&dict->header)) {
    MemRetire(old, KeysBytes(old->size));  // lock-free lookups may be probing it
  } else {
    MemFree(old, KeysBytes(old->size));
  }
}

// Drops the references a table holds and frees it.
void FreeKeys(DictKeys* keys) {
  // First to last, as CPython's free_keys_object (the order __del__ methods see).
  for (std::int64_t ix = 0; ix < keys->nentries; ++ix) {
    DictEntry& e = keys->entries()[ix];
    if (e.key == nullptr) continue;
    DecRef(e.key);
    DecRef(e.value);
  }
  MemFree(keys, KeysBytes(keys->size));
}

void DictDealloc(Object* self) {
  FreeKeys(AsDict(self)->keys);
  FreeObject(self);
}

// Swaps in an empty table first, so the dict is consistent (empty) while the old
// entries' deallocators run. Called by the collector with the world stopped: no
// lookup can be probing the old table.
void DictClear(Object* self) {
  DictObject* dict = AsDict(self);
  DictKeys* old = dict->keys;
  dict->keys = NewKeys(kMinSize);
  dict->used = 0;
  FreeKeys(old);
}

int DictTraverse(Object* self, VisitProc visit, void* arg) {
  DictKeys* keys = AsDict(self)->keys;
  for (std::int64_t ix = 0; ix < keys->nentries; ++ix) {
    DictEntry& e = keys->entries()[ix];
    if (e.key == nullptr) continue;
    if (int r = visit(e.key, arg)) return r;
    if (int r = visit(e.value, arg)) return r;
  }
  return 0;
}

std::size_t DictSizeOf(const Object* self) {
  return sizeof(DictObject) + KeysBytes(AsDict(self)->keys->size);
}

void DecRefAll(const std::vector<std::pair<Object*, Object*>>& items) {
  for (const auto& [key, value] : items) {
    DecRef(key);
    DecRef(value);
  }
}

bool DictEqual(const Object* self, const Object* other) {
  const auto items = DictSnapshot(const_cast<Object*>(self));
  bool equal = static_cast<std::int64_t>(items.size()) == DictSize(other);
  for (std::size_t i = 0; equal && i < items.size(); ++i) {
    Object* theirs = DictGetItemRef(const_cast<Object*>(other), items[i].first);
    equal = theirs != nullptr && Equal(items[i].second, theirs);
    XDecRef(theirs);
  }
  DecRefAll(items);
  return equal;
}

void DictRepr(const Object* self, std::string* out) {
  const auto items = DictSnapshot(const_cast<Object*>(self));
  out->push_back('{');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->append(", ");
    AppendRepr(items[i].first, out);
    out->append(": ");
    AppendRepr(items[i].second, out);
  }
  out->push_back('}');
  DecRefAll(items);
}

// The lock-free lookup (see dict_object.h). Returns true with *value set (a NEW
// reference, or null when the key is absent) if it could decide without the
// lock; false if the caller must look again under it.
bool LookupLockFree(DictObject* dict, Object* key, std::uint64_t hash, Object** value) {
  DictKeys* keys = LoadAcquire(dict->keys);
  Object* found = nullptr;
  for (Probe p(hash, keys->size);; p.Next()) {
    const std::int64_t ix = LoadAcquire(keys->indices()[p.slot()]);
    if (ix == kEmpty) break;
    if (ix < 0) continue;
    DictEntry& e = keys->entries()[ix];
    Object* k = LoadAcquire(e.key);
    if (k == nullptr) continue;
    if (k != key) {
      if (e.hash != hash) continue;
      // Comparing reads the key's contents: keep it alive meanwhile.
      if (!TryIncrefCompare(&e.key, k)) return false;
      const bool equal = Equal(k, key);
      DecRef(k);
      if (!equal) continue;
    }
    Object* v = LoadAcquire(e.value);
    if (v == nullptr || !TryIncrefCompare(&e.value, v)) return false;
    found = v;
    break;
  }
  if (LoadAcquire(dict->keys) != keys) {  // grown meanwhile: may have missed it
    XDecRef(found);
    return false;
  }
  *value = found;
  return true;
}

}  // namespace

const TypeObject kDictType = {
    .name = TypeIndexName(TypeIndex::kDict),
    .index = TypeIndex::kDict,
    .basic_size = sizeof(DictObject),
    .item_size = 0,
    .dealloc = DictDealloc,
    .traverse = DictTraverse,
    .size_of = DictSizeOf,
    .hash = nullptr,  // unhashable
    .equal = DictEqual,
    .clear = DictClear,
    .repr = DictRepr,
};

Object* NewDict() {
  Object* ob = AllocObject(kDictType, sizeof(DictObject));
  DictObject* dict = AsDict(ob);
  dict->used = 0;
  dict->keys = NewKeys(kMinSize);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

namespace {

// Stores key -> value (hashed to `hash`) in the dict's critical section; a key
// already present keeps its value unless `replace`. Returns a reference the
// caller owns to the value the key had (the one replaced or kept), or null when it
// was absent.
Object* Store(Object* ob, Object* key, std::uint64_t hash, Object* value, bool replace) {
  DictObject* dict = AsDict(ob);
  const bool sharing = ThreadState::Current()->sharing();
  Object* old = nullptr;
  {
    CriticalSection cs(ob, CriticalSection::kLeaf);
    if (sharing) {
      ShareIfForeign(ob);
      if (IsMarkedShared(ob)) {
        MarkShared(key);
        MarkShared(value);
      }
    }
    const std::int64_t ix = Lookup(dict->keys, key, hash, nullptr);
    if (ix >= 0) {
      DictEntry& e = dict->keys->entries()[ix];
      if (!replace) return NewRef(e.value);
      old = e.value;
      StoreRelease(e.value, NewRef(value));
    } else {
      if (dict->keys->usable <= 0) Grow(dict);
      DictKeys* keys = dict->keys;
      const std::int64_t n = keys->nentries++;
      DictEntry& e = keys->entries()[n];
      e.hash = hash;
      StoreRelease(e.key, NewRef(key));
      StoreRelease(e.value, NewRef(value));
      StoreRelease(keys->indices()[FindFreeSlot(keys, hash)], n);
      keys->usable--;
      std::atomic_ref<std::int64_t>(dict->used)
          .store(dict->used + 1, std::memory_order_relaxed);
    }
  }
  return old;
}

}  // namespace

bool DictSetItem(Object* ob, Object* key, Object* value) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return false;
  // Dropped unlocked, and after the store: its deallocator may use the dict.
  XDecRef(Store(ob, key, hash, value, /*replace=*/true));
  return true;
}

Object* DictSetDefault(Object* ob, Object* key, Object* value) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return nullptr;
  Object* kept = Store(ob, key, hash, value, /*replace=*/false);
  return kept != nullptr ? kept : NewRef(value);
}

void DictShare(Object* dict) {
  DictKeys* keys = AsDict(dict)->keys;
  for (std::int64_t i = 0; i < keys->nentries; ++i) {
    const DictEntry& e = keys->entries()[i];
    if (e.key == nullptr) continue;
    MarkShared(e.key);
    MarkShared(e.value);
  }
  MarkShared(dict);
}

Object* DictGetItem(Object* ob, Object* key) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return nullptr;
  DictKeys* keys = AsDict(ob)->keys;
  const std::int64_t ix = Lookup(keys, key, hash, nullptr);
  return ix >= 0 ? keys->entries()[ix].value : nullptr;
}

Object* DictGetItemRef(Object* ob, Object* key) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return nullptr;
  DictObject* dict = AsDict(ob);
  const bool sharing = ThreadState::Current()->sharing();
  if (sharing && MayReadLockFree(ob)) {
    Object* value;
    if (LookupLockFree(dict, key, hash, &value)) return value;
  }
  CriticalSection cs(ob, CriticalSection::kLeaf);
  if (sharing) ShareIfForeign(ob);
  const std::int64_t ix = Lookup(dict->keys, key, hash, nullptr);
  return ix >= 0 ? NewRef(dict->keys->entries()[ix].value) : nullptr;
}

Object* DictPop(Object* ob, Object* key) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return nullptr;
  DictObject* dict = AsDict(ob);
  Object* old_key;
  Object* old_value;
  {
    CriticalSection cs(ob, CriticalSection::kLeaf);
    if (ThreadState::Current()->sharing()) ShareIfForeign(ob);
    std::int64_t slot;
    const std::int64_t ix = Lookup(dict->keys, key, hash, &slot);
    if (ix < 0) return nullptr;
    DictEntry& e = dict->keys->entries()[ix];
    old_key = e.key;
    old_value = e.value;
    StoreRelease(dict->keys->indices()[slot], kDummy);
    StoreRelease(e.key, static_cast<Object*>(nullptr));
    StoreRelease(e.value, static_cast<Object*>(nullptr));
    std::atomic_ref<std::int64_t>(dict->used)
        .store(dict->used - 1, std::memory_order_relaxed);
  }
  DecRef(old_key);  // after the table is consistent: deallocators may run
  return old_value;
}

void DictClearAll(Object* ob) {
  DictObject* dict = AsDict(ob);
  DictKeys* old;
  {
    CriticalSection cs(ob, CriticalSection::kLeaf);
    if (ThreadState::Current()->sharing()) ShareIfForeign(ob);
    old = dict->keys;
    StoreRelease(dict->keys, NewKeys(kMinSize));
    std::atomic_ref<std::int64_t>(dict->used).store(0, std::memory_order_relaxed);
  }
  for (std::int64_t ix = 0; ix < old->nentries; ++ix) {
    DictEntry& e = old->entries()[ix];
    if (e.key == nullptr) continue;
    DecRef(e.key);
    DecRef(e.value);
  }
  ThreadState* ts = ThreadState::Current();
  if (ts->object_locks() && IsMarkedShared(ob)) {
    MemRetire(old, KeysBytes(old->size));  // lock-free lookups may be probing it
  } else {
    MemFree(old, KeysBytes(old->size));
  }
}

bool DictDelItem(Object* ob, Object* key) {
  Object* value = DictPop(ob, key);
  XDecRef(value);
  return value != nullptr;
}

std::vector<std::pair<Object*, Object*>> DictSnapshot(Object* ob) {
  std::vector<std::pair<Object*, Object*>> items;
  CriticalSection cs(ob, CriticalSection::kLeaf);
  items.reserve(static_cast<std::size_t>(AsDict(ob)->used));
  std::int64_t pos = 0;
  Object* key;
  Object* value;
  while (DictNext(ob, &pos, &key, &value)) items.emplace_back(NewRef(key), NewRef(value));
  return items;
}

bool DictNext(const Object* ob, std::int64_t* pos, Object** key, Object** value) {
  DictKeys* keys = AsDict(ob)->keys;
  while (*pos < keys->nentries) {
    const DictEntry& e = keys->entries()[(*pos)++];
    if (e.key != nullptr) {
      *key = e.key;
      *value = e.value;
      return true;
    }
  }
  return false;
}

std::int64_t DictTableSize(const Object* dict) { return AsDict(dict)->keys->size; }

}  // namespace gillab
