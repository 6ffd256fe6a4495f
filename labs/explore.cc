// gillab/labs/explore.cc — `lab explore`: the refcount race, every way it can go.
//
// What is shared: one str, which the exploring thread creates; each of the
// lesson's threads takes `iterations` references to it (IncRef) and gives them
// back (DecRef), as refcount-race's threads do. Who touches it: the threads, one
// at a time under the explorer, through the runtime's real IncRef and DecRef,
// which with RuntimeOptions::explored pass a schedule point before each access
// to the count (refcount.cc). What goes wrong: with plain counts, a thread
// preempted between its load and its store writes back a stale count, and an
// update is lost: a lost IncRef frees the object under its holders (the
// debug allocator counts every later touch), a lost DecRef leaks it. What
// prevents it: an atomic or biased count (one indivisible step), or a GIL, which
// a thread holds for a whole operation: the explorer may then switch threads only
// between two operations, where the lab's own threads poll (labs/phase.h).
#include "labs/explore.h"

#include <cstdint>
#include <cstdio>
#include <string>

#include "base/json.h"
#include "base/schedule_point.h"
#include "explore/explorer.h"
#include "labs/report.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/str_object.h"

namespace gillab::labs {
namespace {

constexpr int kMaxThreads = 4;
constexpr std::int64_t kMaxIterations = 4;

class RefcountRaceModel {
 public:
  explicit RefcountRaceModel(const LabConfig& config)
      : config_(config),
        rt_({.mode = config.mode, .debug_memory = true, .explored = true}) {}

  explore::Model Make() {
    explore::Model m;
    m.threads = config_.threads;
    m.setup = [this] {
      live_before_ = rt_.live_objects(TypeIndex::kStr);
      uaf_before_ = rt_.use_after_free();
      ob_ = NewStr("shared");
    };
    m.run = [this](int) {
      ThreadScope scope(rt_);
      for (std::int64_t i = 0; i < config_.iterations; ++i) Operation(true);
      for (std::int64_t i = 0; i < config_.iterations; ++i) Operation(false);
    };
    m.ok = [this] {
      outcome_ = DescribeOutcome();
      return !Freed() && RefCount(ob_) == 1 && UsesOfFreed() == 0;
    };
    m.state = [this] {
      return Freed() ? std::string("freed") : "count " + std::to_string(RefCount(ob_));
    };
    m.teardown = [this] {
      if (!Freed()) {
        for (std::int64_t c = RefCount(ob_); c > 0; --c) DecRef(ob_);
      }
    };
    return m;
  }

  // What the last schedule run left, in a sentence.
  const std::string& Outcome() const { return outcome_; }

 private:
  std::string DescribeOutcome() const {
    if (Freed()) {
      return "FREED while still referenced; " +
             Counted(UsesOfFreed(), "later IncRef or DecRef",
                     "later IncRefs and DecRefs") +
             " reached the freed object (caught by the debug allocator)";
    }
    const std::int64_t count = RefCount(ob_);
    if (count == 1) return "count 1 at the end, as it began: exact";
    return "count " + std::to_string(count) +
           " at the end, expected 1: " + (count > 1 ? "the str leaks" : "corrupt");
  }

  // The shared str was the one str made since setup.
  bool Freed() const { return rt_.live_objects(TypeIndex::kStr) == live_before_; }
  std::int64_t UsesOfFreed() const { return rt_.use_after_free() - uaf_before_; }

  void Operation(bool incref) {
    if (config_.gil == GilKind::kNone) {
      incref ? IncRef(ob_) : DecRef(ob_);
      return;
    }
    // Under a GIL the thread may be switched out only where it polls, between
    // two operations; within one, its count's steps have no schedule point.
    SchedulePoint(incref ? "IncRef, holding the GIL" : "DecRef, holding the GIL");
    SchedulePointHandler* const handler = CurrentSchedulePointHandler();
    SetSchedulePointHandler(nullptr);
    incref ? IncRef(ob_) : DecRef(ob_);
    SetSchedulePointHandler(handler);
  }

  const LabConfig& config_;
  Runtime rt_;
  Object* ob_ = nullptr;
  std::int64_t live_before_ = 0;
  std::int64_t uaf_before_ = 0;
  std::string outcome_;
};

std::string Describe(const LabConfig& c) {
  return std::to_string(c.threads) + " threads, each " +
         Counted(c.iterations, "IncRef", "IncRefs") + " then " +
         Counted(c.iterations, "DecRef", "DecRefs") +
         " on one str; --refcount=" + RefcountModeName(c.mode) +
         " --gil=" + GilKindName(c.gil);
}

std::string Row(const char* step, const char* thread, const char* operation,
                const char* value, const char* after) {
  char line[200];
  std::snprintf(line, sizeof line, "  %5s  %-6s  %-40s %6s  %s\n", step, thread,
                operation, value, after);
  return line;
}

std::string Table(const explore::Schedule& s) {
  std::string out = Row("step", "thread", "operation", "value", "after");
  int n = 0;
  for (const explore::Step& step : s.steps) {
    // The value a store writes; a load's is the state before it.
    const bool stores = step.what.find("store") != std::string::npos;
    out += Row(std::to_string(++n).c_str(), ("t" + std::to_string(step.thread)).c_str(),
               step.what.c_str(), stores ? std::to_string(step.value).c_str() : "",
               step.state_after.c_str());
  }
  return out;
}

Json ConfigJson(const LabConfig& c) {
  return {{"scenario", "refcount-race"},
          {"gil", GilKindName(c.gil)},
          {"refcount", RefcountModeName(c.mode)},
          {"threads", c.threads},
          {"iterations", c.iterations}};
}

Json ScheduleJson(const explore::Schedule& s, const std::string& outcome) {
  Json steps = Json::array();
  for (const explore::Step& step : s.steps) {
    steps.push_back({{"thread", step.thread},
                     {"operation", step.what},
                     {"value", step.value},
                     {"after", step.state_after}});
  }
  return {{"id", s.id},
          {"preemptions", s.preemptions},
          {"corrupt", !s.ok},
          {"outcome", outcome},
          {"steps", steps}};
}

}  // namespace

std::string ExploreModelNames() { return "refcount-race"; }

int RunExplore(const std::string& name, const LabConfig& config, std::ostream& out,
               std::ostream& err) {
  if (name != "refcount-race") {
    const bool lesson = FindScenario(name) != nullptr;
    err << "lab: "
        << (lesson ? "lesson '" + name + "' has no explorer model yet"
                   : "unknown lesson '" + name + "'")
        << " (valid: " << ExploreModelNames() << ")\n";
    return 2;
  }
  if (config.threads > kMaxThreads || config.iterations > kMaxIterations) {
    err << "lab: explore tries every interleaving, which grows exponentially: --threads="
        << config.threads << " --iterations=" << config.iterations
        << " is too many (valid: threads 1.." << kMaxThreads << ", iterations 1.."
        << kMaxIterations << ")\n";
    return 2;
  }
  RefcountRaceModel model(config);
  explore::Explorer explorer(model.Make());
  const std::string head = "explore refcount-race: " + Describe(config);

  if (!config.schedule.empty()) {
    absl::StatusOr<explore::Schedule> s = explorer.Replay(config.schedule);
    if (!s.ok()) {
      err << "lab: --schedule=" << config.schedule
          << ": no schedule of refcount-race with --threads=" << config.threads
          << " --iterations=" << config.iterations
          << " has that id (ids are printed by lab explore, e.g. 0*3-1*2)\n";
      return 2;
    }
    const std::string outcome = model.Outcome();
    if (config.json) {
      Json j = ConfigJson(config);
      j["schedule"] = ScheduleJson(*s, outcome);
      out << ToJsonText(j) << "\n";
      return 0;
    }
    out << head << "\n  schedule " << s->id << " ("
        << Counted(s->preemptions, "preemption", "preemptions") << "), replayed\n"
        << Table(*s) << "  outcome  " << outcome << "\n";
    return 0;
  }

  absl::StatusOr<explore::Summary> summary = explorer.Explore(
      {.preemptions = config.preemptions, .max_schedules = config.max_schedules});
  if (!summary.ok()) {  // the model is deterministic: this would be a bug in gillab
    err << "lab: explore: " << summary.status().message() << "\n";
    return 1;
  }
  const explore::Summary& s = *summary;
  std::string outcome;
  if (s.shortest_failing.has_value()) {
    // Explore replays that schedule last: the outcome is its.
    outcome = model.Outcome();
  }
  const std::string scope =
      s.exhaustive
          ? "exhaustive up to " + Counted(config.preemptions, "preemption", "preemptions")
          : "stopped at --max-schedules=" + std::to_string(config.max_schedules) +
                ": not exhaustive";
  if (config.json) {
    Json j = ConfigJson(config);
    j["preemptions"] = config.preemptions;
    j["schedules"] = s.schedules;
    j["corrupt"] = s.failing;
    j["exhaustive"] = s.exhaustive;
    j["seconds"] = s.seconds;
    if (s.shortest_failing.has_value()) {
      j["shortest_failing"] = ScheduleJson(*s.shortest_failing, outcome);
    }
    out << ToJsonText(j) << "\n";
    return 0;
  }
  char timing[64];
  std::snprintf(timing, sizeof timing, "%.3f s", s.seconds);
  out << head << "\n  " << s.failing << " of " << s.schedules << " schedules corrupt ("
      << scope << "), " << timing << "\n";
  if (!s.shortest_failing.has_value()) {
    out << "  every interleaving is exact: nothing to show\n";
    return 0;
  }
  const explore::Schedule& f = *s.shortest_failing;
  out << "  the shortest failing schedule: " << f.id << " ("
      << Counted(f.preemptions, "preemption", "preemptions") << ")\n"
      << Table(f) << "  outcome  " << outcome << "\n  replay   lab explore refcount-race"
      << " --refcount=" << RefcountModeName(config.mode)
      << " --gil=" << GilKindName(config.gil) << " --threads=" << config.threads
      << " --iterations=" << config.iterations << " --schedule=" << f.id << "\n";
  return 0;
}

}  // namespace gillab::labs
