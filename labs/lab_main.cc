// The `lab` binary: see labs/cli.h for the commands, and ./lab at the top of the
// repository for the wrapper that builds and runs it.
#include <iostream>
#include <string>
#include <vector>

#include "labs/cli.h"

#ifdef GILLAB_TSAN
// `./lab --tsan` runs this binary built with ThreadSanitizer (--config=tsan). Its
// defaults, for a user watching races (TSAN_OPTIONS overrides them): every race
// reported, not only the first (halt_on_error=0), with the stack of both accesses
// (history_size=4 keeps enough of it for runs of a million operations); the exit
// status is TSan's 66 when it reported any.
extern "C" const char* __tsan_default_options() {
  return "halt_on_error=0:second_deadlock_stack=1:history_size=4";
}
#endif

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
#ifdef GILLAB_TSAN
  if (!args.empty() && (args[0] == "run" || args[0] == "tour" || args[0] == "py" ||
                        args[0] == "explore")) {
    std::cerr << "lab: ThreadSanitizer build: each data race is reported here as it "
                 "happens\n";
  }
#endif
  return gillab::labs::RunLab(args, std::cout, std::cerr);
}
