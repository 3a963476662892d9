#!/usr/bin/env bash
# Measures the Spark recipe beside the same steps run directly in one process, on a corpus
# generated from the seeds, and the agreement of their clusters.
#
#   bash examples/spark/measure.sh 50000 [OUT]   # after bash scripts/setup.sh
#
# Prints JSON objects: the direct run (gyeore quotes --jsonl, then gyeore align --quotations)
# with its wall and CPU seconds, the machine's busy CPU seconds during it, the recipe's summary
# (documents/s, CPU seconds, stages), the machine's busy CPU seconds during the recipe, then the
# agreement (pairs in common / pairs in either). Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
documents=${1:?number of documents}
out=${2:-/tmp/gyeore-spark-measure-$documents}
[[ -x .build/release/gyeore ]] || swift build -c release --product gyeore
mkdir -p "$out"
# Copies: a rebuild or a glossary edit during the run must not change either half way.
cp .build/release/gyeore "$out/gyeore"
rm -rf "$out/glossary" && cp -rL glossary "$out/glossary"  # -L: glossary/ is a symbolic link into Sources
bin=$out/gyeore
glossary=(--glossary "$out/glossary")
python3 examples/spark/generate_corpus.py --documents "$documents" > "$out/documents.jsonl"
direct() { # CPU seconds (user + system) and wall seconds of the direct steps, from GNU time
  /usr/bin/time -f "%e %U %S" -o "$out/quotes.time" "$bin" quotes --jsonl "${glossary[@]}" "$out/documents.jsonl" > "$out/quotations.jsonl"
  /usr/bin/time -f "%e %U %S" -o "$out/align.time" "$bin" align --quotations "${glossary[@]}" --dictionary-dir deps "$out/quotations.jsonl" > "$out/align.json"
  python3 - "$out" "$documents" <<'PY'
import json, sys
out, documents = sys.argv[1], int(sys.argv[2])
wall = cpu = 0.0
for step in ("quotes", "align"):
    e, u, s = map(float, open(f"{out}/{step}.time").read().split()[-3:])
    wall += e; cpu += u + s
print(json.dumps({"direct": {"documents": documents, "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "documents_per_second": round(documents / wall, 1)}}))
PY
}
# The machine's busy CPU seconds (every process: user, nice, system, irq, softirq, steal in
# /proc/stat), read around each half. The recipe's own count (cpu_seconds) cannot see the Python
# workers Spark keeps alive, nor the gyeore processes they run, until they exit; on an otherwise
# idle machine this count sees everything.
busy() { awk '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / '"$(getconf CLK_TCK)"' }' /proc/stat; }
before=$(busy)
direct
after=$(busy)
echo "{\"direct_machine_cpu_seconds\": $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a - b }')}"
before=$(busy)
PYTHONPATH=deps/pyspark${PYTHONPATH:+:$PYTHONPATH} python3 examples/spark/gyeore_spark.py --gyeore "$bin" --input "$out/documents.jsonl" \
  --out "$out/spark" --dictionary-dir deps "${glossary[@]}" 2> "$out/spark.log" | tail -1
after=$(busy)
echo "{\"recipe_machine_cpu_seconds\": $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.2f", a - b }')}"
python3 examples/spark/agreement.py "$out/align.json" "$out/spark/clusters.json"
