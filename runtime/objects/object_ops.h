// gillab/runtime/object_ops.h — operations on any object, through its type's slots.
#ifndef GILLAB_RUNTIME_OBJECT_OPS_H_
#define GILLAB_RUNTIME_OBJECT_OPS_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace gillab {

// Python's repr(ob). A container that contains itself prints "[...]" / "{...}" at
// the inner occurrence, as Python does.
std::string Repr(const Object* ob);
// Appends repr(ob) to *out (what containers call for their items).
void AppendRepr(const Object* ob, std::string* out);

// Python's str(ob): a str's characters, otherwise repr.
std::string ToString(const Object* ob);

// Value equality (Python's ==, for the built-in types): identical objects are
// equal; otherwise the type's equal slot decides. int, bool and float compare by
// numeric value across types, as in Python.
bool Equal(const Object* a, const Object* b);

// Computes hash(ob) into *hash. Returns false for unhashable objects (list, dict,
// and tuples containing them). Objects that are Equal have equal hashes.
bool Hash(const Object* ob, std::uint64_t* hash);

// Python's sys.getsizeof without the 16-byte GC header: the bytes the object uses,
// including out-of-line buffers (a list's item array, a dict's table), but not the
// objects it references.
std::size_t SizeOf(const Object* ob);

// The deep size of `ob`: SizeOf summed over `ob` and every object reachable from
// it, each counted once; immortal objects (None, True, False, small ints) are
// shared by everything and not counted. Requires: no other thread mutates them.
std::size_t DeepSizeOf(const Object* ob);

// Calls `visit` on each object `ob` references (empty for non-containers). Returns
// the first nonzero value `visit` returns, else 0.
int Traverse(Object* ob, VisitProc visit, void* arg);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECT_OPS_H_
