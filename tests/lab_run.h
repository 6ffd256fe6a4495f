// gillab/tests/lab_run.h — running the `lab` command line in-process, for tests.
#ifndef GILLAB_TESTS_LAB_RUN_H_
#define GILLAB_TESTS_LAB_RUN_H_

#include <sstream>
#include <string>
#include <vector>

#include "labs/cli.h"

namespace gillab::labs {

struct LabRun {
  int status;       // the exit status RunLab returned
  std::string out;  // what it wrote to stdout
  std::string err;  // and to stderr
};

inline LabRun RunLabCaptured(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int status = RunLab(args, out, err);
  return {status, out.str(), err.str()};
}

// The lines in `text` (its newlines).
inline int CountLines(const std::string& text) {
  int n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

}  // namespace gillab::labs

#endif  // GILLAB_TESTS_LAB_RUN_H_
