// gillab/runtime/interp/eval_support.cc — the eval loop's out-of-line work
// (eval_support.h) and its poll points: what a thread does when its eval
// breaker is set (interpreter.h says where the poll points are).
#include "runtime/interp/eval_support.h"

#include <algorithm>
#include <climits>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "base/schedule_point.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/lock_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace eval_support {

void RaiseNameError(TC& tc, const std::string& name) {
  Raise(tc, "NameError", "name '" + name + "' is not defined");
}

// A reference to what `slot` (a global, or a cell's) holds, `v` when last
// loaded, when other threads may rebind it and free `v` meanwhile: taken only if
// the slot still holds it (refcount.h's TryIncrefCompare). Null if the slot is
// found unbound.
Object* TakeSharedSlot(std::atomic<Object*>* slot, Object* v) {
  while (!TryIncrefCompare(slot, v)) {
    Object* again = slot->load(std::memory_order_acquire);
    if (again == nullptr) return nullptr;
    if (again == v) {
      // Still there with a count of zero: only plain counts raced by threads get
      // here. Count it as the GIL build would (a freed object is reported, with
      // debug_memory) rather than spin.
      IncRef(v);
      break;
    }
    v = again;
  }
  return v;
}

// A frame's cells at entry (Eval): a new cell per cellvar, holding its
// parameter's argument if it is one; the closure's cells, passed after the
// arguments (`free`: NEW references), for the freevars.
void MakeCells(const Interpreter::Code& code, Object** locals, Object** free) {
  Object** cells = locals + code.num_locals;
  for (int i = 0; i < code.num_cells; ++i) {
    const int param = code.cell_params[static_cast<std::size_t>(i)];
    if (param < 0) {
      cells[i] = NewCell(nullptr);
      continue;
    }
    // The argument moves into the cell (the frame's slot would keep it alive).
    cells[i] = NewCell(locals[param]);
    DecRef(locals[param]);
    locals[param] = nullptr;
  }
  for (int i = 0; i < code.num_free; ++i) cells[code.num_cells + i] = free[i];
}

// "cannot access local variable 'x' ..." for a cellvar, "cannot access free
// variable 'x' ... in enclosing scope" for a freevar, as CPython says them.
void RaiseUnboundCell(TC& tc, const Interpreter::Code& code, int cell) {
  const auto i = static_cast<std::size_t>(cell);
  if (cell < code.num_cells) {
    Raise(tc, "UnboundLocalError",
          "cannot access local variable '" + code.spec->cellvars[i] +
              "' where it is not associated with a value");
    return;
  }
  Raise(tc, "NameError",
        "cannot access free variable '" +
            code.spec->freevars[i - static_cast<std::size_t>(code.num_cells)] +
            "' where it is not associated with a value in enclosing scope");
}

// DICT_MERGE: `mapping`'s items into `dict` (f(**mapping)), each key new.
bool DictMerge(TC& tc, Object* dict, Object* mapping) {
  if (!IsDict(mapping)) {
    Raise(tc, "TypeError",
          "argument after ** must be a mapping, not " + TypeName(mapping));
    return false;
  }
  bool ok = true;
  for (const auto& [key, value] : DictSnapshot(mapping)) {
    if (ok && DictGetItem(dict, key) != nullptr) {
      Raise(tc, "TypeError", "got multiple values for keyword argument " + Repr(key));
      ok = false;
    }
    if (ok) DictSetItem(dict, key, value);
    DecRef(key);
    DecRef(value);
  }
  return ok;
}

void RaiseAssertion(TC& tc, const std::string& message) {
  Raise(tc, "AssertionError", message);
}

void RaiseUnboundLocal(TC& tc, const Interpreter::Code& code, int local) {
  Raise(tc, "UnboundLocalError",
        "cannot access local variable '" +
            code.spec->locals[static_cast<std::size_t>(local)] +
            "' where it is not associated with a value");
}

Object* BuildMap(TC& tc, Object** items, int n) {
  Object* dict = NewDict();
  TakeMethodError();  // a key's __hash__ or __eq__ may raise
  for (int i = 0; i < n; ++i) {
    const bool stored = DictSetItem(dict, items[2 * i], items[2 * i + 1]);
    if (TakeMethodError()) {
      DecRef(dict);
      return nullptr;
    }
    if (!stored) {
      Raise(tc, "TypeError", "unhashable type: '" + TypeName(items[2 * i]) + "'");
      DecRef(dict);
      return nullptr;
    }
  }
  return dict;
}

// UNPACK_SEQUENCE's work (out of the loop: a vector may not live across the
// loop's computed gotos): when `seq` has `n` items, stores NEW references to
// them at out[0..n), last item first. Returns its size either way (nothing is
// stored when it is not `n`; an iterable other than a list or tuple is read up
// to n + 1 items, as CPython reads it), or -1 when `seq` is not iterable.
std::int64_t UnpackInto(Object* seq, std::int64_t n, Object** out) {
  if (IsTuple(seq)) {
    const std::int64_t size = TupleSize(seq);
    if (size != n) return size;
    for (std::int64_t i = size - 1; i >= 0; --i) *out++ = NewRef(TupleGetItem(seq, i));
    return size;
  }
  std::vector<Object*> items;
  if (IsList(seq)) {
    items = ListSnapshot(seq);  // at one instant: another thread may change it
  } else {
    if (const int r = CollectItems(seq, &items, n + 1); r <= 0) return r < 0 ? -2 : -1;
  }
  const auto size = static_cast<std::int64_t>(items.size());
  if (size != n) {
    DecRefAll(items);
    return size;
  }
  for (std::int64_t i = size - 1; i >= 0; --i)
    *out++ = items[static_cast<std::size_t>(i)];
  return size;
}

Object* BuildSet(TC& tc, Object** items, int n) {
  Object* set = NewSet(/*frozen=*/false);
  for (int i = 0; i < n; ++i) {
    if (!SetAdd(tc.err, set, items[i])) {
      DecRef(set);
      return nullptr;
    }
  }
  return set;
}

bool SetAddChecked(TC& tc, Object* set, Object* value) {
  if (!IsSet(set)) {
    Raise(tc, "AttributeError", "'" + TypeName(set) + "' object has no attribute 'add'");
    return false;
  }
  return SetAdd(tc.err, set, value);
}

bool ListAppendChecked(TC& tc, Object* list, Object* value) {
  if (!IsList(list)) {
    Raise(tc, "AttributeError",
          "'" + TypeName(list) + "' object has no attribute 'append'");
    return false;
  }
  ListAppend(list, value);
  return true;
}

const Handler* FindHandler(const FunctionSpec& fn, std::size_t pc) {
  const Handler* best = nullptr;
  const auto at = static_cast<int>(pc);
  for (const Handler& h : fn.handlers) {
    if (h.start <= at && at < h.end && (best == nullptr || h.level > best->level))
      best = &h;
  }
  return best;
}

// The concatenation of `n` values, each a str (FORMAT_VALUE made it one) or
// str()'d. NEW reference.
Object* ConcatStrs(Object* const* items, int n) {
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

}  // namespace eval_support

// --- Poll points -------------------------------------------------------------------

int Interpreter::AcquireBlocking(ThreadContext& tc, Object* lock, absl::Duration timeout,
                                 const char* what) {
  TimedAcquire acquired = TimedAcquire::kAcquired;
  Blocking(tc, /*record=*/false, [lock, timeout, &acquired, &tc] {
    acquired =
        LockAcquireWithTimeout(lock, timeout, [&tc] { return InterruptPending(tc); });
  });
  switch (acquired) {
    case TimedAcquire::kAcquired:
      return 1;
    case TimedAcquire::kTimedOut:
      return 0;
    case TimedAcquire::kCancelled:
      TakeInterrupt(tc);
      return -1;
    default:
      runtime_.ReportUseOfFreed(lock, what);
      Raise(tc, "RuntimeError",
            "the Lock was freed while this thread waited for it (a use after free: "
            "its reference count lost updates)");
      return -1;
  }
}

bool Interpreter::InterruptPending(const ThreadContext& tc) {
  return tc.breaker->IsSet(EvalBreaker::kInterrupt);
}

bool Interpreter::TakeInterrupt(ThreadContext& tc) {
  if (!InterruptPending(tc)) return false;
  if (tc.daemons_exit != nullptr && tc.daemons_exit->load(std::memory_order_acquire)) {
    // A daemon thread at the program's end: the bit stays set, so that nothing
    // it runs from here (no handler runs; a finally block neither) waits again.
    tc.uncatchable = true;
    tc.killed = true;
    Raise(tc, "SystemExit", "");
    return true;
  }
  tc.breaker->Clear(EvalBreaker::kInterrupt);
  Raise(tc, "KeyboardInterrupt", "");
  return true;
}

bool Interpreter::HandleEvalBreaker(ThreadContext& tc, const Code& code,
                                    std::size_t next) {
  const std::uint32_t bits = tc.breaker->Load();
  if (bits & EvalBreaker::kStopTheWorld) tc.ts->PollSafePoint();
  if (bits & EvalBreaker::kMergeQueued) tc.ts->MergeQueuedObjects();
  // Between two instructions Python code may run: what a collection left.
  if (bits & EvalBreaker::kFinalizers) runtime_.gc().RunFinalizers();
  if (options_.poll_budget > 0) [[unlikely]] {
    tc.polls += tc.ticks_set - std::max(tc.ticks, 0);
    if (tc.polls > options_.poll_budget) {
      RestartTicks(tc);
      tc.uncatchable = true;  // no handler of the program may go on
      Raise(tc, "RuntimeError",
            "budget exhausted: the program passed more than " +
                std::to_string(options_.poll_budget) + " poll points");
      return false;
    }
  }
  if ((bits & EvalBreaker::kInterrupt) && TakeInterrupt(tc)) return false;
  const int interval = gil_.yield_interval();
  if ((bits & EvalBreaker::kGilDropRequest) || (interval > 0 && tc.ticks <= 0)) {
    gil_.Yield(*tc.gt);
  }
  // Between two bytecodes the thread holds no pointer read without a lock.
  tc.ts->QuiescentPoint();
  RestartTicks(tc);
  if (options_.explored) [[unlikely]] {
    // A GIL switch, if the explorer picks another thread: this one lets the GIL
    // go, so that the next can take it without blocking, and takes it back when
    // its turn comes again.
    // "count: LOAD_GLOBAL counter" at every instruction; where only entries and
    // back edges poll, "call one()" and "count: back edge, LOAD_FAST i".
    const std::string instr = FormatInstr(program_, *code.spec, code.code[next]);
    const std::string what = options_.poll == PollPolicy::kEveryInstruction
                                 ? code.name + ": " + instr
                             : next == 0 ? "call " + code.name + "()"
                                         : code.name + ": back edge, " + instr;
    gil_.Release(*tc.gt);
    SchedulePoint(what.c_str());
    gil_.Acquire(*tc.gt);
  }
  return true;
}

void Interpreter::RestartTicks(ThreadContext& tc) const {
  const int interval = gil_.yield_interval();
  int ticks = interval > 0 ? interval : INT_MAX;
  // With object locks, poll at least this often to be quiescent (QSBR), so that
  // retired arrays and objects get freed.
  if (runtime_.options().objects != ObjectSafety::kGil)
    ticks = std::min(ticks, kQuiescentEveryPolls);
  if (options_.poll_budget > 0) ticks = std::min(ticks, kBudgetCheckEvery);
  if (options_.explored) ticks = 1;  // every poll point is a schedule point
  tc.ticks = tc.ticks_set = ticks;
}

void Interpreter::TraceInstruction(const ThreadContext& tc, const Code& code,
                                   std::size_t pc) {
  const std::string text = FormatInstr(program_, *code.spec, code.code[pc]);
  std::fprintf(options_.trace_out != nullptr ? options_.trace_out : stderr,
               "[t%d] %-12s %4zu  %s\n", tc.index, code.name.c_str(), pc, text.c_str());
}

void Interpreter::NoteErrorPosition(ThreadContext& tc, const Code& code, std::size_t pc) {
  tc.frames.push_back({code.name, code.spec->line_of(pc), pc,
                       FormatInstr(program_, *code.spec, code.code[pc])});
}

}  // namespace gillab
