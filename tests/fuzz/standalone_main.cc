// A stand-in for libFuzzer's driver where there is none (gcc): runs the target
// on every file of the corpus directories given, then on `-runs=N` mutations of
// them (default 5000), from a fixed seed, so every run is the same. Mutations:
// flip, insert, delete or duplicate bytes, splice two inputs, or insert a piece
// of Python syntax. Other -flags (libFuzzer's) are ignored.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::uint64_t state = 0x9E3779B97F4A7C15u;
std::uint64_t Next() {  // xorshift64*
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return state * 0x2545F4914F6CDD1Du;
}
std::size_t Below(std::size_t n) { return n == 0 ? 0 : Next() % n; }

const char* const kPieces[] = {
    "(",        ")",      "[",      "]",      "{",
    "}",        ":",      "\n",     "    ",   "\t",
    "'",        "\"",     "\"\"\"", "f'{",    "}",
    "\\",       "#",      "=",      "+=",     "**",
    "//",       " if ",   " else ", "def ",   "with ",
    "for ",     " in ",   "while ", "return", "global ",
    "import ",  "lambda", "class ", ",",      ".",
    "not ",     " and ",  "0x",     "1e",     "9999999999999999999999",
    "\xc3\xa9", "\x80"};

void Run(const std::string& input) {
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()),
                         input.size());
}

std::string Mutate(const std::vector<std::string>& corpus) {
  std::string s = corpus[Below(corpus.size())];
  const int steps = 1 + static_cast<int>(Below(8));
  for (int k = 0; k < steps; ++k) {
    const std::size_t at = Below(s.size() + 1);
    switch (Below(6)) {
      case 0:
        if (!s.empty()) s[Below(s.size())] ^= static_cast<char>(1u << Below(8));
        break;
      case 1:
        s.insert(at, 1, static_cast<char>(Below(256)));
        break;
      case 2:
        s.erase(at, Below(16));
        break;
      case 3:
        if (!s.empty()) s.insert(at, s.substr(Below(s.size()), Below(32)));
        break;
      case 4: {
        const std::string& other = corpus[Below(corpus.size())];
        s = s.substr(0, at) + other.substr(Below(other.size() + 1));
        break;
      }
      default:
        s.insert(at, kPieces[Below(sizeof kPieces / sizeof kPieces[0])]);
        break;
    }
  }
  if (s.size() > 4096) s.resize(4096);
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  long runs = 5000;
  std::vector<std::string> corpus;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("-runs=", 0) == 0) {
      runs = std::strtol(arg.c_str() + 6, nullptr, 10);
      continue;
    }
    if (arg[0] == '-') continue;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(arg, ec)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      corpus.push_back(text.str());
    }
  }
  if (corpus.empty()) corpus.push_back("");
  for (const std::string& input : corpus) Run(input);
  for (long r = 0; r < runs; ++r) Run(Mutate(corpus));
  std::printf("standalone driver: %zu corpus inputs and %ld mutations, no crash\n",
              corpus.size(), runs);
  return 0;
}
