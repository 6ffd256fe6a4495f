// gillab/labs/cli.cc — the `lab` command line: one table of commands and one of
// options, which parsing, `--help` and validation all read.
//
// An option is a row of kOptions: its name, the value it takes, the commands it
// applies to, its help text and how it sets the LabConfig. Adding an option is
// adding a row. Parsing takes --name=value or --name value; an option a command
// does not use is bad input, as is anything the row's setter rejects. Bad input
// is ONE line on `err` naming the problem and the valid choices, and exit 2.
#include "labs/cli.h"

#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "labs/python.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "runtime/memory/object.h"

namespace gillab::labs {

namespace {

// The commands, as bits, so that an option can name the ones it applies to.
enum Command : unsigned {
  kList = 1u << 0,
  kRun = 1u << 1,
  kTour = 1u << 2,
  kPy = 1u << 3,
  kDis = 1u << 4,
};

struct CommandSpec {
  const char* name;
  Command bit;
  const char* usage;  // for --help
};

const CommandSpec kCommands[] = {
    {"list", kList, "list                 every scenario with a one-line summary"},
    {"run", kRun,
     "run NAME [options]   run one scenario and report expected vs observed;\n"
     "                       run all: every scenario once, in `lab list` order"},
    {"tour", kTour, "tour [options]       the key scenarios in a short guided sequence"},
    {"py", kPy,
     "py FILE.py [options] run a Python-subset script on gillab's interpreter, as\n"
     "                       python3 would (the GIL defaults to new here)"},
    {"dis", kDis, "dis FILE.py          the script's bytecode, like Python's dis"},
};

std::string CommandNames() {
  std::string names;
  for (const CommandSpec& c : kCommands) names += std::string(c.name) + ", ";
  return names + "help";
}

// Thrown by a setter, caught by Parse: one line, without the "lab: " prefix.
struct BadInput {
  std::string message;
};

std::int64_t ParseCount(const std::string& name, const std::string& text, std::int64_t lo,
                        std::int64_t hi) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < lo || value > hi) {
    throw BadInput{"--" + name + "='" + text + "' is not a whole number from " +
                   std::to_string(lo) + " to " + std::to_string(hi)};
  }
  return value;
}

template <typename E, std::size_t N>
E ParseChoice(const EnumNames<E, N>& names, const char* what, const std::string& text) {
  E value;
  if (!names.Parse(text, &value)) {
    throw BadInput{"unknown " + std::string(what) + " '" + text +
                   "' (valid: " + names.Choices() + ")"};
  }
  return value;
}

constexpr unsigned kScenarioCommands = kRun | kTour;
constexpr unsigned kInterpreterCommands = kRun | kTour | kPy;

struct OptionSpec {
  const char* name;
  const char* metavar;  // null: a flag, which takes no value
  unsigned commands;    // the Command bits it applies to
  // After "--name=METAVAR"; "\n" continues on a new line. An option whose choices
  // are an enum's names builds its text from them instead (help_fn; help null).
  const char* help;
  void (*set)(const std::string& name, const std::string& value, LabConfig& c);
  std::string (*help_fn)() = nullptr;
};

const OptionSpec kOptions[] = {
    {"gil", "S", kInterpreterCommands, nullptr,
     [](const std::string&, const std::string& v, LabConfig& c) {
       c.gil = ParseChoice(kGilKindNames, "GIL strategy", v);
     },
     [] {
       return "GIL strategy: " + kGilKindNames.Choices() + "\n(default none; new for py)";
     }},
    {"poll", "P", kInterpreterCommands, nullptr,
     [](const std::string&, const std::string& v, LabConfig& c) {
       c.poll = ParseChoice(kPollPolicyNames, "poll policy", v);
     },
     [] {
       return "where the interpreter polls for a GIL switch:\n" +
              kPollPolicyNames.Choices() +
              " (default the latter);\n--policy=P is the same";
     }},
    {"switch-interval", "US", kInterpreterCommands,
     "the GIL's switch interval, 1..1000000 us (default 5000)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.switch_interval_us = ParseCount(n, v, 1, 1'000'000);
     }},
    {"trace", "FILE", kRun | kPy,
     "write the GIL's events as Chrome Trace JSON to FILE (open\n"
     "it at ui.perfetto.dev) and a timeline to FILE.svg",
     [](const std::string&, const std::string& v, LabConfig& c) {
       if (v.empty()) throw BadInput{"--trace needs a file name"};
       c.trace_path = v;
     }},
    {"refcount", "M", kInterpreterCommands, nullptr,
     [](const std::string&, const std::string& v, LabConfig& c) {
       c.mode = ParseChoice(kRefcountModeNames, "refcount mode", v);
     },
     [] { return kRefcountModeNames.Choices() + " (default nonatomic)"; }},
    {"threads", "N", kScenarioCommands, "1..64 threads (default 2)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.threads = static_cast<int>(ParseCount(n, v, 1, kMaxThreads));
     }},
    {"iterations", "N", kScenarioCommands,
     "1..100000000 operations per thread (default 1000000)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.iterations = ParseCount(n, v, 1, kMaxIterations);
     }},
    {"seed", "N", kScenarioCommands, "seed for scenarios that randomise (default 1)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.seed = static_cast<std::uint64_t>(ParseCount(n, v, 0, INT64_MAX));
     }},
    {"json", nullptr, kScenarioCommands, "one JSON object per run instead of a table",
     [](const std::string&, const std::string&, LabConfig& c) { c.json = true; }},
    {"stats", nullptr, kPy, "py: per-thread GIL statistics on stderr at the end",
     [](const std::string&, const std::string&, LabConfig& c) { c.stats = true; }},
};

// Other spellings of an option's name.
const char* Canonical(const std::string& name) {
  return name == "policy" ? "poll" : nullptr;
}

const OptionSpec* FindOption(const std::string& name) {
  for (const OptionSpec& o : kOptions) {
    if (name == o.name) return &o;
  }
  return nullptr;
}

// "--gil, --refcount, ...": the options `commands` takes (all: every option).
std::string OptionNames(unsigned commands) {
  std::string names;
  for (const OptionSpec& o : kOptions) {
    if ((o.commands & commands) == 0) continue;
    if (!names.empty()) names += ", ";
    names += std::string("--") + o.name;
    if (std::string(o.name) == "poll" && commands == ~0u) names += ", --policy";
  }
  return names;
}

std::string HelpText(const OptionSpec& o) {
  return o.help_fn != nullptr ? o.help_fn() : o.help;
}

// --trace=FILE, checked before a run rather than after it: there must be a GIL
// to trace, and FILE and FILE.svg must be writable. False (with one line on `err`)
// when not.
bool CheckTrace(const LabConfig& config, std::ostream& err) {
  if (config.trace_path.empty()) return true;
  if (config.gil == GilKind::kNone) {
    err << "lab: --trace needs a GIL to trace: --gil=none has none (valid: "
        << kGilKindNames.Choices() << ", all but none)\n";
    return false;
  }
  for (const std::string& path : {config.trace_path, config.trace_path + ".svg"}) {
    std::ofstream probe(path, std::ios::app);
    if (!probe) {
      err << "lab: cannot write the trace to " << path << ": " << std::strerror(errno)
          << "\n";
      return false;
    }
  }
  return true;
}

std::string Usage() {
  std::string out = "usage: lab COMMAND [options]\n\ncommands:\n";
  for (const CommandSpec& c : kCommands) out += std::string("  ") + c.usage + "\n";
  out += "  help                 this text\n\noptions:\n";
  for (const OptionSpec& o : kOptions) {
    std::string flag = std::string("--") + o.name;
    if (o.metavar != nullptr) flag += std::string("=") + o.metavar;
    char lead[32];
    std::snprintf(lead, sizeof lead, "  %-20s", flag.c_str());
    std::string text = HelpText(o);
    std::string line = lead;
    line += flag.size() > 20 ? "\n" + std::string(23, ' ') : " ";
    for (char ch : text) {
      line += ch;
      if (ch == '\n') line += std::string(23, ' ');
    }
    out += line + "\n";
  }
  out +=
      "\nexit status: 0 after a run (even one that observed corruption), 2 on bad "
      "input.\n";
  return out;
}

struct Parsed {
  LabConfig config;
  std::vector<std::string> positional;
};

// Parses args[1..] for `command`. Throws BadInput.
Parsed Parse(const std::vector<std::string>& args, const CommandSpec& command) {
  Parsed p;
  if (command.bit == kPy) p.config.gil = GilKind::kNew;  // a script runs as CPython's
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) != 0) {
      p.positional.push_back(a);
      continue;
    }
    std::string name = a.substr(2);
    std::optional<std::string> value;
    if (const std::size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (const char* canonical = Canonical(name)) name = canonical;
    const OptionSpec* o = FindOption(name);
    if (o == nullptr) {
      throw BadInput{"unknown option '" + a + "' (valid: " + OptionNames(~0u) + ")"};
    }
    if ((o->commands & command.bit) == 0) {
      const std::string valid = OptionNames(command.bit);
      throw BadInput{
          "--" + name + " does not apply to " + command.name +
          (valid.empty() ? " (it takes no options)" : " (valid: " + valid + ")")};
    }
    if (o->metavar == nullptr) {
      if (value) throw BadInput{"--" + name + " takes no value"};
    } else if (!value) {
      if (i + 1 >= args.size()) throw BadInput{"--" + name + " needs a value"};
      value = args[++i];
    }
    o->set(name, value.value_or(""), p.config);
  }
  return p;
}

void Report(const LabResult& r, bool json, std::ostream& out) {
  out << (json ? FormatJson(r) + "\n" : FormatTable(r));
  out.flush();
}

// A scenario the tour names; every name it uses is in AllScenarios (lab_test
// runs the tour).
const Scenario& Lesson(const char* name) {
  const Scenario* s = FindScenario(name);
  if (s == nullptr) {
    std::fprintf(stderr, "lab: fatal: the tour names an unknown scenario '%s'\n", name);
    std::abort();
  }
  return *s;
}

int Tour(const LabConfig& config, std::ostream& out) {
  LabConfig c = config;
  const auto say = [&](const std::string& text) {
    if (!config.json) out << text << "\n";
  };
  say("gillab tour: CPython's object machinery, rebuilt, and what goes wrong without a "
      "GIL.");
  say("");
  say("Step 1. Objects. Every object starts with a header: reference counts, the owner");
  say("thread and a type. When the count reaches zero the object is freed, exactly "
      "once.");
  Report(Lesson("objects").run(c), c.json, out);

  const RefcountMode modes[] = {RefcountMode::kNonAtomic, RefcountMode::kAtomic,
                                RefcountMode::kBiased};
  const char* const lessons[] = {
      "Step 2. The GIL build's plain counts, with NO GIL: threads IncRef/DecRef one\n"
      "object at once. Expect lost updates: a leak, or a free while still in use.\n"
      "(On a busy machine the threads may not overlap at first: the lesson repeats\n"
      "rounds until they do, and says how many it took.)",
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
    rows.push_back({RefcountModeName(modes[i]), Lesson("refcount-race").run(c)});
    Report(rows.back().result, c.json, out);
  }
  if (!c.json) {
    out << "\nSummary: " << c.threads << " threads x " << c.iterations
        << " IncRefs, then as many DecRefs, on one object, no GIL\n";
    char line[160];
    std::snprintf(line, sizeof line, "  %-10s %14s %14s %10s  %s\n", "refcount",
                  "lost updates", "use-after-free", "time (s)", "verdict");
    out << line;
    for (const Row& row : rows) {
      const std::string verdict = Verdict(row.result);
      std::snprintf(line, sizeof line, "  %-10s %14lld %14lld %10.3f  %s\n", row.mode,
                    static_cast<long long>(row.result.lost_updates),
                    static_cast<long long>(row.result.use_after_free), row.result.seconds,
                    verdict.substr(0, verdict.find(':')).c_str());
      out << line;
    }
  }

  // Part two: a GIL, and the interpreter.
  say("");
  say("Step 5. Back to plain counts, now under CPython's GIL (--gil=new): each thread");
  say("holds the GIL while it counts and offers it between operations. Exact again.");
  LabConfig g = c;
  g.mode = RefcountMode::kNonAtomic;
  g.gil = GilKind::kNew;
  Report(Lesson("refcount-race").run(g), c.json, out);

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
    Report(Lesson(step.scenario).run(g), c.json, out);
  }
  if (!c.json) {
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
    err << "lab: missing command (valid: " << CommandNames() << ")\n";
    return 2;
  }
  const std::string& name = args[0];
  if (name == "help" || name == "--help" || name == "-h") {
    out << Usage();
    return 0;
  }
  const CommandSpec* command = nullptr;
  for (const CommandSpec& c : kCommands) {
    if (name == c.name) command = &c;
  }
  if (command == nullptr) {
    err << "lab: unknown command '" << name << "' (valid: " << CommandNames() << ")\n";
    return 2;
  }
  for (const std::string& a : args) {
    if (a == "--help" || a == "-h") {
      out << Usage();
      return 0;
    }
  }
  Parsed p;
  try {
    p = Parse(args, *command);
  } catch (const BadInput& bad) {
    err << "lab: " << bad.message << "\n";
    return 2;
  }
  const LabConfig& config = p.config;
  const std::vector<std::string>& positional = p.positional;

  switch (command->bit) {
    case kPy:
    case kDis:
      if (positional.size() != 1) {
        err << "lab: " << name << " takes one script, FILE.py (got " << positional.size()
            << ")\n";
        return 2;
      }
      if (command->bit == kDis) return DisassemblePythonFile(positional[0], out, err);
      if (!CheckTrace(config, err)) return 2;
      return RunPythonFile(positional[0], config, out, err);
    case kList:
      if (!positional.empty()) {
        err << "lab: list takes no arguments (got '" << positional[0] << "')\n";
        return 2;
      }
      for (const Scenario& s : AllScenarios()) {
        char line[200];
        std::snprintf(line, sizeof line, "  %-16s %s\n", s.name, s.summary);
        out << line;
      }
      return 0;
    case kTour:
      if (!positional.empty()) {
        err << "lab: tour takes no scenario name (got '" << positional[0] << "')\n";
        return 2;
      }
      return Tour(config, out);
    case kRun:
      break;
  }
  if (positional.empty()) {
    err << "lab: run needs a scenario name (valid: " << ScenarioNames() << ", all)\n";
    return 2;
  }
  if (positional.size() > 1) {
    err << "lab: run takes one scenario name (got '" << positional[0] << "' and '"
        << positional[1] << "')\n";
    return 2;
  }
  if (positional[0] == "all") {
    if (!config.trace_path.empty()) {
      err << "lab: --trace does not apply to run all: one file cannot hold every "
             "scenario's trace (valid: "
          << ScenarioNames(/*tracing_only=*/true) << ")\n";
      return 2;
    }
    for (const Scenario& s : AllScenarios()) Report(s.run(config), config.json, out);
    return 0;
  }
  const Scenario* scenario = FindScenario(positional[0]);
  if (scenario == nullptr) {
    err << "lab: unknown scenario '" << positional[0] << "' (valid: " << ScenarioNames()
        << ", all)\n";
    return 2;
  }
  if (!config.trace_path.empty() && !scenario->traces_gil) {
    err << "lab: --trace does not apply to " << scenario->name
        << ": it records no GIL events (valid: " << ScenarioNames(/*tracing_only=*/true)
        << ")\n";
    return 2;
  }
  if (!CheckTrace(config, err)) return 2;
  Report(scenario->run(config), config.json, out);
  return 0;
}

}  // namespace gillab::labs
