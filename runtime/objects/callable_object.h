// gillab/runtime/objects/callable_object.h — functions and built-in functions as objects.
//
// The interpreter (interpreter.h) calls them; this file only gives them a type, a
// repr and a lifetime, so that a function can sit in a global, a list or a dict
// like any other object. A function points at its compiled code, which the
// Interpreter owns and which outlives every function object made from it.
#ifndef GILLAB_RUNTIME_OBJECTS_CALLABLE_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_CALLABLE_OBJECT_H_

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kFunctionType;
extern const TypeObject kBuiltinType;

struct FunctionObject {
  Object header;
  const void* code;  // the interpreter's Code
  const char* name;  // points into the Code
};

struct BuiltinObject {
  Object header;
  int id;            // the interpreter's builtin number
  const char* name;  // outlives the object
};

// NEW references. Requires: `code` and `name` outlive the object.
Object* NewFunction(const void* code, const char* name);
Object* NewBuiltin(int id, const char* name);

inline bool IsFunction(const Object* ob) { return IsType(ob, kFunctionType); }
inline bool IsBuiltin(const Object* ob) { return IsType(ob, kBuiltinType); }
inline const FunctionObject* AsFunction(const Object* ob) {
  return reinterpret_cast<const FunctionObject*>(ob);
}
inline const BuiltinObject* AsBuiltin(const Object* ob) {
  return reinterpret_cast<const BuiltinObject*>(ob);
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_CALLABLE_OBJECT_H_
