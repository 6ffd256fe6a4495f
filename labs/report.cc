// gillab/labs/report.cc — a LabResult as a table or as JSON (report.h).
#include "labs/report.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "base/json.h"

namespace gillab::labs {

std::string JsonString(const std::string& text) { return ToJsonText(Json(text)); }

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
  row("gil", GilKindName(r.config.gil));
  row("refcount", RefcountModeName(r.config.mode));
  row("threads", std::to_string(r.config.threads));
  row("iterations", std::to_string(r.config.iterations) + " per thread");
  row("expected", r.expected);
  row("observed", r.observed);
  row("lost updates", std::to_string(r.lost_updates));
  row("use-after-free", std::to_string(r.use_after_free));
  row("leaked objects", std::to_string(r.leaked_objects));
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f s", r.seconds);
  row("time", secs);
  for (const std::string& note : r.notes) out += "  | " + note + "\n";
  out += r.corrupted
             ? "  verdict        CORRUPTED: the outcome differs from the expected one\n"
             : "  verdict        OK: observed what was expected\n";
  return out;
}

std::string FormatJson(const LabResult& r) {
  Json j;
  j["scenario"] = r.scenario;
  j["gil"] = GilKindName(r.config.gil);
  j["refcount"] = RefcountModeName(r.config.mode);
  j["threads"] = r.config.threads;
  j["iterations"] = r.config.iterations;
  j["seed"] = r.config.seed;
  j["expected"] = r.expected;
  j["observed"] = r.observed;
  j["corrupted"] = r.corrupted;
  j["lost_updates"] = r.lost_updates;
  j["use_after_free"] = r.use_after_free;
  j["leaked_objects"] = r.leaked_objects;
  j["seconds"] = r.seconds;
  return ToJsonText(j);
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
