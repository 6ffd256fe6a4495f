// The command line's bad-input matrix: every option `lab help` lists, with values
// no option accepts, under every command; then malformed programs and odd files
// for `lab py` and `lab dis`. Each must end as the contract says (labs/cli.h):
// bad usage or a syntax error exits 2 with one line naming the problem (a syntax
// error adds the source line and a caret, as python3 does), a Python runtime error
// exits 1 with a traceback, and nothing runs and nothing crashes.
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/lab_run.h"
#include "tests/test_paths.h"

namespace gillab::labs {
namespace {

std::string WriteFile(const std::string& name, const std::string& bytes) {
  const std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// The options `lab help` lists: name, and whether it takes a value.
std::vector<std::pair<std::string, bool>> HelpOptions() {
  const LabRun help = RunLabCaptured({"help"});
  std::vector<std::pair<std::string, bool>> options;
  std::istringstream lines(help.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  --", 0) != 0) continue;  // "  --name=VALUE  text" or "  --flag"
    std::size_t end = 4;
    while (end < line.size() &&
           (std::islower(static_cast<unsigned char>(line[end])) || line[end] == '-'))
      ++end;
    const bool takes_value = end + 1 < line.size() && line[end] == '=' &&
                             std::isupper(static_cast<unsigned char>(line[end + 1]));
    options.emplace_back(line.substr(4, end - 4), takes_value);
  }
  return options;
}

void ExpectOneLineError(const LabRun& r, const std::string& what) {
  EXPECT_EQ(r.status, 2) << what << "\n" << r.out << r.err;
  EXPECT_EQ(r.out, "") << what;
  EXPECT_EQ(CountLines(r.err), 1) << what << "\n" << r.err;
  EXPECT_EQ(r.err.rfind("lab: ", 0), 0u) << what << "\n" << r.err;
}

TEST(BadInputMatrix, EveryOptionWithBadValuesUnderEveryCommand) {
  const std::vector<std::pair<std::string, bool>> options = HelpOptions();
  // Every option of the parser is in the help (a new one must be added to both).
  ASSERT_GE(options.size(), 14u);
  const std::string script = WriteFile("ok.py", "print(1)\n");
  const std::vector<std::vector<std::string>> commands = {
      {"list"},       {"run", "counter"}, {"run", "objects"},    {"tour"},
      {"py", script}, {"dis", script},    {"explore", "counter"}};
  // Values that no option takes (for --trace=FILE: none that can be written).
  const std::vector<std::string> bad_values = {
      "", "bogus", "-1", "99999999999999999999", "1e3", " 1", "0x10", "nan", "１"};
  int checked = 0;
  for (const auto& [name, takes_value] : options) {
    std::vector<std::string> values;
    if (!takes_value) {
      values = {"--" + name + "=yes", "--" + name + "="};
    } else if (name == "trace") {
      values = {"--trace=", "--trace=/nonexistent/dir/t.json"};
    } else {
      for (const std::string& v : bad_values) values.push_back("--" + name + "=" + v);
      values.push_back("--" + name);  // no value at all
    }
    for (const std::vector<std::string>& command : commands) {
      for (const std::string& value : values) {
        std::vector<std::string> args = command;
        args.push_back(value);
        if (name == "trace") args.push_back("--gil=new");  // a GIL to trace
        std::string what;
        for (const std::string& a : args) what += a + " ";
        ExpectOneLineError(RunLabCaptured(args), what);
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 500);
}

TEST(BadInputMatrix, CommandsAndArgumentsOutOfPlace) {
  const std::string script = WriteFile("ok2.py", "print(1)\n");
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"frobnicate"},
      {"--gil=new"},
      {"run"},
      {"run", "nosuch"},
      {"run", "counter", "extra"},
      {"run", "all", "--trace=t.json"},
      {"list", "extra"},
      {"tour", "extra"},
      {"py"},
      {"py", script, script},
      {"dis"},
      {"explore"},
      {"explore", "memory"},
      {"explore", "counter", "extra"},
      {"--tsan", "run", "objects"},
  };
  for (const std::vector<std::string>& args : cases) {
    std::string what;
    for (const std::string& a : args) what += a + " ";
    ExpectOneLineError(RunLabCaptured(args), what);
  }
}

// Files that are not scripts: missing, a directory; an empty file and /dev/null
// are the empty program (python3 runs them: exit 0, no output).
TEST(BadInputMatrix, OddFiles) {
  for (const char* command : {"py", "dis"}) {
    ExpectOneLineError(RunLabCaptured({command, TempPath("missing.py")}), "missing");
    ExpectOneLineError(RunLabCaptured({command, TempPath("")}), "a directory");
  }
  const LabRun empty = RunLabCaptured({"py", WriteFile("empty.py", "")});
  EXPECT_EQ(empty.status, 0) << empty.err;
  EXPECT_EQ(empty.out, "");
  const LabRun null = RunLabCaptured({"py", "/dev/null"});
  EXPECT_EQ(null.status, 0) << null.err;
}

// Malformed programs: exit 2, the first line "FILE:LINE:COL: SyntaxError: ..."
// (or TabError, or an unsupported construct named), at most the line and a caret
// after it; runtime errors: exit 1 with a traceback ending in the error.
TEST(BadInputMatrix, MalformedProgramsAndRuntimeErrors) {
  struct Case {
    const char* name;
    std::string source;
    int status;
    const char* mentions;
  };
  const std::vector<Case> cases = {
      {"unclosed", "x = (\n", 2, "SyntaxError"},
      {"nul", std::string("x = 1\0\n", 7), 2, "null bytes"},
      {"binary",
       "\x7f"
       "ELF\x02\x01\x01\xff\xfe",
       2, "SyntaxError"},
      {"utf8", "s = '\xff'\n", 2, "SyntaxError"},
      {"tabs", "if True:\n\tx = 1\n        y = 2\n", 2, "TabError"},
      {"try_star", "try:\n    pass\nexcept* E:\n    pass\n", 2, "unsupported: except*"},
      {"try_alone", "try:\n    pass\nx = 1\n", 2, "expected 'except' or 'finally' block"},
      {"bare_except_first", "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n", 2,
       "default 'except:' must be last"},
      {"yield_at_module", "yield 1\n", 2, "'yield' outside function"},
      {"yield_in_class", "class A:\n    x = yield\n", 2, "'yield' outside function"},
      {"yield_in_listcomp", "def f():\n    return [(yield x) for x in 'ab']\n", 2,
       "'yield' inside list comprehension"},
      {"yield_in_genexp", "def f():\n    return ((yield x) for x in 'ab')\n", 2,
       "'yield' inside generator expression"},
      {"genexp_not_alone", "print(x for x in 'ab', 1)\n", 2,
       "Generator expression must be parenthesized"},
      {"yield_from_bare", "def f():\n    yield from\n", 2, "SyntaxError"},
      {"class_in_class",
       "class A:\n    class B:\n        def f(self):\n            return super().f()\n",
       0, ""},
      {"import", "import os\n", 2, "SyntaxError"},
      {"parens", std::string(300, '(') + std::string(300, ')') + "\n", 2, "SyntaxError"},
      {"huge_int", "x = " + std::string(200'000, '1') + "\n", 2, "SyntaxError"},
      {"long_chain",
       "x = 1" +
           [] {
             std::string s;
             for (int i = 0; i < 30'000; ++i) s += "+1";
             return s;
           }() +
           "\n",
       2, "too deeply nested"},
      {"indent", "  x = 1\n", 2, "IndentationError"},
      {"global_after", "def f():\n    x = 1\n    global x\n", 2, "SyntaxError"},
      {"name_error", "print(nosuch)\n", 1, "NameError: name 'nosuch' is not defined"},
      {"zero", "x = 1 // 0\n", 1, "ZeroDivisionError"},
      {"recursion", "def f():\n    return f()\nf()\n", 1, "RecursionError"},
      {"deep_repr", "x = []\nfor i in range(100000):\n    x = [x]\nprint(x)\n", 1,
       "RecursionError"},
  };
  for (const Case& c : cases) {
    const std::string path = WriteFile(std::string(c.name) + ".py", c.source);
    const LabRun r = RunLabCaptured({"py", path});
    EXPECT_EQ(r.status, c.status) << c.name << "\n" << r.err.substr(0, 500);
    EXPECT_NE(r.err.find(c.mentions), std::string::npos) << c.name << "\n"
                                                         << r.err.substr(0, 500);
    if (c.status == 2) {
      EXPECT_EQ(r.err.rfind(path + ":", 0), 0u) << c.name << "\n" << r.err.substr(0, 500);
      EXPECT_LE(CountLines(r.err), 3) << c.name << "\n" << r.err.substr(0, 500);
      const LabRun dis = RunLabCaptured({"dis", path});
      EXPECT_EQ(dis.status, 2) << c.name;
    }
    if (c.status == 1) {
      EXPECT_EQ(r.err.rfind("Traceback (most recent call last):", 0), 0u)
          << c.name << "\n"
          << r.err.substr(0, 500);
    }
  }
}

}  // namespace
}  // namespace gillab::labs
