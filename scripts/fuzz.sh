#!/usr/bin/env bash
# Coverage-guided fuzzing with libFuzzer (the toolchain's), AddressSanitizer on.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]   # default: 60 seconds each, every target
#   GYEORE_FUZZ_MAX_LEN=1024 bash scripts/fuzz.sh 9000 align   # shorter inputs (default 4096 bytes)
#   GYEORE_FUZZ_TIMEOUT=30 bash scripts/fuzz.sh 9000 align     # seconds one input may take (default 10)
#
# Targets: normalizer (every mode; idempotence and offset invariants), orthography (--to sk), terms,
# quotes (spans equal the text's slices), jsonl (JSON Lines documents: a document or a one-line
# problem per line; quotations are slices of each document's text), glossary (reader, lookup, TBX export), romanizer,
# align (documents split at form feeds; quotation offsets, pair scores, cluster members),
# html (the alignment report's page from the same documents with front matter: the report's own
# elements, closed in order, input only as escaped text, each rendering reading back as its text),
# import (glossary import's merge: every new row reads back valid), item (packed aligner items
# of gyeore features: read or refused, and what is read packs back the same), cache (glossary and
# term cache bodies: read or refused, never a hang; what is read answers look-ups). Built optimized, with
# AddressSanitizer: many more executions per second than a debug build.
# Builds Fuzz/ (a package of its own) into .build-fuzz; the committed seed corpus is
# Fuzz/corpus/TARGET, the working corpus .build-fuzz/corpus/TARGET. A crash is written to
# .build-fuzz/crashes/ and the script exits 1: turn it into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
# The longest input libFuzzer makes. align scores every pair of quotations an input holds, so it
# runs four times as many inputs a second at 1024 (GYEORE_FUZZ_MAX_LEN=1024) as at 4096.
max_len=${GYEORE_FUZZ_MAX_LEN:-4096}
# Seconds of wall-clock time one input may take before libFuzzer reports a timeout. A niced run
# beside builds and test suites is starved of the CPU: an input of 0.8 s alone then took over 10 s.
timeout=${GYEORE_FUZZ_TIMEOUT:-10}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(normalizer orthography terms quotes jsonl glossary romanizer align html import item cache)
runtime=$(ls "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -n 1)
# As in scripts/bench.sh: plan again, so that source files added to the package are seen.
rm -f .build-fuzz/release.yaml
swift build --package-path Fuzz --scratch-path .build-fuzz -c release \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
  -Xlinker "$runtime" -Xlinker -lstdc++ >&2
binary=.build-fuzz/release/gyeore-fuzz
# AddressSanitizer without the allocation stack of every block (malloc_context_size=0: a report
# names where memory was used and freed, not where it was allocated) and with a smaller
# quarantine: the targets allocate on every input, and recording each allocation's stack was
# the largest cost after the sanitizer's own allocator. In one pair of 120-second runs of `align`
# side by side from the same corpus and seed: 123 against 102 executions a second, 199 against
# 644 MB. Set ASAN_OPTIONS to override (a crash's input reruns with full stacks:
# ASAN_OPTIONS= .build-fuzz/release/gyeore-fuzz TARGET CRASH-FILE).
export ASAN_OPTIONS=${ASAN_OPTIONS-malloc_context_size=0:quarantine_size_mb=16}
mkdir -p .build-fuzz/crashes
status=0
for target in "${targets[@]}"; do
  mkdir -p ".build-fuzz/corpus/$target"
  [[ -d "Fuzz/corpus/$target" ]] && cp -n "Fuzz/corpus/$target"/* ".build-fuzz/corpus/$target/" 2>/dev/null || true
  # The report is read from the same documents as align: its seeds start from align's too.
  [[ $target == html && -d Fuzz/corpus/align ]] && cp -n Fuzz/corpus/align/* ".build-fuzz/corpus/html/" 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s" >&2
  # SWIFT_BACKTRACE=enable=no: the runtime's backtracer would run under AddressSanitizer.
  if ! SWIFT_BACKTRACE=enable=no "$binary" "$target" -max_total_time="$seconds" -max_len="$max_len" -timeout="$timeout" -rss_limit_mb=4096 \
       -artifact_prefix=".build-fuzz/crashes/$target-" ".build-fuzz/corpus/$target" 2> ".build-fuzz/$target.log"; then
    echo "fuzz: $target FAILED, see .build-fuzz/$target.log and .build-fuzz/crashes/" >&2
    status=1
  fi
  grep -E "^#[0-9]+.*DONE|Done [0-9]+ runs" ".build-fuzz/$target.log" | tail -n 1 | sed "s/^/fuzz: $target: /" >&2 || true
done
exit $status
