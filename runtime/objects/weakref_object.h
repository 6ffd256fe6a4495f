// gillab/runtime/objects/weakref_object.h — weakref.ref: a reference that does not
// keep its object alive.
//
// `r = weakref.ref(obj)` refers to obj without counting: r() returns obj while
// something else keeps it alive, and None once it died. That is how a course
// watches an object die without changing when it dies.
//
// Notes on the design
// -------------------
// CPython keeps, in every weakly referenceable object, a pointer to the list of
// weakrefs to it (tp_weaklistoffset). gillab's headers have no room for it, so
// the lists live in one side table, a map from object to its weakrefs under one
// mutex; the header's kGcWeakrefs bit (gc.h) says an object has an entry, so a
// dealloc looks the table up only for those. An object's dealloc calls
// ClearWeakrefs after its finalizer and before it drops its references (as
// CPython's subtype_dealloc): each weakref's referent becomes null, and the
// callbacks run (newest first), with the weakref as argument.
//
// r() against a dying object, with threads. Thread A calls r() while thread B
// drops obj's last reference. B's dealloc cannot clear the weakrefs before it
// takes the table's mutex, so while A holds the mutex the referent's memory is
// still an object; but its count may already be zero. A therefore takes its
// reference with TryIncref (refcount.h), which fails on a count of zero, and
// returns None: B's free goes on. This is CPython 3.13t's
// _PyWeakref_GET_REF. Making a weakref marks the object shared (MarkShared), so
// that in biased mode a non-owner's TryIncref can tell a live object (shared
// word "maybe weakref") from a dead one.
//
// The cyclic GC clears the weakrefs to its garbage before it runs finalizers or
// frees anything (gc.cc), and runs the callbacks only of weakrefs that are not
// garbage themselves, as CPython's handle_weakrefs.
//
// Weakly referenceable: instances (except those of a class with only
// __slots__, none of them '__weakref__'), user classes, functions, sets and
// frozensets. CPython also allows generators, methods and a few more.
#ifndef GILLAB_RUNTIME_OBJECTS_WEAKREF_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_WEAKREF_OBJECT_H_

#include <cstdint>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kWeakrefType;  // "weakref.ReferenceType"

inline bool IsWeakref(const Object* ob) { return IsType(ob, kWeakrefType); }

// Whether weakref.ref(ob) is allowed (see the top of this file).
bool CanWeaklyReference(const Object* ob);

// weakref.ref(ob, callback): a NEW reference. With no callback (null or None),
// an existing callback-less weakref to ob is returned again (CPython shares
// it). Requires: CanWeaklyReference(ob), and the caller holds a reference to it.
Object* NewWeakref(Object* ob, Object* callback);

// r(): a NEW reference to the referent, or to None once it died.
Object* WeakrefGet(Object* weakref);

// weakref.getweakrefcount(ob).
std::int64_t WeakrefCount(const Object* ob);

// Called by the dealloc of a weakly referenceable type, when HasGcBit(ob,
// kGcWeakrefs): clears every weakref to `ob` and runs their callbacks (or
// queues them, when the thread frees a collection's garbage: gc.h's
// RunOrDefer).
void ClearWeakrefs(Object* ob);

// Runs callback(weakref): installed by the interpreter, which prints what the
// callback raises as CPython's "Exception ignored in: ..." (null: no
// callback runs).
using WeakrefCallbackHook = void (*)(Object* callback, Object* weakref);
void SetWeakrefCallbackHook(WeakrefCallbackHook hook);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_WEAKREF_OBJECT_H_
