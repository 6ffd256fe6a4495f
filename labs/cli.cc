#include "labs/cli.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "labs/python.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "runtime/object.h"

namespace gillab::labs {

namespace {

const char* const kUsage =
    "usage: lab COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  list                 every scenario with a one-line summary\n"
    "  run NAME [options]   run one scenario and report expected vs observed\n"
    "  tour [options]       the key scenarios in a short guided sequence\n"
    "  py FILE.py [options] run a Python-subset script on gillab's interpreter, as\n"
    "                       python3 would (--gil, --refcount, --poll, "
    "--switch-interval,\n"
    "                       --trace, --stats; the GIL defaults to new here)\n"
    "  dis FILE.py          the script's bytecode, like Python's dis\n"
    "  help                 this text\n"
    "\n"
    "options:\n"
    "  --gil=S              GIL strategy: none, new, old, mutex, fair, spin, absl,\n"
    "                       priority (default none)\n"
    "  --poll=P             where the interpreter polls for a GIL switch:\n"
    "                       every-instruction, backedges-and-calls (default);\n"
    "                       --policy=P is the same\n"
    "  --switch-interval=US the GIL's switch interval, 1..1000000 us (default 5000)\n"
    "  --trace=FILE         write the GIL's events as Chrome Trace JSON to FILE (open\n"
    "                       it at ui.perfetto.dev) and a timeline to FILE.svg\n"
    "  --refcount=M         nonatomic, atomic, biased (default nonatomic)\n"
    "  --threads=N          1..64 threads (default 2)\n"
    "  --iterations=N       1..100000000 operations per thread (default 1000000)\n"
    "  --seed=N             seed for scenarios that randomise (default 1)\n"
    "  --json               one JSON object per run instead of a table\n"
    "  --stats              py: per-thread GIL statistics on stderr at the end\n"
    "\n"
    "exit status: 0 after a run (even one that observed corruption), 2 on bad input.\n";

struct Options {
  LabConfig config;
  bool json = false;
  bool stats = false;
  std::vector<std::string> positional;
  std::vector<std::string> given;  // option names, as typed (policy -> poll)
};

class BadInput {
 public:
  explicit BadInput(std::string message) : message_(std::move(message)) {}
  const std::string& message() const { return message_; }

 private:
  std::string message_;
};

std::optional<long long> ParseWhole(const std::string& text) {
  long long value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

long long ParseCount(const std::string& name, const std::string& text, long long lo,
                     long long hi) {
  const std::optional<long long> v = ParseWhole(text);
  if (!v || *v < lo || *v > hi) {
    throw BadInput("--" + name + "='" + text + "' is not a whole number from " +
                   std::to_string(lo) + " to " + std::to_string(hi));
  }
  return *v;
}

// Parses args[from..]; returns the options, or a BadInput via the out parameter.
std::optional<Options> ParseOptions(const std::vector<std::string>& args, size_t from,
                                    std::string* error) {
  Options o;
  try {
    for (size_t i = from; i < args.size(); ++i) {
      const std::string& a = args[i];
      if (a.rfind("--", 0) != 0) {
        o.positional.push_back(a);
        continue;
      }
      std::string name = a.substr(2);
      std::optional<std::string> value;
      if (const size_t eq = name.find('='); eq != std::string::npos) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      if (name == "policy") name = "poll";
      o.given.push_back(name);
      if (name == "json" || name == "stats") {
        if (value) throw BadInput("--" + name + " takes no value");
        (name == "json" ? o.json : o.stats) = true;
        continue;
      }
      const bool known = name == "gil" || name == "refcount" || name == "threads" ||
                         name == "iterations" || name == "seed" || name == "poll" ||
                         name == "switch-interval" || name == "trace";
      if (!known) {
        throw BadInput("unknown option '" + a +
                       "' (valid: --gil, --refcount, --threads, --iterations, --seed, "
                       "--poll, --policy, --switch-interval, --trace, --json, --stats)");
      }
      if (!value) {
        if (i + 1 >= args.size()) throw BadInput("--" + name + " needs a value");
        value = args[++i];
      }
      if (name == "gil") {
        if (!ParseGilKind(*value, &o.config.gil_kind)) {
          throw BadInput("unknown GIL strategy '" + *value +
                         "' (valid: " + GilKindChoices() + ")");
        }
        o.config.gil = *value;
      } else if (name == "poll") {
        if (!ParsePollPolicy(*value, &o.config.poll)) {
          throw BadInput("unknown poll policy '" + *value +
                         "' (valid: " + PollPolicyChoices() + ")");
        }
      } else if (name == "switch-interval") {
        o.config.switch_interval_us = ParseCount(name, *value, 1, 1'000'000);
      } else if (name == "trace") {
        if (value->empty()) throw BadInput("--trace needs a file name");
        o.config.trace_path = *value;
      } else if (name == "refcount") {
        if (!ParseRefcountMode(*value, &o.config.mode)) {
          throw BadInput("unknown refcount mode '" + *value +
                         "' (valid: " + RefcountModeChoices() + ")");
        }
      } else if (name == "threads") {
        o.config.threads = static_cast<int>(ParseCount(name, *value, 1, kMaxThreads));
      } else if (name == "iterations") {
        o.config.iterations = ParseCount(name, *value, 1, kMaxIterations);
      } else if (name == "seed") {
        o.config.seed =
            static_cast<std::uint64_t>(ParseCount(name, *value, 0, INT64_MAX));
      }
    }
  } catch (const BadInput& bad) {
    *error = bad.message();
    return std::nullopt;
  }
  return o;
}

std::string ScenarioNames() {
  std::string names;
  for (const Scenario& s : AllScenarios()) {
    if (!names.empty()) names += ", ";
    names += s.name;
  }
  return names;
}

void Report(const LabResult& r, bool json, std::ostream& out) {
  out << (json ? FormatJson(r) + "\n" : FormatTable(r));
  out.flush();
}

int Tour(const Options& o, std::ostream& out) {
  LabConfig c = o.config;
  const auto say = [&](const std::string& text) {
    if (!o.json) out << text << "\n";
  };
  say("gillab tour: CPython's object machinery, rebuilt, and what goes wrong without a "
      "GIL.");
  say("");
  say("Step 1. Objects. Every object starts with a header: reference counts, the owner");
  say("thread and a type. When the count reaches zero the object is freed, exactly "
      "once.");
  Report(FindScenario("objects")->run(c), o.json, out);

  const RefcountMode modes[] = {RefcountMode::kNonAtomic, RefcountMode::kAtomic,
                                RefcountMode::kBiased};
  const char* const lessons[] = {
      "Step 2. The GIL build's plain counts, with NO GIL: threads IncRef/DecRef one\n"
      "object at once. Expect lost updates: a leak, or a free while still in use.",
      "Step 3. The same with atomic counts (a locked add): correct, but every update\n"
      "fights for one cache line.",
      "Step 4. The same with biased counting (PEP 703): the owner thread counts\n"
      "privately, the others atomically. Correct, and cheap for the owner."};
  struct Row {
    const char* mode;
    LabResult result;
  };
  std::vector<Row> rows;
  for (int i = 0; i < 3; ++i) {
    say("");
    say(lessons[i]);
    c.mode = modes[i];
    if (c.threads < 2) c.threads = 2;
    rows.push_back({RefcountModeName(modes[i]), FindScenario("refcount-race")->run(c)});
    Report(rows.back().result, o.json, out);
  }
  if (!o.json) {
    out << "\nSummary: " << c.threads << " threads x " << c.iterations
        << " IncRefs, then as many DecRefs, on one object, no GIL\n";
    char line[160];
    std::snprintf(line, sizeof line, "  %-10s %14s %14s %10s  %s\n", "refcount",
                  "lost updates", "use-after-free", "time (s)", "verdict");
    out << line;
    for (const Row& row : rows) {
      std::snprintf(line, sizeof line, "  %-10s %14lld %14lld %10.3f  %s\n", row.mode,
                    static_cast<long long>(row.result.lost_updates),
                    static_cast<long long>(row.result.use_after_free), row.result.seconds,
                    row.result.corrupted ? "CORRUPTED" : "OK");
      out << line;
    }
  }

  // Part two: a GIL, and the interpreter.
  say("");
  say("Step 5. Back to plain counts, now under CPython's GIL (--gil=new): each thread");
  say("holds the GIL while it counts and offers it between operations. Exact again.");
  LabConfig g = c;
  g.mode = RefcountMode::kNonAtomic;
  g.gil_kind = GilKind::kNew;
  g.gil = "new";
  Report(FindScenario("refcount-race")->run(g), o.json, out);

  g.iterations = std::min<std::int64_t>(c.iterations, 200'000);
  g.switch_interval_us = 100;  // many switches in a short run
  struct Step {
    const char* text;
    const char* scenario;
    PollPolicy poll;
  };
  const Step steps[] = {
      {"Step 6. Bytecode: `counter = counter + 1` on threads under the GIL, polling for "
       "a\n"
       "switch at EVERY instruction (CPython 2). A switch between the read and the "
       "write\n"
       "loses the other thread's updates: a GIL does not make `+= 1` atomic.",
       "counter", PollPolicy::kEveryInstruction},
      {"Step 7. The same, polling only at back edges and calls (CPython 3.10+): no poll\n"
       "point between the read and the write, so nothing is lost...",
       "counter", PollPolicy::kBackedgesAndCalls},
      {"Step 8. ...until a call sits between them: `counter = counter + one()`. The\n"
       "call's entry is a poll point, and updates are lost again (CPython 3.11: ~31%).",
       "counter-call", PollPolicy::kBackedgesAndCalls},
  };
  for (const Step& step : steps) {
    say("");
    say(step.text);
    g.poll = step.poll;
    Report(FindScenario(step.scenario)->run(g), o.json, out);
  }
  if (!o.json) {
    out << "\nNext: lab list; lab run counter --gil=new --poll=every-instruction "
           "--trace=gil.json\n"
           "The same lessons as Python scripts, which python3 runs too:\n"
           "  lab py labs/py/counter.py --poll=every-instruction\n"
           "  lab py labs/py/convoy.py --gil=priority\n";
  }
  return 0;
}

}  // namespace

int RunLab(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty()) {
    err << "lab: missing command (valid: list, run, tour, py, dis, help)\n";
    return 2;
  }
  const std::string& command = args[0];
  if (command == "help" || command == "--help" || command == "-h") {
    out << kUsage;
    return 0;
  }
  if (command != "list" && command != "run" && command != "tour" && command != "py" &&
      command != "dis") {
    err << "lab: unknown command '" << command
        << "' (valid: list, run, tour, py, dis, help)\n";
    return 2;
  }
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h") {
      out << kUsage;
      return 0;
    }
  }
  std::string error;
  const std::optional<Options> options = ParseOptions(args, 1, &error);
  if (!options) {
    err << "lab: " << error << "\n";
    return 2;
  }
  const Options& o = *options;

  if (command == "py" || command == "dis") {
    if (o.positional.size() != 1) {
      err << "lab: " << command << " takes one script, FILE.py (got "
          << o.positional.size() << ")\n";
      return 2;
    }
    for (const std::string& name : o.given) {
      const bool applies = command == "py" && name != "threads" && name != "iterations" &&
                           name != "seed" && name != "json";
      if (!applies) {
        err << "lab: --" << name << " does not apply to " << command
            << (command == "py"
                    ? " (valid: --gil, --refcount, --poll, --switch-interval, --trace, "
                      "--stats)\n"
                    : " (it takes no options)\n");
        return 2;
      }
    }
    if (command == "dis") return DisassemblePythonFile(o.positional[0], out, err);
    PyOptions py;
    if (std::find(o.given.begin(), o.given.end(), "gil") != o.given.end()) {
      py.gil = o.config.gil_kind;
    }
    py.mode = o.config.mode;
    py.poll = o.config.poll;
    py.switch_interval_us = o.config.switch_interval_us;
    py.trace_path = o.config.trace_path;
    py.stats = o.stats;
    return RunPythonFile(o.positional[0], py, out, err);
  }
  if (o.stats) {
    err << "lab: --stats applies to py only\n";
    return 2;
  }

  if (command == "list") {
    if (!o.positional.empty()) {
      err << "lab: list takes no arguments (got '" << o.positional[0] << "')\n";
      return 2;
    }
    for (const Scenario& s : AllScenarios()) {
      char line[200];
      std::snprintf(line, sizeof line, "  %-16s %s\n", s.name, s.summary);
      out << line;
    }
    return 0;
  }
  if (command == "tour") {
    if (!o.positional.empty()) {
      err << "lab: tour takes no scenario name (got '" << o.positional[0] << "')\n";
      return 2;
    }
    return Tour(o, out);
  }
  // run
  if (o.positional.empty()) {
    err << "lab: run needs a scenario name (valid: " << ScenarioNames() << ")\n";
    return 2;
  }
  if (o.positional.size() > 1) {
    err << "lab: run takes one scenario name (got '" << o.positional[0] << "' and '"
        << o.positional[1] << "')\n";
    return 2;
  }
  const Scenario* scenario = FindScenario(o.positional[0]);
  if (scenario == nullptr) {
    err << "lab: unknown scenario '" << o.positional[0] << "' (valid: " << ScenarioNames()
        << ")\n";
    return 2;
  }
  Report(scenario->run(o.config), o.json, out);
  return 0;
}

}  // namespace gillab::labs
