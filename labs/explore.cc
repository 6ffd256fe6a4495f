// gillab/labs/explore.cc — `lab explore NAME`: one lesson's threads under the
// explorer (explore/explorer.h); how many schedules within --preemptions left
// its shared state wrong, level by level, and the shortest failing schedule
// step by step, with the id that replays it. The lessons' models are in
// explore_refcount.cc, explore_counter.cc and explore_lists.cc.
#include "labs/explore.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/json.h"
#include "explore/explorer.h"
#include "labs/explore_models.h"
#include "labs/report.h"

namespace gillab::labs {
namespace {

// What every lesson reads, besides its own.
constexpr const char* kEveryLessonReads[] = {"preemptions", "schedule", "max-schedules",
                                             "json"};

bool Reads(const ExploreLesson& lesson, const std::string& option) {
  for (const char* o : kEveryLessonReads) {
    if (option == o) return true;
  }
  return ListHasWord(lesson.reads, option);
}

std::string ReadsList(const ExploreLesson& lesson) {
  std::string list;
  std::string reads = lesson.reads;
  for (std::size_t at = 0; at < reads.size();) {
    const std::size_t space = std::min(reads.find(' ', at), reads.size());
    list += "--" + reads.substr(at, space - at) + ", ";
    at = space + 1;
  }
  for (const char* o : kEveryLessonReads) list += std::string("--") + o + ", ";
  return list.substr(0, list.size() - 2);
}

// The settings that make a run of `lesson` again: "--refcount=nonatomic
// --gil=none --threads=2 --iterations=2".
std::string Settings(const ExploreLesson& lesson, const LabConfig& c) {
  std::string s;
  if (Reads(lesson, "refcount"))
    s += " --refcount=" + std::string(RefcountModeName(c.mode));
  if (Reads(lesson, "gil")) s += " --gil=" + std::string(GilKindName(c.gil));
  if (Reads(lesson, "poll") && c.gil != GilKind::kNone) {
    s += " --poll=" + std::string(PollPolicyName(c.poll));
  }
  if (Reads(lesson, "objects") && c.gil == GilKind::kNone) {
    s += " --objects=" + std::string(ObjectSafetyName(ExploredObjects(c)));
  }
  if (Reads(lesson, "threads")) s += " --threads=" + std::to_string(c.threads);
  if (Reads(lesson, "iterations")) s += " --iterations=" + std::to_string(c.iterations);
  return s.empty() ? s : s.substr(1);
}

std::string Row(const char* step, const char* thread, const char* operation,
                const char* read, const char* written, const char* after) {
  char line[256];
  std::snprintf(line, sizeof line, "  %5s  %-6s  %-40s %5s %7s  %s\n", step, thread,
                operation, read, written, after);
  return line;
}

std::string Text(const std::optional<std::int64_t>& v) {
  return v.has_value() ? std::to_string(*v) : "";
}

std::string Table(const explore::Schedule& s) {
  std::string out = Row("step", "thread", "operation", "read", "written", "after");
  int n = 0;
  for (const explore::Step& step : s.steps) {
    out += Row(std::to_string(++n).c_str(), ("t" + std::to_string(step.thread)).c_str(),
               step.what.c_str(), Text(step.read).c_str(), Text(step.written).c_str(),
               step.state_after.c_str());
  }
  return out;
}

// A value a step read or wrote, or null.
Json ValueJson(const std::optional<std::int64_t>& v) {
  return v.has_value() ? Json(*v) : Json(nullptr);
}

Json ConfigJson(const ExploreLesson& lesson, const LabConfig& c) {
  Json j = {{"scenario", lesson.name}};
  if (Reads(lesson, "gil")) j["gil"] = GilKindName(c.gil);
  if (Reads(lesson, "refcount")) j["refcount"] = RefcountModeName(c.mode);
  if (Reads(lesson, "poll")) {
    j["poll"] = c.gil == GilKind::kNone ? "every-instruction" : PollPolicyName(c.poll);
  }
  if (Reads(lesson, "objects")) j["objects"] = ObjectSafetyName(ExploredObjects(c));
  if (Reads(lesson, "threads")) j["threads"] = c.threads;
  if (Reads(lesson, "iterations")) j["iterations"] = c.iterations;
  return j;
}

Json ScheduleJson(const explore::Schedule& s, const std::string& outcome) {
  Json steps = Json::array();
  for (const explore::Step& step : s.steps) {
    steps.push_back({{"thread", step.thread},
                     {"operation", step.what},
                     {"read", ValueJson(step.read)},
                     {"written", ValueJson(step.written)},
                     {"after", step.state_after}});
  }
  return {{"id", s.id},
          {"preemptions", s.preemptions},
          {"corrupt", !s.ok},
          {"outcome", outcome},
          {"steps", steps}};
}

// "0 preemptions: 0 of 2; 1: 12 of 40; 2: 60 of 104".
std::string LevelsLine(const explore::Summary& s) {
  std::string line;
  for (const explore::Level& level : s.levels) {
    line += (line.empty() ? Counted(level.preemptions, "preemption", "preemptions")
                          : "; " + std::to_string(level.preemptions)) +
            ": " + Thousands(level.failing) + " of " + Thousands(level.schedules);
  }
  return line;
}

const ExploreLesson* FindLesson(const std::string& name) {
  for (const ExploreLesson& l : ExploreLessons()) {
    if (name == l.name) return &l;
  }
  return nullptr;
}

// Bad input for `lesson`, or an empty string.
std::string CheckInput(const ExploreLesson& lesson, const LabConfig& config,
                       const std::vector<std::string>& given) {
  for (const std::string& option : given) {
    if (!Reads(lesson, option)) {
      return "--" + option + " does not apply to explore " + lesson.name + " (it reads " +
             ReadsList(lesson) + ")";
    }
    if (option == "poll" && config.gil == GilKind::kNone) {
      return "--poll applies only under a GIL: without one, threads may be switched "
             "at every instruction (valid with --gil=none: no --poll)";
    }
  }
  if (config.threads > lesson.max_threads || config.iterations > lesson.max_iterations) {
    return "explore tries every interleaving, which grows exponentially: --threads=" +
           std::to_string(config.threads) +
           " --iterations=" + std::to_string(config.iterations) +
           " is too many (valid: threads 1.." + std::to_string(lesson.max_threads) +
           ", iterations 1.." + std::to_string(lesson.max_iterations) + ")";
  }
  return "";
}

}  // namespace

const std::vector<ExploreLesson>& ExploreLessons() {
  constexpr RefcountMode kPlain = RefcountMode::kNonAtomic;
  constexpr RefcountMode kBiased = RefcountMode::kBiased;
  static const std::vector<ExploreLesson> lessons = {
      {"refcount-race", "gil refcount threads iterations", 4, 4, 2, kPlain,
       MakeRefcountRaceModel},
      {"counter", "gil poll refcount threads iterations", 4, 4, 2, kPlain,
       MakeCounterModel},
      {"counter-call", "gil poll refcount threads iterations", 4, 4, 2, kPlain,
       MakeCounterCallModel},
      {"list-race", "gil objects threads iterations", 3, 2, 1, kBiased,
       MakeListRaceModel},
      {"borrowed-ref", "gil objects threads iterations", 3, 3, 1, kBiased,
       MakeBorrowedRefModel},
      {"biased-merge", "gil refcount threads iterations", 3, 2, 1, kBiased,
       MakeBiasedMergeModel},
  };
  return lessons;
}

std::string ExploreModelNames() {
  std::string names;
  for (const ExploreLesson& l : ExploreLessons()) {
    names += (names.empty() ? "" : ", ") + std::string(l.name);
  }
  return names;
}

int RunExplore(const std::string& name, LabConfig config,
               const std::vector<std::string>& given, std::ostream& out,
               std::ostream& err) {
  const ExploreLesson* lesson = FindLesson(name);
  if (lesson == nullptr) {
    const bool known = FindScenario(name) != nullptr;
    err << "lab: "
        << (known ? "lesson '" + name + "' has no explorer model yet"
                  : "unknown lesson '" + name + "'")
        << " (valid: " << ExploreModelNames() << ")\n";
    return 2;
  }
  const auto named = [&given](const char* option) {
    return std::find(given.begin(), given.end(), option) != given.end();
  };
  if (!named("iterations")) config.iterations = lesson->default_iterations;
  if (!named("refcount")) config.mode = lesson->default_refcount;
  if (const std::string bad = CheckInput(*lesson, config, given); !bad.empty()) {
    err << "lab: " << bad << "\n";
    return 2;
  }
  std::unique_ptr<ExploreModel> model = lesson->make(config);
  explore::Explorer explorer(model->Make());
  const std::string settings = Settings(*lesson, config);
  const std::string head =
      "explore " + std::string(lesson->name) + ": " + model->Describe() + "; " + settings;

  if (!config.schedule.empty()) {
    absl::StatusOr<explore::Schedule> s = explorer.Replay(config.schedule);
    if (!s.ok()) {
      err << "lab: --schedule=" << config.schedule << ": no schedule of " << lesson->name
          << " with " << settings
          << " has that id (ids are printed by lab explore, e.g. 0*3-1*2)\n";
      return 2;
    }
    const std::string& outcome = model->Outcome();
    if (config.json) {
      Json j = ConfigJson(*lesson, config);
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
  if (!summary.ok()) {  // the models are deterministic: this would be a bug in gillab
    err << "lab: explore: " << summary.status().message() << "\n";
    return 1;
  }
  const explore::Summary& s = *summary;
  // Explore replays the shortest failing schedule last: the outcome is its.
  const std::string outcome = s.shortest_failing.has_value() ? model->Outcome() : "";
  std::string scope;
  if (s.exhaustive) {
    scope =
        "exhaustive up to " + Counted(config.preemptions, "preemption", "preemptions");
  } else {
    scope = "stopped at --max-schedules=" + std::to_string(config.max_schedules) +
            (s.exhaustive_up_to >= 0
                 ? ": exhaustive only up to " +
                       Counted(s.exhaustive_up_to, "preemption", "preemptions")
                 : ": not exhaustive");
  }
  if (config.json) {
    Json j = ConfigJson(*lesson, config);
    j["preemptions"] = config.preemptions;
    j["schedules"] = s.schedules;
    j["corrupt"] = s.failing;
    j["exhaustive"] = s.exhaustive;
    j["exhaustive_up_to"] = s.exhaustive_up_to;
    j["reruns"] = s.reruns;
    Json levels = Json::array();
    for (const explore::Level& level : s.levels) {
      levels.push_back({{"preemptions", level.preemptions},
                        {"schedules", level.schedules},
                        {"corrupt", level.failing}});
    }
    j["levels"] = levels;
    j["seconds"] = s.seconds;
    if (s.shortest_failing.has_value()) {
      j["shortest_failing"] = ScheduleJson(*s.shortest_failing, outcome);
    }
    out << ToJsonText(j) << "\n";
    return 0;
  }
  char timing[64];
  std::snprintf(timing, sizeof timing, "%.3f s", s.seconds);
  out << head << "\n  " << Thousands(s.failing) << " of " << Thousands(s.schedules)
      << " schedules corrupt (" << scope << "), " << timing
      << "\n  by preemptions: " << LevelsLine(s) << "\n";
  if (!s.shortest_failing.has_value()) {
    out << "  every interleaving is exact: nothing to show\n";
    return 0;
  }
  const explore::Schedule& f = *s.shortest_failing;
  out << "  the shortest failing schedule: " << f.id << " ("
      << Counted(f.preemptions, "preemption", "preemptions") << ")\n"
      << Table(f) << "  outcome  " << outcome << "\n  replay   lab explore "
      << lesson->name << " " << settings << " --schedule=" << f.id << "\n";
  return 0;
}

}  // namespace gillab::labs
