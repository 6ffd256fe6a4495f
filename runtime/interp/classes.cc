// gillab/runtime/interp/classes.cc — classes at run time: attributes, making a
// class (BUILD_CLASS), calling one, calling a method, and the dunder methods
// the queries of object_ops.h reach through class_object.h's hooks.
//
// Attribute lookup is CPython's, without descriptors: an instance's own
// attributes (its __dict__, or its slots) first, then its class and the bases
// in order. A function found on the class is a method: fetched (obj.f), it comes
// bound (a method object); called (obj.f(x)), it is called with the instance
// first, without making one. super() looks up from the base of the class the
// method was defined in (its __class__ cell), and binds to the same instance.
//
// Threads. An instance's __dict__ is a dict, with its own critical sections. A
// slot is a shared word, written and read as a global is (eval_support.h's
// TakeSharedSlot once threads share objects): two threads writing `p.x` race
// as `counter = counter + 1` does, losing a write but never a reference.
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/interp/builtins.h"
#include "runtime/interp/eval_support.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/array_object.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/thread_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/weakref_object.h"

namespace gillab {

namespace eval_support {
thread_local CurrentThread current_thread;
}  // namespace eval_support

namespace {

using TC = Interpreter::ThreadContext;
using eval_support::current_thread;

[[gnu::cold]] Object* NoAttribute(TC& tc, const Object* ob, Object* name) {
  const std::string n(StrView(name));
  if (IsClass(ob)) {
    return Raise(tc, "AttributeError",
                 "type object '" + std::string(StrView(AsClass(ob)->name)) +
                     "' has no attribute '" + n + "'");
  }
  return Raise(tc, "AttributeError",
               "'" + TypeName(ob) + "' object has no attribute '" + n + "'");
}

// The value of instance `ob`'s slot i (NEW), or null when it is unset.
Object* LoadSlot(TC& tc, Object* ob, std::int64_t i) {
  std::atomic<Object*>* slot = InstanceSlot(ob, i);
  Object* v = slot->load(std::memory_order_acquire);
  if (v == nullptr) return nullptr;
  if (tc.shared_globals) return eval_support::TakeSharedSlot(slot, v);
  IncRef(v);
  return v;
}

// A function, or a builtin that is a method of a class (BaseException's): what
// binds to an instance it is fetched from.
bool IsMethodFunction(const Object* f) {
  if (IsFunction(f)) return true;
  if (!IsBuiltin(f)) return false;
  const auto id = static_cast<Builtin>(AsBuiltin(f)->id);
  return id == Builtin::kExcInit || id == Builtin::kExcStr || id == Builtin::kExcRepr;
}

// A new reference to what `found` (NEW, found on `ob`'s class) is when fetched
// from `ob`: a function binds.
Object* Bind(Object* found, Object* ob) {
  if (!IsMethodFunction(found)) return found;
  Object* m = NewMethod(found, ob);
  DecRef(found);
  return m;
}

// __slots__'s value as a tuple of str (NEW), or null with TypeError.
Object* SlotNames(TC& tc, Object* value) {
  std::vector<Object*> names;  // NEW references
  if (IsStr(value)) {
    names.push_back(NewRef(value));
  } else if (IsList(value)) {
    names = ListSnapshot(value);
  } else if (IsTuple(value)) {
    for (std::int64_t i = 0; i < TupleSize(value); ++i)
      names.push_back(NewRef(TupleGetItem(value, i)));
  } else {
    return Raise(tc, "TypeError",
                 "unsupported: __slots__ other than a str, tuple or list ('" +
                     TypeName(value) + "')");
  }
  for (Object* n : names) {
    if (!IsStr(n)) {
      const std::string type = TypeName(n);
      DecRefAll(names);
      return Raise(tc, "TypeError",
                   "__slots__ items must be strings, not '" + type + "'");
    }
  }
  Object* tuple = NewTupleUninitialized(static_cast<std::int64_t>(names.size()));
  for (std::size_t i = 0; i < names.size(); ++i)
    TupleInit(tuple, static_cast<std::int64_t>(i), names[i]);  // steals
  return tuple;
}

}  // namespace

Object* Interpreter::TypeOf(const Object* ob) const {
  if (IsInstance(ob)) return ClassOf(ob);
  return builtin_classes_[static_cast<std::size_t>(ob->type->index)];
}

Object* Interpreter::GetAttr(ThreadContext& tc, Object* ob, Object* name) {
  const std::string_view n = StrView(name);
  if (IsInstance(ob)) {
    Object* cls = ClassOf(ob);
    Object* dict = AsInstance(ob)->dict;
    if (n == "__class__") return NewRef(cls);
    if (n == "__dict__" && dict != nullptr) return NewRef(dict);
    if (dict != nullptr) {
      if (Object* v = DictGetItemRef(dict, name)) return v;
    }
    if (const std::int64_t i = SlotIndex(cls, name); i >= 0) {
      if (Object* v = LoadSlot(tc, ob, i)) return v;
      return NoAttribute(tc, ob, name);
    }
    if (Object* v = ClassLookup(cls, name)) return Bind(v, ob);
    return NoAttribute(tc, ob, name);
  }
  if (IsClass(ob)) {
    const ClassObject* c = AsClass(ob);
    if (n == "__name__" || n == "__qualname__") return NewRef(c->name);
    if (n == "__module__")
      return c->module != nullptr ? NewRef(c->module) : NewStr("builtins");
    if (n == "__base__")
      return NewRef(
          c->base != nullptr
              ? c->base
              : builtin_classes_[static_cast<std::size_t>(TypeIndex::kInstance)]);
    if (Object* v = ClassLookup(ob, name)) return v;
    return NoAttribute(tc, ob, name);
  }
  if (IsSuper(ob)) {
    const Object* base = AsClass(AsSuper(ob)->cls)->base;
    if (Object* v = base != nullptr ? ClassLookup(base, name) : nullptr) {
      return Bind(v, AsSuper(ob)->self);
    }
    return NoAttribute(tc, ob, name);
  }
  if (n == "__class__") return NewRef(TypeOf(ob));
  if (IsThread(ob)) {
    if (n == "name") return NewStr(gillab::ThreadName(ob));
    if (n == "daemon") return NewBool(ThreadDaemon(ob));
  }
  if (IsArray(ob)) {
    if (n == "typecode") return NewStr(std::string(1, ArrayTypecode(ob)));
    if (n == "itemsize") return NewInt(ArrayItemSize(ob));
  }
  if (IsMethod(ob)) {
    if (n == "__self__") return NewRef(AsMethod(ob)->self);
    if (n == "__func__") return NewRef(AsMethod(ob)->function);
  }
  if (IsFunction(ob) && (n == "__name__" || n == "__qualname__")) {
    const Code& code = *static_cast<const Code*>(AsFunction(ob)->code);
    return NewStr(n == "__name__" ? code.name : code.qualname);
  }
  for (const MethodDef* m : Builtins().FindMethods(n)) {
    if (m->AppliesTo(ob)) {
      return Raise(tc, "TypeError",
                   "unsupported: a built-in method as a value ('" + TypeName(ob) + "." +
                       std::string(n) + "'): call it, as x." + std::string(n) + "(...)");
    }
  }
  return NoAttribute(tc, ob, name);
}

bool Interpreter::SetAttr(ThreadContext& tc, Object* ob, Object* name, Object* value) {
  if (IsInstance(ob)) {
    if (const std::int64_t i = SlotIndex(ClassOf(ob), name); i >= 0) {
      if (tc.shared_globals) MarkShared(value);
      XDecRef(InstanceSlot(ob, i)->exchange(NewRef(value), std::memory_order_acq_rel));
      return true;
    }
    Object* dict = AsInstance(ob)->dict;
    if (dict != nullptr && StrView(name) != "__dict__" && StrView(name) != "__class__") {
      DictSetItem(dict, name, value);
      return true;
    }
    NoAttribute(tc, ob, name);
    return false;
  }
  if (IsClass(ob)) {
    if (AsClass(ob)->builtin >= 0) {
      Raise(tc, "TypeError",
            "cannot set '" + std::string(StrView(name)) +
                "' attribute of immutable type '" +
                std::string(StrView(AsClass(ob)->name)) + "'");
      return false;
    }
    DictSetItem(AsClass(ob)->dict, name, value);
    ClassAttributeSet(ob, name);
    if (AsClass(ob)->instance_type.finalize != nullptr) NoteFinalizers();
    return true;
  }
  if (IsThread(ob) && StrView(name) == "name") {
    SetThreadName(ob, ToString(value));
    return true;
  }
  if (IsThread(ob) && StrView(name) == "daemon") {
    if (AsThread(ob)->adopted ||
        AsThread(ob)->handle.load(std::memory_order_acquire) != nullptr) {  // started
      Raise(tc, "RuntimeError", "cannot set daemon status of active thread");
      return false;
    }
    SetThreadDaemon(ob, IsTrue(value));
    return true;
  }
  NoAttribute(tc, ob, name);
  return false;
}

bool Interpreter::DelAttr(ThreadContext& tc, Object* ob, Object* name) {
  if (IsInstance(ob)) {
    if (const std::int64_t i = SlotIndex(ClassOf(ob), name); i >= 0) {
      Object* old = InstanceSlot(ob, i)->exchange(nullptr, std::memory_order_acq_rel);
      if (old != nullptr) {
        DecRef(old);
        return true;
      }
    } else if (Object* dict = AsInstance(ob)->dict; dict != nullptr) {
      if (DictDelItem(dict, name)) return true;
    }
  } else if (IsClass(ob) && AsClass(ob)->builtin < 0) {
    if (DictDelItem(AsClass(ob)->dict, name)) {
      ClassAttributeSet(ob, name);
      return true;
    }
  }
  NoAttribute(tc, ob, name);
  return false;
}

Object* Interpreter::BuildClass(ThreadContext& tc, const Code& code, Object** locals,
                                Object** cells) {
  Object* base = locals[0];
  if (IsNone(base)) {
    base = nullptr;
  } else if (!IsClass(base)) {
    return Raise(tc, "TypeError", "bases must be types, not '" + TypeName(base) + "'");
  } else if (AsClass(base)->builtin == static_cast<int>(TypeIndex::kInstance)) {
    base = nullptr;  // class C(object)
  } else if (AsClass(base)->builtin >= 0) {
    return Raise(tc, "TypeError",
                 "unsupported: subclassing the built-in type '" +
                     std::string(StrView(AsClass(base)->name)) + "'");
  }
  const std::vector<std::string>& names = code.spec->locals;
  Object* dict = NewDict();
  Object* slots = nullptr;
  for (int i = 1; i < code.num_locals; ++i) {
    Object* v = locals[i];
    const std::string& n = names[static_cast<std::size_t>(i)];
    if (v == nullptr || n[0] == '.') continue;
    Object* key = FindName(n);  // the program's own name object, when it has one
    key = key != nullptr ? NewRef(key) : NewStr(n);
    DictSetItem(dict, key, v);
    DecRef(key);
    if (n == "__slots__") {
      slots = SlotNames(tc, v);
      if (slots == nullptr) {
        DecRef(dict);
        return nullptr;
      }
    }
  }
  for (std::int64_t i = 0; slots != nullptr && i < TupleSize(slots); ++i) {
    Object* slot = TupleGetItem(slots, i);
    if (DictGetItem(dict, slot) != nullptr) {
      Raise(tc, "ValueError",
            "'" + std::string(StrView(slot)) +
                "' in __slots__ conflicts with class variable");
      DecRef(slots);
      DecRef(dict);
      return nullptr;
    }
  }
  Object* name = NewStr(code.name);
  Object* cls = NewClass(name, base, dict, slots);
  DecRef(name);
  DecRef(dict);
  XDecRef(slots);
  if (AsClass(cls)->instance_type.finalize != nullptr) NoteFinalizers();
  // The methods calling super() share the body's __class__ cell.
  const std::vector<std::string>& cellvars = code.spec->cellvars;
  for (std::size_t i = 0; i < cellvars.size(); ++i) {
    if (cellvars[i] != "__class__") continue;
    if (tc.shared_globals) MarkShared(cls);
    XDecRef(AsCell(cells[i])->ref.exchange(NewRef(cls), std::memory_order_acq_rel));
  }
  return cls;
}

Object* Interpreter::CallClass(ThreadContext& tc, Object* cls, Object** args, int nargs,
                               const std::vector<std::string>& kwnames) {
  const ClassObject* c = AsClass(cls);
  if (c->builtin >= 0) {
    Object* r;
    if (c->constructor < 0) {
      r = Raise(tc, "TypeError",
                "cannot create '" + std::string(StrView(c->name)) + "' instances");
    } else {
      const int nkw = static_cast<int>(kwnames.size());
      r = CallBuiltin(tc, static_cast<Builtin>(c->constructor), args, nargs - nkw,
                      nkw != 0 ? &kwnames : nullptr);
    }
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return r;
  }
  Object* self = NewInstance(cls);
  if (IsExceptionClass(cls))
    InitException(self, args, nargs - static_cast<int>(kwnames.size()));
  Object* init = ClassLookup(cls, dunders_.init);
  if (init == nullptr) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    if (nargs == 0) return self;
    DecRef(self);
    return Raise(tc, "TypeError",
                 std::string(StrView(c->name)) + "() takes no arguments");
  }
  absl::InlinedVector<Object*, 8> argv(static_cast<std::size_t>(nargs) + 1);
  argv[0] = NewRef(self);
  for (int i = 0; i < nargs; ++i) argv[static_cast<std::size_t>(i) + 1] = args[i];
  Object* r = kwnames.empty() ? Call(tc, init, argv.data(), nargs + 1)
                              : CallKw(tc, init, argv.data(), nargs + 1, kwnames);
  DecRef(init);
  if (r != nullptr && !IsNone(r)) {
    const std::string type = TypeName(r);
    DecRef(r);
    r = Raise(tc, "TypeError", "__init__() should return None, not '" + type + "'");
  }
  if (r == nullptr) {
    DecRef(self);
    return nullptr;
  }
  DecRef(r);
  return self;
}

Object* Interpreter::CallAttribute(ThreadContext& tc, Object* name, Object** argv,
                                   int nargs, const std::vector<std::string>& kwnames) {
  Object* self = argv[-1];
  Object* method = nullptr;  // a function, called with the instance first
  if (IsInstance(self)) {
    // An attribute of its own (a function stored on it) is not a method.
    Object* own = AsInstance(self)->dict != nullptr
                      ? DictGetItemRef(AsInstance(self)->dict, name)
                      : nullptr;
    if (own == nullptr) method = ClassLookup(ClassOf(self), name);
    XDecRef(own);
  } else if (IsSuper(self)) {
    const Object* base = AsClass(AsSuper(self)->cls)->base;
    method = base != nullptr ? ClassLookup(base, name) : nullptr;
    if (method != nullptr && IsMethodFunction(method)) {
      argv[-1] = NewRef(AsSuper(self)->self);
      DecRef(self);
    }
  }
  if (method != nullptr && !IsMethodFunction(method)) {
    DecRef(method);
    method = nullptr;
  }
  if (method != nullptr) {
    Object* r = kwnames.empty() ? Call(tc, method, argv - 1, nargs + 1)
                                : CallKw(tc, method, argv - 1, nargs + 1, kwnames);
    DecRef(method);
    return r;
  }
  // Anything else: fetched, then called.
  self = argv[-1];
  Object* callee = GetAttr(tc, self, name);
  DecRef(self);
  if (callee == nullptr) {
    for (int i = 0; i < nargs; ++i) DecRef(argv[i]);
    return nullptr;
  }
  Object* r = kwnames.empty() ? Call(tc, callee, argv, nargs)
                              : CallKw(tc, callee, argv, nargs, kwnames);
  DecRef(callee);
  return r;
}

// --- The hooks ------------------------------------------------------------------

Object* Interpreter::CallDunder(const Object* self, Object* method, const Object* other,
                                bool* found) {
  TC& tc = *current_thread.tc;
  *found = false;
  Object* f = ClassLookup(ClassOf(self), method);
  if (f == nullptr || IsNone(f)) {
    XDecRef(f);
    return nullptr;
  }
  *found = true;
  Object* argv[2] = {NewRef(const_cast<Object*>(self)),
                     other != nullptr ? NewRef(const_cast<Object*>(other)) : nullptr};
  Object* r = Call(tc, f, argv, other != nullptr ? 2 : 1);
  DecRef(f);
  return r;
}

struct InstanceHookImpl {
  // The running interpreter thread, if any (a repr after Run has none: the
  // hooks then decline, and the default applies).
  static Interpreter* Running() {
    return eval_support::current_thread.tc != nullptr
               ? eval_support::current_thread.interp
               : nullptr;
  }

  static bool Repr(const Object* self, bool str, std::string* out) {
    Interpreter* interp = Running();
    if (interp == nullptr) return false;
    bool found = false;
    Object* r = nullptr;
    // str() names __str__ even when it ran __repr__ for want of one, as CPython.
    const char* which = str ? "__str__" : "__repr__";
    if (str) r = interp->CallDunder(self, interp->dunders_.str, nullptr, &found);
    if (!found) r = interp->CallDunder(self, interp->dunders_.repr, nullptr, &found);
    if (!found) return false;
    TC& tc = *eval_support::current_thread.tc;
    if (r != nullptr && !IsStr(r)) {
      const std::string type = TypeName(r);
      DecRef(r);
      r = Raise(tc, "TypeError",
                std::string(which) + " returned non-string (type " + type + ")");
    }
    if (r == nullptr) {
      NoteMethodError();
      return false;
    }
    out->append(StrView(r));
    DecRef(r);
    return true;
  }

  static bool Equal(const Object* a, const Object* b, bool* result) {
    Interpreter* interp = Running();
    if (interp == nullptr) return false;
    bool found = false;
    Object* r = interp->CallDunder(a, interp->dunders_.eq, b, &found);
    if (!found) return false;
    if (r == nullptr) {
      NoteMethodError();
      *result = false;
      return true;
    }
    *result = IsTrue(r);
    DecRef(r);
    return true;
  }

  static bool Hash(const Object* self, std::uint64_t* result) {
    Interpreter* interp = Running();
    if (interp == nullptr) return false;
    bool found = false;
    Object* r = interp->CallDunder(self, interp->dunders_.hash, nullptr, &found);
    if (!found) return false;
    if (r == nullptr || !IsInt(r)) {
      if (r != nullptr) {
        DecRef(r);
        Raise(*eval_support::current_thread.tc, "TypeError",
              "__hash__ method should return an integer");
      }
      NoteMethodError();
      *result = 0;
      return true;
    }
    gillab::Hash(r, result);
    DecRef(r);
    return true;
  }

  static void Finalize(Object* self) {
    Interpreter* interp = Running();
    if (interp == nullptr) return;  // no thread runs Python here: no __del__
    interp->RunFinalizer(*eval_support::current_thread.tc, self);
  }

  static void WeakrefCallback(Object* callback, Object* weakref) {
    Interpreter* interp = Running();
    if (interp == nullptr) return;
    interp->RunWeakrefCallback(*eval_support::current_thread.tc, callback, weakref);
  }

  static constexpr InstanceHooks kHooks = {Repr, Equal, Hash, Finalize};
};

void Interpreter::InstallInstanceHooks() {
  SetInstanceHooks(&InstanceHookImpl::kHooks);
  SetWeakrefCallbackHook(InstanceHookImpl::WeakrefCallback);
}

}  // namespace gillab
