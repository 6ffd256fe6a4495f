// gillab/labs/cpython.h — CPython beside gillab: a lesson's Python form, run live
// under Debian's python3.
//
// A lesson with a Python form (labs/py/counter.py, convoy.py, counter_call.py;
// labs/cpython/memory.py, which only CPython runs) is compiled into the lab
// (py_scripts.h). RunCPython writes the script to a temporary file, runs it under
// python3 -I (no user site, no PYTHON* variables) and reads back the script's
// "result:" line:
//     result: counter=400000 expected=400000 lost=0
// The lesson puts those figures beside its own.
//
// Which python3: $GILLAB_PYTHON3 when set (the tests point it at a missing file to
// see the "absent" path), else /usr/bin/python3: never the first python3 on PATH,
// which may be a shim that adds start-up time or a different version.
#ifndef GILLAB_LABS_CPYTHON_H_
#define GILLAB_LABS_CPYTHON_H_

#include <map>
#include <optional>
#include <string>

namespace gillab::labs {

inline constexpr const char* kDebianPython = "/usr/bin/python3";

// The python3 the lab compares against (see above).
std::string CPythonPath();
// Whether CPythonPath() is an executable file.
bool CPythonAvailable();

// The fields of a script's "result: k=v k=v" line, under gillab or python3.
struct ResultLine {
  std::map<std::string, std::string> values;  // {"counter": "400000", ...}

  // The field `key` as a number; nullopt if absent or not a number.
  std::optional<double> Number(const std::string& key) const;
};

// The fields of a result line (the part after "result:").
ResultLine ParseResultLine(const std::string& line);

// A run of python3; its result line's fields are `values` (ResultLine).
struct CPythonRun : ResultLine {
  bool ok = false;      // python3 ran, exited 0 and printed a result line
  std::string python;   // the path that was run
  std::string version;  // "3.11.2"
  std::string output;   // what the script printed, the result line left out
  // When !ok, why, in a few words: "/usr/bin/python3 is not installed", "timed out
  // after 60 s", "exited with status 1: NameError: ...".
  std::string problem;
};

// Runs `source` (a whole script) under CPythonPath(), waiting at most
// `timeout_seconds`. Blocks. Never throws; on any failure returns !ok with the
// reason in `problem`.
CPythonRun RunCPython(const std::string& source, double timeout_seconds = 60);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_CPYTHON_H_
