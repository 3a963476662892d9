#!/usr/bin/env bash
# Compares `gyeore quotes` of two builds over all our material: the seeds, the labelled sets
# (alignment, unmarked speech), the quotes fixtures and, beside the package, ../shared/nk-texts.
# Prints each file whose output differs, then the counts; exits 1 when any differs.
#
#   git worktree add /tmp/before <commit> && swift build -c release --package-path /tmp/before
#   bash scripts/quotes-diff.sh /tmp/before/.build/release/gyeore .build/release/gyeore [/tmp/before/glossary]
#
# Both binaries read the glossary the CLI finds from here (this checkout's), unless the third
# argument names the old one's: without it a glossary change shows nowhere, only code changes.
set -uo pipefail
cd "$(dirname "$0")/.."
(($# == 2 || $# == 3)) || { echo "usage: bash scripts/quotes-diff.sh OLD_BINARY NEW_BINARY [OLD_GLOSSARY]" >&2; exit 64; }
old=$1 new=$2
old_options=()
(($# == 3)) && old_options=(--glossary "$3")
files=0 differ=0
shopt -s nullglob
for f in seeds/*.txt Tests/Fixtures/alignment-*/*.txt Tests/Fixtures/unmarked*/*/*.txt Tests/Fixtures/quotes/*.txt ../shared/nk-texts/*.txt; do
  files=$((files + 1))
  if ! cmp -s <("$old" quotes "${old_options[@]}" "$f" 2>&1) <("$new" quotes "$f" 2>&1); then
    differ=$((differ + 1))
    echo "differs: $f"
  fi
done
echo "$files files, $differ differ"
((differ == 0))
