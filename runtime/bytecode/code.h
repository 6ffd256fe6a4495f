// gillab/runtime/bytecode/code.h — bytecode: opcodes, instructions, and programs as data.
//
// A ProgramSpec is a plain description of a program (functions, their
// instructions, constants and names, the program's globals) that holds no
// objects. It is made by the C++ builder (builder.h) or the assembler
// (assembler.h), checked by the verifier (verifier.h), printed by the
// disassembler, and loaded into a Runtime by the interpreter (interpreter.h),
// which turns constants into objects and functions into function objects.
//
// The machine: each call has a frame of local variables (parameters first) and a
// value stack. Instructions pop their operands and push their results; the
// OpcodeInfo table says how many of each, and which kind of operand `arg` is.
// Jumps name an instruction index in the same function. Globals are slots shared
// by every thread; a LOAD_GLOBAL of a function's or a builtin's name yields the
// function.
#ifndef GILLAB_RUNTIME_BYTECODE_CODE_H_
#define GILLAB_RUNTIME_BYTECODE_CODE_H_

#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/compare_op.h"

namespace gillab {

// X(name, operand kind, pops, pushes): pops/pushes of -1 depend on `count`/`arg`
// (see StackEffect).
#define GILLAB_OPCODES(X)                                                              \
  X(NOP, kNone, 0, 0)                 /* nothing */                                    \
  X(LOAD_CONST, kConst, 0, 1)         /* push consts[arg] */                           \
  X(LOAD_FAST, kLocal, 0, 1)          /* push locals[arg] */                           \
  X(STORE_FAST, kLocal, 1, 0)         /* locals[arg] = pop() */                        \
  X(LOAD_GLOBAL, kGlobal, 0, 1)       /* push globals[arg] */                          \
  X(STORE_GLOBAL, kGlobal, 1, 0)      /* globals[arg] = pop() */                       \
  X(POP_TOP, kNone, 1, 0)             /* drop TOS */                                   \
  X(DUP_TOP, kNone, 1, 2)             /* push TOS again */                             \
  X(ROT_TWO, kNone, 2, 2)             /* swap TOS and TOS1 */                          \
  X(BINARY_ADD, kNone, 2, 1)          /* TOS1 + TOS (int, float, str) */               \
  X(BINARY_SUBTRACT, kNone, 2, 1)     /* TOS1 - TOS */                                 \
  X(BINARY_MULTIPLY, kNone, 2, 1)     /* TOS1 * TOS */                                 \
  X(BINARY_FLOOR_DIVIDE, kNone, 2, 1) /* TOS1 // TOS */                                \
  X(BINARY_TRUE_DIVIDE, kNone, 2, 1)  /* TOS1 / TOS (a float) */                       \
  X(BINARY_MODULO, kNone, 2, 1)       /* TOS1 % TOS (Python's sign rule) */            \
  X(UNARY_NEGATIVE, kNone, 1, 1)      /* -TOS */                                       \
  X(UNARY_NOT, kNone, 1, 1)           /* not TOS */                                    \
  X(COMPARE_OP, kCompare, 2, 1)       /* TOS1 <op> TOS, a bool */                      \
  X(JUMP, kJump, 0, 0)                /* go to arg (backward: a poll point) */         \
  X(POP_JUMP_IF_FALSE, kJump, 1, 0)   /* pop; if false go to arg */                    \
  X(POP_JUMP_IF_TRUE, kJump, 1, 0)    /* pop; if true go to arg */                     \
  X(CALL, kCount, -1, 1)              /* callee, arg1..argN -> result */               \
  X(CALL_METHOD, kMethod, -1, 1)      /* obj, arg1..argN -> obj.names[arg](...) */     \
  X(RETURN_VALUE, kNone, 1, 0)        /* return TOS to the caller */                   \
  X(BUILD_LIST, kCount, -1, 1)        /* N items -> list */                            \
  X(BUILD_TUPLE, kCount, -1, 1)       /* N items -> tuple */                           \
  X(BUILD_MAP, kCount, -1, 1)         /* N key, value pairs -> dict */                 \
  X(BINARY_SUBSCR, kNone, 2, 1)       /* TOS1[TOS] */                                  \
  X(STORE_SUBSCR, kNone, 3, 0)        /* TOS1[TOS] = TOS2 */                           \
  X(LIST_APPEND, kNone, 2, 0)         /* TOS1.append(TOS), both popped */              \
  X(ROT_THREE, kNone, 3, 3)           /* TOS -> under TOS2: a b c -> c a b */          \
  X(BINARY_POWER, kNone, 2, 1)        /* TOS1 ** TOS */                                \
  X(MAKE_FUNCTION, kFunction, -1, 1)  /* push functions[arg] (`def`); count: */        \
                                      /* kMakeFunction* flags, their tuples */         \
  X(CALL_KW, kMethod, -1, 1)          /* callee, args -> call; names[arg]: the */      \
                                      /* last args' keywords, "a,b" */                 \
  X(GET_ITER, kNone, 1, 1)            /* iter(TOS) */                                  \
  X(FOR_ITER, kJump, 1, 2)            /* push next(TOS), or pop TOS, go to arg */      \
  X(UNPACK_SEQUENCE, kCount, 1, -1)   /* TOS's N items, the first on top */            \
  X(FORMAT_VALUE, kCount, 1, 1)       /* str(TOS) (arg 0) or repr(TOS) (1) */          \
  X(BUILD_STRING, kCount, -1, 1)      /* N strs -> their concatenation */              \
  X(WITH_ENTER, kNone, 1, 2)          /* TOS.acquire(); TOS stays, its result */       \
  X(WITH_EXIT, kNone, 1, 0)           /* TOS.release(); popped */                      \
  X(INPLACE_ADD, kNone, 2, 1)         /* TOS1 += TOS (a list: extended in place) */    \
  X(INPLACE_MULTIPLY, kNone, 2, 1)    /* TOS1 *= TOS (a list: repeated in place) */    \
  X(CALL_METHOD_KW, kMethod, -1, 1)   /* obj, args -> obj.m(...); names[arg]: */       \
                                      /* "m:a,b", the last args' keywords */           \
  X(BUILD_SLICE, kCount, -1, 1)       /* start, stop[, step] -> slice (arg 2|3) */     \
  X(DELETE_SUBSCR, kNone, 2, 0)       /* del TOS1[TOS] */                              \
  X(DELETE_FAST, kLocal, 0, 0)        /* del locals[arg] (unbound: an error) */        \
  X(DELETE_GLOBAL, kGlobal, 0, 0)     /* del globals[arg] (unbound: NameError) */      \
  X(LOAD_DEREF, kDeref, 0, 1)         /* push the value of cell arg */                 \
  X(STORE_DEREF, kDeref, 1, 0)        /* cell arg's value = pop() */                   \
  X(DELETE_DEREF, kDeref, 0, 0)       /* unbind cell arg */                            \
  X(LOAD_CLOSURE, kDeref, 0, 1)       /* push cell arg itself (for a closure) */       \
  X(RAISE_ASSERTION, kCount, -1, 0)   /* raise AssertionError[(str(TOS))] (arg 0|1) */ \
  X(CALL_FUNCTION_EX, kCount, -1, 1)  /* callee, list[, dict] -> call (arg: dict?) */  \
  X(DICT_MERGE, kNone, 2, 0)      /* TOS1.update(TOS) (a new key each), both popped */ \
  X(LOAD_ATTR, kName, 1, 1)       /* TOS.names[arg] */                                 \
  X(STORE_ATTR, kName, 2, 0)      /* TOS.names[arg] = TOS1 */                          \
  X(DELETE_ATTR, kName, 1, 0)     /* del TOS.names[arg] */                             \
  X(BUILD_CLASS, kNone, 0, 1)     /* a class body's end: its class (see below) */      \
  X(RAISE_VARARGS, kCount, -1, 0) /* raise (0), raise TOS (1), TOS1 from TOS (2) */    \
  X(CHECK_EXC_MATCH, kNone, 2, 2) /* exc, E -> exc, isinstance(exc, E) */              \
  X(POP_EXCEPT, kNone, 0, 0)      /* the handled exception's end (see below) */        \
  X(RERAISE, kNone, 1, 0)         /* raise TOS again, with its traceback */            \
  X(YIELD_VALUE, kNone, 1, 1)     /* a generator: suspend, yielding TOS; then    */    \
                                  /* push what the resumer sent (None for next) */     \
  X(GET_YIELD_FROM_ITER, kNone, 1, 1) /* iter(TOS), a generator left as it is */       \
  X(SEND, kJump, 2, 2) /* iter, v -> iter, iter.send(v) (its next value), or at */     \
                       /* arg its return value (it ended): `yield from` */             \
  X(INPLACE_SUBTRACT, kNone, 2, 1)     /* TOS1 -= TOS (a set: changed in place) */     \
  X(BUILD_SET, kCount, -1, 1)          /* N items -> set */                            \
  X(SET_ADD, kNone, 2, 0)              /* TOS1.add(TOS), both popped */                \
  X(BINARY_AND, kNone, 2, 1)           /* TOS1 & TOS (ints, bools, sets) */            \
  X(BINARY_OR, kNone, 2, 1)            /* TOS1 | TOS */                                \
  X(BINARY_XOR, kNone, 2, 1)           /* TOS1 ^ TOS */                                \
  X(BINARY_LSHIFT, kNone, 2, 1)        /* TOS1 << TOS (ints) */                        \
  X(BINARY_RSHIFT, kNone, 2, 1)        /* TOS1 >> TOS (ints) */                        \
  X(UNARY_INVERT, kNone, 1, 1)         /* ~TOS (an int: -TOS - 1) */                   \
  X(INPLACE_AND, kNone, 2, 1)          /* TOS1 &= TOS (a set: changed in place) */     \
  X(INPLACE_OR, kNone, 2, 1)           /* TOS1 |= TOS (a set: changed in place) */     \
  X(INPLACE_XOR, kNone, 2, 1)          /* TOS1 ^= TOS (a set: changed in place) */     \
  X(INPLACE_FLOOR_DIVIDE, kNone, 2, 1) /* TOS1 //= TOS; the rest as their BINARY_*, */ \
  X(INPLACE_TRUE_DIVIDE, kNone, 2, 1)  /* their errors naming the operator //=, ... */ \
  X(INPLACE_MODULO, kNone, 2, 1)                                                       \
  X(INPLACE_POWER, kNone, 2, 1)                                                        \
  X(INPLACE_LSHIFT, kNone, 2, 1)                                                       \
  X(INPLACE_RSHIFT, kNone, 2, 1)

enum class Opcode : std::uint8_t {
#define GILLAB_OPCODE_ENUM(name, kind, pops, pushes) name,
  GILLAB_OPCODES(GILLAB_OPCODE_ENUM)
#undef GILLAB_OPCODE_ENUM
};
inline constexpr int kNumOpcodes = 0
#define GILLAB_OPCODE_COUNT(name, kind, pops, pushes) +1
    GILLAB_OPCODES(GILLAB_OPCODE_COUNT)
#undef GILLAB_OPCODE_COUNT
    ;

// What an instruction's `arg` means.
enum class OperandKind : std::uint8_t {
  kNone,      // no operand (arg is 0)
  kConst,     // index into the function's consts
  kLocal,     // index into the function's locals
  kGlobal,    // index into the program's globals
  kJump,      // instruction index in the same function
  kCount,     // a number of items or arguments (>= 0)
  kCompare,   // a CompareOp
  kMethod,    // index into the function's names; `count` is the argument count
  kFunction,  // index into the program's functions
  kDeref,     // index into the function's cells: its cellvars, then freevars
  kName,      // index into the function's names (an attribute)
};

// BUILD_CLASS ends a class body, a function whose first parameter (".base") is
// the class's base (None: none) and whose other locals are the class's
// attributes: it makes the class from them, in the order the body bound them,
// reading `__slots__`, and sets the body's `__class__` cell, if it has one, to
// the class (the methods calling super() share it).

// Exceptions. A function's handlers (FunctionSpec::handlers) say where an
// exception raised by an instruction in [start, end) goes: the value stack is
// cut to the depth it had at `start`, the exception is pushed, and the handler
// at `target` runs; it is now the exception being handled (CPython's
// sys.exc_info()), until POP_EXCEPT, or RERAISE, which raises it again with the
// traceback it had. RAISE_VARARGS 0 raises the one being handled.

// Generators. A function whose FunctionSpec says `generator` does not run when
// called: the call returns a generator holding its frame, which next() and
// send() run up to a YIELD_VALUE (the verifier allows it nowhere else). The
// frame is then suspended, its value stack kept, until the next resumption
// pushes the value sent and goes on after the YIELD_VALUE. Its RETURN_VALUE
// ends the generator (StopIteration, with the value returned).

// MAKE_FUNCTION's count: what it pops (below nothing: the defaults tuple is
// deeper than the closure tuple) and whether it makes a new function object.
// With 0 it pushes the function's one immortal object (a module-level def).
inline constexpr std::uint8_t kMakeFunctionDefaults = 0x01;  // a tuple of defaults
inline constexpr std::uint8_t kMakeFunctionClosure = 0x08;   // a tuple of cells
inline constexpr std::uint8_t kMakeFunctionNew = 0x10;       // a new object each time

struct OpcodeInfo {
  const char* name;
  OperandKind operand;
  int pops;    // -1: depends on the operand
  int pushes;  // -1: depends on the operand
};

// Requires: `op` is a valid opcode (IsValidOpcode).
const OpcodeInfo& InfoOf(Opcode op);

// INPLACE_*: an augmented assignment's operator, which may change its left
// operand in place (a list, a set) and names "+=" in its TypeError.
constexpr bool IsInPlaceOpcode(Opcode op) {
  switch (op) {
    case Opcode::INPLACE_ADD:
    case Opcode::INPLACE_SUBTRACT:
    case Opcode::INPLACE_MULTIPLY:
    case Opcode::INPLACE_AND:
    case Opcode::INPLACE_OR:
    case Opcode::INPLACE_XOR:
    case Opcode::INPLACE_FLOOR_DIVIDE:
    case Opcode::INPLACE_TRUE_DIVIDE:
    case Opcode::INPLACE_MODULO:
    case Opcode::INPLACE_POWER:
    case Opcode::INPLACE_LSHIFT:
    case Opcode::INPLACE_RSHIFT:
      return true;
    default:
      return false;
  }
}
bool IsValidOpcode(int op);
// "LOAD_CONST" -> Opcode::LOAD_CONST; false when unknown.
bool ParseOpcode(std::string_view name, Opcode* op);

// Python's comparisons (CompareOp, base/compare_op.h). In assembly `is not` and
// `not in` are written is_not and not_in (one token each).
const char* CompareOpSymbol(CompareOp op);  // "<", "<=", ..., "is_not", "not_in"
bool ParseCompareOp(std::string_view symbol, CompareOp* op);

// The built-in functions. X(enum name, assembly name, Python name): an assembly
// program sees each by its assembly name (LOAD_GLOBAL resolves it when no
// function or global of the program has the name); a Python program sees those
// with a Python name, by that name ("" for none: gillab's own instruments).
#define GILLAB_BUILTINS(X)                                                               \
  X(kPrint, "print", "print")          /* print(*args, sep=, end=): a line */            \
  X(kLen, "len", "len")                /* len(str | tuple | list | dict) */              \
  X(kSleep, "sleep", "time.sleep")     /* sleep(seconds): releases the GIL */            \
  X(kIo, "io", "")                     /* io(seconds): simulated blocking I/O */         \
  X(kLock, "Lock", "threading.Lock")   /* Lock(): a new threading.Lock */                \
  X(kThreadIndex, "thread_index", "")  /* the running thread's index, 0.. */             \
  X(kStopped, "stopped", "")           /* True once the harness asked to end */          \
  X(kCollect, "collect", "gc.collect") /* unreachable objects freed */                   \
  X(kGcGetCount, "get_count", "gc.get_count")                                            \
  X(kGcGetThreshold, "get_threshold", "gc.get_threshold")                                \
  X(kGcSetThreshold, "set_threshold", "gc.set_threshold")                                \
  X(kGcEnable, "gc_enable", "gc.enable")                                                 \
  X(kGcDisable, "gc_disable", "gc.disable")                                              \
  X(kGcIsEnabled, "gc_isenabled", "gc.isenabled")                                        \
  X(kGcIsTracked, "is_tracked", "gc.is_tracked")                                         \
  X(kGcGetObjects, "get_objects", "gc.get_objects")                                      \
  X(kIntern, "intern", "sys.intern")           /* one str object per text */             \
  X(kClockNs, "clock_ns", "time.monotonic_ns") /* monotonic clock, ns */                 \
  X(kStr, "str", "str")                        /* str(x) */                              \
  X(kRepr, "repr", "repr")                     /* repr(x) */                             \
  X(kRange, "range", "range")                  /* range([start,] stop[, step]) */        \
  X(kAbs, "abs", "abs")                        /* abs(int | float) */                    \
  X(kSorted, "sorted", "sorted")               /* sorted(iterable): a new sorted list */ \
  X(kSlice, "slice", "slice")                  /* slice([start,] stop[, step]) */        \
  X(kThread, "Thread", "threading.Thread")     /* Thread(target=f, args=(...)) */        \
  X(kSetSwitchInterval, "setswitchinterval", "sys.setswitchinterval")                    \
  X(kGetSwitchInterval, "getswitchinterval", "sys.getswitchinterval")                    \
  X(kSetRecursionLimit, "setrecursionlimit", "sys.setrecursionlimit")                    \
  X(kGetRecursionLimit, "getrecursionlimit", "sys.getrecursionlimit")                    \
  X(kGetRefCount, "getrefcount", "sys.getrefcount") /* the count, + the argument's */    \
  X(kGetSizeOf, "getsizeof", "sys.getsizeof")       /* the object's bytes */             \
  X(kMin, "min", "min")                                                                  \
  X(kMax, "max", "max")                                                                  \
  X(kSum, "sum", "sum")                                                                  \
  X(kAny, "any", "any")                                                                  \
  X(kAll, "all", "all")                                                                  \
  X(kEnumerate, "enumerate", "enumerate")                                                \
  X(kZip, "zip", "zip")                                                                  \
  X(kList, "list", "list")                                                               \
  X(kTuple, "tuple", "tuple")                                                            \
  X(kDict, "dict", "dict")                                                               \
  X(kInt, "int", "int")                                                                  \
  X(kFloat, "float", "float")                                                            \
  X(kBool, "bool", "bool")                                                               \
  X(kRound, "round", "round")                                                            \
  X(kDivmod, "divmod", "divmod")                                                         \
  X(kPow, "pow", "pow") /* pow(base, exp[, mod]) */                                      \
  X(kOrd, "ord", "ord")                                                                  \
  X(kChr, "chr", "chr")                                                                  \
  X(kHash, "hash", "hash")                                                               \
  X(kId, "id", "id")                                                                     \
  X(kIsInstance, "isinstance", "isinstance")                                             \
  X(kType, "type", "type")                                                               \
  X(kSuper, "super", "super")                                                            \
  X(kObject, "object", "object")                                                         \
  X(kGetAttr, "getattr", "getattr")                                                      \
  X(kSetAttr, "setattr", "setattr")                                                      \
  X(kHasAttr, "hasattr", "hasattr")                                                      \
  X(kIsSubclass, "issubclass", "issubclass")                                             \
  X(kIter, "iter", "iter")                                                               \
  X(kNext, "next", "next")       /* next(iterator[, default]) */                         \
  X(kMap, "map", "map")          /* map(f, iterable, ...): lazy */                       \
  X(kFilter, "filter", "filter") /* filter(f | None, iterable): lazy */                  \
  X(kSet, "set", "set")                                                                  \
  X(kFrozenSet, "frozenset", "frozenset")                                                \
  X(kRLock, "RLock", "threading.RLock")                                                  \
  X(kEvent, "Event", "threading.Event")                                                  \
  X(kCondition, "Condition", "threading.Condition")                                      \
  X(kCurrentThread, "current_thread", "threading.current_thread")                        \
  X(kQueue, "Queue", "queue.Queue")                                                      \
  X(kArray, "array", "array.array")                                                      \
  X(kWeakref, "ref", "weakref.ref") /* weakref.ref(obj[, callback]) */                   \
  X(kGetWeakrefCount, "getweakrefcount", "weakref.getweakrefcount")                      \
  X(kReversed, "reversed", "reversed") /* reversed(seq): a lazy iterator */              \
  X(kExcInit, "exc_init", "")          /* BaseException.__init__, __str__, __repr__ */   \
  X(kExcStr, "exc_str", "")                                                              \
  X(kExcRepr, "exc_repr", "")

// The methods of the built-in types a Python program may call: X(type, name),
// the type as its TypeObject names it. runtime/interp registers one
// implementation for each (checked when built); the front end names at compile
// time a method CPython has and these do not.
#define GILLAB_METHODS(X)                 \
  X("list", "append")                     \
  X("list", "pop")                        \
  X("list", "sort")                       \
  X("list", "extend")                     \
  X("list", "insert")                     \
  X("list", "remove")                     \
  X("list", "index")                      \
  X("list", "count")                      \
  X("list", "reverse")                    \
  X("list", "clear")                      \
  X("list", "copy")                       \
  X("str", "join")                        \
  X("str", "split")                       \
  X("str", "strip")                       \
  X("str", "lstrip")                      \
  X("str", "rstrip")                      \
  X("str", "upper")                       \
  X("str", "lower")                       \
  X("str", "startswith")                  \
  X("str", "endswith")                    \
  X("str", "replace")                     \
  X("str", "find")                        \
  X("str", "count")                       \
  X("str", "format")                      \
  X("dict", "pop")                        \
  X("dict", "get")                        \
  X("dict", "keys")                       \
  X("dict", "values")                     \
  X("dict", "items")                      \
  X("dict", "setdefault")                 \
  X("dict", "clear")                      \
  X("dict", "update")                     \
  X("lock", "acquire")                    \
  X("lock", "release")                    \
  X("lock", "locked")                     \
  X("Thread", "start")                    \
  X("Thread", "join")                     \
  X("Thread", "is_alive")                 \
  X("RLock", "acquire")                   \
  X("RLock", "release")                   \
  X("Event", "set")                       \
  X("Event", "clear")                     \
  X("Event", "is_set")                    \
  X("Event", "wait")                      \
  X("Condition", "acquire")               \
  X("Condition", "release")               \
  X("Condition", "wait")                  \
  X("Condition", "wait_for")              \
  X("Condition", "notify")                \
  X("Condition", "notify_all")            \
  X("Queue", "put")                       \
  X("Queue", "get")                       \
  X("Queue", "put_nowait")                \
  X("Queue", "get_nowait")                \
  X("Queue", "qsize")                     \
  X("Queue", "empty")                     \
  X("Queue", "full")                      \
  X("Queue", "task_done")                 \
  X("Queue", "join")                      \
  X("array.array", "append")              \
  X("array.array", "extend")              \
  X("array.array", "insert")              \
  X("array.array", "pop")                 \
  X("array.array", "index")               \
  X("array.array", "remove")              \
  X("array.array", "count")               \
  X("array.array", "reverse")             \
  X("array.array", "tolist")              \
  X("int", "bit_length")                  \
  X("set", "add")                         \
  X("set", "remove")                      \
  X("set", "discard")                     \
  X("set", "pop")                         \
  X("set", "clear")                       \
  X("set", "update")                      \
  X("set", "union")                       \
  X("set", "intersection")                \
  X("set", "difference")                  \
  X("set", "symmetric_difference")        \
  X("set", "issubset")                    \
  X("set", "issuperset")                  \
  X("set", "isdisjoint")                  \
  X("set", "copy")                        \
  X("set", "intersection_update")         \
  X("set", "difference_update")           \
  X("set", "symmetric_difference_update") \
  X("frozenset", "union")                 \
  X("frozenset", "intersection")          \
  X("frozenset", "difference")            \
  X("frozenset", "symmetric_difference")  \
  X("frozenset", "issubset")              \
  X("frozenset", "issuperset")            \
  X("frozenset", "isdisjoint")            \
  X("frozenset", "copy")                  \
  X("generator", "send")                  \
  X("generator", "throw")                 \
  X("generator", "close")

// Whether some built-in type has a method `name` (GILLAB_METHODS).
bool IsSubsetMethod(std::string_view name);
// Every method, as "list.append".
std::set<std::string> SubsetMethodNames();

enum class Builtin : std::uint8_t {
#define GILLAB_BUILTIN_ENUM(id, name, python) id,
  GILLAB_BUILTINS(GILLAB_BUILTIN_ENUM)
#undef GILLAB_BUILTIN_ENUM
};
inline constexpr int kNumBuiltins = 0
#define GILLAB_BUILTIN_COUNT(id, name, python) +1
    GILLAB_BUILTINS(GILLAB_BUILTIN_COUNT)
#undef GILLAB_BUILTIN_COUNT
    ;
const char* BuiltinName(Builtin b);
bool ParseBuiltin(std::string_view name, Builtin* b);
// By Python name ("print", "threading.Thread"); false for gillab's own ones.
bool ParsePythonBuiltin(std::string_view name, Builtin* b);
// The Python builtins outside modules: "abs", "len", "print", ...
std::set<std::string> SubsetBuiltinNames();

struct Instr {
  Opcode op = Opcode::NOP;
  std::uint8_t count = 0;  // CALL_METHOD's argument count
  std::int32_t arg = 0;
  friend bool operator==(const Instr&, const Instr&) = default;
};
static_assert(sizeof(Instr) == 8);

// How many values `in` pops and pushes.
void StackEffect(const Instr& in, int* pops, int* pushes);

// A constant: None, a bool, an int, a float or a str. An int past 64 bits is
// kBigInt, its decimal digits (a '-' first when negative) in `s`.
struct Constant {
  enum class Kind : std::uint8_t { kNone, kBool, kInt, kFloat, kStr, kBigInt };
  Kind kind = Kind::kNone;
  std::int64_t i = 0;  // bool and int
  double f = 0;
  std::string s;

  static Constant None() { return {}; }
  static Constant Bool(bool b) { return {Kind::kBool, b ? 1 : 0, 0, {}}; }
  static Constant Int(std::int64_t v) { return {Kind::kInt, v, 0, {}}; }
  static Constant Float(double v) { return {Kind::kFloat, 0, v, {}}; }
  static Constant Str(std::string v) { return {Kind::kStr, 0, 0, std::move(v)}; }
  static Constant BigInt(std::string decimal) {
    return {Kind::kBigInt, 0, 0, std::move(decimal)};
  }

  // As the assembler reads it: None, True, -12, 1.5, "text" (C escapes).
  std::string ToAssembly() const;
  friend bool operator==(const Constant&, const Constant&) = default;
};

// Where an exception raised in instructions [start, end) goes (see above).
struct Handler {
  int start = 0;
  int end = 0;
  int target = 0;
  int level = 0;        // try statements around it in the function: the
                        // innermost handler holding an instruction wins
  int with_depth = 0;   // `with` blocks of the function around it: those
                        // entered since are left (their locks released)
  int exc_depth = 0;    // exceptions of the function being handled around it
  int stack_depth = 0;  // the value stack kept (the try's); the verifier checks
                        // that every instruction in the range has at least it
  friend bool operator==(const Handler&, const Handler&) = default;
};

// CPython's built-in exceptions that gillab raises or a program may name, each
// with its base (null for BaseException), bases before subclasses.
struct ExceptionClassSpec {
  const char* name;  // as a program names it: "ValueError", "queue.Empty"
  const char* base;
  const char* module = nullptr;  // a module's own: its __module__ ("_queue")
};
std::span<const ExceptionClassSpec> BuiltinExceptions();
bool IsBuiltinException(std::string_view name);

struct FunctionSpec {
  std::string name;
  std::string qualname;  // "outer.<locals>.inner" for messages; "" when `name`
  int num_params = 0;
  std::vector<std::string> locals;  // parameters first
  // Variables in cells (kDeref operands index cellvars then freevars): the
  // function's own that a nested function uses (a parameter among them starts
  // with the argument), then those of enclosing functions it uses, which a call
  // takes from the function object's closure, in this order.
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  // The last parameters (of num_params) collect a call's extra positional
  // arguments in a tuple (*args), then its extra keywords in a dict (**kwargs).
  bool varargs = false;
  bool varkw = false;
  // Keyword-only parameters (after *args or a bare * in Python): one entry
  // each, whether it has a default. They come after the positional parameters
  // and before *args's and **kwargs's slots; a function's defaults tuple holds
  // the positional parameters' defaults, then these.
  std::vector<bool> kwonly;
  std::vector<Constant> consts;
  std::vector<std::string> names;  // method names (CALL_METHOD)
  std::vector<Instr> code;
  std::vector<int> lines;  // source line per instruction; empty if built
  std::vector<Handler> handlers;
  bool generator = false;  // a call makes a generator (see above)
  int stack_size = 0;      // the deepest stack; set by the verifier

  int line_of(std::size_t pc) const { return pc < lines.size() ? lines[pc] : 0; }
  const std::string& full_name() const { return qualname.empty() ? name : qualname; }
};

struct GlobalSpec {
  std::string name;
  std::optional<Constant> initial;  // unbound until stored when absent
};

// How Load binds the globals that have no initial value.
enum class Dialect : std::uint8_t {
  // Assembly and builder programs: a global named like a function of the program
  // is that function from the start, one named like a builtin is the builtin.
  kAssembly,
  // Compiled Python: only builtins with a Python name are bound (by it); a
  // function is bound when its `def` runs (MAKE_FUNCTION, STORE_GLOBAL), so a
  // call before the `def` is a NameError, as in Python.
  kPython,
};

struct ProgramSpec {
  Dialect dialect = Dialect::kAssembly;
  std::string filename;  // the source, for tracebacks ("" for built programs)
  std::vector<GlobalSpec> globals;
  std::vector<FunctionSpec> functions;

  // Index of the function (by full_name()) or global named `name`, or -1.
  int FindFunction(std::string_view name) const;
  int FindGlobal(std::string_view name) const;
};

// Formats one instruction as assembly, e.g. "LOAD_FAST n" or "JUMP L7" (the
// label of instruction 7), naming its operand from `fn` and `program`.
std::string FormatInstr(const ProgramSpec& program, const FunctionSpec& fn,
                        const Instr& in);
// Its operand alone ("n", "L7"; "" for none). Requires: a valid opcode.
std::string FormatOperand(const ProgramSpec& program, const FunctionSpec& fn,
                          const Instr& in);

// For each instruction of `fn`, whether a jump goes to it (out-of-range jumps,
// possible in an unverified program, are ignored).
std::vector<bool> JumpTargets(const FunctionSpec& fn);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_BYTECODE_CODE_H_
