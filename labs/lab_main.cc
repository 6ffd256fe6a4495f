// The `lab` binary: see labs/cli.h for the commands, and ./lab at the top of the
// repository for the wrapper that builds and runs it.
#include <iostream>
#include <string>
#include <vector>

#include "labs/cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  return gillab::labs::RunLab(args, std::cout, std::cerr);
}
