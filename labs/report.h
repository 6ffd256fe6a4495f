// gillab/labs/report.h — how a LabResult is shown: a short table for people, or
// one JSON object (docs/DESIGN.md, "The lab runner contract") for scripts.
#ifndef GILLAB_LABS_REPORT_H_
#define GILLAB_LABS_REPORT_H_

#include <array>
#include <cstdint>
#include <string>

#include "gil/trace.h"
#include "labs/scenario.h"

namespace gillab::labs {

// The verdict, named for what the configuration expects:
//   "SHOWN: 519163 updates lost, 18 operations on a freed object"  (unprotected,
//                                                                  race seen)
//   "NOT SHOWN: ..." (unprotected, but no damage in any round: says why, never OK)
//   "EXACT: ..."     (protected, and exact)
//   "CORRUPTED: ..." (protected, yet damaged: a bug in gillab)
std::string Verdict(const LabResult& result);

// The human-readable table, ending with the verdict line.
std::string FormatTable(const LabResult& result);

// One JSON object on one line with at least: scenario, gil, refcount, threads,
// iterations, expected, observed, corrupted, lost_updates, use_after_free,
// leaked_objects; and race_expected, rounds, verdict ("shown", "not_shown",
// "exact", "corrupted"), overlap (where measured); cpython (where the lesson
// has a Python form and --cpython did not say no): python, ran, version, values
// (python3's result line, numbers as numbers), observed, or problem.
std::string FormatJson(const LabResult& result);

// RuntimeState::list_damage by kind.
using ListDamageCounts = std::array<std::int64_t, kNumListDamages>;
ListDamageCounts CountsOfListDamage(const RuntimeState& rt);

// What unlocked lists did in `rt` (ObjectSafety::kUnlocked), by kind, since the
// counts were `before`: "writes into a freed item array: 12, reads of an empty
// slot: 3"; empty if nothing.
std::string DescribeListDamage(const RuntimeState& rt,
                               const ListDamageCounts& before = {});

// Writes `tracer`'s events to `path` (Chrome Trace JSON) and `path`.svg (a
// timeline); returns a line saying where, or that it could not.
std::string WriteTrace(const GilTracer& tracer, const std::string& path);

// `n` with a comma between groups of three digits: "1,764".
std::string Thousands(std::int64_t n);

// `n` and the words that go with it: Counted(1, "update lost", "updates lost")
// is "1 update lost", Counted(0, ...) "0 updates lost".
std::string Counted(std::int64_t n, const char* one, const char* many);

// `text` as a JSON string literal, quotes included.
std::string JsonString(const std::string& text);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_REPORT_H_
