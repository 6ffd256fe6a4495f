// gillab/runtime/objects/singletons.h — None, True and False.
//
// All three are immortal objects owned by the Runtime (runtime.h). Like CPython's
// bool, True and False have int's layout (bool is a subtype of int: IntValue works
// on them and gives 1 and 0).
#ifndef GILLAB_RUNTIME_OBJECTS_SINGLETONS_H_
#define GILLAB_RUNTIME_OBJECTS_SINGLETONS_H_

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kNoneType;
extern const TypeObject kBoolType;

struct NoneObject {
  Object header;
};

// Returns a NEW reference to None (immortal: dropping it is optional, as in 3.12+).
Object* NewNone();
// Returns a NEW reference to True or False.
Object* NewBool(bool value);

inline bool IsNone(const Object* ob) { return IsType(ob, kNoneType); }
inline bool IsBool(const Object* ob) { return IsType(ob, kBoolType); }

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_SINGLETONS_H_
