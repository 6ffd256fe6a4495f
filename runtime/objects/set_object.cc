// gillab/runtime/objects/set_object.cc — the table and the algebra follow
// CPython 3.11's Objects/setobject.c step for step (set_lookkey,
// set_add_entry, set_table_resize, set_merge, set_intersection, ...), since the
// order they leave the entries in is the order a program sees.
#include "runtime/objects/set_object.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "runtime/memory/alloc.h"
#include "runtime/memory/critical_section.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/weakref_object.h"

namespace gillab {

namespace {

constexpr std::uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr std::uint64_t kDummyHash = ~std::uint64_t{0};  // CPython's -1

// The key of a removed entry: never a real object, never counted.
alignas(Object) char dummy_storage[sizeof(Object)];
Object* Dummy() { return reinterpret_cast<Object*>(dummy_storage); }

SetObject* AsSet(Object* ob) { return reinterpret_cast<SetObject*>(ob); }
const SetObject* AsSet(const Object* ob) {
  return reinterpret_cast<const SetObject*>(ob);
}

// `used` is read without the lock by len(): written atomically.
void AddUsed(SetObject* so, std::int64_t delta) {
  std::atomic_ref<std::int64_t>(so->used).store(so->used + delta,
                                                std::memory_order_relaxed);
}
void SetUsed(SetObject* so, std::int64_t used) {
  std::atomic_ref<std::int64_t>(so->used).store(used, std::memory_order_relaxed);
}

// hash(key), or false with TypeError (unhashable) or the error its __hash__
// raised.
bool KeyHash(ErrorSink& err, const Object* key, std::uint64_t* hash) {
  TakeMethodError();
  if (!Hash(key, hash)) {
    err.Raise("TypeError", "unhashable type: '" + TypeName(key) + "'");
    return false;
  }
  return !TakeMethodError();
}

// Whether entry key `start` is `key`: identity, equal strs, or __eq__ (-1: it
// raised).
int KeysEqual(ErrorSink& err, Object* start, Object* key) {
  if (start == key) return 1;
  if (IsStr(start) && IsStr(key)) return StrView(start) == StrView(key) ? 1 : 0;
  NewRef(start);
  bool equal = false;
  const bool ok = EqualOrRaise(err, start, key, &equal);
  DecRef(start);
  return ok ? (equal ? 1 : 0) : -1;
}

// set_lookkey: the entry holding `key`, or the unused one where the search
// ends; null when a comparison raised. Starts over if a comparison changed
// the table.
SetEntry* Lookup(ErrorSink& err, SetObject* so, Object* key, std::uint64_t hash) {
restart:
  SetEntry* table = so->table;
  std::uint64_t mask = static_cast<std::uint64_t>(so->mask);
  std::uint64_t i = hash & mask;
  std::uint64_t perturb = hash;
  for (;;) {
    SetEntry* entry = &table[i];
    std::uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) return entry;
      if (entry->hash == hash && entry->key != Dummy()) {
        Object* start = entry->key;
        const int eq = KeysEqual(err, start, key);
        if (eq < 0) return nullptr;
        if (table != so->table || entry->key != start) goto restart;
        if (eq > 0) return entry;
        mask = static_cast<std::uint64_t>(so->mask);
      }
      entry++;
    } while (probes-- != 0);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_insert_clean: into a table known to hold neither `key` nor dummies.
void InsertClean(SetEntry* table, std::uint64_t mask, Object* key, std::uint64_t hash) {
  std::uint64_t perturb = hash;
  std::uint64_t i = hash & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key == nullptr) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (std::uint64_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key == nullptr) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_table_resize: a table of the power of two above `minused` (at least 8),
// the dummies dropped.
void Resize(SetObject* so, std::int64_t minused) {
  std::uint64_t newsize = kSetMinSize;
  while (newsize <= static_cast<std::uint64_t>(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  const std::int64_t oldmask = so->mask;
  const bool old_on_heap = oldtable != so->small;
  SetEntry small_copy[kSetMinSize];
  SetEntry* newtable;
  if (newsize == kSetMinSize) {
    newtable = so->small;
    if (newtable == oldtable) {
      if (so->fill == so->used) return;  // no dummies: nothing to do
      std::memcpy(small_copy, oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = new SetEntry[newsize];
  }
  std::memset(static_cast<void*>(newtable), 0, sizeof(SetEntry) * newsize);
  so->mask = static_cast<std::int64_t>(newsize - 1);
  so->table = newtable;
  const bool dummies = so->fill != so->used;
  so->fill = so->used;
  for (std::int64_t k = 0; k <= oldmask; ++k) {
    const SetEntry& e = oldtable[k];
    if (e.key != nullptr && (!dummies || e.key != Dummy())) {
      InsertClean(newtable, newsize - 1, e.key, e.hash);
    }
  }
  if (old_on_heap) delete[] oldtable;
}

// set_add_entry: 1 added (a new reference taken), 0 there already, -1 a
// comparison raised.
int AddEntry(ErrorSink& err, SetObject* so, Object* key, std::uint64_t hash) {
restart:
  SetEntry* freeslot = nullptr;
  std::uint64_t mask = static_cast<std::uint64_t>(so->mask);
  std::uint64_t i = hash & mask;
  std::uint64_t perturb = hash;
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    std::uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == nullptr) goto found_unused_or_dummy;
      if (entry->hash == hash && entry->key != Dummy()) {
        SetEntry* table = so->table;
        Object* start = entry->key;
        const int eq = KeysEqual(err, start, key);
        if (eq > 0) return 0;
        if (eq < 0) return -1;
        if (table != so->table || entry->key != start) goto restart;
        mask = static_cast<std::uint64_t>(so->mask);
      } else if (entry->key == Dummy()) {
        freeslot = entry;
      }
      entry++;
    } while (probes-- != 0);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot != nullptr) {
    AddUsed(so, 1);
    freeslot->key = NewRef(key);
    freeslot->hash = hash;
    return 1;
  }
  so->fill++;
  AddUsed(so, 1);
  entry->key = NewRef(key);
  entry->hash = hash;
  if (static_cast<std::uint64_t>(so->fill) * 5 < mask * 3) return 1;
  Resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
  return 1;
}

// set_discard_entry: 1 removed, 0 absent, -1 a comparison raised.
int DiscardEntry(ErrorSink& err, SetObject* so, Object* key, std::uint64_t hash) {
  SetEntry* entry = Lookup(err, so, key, hash);
  if (entry == nullptr) return -1;
  if (entry->key == nullptr) return 0;
  Object* old = entry->key;
  entry->key = Dummy();
  entry->hash = kDummyHash;
  AddUsed(so, -1);
  DecRef(old);
  return 1;
}

int ContainsEntry(ErrorSink& err, SetObject* so, Object* key, std::uint64_t hash) {
  SetEntry* entry = Lookup(err, so, key, hash);
  if (entry == nullptr) return -1;
  return entry->key != nullptr ? 1 : 0;
}

// The active entries, in table order (set_next). Borrowed; the set must not
// change while they are used.
template <typename F>
bool ForEachEntry(const SetObject* so, F&& f) {
  for (std::int64_t k = 0; k <= so->mask; ++k) {
    const SetEntry& e = so->table[k];
    if (e.key != nullptr && e.key != Dummy()) {
      if (!f(e.key, e.hash)) return false;
    }
  }
  return true;
}

void ClearInternal(SetObject* so) {
  SetEntry* table = so->table;
  const std::int64_t mask = so->mask;
  const bool on_heap = table != so->small;
  SetEntry small_copy[kSetMinSize];
  if (!on_heap) {
    std::memcpy(small_copy, table, sizeof small_copy);
    table = small_copy;
  }
  // Emptied first: a key's deallocation may run code that reaches the set.
  std::memset(static_cast<void*>(so->small), 0, sizeof so->small);
  so->table = so->small;
  so->mask = kSetMinSize - 1;
  so->fill = 0;
  SetUsed(so, 0);
  so->hash = -1;
  for (std::int64_t k = 0; k <= mask; ++k) {
    if (table[k].key != nullptr && table[k].key != Dummy()) DecRef(table[k].key);
  }
  if (on_heap) delete[] table;
}

// set_merge: every entry of `other` (a set) into `so`.
void Merge(SetObject* so, const SetObject* other) {
  if (other == so || other->used == 0) return;
  if ((so->fill + other->used) * 5 >= so->mask * 3)
    Resize(so, (so->used + other->used) * 2);
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (std::int64_t k = 0; k <= other->mask; ++k) {
      if (other->table[k].key != nullptr) {
        so->table[k].key = NewRef(other->table[k].key);
        so->table[k].hash = other->table[k].hash;
      }
    }
    so->fill = other->fill;
    SetUsed(so, other->used);
    return;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    SetUsed(so, other->used);
    ForEachEntry(other, [&](Object* key, std::uint64_t hash) {
      InsertClean(so->table, static_cast<std::uint64_t>(so->mask), NewRef(key), hash);
      return true;
    });
    return;
  }
  ErrorSink ignored;  // equal keys from two sets: a comparison that raised
                      // here raised in the set it came from already
  ForEachEntry(other, [&](Object* key, std::uint64_t hash) {
    AddEntry(ignored, so, key, hash);
    return true;
  });
}

// The items of `iterable` with their hashes, for adding: NEW references.
// False with the error raised (not iterable, an unhashable item).
struct Hashed {
  std::vector<std::pair<Object*, std::uint64_t>> items;
  ~Hashed() {
    for (auto& [key, hash] : items) DecRef(key);
  }
};
bool HashedItems(ErrorSink& err, Object* iterable, Hashed* out) {
  std::vector<Object*> items;
  const int r = CollectItems(iterable, &items);
  if (r <= 0) {
    if (r == 0)
      err.Raise("TypeError", "'" + TypeName(iterable) + "' object is not iterable");
    return false;
  }
  bool ok = true;
  for (Object* item : items) {
    std::uint64_t hash = 0;
    if (ok && !KeyHash(err, item, &hash)) ok = false;
    out->items.emplace_back(item, hash);
  }
  return ok;
}

// set_update_internal, `so` locked by the caller unless `other` is a set (then
// both are locked here).
bool UpdateInternal(ErrorSink& err, Object* so, Object* other) {
  if (IsAnySet(other)) {
    if (other == so) return true;
    CriticalSection cs(so, other);
    Merge(AsSet(so), AsSet(other));
    return true;
  }
  Hashed items;
  if (!HashedItems(err, other, &items)) return false;
  CriticalSection cs(so);
  SetObject* s = AsSet(so);
  if (IsDict(other)) {  // one resize first, as CPython
    const auto n = static_cast<std::int64_t>(items.items.size());
    if ((s->fill + n) * 5 >= s->mask * 3) Resize(s, (s->used + n) * 2);
  }
  for (const auto& [key, hash] : items.items) {
    if (AddEntry(err, s, key, hash) < 0) return false;
  }
  return true;
}

Object* NewLike(const Object* a) { return NewSet(IsFrozenSet(a)); }

// set_copy: a new set of a's kind with its entries.
Object* Copy(Object* a) {
  Object* r = NewLike(a);
  CriticalSection cs(a);
  Merge(AsSet(r), AsSet(a));
  return r;
}

Object* Intersection(ErrorSink& err, Object* a, Object* b) {
  if (a == b) return Copy(a);
  Object* result = NewLike(a);
  SetObject* r = AsSet(result);
  if (IsAnySet(b)) {
    CriticalSection cs(a, b);
    SetObject* big = AsSet(a);
    SetObject* small = AsSet(b);
    if (small->used > big->used) std::swap(big, small);
    const bool ok = ForEachEntry(small, [&](Object* key, std::uint64_t hash) {
      const int in = ContainsEntry(err, big, key, hash);
      return in >= 0 && (in == 0 || AddEntry(err, r, key, hash) >= 0);
    });
    if (!ok) {
      DecRef(result);
      return nullptr;
    }
    return result;
  }
  Hashed items;
  if (!HashedItems(err, b, &items)) {
    DecRef(result);
    return nullptr;
  }
  CriticalSection cs(a);
  for (const auto& [key, hash] : items.items) {
    const int in = ContainsEntry(err, AsSet(a), key, hash);
    if (in < 0 || (in > 0 && AddEntry(err, r, key, hash) < 0)) {
      DecRef(result);
      return nullptr;
    }
    if (in > 0 && r->used >= AsSet(a)->used) break;
  }
  return result;
}

// set_difference_update_internal.
bool DifferenceUpdate(ErrorSink& err, Object* so, Object* other) {
  if (so == other) {
    CriticalSection cs(so);
    ClearInternal(AsSet(so));
    return true;
  }
  if (IsAnySet(other)) {
    Object* keep = nullptr;
    if ((SetSize(other) >> 3) > SetSize(so)) {
      keep = Intersection(err, so, other);
      if (keep == nullptr) return false;
      other = keep;
    }
    bool ok;
    {
      CriticalSection cs(so, other);
      ok = ForEachEntry(AsSet(other), [&](Object* key, std::uint64_t hash) {
        return DiscardEntry(err, AsSet(so), key, hash) >= 0;
      });
    }
    XDecRef(keep);
    if (!ok) return false;
  } else {
    Hashed items;
    if (!HashedItems(err, other, &items)) return false;
    CriticalSection cs(so);
    for (const auto& [key, hash] : items.items) {
      if (DiscardEntry(err, AsSet(so), key, hash) < 0) return false;
    }
  }
  CriticalSection cs(so);
  SetObject* s = AsSet(so);
  if (s->fill - s->used > s->mask / 4)
    Resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

Object* Difference(ErrorSink& err, Object* a, Object* b) {
  const bool indexed = IsAnySet(b) || IsDict(b);
  const std::int64_t other_size = IsAnySet(b) ? SetSize(b) : IsDict(b) ? DictSize(b) : 0;
  if (!indexed || (SetSize(a) >> 2) > other_size) {
    Object* r = Copy(a);
    if (!DifferenceUpdate(err, r, b)) {
      DecRef(r);
      return nullptr;
    }
    return r;
  }
  Object* result = NewLike(a);
  bool ok;
  if (IsDict(b)) {
    CriticalSection cs(a);
    ok = ForEachEntry(AsSet(a), [&](Object* key, std::uint64_t hash) {
      Object* v = DictGetItemRef(b, key);
      XDecRef(v);
      return v != nullptr || AddEntry(err, AsSet(result), key, hash) >= 0;
    });
  } else {
    CriticalSection cs(a, b);
    ok = ForEachEntry(AsSet(a), [&](Object* key, std::uint64_t hash) {
      const int in = ContainsEntry(err, AsSet(b), key, hash);
      return in > 0 || (in == 0 && AddEntry(err, AsSet(result), key, hash) >= 0);
    });
  }
  if (!ok) {
    DecRef(result);
    return nullptr;
  }
  return result;
}

// set_symmetric_difference_update: `other`'s items each removed from `so` if
// there, added if not.
bool SymmetricDifferenceUpdate(ErrorSink& err, Object* so, Object* other) {
  if (so == other) {
    CriticalSection cs(so);
    ClearInternal(AsSet(so));
    return true;
  }
  Object* otherset = nullptr;
  if (!IsAnySet(other)) {
    otherset = NewLike(so);
    if (!UpdateInternal(err, otherset, other)) {
      DecRef(otherset);
      return false;
    }
    other = otherset;
  }
  bool ok;
  {
    CriticalSection cs(so, other);
    ok = ForEachEntry(AsSet(other), [&](Object* key, std::uint64_t hash) {
      const int gone = DiscardEntry(err, AsSet(so), key, hash);
      return gone > 0 || (gone == 0 && AddEntry(err, AsSet(so), key, hash) >= 0);
    });
  }
  XDecRef(otherset);
  return ok;
}

// set_swap_bodies, for a &= b: `a` takes tmp's entries.
void SwapBodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  const std::int64_t used = a->used;
  SetUsed(a, b->used);
  SetUsed(b, used);
  std::swap(a->mask, b->mask);
  SetEntry* ta = a->table == a->small ? nullptr : a->table;
  SetEntry* tb = b->table == b->small ? nullptr : b->table;
  SetEntry tmp[kSetMinSize];
  std::memcpy(tmp, a->small, sizeof tmp);
  std::memcpy(a->small, b->small, sizeof tmp);
  std::memcpy(b->small, tmp, sizeof tmp);
  a->table = tb != nullptr ? tb : a->small;
  b->table = ta != nullptr ? ta : b->small;
  a->hash = -1;
  b->hash = -1;
}

// --- The type ----------------------------------------------------------------

// The collector's clear (tp_clear): the world is stopped, as for a dict's.
void SetClearSlot(Object* self) { ClearInternal(AsSet(self)); }

void SetDealloc(Object* self) {
  if (HasGcBit(self, kGcWeakrefs)) ClearWeakrefs(self);
  SetObject* so = AsSet(self);
  ForEachEntry(so, [](Object* key, std::uint64_t) {
    DecRef(key);
    return true;
  });
  if (so->table != so->small) delete[] so->table;
  FreeObject(self);
}

int SetTraverse(Object* self, VisitProc visit, void* arg) {
  const SetObject* so = AsSet(self);
  for (std::int64_t k = 0; k <= so->mask; ++k) {
    Object* key = so->table[k].key;
    if (key != nullptr && key != Dummy()) {
      if (int r = visit(key, arg)) return r;
    }
  }
  return 0;
}

std::size_t SetSizeOf(const Object* self) {
  const SetObject* so = AsSet(self);
  return sizeof(SetObject) +
         (so->table != so->small
              ? sizeof(SetEntry) * static_cast<std::size_t>(so->mask + 1)
              : 0);
}

void SetRepr(const Object* self, std::string* out) {
  const bool frozen = IsFrozenSet(self);
  std::vector<Object*> items = SetSnapshot(const_cast<Object*>(self));
  if (items.empty()) {
    *out += frozen ? "frozenset()" : "set()";
    return;
  }
  if (frozen) *out += "frozenset(";
  *out += "{";
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0) *out += ", ";
    AppendRepr(items[k], out);
  }
  *out += "}";
  if (frozen) *out += ")";
  DecRefAll(items);
}

// ==: the same items (a set equals a frozenset of them).
bool SetEqualSlot(const Object* self, const Object* other) {
  if (!IsAnySet(other)) return false;
  if (SetSize(self) != SetSize(other)) return false;
  ErrorSink ignored;
  return SetIsSubset(ignored, const_cast<Object*>(self), const_cast<Object*>(other)) == 1;
}

std::uint64_t ShuffleBits(std::uint64_t h) {
  return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

// frozenset_hash: the entries' hashes shuffled and xored (order-free), then
// mixed, as CPython; cached.
std::uint64_t FrozenSetHash(const Object* self) {
  const SetObject* so = AsSet(self);
  const std::int64_t cached =
      std::atomic_ref<const std::int64_t>(so->hash).load(std::memory_order_relaxed);
  if (cached != -1) return static_cast<std::uint64_t>(cached);
  std::uint64_t hash = 0;
  for (std::int64_t k = 0; k <= so->mask; ++k) hash ^= ShuffleBits(so->table[k].hash);
  if (((so->mask + 1 - so->fill) & 1) != 0) hash ^= ShuffleBits(0);
  if (((so->fill - so->used) & 1) != 0) hash ^= ShuffleBits(kDummyHash);
  hash ^= (static_cast<std::uint64_t>(so->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == kDummyHash) hash = 590923713ull;
  std::atomic_ref<std::int64_t>(const_cast<SetObject*>(so)->hash)
      .store(static_cast<std::int64_t>(hash), std::memory_order_relaxed);
  return hash;
}

constexpr TypeObject MakeSetType(TypeIndex index, std::uint64_t (*hash)(const Object*)) {
  return TypeObject{
      .name = TypeIndexName(index),
      .index = index,
      .basic_size = sizeof(SetObject),
      .item_size = 0,
      .dealloc = SetDealloc,
      .traverse = SetTraverse,
      .size_of = SetSizeOf,
      .hash = hash,
      .equal = SetEqualSlot,
      .clear = SetClearSlot,
      .repr = SetRepr,
  };
}

}  // namespace

const TypeObject kSetType = MakeSetType(TypeIndex::kSet, nullptr);
const TypeObject kFrozenSetType = MakeSetType(TypeIndex::kFrozenSet, FrozenSetHash);

Object* NewSet(bool frozen) {
  Object* ob = AllocObject(frozen ? kFrozenSetType : kSetType, sizeof(SetObject));
  SetObject* so = AsSet(ob);
  so->fill = 0;
  so->used = 0;
  so->mask = kSetMinSize - 1;
  std::memset(static_cast<void*>(so->small), 0, sizeof so->small);
  so->table = so->small;
  so->hash = -1;
  so->finger = 0;
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

bool SetAdd(ErrorSink& err, Object* set, Object* key) {
  std::uint64_t hash;
  if (!KeyHash(err, key, &hash)) return false;
  CriticalSection cs(set);
  return AddEntry(err, AsSet(set), key, hash) >= 0;
}

int SetContains(ErrorSink& err, Object* set, Object* key) {
  std::uint64_t hash;
  if (!KeyHash(err, key, &hash)) return -1;
  CriticalSection cs(set);
  return ContainsEntry(err, AsSet(set), key, hash);
}

int SetDiscard(ErrorSink& err, Object* set, Object* key) {
  std::uint64_t hash;
  if (!KeyHash(err, key, &hash)) return -1;
  CriticalSection cs(set);
  return DiscardEntry(err, AsSet(set), key, hash);
}

Object* SetPop(ErrorSink& err, Object* set) {
  CriticalSection cs(set);
  SetObject* so = AsSet(set);
  if (so->used == 0) {
    Object* message = NewStr("pop from an empty set");
    err.RaiseWithArg("KeyError", "'pop from an empty set'", message);
    DecRef(message);
    return nullptr;
  }
  std::int64_t k = so->finger & so->mask;
  while (so->table[k].key == nullptr || so->table[k].key == Dummy()) {
    if (++k > so->mask) k = 0;
  }
  Object* key = so->table[k].key;
  so->table[k].key = Dummy();
  so->table[k].hash = kDummyHash;
  AddUsed(so, -1);
  so->finger = k + 1;
  return key;
}

void SetClear(Object* set) {
  CriticalSection cs(set);
  ClearInternal(AsSet(set));
}

bool SetUpdate(ErrorSink& err, Object* set, Object* iterable) {
  return UpdateInternal(err, set, iterable);
}

std::vector<Object*> SetSnapshot(Object* set) {
  std::vector<Object*> items;
  CriticalSection cs(set);
  ForEachEntry(AsSet(set), [&](Object* key, std::uint64_t) {
    items.push_back(NewRef(key));
    return true;
  });
  return items;
}

Object* SetAlgebra(ErrorSink& err, SetOp op, Object* a, Object* b) {
  switch (op) {
    case SetOp::kUnion: {
      Object* r = Copy(a);
      if (b != a && !UpdateInternal(err, r, b)) {
        DecRef(r);
        return nullptr;
      }
      return r;
    }
    case SetOp::kIntersection:
      return Intersection(err, a, b);
    case SetOp::kDifference:
      return Difference(err, a, b);
    case SetOp::kSymmetricDifference: {
      Object* r = NewLike(a);
      if (!UpdateInternal(err, r, b) || !SymmetricDifferenceUpdate(err, r, a)) {
        DecRef(r);
        return nullptr;
      }
      return r;
    }
  }
  return nullptr;
}

bool SetAlgebraInPlace(ErrorSink& err, SetOp op, Object* a, Object* b) {
  switch (op) {
    case SetOp::kUnion:
      return UpdateInternal(err, a, b);
    case SetOp::kIntersection: {
      Object* tmp = Intersection(err, a, b);
      if (tmp == nullptr) return false;
      {
        CriticalSection cs(a, tmp);
        SwapBodies(AsSet(a), AsSet(tmp));
      }
      DecRef(tmp);
      return true;
    }
    case SetOp::kDifference:
      return DifferenceUpdate(err, a, b);
    case SetOp::kSymmetricDifference:
      return SymmetricDifferenceUpdate(err, a, b);
  }
  return false;
}

int SetIsSubset(ErrorSink& err, Object* a, Object* b) {
  if (!IsAnySet(b)) {
    Object* tmp = Intersection(err, a, b);
    if (tmp == nullptr) return -1;
    const int r = SetSize(tmp) == SetSize(a) ? 1 : 0;
    DecRef(tmp);
    return r;
  }
  CriticalSection cs(a, b);
  if (AsSet(a)->used > AsSet(b)->used) return 0;
  int result = 1;
  ForEachEntry(AsSet(a), [&](Object* key, std::uint64_t hash) {
    const int in = ContainsEntry(err, AsSet(b), key, hash);
    if (in <= 0) result = in;
    return in > 0;
  });
  return result;
}

int SetIsSuperset(ErrorSink& err, Object* a, Object* b) {
  if (IsAnySet(b)) return SetIsSubset(err, b, a);
  Hashed items;
  if (!HashedItems(err, b, &items)) return -1;
  CriticalSection cs(a);
  for (const auto& [key, hash] : items.items) {
    const int in = ContainsEntry(err, AsSet(a), key, hash);
    if (in <= 0) return in;
  }
  return 1;
}

int SetIsDisjoint(ErrorSink& err, Object* a, Object* b) {
  if (a == b) return SetSize(a) == 0 ? 1 : 0;
  if (IsAnySet(b)) {
    CriticalSection cs(a, b);
    SetObject* big = AsSet(a);
    SetObject* small = AsSet(b);
    if (small->used > big->used) std::swap(big, small);
    int result = 1;
    ForEachEntry(small, [&](Object* key, std::uint64_t hash) {
      const int in = ContainsEntry(err, big, key, hash);
      if (in != 0) result = in > 0 ? 0 : -1;
      return in == 0;
    });
    return result;
  }
  Hashed items;
  if (!HashedItems(err, b, &items)) return -1;
  CriticalSection cs(a);
  for (const auto& [key, hash] : items.items) {
    const int in = ContainsEntry(err, AsSet(a), key, hash);
    if (in != 0) return in > 0 ? 0 : -1;
  }
  return 1;
}

}  // namespace gillab
