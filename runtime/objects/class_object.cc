// gillab/runtime/objects/class_object.cc
#include "runtime/objects/class_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/weakref_object.h"

namespace gillab {

namespace {

const InstanceHooks* hooks = nullptr;

// --- Classes ---------------------------------------------------------------

void ClassClear(Object* self) {
  ClassObject* c = AsClass(self);
  Object* dict = c->dict;
  Object* base = c->base;
  c->dict = nullptr;
  c->base = nullptr;
  XDecRef(dict);
  XDecRef(base);
}

void ClassDealloc(Object* self) {
  if (HasGcBit(self, kGcWeakrefs)) ClearWeakrefs(self);
  ClassClear(self);
  ClassObject* c = AsClass(self);
  XDecRef(c->slot_names);
  XDecRef(c->module);
  Object* name = c->name;
  FreeObject(self);
  DecRef(name);
}

int ClassTraverse(Object* self, VisitProc visit, void* arg) {
  ClassObject* c = AsClass(self);
  for (Object* ob : {c->dict, c->base, c->slot_names}) {
    if (ob != nullptr) {
      if (int r = visit(ob, arg)) return r;
    }
  }
  return 0;
}

void ClassRepr(const Object* self, std::string* out) {
  out->append("<class '" + ClassFullName(self) + "'>");
}

std::uint64_t PointerHash(const Object* self) {
  // CPython's _Py_HashPointer: the address rotated by 4 bits.
  const auto y = reinterpret_cast<std::uint64_t>(self);
  return (y >> 4) | (y << 60);
}

// --- Instances ---------------------------------------------------------------

void InstanceClear(Object* self) {
  InstanceObject* inst = AsInstance(self);
  const std::int64_t n = AsClass(ClassOf(self))->num_slots;
  for (std::int64_t i = 0; i < n; ++i) {
    XDecRef(InstanceSlot(self, i)->exchange(nullptr, std::memory_order_acq_rel));
  }
  Object* dict = inst->dict;
  inst->dict = nullptr;
  XDecRef(dict);
}

void InstanceDealloc(Object* self) {
  // __del__ first, on a live object (it may store `self` and so survive); then
  // the weak references die, as in CPython's subtype_dealloc.
  if (CallFinalizerFromDealloc(self)) return;
  if (HasGcBit(self, kGcWeakrefs)) ClearWeakrefs(self);
  InstanceClear(self);
  Object* cls = ClassOf(self);
  FreeObject(self);  // reads the size from the class's type: before the DecRef
  DecRef(cls);
}

int InstanceTraverse(Object* self, VisitProc visit, void* arg) {
  Object* cls = ClassOf(self);
  if (int r = visit(cls, arg)) return r;
  if (Object* dict = AsInstance(self)->dict) {
    if (int r = visit(dict, arg)) return r;
  }
  const std::int64_t n = AsClass(cls)->num_slots;
  for (std::int64_t i = 0; i < n; ++i) {
    Object* v = InstanceSlot(self, i)->load(std::memory_order_acquire);
    if (v != nullptr) {
      if (int r = visit(v, arg)) return r;
    }
  }
  return 0;
}

// The finalize slot of a class that defines __del__ (or inherits it).
void InstanceFinalize(Object* self) {
  if (hooks != nullptr) hooks->finalize(self);
}

void InstanceRepr(const Object* self, std::string* out) {
  if (hooks != nullptr && hooks->repr(self, /*str=*/false, out)) return;
  out->append("<" + ClassFullName(ClassOf(self)) + " object at ");
  AppendAddress(self, out);
  out->append(">");
}

bool InstanceEqual(const Object* a, const Object* b) {
  bool result = false;
  if (hooks != nullptr && hooks->equal(a, b, &result)) return result;
  return a == b;
}

std::uint64_t InstanceHash(const Object* self) {
  std::uint64_t h = 0;
  if (hooks != nullptr && hooks->hash(self, &h)) return h;
  return PointerHash(self);
}

// --- Bound methods and super -------------------------------------------------

void PairClear(Object* self) {
  auto* p = reinterpret_cast<MethodObject*>(self);  // SuperObject has one layout
  Object* a = p->function;
  Object* b = p->self;
  p->function = p->self = nullptr;
  XDecRef(a);
  XDecRef(b);
}

void PairDealloc(Object* self) {
  PairClear(self);
  FreeObject(self);
}

int PairTraverse(Object* self, VisitProc visit, void* arg) {
  auto* p = reinterpret_cast<MethodObject*>(self);
  for (Object* ob : {p->function, p->self}) {
    if (ob != nullptr) {
      if (int r = visit(ob, arg)) return r;
    }
  }
  return 0;
}

void MethodRepr(const Object* self, std::string* out) {
  const Object* f = AsMethod(self)->function;
  out->append("<bound method ");
  if (IsFunction(f)) {
    out->append(AsFunction(f)->name);
  } else {
    AppendRepr(f, out);
  }
  out->append(" of ");
  AppendRepr(AsMethod(self)->self, out);
  out->append(">");
}

void SuperRepr(const Object* self, std::string* out) {
  out->append("<super: <class '" +
              std::string(StrView(AsClass(AsSuper(self)->cls)->name)) + "'>, <" +
              TypeName(AsSuper(self)->self) + " object>>");
}

}  // namespace

const TypeObject kClassType = {
    .name = TypeIndexName(TypeIndex::kClass),
    .index = TypeIndex::kClass,
    .basic_size = sizeof(ClassObject),
    .item_size = 0,
    .dealloc = ClassDealloc,
    .traverse = ClassTraverse,
    .size_of = nullptr,
    .hash = PointerHash,
    .equal = nullptr,
    .clear = ClassClear,
    .repr = ClassRepr,
};

const TypeObject kMethodType = {
    .name = TypeIndexName(TypeIndex::kMethod),
    .index = TypeIndex::kMethod,
    .basic_size = sizeof(MethodObject),
    .item_size = 0,
    .dealloc = PairDealloc,
    .traverse = PairTraverse,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = PairClear,
    .repr = MethodRepr,
};

const TypeObject kSuperType = {
    .name = TypeIndexName(TypeIndex::kSuper),
    .index = TypeIndex::kSuper,
    .basic_size = sizeof(SuperObject),
    .item_size = 0,
    .dealloc = PairDealloc,
    .traverse = PairTraverse,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = PairClear,
    .repr = SuperRepr,
};

static_assert(offsetof(MethodObject, function) == offsetof(SuperObject, cls) &&
                  offsetof(MethodObject, self) == offsetof(SuperObject, self),
              "PairClear and PairTraverse serve both");

namespace {

Object* AllocClass(Object* name) {
  Object* ob = AllocObject(kClassType, sizeof(ClassObject));
  ClassObject* c = AsClass(ob);
  c->name = NewRef(name);
  c->module = nullptr;
  c->base = nullptr;
  c->dict = nullptr;
  c->slot_names = nullptr;
  c->num_slots = 0;
  c->has_dict = true;
  c->builtin = -1;
  c->constructor = -1;
  c->instance_type = TypeObject{
      .name = StrView(c->name).data(),  // NUL-terminated (str_object.h)
      .index = TypeIndex::kInstance,
      .basic_size = sizeof(InstanceObject),
      .item_size = 0,
      .dealloc = InstanceDealloc,
      .traverse = InstanceTraverse,
      .size_of = nullptr,
      .hash = InstanceHash,
      .equal = nullptr,
      .clear = InstanceClear,
      .repr = InstanceRepr,
  };
  return ob;
}

}  // namespace

Object* NewClass(Object* name, Object* base, Object* dict, Object* slot_names) {
  Object* ob = AllocClass(name);
  ClassObject* c = AsClass(ob);
  c->module = NewStr("__main__");
  c->dict = NewRef(dict);
  if (base != nullptr) c->base = NewRef(base);
  const ClassObject* b = base != nullptr ? AsClass(base) : nullptr;
  const std::int64_t inherited = b != nullptr ? b->num_slots : 0;
  const std::int64_t own = slot_names != nullptr ? TupleSize(slot_names) : 0;
  // Instances have a __dict__ unless every class in the line declares __slots__.
  c->has_dict = slot_names == nullptr || (b != nullptr && b->has_dict);
  c->num_slots = inherited + own;
  if (c->num_slots > 0) {
    Object* all = NewTupleUninitialized(c->num_slots);
    for (std::int64_t i = 0; i < inherited; ++i)
      TupleInit(all, i, NewRef(TupleGetItem(b->slot_names, i)));
    for (std::int64_t i = 0; i < own; ++i)
      TupleInit(all, inherited + i, NewRef(TupleGetItem(slot_names, i)));
    c->slot_names = all;
  }
  c->instance_type.basic_size =
      sizeof(InstanceObject) + sizeof(Object*) * static_cast<std::size_t>(c->num_slots);
  // The dunders the class (or a base) defines decide its instances' slots.
  Object* eq_name = NewStr("__eq__");
  Object* hash_name = NewStr("__hash__");
  Object* eq = ClassLookup(ob, eq_name);
  Object* hash = ClassLookup(ob, hash_name);
  if (eq != nullptr && !IsNone(eq)) c->instance_type.equal = InstanceEqual;
  // Defining __eq__ without __hash__, or __hash__ = None: unhashable, as in Python.
  if ((hash == nullptr && eq != nullptr) || (hash != nullptr && IsNone(hash)))
    c->instance_type.hash = nullptr;
  XDecRef(eq);
  XDecRef(hash);
  DecRef(eq_name);
  DecRef(hash_name);
  Object* del_name = NewStr("__del__");
  ClassAttributeSet(ob, del_name);
  DecRef(del_name);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

void ClassAttributeSet(Object* cls, Object* name) {
  if (StrView(name) != "__del__") return;
  Object* del = ClassLookup(cls, name);
  AsClass(cls)->instance_type.finalize =
      del != nullptr && !IsNone(del) ? InstanceFinalize : nullptr;
  XDecRef(del);
}

Object* NewBuiltinClass(TypeIndex index, int constructor) {
  // A module's type ("array.array"): its class is "array" of module "array".
  const std::string_view full = TypeIndexName(index);
  const std::size_t dot = full.rfind('.');
  Object* name = NewStr(dot == std::string_view::npos ? full : full.substr(dot + 1));
  Object* ob = AllocClass(name);
  DecRef(name);
  ClassObject* c = AsClass(ob);
  if (dot != std::string_view::npos) {
    XDecRef(c->module);
    c->module = NewStr(full.substr(0, dot));
  }
  c->builtin = static_cast<int>(index);
  c->constructor = constructor;
  c->has_dict = false;
  return ob;
}

Object* NewInstance(Object* cls) {
  ClassObject* c = AsClass(cls);
  Object* ob = AllocObject(c->instance_type, c->instance_type.basic_size);
  IncRef(cls);
  InstanceObject* inst = AsInstance(ob);
  inst->dict = c->has_dict ? NewDict() : nullptr;
  // A plain write: no other thread can see the new dict yet.
  if (inst->dict != nullptr) inst->dict->gc_bits |= kGcCountedWithOwner;
  for (std::int64_t i = 0; i < c->num_slots; ++i)
    new (InstanceSlot(ob, i)) std::atomic<Object*>(nullptr);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

Object* NewMethod(Object* function, Object* self) {
  Object* ob = AllocObject(kMethodType, sizeof(MethodObject));
  auto* m = reinterpret_cast<MethodObject*>(ob);
  m->function = NewRef(function);
  m->self = NewRef(self);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

Object* NewSuper(Object* cls, Object* self) {
  Object* ob = AllocObject(kSuperType, sizeof(SuperObject));
  auto* s = reinterpret_cast<SuperObject*>(ob);
  s->cls = NewRef(cls);
  s->self = NewRef(self);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

void InstanceShare(Object* ob) {
  if (Object* dict = AsInstance(ob)->dict) DictShare(dict);
  const std::int64_t n = AsClass(ClassOf(ob))->num_slots;
  for (std::int64_t i = 0; i < n; ++i) {
    if (Object* v = InstanceSlot(ob, i)->load(std::memory_order_acquire)) MarkShared(v);
  }
  MarkShared(ob);
}

Object* ClassLookup(const Object* cls, Object* name) {
  for (const Object* c = cls; c != nullptr; c = AsClass(c)->base) {
    Object* dict = AsClass(c)->dict;
    if (dict == nullptr) continue;
    if (Object* v = DictGetItemRef(dict, name)) return v;
  }
  return nullptr;
}

std::int64_t SlotIndex(const Object* cls, Object* name) {
  const ClassObject* c = AsClass(cls);
  for (std::int64_t i = 0; i < c->num_slots; ++i) {
    if (Equal(TupleGetItem(c->slot_names, i), name)) return i;
  }
  return -1;
}

bool IsSubclass(const Object* cls, const Object* of) {
  for (const Object* c = cls; c != nullptr; c = AsClass(c)->base) {
    if (c == of) return true;
  }
  return false;
}

std::string ClassFullName(const Object* cls) {
  const ClassObject* c = AsClass(cls);
  std::string name(StrView(c->name));
  if (c->module == nullptr) return name;
  return std::string(StrView(c->module)) + "." + name;
}

bool InstanceStr(const Object* self, std::string* out) {
  return hooks != nullptr && hooks->repr(self, /*str=*/true, out);
}

void SetInstanceHooks(const InstanceHooks* h) { hooks = h; }

}  // namespace gillab
