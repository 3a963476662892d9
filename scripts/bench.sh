#!/usr/bin/env bash
# Builds the benchmarks (Bench/, a package of its own, into .build-bench) and the gyeore binary
# they time (into .build, optimized), then runs gyeore-bench from the repository's root:
#
#   bash scripts/bench.sh normalize [--megabytes 50] [--short-lines 1000000]
#   bash scripts/bench.sh align --labelled Tests/Fixtures/alignment-dev [--explain]
#   bash scripts/bench.sh orthography --gold          # and signals, residuals, coverage, lines, files
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product gyeore >&2
# The build description of a package that depends on this one by path is not planned again
# when a source file is added here (SpacingReasons.swift went unseen, and the build failed on
# names it defines): dropping it costs a second of planning.
rm -f .build-bench/release.yaml
swift build -c release --package-path Bench --scratch-path .build-bench >&2
exec env GYEORE_BINARY="$PWD/.build/release/gyeore" .build-bench/release/gyeore-bench "$@"
