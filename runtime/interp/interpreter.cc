// gillab/runtime/interpreter.cc — the eval loop, calls, builtins, threads.
//
// Ownership on the value stack: every slot holds a reference the frame owns.
// An instruction that pops a value either passes that reference on (STORE_FAST,
// a call's arguments, which become the callee's locals) or drops it. An error
// unwinds the frame: what is on the stack and in the locals is dropped, and the
// caller sees null.
#include "runtime/interpreter.h"

#include <climits>
#include <cmath>
#include <cstdio>
#include <latch>
#include <thread>

#include "absl/synchronization/notification.h"
#include "runtime/callable_object.h"
#include "runtime/dict_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/iter_object.h"
#include "runtime/list_object.h"
#include "runtime/lock_object.h"
#include "runtime/object_ops.h"
#include "runtime/refcount.h"
#include "runtime/singletons.h"
#include "runtime/str_object.h"
#include "runtime/thread_object.h"
#include "runtime/tuple_object.h"
#include "runtime/verifier.h"

namespace gillab {

const char* PollPolicyName(PollPolicy policy) {
  return policy == PollPolicy::kEveryInstruction ? "every-instruction"
                                                 : "backedges-and-calls";
}

bool ParsePollPolicy(std::string_view name, PollPolicy* policy) {
  if (name == "every-instruction") {
    *policy = PollPolicy::kEveryInstruction;
  } else if (name == "backedges-and-calls") {
    *policy = PollPolicy::kBackedgesAndCalls;
  } else {
    return false;
  }
  return true;
}

const char* PollPolicyChoices() { return "every-instruction, backedges-and-calls"; }

namespace {

#define GILLAB_METHODS(X)                                          \
  X(kAppend, "append")   /* list */                                \
  X(kPop, "pop")         /* list, dict */                          \
  X(kGet, "get")         /* dict */                                \
  X(kKeys, "keys")       /* dict: a list (CPython: a view) */      \
  X(kValues, "values")   /* dict: a list */                        \
  X(kItems, "items")     /* dict: a list of (key, value) tuples */ \
  X(kAcquire, "acquire") /* Lock */                                \
  X(kRelease, "release") /* Lock */                                \
  X(kLocked, "locked")   /* Lock */                                \
  X(kStart, "start")     /* Thread */                              \
  X(kJoin, "join")       /* Thread */

enum class Method : std::uint8_t {
#define GILLAB_METHOD_ENUM(id, name) id,
  GILLAB_METHODS(GILLAB_METHOD_ENUM)
#undef GILLAB_METHOD_ENUM
      kUnknown
};

Method ParseMethod(std::string_view name) {
#define GILLAB_METHOD_PARSE(id, text) \
  if (name == text) return Method::id;
  GILLAB_METHODS(GILLAB_METHOD_PARSE)
#undef GILLAB_METHOD_PARSE
  return Method::kUnknown;
}

// CALL_KW's "a,b" -> {"a", "b"}.
std::vector<std::string> SplitKeywords(const std::string& names) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (;;) {
    const std::size_t e = names.find(',', b);
    out.push_back(names.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) return out;
    b = e + 1;
  }
}

constexpr std::size_t kArenaSlots = 1 << 16;  // value-stack slots per thread

// Superinstructions (quickening). Load() rewrites the first instruction of two
// four-instruction patterns that loops are made of into one internal opcode, as
// CPython 3.11's specializing interpreter does with COMPARE_OP_INT_JUMP and
// BINARY_OP_SUBTRACT_INT:
//   COMPARE_JUMP  LOAD_FAST a; LOAD_FAST|LOAD_CONST b; COMPARE_OP; POP_JUMP_IF_*
//   BINARY_STORE  LOAD_FAST a; LOAD_FAST|LOAD_CONST b; BINARY_ADD|SUBTRACT;
//                 STORE_FAST c
// They run only when both operands are ints (else the first original instruction
// runs and the rest follow as written), only under backedges-and-calls (no poll
// point falls inside a pattern, so no GIL switch can be lost or gained) and only
// without the instruction trace. A jump into the middle of a pattern lands on the
// original instructions, which are kept. Executed-instruction counts include all
// four. BINARY_STORE stores into the old int in place when nothing else can see
// it (the local `c` holds its only reference), as CPython 3.11 does for `s += t`
// on strings.
constexpr int kCompareJump = kNumOpcodes;
constexpr int kBinaryStore = kNumOpcodes + 1;
constexpr int kNumQuickOpcodes = kNumOpcodes + 2;

struct Fused {
  std::int32_t a = 0;  // local
  std::int32_t b = 0;  // local or constant
  bool b_is_const = false;
  std::uint8_t op = 0;  // CompareOp, or 0 add / 1 subtract
  bool jump_if_true = false;
  std::int32_t c = 0;  // jump target, or the local stored to
};

bool CompareInts(CompareOp op, std::int64_t x, std::int64_t y) {
  switch (op) {
    case CompareOp::kLt:
      return x < y;
    case CompareOp::kLe:
      return x <= y;
    case CompareOp::kEq:
      return x == y;
    case CompareOp::kNe:
      return x != y;
    case CompareOp::kGt:
      return x > y;
    default:
      return x >= y;
  }
}

}  // namespace

struct Interpreter::Code {
  std::string name;
  int num_params = 0;
  int num_locals = 0;
  int stack_size = 0;
  std::vector<Instr> code;
  std::vector<Object*> consts;  // immortal
  std::vector<std::string> names;
  std::vector<Method> methods;                    // names, resolved
  std::vector<std::vector<std::string>> kwnames;  // names, split at commas (CALL_KW)
  const FunctionSpec* spec = nullptr;
  std::vector<Instr> quick;  // `code` with superinstructions (see kCompareJump)
  std::vector<Fused> fused;
};

namespace {

void Quicken(Interpreter::Code& code) {
  code.quick = code.code;
  const std::vector<Instr>& c = code.code;
  for (std::size_t k = 0; k + 3 < c.size(); ++k) {
    if (c[k].op != Opcode::LOAD_FAST ||
        (c[k + 1].op != Opcode::LOAD_FAST && c[k + 1].op != Opcode::LOAD_CONST)) {
      continue;
    }
    Fused f;
    f.a = c[k].arg;
    f.b = c[k + 1].arg;
    f.b_is_const = c[k + 1].op == Opcode::LOAD_CONST;
    int op;
    if (c[k + 2].op == Opcode::COMPARE_OP &&
        c[k + 2].arg <= static_cast<int>(CompareOp::kGe) &&  // an ordering, not `is`
        (c[k + 3].op == Opcode::POP_JUMP_IF_FALSE ||
         c[k + 3].op == Opcode::POP_JUMP_IF_TRUE)) {
      op = kCompareJump;
      f.op = static_cast<std::uint8_t>(c[k + 2].arg);
      f.jump_if_true = c[k + 3].op == Opcode::POP_JUMP_IF_TRUE;
      f.c = c[k + 3].arg;
    } else if ((c[k + 2].op == Opcode::BINARY_ADD ||
                c[k + 2].op == Opcode::BINARY_SUBTRACT) &&
               c[k + 3].op == Opcode::STORE_FAST) {
      op = kBinaryStore;
      f.op = c[k + 2].op == Opcode::BINARY_ADD ? 0 : 1;
      f.c = c[k + 3].arg;
    } else {
      continue;
    }
    code.quick[k] =
        Instr{static_cast<Opcode>(op), 0, static_cast<std::int32_t>(code.fused.size())};
    code.fused.push_back(f);
  }
}

}  // namespace

struct Interpreter::ThreadContext {
  int index = 0;
  ThreadState* ts = nullptr;
  GilThread* gt = nullptr;
  ThreadTrace* trace = nullptr;  // GIL events; null when not tracing
  EvalBreaker* breaker = nullptr;
  const Code* function = nullptr;  // what the thread runs (checked by Run)
  int ticks = INT_MAX;
  int depth = 0;
  std::int64_t instructions = 0;
  std::string error;                // "TypeError: ..."
  std::vector<TraceFrame> frames;   // unwound by the error, innermost first
  std::vector<Object*> with_locks;  // taken by WITH_ENTER, innermost last
  Started* started = nullptr;       // for threads started by the program
  std::vector<std::int64_t> blocking_latency_ns;
  std::unique_ptr<Object*[]> arena;
  std::size_t arena_used = 0;
};

namespace {

using TC = Interpreter::ThreadContext;

[[gnu::cold, gnu::noinline]] Object* Raise(TC& tc, std::string_view type,
                                           std::string_view message) {
  tc.error.assign(type);
  tc.error += ": ";
  tc.error += message;
  return nullptr;
}

std::string TypeName(const Object* ob) { return ob->type->name; }

bool IsExactInt(const Object* ob) { return IsType(ob, kIntType); }

bool IsTrue(const Object* ob) {
  if (IsBool(ob) || IsExactInt(ob)) return IntValue(ob) != 0;
  if (IsNone(ob)) return false;
  if (IsFloat(ob)) return FloatValue(ob) != 0.0;
  if (IsStr(ob)) return !StrView(ob).empty();
  if (IsList(ob)) return ListSize(ob) != 0;
  if (IsTuple(ob)) return TupleSize(ob) != 0;
  if (IsDict(ob)) return DictSize(ob) != 0;
  return true;
}

Object* Bool(bool b) { return NewBool(b); }

bool AsDouble(const Object* ob, double* out) {
  if (IsInt(ob)) {
    *out = static_cast<double>(IntValue(ob));
    return true;
  }
  if (IsFloat(ob)) {
    *out = FloatValue(ob);
    return true;
  }
  return false;
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

std::int64_t FloorMod(std::int64_t a, std::int64_t b) {
  std::int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

const char* OpSymbol(Opcode op) {
  switch (op) {
    case Opcode::BINARY_ADD:
      return "+";
    case Opcode::BINARY_SUBTRACT:
      return "-";
    case Opcode::BINARY_MULTIPLY:
      return "*";
    case Opcode::BINARY_FLOOR_DIVIDE:
      return "//";
    case Opcode::BINARY_TRUE_DIVIDE:
      return "/";
    case Opcode::BINARY_MODULO:
      return "%";
    case Opcode::BINARY_POWER:
      return "** or pow()";
    default:
      return "?";
  }
}

[[gnu::noinline]] Object* Unsupported(TC& tc, Opcode op, const Object* a,
                                      const Object* b) {
  return Raise(tc, "TypeError",
               std::string("unsupported operand type(s) for ") + OpSymbol(op) + ": '" +
                   TypeName(a) + "' and '" + TypeName(b) + "'");
}

// a <op> b for the slow cases (the int fast path is in the loop). NEW reference.
[[gnu::noinline]] Object* BinaryOp(TC& tc, Opcode op, Object* a, Object* b) {
  if (IsInt(a) && IsInt(b)) {
    const std::int64_t x = IntValue(a), y = IntValue(b);
    std::int64_t r = 0;
    bool overflow = false;
    switch (op) {
      case Opcode::BINARY_ADD:
        overflow = __builtin_add_overflow(x, y, &r);
        break;
      case Opcode::BINARY_SUBTRACT:
        overflow = __builtin_sub_overflow(x, y, &r);
        break;
      case Opcode::BINARY_MULTIPLY:
        overflow = __builtin_mul_overflow(x, y, &r);
        break;
      case Opcode::BINARY_FLOOR_DIVIDE:
      case Opcode::BINARY_MODULO:
        if (y == 0)
          return Raise(tc, "ZeroDivisionError", "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) {
          overflow = op == Opcode::BINARY_FLOOR_DIVIDE;
          r = 0;
        } else {
          r = op == Opcode::BINARY_FLOOR_DIVIDE ? FloorDiv(x, y) : FloorMod(x, y);
        }
        break;
      case Opcode::BINARY_TRUE_DIVIDE:
        if (y == 0) return Raise(tc, "ZeroDivisionError", "division by zero");
        return NewFloat(static_cast<double>(x) / static_cast<double>(y));
      case Opcode::BINARY_POWER: {
        if (y < 0) {
          if (x == 0) {
            return Raise(tc, "ZeroDivisionError",
                         "0.0 cannot be raised to a negative power");
          }
          return NewFloat(std::pow(static_cast<double>(x), static_cast<double>(y)));
        }
        r = 1;
        std::int64_t base = x;
        for (std::int64_t e = y; e > 0 && !overflow; e >>= 1) {
          if (e & 1) overflow = __builtin_mul_overflow(r, base, &r);
          if (e > 1 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
        }
        break;
      }
      default:
        return Unsupported(tc, op, a, b);
    }
    if (overflow) {
      return Raise(tc, "OverflowError", "integer overflow (gillab ints are 64-bit)");
    }
    return NewInt(r);
  }
  double x, y;
  if (AsDouble(a, &x) && AsDouble(b, &y)) {
    switch (op) {
      case Opcode::BINARY_ADD:
        return NewFloat(x + y);
      case Opcode::BINARY_SUBTRACT:
        return NewFloat(x - y);
      case Opcode::BINARY_MULTIPLY:
        return NewFloat(x * y);
      case Opcode::BINARY_TRUE_DIVIDE:
        if (y == 0) return Raise(tc, "ZeroDivisionError", "float division by zero");
        return NewFloat(x / y);
      case Opcode::BINARY_FLOOR_DIVIDE:
        if (y == 0) return Raise(tc, "ZeroDivisionError", "float floor division by zero");
        return NewFloat(std::floor(x / y));
      case Opcode::BINARY_MODULO: {
        if (y == 0) return Raise(tc, "ZeroDivisionError", "float modulo");
        double m = std::fmod(x, y);
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return NewFloat(m);
      }
      case Opcode::BINARY_POWER:
        if (x == 0 && y < 0) {
          return Raise(tc, "ZeroDivisionError",
                       "0.0 cannot be raised to a negative power");
        }
        return NewFloat(std::pow(x, y));
      default:
        return Unsupported(tc, op, a, b);
    }
  }
  if (op == Opcode::BINARY_ADD && IsStr(a) && IsStr(b)) {
    std::string s(StrView(a));
    s += StrView(b);
    return NewStr(s);
  }
  if (op == Opcode::BINARY_ADD &&
      ((IsList(a) && IsList(b)) || (IsTuple(a) && IsTuple(b)))) {
    const bool list = IsList(a);
    Object* out = NewList();
    for (Object* src : {a, b}) {
      const std::int64_t n = list ? ListSize(src) : TupleSize(src);
      for (std::int64_t i = 0; i < n; ++i) {
        ListAppend(out, list ? ListGetItem(src, i) : TupleGetItem(src, i));
      }
    }
    if (list) return out;
    const std::int64_t n = ListSize(out);
    Object* tuple = NewTupleUninitialized(n);
    for (std::int64_t i = 0; i < n; ++i) TupleInit(tuple, i, NewRef(ListGetItem(out, i)));
    DecRef(out);
    return tuple;
  }
  if (op == Opcode::BINARY_MULTIPLY && ((IsStr(a) || IsList(a)) && IsExactInt(b))) {
    const std::int64_t times = std::max<std::int64_t>(IntValue(b), 0);
    if (IsStr(a)) {
      if (times > 0 && StrView(a).size() > (std::size_t{1} << 30) / times) {
        return Raise(tc, "MemoryError", "string too large");
      }
      std::string s;
      for (std::int64_t i = 0; i < times; ++i) s += StrView(a);
      return NewStr(s);
    }
    const std::int64_t n = ListSize(a);
    if (times > 0 && n > (std::int64_t{1} << 26) / times) {
      return Raise(tc, "MemoryError", "list too large");
    }
    Object* out = NewList();
    for (std::int64_t t = 0; t < times; ++t) {
      for (std::int64_t i = 0; i < n; ++i) ListAppend(out, ListGetItem(a, i));
    }
    return out;
  }
  return Unsupported(tc, op, a, b);
}

// `a in b`: 1, 0, or -1 with an error.
int Contains(TC& tc, Object* a, Object* b) {
  if (IsList(b) || IsTuple(b)) {
    const bool list = IsList(b);
    const std::int64_t n = list ? ListSize(b) : TupleSize(b);
    for (std::int64_t i = 0; i < n; ++i) {
      if (Equal(a, list ? ListGetItem(b, i) : TupleGetItem(b, i))) return 1;
    }
    return 0;
  }
  if (IsDict(b)) {
    std::uint64_t h;
    if (!Hash(a, &h)) {
      Raise(tc, "TypeError", "unhashable type: '" + TypeName(a) + "'");
      return -1;
    }
    return DictGetItem(b, a) != nullptr ? 1 : 0;
  }
  if (IsStr(b)) {
    if (!IsStr(a)) {
      Raise(tc, "TypeError",
            "'in <string>' requires string as left operand, not " + TypeName(a));
      return -1;
    }
    return StrView(b).find(StrView(a)) != std::string_view::npos ? 1 : 0;
  }
  if (IsRange(b)) {
    Object* it = NewIterator(b);
    int found = 0;
    while (Object* v = IteratorNext(it)) {
      found = Equal(a, v) ? 1 : 0;
      DecRef(v);
      if (found) break;
    }
    DecRef(it);
    return found;
  }
  Raise(tc, "TypeError", "argument of type '" + TypeName(b) + "' is not iterable");
  return -1;
}

// a <op> b as a bool, or null with an error.
[[gnu::noinline]] Object* CompareObjects(TC& tc, CompareOp op, Object* a, Object* b) {
  switch (op) {
    case CompareOp::kEq:
      return Bool(Equal(a, b));
    case CompareOp::kNe:
      return Bool(!Equal(a, b));
    case CompareOp::kIs:
      return Bool(a == b);
    case CompareOp::kIsNot:
      return Bool(a != b);
    case CompareOp::kIn:
    case CompareOp::kNotIn: {
      const int c = Contains(tc, a, b);
      if (c < 0) return nullptr;
      return Bool((c == 1) == (op == CompareOp::kIn));
    }
    default:
      break;
  }
  int c;  // -1, 0, 1
  double x, y;
  if (IsInt(a) && IsInt(b)) {
    c = IntValue(a) < IntValue(b) ? -1 : IntValue(a) > IntValue(b) ? 1 : 0;
  } else if (AsDouble(a, &x) && AsDouble(b, &y)) {
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (IsStr(a) && IsStr(b)) {
    const int r = StrView(a).compare(StrView(b));
    c = r < 0 ? -1 : r > 0 ? 1 : 0;
  } else {
    return Raise(tc, "TypeError",
                 std::string("'") + CompareOpSymbol(op) + "' not supported between " +
                     "instances of '" + TypeName(a) + "' and '" + TypeName(b) + "'");
  }
  switch (op) {
    case CompareOp::kLt:
      return Bool(c < 0);
    case CompareOp::kLe:
      return Bool(c <= 0);
    case CompareOp::kGt:
      return Bool(c > 0);
    default:
      return Bool(c >= 0);
  }
}

// Python's index rules: negative counts from the end. False when out of range.
bool NormalizeIndex(std::int64_t size, std::int64_t* i) {
  if (*i < 0) *i += size;
  return *i >= 0 && *i < size;
}

[[gnu::noinline]] Object* Subscript(TC& tc, Object* container, Object* key) {
  if (IsDict(container)) {
    Object* v = DictGetItem(container, key);
    if (v == nullptr) {
      std::uint64_t h;
      if (!Hash(key, &h)) {
        return Raise(tc, "TypeError", "unhashable type: '" + TypeName(key) + "'");
      }
      return Raise(tc, "KeyError", Repr(key));
    }
    return NewRef(v);
  }
  if (IsList(container) || IsTuple(container) || IsStr(container)) {
    if (!IsInt(key)) {
      return Raise(
          tc, "TypeError",
          TypeName(container) + " indices must be integers, not " + TypeName(key));
    }
    std::int64_t i = IntValue(key);
    if (IsList(container)) {
      if (!NormalizeIndex(ListSize(container), &i)) {
        return Raise(tc, "IndexError", "list index out of range");
      }
      return NewRef(ListGetItem(container, i));
    }
    if (IsTuple(container)) {
      if (!NormalizeIndex(TupleSize(container), &i)) {
        return Raise(tc, "IndexError", "tuple index out of range");
      }
      return NewRef(TupleGetItem(container, i));
    }
    std::string_view s = StrView(container);
    if (!NormalizeIndex(static_cast<std::int64_t>(s.size()), &i)) {
      return Raise(tc, "IndexError", "string index out of range");
    }
    return NewStr(s.substr(static_cast<std::size_t>(i), 1));
  }
  return Raise(tc, "TypeError",
               "'" + TypeName(container) + "' object is not subscriptable");
}

[[gnu::noinline]] bool StoreSubscript(TC& tc, Object* container, Object* key,
                                      Object* value) {
  if (IsDict(container)) {
    if (!DictSetItem(container, key, value)) {
      Raise(tc, "TypeError", "unhashable type: '" + TypeName(key) + "'");
      return false;
    }
    return true;
  }
  if (IsList(container)) {
    if (!IsInt(key)) {
      Raise(tc, "TypeError", "list indices must be integers, not " + TypeName(key));
      return false;
    }
    std::int64_t i = IntValue(key);
    if (!NormalizeIndex(ListSize(container), &i)) {
      Raise(tc, "IndexError", "list assignment index out of range");
      return false;
    }
    ListSetItem(container, i, value);
    return true;
  }
  Raise(tc, "TypeError",
        "'" + TypeName(container) + "' object does not support item assignment");
  return false;
}

// True when a builtin or method got `want` arguments; else raises TypeError.
bool CheckArity(TC& tc, std::string_view name, int want, int nargs) {
  if (nargs == want) return true;
  Raise(tc, "TypeError",
        std::string(name) + "() takes exactly " + std::to_string(want) + " argument" +
            (want == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
  return false;
}

// "f() missing 2 required positional arguments: 'a' and 'b'", as Python says it.
[[gnu::cold, gnu::noinline]] Object* RaiseMissing(TC& tc, const std::string& function,
                                                  const std::vector<std::string>& names) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0)
      list += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    list += "'" + names[i] + "'";
  }
  return Raise(tc, "TypeError",
               function + "() missing " + std::to_string(names.size()) +
                   " required positional argument" + (names.size() == 1 ? "" : "s") +
                   ": " + list);
}

[[gnu::cold, gnu::noinline]] void RaiseNameError(TC& tc, const std::string& name) {
  Raise(tc, "NameError", "name '" + name + "' is not defined");
}

// -x and `not x` for everything but the int fast path.
[[gnu::noinline]] Object* Negative(TC& tc, Object* a) {
  if (IsInt(a) && IntValue(a) != INT64_MIN) return NewInt(-IntValue(a));
  if (IsFloat(a)) return NewFloat(-FloatValue(a));
  if (IsInt(a))
    return Raise(tc, "OverflowError", "integer overflow (gillab ints are 64-bit)");
  return Raise(tc, "TypeError", "bad operand type for unary -: '" + TypeName(a) + "'");
}

[[gnu::noinline]] Object* BuildMap(TC& tc, Object** items, int n) {
  Object* dict = NewDict();
  for (int i = 0; i < n; ++i) {
    if (!DictSetItem(dict, items[2 * i], items[2 * i + 1])) {
      Raise(tc, "TypeError", "unhashable type: '" + TypeName(items[2 * i]) + "'");
      DecRef(dict);
      return nullptr;
    }
  }
  return dict;
}

[[gnu::noinline]] bool ListAppendChecked(TC& tc, Object* list, Object* value) {
  if (!IsList(list)) {
    Raise(tc, "AttributeError",
          "'" + TypeName(list) + "' object has no attribute 'append'");
    return false;
  }
  ListAppend(list, value);
  return true;
}

// The concatenation of `n` values, each a str (FORMAT_VALUE made it one) or
// str()'d. NEW reference.
[[gnu::noinline]] Object* ConcatStrs(Object* const* items, int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    if (IsStr(items[i])) {
      text += StrView(items[i]);
    } else {
      text += ToString(items[i]);  // only an assembly program gets here
    }
  }
  return NewStr(text);
}

Object* ConstantObject(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::kNone:
      return NewNone();
    case Constant::Kind::kBool:
      return NewBool(c.i != 0);
    case Constant::Kind::kInt:
      return NewInt(c.i);
    case Constant::Kind::kFloat:
      return NewFloat(c.f);
    case Constant::Kind::kStr:
      return NewStr(c.s);
  }
  return NewNone();
}

}  // namespace

Interpreter::Interpreter(Runtime& runtime, Gil& gil, InterpreterOptions options)
    : runtime_(runtime), gil_(gil), options_(std::move(options)) {
  const bool every = options_.poll == PollPolicy::kEveryInstruction;
  if (options_.trace_instructions) {
    eval_ = every ? &Interpreter::Eval<PollPolicy::kEveryInstruction, true>
                  : &Interpreter::Eval<PollPolicy::kBackedgesAndCalls, true>;
  } else {
    eval_ = every ? &Interpreter::Eval<PollPolicy::kEveryInstruction, false>
                  : &Interpreter::Eval<PollPolicy::kBackedgesAndCalls, false>;
  }
}

Interpreter::~Interpreter() {
  if (globals_ != nullptr) {
    for (std::size_t i = 0; i < program_.globals.size(); ++i) {
      XDecRef(globals_[i].exchange(nullptr, std::memory_order_acq_rel));
    }
  }
  // Made immortal by Load, so no count will ever free them; the program is gone.
  for (Object* ob : immortals_) ob->type->dealloc(ob);
}

absl::Status Interpreter::Load(ProgramSpec program) {
  if (loaded_) return absl::FailedPreconditionError("a program is already loaded");
  if (absl::Status s = Verify(program); !s.ok()) return s;
  program_ = std::move(program);
  loaded_ = true;
  auto keep = [&](Object* ob) {
    if (!IsImmortal(ob)) {
      Immortalize(ob);
      immortals_.push_back(ob);
    }
    return ob;
  };
  for (const FunctionSpec& fn : program_.functions) {
    auto code = std::make_unique<Code>();
    code->name = fn.name;
    code->num_params = fn.num_params;
    code->num_locals = static_cast<int>(fn.locals.size());
    code->stack_size = fn.stack_size;
    code->code = fn.code;
    for (const Constant& c : fn.consts) code->consts.push_back(keep(ConstantObject(c)));
    code->names = fn.names;
    for (const std::string& n : fn.names) {
      code->methods.push_back(ParseMethod(n));
      code->kwnames.push_back(SplitKeywords(n));
    }
    code->spec = &fn;
    Quicken(*code);
    codes_.push_back(std::move(code));
  }
  for (const auto& code : codes_) {
    function_objects_.push_back(keep(NewFunction(code.get(), code->name.c_str())));
  }
  const bool python = program_.dialect == Dialect::kPython;
  globals_ = std::make_unique<std::atomic<Object*>[]>(program_.globals.size());
  for (std::size_t i = 0; i < program_.globals.size(); ++i) {
    const GlobalSpec& g = program_.globals[i];
    Object* value = nullptr;
    Builtin b;
    if (const int f = python ? -1 : program_.FindFunction(g.name); f >= 0) {
      value = function_objects_[static_cast<std::size_t>(f)];
    } else if (g.initial.has_value()) {
      value = ConstantObject(*g.initial);
    } else if (python ? ParsePythonBuiltin(g.name, &b) : ParseBuiltin(g.name, &b)) {
      // Named as the program knows it: `time.sleep` in a traceback.
      value =
          keep(NewBuiltin(static_cast<int>(b), python ? g.name.c_str() : BuiltinName(b)));
    }
    globals_[i].store(value, std::memory_order_relaxed);
  }
  return absl::OkStatus();
}

std::optional<std::string> Interpreter::GlobalRepr(std::string_view name) const {
  const int i = program_.FindGlobal(name);
  if (i < 0 || globals_ == nullptr) return std::nullopt;
  Object* v = globals_[static_cast<std::size_t>(i)].load(std::memory_order_acquire);
  if (v == nullptr) return std::nullopt;
  return Repr(v);
}

std::optional<std::int64_t> Interpreter::GlobalInt(std::string_view name) const {
  const int i = program_.FindGlobal(name);
  if (i < 0 || globals_ == nullptr) return std::nullopt;
  Object* v = globals_[static_cast<std::size_t>(i)].load(std::memory_order_acquire);
  if (v == nullptr || !IsInt(v)) return std::nullopt;
  return IntValue(v);
}

void Interpreter::Print(std::string_view text) {
  absl::MutexLock lock(&print_mu_);
  if (options_.print) {
    options_.print(text);
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
}

void Interpreter::TraceInstruction(const ThreadContext& tc, const Code& code,
                                   std::size_t pc) {
  const std::string text = FormatInstr(program_, *code.spec, code.code[pc]);
  std::fprintf(options_.trace_out != nullptr ? options_.trace_out : stderr,
               "[t%d] %-12s %4zu  %s\n", tc.index, code.name.c_str(), pc, text.c_str());
}

// --- The eval breaker ---------------------------------------------------------------

void Interpreter::HandleEvalBreaker(ThreadContext& tc) {
  const std::uint32_t bits = tc.breaker->Load();
  if (bits & EvalBreaker::kStopTheWorld) tc.ts->PollSafePoint();
  if (bits & EvalBreaker::kMergeQueued) tc.ts->MergeQueuedObjects();
  const int interval = gil_.yield_interval();
  if ((bits & EvalBreaker::kGilDropRequest) || (interval > 0 && tc.ticks <= 0)) {
    gil_.Yield(*tc.gt);
  }
  tc.ticks = interval > 0 ? interval : INT_MAX;
}

template <typename F>
void Interpreter::Blocking(ThreadContext& tc, bool record, F&& block) {
  gil_.ReleaseForBlocking(*tc.gt);
  tc.ts->BeginBlocking();
  block();
  const std::int64_t ready = MonotonicNanos();
  tc.ts->EndBlocking();
  gil_.AcquireAfterBlocking(*tc.gt);
  if (record) tc.blocking_latency_ns.push_back(MonotonicNanos() - ready);
}

// --- Calls --------------------------------------------------------------------------

// "f() takes 1 positional argument but 2 were given", as Python says it.
static std::string TooManyPositional(const Interpreter::Code& code, int given) {
  return code.name + "() takes " + std::to_string(code.num_params) +
         " positional argument" + (code.num_params == 1 ? "" : "s") + " but " +
         std::to_string(given) + (given == 1 ? " was" : " were") + " given";
}

// Calls `callee` with `args` (their references are the callee's from here on).
// NEW reference, or null with an error.
Object* Interpreter::Call(ThreadContext& tc, Object* callee, Object** args, int nargs) {
  if (IsFunction(callee)) {
    const Code& code = *static_cast<const Code*>(AsFunction(callee)->code);
    if (nargs != code.num_params) {
      for (int i = 0; i < nargs; ++i) DecRef(args[i]);
      if (nargs < code.num_params) {
        std::vector<std::string> missing(code.spec->locals.begin() + nargs,
                                         code.spec->locals.begin() + code.num_params);
        return RaiseMissing(tc, code.name, missing);
      }
      return Raise(tc, "TypeError", TooManyPositional(code, nargs));
    }
    return (this->*eval_)(tc, code, args);
  }
  Object* result;
  if (IsBuiltin(callee)) {
    result = CallBuiltin(tc, static_cast<Builtin>(AsBuiltin(callee)->id), args, nargs);
  } else {
    result = Raise(tc, "TypeError", "'" + TypeName(callee) + "' object is not callable");
  }
  for (int i = 0; i < nargs; ++i) DecRef(args[i]);
  return result;
}

Object* Interpreter::CallKw(ThreadContext& tc, Object* callee, Object** args, int nargs,
                            const std::vector<std::string>& kwnames) {
  const int nkw = static_cast<int>(kwnames.size());
  const int npos = nargs - nkw;
  if (IsBuiltin(callee)) {
    Object* r = CallBuiltin(tc, static_cast<Builtin>(AsBuiltin(callee)->id), args, npos,
                            &kwnames);
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return r;
  }
  if (!IsFunction(callee)) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return Raise(tc, "TypeError", "'" + TypeName(callee) + "' object is not callable");
  }
  // Bind the keywords to the parameters of those names.
  const Code& code = *static_cast<const Code*>(AsFunction(callee)->code);
  const std::vector<std::string>& params = code.spec->locals;
  std::vector<Object*> bound(static_cast<std::size_t>(code.num_params), nullptr);
  std::string problem;
  if (npos > code.num_params) {
    problem = TooManyPositional(code, npos);
  }
  for (int i = 0; i < npos && problem.empty(); ++i)
    bound[static_cast<std::size_t>(i)] = args[i];
  for (int k = 0; k < nkw && problem.empty(); ++k) {
    const std::string& name = kwnames[static_cast<std::size_t>(k)];
    int p = 0;
    while (p < code.num_params && params[static_cast<std::size_t>(p)] != name) ++p;
    if (p == code.num_params) {
      problem = code.name + "() got an unexpected keyword argument '" + name + "'";
    } else if (bound[static_cast<std::size_t>(p)] != nullptr) {
      problem = code.name + "() got multiple values for argument '" + name + "'";
    } else {
      bound[static_cast<std::size_t>(p)] = args[npos + k];
    }
  }
  std::vector<std::string> missing;
  for (int p = 0; p < code.num_params && problem.empty(); ++p) {
    if (bound[static_cast<std::size_t>(p)] == nullptr) {
      missing.push_back(params[static_cast<std::size_t>(p)]);
    }
  }
  if (!problem.empty() || !missing.empty()) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    if (!problem.empty()) return Raise(tc, "TypeError", problem);
    return RaiseMissing(tc, code.name, missing);
  }
  return (this->*eval_)(tc, code, bound.data());
}

Object* Interpreter::CallBuiltin(ThreadContext& tc, Builtin id, Object** args, int nargs,
                                 const std::vector<std::string>* kwnames) {
  const char* name = BuiltinName(id);
  auto arity = [&](int want) { return CheckArity(tc, name, want, nargs); };
  // Keyword arguments: print's sep and end, and Thread's; none for the others.
  Object* kw[4] = {nullptr, nullptr, nullptr, nullptr};
  if (kwnames != nullptr && !kwnames->empty()) {
    static const std::vector<std::string> kPrintKw = {"sep", "end"};
    static const std::vector<std::string> kThreadKw = {"target", "args", "name",
                                                       "daemon"};
    const std::vector<std::string>* accepted = id == Builtin::kPrint    ? &kPrintKw
                                               : id == Builtin::kThread ? &kThreadKw
                                                                        : nullptr;
    if (accepted == nullptr) {
      return Raise(tc, "TypeError", std::string(name) + "() takes no keyword arguments");
    }
    for (std::size_t k = 0; k < kwnames->size(); ++k) {
      const std::string& n = (*kwnames)[k];
      std::size_t slot = 0;
      while (slot < accepted->size() && (*accepted)[slot] != n) ++slot;
      if (slot == accepted->size()) {
        return Raise(tc, "TypeError",
                     "'" + n + "' is an invalid keyword argument for " + name + "()");
      }
      kw[slot] = args[nargs + static_cast<int>(k)];
    }
  }
  switch (id) {
    case Builtin::kPrint: {
      std::string sep = " ", end = "\n";
      for (int k = 0; k < 2; ++k) {
        if (kw[k] == nullptr || IsNone(kw[k])) continue;
        if (!IsStr(kw[k])) {
          return Raise(tc, "TypeError",
                       std::string(k == 0 ? "sep" : "end") +
                           " must be None or a string, not " + TypeName(kw[k]));
        }
        (k == 0 ? sep : end) = std::string(StrView(kw[k]));
      }
      std::string text;
      for (int i = 0; i < nargs; ++i) {
        if (i > 0) text += sep;
        text += ToString(args[i]);
      }
      text += end;
      Print(text);
      return NewNone();
    }
    case Builtin::kLen: {
      if (!arity(1)) return nullptr;
      Object* x = args[0];
      if (IsStr(x)) return NewInt(static_cast<std::int64_t>(StrView(x).size()));
      if (IsList(x)) return NewInt(ListSize(x));
      if (IsTuple(x)) return NewInt(TupleSize(x));
      if (IsDict(x)) return NewInt(DictSize(x));
      if (IsRange(x)) return NewInt(RangeLength(x));
      return Raise(tc, "TypeError", "object of type '" + TypeName(x) + "' has no len()");
    }
    case Builtin::kSleep:
    case Builtin::kIo: {
      if (!arity(1)) return nullptr;
      double seconds;
      if (!AsDouble(args[0], &seconds) || seconds < 0 || seconds > 3600) {
        return Raise(tc, "ValueError",
                     std::string(name) + "() wants a number of seconds in 0..3600");
      }
      Blocking(tc, /*record=*/true, [seconds] {
        std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
      });
      return NewNone();
    }
    case Builtin::kLock:
      if (!arity(0)) return nullptr;
      return NewLock();
    case Builtin::kThreadIndex:
      if (!arity(0)) return nullptr;
      return NewInt(tc.index);
    case Builtin::kStopped:
      if (!arity(0)) return nullptr;
      return NewBool(stop_requested());
    case Builtin::kCollect:
      if (!arity(0)) return nullptr;
      return NewInt(runtime_.gc().Collect());
    case Builtin::kClockNs:
      if (!arity(0)) return nullptr;
      return NewInt(MonotonicNanos());
    case Builtin::kStr:
      if (nargs == 0) return NewStr("");
      if (!arity(1)) return nullptr;
      if (IsStr(args[0])) return NewRef(args[0]);
      return NewStr(ToString(args[0]));
    case Builtin::kRepr:
      if (!arity(1)) return nullptr;
      return NewStr(Repr(args[0]));
    case Builtin::kAbs: {
      if (!arity(1)) return nullptr;
      Object* x = args[0];
      if (IsFloat(x)) return NewFloat(std::fabs(FloatValue(x)));
      if (IsInt(x)) {
        if (IntValue(x) == INT64_MIN) {
          return Raise(tc, "OverflowError", "integer overflow (gillab ints are 64-bit)");
        }
        return NewInt(IntValue(x) < 0 ? -IntValue(x) : IntValue(x));
      }
      return Raise(tc, "TypeError", "bad operand type for abs(): '" + TypeName(x) + "'");
    }
    case Builtin::kRange: {
      if (nargs < 1 || nargs > 3) {
        return Raise(tc, "TypeError",
                     "range expected 1 to 3 arguments, got " + std::to_string(nargs));
      }
      std::int64_t v[3] = {0, 0, 1};
      for (int i = 0; i < nargs; ++i) {
        if (!IsInt(args[i])) {
          return Raise(
              tc, "TypeError",
              "'" + TypeName(args[i]) + "' object cannot be interpreted as an integer");
        }
      }
      if (nargs == 1) {
        v[1] = IntValue(args[0]);
      } else {
        for (int i = 0; i < nargs; ++i) v[i] = IntValue(args[i]);
      }
      if (v[2] == 0) return Raise(tc, "ValueError", "range() arg 3 must not be zero");
      return NewRange(v[0], v[1], v[2]);
    }
    case Builtin::kThread: {
      if (nargs != 0) {
        return Raise(tc, "TypeError",
                     "Thread() takes keyword arguments only (target=, args=, name=)");
      }
      Object* none = NewNone();  // immortal: its count needs no care
      Object* target = kw[0] != nullptr ? kw[0] : none;
      Object* targs = kw[1];
      Object* tuple;
      if (targs == nullptr) {
        tuple = NewTupleUninitialized(0);
      } else if (IsTuple(targs)) {
        tuple = NewRef(targs);
      } else if (IsList(targs)) {
        tuple = NewTupleUninitialized(ListSize(targs));
        for (std::int64_t i = 0; i < ListSize(targs); ++i) {
          TupleInit(tuple, i, NewRef(ListGetItem(targs, i)));
        }
      } else {
        return Raise(tc, "TypeError",
                     "Thread() args= must be a tuple or a list, not " + TypeName(targs));
      }
      const int number = ++thread_counter_;
      std::string tname;
      if (kw[2] != nullptr && !IsNone(kw[2])) {
        tname = ToString(kw[2]);
      } else {
        tname = "Thread-" + std::to_string(number);
        if (IsFunction(target))
          tname += std::string(" (") + AsFunction(target)->name + ")";
      }
      Object* t = NewThread(target, tuple, tname);
      DecRef(tuple);
      return t;
    }
    case Builtin::kSetSwitchInterval: {
      if (!arity(1)) return nullptr;
      double seconds;
      if (!AsDouble(args[0], &seconds)) {
        return Raise(tc, "TypeError", "must be real number, not " + TypeName(args[0]));
      }
      if (!(seconds > 0)) {
        return Raise(tc, "ValueError", "switch interval must be strictly positive");
      }
      gil_.set_switch_interval_ns(std::max<std::int64_t>(
          1, static_cast<std::int64_t>(std::min(seconds, 1e6) * 1e9)));
      return NewNone();
    }
    case Builtin::kGetSwitchInterval:
      if (!arity(0)) return nullptr;
      return NewFloat(static_cast<double>(gil_.switch_interval_ns()) / 1e9);
  }
  return Raise(tc, "SystemError", "unknown builtin");
}

Object* Interpreter::CallMethod(ThreadContext& tc, int method, const std::string& name,
                                Object* self, Object** args, int nargs) {
  auto arity = [&](int want) { return CheckArity(tc, name, want, nargs); };
  switch (static_cast<Method>(method)) {
    case Method::kAppend:
      if (!IsList(self)) break;
      if (!arity(1)) return nullptr;
      ListAppend(self, args[0]);
      return NewNone();
    case Method::kPop:
      if (IsDict(self)) {
        if (nargs != 1 && nargs != 2) {
          return Raise(tc, "TypeError", "pop expected 1 or 2 arguments");
        }
        Object* v = DictGetItem(self, args[0]);
        if (v == nullptr) {
          if (nargs == 2) return NewRef(args[1]);
          return Raise(tc, "KeyError", Repr(args[0]));
        }
        v = NewRef(v);
        DictDelItem(self, args[0]);
        return v;
      }
      if (!IsList(self)) break;
      if (!arity(0)) return nullptr;
      if (ListSize(self) == 0) return Raise(tc, "IndexError", "pop from empty list");
      return ListPop(self);
    case Method::kGet: {
      if (!IsDict(self)) break;
      if (nargs != 1 && nargs != 2) {
        return Raise(tc, "TypeError", "get expected 1 or 2 arguments");
      }
      Object* v = DictGetItem(self, args[0]);
      if (v != nullptr) return NewRef(v);
      return nargs == 2 ? NewRef(args[1]) : NewNone();
    }
    case Method::kKeys:
    case Method::kValues:
    case Method::kItems: {
      if (!IsDict(self)) break;
      if (!arity(0)) return nullptr;
      const Method m = static_cast<Method>(method);
      Object* list = NewList();
      std::int64_t pos = 0;
      Object *key, *value;
      while (DictNext(self, &pos, &key, &value)) {
        if (m == Method::kItems) {
          Object* pair = NewTuple({key, value});
          ListAppend(list, pair);
          DecRef(pair);
        } else {
          ListAppend(list, m == Method::kKeys ? key : value);
        }
      }
      return list;
    }
    case Method::kAcquire:
      if (!IsLock(self)) break;
      if (!arity(0)) return nullptr;
      if (!LockTryAcquire(self)) {
        Blocking(tc, /*record=*/false, [self] { LockAcquireBlocking(self); });
      }
      return NewBool(true);
    case Method::kRelease:
      if (!IsLock(self)) break;
      if (!arity(0)) return nullptr;
      if (!LockRelease(self)) return Raise(tc, "RuntimeError", "release unlocked lock");
      return NewNone();
    case Method::kLocked:
      if (!IsLock(self)) break;
      if (!arity(0)) return nullptr;
      return NewBool(LockIsLocked(self));
    case Method::kStart:
      if (!IsThread(self)) break;
      if (!arity(0)) return nullptr;
      return StartThread(tc, self);
    case Method::kJoin:
      if (!IsThread(self)) break;
      if (!arity(0)) return nullptr;
      return JoinThread(tc, self);
    case Method::kUnknown:
      break;
  }
  return Raise(tc, "AttributeError",
               "'" + TypeName(self) + "' object has no attribute '" + name + "'");
}

void Interpreter::NoteErrorPosition(ThreadContext& tc, const Code& code, std::size_t pc) {
  tc.frames.push_back({code.name, code.spec->line_of(pc), pc,
                       FormatInstr(program_, *code.spec, code.code[pc])});
}

// --- The eval loop ------------------------------------------------------------------

#define GILLAB_POLL()                                              \
  do {                                                             \
    if (tc.breaker->Load() != 0 || --tc.ticks <= 0) [[unlikely]] { \
      HandleEvalBreaker(tc);                                       \
    }                                                              \
  } while (0)

template <PollPolicy kPolicy, bool kTrace>
Object* Interpreter::Eval(ThreadContext& tc, const Code& code, Object** args) {
  const std::size_t frame_slots = static_cast<std::size_t>(code.num_locals) +
                                  static_cast<std::size_t>(code.stack_size);
  if (tc.depth >= options_.recursion_limit || tc.arena_used + frame_slots > kArenaSlots) {
    for (int i = 0; i < code.num_params; ++i) DecRef(args[i]);
    return Raise(tc, "RecursionError", "maximum recursion depth exceeded");
  }
  tc.depth++;
  const std::size_t with_base = tc.with_locks.size();
  Object** const locals = tc.arena.get() + tc.arena_used;
  tc.arena_used += frame_slots;
  for (int i = 0; i < code.num_params; ++i) locals[i] = args[i];
  for (int i = code.num_params; i < code.num_locals; ++i) locals[i] = nullptr;
  Object** const stack_base = locals + code.num_locals;
  Object** sp = stack_base;
  // Superinstructions only where they change nothing observable (see Quicken).
  constexpr bool kQuick = kPolicy == PollPolicy::kBackedgesAndCalls && !kTrace;
  const Instr* const first = kQuick ? code.quick.data() : code.code.data();
  const Fused* const fused = code.fused.data();
  const Instr* ip = first;
  Object* const* const consts = code.consts.data();
  std::atomic<Object*>* const globals = globals_.get();
  std::int64_t executed = 0;
  Object* result = nullptr;
  Object* const true_object = runtime_.true_object();
  Object* const false_object = runtime_.false_object();

  if constexpr (kPolicy == PollPolicy::kBackedgesAndCalls) GILLAB_POLL();  // entry

    // Dispatch. The loop is a `switch`; with gcc and clang each instruction ends by
    // jumping straight to the next one's case through a table ("computed goto", as
    // CPython's ceval does when it can), which gives the branch predictor one
    // indirect jump per opcode instead of one for all.
    // Before each instruction: the every-instruction poll, the trace, the fetch.
#define FETCH()                                                            \
  do {                                                                     \
    if constexpr (kPolicy == PollPolicy::kEveryInstruction) GILLAB_POLL(); \
    if constexpr (kTrace)                                                  \
      TraceInstruction(tc, code, static_cast<std::size_t>(ip - first));    \
    in = *ip++;                                                            \
    executed++;                                                            \
  } while (0)
  Instr in;
#if defined(__GNUC__)
  static constexpr const void* kTargets[kNumQuickOpcodes] = {
#define GILLAB_TARGET_ADDRESS(name, kind, pops, pushes) &&op_##name,
      GILLAB_OPCODES(GILLAB_TARGET_ADDRESS)
#undef GILLAB_TARGET_ADDRESS
          && op_COMPARE_JUMP,
      &&op_BINARY_STORE,
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
        if (a != nullptr && b != nullptr && IsExactInt(a) && IsExactInt(b)) [[likely]] {
          executed += 3;
          if (CompareInts(static_cast<CompareOp>(f.op), IntValue(a), IntValue(b)) ==
              f.jump_if_true) {
            const Instr* target = first + f.c;
            if (target < ip) GILLAB_POLL();
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
        if (a != nullptr && b != nullptr && IsExactInt(a) && IsExactInt(b) &&
            !(f.op == 0 ? __builtin_add_overflow(IntValue(a), IntValue(b), &x)
                        : __builtin_sub_overflow(IntValue(a), IntValue(b), &x)))
            [[likely]] {
          executed += 3;
          ip += 3;
          Object* old = locals[f.c];
          if (old == a && (x < Runtime::kSmallIntMin || x > Runtime::kSmallIntMax) &&
              IsUniquelyReferenced(a)) {
            SetIntValueInPlace(a, x);  // nobody else can see it change
          } else {
            locals[f.c] = NewInt(x);
            XDecRef(old);
          }
          DISPATCH();
        }
        in = code.code[static_cast<std::size_t>(ip - first) - 1];
        goto redispatch;
      }
      TARGET(LOAD_CONST) {
        Object* v = consts[in.arg];
        IncRef(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(LOAD_FAST) {
        Object* v = locals[in.arg];
        if (v == nullptr) [[unlikely]] {
          Raise(tc, "UnboundLocalError",
                "cannot access local variable '" +
                    code.spec->locals[static_cast<std::size_t>(in.arg)] +
                    "' where it is not associated with a value");
          goto error;
        }
        IncRef(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(STORE_FAST) {
        Object* old = locals[in.arg];
        locals[in.arg] = *--sp;
        XDecRef(old);
        DISPATCH();
      }
      TARGET(LOAD_GLOBAL) {
        Object* v = globals[in.arg].load(std::memory_order_acquire);
        if (v == nullptr) [[unlikely]] {
          RaiseNameError(tc, program_.globals[static_cast<std::size_t>(in.arg)].name);
          goto error;
        }
        IncRef(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(STORE_GLOBAL) {
        Object* v = *--sp;
        XDecRef(globals[in.arg].exchange(v, std::memory_order_acq_rel));
        DISPATCH();
      }
      TARGET(POP_TOP)
      DecRef(*--sp);
      DISPATCH();
      TARGET(DUP_TOP) {
        Object* v = sp[-1];
        IncRef(v);
        *sp++ = v;
        DISPATCH();
      }
      TARGET(ROT_TWO)
      std::swap(sp[-1], sp[-2]);
      DISPATCH();
      TARGET(BINARY_ADD)
      TARGET(BINARY_SUBTRACT) {
        Object* b = *--sp;
        Object* a = *--sp;
        Object* r;
        std::int64_t x;
        if (IsExactInt(a) && IsExactInt(b) &&
            !(in.op == Opcode::BINARY_ADD
                  ? __builtin_add_overflow(IntValue(a), IntValue(b), &x)
                  : __builtin_sub_overflow(IntValue(a), IntValue(b), &x))) [[likely]] {
          r = NewInt(x);
        } else {
          r = BinaryOp(tc, in.op, a, b);
        }
        DecRef(a);
        DecRef(b);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(BINARY_MULTIPLY)
      TARGET(BINARY_FLOOR_DIVIDE)
      TARGET(BINARY_MODULO) {
        Object* b = *--sp;
        Object* a = *--sp;
        Object* r = nullptr;
        if (IsExactInt(a) && IsExactInt(b)) [[likely]] {  // the int fast paths
          const std::int64_t x = IntValue(a), y = IntValue(b);
          std::int64_t v;
          if (in.op == Opcode::BINARY_MULTIPLY) {
            if (!__builtin_mul_overflow(x, y, &v)) r = NewInt(v);
          } else if (y > 0) {  // no zero division, no INT64_MIN / -1
            r = NewInt(in.op == Opcode::BINARY_MODULO ? FloorMod(x, y) : FloorDiv(x, y));
          }
        }
        if (r == nullptr) r = BinaryOp(tc, in.op, a, b);
        DecRef(a);
        DecRef(b);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(BINARY_POWER)
      TARGET(BINARY_TRUE_DIVIDE) {
        Object* b = *--sp;
        Object* a = *--sp;
        Object* r = BinaryOp(tc, in.op, a, b);
        DecRef(a);
        DecRef(b);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(UNARY_NEGATIVE) {
        Object* a = *--sp;
        Object* r = Negative(tc, a);
        DecRef(a);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(UNARY_NOT) {
        Object* a = *--sp;
        const bool t = IsTrue(a);
        DecRef(a);
        *sp++ = NewBool(!t);
        DISPATCH();
      }
      TARGET(COMPARE_OP) {
        Object* b = *--sp;
        Object* a = *--sp;
        Object* r;
        if (IsExactInt(a) && IsExactInt(b) && in.arg <= static_cast<int>(CompareOp::kGe))
            [[likely]] {
          const std::int64_t x = IntValue(a), y = IntValue(b);
          bool t;
          switch (static_cast<CompareOp>(in.arg)) {
            case CompareOp::kLt:
              t = x < y;
              break;
            case CompareOp::kLe:
              t = x <= y;
              break;
            case CompareOp::kEq:
              t = x == y;
              break;
            case CompareOp::kNe:
              t = x != y;
              break;
            case CompareOp::kGt:
              t = x > y;
              break;
            default:
              t = x >= y;
              break;
          }
          r = t ? true_object : false_object;  // immortal: no count to take
        } else {
          r = CompareObjects(tc, static_cast<CompareOp>(in.arg), a, b);
        }
        DecRef(a);
        DecRef(b);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(JUMP) {
        const Instr* target = first + in.arg;
        if constexpr (kPolicy == PollPolicy::kBackedgesAndCalls) {
          if (target < ip) GILLAB_POLL();
        }
        ip = target;
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_FALSE)
      TARGET(POP_JUMP_IF_TRUE) {
        Object* v = *--sp;
        const bool t = v == true_object ? true : v == false_object ? false : IsTrue(v);
        DecRef(v);
        if (t == (in.op == Opcode::POP_JUMP_IF_TRUE)) {
          const Instr* target = first + in.arg;
          if constexpr (kPolicy == PollPolicy::kBackedgesAndCalls) {
            if (target < ip) GILLAB_POLL();
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
        DecRef(callee);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(CALL_METHOD) {
        const int n = in.count;
        Object** argv = sp - n;
        Object* self = argv[-1];
        Object* r = CallMethod(
            tc, static_cast<int>(code.methods[static_cast<std::size_t>(in.arg)]),
            code.names[static_cast<std::size_t>(in.arg)], self, argv, n);
        for (int i = 0; i < n; ++i) DecRef(argv[i]);
        DecRef(self);
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
          DecRef(items[i]);
        }
        sp = items;
        *sp++ = list;
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
        for (int i = 0; i < 2 * n; ++i) DecRef(items[i]);
        sp = items;
        if (dict == nullptr) goto error;
        *sp++ = dict;
        DISPATCH();
      }
      TARGET(BINARY_SUBSCR) {
        Object* key = *--sp;
        Object* container = *--sp;
        Object* r = Subscript(tc, container, key);
        DecRef(container);
        DecRef(key);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(STORE_SUBSCR) {
        Object* key = *--sp;
        Object* container = *--sp;
        Object* value = *--sp;
        const bool ok = StoreSubscript(tc, container, key, value);
        DecRef(key);
        DecRef(container);
        DecRef(value);
        if (!ok) goto error;
        DISPATCH();
      }
      TARGET(LIST_APPEND) {
        Object* value = *--sp;
        Object* list = *--sp;
        const bool ok = ListAppendChecked(tc, list, value);
        DecRef(value);
        DecRef(list);
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
      TARGET(MAKE_FUNCTION)
      *sp++ = function_objects_[static_cast<std::size_t>(in.arg)];  // immortal
      DISPATCH();
      TARGET(CALL_KW) {
        const int n = in.count;
        Object** argv = sp - n;
        Object* callee = argv[-1];
        sp = argv - 1;
        tc.instructions += executed;
        executed = 0;
        Object* r =
            CallKw(tc, callee, argv, n, code.kwnames[static_cast<std::size_t>(in.arg)]);
        DecRef(callee);
        if (r == nullptr) goto error;
        *sp++ = r;
        DISPATCH();
      }
      TARGET(GET_ITER) {
        Object* v = sp[-1];
        if (!IsIterator(v)) {
          Object* it = NewIterator(v);
          if (it == nullptr) {
            Raise(tc, "TypeError", "'" + TypeName(v) + "' object is not iterable");
            goto error;
          }
          sp[-1] = it;
          DecRef(v);
        }
        DISPATCH();
      }
      TARGET(FOR_ITER) {
        if (!IsIterator(sp[-1])) [[unlikely]] {  // an assembly program without GET_ITER
          Raise(tc, "TypeError", "'" + TypeName(sp[-1]) + "' object is not an iterator");
          goto error;
        }
        Object* next = IteratorNext(sp[-1]);
        if (next != nullptr) {
          *sp++ = next;
        } else {
          DecRef(*--sp);
          ip = first + in.arg;  // forward: the loop's back edge is its poll point
        }
        DISPATCH();
      }
      TARGET(UNPACK_SEQUENCE) {
        Object* seq = sp[-1];
        const bool list = IsList(seq);
        if (!list && !IsTuple(seq)) {
          Raise(tc, "TypeError",
                "cannot unpack non-iterable " + TypeName(seq) + " object");
          goto error;
        }
        const std::int64_t size = list ? ListSize(seq) : TupleSize(seq);
        if (size != in.arg) {
          Raise(
              tc, "ValueError",
              size > in.arg
                  ? "too many values to unpack (expected " + std::to_string(in.arg) + ")"
                  : "not enough values to unpack (expected " + std::to_string(in.arg) +
                        ", got " + std::to_string(size) + ")");
          goto error;
        }
        --sp;
        for (std::int64_t i = size - 1; i >= 0; --i) {
          *sp++ = NewRef(list ? ListGetItem(seq, i) : TupleGetItem(seq, i));
        }
        DecRef(seq);
        DISPATCH();
      }
      TARGET(FORMAT_VALUE) {
        Object* v = sp[-1];
        if (in.arg != 0 || !IsStr(v)) {
          sp[-1] = NewStr(in.arg != 0 ? Repr(v) : ToString(v));
          DecRef(v);
        }
        DISPATCH();
      }
      TARGET(BUILD_STRING) {
        const int n = in.arg;
        Object** items = sp - n;
        Object* joined = ConcatStrs(items, n);
        for (int i = 0; i < n; ++i) DecRef(items[i]);
        sp = items;
        *sp++ = joined;
        DISPATCH();
      }
      TARGET(WITH_ENTER) {
        Object* lock = sp[-1];
        if (!IsLock(lock)) {
          Raise(tc, "TypeError",
                "'" + TypeName(lock) +
                    "' object does not support the context manager "
                    "protocol");
          goto error;
        }
        if (!LockTryAcquire(lock)) {
          Blocking(tc, /*record=*/false, [lock] { LockAcquireBlocking(lock); });
        }
        tc.with_locks.push_back(lock);  // the stack holds the reference
        *sp++ = true_object;            // what Lock.__enter__ returns (immortal)
        DISPATCH();
      }
      TARGET(WITH_EXIT) {
        Object* lock = *--sp;
        if (!tc.with_locks.empty() && tc.with_locks.back() == lock) {
          tc.with_locks.pop_back();
        }
        const bool ok = IsLock(lock) && LockRelease(lock);
        DecRef(lock);
        if (!ok) {
          Raise(tc, "RuntimeError", "release unlocked lock");
          goto error;
        }
        DISPATCH();
      }
    }
  }

error:
  NoteErrorPosition(tc, code, static_cast<std::size_t>(ip - first) - 1);
  result = nullptr;
done:
  // Locks this frame's `with` blocks still hold are released, as __exit__ would.
  while (tc.with_locks.size() > with_base) {
    LockRelease(tc.with_locks.back());
    tc.with_locks.pop_back();
  }
  while (sp > stack_base) DecRef(*--sp);
  for (int i = 0; i < code.num_locals; ++i) XDecRef(locals[i]);
  tc.arena_used -= frame_slots;
  tc.depth--;
  tc.instructions += executed;
  return result;
}

#undef GILLAB_POLL
#undef FETCH
#undef TARGET
#undef QUICK_TARGET
#undef DISPATCH

// --- Threads ------------------------------------------------------------------------

// A thread the program started (Thread.start()): what the Thread object's handle
// points at. Owned by the interpreter until Run has joined it.
struct Interpreter::Started {
  ThreadContext tc;
  ThreadResult result;
  absl::Notification done;  // the thread has run to its end
  std::thread thread;
};

template <typename F>
void Interpreter::ThreadMain(ThreadContext& tc, ThreadResult& result, F&& body) {
  const std::int64_t start = MonotonicNanos();
  ThreadScope scope(runtime_);
  ThreadState* ts = scope.state();
  GilThread gt(&ts->eval_breaker(), tc.trace);
  tc.ts = ts;
  tc.gt = &gt;
  tc.breaker = &ts->eval_breaker();
  tc.arena = std::make_unique<Object*[]>(kArenaSlots);
  tc.ticks = gil_.yield_interval() > 0 ? gil_.yield_interval() : INT_MAX;

  ts->BeginBlocking();
  gil_.Acquire(gt);
  ts->EndBlocking();
  Object* r = body();
  if (r != nullptr) {
    result.ok = true;
    result.value = Repr(r);
    DecRef(r);
  } else {
    result.exception = tc.error;
    result.traceback.assign(tc.frames.rbegin(), tc.frames.rend());
    result.error = tc.error;
    if (!tc.frames.empty()) {
      const TraceFrame& f = tc.frames.front();
      result.error += " (in function '" + f.function + "', instruction " +
                      std::to_string(f.pc) + " (" + f.instruction + ")";
      if (f.line > 0) result.error += ", line " + std::to_string(f.line);
      result.error += ")";
    }
    if (tc.started != nullptr && options_.thread_error) {
      result.instructions = tc.instructions;
      options_.thread_error(result);
    }
  }
  ts->MergeQueuedObjects();
  gil_.Release(gt);

  result.instructions = tc.instructions;
  result.gil_acquisitions = gt.acquisitions;
  result.forced_switches = gt.forced_switches;
  result.wait_timeouts = gt.wait_timeouts;
  result.blocking_latency_ns = std::move(tc.blocking_latency_ns);
  result.elapsed_ns = MonotonicNanos() - start;
}

Object* Interpreter::StartThread(ThreadContext& tc, Object* thread) {
  ThreadObject* t = AsThread(thread);
  if (t->handle != nullptr) {
    return Raise(tc, "RuntimeError", "threads can only be started once");
  }
  auto started = std::make_unique<Started>();
  Started* s = started.get();
  s->tc.index = next_thread_index_++;
  s->tc.started = s;
  s->result.name = *t->name;
  if (tracer_ != nullptr) s->tc.trace = tracer_->AddThread(*t->name);
  t->handle = s;
  // The new thread's own references: the target and each argument.
  std::vector<Object*> call = {NewRef(t->target)};
  for (std::int64_t i = 0; i < TupleSize(t->args); ++i) {
    call.push_back(NewRef(TupleGetItem(t->args, i)));
  }
  {
    absl::MutexLock lock(&started_mu_);
    started_.push_back(std::move(started));
  }
  s->thread = std::thread([this, s, call = std::move(call)]() mutable {
    ThreadMain(s->tc, s->result, [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
      if (IsNone(call[0])) {  // Thread() without a target runs nothing, as in Python
        for (Object* ob : call) DecRef(ob);
        return NewNone();
      }
      Object* r =
          Call(s->tc, call[0], call.data() + 1, static_cast<int>(call.size()) - 1);
      DecRef(call[0]);
      return r;
    });
    s->done.Notify();
  });
  return NewNone();
}

Object* Interpreter::JoinThread(ThreadContext& tc, Object* thread) {
  auto* s = static_cast<Started*>(AsThread(thread)->handle);
  if (s == nullptr) {
    return Raise(tc, "RuntimeError", "cannot join thread before it is started");
  }
  if (s == tc.started) return Raise(tc, "RuntimeError", "cannot join current thread");
  if (!s->done.HasBeenNotified()) {
    Blocking(tc, /*record=*/false, [s] { s->done.WaitForNotification(); });
  }
  return NewNone();
}

void Interpreter::JoinStarted(std::vector<ThreadResult>& results) {
  for (std::size_t next = 0;; ++next) {
    Started* s;
    {
      absl::MutexLock lock(&started_mu_);
      if (next >= started_.size()) break;
      s = started_[next].get();
    }
    s->thread.join();  // it may have started more: the loop sees them
    results.push_back(std::move(s->result));
  }
  absl::MutexLock lock(&started_mu_);
  started_.clear();
}

absl::StatusOr<std::vector<ThreadResult>> Interpreter::Run(
    const std::vector<ThreadSpec>& threads, GilTracer* tracer) {
  if (!loaded_) return absl::FailedPreconditionError("no program is loaded");
  const std::size_t n = threads.size();
  std::vector<ThreadContext> contexts(n);
  for (std::size_t i = 0; i < n; ++i) {
    const ThreadSpec& spec = threads[i];
    const int f = program_.FindFunction(spec.function);
    if (f < 0) {
      std::string valid;
      for (const FunctionSpec& fn : program_.functions) {
        valid += (valid.empty() ? "" : ", ") + fn.name;
      }
      return absl::InvalidArgumentError("unknown function '" + spec.function +
                                        "' (valid: " + valid + ")");
    }
    const int want = program_.functions[static_cast<std::size_t>(f)].num_params;
    if (static_cast<int>(spec.args.size()) != want) {
      return absl::InvalidArgumentError(spec.function + "() takes " +
                                        std::to_string(want) + " arguments, " +
                                        std::to_string(spec.args.size()) + " given");
    }
    contexts[i].function = codes_[static_cast<std::size_t>(f)].get();
  }
  std::vector<ThreadResult> results(n);
  for (std::size_t i = 0; i < n; ++i) {
    contexts[i].index = static_cast<int>(i);
    results[i].name = threads[i].name.empty()
                          ? "t" + std::to_string(i) + " " + threads[i].function
                          : threads[i].name;
    if (tracer != nullptr) {  // one row per thread, in order
      contexts[i].trace = tracer->AddThread(results[i].name);
    }
  }
  tracer_ = tracer;
  next_thread_index_ = static_cast<int>(n);
  Collector& gc = runtime_.gc();
  const Collector::World saved_world = gc.world();
  gc.set_world(gil_.exclusive() ? Collector::World::kGil : Collector::World::kPolling);
  stop_.store(false, std::memory_order_relaxed);

  ThreadState* me = ThreadState::Current();
  me->BeginBlocking();  // joining: a stop-the-world need not wait for this thread
  {
    std::latch start(static_cast<std::ptrdiff_t>(n));
    std::vector<std::thread> workers;
    workers.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      workers.emplace_back([&, i] {
        start.arrive_and_wait();
        ThreadContext& tc = contexts[i];
        ThreadMain(tc, results[i], [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
          std::vector<Object*> args;
          for (const Constant& c : threads[i].args) args.push_back(ConstantObject(c));
          return (this->*eval_)(tc, *tc.function, args.data());
        });
      });
    }
    for (std::thread& w : workers) w.join();
  }
  JoinStarted(results);
  me->EndBlocking();
  tracer_ = nullptr;
  gc.set_world(saved_world);
  return results;
}

}  // namespace gillab
