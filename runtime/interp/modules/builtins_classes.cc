// gillab/runtime/interp/modules/builtins_classes.cc — the builtins of classes
// and attributes: isinstance, issubclass, type, super, object, getattr,
// setattr, hasattr;
// with CPython 3.11's messages. (int, str, list, ... are classes too: calling
// one calls its constructor, builtins_conversions.cc and builtins_module.cc.)
#include <string>

#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

// isinstance(ob, cls) for one class: a built-in class by its type (a bool is an
// int; everything is an object), a user class by the instance's class line.
bool InstanceOf(const Object* ob, const Object* cls) {
  const ClassObject* c = AsClass(cls);
  if (c->builtin < 0) return IsInstance(ob) && IsSubclass(ClassOf(ob), cls);
  const auto want = static_cast<TypeIndex>(c->builtin);
  const TypeIndex have = ob->type->index;
  return want == TypeIndex::kInstance || have == want ||
         (want == TypeIndex::kInt && have == TypeIndex::kBool);
}

// Whether `one` holds for `of` (a class) or for some class of `of` (a tuple of
// them), as a bool object; `bad()` (null, an error raised) for anything else.
template <typename One, typename Bad>
Object* ForClassOrTuple(Object* of, One one, Bad bad) {
  if (IsClass(of)) return NewBool(one(of));
  if (!IsTuple(of)) return bad();
  bool any = false;
  for (std::int64_t i = 0; i < TupleSize(of); ++i) {
    const Object* c = TupleGetItem(of, i);
    if (!IsClass(c)) return bad();
    any = any || one(c);
  }
  return NewBool(any);
}

Object* IsInstanceBuiltin(BuiltinCall& call) {
  if (call.nargs() != 2) {
    return call.Raise("TypeError", "isinstance expected 2 arguments, got " +
                                       std::to_string(call.nargs()));
  }
  Object* ob = call.arg(0);
  return ForClassOrTuple(
      call.arg(1), [&](const Object* c) { return InstanceOf(ob, c); },
      [&] {
        return call.Raise(
            "TypeError",
            "isinstance() arg 2 must be a type, a tuple of types, or a union");
      });
}

// issubclass(cls, of): `of` a class or a tuple of classes. A built-in class is
// a subclass of itself and of object (and bool of int).
Object* IsSubclassBuiltin(BuiltinCall& call) {
  if (call.nargs() != 2) {
    return call.Raise("TypeError", "issubclass expected 2 arguments, got " +
                                       std::to_string(call.nargs()));
  }
  Object* cls = call.arg(0);
  if (!IsClass(cls)) return call.Raise("TypeError", "issubclass() arg 1 must be a class");
  const ClassObject* have = AsClass(cls);
  return ForClassOrTuple(
      call.arg(1),
      [&](const Object* c) {
        const ClassObject* want = AsClass(c);
        if (want->builtin == static_cast<int>(TypeIndex::kInstance)) return true;
        if (want->builtin < 0) return have->builtin < 0 && IsSubclass(cls, c);
        return have->builtin == want->builtin ||
               (want->builtin == static_cast<int>(TypeIndex::kInt) &&
                have->builtin == static_cast<int>(TypeIndex::kBool));
      },
      [&] {
        return call.Raise(
            "TypeError",
            "issubclass() arg 2 must be a class, a tuple of classes, or a union");
      });
}

Object* TypeBuiltin(BuiltinCall& call) {
  if (call.nargs() == 3) {
    return call.Raise("TypeError",
                      "unsupported: type(name, bases, dict) (use a class statement)");
  }
  if (call.nargs() != 1) return call.Raise("TypeError", "type() takes 1 or 3 arguments");
  return NewRef(call.TypeOf(call.arg(0)));
}

// super(cls, ob): what super() in a method compiles to (the compiler passes
// the method's __class__ cell and its first parameter).
Object* SuperBuiltin(BuiltinCall& call) {
  if (call.nargs() == 0) return call.Raise("RuntimeError", "super(): no arguments");
  if (!call.Arity(2)) return nullptr;
  Object* cls = call.arg(0);
  Object* ob = call.arg(1);
  if (!IsClass(cls)) {
    return call.Raise("TypeError",
                      "super() argument 1 must be a type, not " + TypeName(cls));
  }
  if (AsClass(cls)->builtin >= 0 || !IsInstance(ob) || !IsSubclass(ClassOf(ob), cls)) {
    return call.Raise("TypeError",
                      "super(type, obj): obj must be an instance or subtype of type");
  }
  return NewSuper(cls, ob);
}

Object* ObjectBuiltin(BuiltinCall& call) {
  if (call.nargs() != 0) return call.Raise("TypeError", "object() takes no arguments");
  return call.Raise("TypeError", "unsupported: object() instances (define a class)");
}

// The attribute name argument: a str, or TypeError.
bool AttributeName(BuiltinCall& call, Object* name) {
  if (IsStr(name)) return true;
  call.Raise("TypeError", "attribute name must be string, not '" + TypeName(name) + "'");
  return false;
}

Object* GetAttrBuiltin(BuiltinCall& call) {
  if (call.nargs() < 2) {
    return call.Raise("TypeError", "getattr expected at least 2 arguments, got " +
                                       std::to_string(call.nargs()));
  }
  if (call.nargs() > 3) {
    return call.Raise("TypeError", "getattr expected at most 3 arguments, got " +
                                       std::to_string(call.nargs()));
  }
  if (!AttributeName(call, call.arg(1))) return nullptr;
  Object* v = call.GetAttr(call.arg(0), call.arg(1));
  if (v != nullptr || call.nargs() == 2) return v;
  if (call.tc().err.error().rfind("AttributeError", 0) != 0) return nullptr;
  return NewRef(call.arg(2));  // the default, for an AttributeError only
}

Object* HasAttrBuiltin(BuiltinCall& call) {
  if (!call.Arity(2)) return nullptr;
  if (!AttributeName(call, call.arg(1))) return nullptr;
  Object* v = call.GetAttr(call.arg(0), call.arg(1));
  if (v != nullptr) {
    DecRef(v);
    return NewBool(true);
  }
  if (call.tc().err.error().rfind("AttributeError", 0) != 0) return nullptr;
  return NewBool(false);
}

Object* SetAttrBuiltin(BuiltinCall& call) {
  if (!call.Arity(3)) return nullptr;
  if (!AttributeName(call, call.arg(1))) return nullptr;
  if (!call.SetAttr(call.arg(0), call.arg(1), call.arg(2))) return nullptr;
  return NewNone();
}

}  // namespace

void RegisterClassesModule(BuiltinRegistry& r) {
  r.Add(Builtin::kIsInstance, IsInstanceBuiltin);
  r.Add(Builtin::kIsSubclass, IsSubclassBuiltin);
  r.Add(Builtin::kType, TypeBuiltin);
  r.Add(Builtin::kSuper, SuperBuiltin);
  r.Add(Builtin::kObject, ObjectBuiltin);
  r.Add(Builtin::kGetAttr, GetAttrBuiltin);
  r.Add(Builtin::kHasAttr, HasAttrBuiltin);
  r.Add(Builtin::kSetAttr, SetAttrBuiltin);
}

}  // namespace gillab
