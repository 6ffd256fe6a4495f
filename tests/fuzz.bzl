"""gillab_fuzzer: a libFuzzer target and its short run as a test.

With clang (--config=clang): a real libFuzzer binary, the sources under test
compiled into it (not linked from their libraries), so that they get coverage
and ASan+UBSan. With gcc (the tsan and asan configurations): the same target
under standalone_main.cc, a deterministic driver over the corpus and mutations
of it. The test (run_fuzzer.sh) runs it over the committed seeds for at most
`max_seconds`, `runs` inputs.
"""

load("//:copts.bzl", "GILLAB_TEST_COPTS")

_FUZZ_FLAGS = [
    "-fsanitize=fuzzer,address,undefined",
    "-fno-sanitize-recover=all",
]

def gillab_fuzzer(name, target, srcs, deps, seeds, runs, max_seconds, options = ""):
    """`name`: the binary; `name`_test runs it over `seeds` (folders or files)."""
    native.cc_binary(
        name = name,
        testonly = True,
        srcs = [target] + srcs + select({
            "//:clang": [],
            "//conditions:default": ["fuzz/standalone_main.cc"],
        }),
        copts = GILLAB_TEST_COPTS + select({
            "//:clang": _FUZZ_FLAGS,
            "//conditions:default": [],
        }),
        linkopts = select({
            "//:clang": _FUZZ_FLAGS[:1] + ["-fsanitize-link-c++-runtime"],
            "//conditions:default": [],
        }),
        deps = deps,
    )
    native.sh_test(
        name = name + "_test",
        size = "large",
        srcs = ["fuzz/run_fuzzer.sh"],
        args = [
            "$(location :%s)" % name,
            str(runs),
            str(max_seconds),
            "'%s'" % options,
        ] + [native.package_name() + "/" + s for s in seeds],
        data = [":" + name] + native.glob([s + "/*" for s in seeds]),
    )
