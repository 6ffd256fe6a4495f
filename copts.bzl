"""Compiler flags for gillab's own code (never applied to external repos)."""

# Strict warnings, as errors: the project's code stays clean under gcc 12 and clang 14.
GILLAB_COPTS = [
    "-Wall",
    "-Wextra",
    "-Wshadow",
    "-Werror",
] + select({
    # clang checks the thread-safety annotations (ABSL_GUARDED_BY and friends).
    "//:clang": ["-Wthread-safety", "-Wthread-safety-beta"],
    "//conditions:default": [],
})

# Tests and benchmarks: the same, without -Wshadow (gtest's macros trip it).
GILLAB_TEST_COPTS = [
    "-Wall",
    "-Wextra",
    "-Werror",
] + select({
    "//:clang": ["-Wthread-safety"],
    "//conditions:default": [],
})
