#!/usr/bin/env bash
# Minimizes a target's working fuzz corpus into its committed one.
#
#   bash scripts/fuzz-minimize.sh TARGET...
#
# For each target, libFuzzer's set-cover merge (`-set_cover_merge=1`) reads the committed corpus
# `Fuzz/corpus/TARGET` and the working corpus `.build-fuzz/corpus/TARGET` that `scripts/fuzz.sh`
# grows, and keeps a small set of inputs that reaches every code edge they reach together (edges
# only: `-use_counters=0 -use_cmp=0`; with hit counts and comparison operands as features the
# `align` corpus kept 642 of 1,552 inputs, 2.6 MB, against 144, 0.6 MB). That set replaces the
# minimized inputs committed before (files named by their content's SHA-1, as libFuzzer names
# them); the hand-written seeds (any other name) stay. The next run on any clone starts where the
# last one got to. Run it after `scripts/fuzz.sh`, which builds the binary this script uses
# (.build-fuzz/release/gyeore-fuzz); nothing is rebuilt here.
set -euo pipefail
cd "$(dirname "$0")/.."
(($#)) || { echo "usage: bash scripts/fuzz-minimize.sh TARGET..." >&2; exit 64; }
binary=.build-fuzz/release/gyeore-fuzz
[[ -x "$binary" ]] || { echo "fuzz-minimize: $binary is missing: run bash scripts/fuzz.sh first" >&2; exit 69; }
for target in "$@"; do
  committed="Fuzz/corpus/$target"
  working=".build-fuzz/corpus/$target"
  [[ -d "$working" ]] || { echo "fuzz-minimize: $working is missing: fuzz $target first" >&2; exit 66; }
  merged=$(mktemp -d ".build-fuzz/merged-$target.XXXXXX")
  mkdir -p "$committed"
  # The committed corpus first: libFuzzer keeps the earlier of two inputs reaching the same features.
  if ! SWIFT_BACKTRACE=enable=no "$binary" "$target" -set_cover_merge=1 -use_cmp=0 -use_counters=0 -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
       "$merged" "$committed" "$working" 2> ".build-fuzz/$target-merge.log"; then
    echo "fuzz-minimize: $target: the merge failed, see .build-fuzz/$target-merge.log" >&2
    rm -rf "$merged"
    exit 1
  fi
  before=$(find "$committed" "$working" -type f | wc -l)
  # A merge that kept nothing went wrong (every corpus reaches some coverage): keep the old one.
  if [[ -z "$(ls -A "$merged")" ]]; then
    echo "fuzz-minimize: $target: the merge kept no input, see .build-fuzz/$target-merge.log; $committed left as it was" >&2
    rm -rf "$merged"
    exit 1
  fi
  find "$committed" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
  # A hand-written seed the merge kept is there already under its own name.
  for seed in "$committed"/*; do
    [[ -f "$seed" ]] && rm -f "$merged/$(sha1sum "$seed" | cut -d' ' -f1)"
  done
  mv "$merged"/* "$committed"/ 2>/dev/null || true
  rmdir "$merged"
  echo "fuzz-minimize: $target: $before inputs → $(find "$committed" -type f | wc -l) ($(du -sh "$committed" | cut -f1))" >&2
done
