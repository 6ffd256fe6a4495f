// gillab/tests/test_paths.h — where a test writes its files and finds its data.
#ifndef GILLAB_TESTS_TEST_PATHS_H_
#define GILLAB_TESTS_TEST_PATHS_H_

#include <cstdlib>
#include <string>

namespace gillab {

// `name` in the test's own scratch folder (Bazel's TEST_TMPDIR; /tmp outside it).
inline std::string TempPath(const std::string& name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  return std::string(dir != nullptr ? dir : "/tmp") + "/" + name;
}

// A data dependency of the test, by its path in the workspace ("labs/lab").
inline std::string Runfile(const std::string& path) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  return std::string(srcdir != nullptr ? srcdir : ".") + "/" +
         (workspace != nullptr ? workspace : "gillab") + "/" + path;
}

}  // namespace gillab

#endif  // GILLAB_TESTS_TEST_PATHS_H_
