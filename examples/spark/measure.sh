#!/usr/bin/env bash
# Measures the Spark recipe beside the same steps run directly in one process, on a corpus
# generated from the seeds, and the agreement of their clusters.
#
#   bash examples/spark/measure.sh 50000 [OUT]   # after bash scripts/setup.sh
#
# Prints two JSON objects: the direct run (gyeore quotes --jsonl, then gyeore align --quotations)
# with its wall and CPU seconds, and the recipe's summary (documents/s, CPU seconds, stages), then
# the agreement (pairs in common / pairs in either).
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
direct
PYTHONPATH=deps/pyspark${PYTHONPATH:+:$PYTHONPATH} python3 examples/spark/gyeore_spark.py --gyeore "$bin" --input "$out/documents.jsonl" \
  --out "$out/spark" --dictionary-dir deps "${glossary[@]}" 2> "$out/spark.log" | tail -1
python3 examples/spark/agreement.py "$out/align.json" "$out/spark/clusters.json"
