#!/usr/bin/env bash
# A short fuzzing run, as a test: run_fuzzer.sh FUZZER RUNS SECONDS 'OPTIONS' SEED...
# The committed seeds (folders, from the runfiles root) first, then mutations of
# them, RUNS inputs or SECONDS at most. libFuzzer (clang) writes the inputs it
# finds interesting to a scratch directory, never to the seeds; a crash, a hang
# past -timeout or a sanitizer report fails the test and leaves the input in the
# log (and in the test's undeclared outputs).
set -euo pipefail
fuzzer="$1" runs="$2" seconds="$3" options="$4"
shift 4
scratch="${TEST_TMPDIR:-$(mktemp -d)}/new-inputs"
mkdir -p "$scratch"
# shellcheck disable=SC2086  # OPTIONS is a list of flags
exec "$fuzzer" "$scratch" "$@" -runs="$runs" -max_len=4096 -timeout=20 \
  -max_total_time="$seconds" -rss_limit_mb=6144 -print_final_stats=1 $options \
  -artifact_prefix="${TEST_UNDECLARED_OUTPUTS_DIR:-$scratch}/"
