#!/usr/bin/env bash
# A short fuzzing run of the Python front end, as a test: the committed corpus
# (tests/fuzz/corpus, plus the conformance scripts in tests/py), then mutations
# of it. libFuzzer (clang) writes the
# inputs it finds interesting to a scratch directory, never to the corpus; a
# crash or a sanitizer report fails the test and leaves the input in the log.
set -euo pipefail
fuzzer="$1"
corpus="tests/fuzz/corpus"  # seeds, from the runfiles root; tests/py is one too
scratch="${TEST_TMPDIR:-$(mktemp -d)}/new-inputs"
mkdir -p "$scratch"
exec "$fuzzer" "$scratch" "$corpus" tests/py -runs=30000 -max_len=4096 -timeout=20 \
  -max_total_time=120 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="${TEST_UNDECLARED_OUTPUTS_DIR:-$scratch}/"
