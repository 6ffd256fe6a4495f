// The assembler, the C++ builder, the verifier and the disassembler.
#include "runtime/bytecode/assembler.h"

#include <string>

#include "gtest/gtest.h"
#include "runtime/bytecode/builder.h"
#include "runtime/bytecode/verifier.h"

namespace gillab {
namespace {

std::string ErrorOf(const char* source) {
  absl::StatusOr<ProgramSpec> p = Assemble(source);
  return p.ok() ? "OK" : std::string(p.status().message());
}

TEST(AssemblerTest, RejectsMalformedProgramsWithTheExpectedMessages) {
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_FOO 1\n.end\n"),
            "line 2: unknown opcode 'LOAD_FOO'");
  EXPECT_EQ(ErrorOf(".func f\n  JUMP nowhere\n.end\n"),
            "line 2: unknown label 'nowhere'");
  EXPECT_EQ(ErrorOf(".func f\n  POP_TOP\n  LOAD_CONST 1\n  RETURN_VALUE\n.end\n"),
            "function 'f', instruction 0 (POP_TOP), line 2: stack underflow (pops 1, the "
            "stack holds 0)");
  EXPECT_EQ(
      ErrorOf(".func f\nloop:\n  LOAD_CONST 1\n  JUMP loop\n.end\n"),
      "function 'f', instruction 1 (JUMP L0), line 4: stack depth 1 at instruction 0, "
      "which other paths reach with 0");
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_CONST 1\n  POP_TOP\n.end\n"),
            "function 'f', instruction 1 (POP_TOP), line 3: falls off the end of the "
            "function (no RETURN_VALUE)");
  EXPECT_EQ(
      ErrorOf(".func f\n  LOAD_GLOBAL x\n  RETURN_VALUE\n.end\n"),
      "function 'f', instruction 0 (LOAD_GLOBAL x), line 2: unknown name 'x' (not a "
      "function, a builtin, or a global that is set)");
  EXPECT_EQ(
      ErrorOf(".func f\n  LOAD_FAST y\n  RETURN_VALUE\n.end\n"),
      "function 'f', instruction 0 (LOAD_FAST y), line 2: unknown name 'y' (a local "
      "that is neither a parameter nor assigned)");
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_CONST\n.end\n"),
            "line 2: LOAD_CONST takes 1 operand, got 0");
  EXPECT_EQ(ErrorOf(".func f\n  RETURN_VALUE 3\n.end\n"),
            "line 2: RETURN_VALUE takes 0 operands, got 1");
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_CONST 12abc\n.end\n"),
            "line 2: bad literal '12abc'");
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_CONST \"open\n.end\n"),
            "line 2: unterminated string");
  EXPECT_EQ(ErrorOf(".func f\n  CALL -1\n.end\n"),
            "line 2: bad count '-1' (expected 0..255)");
  EXPECT_EQ(ErrorOf(".func f\n  COMPARE_OP <>\n.end\n"),
            "line 2: unknown comparison '<>' (valid: <, <=, ==, !=, >, >=, is, is_not, "
            "in, not_in)");
  EXPECT_EQ(ErrorOf("  LOAD_CONST 1\n"), "line 1: instruction outside a function");
  EXPECT_EQ(ErrorOf(".end\n"), "line 1: .end without .func");
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_CONST 1\n  RETURN_VALUE\n"),
            "line 4: function 'f' has no .end");
  EXPECT_EQ(ErrorOf(".func f\na:\na:\n  LOAD_CONST 1\n  RETURN_VALUE\n.end\n"),
            "line 3: label 'a' defined twice");
  EXPECT_EQ(ErrorOf(".func f\n LOAD_CONST 1\n RETURN_VALUE\n.end\n.func f\n.end\n"),
            "line 5: function 'f' defined twice");
  EXPECT_EQ(ErrorOf(".fun f\n"),
            "line 1: unknown directive '.fun' (valid: .global, .func, .locals, "
            ".generator, .end)");
  EXPECT_EQ(ErrorOf(".func f\n.end\n"), "function 'f' has no instructions");
  // Only a generator's frame can be suspended.
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_CONST 1\n  YIELD_VALUE\n  RETURN_VALUE\n.end\n"),
            "function 'f', instruction 1 (YIELD_VALUE), line 3: YIELD_VALUE outside a "
            "generator");
  EXPECT_EQ(ErrorOf(".generator\n"), "line 1: .generator outside a function");
  EXPECT_EQ(ErrorOf(".func f\n.generator 1\n.end\n"), "line 2: .generator takes nothing");
  // SEND leaves the iterator and its value, or jumps with the one value returned.
  EXPECT_EQ(
      ErrorOf(".func f\n.generator\n  LOAD_CONST \"ab\"\n  GET_YIELD_FROM_ITER\n"
              "  LOAD_CONST None\nloop:\n  SEND done\n  YIELD_VALUE\n  JUMP loop\n"
              "done:\n  POP_TOP\n  POP_TOP\n  LOAD_CONST 1\n  RETURN_VALUE\n.end\n"),
      "function 'f', instruction 7 (POP_TOP), line 12: stack underflow (pops 1, the "
      "stack holds 0)");
}

TEST(VerifierTest, RejectsWhatOnlyTheBuilderCanMake) {
  {
    ProgramBuilder pb;
    pb.Function("f").Emit({Opcode::JUMP, 0, 99});
    EXPECT_EQ(pb.Build().status().message(),
              "function 'f', instruction 0 (JUMP L99): bad jump target 99 (the function "
              "has 1 instructions)");
  }
  {
    ProgramBuilder pb;
    pb.Function("f").Emit({static_cast<Opcode>(200), 0, 0});
    EXPECT_EQ(pb.Build().status().message(),
              "function 'f', instruction 0 (<opcode 200>): unknown opcode 200");
  }
  {
    ProgramBuilder pb;
    FunctionBuilder& f = pb.Function("f");
    for (int i = 0; i <= kMaxStackDepth; ++i) f.LoadConst(Constant::Int(i));
    f.Op(Opcode::RETURN_VALUE);
    EXPECT_EQ(
        pb.Build().status().message(),
        "function 'f', instruction 256 (LOAD_CONST 256): stack overflow (depth 257, "
        "the limit is 256)");
  }
  {
    ProgramBuilder pb;
    pb.Function("f").Emit({Opcode::LOAD_CONST, 0, 3}).Op(Opcode::RETURN_VALUE);
    EXPECT_EQ(
        pb.Build().status().message(),
        "function 'f', instruction 0 (LOAD_CONST <const 3>): constant index 3 out of "
        "range (0 constants)");
  }
  {
    ProgramBuilder pb;
    FunctionBuilder& f = pb.Function("f");
    f.Jump(Opcode::JUMP, f.NewLabel());
    EXPECT_EQ(pb.Build().status().message(),
              "function 'f', instruction 0: jump to a label that is never bound");
  }
  {  // a handler whose range or target is outside the function
    ProgramBuilder pb;
    pb.Function("f")
        .LoadConst(Constant::None())
        .Op(Opcode::RETURN_VALUE)
        .AddHandler(Handler{0, 5, 1, 0, 0, 0, 0});
    EXPECT_EQ(pb.Build().status().message(),
              "function 'f' has a handler out of range ([0, 5) -> 1)");
  }
  {  // a handler reached with the exception pushed: its depth must agree
    ProgramBuilder pb;
    FunctionBuilder& f = pb.Function("f");
    f.LoadConst(Constant::Int(1))     // 0: the range, at depth 0
        .Op(Opcode::POP_TOP)          // 1
        .LoadConst(Constant::None())  // 2: the handler's target, also reached at 0
        .Op(Opcode::RETURN_VALUE)
        .AddHandler(Handler{0, 2, 2, 0, 0, 0, 0});
    EXPECT_EQ(pb.Build().status().message(),
              "function 'f', instruction 2 (LOAD_CONST None): a handler's stack depth 1, "
              "which other paths reach with 0");
  }
  {  // and no instruction of its range may hold less than it keeps
    ProgramBuilder pb;
    FunctionBuilder& f = pb.Function("f");
    f.LoadConst(Constant::Int(1))     // 0
        .LoadConst(Constant::Int(2))  // 1: the range, from depth 1, keeping 2
        .Op(Opcode::POP_TOP)
        .Op(Opcode::RETURN_VALUE)
        .Op(Opcode::POP_TOP)  // 4: the handler
        .Op(Opcode::RETURN_VALUE)
        .AddHandler(Handler{1, 4, 4, 0, 0, 0, 2});
    EXPECT_EQ(pb.Build().status().message(),
              "function 'f', instruction 1 (LOAD_CONST 2): stack depth 1 below its "
              "handler's 2");
  }
}

TEST(BuilderTest, BuildsWhatTheAssemblerBuilds) {
  ProgramBuilder pb;
  pb.Global("total", Constant::Int(0));
  FunctionBuilder& f = pb.Function("count", {"n"});
  auto loop = f.NewLabel(), done = f.NewLabel();
  f.LoadConst(Constant::Int(0)).StoreFast("i");
  f.Bind(loop).LoadFast("i").LoadFast("n").Compare(CompareOp::kLt);
  f.Jump(Opcode::POP_JUMP_IF_FALSE, done);
  f.LoadFast("i").LoadConst(Constant::Int(1)).Op(Opcode::BINARY_ADD).StoreFast("i");
  f.Jump(Opcode::JUMP, loop);
  f.Bind(done).LoadFast("i").StoreGlobal("total").LoadConst(Constant::None());
  f.Op(Opcode::RETURN_VALUE);
  absl::StatusOr<ProgramSpec> built = pb.Build();
  ASSERT_TRUE(built.ok()) << built.status();

  absl::StatusOr<ProgramSpec> assembled = Assemble(R"(
.global total = 0
.func count n
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_FAST i
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_FALSE done
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_ADD
  STORE_FAST i
  JUMP loop
done:
  LOAD_FAST i
  STORE_GLOBAL total
  LOAD_CONST None
  RETURN_VALUE
.end
)");
  ASSERT_TRUE(assembled.ok()) << assembled.status();
  const FunctionSpec &a = built->functions[0], &b = assembled->functions[0];
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.consts, b.consts);
  EXPECT_EQ(a.locals, b.locals);
  EXPECT_EQ(a.stack_size, 2);
  EXPECT_EQ(b.stack_size, 2);
  EXPECT_EQ(Disassemble(*built), Disassemble(*assembled));
}

// Identical constants share an index; equal but different ones do not: 1 and
// True, 0 and 0.0, 0.0 and -0.0 (CPython's co_consts keeps them apart too).
TEST(BuilderTest, SharesOnlyIdenticalConstantsNamesAndLocals) {
  ProgramBuilder pb;
  FunctionBuilder& f = pb.Function("f", {"a", "b"});
  const Constant consts[] = {
      Constant::Int(1),      Constant::Bool(true), Constant::Int(0), Constant::Float(0.0),
      Constant::Float(-0.0), Constant::Str("1"),   Constant::None()};
  for (int i = 0; i < 7; ++i) EXPECT_EQ(f.Const(consts[i]), i);
  for (int i = 0; i < 7; ++i) EXPECT_EQ(f.Const(consts[i]), i);
  EXPECT_EQ(f.Local("b"), 1);
  EXPECT_EQ(f.Local("c"), 2);
  EXPECT_EQ(f.Local("a"), 0);
  EXPECT_EQ(f.Name("append"), 0);
  EXPECT_EQ(f.Name("pop"), 1);
  EXPECT_EQ(f.Name("append"), 0);
  EXPECT_EQ(pb.Global("x"), 0);
  EXPECT_EQ(pb.Global("y", Constant::Int(5)), 1);
  EXPECT_EQ(pb.Global("x", Constant::Int(7)), 0);  // a later initial value wins
  EXPECT_EQ(pb.Global("y"), 1);                    // and no initial keeps it
  f.LoadConst(Constant::None()).Op(Opcode::RETURN_VALUE);
  absl::StatusOr<ProgramSpec> built = pb.Build();
  ASSERT_TRUE(built.ok()) << built.status();
  ASSERT_EQ(built->globals.size(), 2u);
  EXPECT_EQ(built->globals[0].initial, Constant::Int(7));
  EXPECT_EQ(built->globals[1].initial, Constant::Int(5));
  EXPECT_EQ(built->functions[0].consts.size(), 7u);
  EXPECT_EQ(built->functions[0].locals, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(DisassemblerTest, OutputAssemblesToTheSameProgram) {
  absl::StatusOr<ProgramSpec> p = Assemble(R"(
.global g = "a \"quoted\" \\ text\n"
.global h
.func f a b
.locals unused
  LOAD_CONST 1.5
  LOAD_CONST -3
  BINARY_ADD
  LOAD_GLOBAL g
  POP_TOP
  LOAD_FAST a
  POP_JUMP_IF_TRUE t
  LOAD_FAST b
  CALL_METHOD append 0
  STORE_GLOBAL h
t:
  RETURN_VALUE
.end
)");
  ASSERT_TRUE(p.ok()) << p.status();
  const std::string text = Disassemble(*p);
  EXPECT_NE(text.find("L10:\n  RETURN_VALUE"), std::string::npos) << text;
  EXPECT_NE(text.find(".locals unused"), std::string::npos) << text;
  absl::StatusOr<ProgramSpec> again = Assemble(text);
  ASSERT_TRUE(again.ok()) << again.status() << "\n" << text;
  EXPECT_EQ(Disassemble(*again), text);
  EXPECT_EQ(again->functions[0].code, p->functions[0].code);
  EXPECT_EQ(again->functions[0].consts, p->functions[0].consts);
  EXPECT_EQ(again->globals[0].initial, p->globals[0].initial);
}

// The opcodes the Python front end uses: functions as values, keyword calls,
// iteration, unpacking, f-strings, `with`; and their operands' checks.
TEST(DisassemblerTest, PythonOpcodesRoundTrip) {
  absl::StatusOr<ProgramSpec> p = Assemble(R"(
.func main
  MAKE_FUNCTION g
  LOAD_CONST 1
  LOAD_CONST 2
  CALL_KW b,a 2
  POP_TOP
  LOAD_GLOBAL Lock
  CALL 0
  WITH_ENTER
  POP_TOP
  WITH_EXIT
  LOAD_CONST "ab"
  GET_ITER
loop:
  FOR_ITER done
  FORMAT_VALUE 1
  LOAD_CONST "!"
  BUILD_STRING 2
  POP_TOP
  JUMP loop
done:
  LOAD_CONST 1
  LOAD_CONST 2
  BUILD_TUPLE 2
  UNPACK_SEQUENCE 2
  COMPARE_OP not_in
  RETURN_VALUE
.end
.func g a b
  LOAD_FAST a
  RETURN_VALUE
.end
.func gen
.generator
  LOAD_CONST "ab"
  GET_YIELD_FROM_ITER
  LOAD_CONST None
again:
  SEND out
  YIELD_VALUE
  JUMP again
out:
  YIELD_VALUE
  RETURN_VALUE
.end
)");
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->functions[0].code[0], (Instr{Opcode::MAKE_FUNCTION, 0, 1}));
  const std::string text = Disassemble(*p);
  absl::StatusOr<ProgramSpec> again = Assemble(text);
  ASSERT_TRUE(again.ok()) << again.status() << "\n" << text;
  EXPECT_EQ(Disassemble(*again), text);
  EXPECT_EQ(again->functions[0].code, p->functions[0].code);
  ASSERT_EQ(again->functions.size(), 3u);
  EXPECT_TRUE(again->functions[2].generator);
  EXPECT_FALSE(again->functions[1].generator);

  EXPECT_EQ(ErrorOf(".func f\n  MAKE_FUNCTION nope\n  RETURN_VALUE\n.end\n"),
            "line 2: unknown function 'nope'");
  EXPECT_EQ(ErrorOf(".func f\n  LOAD_CONST 1\n  CALL_KW a,b 0\n  RETURN_VALUE\n.end\n"),
            "function 'f', instruction 1 (CALL_KW a,b 0), line 3: 2 keywords for 0 "
            "arguments");
}

}  // namespace
}  // namespace gillab
