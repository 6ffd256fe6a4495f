// gillab/labs/report.h — how a LabResult is shown: a short table for people, or
// one JSON object (docs/DESIGN.md, "The lab runner contract") for scripts.
#ifndef GILLAB_LABS_REPORT_H_
#define GILLAB_LABS_REPORT_H_

#include <string>

#include "gil/trace.h"
#include "labs/scenario.h"

namespace gillab::labs {

// The human-readable table, ending with a verdict line.
std::string FormatTable(const LabResult& result);

// One JSON object on one line with at least: scenario, gil, refcount, threads,
// iterations, expected, observed, corrupted, lost_updates, use_after_free,
// leaked_objects.
std::string FormatJson(const LabResult& result);

// Writes `tracer`'s events to `path` (Chrome Trace JSON) and `path`.svg (a
// timeline); returns a line saying where, or that it could not.
std::string WriteTrace(const GilTracer& tracer, const std::string& path);

// `text` as a JSON string literal, quotes included.
std::string JsonString(const std::string& text);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_REPORT_H_
