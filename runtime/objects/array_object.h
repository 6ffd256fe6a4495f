// gillab/runtime/objects/array_object.h — array.array, like Python's: a typed
// sequence that stores its numbers as machine values, not as objects.
//
// The memory lesson's point: a list of a million ints holds a million pointers
// to int objects (40 bytes each here, 28 in CPython), an array('q') a million
// 8-byte values. Items become objects only when read (a[i] makes an int, as
// CPython's array does). Typecodes: b h i l q (signed, 1 2 4 8 8 bytes) and f d
// (float, double). The buffer grows as CPython's array_resize grows it, so
// sys.getsizeof follows the same steps.
//
// Threads: with object locks on, every operation holds the array's critical
// section; with a GIL, the GIL is its lock. A reader takes no pointer into the
// buffer out of the section, so a grown buffer is freed at once.
#ifndef GILLAB_RUNTIME_OBJECTS_ARRAY_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_ARRAY_OBJECT_H_

#include <cstdint>
#include <vector>

#include "runtime/memory/object.h"
#include "runtime/objects/errors.h"

namespace gillab {

extern const TypeObject kArrayType;

// The typecodes, as CPython's error message lists the ones gillab has.
inline constexpr const char* kArrayTypecodes = "b, h, i, l, q, f or d";

// A NEW reference to an empty array of `typecode`, or null when the typecode
// is not one of kArrayTypecodes.
Object* NewArray(char typecode);
inline bool IsArray(const Object* ob) { return IsType(ob, kArrayType); }

char ArrayTypecode(const Object* array);
int ArrayItemSize(const Object* array);
std::int64_t ArraySize(const Object* array);

// a.append(v): false with CPython's error (TypeError "'float' object cannot be
// interpreted as an integer", OverflowError "signed char is greater than
// maximum", MemoryError past 2^26 items).
bool ArrayAppend(ErrorSink& err, Object* array, Object* value);
// a.insert(i, v) (i clamped to the ends, as list.insert), with append's errors.
bool ArrayInsert(ErrorSink& err, Object* array, std::int64_t i, Object* value);
// a[i] (a negative i counts from the end): a NEW reference (an int or a float),
// or null when out of range.
Object* ArrayGetItem(Object* array, std::int64_t i);
// a[i] = v: false with IndexError "array assignment index out of range" or
// append's errors.
bool ArraySetItem(ErrorSink& err, Object* array, std::int64_t i, Object* value);
// a.pop(i): a NEW reference, or null when out of range (nothing raised).
Object* ArrayPop(Object* array, std::int64_t i);
void ArrayReverse(Object* array);
// Every item, as NEW references, taken at one instant.
std::vector<Object*> ArraySnapshot(Object* array);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_ARRAY_OBJECT_H_
