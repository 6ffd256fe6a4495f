// gillab/runtime/objects/class_object.h — classes, their instances, bound
// methods and super(), as objects.
//
// A `class` statement makes a ClassObject: its name, its one base (single
// inheritance), its attributes in a dict (the methods are functions there), and
// what its instances look like. Unlike the built-in types, whose TypeObjects are
// static, a class embeds the TypeObject of its instances (index kInstance, named
// after the class), so an instance's header points into its class, as a CPython
// instance's ob_type points at its heap type. Each instance holds a reference to
// its class: the class outlives every instance.
//
// Instances. An instance has a `__dict__` (a dict, made with the instance) unless
// its class and every base declare `__slots__`; then its attributes are fixed
// slots inline after the header, and it is smaller by the dict (sys.getsizeof
// shows it, as in CPython). A slot is read and written like a global or a cell:
// an atomic exchange to write, and the interpreter's TakeSharedSlot to read once
// threads share objects, so two threads setting `self.x` at once lose an update
// but never a reference.
//
// Built-in classes. `int`, `str`, `list`, ... and type(x) of any built-in object
// are ClassObjects too, immortal and made by the interpreter (`builtin` is the
// TypeIndex they stand for): calling one calls the builtin constructor, and
// isinstance(x, int) compares TypeIndexes.
//
// Finalizers. A class that defines `__del__` (or inherits it) gives its instances'
// type a finalize slot: the instance's dealloc runs it first, once (gc.h's
// CallFinalizerFromDealloc; the cyclic GC runs it for garbage before freeing).
// Instances are weakly referenceable (weakref_object.h) unless they have only
// slots, none named `__weakref__`.
//
// Dunder methods. `__repr__`, `__str__`, `__eq__` and `__hash__` are Python code,
// which only the interpreter can run; the queries of object_ops.h reach them
// through the InstanceHooks it installs. A hook that raises reports it through
// object_ops.h's NoteMethodError, and ReprOrRaise / EqualOrRaise raise it.
//
// Threads. A class's dict and an instance's `__dict__` are dicts, with their own
// critical sections (dict_object.h); the fields of ClassObject other than the
// dict never change after BUILD_CLASS has made it.
#ifndef GILLAB_RUNTIME_OBJECTS_CLASS_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_CLASS_OBJECT_H_

#include <atomic>
#include <cstdint>
#include <string>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kClassType;   // "type"
extern const TypeObject kMethodType;  // "method"
extern const TypeObject kSuperType;   // "super"

struct ClassObject {
  Object header;
  TypeObject instance_type;  // what the instances' headers point at
  Object* name;              // str: __name__ (instance_type.name points into it)
  Object* module;            // str: "__main__" (a user class) or null (built-in)
  Object* base;              // a ClassObject, or null (`object`)
  Object* dict;              // the class's attributes
  Object* slot_names;        // tuple of str: every slot, the bases' first; or null
  std::int64_t num_slots;    // TupleSize(slot_names), or 0
  bool has_dict;             // instances have a __dict__
  int builtin;               // a built-in class: the TypeIndex; else -1
  int constructor;           // a built-in class: the Builtin calling it does; else -1
};

struct InstanceObject {
  Object header;
  Object* dict;  // __dict__, or null when the class has only slots
  // slots[num_slots] follow: std::atomic<Object*>, null while unset
};

// A function fetched from an instance (obj.f): calling it calls f(obj, ...).
struct MethodObject {
  Object header;
  Object* function;
  Object* self;
};

// super(C, obj): attributes looked up from C's base on, bound to obj.
struct SuperObject {
  Object header;
  Object* cls;
  Object* self;
};

inline bool IsClass(const Object* ob) { return IsType(ob, kClassType); }
inline bool IsInstance(const Object* ob) {
  return ob->type->index == TypeIndex::kInstance;
}
inline bool IsMethod(const Object* ob) { return IsType(ob, kMethodType); }
inline bool IsSuper(const Object* ob) { return IsType(ob, kSuperType); }
inline ClassObject* AsClass(Object* ob) { return reinterpret_cast<ClassObject*>(ob); }
inline const ClassObject* AsClass(const Object* ob) {
  return reinterpret_cast<const ClassObject*>(ob);
}
inline InstanceObject* AsInstance(Object* ob) {
  return reinterpret_cast<InstanceObject*>(ob);
}
inline const MethodObject* AsMethod(const Object* ob) {
  return reinterpret_cast<const MethodObject*>(ob);
}
inline const SuperObject* AsSuper(const Object* ob) {
  return reinterpret_cast<const SuperObject*>(ob);
}

// The class of instance `ob`. BORROWED. Requires: IsInstance(ob).
inline Object* ClassOf(const Object* ob) {
  const auto* t = reinterpret_cast<const char*>(ob->type);
  return reinterpret_cast<Object*>(const_cast<char*>(t) -
                                   offsetof(ClassObject, instance_type));
}

// Instance `ob`'s slot i. Requires: IsInstance(ob), i < its class's num_slots.
inline std::atomic<Object*>* InstanceSlot(Object* ob, std::int64_t i) {
  return reinterpret_cast<std::atomic<Object*>*>(reinterpret_cast<char*>(ob) +
                                                 sizeof(InstanceObject)) +
         i;
}

// A user class: `name` (a str), `base` (a ClassObject or null), `dict` (its
// attributes), `slot_names` (its own __slots__ as a tuple of str, or null when it
// declares none). Takes new references to all four. NEW reference; tracked.
// Requires: `base` is not a built-in class.
Object* NewClass(Object* name, Object* base, Object* dict, Object* slot_names);
// The immortal class standing for built-in type `index` (called with Builtin
// `constructor`, or -1 when it cannot be called). NEW reference.
Object* NewBuiltinClass(TypeIndex index, int constructor);

// A new instance of user class `cls`: an empty __dict__ (if it has one), every
// slot unset. NEW reference; tracked. Requires: cls->builtin < 0.
Object* NewInstance(Object* cls);

// NEW references.
Object* NewMethod(Object* function, Object* self);
Object* NewSuper(Object* cls, Object* self);

// Marks instance `ob` shared, with its __dict__ and its slots' values
// (object_ops.h's ShareWithThreads). Requires: as ListShare's.
void InstanceShare(Object* ob);

// The attribute `name` (a str) of class `cls` or the first base that has it, as
// a NEW reference; null when none has it (no error raised).
Object* ClassLookup(const Object* cls, Object* name);
// The index of slot `name` in `cls`'s instances, or -1.
std::int64_t SlotIndex(const Object* cls, Object* name);
// Whether `cls` is `of` or inherits from it.
bool IsSubclass(const Object* cls, const Object* of);

// User class `cls`'s attribute `name` was set (by its class body or later,
// `C.__del__ = f`): updates what its instances' type derives from it (a
// finalize slot while it or a base defines __del__). Classes derived from
// `cls` before are not updated. Requires: no instance of `cls` is being freed
// meanwhile.
void ClassAttributeSet(Object* cls, Object* name);

// "__main__.Point" for a user class, "int" for a built-in one.
std::string ClassFullName(const Object* cls);

// What only the interpreter can do (see the top of this file). Each may run
// Python code; on an error it raises in the running thread, calls
// NoteMethodError (object_ops.h) and returns false.
struct InstanceHooks {
  // `self`'s class (or a base) defines __repr__ (`str`: __str__, else __repr__):
  // appends what it returns to *out and returns true. False, *out unchanged,
  // when there is no such method or it failed.
  bool (*repr)(const Object* self, bool str, std::string* out);
  // a == b by __eq__, when a's class defines it (a and b are of one class).
  bool (*equal)(const Object* a, const Object* b, bool* result);
  // hash(self) by __hash__, when its class defines it.
  bool (*hash)(const Object* self, std::uint64_t* result);
  // Runs self.__del__() (TypeObject::finalize), printing what it raises as
  // CPython's "Exception ignored in: ..." and leaving the thread's error as it
  // was. Does nothing when no interpreter thread runs on the calling thread.
  void (*finalize)(Object* self);
};
// str(self) by the hooks' __str__ (else __repr__): false when the class
// defines neither (or it failed, with NoteMethodError called).
bool InstanceStr(const Object* self, std::string* out);

// Installs the hooks (null: none; instances then print and compare by
// identity). The interpreter calls it once; the hooks outlive every instance.
void SetInstanceHooks(const InstanceHooks* hooks);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_CLASS_OBJECT_H_
