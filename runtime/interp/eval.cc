// gillab/runtime/interp/eval.cc — the eval loop: one function, a `switch` over
// opcodes (instantiated per poll policy, with and without the instruction trace),
// and what it does at a poll point. See interpreter.h for where the poll points
// are and why that is a policy, and thread_context.h for who owns what on the
// value stack.
//
// An error jumps to the loop's error label. When a handler of the function
// catches it (exceptions.cc's Unwinding), the frame goes on at the handler in a
// new activation of Eval (`resumed`: the same frame, the loop entered at the
// handler), not by jumping back into this loop: that edge would keep the loop's
// hot values out of registers on every instruction (+5 machine instructions per
// bytecode in the countdown, measured). A resumed activation that catches
// again hands the frame back to the one running the first (RunFromHandlers), so
// the C stack grows by one activation at most.
#include <climits>
#include <cstdio>
#include <string>
#include <utility>

#include "base/schedule_point.h"
#include "runtime/interp/eval_support.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/quicken.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/condition_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/lock_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/sequence_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

using TC = Interpreter::ThreadContext;

// The operator of a BINARY_* opcode.
constexpr BinaryOperator OperatorOf(Opcode op) {
  switch (op) {
    case Opcode::BINARY_ADD:
    case Opcode::INPLACE_ADD:
      return BinaryOperator::kAdd;
    case Opcode::BINARY_SUBTRACT:
    case Opcode::INPLACE_SUBTRACT:
      return BinaryOperator::kSubtract;
    case Opcode::BINARY_MULTIPLY:
    case Opcode::INPLACE_MULTIPLY:
      return BinaryOperator::kMultiply;
    case Opcode::BINARY_FLOOR_DIVIDE:
    case Opcode::INPLACE_FLOOR_DIVIDE:
      return BinaryOperator::kFloorDivide;
    case Opcode::BINARY_TRUE_DIVIDE:
    case Opcode::INPLACE_TRUE_DIVIDE:
      return BinaryOperator::kTrueDivide;
    case Opcode::BINARY_MODULO:
    case Opcode::INPLACE_MODULO:
      return BinaryOperator::kModulo;
    case Opcode::BINARY_AND:
    case Opcode::INPLACE_AND:
      return BinaryOperator::kAnd;
    case Opcode::BINARY_OR:
    case Opcode::INPLACE_OR:
      return BinaryOperator::kOr;
    case Opcode::BINARY_XOR:
    case Opcode::INPLACE_XOR:
      return BinaryOperator::kXor;
    case Opcode::BINARY_LSHIFT:
    case Opcode::INPLACE_LSHIFT:
      return BinaryOperator::kLShift;
    case Opcode::BINARY_RSHIFT:
    case Opcode::INPLACE_RSHIFT:
      return BinaryOperator::kRShift;
    default:
      return BinaryOperator::kPower;
  }
}

// `a OP b` for an arithmetic opcode: ints on their fast paths (no overflow, a
// positive divisor), the rest by BinaryOp, or InPlaceOp for INPLACE_* (a list
// or a set changed in place). A new reference, or null with the error raised. The
// operands are borrowed.
[[gnu::always_inline]] inline Object* Arithmetic(TC& tc, Opcode op, Object* a,
                                                 Object* b) {
  if (IsWordInt(a) && IsWordInt(b)) [[likely]] {
    const std::int64_t x = IntWordValue(a), y = IntWordValue(b);
    std::int64_t v;
    switch (op) {
      case Opcode::BINARY_ADD:
      case Opcode::INPLACE_ADD:
        if (!__builtin_add_overflow(x, y, &v)) return NewInt(v);
        break;
      case Opcode::BINARY_SUBTRACT:
      case Opcode::INPLACE_SUBTRACT:
        if (!__builtin_sub_overflow(x, y, &v)) return NewInt(v);
        break;
      case Opcode::BINARY_MULTIPLY:
      case Opcode::INPLACE_MULTIPLY:
        if (!__builtin_mul_overflow(x, y, &v)) return NewInt(v);
        break;
      case Opcode::BINARY_FLOOR_DIVIDE:
      case Opcode::INPLACE_FLOOR_DIVIDE:
        if (y > 0) return NewInt(FloorDiv(x, y));  // no zero division, no INT64_MIN / -1
        break;
      case Opcode::BINARY_MODULO:
      case Opcode::INPLACE_MODULO:
        if (y > 0) return NewInt(FloorMod(x, y));
        break;
      default:
        break;
    }
  }
  if (IsInPlaceOpcode(op)) return InPlaceOp(tc.err, OperatorOf(op), a, b);
  return BinaryOp(tc.err, OperatorOf(op), a, b);
}

}  // namespace

using namespace eval_support;  // NOLINT: the loop's own out-of-line half

// --- The loop ----------------------------------------------------------------------

// A poll point before instruction `next` (the one that runs after it). A
// KeyboardInterrupt raised there unwinds from the instruction before it.
#define GILLAB_POLL(next)                                                       \
  do {                                                                          \
    if (tc.breaker->Load() != 0 || --tc.ticks <= 0) [[unlikely]] {              \
      if (!HandleEvalBreaker(tc, code, static_cast<std::size_t>((next)-first))) \
        goto error;                                                             \
    }                                                                           \
  } while (0)

template <PollPolicy kPolicy, bool kTrace, RefcountMode kCounts>
Object* Interpreter::Eval(ThreadContext& tc, const Code& code, Object** args,
                          Resumed* resumed) {
  const std::size_t frame_slots = static_cast<std::size_t>(code.num_slots) +
                                  static_cast<std::size_t>(code.stack_size);
  Object** locals;
  std::size_t with_base;
  if (resumed == nullptr) [[likely]] {
    if (tc.depth >= recursion_limit() || tc.arena_used + frame_slots > kArenaSlots ||
        static_cast<const char*>(__builtin_frame_address(0)) < tc.stack_limit) {
      for (int i = 0; i < code.num_params; ++i) DecRef<kCounts>(args[i]);
      for (int i = 0; i < code.num_free; ++i) DecRef<kCounts>(args[code.num_params + i]);
      return Raise(tc, "RecursionError", "maximum recursion depth exceeded");
    }
    tc.depth++;
    with_base = tc.with_locks.size();
    locals = tc.arena.get() + tc.arena_used;
    tc.arena_used += frame_slots;
    for (int i = 0; i < code.num_params; ++i) locals[i] = args[i];
    for (int i = code.num_params; i < code.num_slots; ++i) locals[i] = nullptr;
    if (code.num_cells + code.num_free != 0) [[unlikely]]
      MakeCells(code, locals, args + code.num_params);
  } else {
    locals = resumed->locals;
    with_base = resumed->with_base;
  }
  // The cells: cellvars and freevars, after the locals (LOAD_DEREF's index).
  Object** const cells = locals + code.num_locals;
  Object** const stack_base = locals + code.num_slots;
  Object** sp = resumed == nullptr ? stack_base : resumed->sp;
  // Superinstructions only where they change nothing observable (see Quicken).
  constexpr bool kQuick = kPolicy == PollPolicy::kBackedgesAndCalls && !kTrace;
  const Instr* const first = kQuick ? code.quick.data() : code.code.data();
  const Fused* const fused = code.fused.data();
  const Instr* ip = resumed == nullptr ? first : first + resumed->target;
  Object* const* const consts = code.consts.data();
  std::atomic<Object*>* const globals = globals_.get();
  std::int64_t executed = 0;
  Object* result = nullptr;
  int handler_pc = 0;  // the handler that caught an error
  Object* const true_object = runtime_.true_object();
  Object* const false_object = runtime_.false_object();
  Instr in;  // the instruction running (before the entry poll, which may jump to error)

  // The entry's poll point (a resumed frame's is none), or gen.throw()'s
  // error, raised at once (the branch a call's entry already takes: free).
  if (resumed == nullptr) [[likely]] {
    if constexpr (kPolicy == PollPolicy::kBackedgesAndCalls) GILLAB_POLL(first);
  } else if (resumed->throw_in) [[unlikely]] {
    resumed->throw_in = false;
    goto error;
  }

  // Dispatch. The loop is a `switch`; with gcc and clang each instruction ends by
  // jumping straight to the next one's case through a table ("computed goto", as
  // CPython's ceval does when it can), which gives the branch predictor one
  // indirect jump per opcode instead of one for all.
  // Before each instruction: the every-instruction poll, the trace, the fetch.
#define FETCH()                                                              \
  do {                                                                       \
    if constexpr (kPolicy == PollPolicy::kEveryInstruction) GILLAB_POLL(ip); \
    if constexpr (kTrace)                                                    \
      TraceInstruction(tc, code, static_cast<std::size_t>(ip - first));      \
    in = *ip++;                                                              \
    executed++;                                                              \
  } while (0)
#if defined(__GNUC__)
  static constexpr const void* kTargets[kNumQuickOpcodes] = {
#define GILLAB_TARGET_ADDRESS(name, kind, pops, pushes) &&op_##name,
      GILLAB_OPCODES(GILLAB_TARGET_ADDRESS)
#undef GILLAB_TARGET_ADDRESS
          && op_COMPARE_JUMP,
      &&op_BINARY_STORE,
      &&op_METHOD_FAST,
      &&op_BRANCH_FAST,
      &&op_BINARY_FAST,
  };
#define TARGET(name)                   \
  case static_cast<int>(Opcode::name): \
    op_##name:
#define QUICK_TARGET(name, value) \
  case value:                     \
    op_##name:
#define DISPATCH()                           \
  do {                                       \
    FETCH();                                 \
    goto* kTargets[static_cast<int>(in.op)]; \
  } while (0)
#else
#define TARGET(name) case static_cast<int>(Opcode::name):
#define QUICK_TARGET(name, value) case value:
#define DISPATCH() continue
#endif

  for (;;) {
    FETCH();
  redispatch:
    switch (static_cast<int>(in.op)) {
      TARGET(NOP)
      DISPATCH();
      QUICK_TARGET(COMPARE_JUMP, kCompareJump) {
        const Fused& f = fused[in.arg];
        Object* a = locals[f.a];
        Object* b = f.b_is_const ? consts[f.b] : locals[f.b];
        if (a != nullptr && b != nullptr && IsWordInt(a) && IsWordInt(b)) [[likely]] {
          executed += 3;
          if (CompareInts(static_cast<CompareOp>(f.op), IntWordValue(a),
                          IntWordValue(b)) == f.jump_if_true) {
            const Instr* target = first + f.c;
            if (target < ip) GILLAB_POLL(target);
            ip = target;
          } else {
            ip += 3;
          }
          DISPATCH();
        }
        in = code.code[static_cast<std::size_t>(ip - first) - 1];  // as written
        goto redispatch;
      }
      QUICK_TARGET(BINARY_STORE, kBinaryStore) {
        const Fused& f = fused[in.arg];
        Object* a = locals[f.a];
        Object* b = f.b_is_const ? consts[f.b] : locals[f.b];
        std::int64_t x;
        if (a != nullptr && b != nullptr && IsWordInt(a) && IsWordInt(b) &&
            !(f.op == 0 ? __builtin_add_overflow(IntWordValue(a), IntWordValue(b), &x)
                        : __builtin_sub_overflow(IntWordValue(a), IntWordValue(b), &x)))
            [[likely]] {
          executed += 3;
          ip += 3;
          Object* old = locals[f.c];
          if (old == a && (x < Runtime::kSmallIntMin || x > Runtime::kSmallIntMax) &&
              IsUniquelyReferenced(a)) {
            SetIntValueInPlace(a, x);  // nobody else can see it change
          } else {
            locals[f.c] = NewInt(x);
            XDecRef<kCounts>(old);
          }
          DISPATCH();
        }
        in = code.code[static_cast<std::size_t>(ip - first) - 1];
        goto redispatch;
      }
      QUICK_TARGET(METHOD_FAST, kMethodFast) {
        const Fused& f = fused[in.arg];
        Object* self = locals[f.a];
        Object* arg = f.op == 0 ? self : f.b_is_const ? consts[f.b] : locals[f.b];
        if (self != nullptr && arg != nullptr) [[likely]] {
          executed += 1 + f.op;
          ip += 1 + f.op;  // an error is the CALL_METHOD's
          const auto m = static_cast<std::size_t>(f.c);
          Object* r = CallMethod(tc, code, m, self, &arg, f.op);
          if (r == nullptr) goto error;
          *sp++ = r;
          DISPATCH();
        }
        in = code.code[static_cast<std::size_t>(ip - first) - 1];
        goto redispatch;
      }
      QUICK_TARGET(BINARY_FAST, kBinaryFast) {
        const Fused& f = fused[in.arg];
        Object* a = locals[f.a];
        Object* b = f.b_is_const ? consts[f.b] : locals[f.b];
        if (a != nullptr && b != nullptr) [[likely]] {
          executed += 2;
          ip += 2;  // an error is the BINARY_*'s
          const auto op = static_cast<Opcode>(f.op);
          Object* r = op == Opcode::BINARY_SUBSCR ? GetItem(tc.err, a, b)
                                                  : Arithmetic(tc, op, a, b);
          if (r == nullptr) goto error;
          *sp++ = r;
          DISPATCH();
        }
        in = code.code[static_cast<std::size_t>(ip - first) - 1];
        goto redispatch;
      }
      QUICK_TARGET(BRANCH_FAST, kBranchFast) {
        const Fused& f = fused[in.arg];
        Object* v = locals[f.a];
        if (v != nullptr) [[likely]] {
          executed += 1;
          ip += 1;
          const bool t = v == true_object ? true : v == false_object ? false : IsTrue(v);
          if (t == f.jump_if_true) {
            const Instr* target = first + f.c;
            if (target < ip) GILLAB_POLL(target);
            ip = target;
          }
          DISPATCH();
        }
        in = code.code[static_cast<std::size_t>(ip - first) - 1];
        goto redispatch;
      }
      TARGET(LOAD_CONST) {
        Object* v = consts[in.arg];
        IncRef<kCounts>(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(LOAD_FAST) {
        Object* v = locals[in.arg];
        if (v == nullptr) [[unlikely]] {
          RaiseUnboundLocal(tc, code, in.arg);
          goto error;
        }
        IncRef<kCounts>(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(STORE_FAST) {
        Object* old = locals[in.arg];
        locals[in.arg] = *--sp;
        XDecRef<kCounts>(old);
        DISPATCH();
      }
      TARGET(LOAD_GLOBAL) {
        Object* v = globals[in.arg].load(std::memory_order_acquire);
        if (v == nullptr) [[unlikely]] {
          RaiseNameError(tc, program_.globals[static_cast<std::size_t>(in.arg)].name);
          goto error;
        }
        if (tc.shared_globals) [[unlikely]] {
          v = TakeSharedSlot(&globals[in.arg], v);
          if (v == nullptr) {
            RaiseNameError(tc, program_.globals[static_cast<std::size_t>(in.arg)].name);
            goto error;
          }
        } else {
          IncRef<kCounts>(v);
        }
        *sp++ = v;
        DISPATCH();
      }
      TARGET(STORE_GLOBAL) {
        Object* v = *--sp;
        if (tc.shared_globals) [[unlikely]]
          MarkShared(v);
        XDecRef<kCounts>(globals[in.arg].exchange(v, std::memory_order_acq_rel));
        DISPATCH();
      }
      TARGET(POP_TOP)
      DecRef<kCounts>(*--sp);
      DISPATCH();
      TARGET(DUP_TOP) {
        Object* v = sp[-1];
        IncRef<kCounts>(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(ROT_TWO)
      std::swap(sp[-1], sp[-2]);
      DISPATCH();
      TARGET(BINARY_ADD)
      TARGET(BINARY_SUBTRACT)
      TARGET(BINARY_MULTIPLY)
      TARGET(BINARY_FLOOR_DIVIDE)
      TARGET(BINARY_MODULO)
      TARGET(BINARY_POWER)
      TARGET(BINARY_TRUE_DIVIDE)
      TARGET(INPLACE_ADD)
      TARGET(INPLACE_SUBTRACT)
      TARGET(INPLACE_MULTIPLY)
      TARGET(BINARY_AND)
      TARGET(BINARY_OR)
      TARGET(BINARY_XOR)
      TARGET(BINARY_LSHIFT)
      TARGET(BINARY_RSHIFT)
      TARGET(INPLACE_AND)
      TARGET(INPLACE_OR)
      TARGET(INPLACE_XOR)
      TARGET(INPLACE_FLOOR_DIVIDE)
      TARGET(INPLACE_TRUE_DIVIDE)
      TARGET(INPLACE_MODULO)
      TARGET(INPLACE_POWER)
      TARGET(INPLACE_LSHIFT)
      TARGET(INPLACE_RSHIFT) {
        Object* b = *--sp;
        Object* a = *--sp;
        Object* r = Arithmetic(tc, in.op, a, b);
        DecRef<kCounts>(a);
        DecRef<kCounts>(b);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(UNARY_NEGATIVE) {
        Object* a = *--sp;
        Object* r = Negative(tc.err, a);
        DecRef<kCounts>(a);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(UNARY_INVERT) {
        Object* a = *--sp;
        Object* r = Invert(tc.err, a);
        DecRef<kCounts>(a);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(UNARY_NOT) {
        Object* a = *--sp;
        const bool t = IsTrue(a);
        DecRef<kCounts>(a);
        *sp++ = NewBool(!t);
        DISPATCH();
      }
      TARGET(COMPARE_OP) {
        Object* b = *--sp;
        Object* a = *--sp;
        Object* r;
        if (IsWordInt(a) && IsWordInt(b) && in.arg <= static_cast<int>(CompareOp::kGe))
            [[likely]] {
          const bool t = CompareInts(static_cast<CompareOp>(in.arg), IntWordValue(a),
                                     IntWordValue(b));
          r = t ? true_object : false_object;  // immortal: no count to take
        } else {
          r = Compare(tc.err, static_cast<CompareOp>(in.arg), a, b);
        }
        DecRef<kCounts>(a);
        DecRef<kCounts>(b);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(JUMP) {
        const Instr* target = first + in.arg;
        if constexpr (kPolicy == PollPolicy::kBackedgesAndCalls) {
          if (target < ip) GILLAB_POLL(target);
        }
        ip = target;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_FALSE)
      TARGET(POP_JUMP_IF_TRUE) {
        Object* v = *--sp;
        const bool t = v == true_object ? true : v == false_object ? false : IsTrue(v);
        DecRef<kCounts>(v);
        if (t == (in.op == Opcode::POP_JUMP_IF_TRUE)) {
          const Instr* target = first + in.arg;
          if constexpr (kPolicy == PollPolicy::kBackedgesAndCalls) {
            if (target < ip) GILLAB_POLL(target);
          }
          ip = target;
        }
        DISPATCH();
      }
      TARGET(CALL) {
        const int n = in.arg;
        Object** argv = sp - n;
        Object* callee = argv[-1];
        sp = argv - 1;  // the arguments now belong to the call
        tc.instructions += executed;
        executed = 0;
        Object* r = Call(tc, callee, argv, n);
        DecRef<kCounts>(callee);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(CALL_METHOD)
      TARGET(CALL_METHOD_KW) {
        const int n = in.count;
        Object** argv = sp - n;
        Object* self = argv[-1];
        const auto k = static_cast<std::size_t>(in.arg);
        // CALL_METHOD_KW: the last arguments are keywords, named by kwnames[k].
        const std::vector<std::string>* kwnames =
            in.op == Opcode::CALL_METHOD_KW ? &code.kwnames[k] : nullptr;
        const int npos = kwnames != nullptr ? n - static_cast<int>(kwnames->size()) : n;
        Object* r = CallMethod(tc, code, k, self, argv, npos, kwnames);
        for (int i = 0; i < n; ++i) DecRef<kCounts>(argv[i]);
        DecRef<kCounts>(self);
        sp = argv - 1;
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(RETURN_VALUE)
      result = *--sp;
      goto done;
      TARGET(BUILD_LIST) {
        const int n = in.arg;
        Object** items = sp - n;
        Object* list = NewList();
        for (int i = 0; i < n; ++i) {
          ListAppend(list, items[i]);
          DecRef<kCounts>(items[i]);
        }
        sp = items;
        *sp++ = list;
        DISPATCH();
      }
      TARGET(BUILD_SET) {
        const int n = in.arg;
        Object** items = sp - n;
        Object* set = BuildSet(tc, items, n);
        for (int i = 0; i < n; ++i) DecRef<kCounts>(items[i]);
        sp = items;
        if (set == nullptr) goto error;
        *sp++ = set;
        DISPATCH();
      }
      TARGET(SET_ADD) {
        Object* item = *--sp;
        Object* set = *--sp;
        const bool ok = SetAddChecked(tc, set, item);
        DecRef<kCounts>(item);
        DecRef<kCounts>(set);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(BUILD_TUPLE) {
        const int n = in.arg;
        Object** items = sp - n;
        Object* tuple = NewTupleUninitialized(n);
        for (int i = 0; i < n; ++i) TupleInit(tuple, i, items[i]);  // steals
        sp = items;
        *sp++ = tuple;
        DISPATCH();
      }
      TARGET(BUILD_MAP) {
        const int n = in.arg;
        Object** items = sp - 2 * n;
        Object* dict = BuildMap(tc, items, n);
        for (int i = 0; i < 2 * n; ++i) DecRef<kCounts>(items[i]);
        sp = items;
        if (dict == nullptr) goto error;
        *sp++ = dict;
        DISPATCH();
      }
      TARGET(BINARY_SUBSCR) {
        Object* key = *--sp;
        Object* container = *--sp;
        Object* r = GetItem(tc.err, container, key);
        DecRef<kCounts>(container);
        DecRef<kCounts>(key);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(STORE_SUBSCR) {
        Object* key = *--sp;
        Object* container = *--sp;
        Object* value = *--sp;
        const bool ok = SetItem(tc.err, container, key, value);
        DecRef<kCounts>(key);
        DecRef<kCounts>(container);
        DecRef<kCounts>(value);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(LIST_APPEND) {
        Object* value = *--sp;
        Object* list = *--sp;
        const bool ok = ListAppendChecked(tc, list, value);
        DecRef<kCounts>(value);
        DecRef<kCounts>(list);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(ROT_THREE) {
        Object* top = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = top;
        DISPATCH();
      }
      TARGET(MAKE_FUNCTION) {
        if (in.count == 0) {  // a module-level def: the one immortal object
          *sp++ = function_objects_[static_cast<std::size_t>(in.arg)];
          DISPATCH();
        }
        Object* closure = (in.count & kMakeFunctionClosure) != 0 ? *--sp : nullptr;
        Object* defaults = (in.count & kMakeFunctionDefaults) != 0 ? *--sp : nullptr;
        const Code& callee = *codes_[static_cast<std::size_t>(in.arg)];
        Object* f = NewClosure(&callee, callee.name.c_str(), defaults, closure);
        XDecRef<kCounts>(closure);
        XDecRef<kCounts>(defaults);
        *sp++ = f;
        DISPATCH();
      }
      TARGET(CALL_KW) {
        const int n = in.count;
        Object** argv = sp - n;
        Object* callee = argv[-1];
        sp = argv - 1;
        tc.instructions += executed;
        executed = 0;
        Object* r =
            CallKw(tc, callee, argv, n, code.kwnames[static_cast<std::size_t>(in.arg)]);
        DecRef<kCounts>(callee);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(GET_ITER) {
        Object* v = sp[-1];
        if (!IsIterator(v) && !IsGenerator(v)) {  // a generator is its own (FOR_ITER)
          Object* it = NewIterator(v);            // GetIter's own path, inline
          if (it == nullptr) [[unlikely]] {
            NotIterable(tc, v);
            goto error;
          }
          sp[-1] = it;
          DecRef<kCounts>(v);
        }
        DISPATCH();
      }
      TARGET(FOR_ITER) {
        if (!IsIterator(sp[-1])) [[unlikely]] {
          // A generator (GET_ITER leaves one as it is), or what an assembly
          // program without GET_ITER has there ("... is not an iterator").
          tc.instructions += executed;
          executed = 0;
          const int r = ForIterSlow(tc, sp);
          if (r < 0) goto error;
          if (r > 0) {
            sp++;
          } else {
            sp--;
            ip = first + in.arg;
          }
          DISPATCH();
        }
        Object* next = IteratorNext(sp[-1]);
        if (next != nullptr) {
          *sp++ = next;
        } else {
          if (TakeIterError()) [[unlikely]]
            goto error;  // a generator's, a map's, ... Python code raised
          DecRef<kCounts>(*--sp);
          ip = first + in.arg;  // forward: the loop's back edge is its poll point
        }
        DISPATCH();
      }
      TARGET(UNPACK_SEQUENCE) {
        Object* seq = sp[-1];
        // Into the slots from sp[-1] up, last item first.
        const std::int64_t size = UnpackInto(seq, in.arg, sp - 1);
        if (size < 0) {
          if (size == -1) {  // -2: its iteration raised
            Raise(tc, "TypeError",
                  "cannot unpack non-iterable " + TypeName(seq) + " object");
          }
          goto error;
        }
        if (size != in.arg) {
          Raise(
              tc, "ValueError",
              size > in.arg
                  ? "too many values to unpack (expected " + std::to_string(in.arg) + ")"
                  : "not enough values to unpack (expected " + std::to_string(in.arg) +
                        ", got " + std::to_string(size) + ")");
          goto error;
        }
        sp += size - 1;
        DecRef<kCounts>(seq);
        DISPATCH();
      }
      TARGET(FORMAT_VALUE) {
        Object* v = sp[-1];
        if (in.arg != 0 || !IsStr(v)) {
          std::string text;
          if (!(in.arg != 0 ? ReprOrRaise(tc.err, v, &text)
                            : ToStringOrRaise(tc.err, v, &text)))
            goto error;
          sp[-1] = NewStr(text);
          DecRef<kCounts>(v);
        }
        DISPATCH();
      }
      TARGET(BUILD_STRING) {
        const int n = in.arg;
        Object** items = sp - n;
        Object* joined = ConcatStrs(items, n);
        for (int i = 0; i < n; ++i) DecRef<kCounts>(items[i]);
        sp = items;
        *sp++ = joined;
        DISPATCH();
      }
      TARGET(WITH_ENTER) {
        Object* lock = sp[-1];
        if (IsCondition(lock)) [[unlikely]] {  // `with cond:` is `with cond's lock:`
          lock = NewRef(ConditionLock(lock));
          DecRef<kCounts>(std::exchange(sp[-1], lock));
        }
        if (!IsAnyLock(lock)) {
          Raise(tc, "TypeError",
                "'" + TypeName(lock) +
                    "' object does not support the context manager "
                    "protocol");
          goto error;
        }
        if (!LockTryAcquire(lock) &&
            AcquireBlocking(tc, lock, absl::InfiniteDuration(), "Lock.__enter__") <= 0)
          goto error;                   // never 0: no timeout
        tc.with_locks.push_back(lock);  // the stack holds the reference
        *sp++ = true_object;            // what Lock.__enter__ returns (immortal)
        DISPATCH();
      }
      TARGET(WITH_EXIT) {
        Object* lock = *--sp;
        if (!tc.with_locks.empty() && tc.with_locks.back() == lock) {
          tc.with_locks.pop_back();
        }
        const bool ok = IsAnyLock(lock) && LockRelease(lock);
        const bool reentrant = IsRLock(lock);
        DecRef<kCounts>(lock);
        if (!ok) {
          Raise(tc, "RuntimeError",
                reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
          goto error;
        }
        DISPATCH();
      }
      TARGET(BUILD_SLICE) {
        const int n = in.arg;  // 2 or 3 (verified)
        Object** items = sp - n;
        Object* slice = NewSlice(items[0], items[1], n == 3 ? items[2] : runtime_.none());
        for (int i = 0; i < n; ++i) DecRef<kCounts>(items[i]);
        sp = items;
        *sp++ = slice;
        DISPATCH();
      }
      TARGET(DELETE_SUBSCR) {
        Object* key = *--sp;
        Object* container = *--sp;
        const bool ok = DelItem(tc.err, container, key);
        DecRef<kCounts>(container);
        DecRef<kCounts>(key);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(DELETE_FAST) {
        Object* old = locals[in.arg];
        if (old == nullptr) [[unlikely]] {
          RaiseUnboundLocal(tc, code, in.arg);
          goto error;
        }
        locals[in.arg] = nullptr;
        DecRef<kCounts>(old);
        DISPATCH();
      }
      TARGET(LOAD_DEREF) {
        auto* cell = AsCell(cells[in.arg]);
        Object* v = cell->ref.load(std::memory_order_acquire);
        if (v != nullptr && tc.shared_globals) [[unlikely]]
          v = TakeSharedSlot(&cell->ref, v);
        else if (v != nullptr)
          IncRef<kCounts>(v);
        if (v == nullptr) [[unlikely]] {
          RaiseUnboundCell(tc, code, in.arg);
          goto error;
        }
        *sp++ = v;
        DISPATCH();
      }
      TARGET(STORE_DEREF) {
        Object* v = *--sp;
        if (tc.shared_globals) [[unlikely]]
          MarkShared(v);
        XDecRef<kCounts>(
            AsCell(cells[in.arg])->ref.exchange(v, std::memory_order_acq_rel));
        DISPATCH();
      }
      TARGET(DELETE_DEREF) {
        Object* old =
            AsCell(cells[in.arg])->ref.exchange(nullptr, std::memory_order_acq_rel);
        if (old == nullptr) [[unlikely]] {
          RaiseUnboundCell(tc, code, in.arg);
          goto error;
        }
        DecRef<kCounts>(old);
        DISPATCH();
      }
      TARGET(LOAD_CLOSURE) {
        Object* cell = cells[in.arg];
        IncRef<kCounts>(cell);
        *sp++ = cell;
        DISPATCH();
      }
      TARGET(RAISE_ASSERTION) {
        std::string message;
        if (in.arg == 1) {
          Object* m = *--sp;
          const bool ok = ToStringOrRaise(tc.err, m, &message);
          DecRef<kCounts>(m);
          if (!ok) goto error;
        }
        RaiseAssertion(tc, message);
        goto error;
      }
      TARGET(CALL_FUNCTION_EX) {
        Object* keywords = in.arg != 0 ? *--sp : nullptr;
        Object* positional = *--sp;
        Object* callee = *--sp;
        tc.instructions += executed;
        executed = 0;
        Object* r = CallUnpacked(tc, callee, positional, keywords);
        XDecRef<kCounts>(keywords);
        DecRef<kCounts>(positional);
        DecRef<kCounts>(callee);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(DICT_MERGE) {
        Object* mapping = *--sp;
        Object* dict = *--sp;
        const bool ok = DictMerge(tc, dict, mapping);
        DecRef<kCounts>(mapping);
        DecRef<kCounts>(dict);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(LOAD_ATTR) {
        Object* ob = sp[-1];
        Object* r = GetAttr(tc, ob, code.attr_names[static_cast<std::size_t>(in.arg)]);
        if (r == nullptr) goto error;
        sp[-1] = r;
        DecRef<kCounts>(ob);
        DISPATCH();
      }
      TARGET(STORE_ATTR) {
        Object* ob = *--sp;
        Object* value = *--sp;
        const bool ok =
            SetAttr(tc, ob, code.attr_names[static_cast<std::size_t>(in.arg)], value);
        DecRef<kCounts>(ob);
        DecRef<kCounts>(value);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(DELETE_ATTR) {
        Object* ob = *--sp;
        const bool ok =
            DelAttr(tc, ob, code.attr_names[static_cast<std::size_t>(in.arg)]);
        DecRef<kCounts>(ob);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(BUILD_CLASS) {
        Object* cls = BuildClass(tc, code, locals, cells);
        if (cls == nullptr) goto error;
        *sp++ = cls;
        DISPATCH();
      }
      // The exception opcodes are out of line (exceptions.cc): cold, and their
      // bodies here cost the hot loop registers.
      TARGET(RAISE_VARARGS)
      sp -= in.arg;
      RaiseVarargs(tc, sp, in.arg);
      goto error;
      TARGET(CHECK_EXC_MATCH)
      if (!CheckExcMatch(tc, sp)) goto error;
      DISPATCH();
      TARGET(POP_EXCEPT)
      PopExcept(tc);
      DISPATCH();
      TARGET(RERAISE)
      ReraiseTop(tc, *--sp);
      goto error;
      // Generators (generators.cc). YIELD_VALUE runs only in a generator's
      // frame, which runs resumed (the verifier allows it nowhere else).
      TARGET(YIELD_VALUE)
      result = *--sp;
      goto yielded;
      TARGET(GET_YIELD_FROM_ITER) {
        Object* v = sp[-1];
        if (!IsGenerator(v)) {
          Object* it = GetIter(tc, v);
          if (it == nullptr) goto error;
          sp[-1] = it;
          DecRef<kCounts>(v);
        }
        DISPATCH();
      }
      TARGET(SEND) {
        Object* v = *--sp;
        Object* r;
        tc.instructions += executed;
        executed = 0;
        const int status = SendTo(tc, sp[-1], v, &r);
        if (status < 0) goto error;
        if (status == 0) {  // it returned r: the value of `yield from`
          DecRef<kCounts>(sp[-1]);
          sp[-1] = r;
          ip = first + in.arg;
        } else {
          *sp++ = r;
        }
        DISPATCH();
      }
      TARGET(DELETE_GLOBAL) {
        Object* old = globals[in.arg].exchange(nullptr, std::memory_order_acq_rel);
        if (old == nullptr) [[unlikely]] {
          RaiseNameError(tc, program_.globals[static_cast<std::size_t>(in.arg)].name);
          goto error;
        }
        DecRef<kCounts>(old);
        DISPATCH();
      }
    }
  }

yielded:  // a generator's frame is suspended: as done, but not ended
  resumed->target = static_cast<int>(ip - first);
  resumed->yielded = true;
  goto done;

error:
  // The instruction that raised: the one before ip (the first, at entry's poll).
  result = nullptr;
  if (Object** const caught =
          Unwinding(tc, code, static_cast<std::size_t>(ip > first ? ip - first - 1 : 0),
                    sp, stack_base, with_base, &handler_pc);
      caught != nullptr) [[unlikely]] {
    tc.instructions += executed;
    executed = 0;
    if (resumed != nullptr) {  // the activation that resumed this one goes on
      resumed->sp = caught;
      resumed->target = handler_pc;
      resumed->caught = true;
      return nullptr;
    }
    // The frame goes on at the handler, run by another activation of this
    // function for as long as its handlers catch. (A jump back into this loop
    // would make every instruction dearer: it costs the loop registers.)
    Resumed r{locals, caught, handler_pc, with_base, false};
    result = RunFromHandlers<kPolicy, kTrace, kCounts>(tc, code, &r);
    sp = r.sp;
  }
done:
  if (resumed != nullptr) [[unlikely]] {  // the frame is the resuming activation's
    resumed->sp = sp;
    tc.instructions += executed;
    return result;
  }
  // Locks this frame's `with` blocks still hold are released, as __exit__ would.
  ReleaseWithLocks(tc, with_base);
  if (HandlingInFrame(tc)) [[unlikely]]
    EndFrameHandling(tc);
  while (sp > stack_base) DecRef<kCounts>(*--sp);
  for (int i = 0; i < code.num_slots; ++i) XDecRef<kCounts>(locals[i]);
  tc.arena_used -= frame_slots;
  tc.depth--;
  tc.instructions += executed;
  return result;
}

template <PollPolicy kPolicy, bool kTrace, RefcountMode kCounts>
Object* Interpreter::RunFromHandlers(ThreadContext& tc, const Code& code, Resumed* r) {
  for (;;) {
    Object* result = Eval<kPolicy, kTrace, kCounts>(tc, code, nullptr, r);
    if (!r->caught) return result;
    r->caught = false;
  }
}

#undef GILLAB_POLL
#undef FETCH
#undef TARGET
#undef QUICK_TARGET
#undef DISPATCH

// The loops the constructor picks from: its counts tested first as the GIL build
// counts, and the fast loop once more for the free-threaded build's biased counts
// (IncRef's kExpected; the other loops are for watching, not for speed).
template Object* Interpreter::Eval<PollPolicy::kEveryInstruction, false,
                                   RefcountMode::kNonAtomic>(ThreadContext&, const Code&,
                                                             Object**, Resumed*);
template Object* Interpreter::Eval<PollPolicy::kEveryInstruction, true,
                                   RefcountMode::kNonAtomic>(ThreadContext&, const Code&,
                                                             Object**, Resumed*);
template Object* Interpreter::Eval<PollPolicy::kBackedgesAndCalls, false,
                                   RefcountMode::kNonAtomic>(ThreadContext&, const Code&,
                                                             Object**, Resumed*);
template Object* Interpreter::Eval<PollPolicy::kBackedgesAndCalls, false,
                                   RefcountMode::kBiased>(ThreadContext&, const Code&,
                                                          Object**, Resumed*);
template Object* Interpreter::Eval<PollPolicy::kBackedgesAndCalls, true,
                                   RefcountMode::kNonAtomic>(ThreadContext&, const Code&,
                                                             Object**, Resumed*);

}  // namespace gillab
