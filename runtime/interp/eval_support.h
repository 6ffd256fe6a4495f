// gillab/runtime/interp/eval_support.h — what the eval loop (eval.cc) calls
// out of line: its errors, the slow halves of a few instructions, and the poll
// points (eval_support.cc). Internal to runtime/interp.
#ifndef GILLAB_RUNTIME_INTERP_EVAL_SUPPORT_H_
#define GILLAB_RUNTIME_INTERP_EVAL_SUPPORT_H_

#include <atomic>
#include <cstdint>
#include <string>

#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/object.h"

namespace gillab::eval_support {

using TC = Interpreter::ThreadContext;

// The interpreter thread running on this OS thread (set by ThreadMain; null
// fields outside one): what the instance hooks (classes.cc) run Python code on.
struct CurrentThread {
  Interpreter* interp = nullptr;
  TC* tc = nullptr;
};
extern thread_local CurrentThread current_thread;

// Each Raise* raises its Python error in `tc` (the loop then unwinds):
// "NameError: name 'x' is not defined".
[[gnu::cold]] void RaiseNameError(TC& tc, const std::string& name);

// A reference to what `slot` (a global, or a cell's) holds, `v` when last
// loaded, when other threads may rebind it and free `v` meanwhile: taken only if
// the slot still holds it (refcount.h's TryIncrefCompare). Null if the slot is
// found unbound.
Object* TakeSharedSlot(std::atomic<Object*>* slot, Object* v);

// A frame's cells at entry (Eval): a new cell per cellvar, holding its
// parameter's argument if it is one; the closure's cells, passed after the
// arguments (`free`: NEW references), for the freevars.
void MakeCells(const Interpreter::Code& code, Object** locals, Object** free);

// "cannot access local variable 'x' ..." for a cellvar, "cannot access free
// variable 'x' ... in enclosing scope" for a freevar, as CPython says them.
[[gnu::cold]] void RaiseUnboundCell(TC& tc, const Interpreter::Code& code, int cell);

// DICT_MERGE: `mapping`'s items into `dict` (f(**mapping)), each key new.
bool DictMerge(TC& tc, Object* dict, Object* mapping);

// AssertionError, with `message` unless it is empty.
[[gnu::cold]] void RaiseAssertion(TC& tc, const std::string& message);

// "UnboundLocalError: cannot access local variable 'x' where it is not
// associated with a value", for local `local` of `code`.
[[gnu::cold]] void RaiseUnboundLocal(TC& tc, const Interpreter::Code& code, int local);

// BUILD_MAP: a dict of the `n` key, value pairs at items[0..2n) (borrowed). NEW
// reference, or null with TypeError for an unhashable key.
Object* BuildMap(TC& tc, Object** items, int n);

// The handler of `fn` for an exception raised at `pc`: the innermost whose
// range holds it, or null.
const Handler* FindHandler(const FunctionSpec& fn, std::size_t pc);

// UNPACK_SEQUENCE's work (out of the loop: a vector may not live across the
// loop's computed gotos): when `seq` has `n` items, stores NEW references to
// them at out[0..n), last item first. Returns its size either way (nothing is
// stored when it is not `n`; an iterable other than a list or tuple is read up
// to n + 1 items, as CPython reads it), or -1 when `seq` is not iterable, -2
// when iterating it raised.
std::int64_t UnpackInto(Object* seq, std::int64_t n, Object** out);

// BUILD_SET: a set of the `n` items (borrowed). NEW reference, or null with
// TypeError for an unhashable item.
Object* BuildSet(TC& tc, Object** items, int n);
// SET_ADD: set.add(value); false with the error (an unhashable value, or
// AttributeError when `set` is not one: an assembly program's mistake).
bool SetAddChecked(TC& tc, Object* set, Object* value);

// LIST_APPEND: list.append(value); false with AttributeError when `list` is not
// one (an assembly program's mistake).
bool ListAppendChecked(TC& tc, Object* list, Object* value);

// The concatenation of `n` values, each a str (FORMAT_VALUE made it one) or
// str()'d. NEW reference.
Object* ConcatStrs(Object* const* items, int n);

}  // namespace gillab::eval_support

#endif  // GILLAB_RUNTIME_INTERP_EVAL_SUPPORT_H_
