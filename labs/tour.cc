// gillab/labs/tour.cc — `lab tour`: every lesson once, in a guided sequence.
//
// Each step is two or three sentences, one run with settings chosen to show the
// point quickly (a few hundred thousand operations, not millions), and what to
// notice in the result. Unprotected steps show their race: the lessons repeat
// rounds until they do (scenario.h). A last step shows the explorer on the refcount
// race (explore.h). The whole tour takes well under a minute on two cores; the
// CPython comparisons run when python3 is installed (--cpython).
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "labs/cli.h"
#include "labs/explore.h"
#include "labs/report.h"
#include "labs/scenario.h"

namespace gillab::labs {

namespace {

struct Step {
  const char* scenario;
  const char* options;  // on top of the scenario's defaults
  const char* before;   // what the step is about
  const char* notice;   // what to look at in the result
};

const Step kSteps[] = {
    {"objects", "",
     "Every object starts with a header: reference counts, the owner thread and a\n"
     "type. When the count reaches zero the object is freed, exactly once.",
     "each type's size, and 0 leaked: reference counting freed everything."},
    {"refcount-race", "--refcount=nonatomic --gil=none --iterations=300000",
     "The GIL build's plain counts (load, add, store) with NO GIL: threads take and\n"
     "drop references to one object at once.",
     "updates lost: the count ends wrong, so the object leaks or is freed while\n"
     "still in use (counted here, a crash in CPython)."},
    {"refcount-race", "--refcount=atomic --gil=none --iterations=300000",
     "The same with atomic counts, a locked add per update: the naive free-threaded\n"
     "design.",
     "EXACT. Atomic adds cannot lose an update; contention shows what they cost."},
    {"refcount-race", "--refcount=nonatomic --gil=new --iterations=300000",
     "Back to plain counts, now under CPython's GIL: each thread holds it while it\n"
     "counts and offers it between operations.",
     "EXACT: a GIL makes every IncRef atomic. That is what the GIL is for."},
    {"small-ints", "--iterations=300000",
     "The ints -5..256 are made once, at start-up, and are immortal (PEP 683):\n"
     "loops, indices and flags share them without allocating or counting.",
     "allocations saved, `256 is 256` but not `257 is 257`, and no race without a\n"
     "GIL: an immortal object's count is never written."},
    {"contention", "--iterations=300000",
     "Two threads taking and dropping references to one shared object, to an\n"
     "immortal one and to private ones, in each refcount mode.",
     "the shared column: atomic counts fight over one cache line; immortal and\n"
     "private objects cost nothing extra. Hence PEP 683 and biased counting."},
    {"counter",
     "--gil=new --poll=every-instruction --iterations=200000 --switch-interval=100",
     "Bytecode: `counter = counter + 1` on two threads under the GIL, polling for a\n"
     "switch at EVERY instruction (as CPython 2 did).",
     "updates lost with a GIL: a switch fell between the read and the write."},
    {"counter",
     "--gil=new --poll=backedges-and-calls --iterations=200000 --switch-interval=100",
     "The same, polling only at back edges and calls (CPython 3.10+): no poll point\n"
     "lies between the read and the write.",
     "EXACT, as in CPython (its figure is beside ours). Luck of the bytecode, not a\n"
     "guarantee:"},
    {"counter-call",
     "--gil=new --poll=backedges-and-calls --iterations=200000 --switch-interval=1",
     "`counter = counter + one()`: the call's entry is a poll point between the read\n"
     "and the write.",
     "updates lost again, here and in CPython 3.11. Use a threading.Lock\n"
     "(labs/py/counter_lock.py)."},
    {"convoy", "",
     "One thread doing 0.1 ms I/O calls next to a CPU-bound thread, under every GIL\n"
     "strategy.",
     "the new GIL's I/O waits a switch interval (5 ms) after every call, in CPython\n"
     "too; the priority GIL hands it back at once."},
    {"gc-cycles", "--iterations=5000",
     "Objects that refer to each other never reach count zero: reference counting\n"
     "alone leaks them. The cyclic collector finds them.",
     "live objects grow round after round without the collector; it frees them all,\n"
     "mostly in young generations; without a GIL it stops every thread first."},
    {"memory", "--iterations=100000",
     "The same 100,000 records stored five ways: what each costs in bytes and in\n"
     "objects, here and in CPython 3.11.",
     "tuples beat lists beat dicts per record; columns beat rows; a typed array\n"
     "has no object per value at all."},
    {"list-race", "--objects=unlocked",
     "No GIL, and lists WITHOUT locks: two threads append to and pop from one list.\n"
     "An append is read size, grow, write slot, store size.",
     "appends lost and arrays freed under a writer (caught here; heap corruption in\n"
     "C)."},
    {"list-race", "--objects=locked",
     "The same with a lock in every list (CPython 3.13t's critical sections), the\n"
     "default without a GIL.",
     "EXACT, with the threads still running in parallel."},
    {"borrowed-ref", "",
     "One thread replaces lst[0], freeing the old item; another reads lst[0] as a\n"
     "borrowed pointer (PyList_GET_ITEM) and uses it.",
     "uses of a freed item. With --objects=locked the read takes a strong reference\n"
     "with PEP 703's conditional increment, and is exact."},
    {"resize-read", "--iterations=300000",
     "A reader indexes a list without a lock while a writer grows and shrinks it,\n"
     "and each outgrown array is freed at once.",
     "reads of a freed array. CPython 3.13t retires arrays through QSBR instead:\n"
     "--objects=locked is exact."},
};

}  // namespace

int RunTour(const LabConfig& user, std::ostream& out) {
  const auto say = [&](const std::string& text) {
    if (!user.json) out << text << "\n";
  };
  say("gillab tour: CPython's object machinery, rebuilt, and what goes wrong without");
  say("a GIL. " + std::to_string(std::size(kSteps) + 1) +
      " steps; each runs one lesson (`lab run NAME` runs it again).");
  int number = 0;
  for (const Step& step : kSteps) {
    const Scenario* s = FindScenario(step.scenario);
    std::string error;
    LabConfig c;
    if (s == nullptr || !ApplyOptions(s->defaults, &c, &error) ||
        !ApplyOptions(step.options, &c, &error)) {
      std::fprintf(stderr, "lab: fatal: tour step '%s' is broken: %s\n", step.scenario,
                   error.c_str());
      std::abort();  // lab_test runs the tour: a broken step fails it
    }
    c.json = user.json;
    c.cpython = user.cpython;
    say("");
    say("Step " + std::to_string(++number) + ". " + step.before);
    say("$ lab run " + std::string(step.scenario) +
        (*step.options != 0 ? " " + std::string(step.options) : ""));
    const LabResult r = s->run(c);
    out << (user.json ? FormatJson(r) + "\n" : FormatTable(r));
    say("Notice: " + std::string(step.notice));
    out.flush();
  }
  // The explorer: the refcount race of step 2, every interleaving of its real
  // steps, and the shortest that goes wrong.
  say("");
  say("Step " + std::to_string(++number) +
      ". Real threads show a race when the machine happens to interleave them\n"
      "badly. The explorer runs the threads one at a time through the runtime's real\n"
      "IncRef and DecRef and tries every interleaving up to 2 preemptions.");
  say("$ lab explore refcount-race --iterations=1");
  LabConfig explore;
  explore.iterations = 1;
  explore.json = user.json;
  std::ostringstream explore_err;
  if (RunExplore("refcount-race", explore, {"iterations"}, out, explore_err) != 0) {
    std::fprintf(stderr, "lab: fatal: the tour's explore step is broken: %s",
                 explore_err.str().c_str());
    std::abort();  // lab_test runs the tour: a broken step fails it
  }
  say("Notice: the shortest failing schedule, step by step: a thread preempted\n"
      "between its load and its store writes back a stale count. Its --schedule=ID\n"
      "replays exactly that interleaving, every time; --refcount=atomic has none.");
  out.flush();
  say("");
  say("Next: lab list (every lesson and the options it reads); lab run NAME --help;");
  say("the Python forms, which python3 runs too: lab py labs/py/counter.py,");
  say("lab py labs/py/convoy.py --gil=priority --trace=convoy.json");
  return 0;
}

}  // namespace gillab::labs
