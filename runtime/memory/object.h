// gillab/runtime/memory/object.h — the object header and the type contract.
//
// Every gillab object starts with `Object`, as every CPython object starts with
// PyObject; concrete types embed it as their first member and are handled through
// an `Object*` ("inheritance by hand"). The header is laid out like the header of
// CPython's free-threaded build (PEP 703), 32 bytes, so that all three refcount modes
// share one layout and the mode can be chosen per run rather than per build:
//
// clang-format off
//   offset  field       nonatomic / atomic mode        biased mode (PEP 703)
//   ------  ----------  -----------------------------  ------------------------------
//        0  tid         creator's id with object locks owning thread's id; 0 = none
//                       (else 0)
//        8  flags       kObjectShared (below)          kObjectShared (below)
//        9  mutex       ob_mutex: ByteMutex, used with --objects=locked (PEP 703)
//       10  mode        RefcountMode, fixed at birth   RefcountMode, fixed at birth
//                       (bit 7 set: immortal)          (bit 7 set: immortal)
//       11  gc_bits     the cyclic GC's (gc.h)         the cyclic GC's (gc.h)
//       12  ref_local   unused (0)                     owner's count; UINT32_MAX =
//                                                      immortal
//       16  ref_shared  THE count (ob_refcnt)          (shared count << 2) | state
//       24  type        -> TypeObject                  -> TypeObject
// clang-format on
//
// A freed object kept in the debug quarantine (RuntimeOptions::debug_memory) has
// bit 6 set in its mode byte, its type index in `flags`, the freeing thread's id in
// `ref_local`, and `type` pointing at an internal "<freed>" type (alloc.h).
//
// CPython's default build has a 16-byte header (ob_refcnt, ob_type); sizes reported
// by gillab are therefore 16 bytes larger per object than CPython 3.11's.
//
// The fields are touched only through the functions in refcount.h, which pick the
// right access (plain, volatile, or std::atomic_ref) for the object's mode.
#ifndef GILLAB_RUNTIME_MEMORY_OBJECT_H_
#define GILLAB_RUNTIME_MEMORY_OBJECT_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/enum_names.h"
#include "runtime/memory/byte_mutex.h"

namespace gillab {

// How an object's reference count is updated. Chosen per Runtime; every object the
// Runtime creates carries it in its header.
enum class RefcountMode : std::uint8_t {
  // Plain load/add/store on the count: CPython's default (GIL) build. A data race,
  // and lost updates, when two threads touch one object without a lock.
  kNonAtomic = 0,
  // A lock-prefixed read-modify-write for every change: the naive free-threaded
  // design. Always correct; pays for it in cache-line traffic under contention.
  kAtomic = 1,
  // Biased reference counting (Choi, Shull, Torrellas, PACT 2018; PEP 703): the
  // owning thread updates a private count without atomics, others use an atomic
  // shared count. See refcount.cc for the algorithm.
  kBiased = 2,
};
inline constexpr int kNumRefcountModes = 3;

// The modes' names, as --refcount= takes them: "nonatomic", "atomic", "biased".
inline constexpr EnumNames<RefcountMode, kNumRefcountModes> kRefcountModeNames{
    {"nonatomic", "atomic", "biased"}};
inline const char* RefcountModeName(RefcountMode mode) {
  return kRefcountModeNames.Name(mode);
}
// False (and *mode left alone) when `name` is none of them.
inline bool ParseRefcountMode(std::string_view name, RefcountMode* mode) {
  return kRefcountModeNames.Parse(name, mode);
}

// Who keeps a list or dict consistent when several threads use it. Chosen per
// Runtime (RuntimeOptions::objects); `--objects=` on the command line.
enum class ObjectSafety : std::uint8_t {
  // A GIL serialises every operation (CPython's default build): no object locks.
  kGil = 0,
  // CPython 3.13t: per-object locks (critical_section.h), lock-free reads that
  // take references with TryIncref, and QSBR (qsbr.h) for what they may still see.
  kLocked = 1,
  // As kLocked, except that lists drop all three: the list lessons' unprotected
  // configuration. Made memory-safe for the lab: a replaced item array is marked
  // freed and poisoned at once, but its memory is held back through QSBR, so a
  // stale read or write is counted (RuntimeState::list_damage) instead of
  // crashing. Dicts keep their locks (a racing rehash is beyond reporting).
  kUnlocked = 2,
};
inline constexpr int kNumObjectSafeties = 3;
inline constexpr EnumNames<ObjectSafety, kNumObjectSafeties> kObjectSafetyNames{
    {"gil", "locked", "unlocked"}};
inline const char* ObjectSafetyName(ObjectSafety s) { return kObjectSafetyNames.Name(s); }
// "nonatomic, atomic, biased": for error messages.
inline std::string RefcountModeChoices() { return kRefcountModeNames.Choices(); }

// Every type gillab knows, as a dense index (used by the live-object accounting),
// with its Python name. Adding a type means adding a row here.
#define GILLAB_TYPES(X)                     \
  X(kNone, "NoneType")                      \
  X(kBool, "bool")                          \
  X(kInt, "int")                            \
  X(kFloat, "float")                        \
  X(kStr, "str")                            \
  X(kTuple, "tuple")                        \
  X(kList, "list")                          \
  X(kDict, "dict")                          \
  X(kFunction, "function")                  \
  X(kBuiltin, "builtin_function_or_method") \
  X(kLock, "lock")                          \
  X(kRange, "range")                        \
  X(kIterator, "iterator")                  \
  X(kThread, "Thread")                      \
  X(kSlice, "slice")                        \
  X(kCell, "cell")                          \
  X(kClass, "type")                         \
  X(kInstance, "object")                    \
  X(kMethod, "method")                      \
  X(kSuper, "super")                        \
  X(kGenerator, "generator")                \
  X(kSet, "set")                            \
  X(kFrozenSet, "frozenset")                \
  X(kRLock, "RLock")                        \
  X(kEvent, "Event")                        \
  X(kCondition, "Condition")                \
  X(kQueue, "Queue")                        \
  X(kArray, "array.array")                  \
  X(kWeakref, "weakref.ReferenceType")

enum class TypeIndex : std::uint8_t {
#define GILLAB_TYPE_ENUM(id, name) id,
  GILLAB_TYPES(GILLAB_TYPE_ENUM)
#undef GILLAB_TYPE_ENUM
      kCount,  // not a type: the number of types
};
inline constexpr int kNumTypes = static_cast<int>(TypeIndex::kCount);

// The Python name of a type ("int", "NoneType"): what TypeObject::name holds, and
// what a freed object's report says it was. Requires: t < TypeIndex::kCount.
constexpr const char* TypeIndexName(TypeIndex t) {
  constexpr const char* kNames[] = {
#define GILLAB_TYPE_NAME(id, name) name,
      GILLAB_TYPES(GILLAB_TYPE_NAME)
#undef GILLAB_TYPE_NAME
  };
  return kNames[static_cast<int>(t)];
}

struct Object;
struct TypeObject;

// A visitor called by TypeObject::traverse with each object an instance references.
// Returns 0 to continue, nonzero to stop the traversal (the value is passed back).
using VisitProc = int (*)(Object* referent, void* arg);

// What a type provides. The built-in types' TypeObjects are static and immutable;
// they are not themselves objects (CPython's are), which keeps type pointers free of
// reference counting. A class a program defines (class_object.h) embeds the
// TypeObject of its instances (index kInstance); every instance holds a reference
// to its class, so its type outlives it.
struct TypeObject {
  const char* name;  // "int", "list", ...
  TypeIndex index;
  // Bytes of a fixed-size instance, or of the fixed part of a variable-size one
  // (str's includes its terminating NUL).
  std::size_t basic_size;
  // Bytes per item stored inline after the fixed part (tuple, str), else 0.
  std::size_t item_size;

  // Releases what the instance owns (its references, out-of-line buffers) and frees
  // the instance's memory. Called exactly once, when the count reaches zero.
  // Requires: `self` is of this type and no longer referenced.
  void (*dealloc)(Object* self);

  // Calls `visit` on every object the instance holds a reference to (the cyclic GC's
  // tp_traverse). Null for types that reference no objects. Returns the first
  // nonzero value `visit` returns, else 0.
  int (*traverse)(Object* self, VisitProc visit, void* arg);

  // Bytes the instance uses, including out-of-line buffers (sys.getsizeof without
  // the GC header). Null means basic_size + item_size * length is exact.
  std::size_t (*size_of)(const Object* self);

  // Hash of the instance, or null for unhashable types (list, dict).
  std::uint64_t (*hash)(const Object* self);

  // Value equality with another object; null means identity.
  bool (*equal)(const Object* self, const Object* other);

  // Drops every reference the instance holds (CPython's tp_clear), leaving it
  // valid but empty. The cyclic GC calls it to break cycles. Null for types
  // that hold no references.
  void (*clear)(Object* self);

  // Appends Python's repr() of the instance to `out`. Containers that contain
  // themselves print as Python prints them ("[[...]]"); see object_ops.h.
  void (*repr)(const Object* self, std::string* out);

  // Runs the instance's finalizer (a class's __del__; CPython's tp_finalize),
  // which must report its own errors and never raise. Null for types without
  // one. Called at most once per object (the header's kGcFinalized bit, gc.h),
  // by its dealloc or by the cyclic GC, on a live object: the caller holds a
  // reference. May run Python code, so never with the world stopped.
  void (*finalize)(Object* self) = nullptr;
};

// The header. See the table at the top of this file. Never touch the count fields
// directly: use refcount.h.
struct Object {
  std::uint64_t tid;
  std::uint8_t flags;  // kObjectShared; accessed through std::atomic_ref
  ByteMutex mutex;     // PEP 703's ob_mutex: critical_section.h locks it
  RefcountMode mode;
  std::uint8_t gc_bits;
  std::uint32_t ref_local;
  std::int64_t ref_shared;
  const TypeObject* type;
};
static_assert(sizeof(Object) == 32, "the header is 32 bytes, like PEP 703's");
static_assert(offsetof(Object, ref_shared) % 8 == 0, "atomic_ref needs alignment");
static_assert(offsetof(Object, ref_local) % 4 == 0, "atomic_ref needs alignment");

// Variable-size objects (str, tuple) keep their item count in the word right after
// the header, as CPython's PyVarObject keeps ob_size; the allocator's sized free
// derives an object's size from it (alloc.h, AllocSizeOf).
inline constexpr std::size_t kVarSizeOffset = sizeof(Object);

// Bit 0 of `flags`: the object has been stored where other threads read without a
// lock (a list's items, a dict, a global) while object locks were on, so a reader
// may still hold a pointer to it after its last reference is gone. Its memory is
// then freed through QSBR (qsbr.h) rather than at once, as CPython 3.13t frees
// objects with _PyGC_BITS_SHARED set (MarkShared, refcount.h).
inline constexpr std::uint8_t kObjectShared = 0x01;

// Bit 7 of the header's mode byte marks an immortal object (refcount.h).
inline constexpr std::uint8_t kImmortalModeBit = 0x80;
// Bit 6 marks a freed object kept in the debug quarantine (alloc.h): IncRef and
// DecRef report a use-after-free instead of touching it.
inline constexpr std::uint8_t kFreedModeBit = 0x40;
// Bit 5 marks an object of a run the explorer steps (RuntimeOptions::explored):
// its IncRef and DecRef leave the inline paths, whose mode tests it fails, for
// out-of-line ones with schedule points (refcount.cc). Ordinary runs pay nothing.
inline constexpr std::uint8_t kExploredModeBit = 0x20;

// The object's refcount mode, whether or not it is immortal (or freed, or
// explored).
inline RefcountMode ModeOf(const Object* ob) {
  return static_cast<RefcountMode>(
      static_cast<std::uint8_t>(ob->mode) &
      ~(kImmortalModeBit | kFreedModeBit | kExploredModeBit));
}

// Freed with debug_memory on, and kept (quarantined or retired) since.
inline bool IsFreed(const Object* ob) {
  return (std::atomic_ref<const std::uint8_t>(
              *reinterpret_cast<const std::uint8_t*>(&ob->mode))
              .load(std::memory_order_relaxed) &
          kFreedModeBit) != 0;
}

inline const TypeObject* TypeOf(const Object* ob) { return ob->type; }

// Calls `visit` on each object `ob` references (nothing for types without a
// traverse slot). Returns the first nonzero value `visit` returns, else 0.
inline int Traverse(Object* ob, VisitProc visit, void* arg) {
  return ob->type->traverse != nullptr ? ob->type->traverse(ob, visit, arg) : 0;
}
inline bool IsType(const Object* ob, const TypeObject& type) { return ob->type == &type; }

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_OBJECT_H_
