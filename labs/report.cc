#include "labs/report.h"

#include <cstdio>
#include <fstream>
#include <string>

namespace gillab::labs {

std::string JsonString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
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
  row("gil", r.config.gil);
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
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.6f", r.seconds);
  std::string out = "{";
  out += "\"scenario\": " + JsonString(r.scenario);
  out += ", \"gil\": " + JsonString(r.config.gil);
  out += ", \"refcount\": " + JsonString(RefcountModeName(r.config.mode));
  out += ", \"threads\": " + std::to_string(r.config.threads);
  out += ", \"iterations\": " + std::to_string(r.config.iterations);
  out += ", \"seed\": " + std::to_string(r.config.seed);
  out += ", \"expected\": " + JsonString(r.expected);
  out += ", \"observed\": " + JsonString(r.observed);
  out += ", \"corrupted\": " + std::string(r.corrupted ? "true" : "false");
  out += ", \"lost_updates\": " + std::to_string(r.lost_updates);
  out += ", \"use_after_free\": " + std::to_string(r.use_after_free);
  out += ", \"leaked_objects\": " + std::to_string(r.leaked_objects);
  out += ", \"seconds\": " + std::string(secs);
  out += "}";
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
