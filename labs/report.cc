// gillab/labs/report.cc — a LabResult as a table or as JSON (report.h).
#include "labs/report.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <string>

#include "base/json.h"

namespace gillab::labs {

std::string JsonString(const std::string& text) { return ToJsonText(Json(text)); }

std::string Thousands(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

std::string Counted(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

namespace {

// "519163 updates lost, 18 operations on a freed object, 1 object leaked".
std::string Damage(const LabResult& r) {
  std::string out;
  auto add = [&out](std::int64_t n, const char* one, const char* many) {
    if (n == 0) return;
    out += (out.empty() ? "" : ", ") + Counted(n, one, many);
  };
  add(r.lost_updates, "update lost", "updates lost");
  add(r.use_after_free, "operation on a freed object", "operations on a freed object");
  add(r.leaked_objects, "object leaked", "objects leaked");
  add(r.list_damage, "unsafe list access caught", "unsafe list accesses caught");
  return out.empty() ? "the outcome differs from the exact one" : out;
}

// "all" for --gil=all / --refcount=all, which a scenario tabulated itself.
std::string GilName(const LabConfig& c) {
  return c.all_gils ? "all" : GilKindName(c.gil);
}
std::string ModeName(const LabConfig& c) {
  return c.all_modes ? "all" : RefcountModeName(c.mode);
}

const char* VerdictWord(const LabResult& r) {
  if (r.race_expected) return r.corrupted ? "shown" : "not_shown";
  return r.corrupted ? "corrupted" : "exact";
}

}  // namespace

std::string Verdict(const LabResult& r) {
  const std::string rounds =
      std::to_string(r.rounds) + (r.rounds == 1 ? " round" : " rounds");
  if (r.race_expected && r.corrupted) {
    return "SHOWN: " + Damage(r) +
           (r.rounds > 1 ? " (in round " + std::to_string(r.rounds) + ")" : "");
  }
  if (r.race_expected) {
    return "NOT SHOWN: nothing was lost in " + rounds + " (" +
           std::to_string(static_cast<int>(kShowBudgetSeconds)) + " s): " +
           (r.why_not_shown.empty() ? "the race needs luck this machine did not give"
                                    : r.why_not_shown) +
           ". The configuration is still unsafe: run again, or raise --iterations";
  }
  if (r.corrupted) return "CORRUPTED: " + Damage(r) + " in a protected configuration";
  return "EXACT: observed what was expected";
}

std::string FormatTable(const LabResult& r) {
  std::string out;
  auto row = [&out](const char* label, const std::string& value) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "  %-15s", label);
    out += buf;
    out += value;
    out += "\n";
  };
  out += "== " + r.scenario + " ==\n";
  // The settings the scenario reads (the JSON has them all, for the contract).
  const Scenario* s = FindScenario(r.scenario);
  const auto reads = [s](const char* option) { return s == nullptr || s->Reads(option); };
  if (reads("gil")) row("gil", GilName(r.config));
  if (reads("refcount")) row("refcount", ModeName(r.config));
  if (reads("objects")) row("objects", ObjectSafetyName(r.config.object_safety()));
  if (reads("threads")) row("threads", std::to_string(r.config.threads));
  if (reads("iterations")) {
    row("iterations", std::to_string(r.config.iterations) + " " +
                          (s != nullptr ? s->iterations_unit : "per thread"));
  }
  row("expected", r.expected);
  row("observed", r.observed);
  row("lost updates", std::to_string(r.lost_updates));
  row("use-after-free", std::to_string(r.use_after_free));
  row("leaked objects", std::to_string(r.leaked_objects));
  if (reads("objects")) row("list damage", std::to_string(r.list_damage));
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f s", r.seconds);
  row("time", secs);
  if (r.race_expected) {
    std::string rounds = std::to_string(r.rounds);
    if (r.overlap >= 0) {
      char buf[64];
      std::snprintf(buf, sizeof buf, " (threads at once for %.0f%% of the last)",
                    r.overlap * 100);
      rounds += buf;
    }
    row("rounds", rounds);
  }
  for (const std::string& note : r.notes) out += "  | " + note + "\n";
  if (r.cpython) row("cpython", r.cpython_observed);
  out += "  verdict        " + Verdict(r) + "\n";
  return out;
}

std::string FormatJson(const LabResult& r) {
  Json j;
  j["scenario"] = r.scenario;
  j["gil"] = GilName(r.config);
  j["refcount"] = ModeName(r.config);
  j["objects"] = ObjectSafetyName(r.config.object_safety());
  j["threads"] = r.config.threads;
  j["iterations"] = r.config.iterations;
  j["expected"] = r.expected;
  j["observed"] = r.observed;
  j["corrupted"] = r.corrupted;
  j["race_expected"] = r.race_expected;
  j["verdict"] = VerdictWord(r);
  j["rounds"] = r.rounds;
  if (r.overlap >= 0) j["overlap"] = r.overlap;
  j["lost_updates"] = r.lost_updates;
  j["use_after_free"] = r.use_after_free;
  j["leaked_objects"] = r.leaked_objects;
  j["list_damage"] = r.list_damage;
  j["seconds"] = r.seconds;
  if (r.cpython) {
    Json c;
    c["python"] = r.cpython->python;
    c["ran"] = r.cpython->ok;
    if (r.cpython->ok) {
      c["version"] = r.cpython->version;
      Json values = Json::object();
      for (const auto& [key, text] : r.cpython->values) {
        const std::optional<double> n = r.cpython->Number(key);
        if (n && *n == static_cast<double>(static_cast<std::int64_t>(*n))) {
          values[key] = static_cast<std::int64_t>(*n);
        } else if (n) {
          values[key] = *n;
        } else {
          values[key] = text;
        }
      }
      c["values"] = values;
    } else {
      c["problem"] = r.cpython->problem;
    }
    c["observed"] = r.cpython_observed;
    j["cpython"] = c;
  }
  return ToJsonText(j);
}

ListDamageCounts CountsOfListDamage(const RuntimeState& rt) {
  ListDamageCounts counts{};
  for (ListDamage d : kListDamageNames.values()) {
    counts[static_cast<std::size_t>(d)] = rt.list_damage(d);
  }
  return counts;
}

std::string DescribeListDamage(const RuntimeState& rt, const ListDamageCounts& before) {
  std::string out;
  for (ListDamage d : kListDamageNames.values()) {
    const std::int64_t n = rt.list_damage(d) - before[static_cast<std::size_t>(d)];
    if (n == 0) continue;
    out += (out.empty() ? "" : ", ") + std::string(kListDamageNames.Name(d)) + ": " +
           std::to_string(n);
  }
  return out;
}

std::string WriteTrace(const GilTracer& tracer, const std::string& path) {
  std::ofstream json(path), svg(path + ".svg");
  tracer.WriteChromeJson(json);
  tracer.WriteSvg(svg);
  json.close();
  svg.close();
  return json && svg ? "GIL trace: " + path + " (ui.perfetto.dev) and " + path + ".svg"
                     : "could not write the trace to " + path;
}

}  // namespace gillab::labs
