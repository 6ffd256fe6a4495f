// gillab/labs/cli.cc — the `lab` command line: one table of commands and one of
// options, which parsing, `--help` and validation all read.
//
// An option is a row of kOptions: its name, the value it takes, the commands it
// applies to, its help text and how it sets the LabConfig. Adding an option is
// adding a row. Parsing takes --name=value or --name value; an option a command
// does not use is bad input, as is anything the row's setter rejects. Bad input
// is ONE line on `err` naming the problem and the valid choices, and exit 2.
#include "labs/cli.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "labs/explore.h"
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
  kExplore = 1u << 5,
};

struct CommandSpec {
  const char* name;
  Command bit;
  const char* usage;  // for --help
};

const CommandSpec kCommands[] = {
    {"list", kList,
     "list                 every scenario: a one-line summary, the options it reads"},
    {"run", kRun,
     "run NAME [options]   run one scenario and report expected vs observed;\n"
     "                       run all: every scenario once, in `lab list` order.\n"
     "                       A scenario takes only the options it reads: see list"},
    {"tour", kTour,
     "tour [options]       every lesson in a short guided sequence (under a minute)"},
    {"py", kPy,
     "py FILE.py [options] run a Python-subset script on gillab's interpreter, as\n"
     "                       python3 would (the GIL defaults to new here)"},
    {"dis", kDis, "dis FILE.py          the script's bytecode, like Python's dis"},
    {"explore", kExplore,
     "explore NAME [options]\n"
     "                       every interleaving of a lesson's threads up to\n"
     "                       --preemptions, the shortest failing one step by step;\n"
     "                       --schedule=ID replays one"},
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

// `extra`: more valid choices for the message (", all").
template <typename E, std::size_t N>
E ParseChoice(const EnumNames<E, N>& names, const char* what, const std::string& text,
              const char* extra = "") {
  E value;
  if (!names.Parse(text, &value)) {
    throw BadInput{"unknown " + std::string(what) + " '" + text +
                   "' (valid: " + names.Choices() + extra + ")"};
  }
  return value;
}

constexpr unsigned kInterpreterCommands = kRun | kPy;

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
    {"gil", "S", kInterpreterCommands | kExplore, nullptr,
     [](const std::string&, const std::string& v, LabConfig& c) {
       c.all_gils = v == "all";
       if (c.all_gils) {
         c.gil = GilKind::kNone;
         return;
       }
       c.gil = ParseChoice(kGilKindNames, "GIL strategy", v, ", all");
     },
     [] {
       return "GIL strategy: " + kGilKindNames.Choices() +
              ";\nall: each in turn (default none; new for py;\nall for convoy)";
     }},
    {"poll", "P", kInterpreterCommands | kExplore, nullptr,
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
    {"refcount", "M", kInterpreterCommands | kExplore, nullptr,
     [](const std::string&, const std::string& v, LabConfig& c) {
       c.all_modes = v == "all";
       if (c.all_modes) {
         c.mode = RefcountMode::kNonAtomic;
         return;
       }
       c.mode = ParseChoice(kRefcountModeNames, "refcount mode", v, ", all");
     },
     [] {
       return kRefcountModeNames.Choices() +
              ";\nall: each in turn (default nonatomic;\nall for contention)";
     }},
    {"objects", "O", kInterpreterCommands | kExplore, nullptr,
     [](const std::string&, const std::string& v, LabConfig& c) {
       // kGil is not a choice: it is what every GIL implies.
       if (v == "locked") {
         c.objects = ObjectSafety::kLocked;
       } else if (v == "unlocked") {
         c.objects = ObjectSafety::kUnlocked;
       } else {
         throw BadInput{"unknown object safety '" + v + "' (valid: locked, unlocked)"};
       }
     },
     [] {
       return std::string(
           "with --gil=none: locked (per-object locks and\n"
           "QSBR, as CPython 3.13t; the default) or unlocked\n"
           "(lists without them: the list lessons' races)");
     }},
    {"threads", "N", kRun | kExplore,
     "1..64 threads (default 2; explore: within the\nlesson's limits, README's table)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.threads = static_cast<int>(ParseCount(n, v, 1, kMaxThreads));
     }},
    {"iterations", "N", kRun | kExplore,
     "1..100000000 operations per thread (default 1000000;\n"
     "gc-cycles: cycles per round, default 20000;\n"
     "memory: records, default 100000; explore: within\nthe lesson's limits, default 2 "
     "or 1)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.iterations = ParseCount(n, v, 1, kMaxIterations);
     }},
    {"cpython", "WHEN", kRun | kTour, nullptr,
     [](const std::string&, const std::string& v, LabConfig& c) {
       if (v == "auto") {
         c.cpython = LabConfig::CPython::kAuto;
       } else if (v == "yes") {
         c.cpython = LabConfig::CPython::kYes;
       } else if (v == "no") {
         c.cpython = LabConfig::CPython::kNo;
       } else {
         throw BadInput{"--cpython='" + v + "' (valid: auto, yes, no)"};
       }
     },
     [] {
       return "auto, yes or no: also run the lesson's Python form\nunder " +
              CPythonPath() +
              " and show its figures beside\ngillab's (default auto: when installed)";
     }},
    {"preemptions", "K", kExplore,
     "explore: schedules with at most K preemptions, 0..6\n(default 2)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.preemptions = static_cast<int>(ParseCount(n, v, 0, 6));
     }},
    {"schedule", "ID", kExplore, "explore: replay exactly schedule ID, as printed",
     [](const std::string&, const std::string& v, LabConfig& c) {
       if (v.empty()) throw BadInput{"--schedule needs an id (as lab explore prints it)"};
       c.schedule = v;
     }},
    {"max-schedules", "N", kExplore,
     "explore: stop after N schedules, 1..100000000\n(default 1000000)",
     [](const std::string& n, const std::string& v, LabConfig& c) {
       c.max_schedules = ParseCount(n, v, 1, 100'000'000);
     }},
    {"json", nullptr, kRun | kTour | kExplore,
     "one JSON object per run instead of a table",
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
  std::string out =
      "usage: lab COMMAND [options]\n"
      "       lab --tsan COMMAND [options]   the same on the ThreadSanitizer build\n"
      "                       (./lab builds it on first use): data races are\n"
      "                       reported as they happen, on stderr\n\ncommands:\n";
  for (const CommandSpec& c : kCommands) {
    out += std::string("  ") + c.usage + "\n";
    if (c.bit != kExplore) continue;
    // "lessons: a, b, ...", wrapped under the usage's text.
    std::string line = "                       lessons:";
    const std::string names = ExploreModelNames();
    for (std::size_t at = 0; at < names.size();) {
      const std::size_t end = std::min(names.find(' ', at), names.size());
      const std::string word = names.substr(at, end - at);
      if (line.size() + 1 + word.size() > 80) {
        out += line + "\n";
        line = "                      ";
      }
      line += " " + word;
      at = end + 1;
    }
    out += line + "\n";
  }
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
      "input;\npy: 1 when the script raised, 130 after Ctrl-C; --tsan: 66 when "
      "ThreadSanitizer\nreported a race.\n";
  return out;
}

// One option as given: the row, its name and its value ("" for a flag).
struct Setting {
  const OptionSpec* option;
  std::string value;
};

struct Parsed {
  LabConfig config;               // every setting applied (py, dis)
  std::vector<Setting> settings;  // in order, for the runs to apply (run, tour)
  std::vector<std::string> positional;
};

// Parses args[from..] for `command` (every option when null). Throws BadInput.
Parsed Parse(const std::vector<std::string>& args, std::size_t from,
             const CommandSpec* command) {
  Parsed p;
  if (command != nullptr && command->bit == kPy) p.config.gil = GilKind::kNew;
  for (std::size_t i = from; i < args.size(); ++i) {
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
    if (o == nullptr && name == "tsan") {
      throw BadInput{
          "--tsan goes first, before the command (./lab --tsan run NAME ...): it "
          "picks the ThreadSanitizer build"};
    }
    if (o == nullptr) {
      throw BadInput{"unknown option '" + a + "' (valid: " + OptionNames(~0u) + ")"};
    }
    if (command != nullptr && (o->commands & command->bit) == 0) {
      const std::string valid = OptionNames(command->bit);
      throw BadInput{
          "--" + name + " does not apply to " + command->name +
          (valid.empty() ? " (it takes no options)" : " (valid: " + valid + ")")};
    }
    if (o->metavar == nullptr) {
      if (value) throw BadInput{"--" + name + " takes no value"};
    } else if (!value) {
      if (i + 1 >= args.size()) throw BadInput{"--" + name + " needs a value"};
      value = args[++i];
    }
    o->set(name, value.value_or(""), p.config);
    p.settings.push_back({o, value.value_or("")});
  }
  return p;
}

// Options written as on a command line, "--gil=new --poll=every-instruction",
// for any command: a scenario's defaults, a tour step's settings. The config
// starts from LabConfig's defaults. Throws BadInput.
Parsed ParseText(const std::string& text) {
  std::vector<std::string> words = {""};  // Parse skips the command's place
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t space = std::min(text.find(' ', at), text.size());
    if (space > at) words.push_back(text.substr(at, space - at));
    at = space + 1;
  }
  return Parse(words, 1, nullptr);
}

// "--gil, --refcount, --json": the options `s` reads.
std::string ReadsList(const Scenario& s) {
  std::string names;
  for (const OptionSpec& o : kOptions) {
    if (!s.Reads(o.name) && std::string(o.name) != "json") continue;
    if (!names.empty()) names += ", ";
    names += std::string("--") + o.name;
  }
  return names;
}

// --objects under a GIL: the GIL, not the objects, keeps them consistent there,
// so the setting would be ignored. Throws BadInput.
void CheckObjects(const LabConfig& c) {
  if (!c.objects || (c.gil == GilKind::kNone && !c.all_gils)) return;
  throw BadInput{std::string("--objects=") + ObjectSafetyName(*c.objects) +
                 " applies only without a GIL (valid: --gil=none; under --gil=" +
                 (c.all_gils ? "all" : GilKindName(c.gil)) +
                 " the GIL protects objects)"};
}

// `lab py`'s config. Without a GIL the counts default to biased, as CPython
// 3.13t's; plain counts are refused there: their race frees objects a script still
// uses, and a script cannot survive that the way refcount-race's controlled
// threads do. Throws BadInput.
LabConfig PyConfig(const Parsed& p) {
  LabConfig c = p.config;
  if (c.gil != GilKind::kNone) return c;
  const bool named = std::any_of(
      p.settings.begin(), p.settings.end(),
      [](const Setting& s) { return std::string(s.option->name) == "refcount"; });
  if (!named) {
    c.mode = RefcountMode::kBiased;
  } else if (c.mode == RefcountMode::kNonAtomic) {
    throw BadInput{
        "--refcount=nonatomic races without a GIL and frees objects a script still "
        "uses (lab run refcount-race shows it safely; valid with --gil=none: atomic, "
        "biased)"};
  }
  return c;
}

// The config `scenario` runs with: its defaults, then the user's settings.
// `strict`: a setting the scenario does not read is bad input (`lab run NAME`);
// otherwise it is left out (`run all`, where each reads what applies to it).
// Throws BadInput.
LabConfig ConfigFor(const Scenario& scenario, const std::vector<Setting>& settings,
                    bool strict) {
  LabConfig c = ParseText(scenario.defaults).config;
  for (const Setting& s : settings) {
    const std::string name = s.option->name;
    if (name != "json" && !scenario.Reads(name)) {
      if (!strict) continue;
      throw BadInput{"--" + name + " does not apply to " + scenario.name + " (it reads " +
                     ReadsList(scenario) + ")"};
    }
    s.option->set(name, s.value, c);
  }
  // A lesson's default --objects=unlocked means nothing under a GIL the user chose.
  const bool objects_named = std::any_of(
      settings.begin(), settings.end(),
      [](const Setting& s) { return std::string(s.option->name) == "objects"; });
  if (!objects_named && (c.gil != GilKind::kNone || c.all_gils)) c.objects.reset();
  CheckObjects(c);
  if (!c.trace_path.empty() && (c.all_gils || c.all_modes)) {
    throw BadInput{std::string("--trace records one run: --") +
                   (c.all_gils ? "gil" : "refcount") + "=all makes several (name one)"};
  }
  return c;
}

// --gil=all and --refcount=all: the configs to run, one per choice unless the
// scenario tabulates them itself.
std::vector<LabConfig> Expand(const Scenario& scenario, const LabConfig& config) {
  std::vector<LabConfig> configs = {config};
  if (config.all_gils && !scenario.tabulates_gils) {
    configs.clear();
    for (GilKind g : kGilKindNames.values()) {
      LabConfig c = config;
      c.gil = g;
      c.all_gils = false;
      configs.push_back(c);
    }
  }
  if (config.all_modes && !scenario.tabulates_modes) {
    std::vector<LabConfig> by_mode;
    for (const LabConfig& base : configs) {
      for (RefcountMode m : kRefcountModeNames.values()) {
        LabConfig c = base;
        c.mode = m;
        c.all_modes = false;
        by_mode.push_back(c);
      }
    }
    configs = by_mode;
  }
  return configs;
}

// --gil=all or --refcount=all given to a command that runs one configuration
// (`what` says so: "py runs a script once"): bad input, before any run.
bool CheckOneConfiguration(const char* what, const LabConfig& config, std::ostream& err) {
  if (!config.all_gils && !config.all_modes) return true;
  err << "lab: " << what << ": --" << (config.all_gils ? "gil" : "refcount")
      << "=all applies to run (valid: "
      << (config.all_gils ? kGilKindNames.Choices() : kRefcountModeNames.Choices())
      << ")\n";
  return false;
}

// --cpython=yes where python3 is missing: bad input, before any run.
bool CheckCPython(const LabConfig& config, std::ostream& err) {
  if (config.cpython != LabConfig::CPython::kYes || CPythonAvailable()) return true;
  err << "lab: --cpython=yes: " << CPythonPath()
      << " is not installed (valid: --cpython=auto, --cpython=no)\n";
  return false;
}

void Report(const LabResult& r, bool json, std::ostream& out) {
  out << (json ? FormatJson(r) + "\n" : FormatTable(r));
  out.flush();
}

// `lab list`: every scenario, its summary and the options it reads; its own
// defaults of those, and (as "always") the settings it fixes, which it does not
// read (list-race runs with biased counts whatever --refcount says: it refuses it).
void List(std::ostream& out) {
  for (const Scenario& s : AllScenarios()) {
    char line[240];
    std::snprintf(line, sizeof line, "  %-14s %s\n", s.name, s.summary);
    out << line;
    std::string defaults, fixed;
    for (const Setting& d :
         ParseText(s.defaults).settings) {  // valid: the tour applies them
      std::string& list = s.Reads(d.option->name) ? defaults : fixed;
      list += std::string(list.empty() ? "" : " ") + "--" + d.option->name +
              (d.option->metavar != nullptr ? "=" + d.value : "");
    }
    std::string reads = ReadsList(s);
    if (!defaults.empty()) reads += "; defaults " + defaults;
    if (!fixed.empty()) reads += "; always " + fixed;
    out << std::string(17, ' ') << "reads " << reads << "\n";
  }
  out << "\nlab run NAME runs one (lab run all: each in turn); lab tour walks through "
         "them.\nlab explore NAME tries every interleaving of a few steps of one of\n  "
      << ExploreModelNames() << ".\n";
}

int RunScenarios(const std::vector<const Scenario*>& scenarios, const Parsed& p,
                 bool strict, std::ostream& out, std::ostream& err) {
  std::vector<std::vector<LabConfig>> runs;
  try {
    for (const Scenario* s : scenarios) {
      runs.push_back(Expand(*s, ConfigFor(*s, p.settings, strict)));
    }
  } catch (const BadInput& bad) {
    err << "lab: " << bad.message << "\n";
    return 2;
  }
  for (const std::vector<LabConfig>& configs : runs) {
    for (const LabConfig& c : configs) {
      if (!CheckTrace(c, err) || !CheckCPython(c, err)) return 2;
    }
  }
  for (std::size_t i = 0; i < scenarios.size(); ++i) {
    for (const LabConfig& c : runs[i]) Report(scenarios[i]->run(c), c.json, out);
  }
  return 0;
}

}  // namespace

bool ApplyOptions(const std::string& options, LabConfig* config, std::string* error) {
  try {
    const Parsed p = ParseText(options);
    for (const Setting& s : p.settings) s.option->set(s.option->name, s.value, *config);
  } catch (const BadInput& bad) {
    *error = bad.message;
    return false;
  }
  return true;
}

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
  if (command == nullptr && name == "--tsan") {
    err << "lab: --tsan is read by the ./lab script, not by the lab binary: ./lab "
           "--tsan run NAME ...\n";
    return 2;
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
    p = Parse(args, 1, command);
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
      if (!CheckOneConfiguration("py runs a script once", config, err)) return 2;
      if (!CheckTrace(config, err)) return 2;
      try {
        CheckObjects(config);
        return RunPythonFile(positional[0], PyConfig(p), out, err);
      } catch (const BadInput& bad) {
        err << "lab: " << bad.message << "\n";
        return 2;
      }
    case kList:
      if (!positional.empty()) {
        err << "lab: list takes no arguments (got '" << positional[0] << "')\n";
        return 2;
      }
      List(out);
      return 0;
    case kTour:
      if (!positional.empty()) {
        err << "lab: tour takes no scenario name (got '" << positional[0] << "')\n";
        return 2;
      }
      if (!CheckCPython(config, err)) return 2;
      return RunTour(config, out);
    case kExplore:
      if (positional.size() != 1) {
        err << "lab: explore takes one lesson name (valid: " << ExploreModelNames()
            << ")\n";
        return 2;
      }
      if (!CheckOneConfiguration("explore runs one configuration", config, err)) return 2;
      try {
        CheckObjects(config);
      } catch (const BadInput& bad) {
        err << "lab: " << bad.message << "\n";
        return 2;
      }
      {
        std::vector<std::string> given;
        for (const Setting& s : p.settings) given.push_back(s.option->name);
        return RunExplore(positional[0], config, given, out, err);
      }
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
          << ScenarioNames("trace") << ")\n";
      return 2;
    }
    std::vector<const Scenario*> all;
    for (const Scenario& s : AllScenarios()) all.push_back(&s);
    return RunScenarios(all, p, /*strict=*/false, out, err);
  }
  const Scenario* scenario = FindScenario(positional[0]);
  if (scenario == nullptr) {
    err << "lab: unknown scenario '" << positional[0] << "' (valid: " << ScenarioNames()
        << ", all)\n";
    return 2;
  }
  if (!config.trace_path.empty() && !scenario->Reads("trace")) {
    err << "lab: --trace does not apply to " << scenario->name
        << ": it records no GIL events (valid: " << ScenarioNames("trace") << ")\n";
    return 2;
  }
  return RunScenarios({scenario}, p, /*strict=*/true, out, err);
}

}  // namespace gillab::labs
