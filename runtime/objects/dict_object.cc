#include "runtime/objects/dict_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

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

DictObject* AsDict(Object* ob) { return reinterpret_cast<DictObject*>(ob); }
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
  MemFree(old, KeysBytes(old->size));
  dict->keys = keys;
}

// Drops the references a table holds (newest entry first) and frees it.
void FreeKeys(DictKeys* keys) {
  for (std::int64_t ix = keys->nentries - 1; ix >= 0; --ix) {
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
// entries' deallocators run.
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

bool DictEqual(const Object* self, const Object* other) {
  if (DictSize(self) != DictSize(other)) return false;
  std::int64_t pos = 0;
  Object* key;
  Object* value;
  while (DictNext(self, &pos, &key, &value)) {
    Object* theirs = DictGetItem(const_cast<Object*>(other), key);
    if (theirs == nullptr || !Equal(value, theirs)) return false;
  }
  return true;
}

void DictRepr(const Object* self, std::string* out) {
  out->push_back('{');
  std::int64_t pos = 0;
  Object* key;
  Object* value;
  bool first = true;
  while (DictNext(self, &pos, &key, &value)) {
    if (!first) out->append(", ");
    first = false;
    AppendRepr(key, out);
    out->append(": ");
    AppendRepr(value, out);
  }
  out->push_back('}');
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

bool DictSetItem(Object* ob, Object* key, Object* value) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return false;
  DictObject* dict = AsDict(ob);
  const std::int64_t ix = Lookup(dict->keys, key, hash, nullptr);
  if (ix >= 0) {
    DictEntry& e = dict->keys->entries()[ix];
    Object* old = e.value;
    e.value = NewRef(value);
    DecRef(old);
    return true;
  }
  if (dict->keys->usable <= 0) Grow(dict);
  DictKeys* keys = dict->keys;
  const std::int64_t n = keys->nentries++;
  keys->entries()[n] = DictEntry{hash, NewRef(key), NewRef(value)};
  keys->indices()[FindFreeSlot(keys, hash)] = n;
  keys->usable--;
  dict->used++;
  return true;
}

Object* DictGetItem(Object* ob, Object* key) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return nullptr;
  DictKeys* keys = AsDict(ob)->keys;
  const std::int64_t ix = Lookup(keys, key, hash, nullptr);
  return ix >= 0 ? keys->entries()[ix].value : nullptr;
}

bool DictDelItem(Object* ob, Object* key) {
  std::uint64_t hash;
  if (!Hash(key, &hash)) return false;
  DictObject* dict = AsDict(ob);
  std::int64_t slot;
  const std::int64_t ix = Lookup(dict->keys, key, hash, &slot);
  if (ix < 0) return false;
  DictEntry& e = dict->keys->entries()[ix];
  Object* old_key = e.key;
  Object* old_value = e.value;
  dict->keys->indices()[slot] = kDummy;
  e.key = nullptr;
  e.value = nullptr;
  dict->used--;
  DecRef(old_key);  // after the table is consistent: deallocators may run
  DecRef(old_value);
  return true;
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
