#!/usr/bin/env bash
# The layers run one way down (docs/DESIGN.md): a source file may include its own
# folder and the folders below it, never one above. Fails with one line per upward
# include: "runtime/memory/gc.cc includes runtime/interp/runtime.h (runtime/interp is
# not below runtime/memory)".
#
# Usage: check_layers.sh FILE...  (the sources of the folders below, as Bazel
# passes them: paths relative to the workspace root)
set -uo pipefail

# Each folder and the folders it may include, lowest layer first.
declare -A allowed=(
  [base]="base"
  [runtime/bytecode]="base runtime/bytecode"
  [runtime/memory]="base runtime/memory"
  [gil]="base gil"
  [runtime/objects]="base runtime/memory runtime/objects"
  [frontend]="base runtime/bytecode frontend"
  [runtime/interp]="base runtime/bytecode runtime/memory runtime/objects gil runtime/interp"
  [explore]="base explore"
)
layered="base runtime/bytecode runtime/memory gil runtime/objects frontend runtime/interp explore labs"

folder_of() {  # the layer folder a path lies in, or nothing
  local path=$1 f
  for f in runtime/bytecode runtime/memory runtime/objects runtime/interp base gil \
      frontend explore labs; do
    case "$path" in "$f"/*) echo "$f"; return ;; esac
  done
}

checked=0
bad=0
for file in "$@"; do
  own=$(folder_of "$file")
  [ -n "$own" ] || continue
  [ -n "${allowed[$own]+x}" ] || continue  # labs: the top, may include anything
  checked=$((checked + 1))
  while IFS= read -r inc; do
    target=$(folder_of "$inc")
    [ -n "$target" ] || continue  # absl, gtest, nlohmann, the C++ library
    case " ${allowed[$own]} " in
      *" $target "*) ;;
      *) echo "$file includes $inc ($target is not below $own)"; bad=$((bad + 1)) ;;
    esac
  done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")
done

if [ "$checked" -eq 0 ]; then
  echo "no layered source files given: the test's data is wrong" >&2
  exit 1
fi
echo "$checked files checked against the order: $layered; $bad upward includes"
[ "$bad" -eq 0 ]
