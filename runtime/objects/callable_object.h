// gillab/runtime/objects/callable_object.h — functions, built-in functions and
// cells as objects.
//
// The interpreter (interpreter.h) calls them; this file only gives them a type, a
// repr and a lifetime, so that a function can sit in a global, a list or a dict
// like any other object. A function points at its compiled code, which the
// Interpreter owns and which outlives every function object made from it.
//
// A module-level `def` makes one immortal function object, at load. A nested
// `def` or a `lambda` makes a new one each time it runs, with what it carries:
// its default values (a tuple) and its closure (a tuple of cells, one per free
// variable, shared with the frame that made it: CPython's PyCellObject). Those
// are mortal and tracked by the collector, for a closure can refer back to its
// function (`def outer(): def f(): return f`: f's cell holds f).
//
// Threads. A cell is a variable that two frames share, and so, once the function
// goes to another thread, two threads: its slot is read and written atomically,
// as a global's is (the eval loop's LOAD_DEREF and STORE_DEREF).
#ifndef GILLAB_RUNTIME_OBJECTS_CALLABLE_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_CALLABLE_OBJECT_H_

#include <atomic>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kFunctionType;
extern const TypeObject kBuiltinType;
extern const TypeObject kCellType;

struct FunctionObject {
  Object header;
  const void* code;  // the interpreter's Code
  const char* name;  // points into the Code
  Object* defaults;  // a tuple of the last parameters' defaults, or null
  Object* closure;   // a tuple of cells, one per free variable, or null
};

struct CellObject {
  Object header;
  std::atomic<Object*> ref;  // the variable's value; null while unbound
};

struct BuiltinObject {
  Object header;
  int id;            // the interpreter's builtin number
  const char* name;  // outlives the object
};

// NEW references. Requires: `code` and `name` outlive the object.
Object* NewFunction(const void* code, const char* name);
Object* NewBuiltin(int id, const char* name);
// A function made as a nested `def` or a `lambda` runs: tracked by the
// collector. Takes new references to `defaults` and `closure` (either may be
// null). NEW reference.
Object* NewClosure(const void* code, const char* name, Object* defaults, Object* closure);
// A cell holding `value` (a new reference is taken; null: unbound). NEW reference.
Object* NewCell(Object* value);

inline bool IsFunction(const Object* ob) { return IsType(ob, kFunctionType); }
inline bool IsBuiltin(const Object* ob) { return IsType(ob, kBuiltinType); }
inline const FunctionObject* AsFunction(const Object* ob) {
  return reinterpret_cast<const FunctionObject*>(ob);
}
inline const BuiltinObject* AsBuiltin(const Object* ob) {
  return reinterpret_cast<const BuiltinObject*>(ob);
}
inline bool IsCell(const Object* ob) { return IsType(ob, kCellType); }
inline CellObject* AsCell(Object* ob) { return reinterpret_cast<CellObject*>(ob); }

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_CALLABLE_OBJECT_H_
