// gillab/runtime/objects/float_object.h — boxed IEEE-754 doubles.
#ifndef GILLAB_RUNTIME_OBJECTS_FLOAT_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_FLOAT_OBJECT_H_

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kFloatType;

struct FloatObject {
  Object header;
  double value;
};

// Returns a NEW reference to a float with `value`.
Object* NewFloat(double value);

inline bool IsFloat(const Object* ob) { return IsType(ob, kFloatType); }

// The value. Requires: IsFloat(ob).
inline double FloatValue(const Object* ob) {
  return reinterpret_cast<const FloatObject*>(ob)->value;
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_FLOAT_OBJECT_H_
