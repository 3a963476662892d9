"""Distributed alignment with Gyeore on Apache Spark.

documents (JSON Lines: {"id", "text"}) → quotations (gyeore quotes --jsonl)
→ features (gyeore features: each quotation normalized once) → corpus statistics (gyeore stats per
partition, added up) → blocking keys (gyeore features --stats) → rare-key postings (gyeore postings per
partition, merged) and a self-join against them
(gyeore candidates, passim-style: pairs sharing `needed` lookup keys, optionally from different
documents) → scored
edges (gyeore score --stats --features: pairs by id, the records from one shared file) → clusters (gyeore cluster: the same rule as gyeore align).

Every stage is checkpointed to Parquet under OUT/. The Swift binary runs inside the partitions
through Spark's RDD.pipe, called in the JVM (no Python worker carries a record): on a cluster it
must be installed at the same path on every worker (or shipped with --files and named by its SparkFiles path), and OUT/stats.json, OUT/postings.jsonl and OUT/features.jsonl must be on storage every worker
reads (or passed with --files). The candidate rule is the one `gyeore features --help` states, so
the clusters equal those of `gyeore align --quotations` over the same quotations.

Usage: python3 gyeore_spark.py --gyeore PATH/gyeore --input docs.jsonl --out DIR [--master local[2]]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F


def cpu_seconds(spark):
    """CPU seconds of the job so far that the operating system has accounted for: this driver, the
    processes it ran and waited for, and the Spark JVM with the processes it waited for (the
    gyeore processes its pipes run, once they exit). A lower bound: Python workers Spark keeps
    alive are counted only once they exit (measure.sh also reads the machine's busy time around
    the job). Linux only."""
    import resource
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    proc = getattr(spark.sparkContext._gateway, "proc", None)
    if proc is not None:
        with open(f"/proc/{proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


class Stages:
    """Wall time of each stage, printed on standard error as it ends."""
    def __init__(self):
        self.last = time.time()
        self.seconds = {}

    def done(self, name):
        now = time.time()
        self.seconds[name] = round(now - self.last, 2)
        self.last = now
        print(f"gyeore-spark: {name}: {self.seconds[name]} s", file=sys.stderr)


def pipe(spark, lines, *args, partitions=None):
    """The lines of a one-column frame (or of a text file, given its path, in `partitions` parts at
    least) piped through a command in the JVM: Spark's own RDD.pipe, with the command as an
    argument list (paths may hold spaces), and a non-zero exit failing the task. No Python worker
    sees a record (pyspark's rdd.pipe runs the command from a Python worker, through which every
    line then passes twice). Returns a frame of the output lines (column `value`)."""
    jvm = spark.sparkContext._jvm
    strings = jvm.org.apache.spark.sql.Encoders.STRING()
    if isinstance(lines, str):
        source = spark.sparkContext._jsc.textFile(lines, partitions or spark.sparkContext.defaultMinPartitions)
    else:
        source = getattr(lines.select("value")._jdf, "as")(strings).javaRDD()
    command = jvm.java.util.ArrayList()
    for arg in args:
        command.add(arg)
    piped = source.pipe(command)
    return DataFrame(spark._jsparkSession.createDataset(piped.rdd(), strings).toDF(), spark)


def checkpoint(spark, frame, path):
    """Writes the lines of a stage to Parquet and reads them back: the next stage starts from disk."""
    frame.write.mode("overwrite").parquet(path)
    return spark.read.parquet(path)


def concatenate(frame, path):
    """Writes a one-column frame of lines as text files and joins them into one file at path."""
    parts = path + ".parts"
    frame.write.mode("overwrite").text(parts)
    with open(path, "wb") as f:
        for name in sorted(os.listdir(parts)):
            if name.startswith("part-"):
                with open(os.path.join(parts, name), "rb") as part:
                    shutil.copyfileobj(part, f)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gyeore", required=True, help="the gyeore binary (same path on every worker)")
    parser.add_argument("--input", required=True, help="documents as JSON Lines: {\"id\", \"text\"}")
    parser.add_argument("--out", required=True, help="folder for the stages' Parquet files and the results")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--partitions", type=int, default=4, help="partitions of the documents")
    parser.add_argument("--driver-memory", default="4g", help="the driver's heap in local mode (default 4g)")
    parser.add_argument("--different-documents", action="store_true",
                        help="pair quotations of different documents only (passim's filter; align pairs any two)")
    parser.add_argument("--dictionary-dir", help="the dictionaries' folder (default: as gyeore finds it)")
    parser.add_argument("--glossary", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "glossary"),
                        help="the glossary folder (default: the repository's glossary/)")
    args = parser.parse_args()

    gyeore = os.path.abspath(args.gyeore)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    glossary = ["--glossary", os.path.abspath(args.glossary)]
    extra = glossary + (["--dictionary-dir", os.path.abspath(args.dictionary_dir)] if args.dictionary_dir else [])
    spark = SparkSession.builder.master(args.master).appName("gyeore-align").config("spark.driver.memory", args.driver_memory).getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    sc = spark.sparkContext
    started = time.time()
    stages = Stages()

    # 1. Documents → quotations. A bad record becomes an error record and is reported, never
    #    sinks its partition.
    piped = pipe(spark, args.input, gyeore, "quotes", "--jsonl", "--on-error", "record", *glossary, partitions=args.partitions)
    quotations = checkpoint(spark, piped, os.path.join(out, "quotations.parquet"))
    errors = quotations.where(F.get_json_object("value", "$.error").isNotNull())
    for row in errors.limit(20).collect():
        print("gyeore-spark: record left out: " + row.value, file=sys.stderr)
    quotations = quotations.where(F.get_json_object("value", "$.error").isNull())
    stages.done("quotations")

    # 2. Quotations → features (normalized and converted once).
    features = checkpoint(spark, pipe(spark, quotations, gyeore, "features", *extra), os.path.join(out, "features.parquet"))
    stages.done("features")

    # 3. Corpus statistics: counted per partition, added up.
    partial = [row.value for row in pipe(spark, features, gyeore, "stats").collect()]
    stats_path = os.path.join(out, "stats.json")
    merged = subprocess.run([gyeore, "stats"], input="\n".join(partial) + "\n", capture_output=True, text=True, check=True).stdout
    with open(stats_path, "w") as f:
        f.write(merged)
    stages.done("stats")

    # 4. Blocking keys, with the statistics of the whole corpus.
    keyed = checkpoint(spark, pipe(spark, features, gyeore, "features", "--stats", stats_path, *extra), os.path.join(out, "keyed.parquet"))
    # The eligible records, told by their text: a record is written with its keys sorted and no
    #    spaces, and a quotation mark inside a string is escaped, so "eligible":true occurs in a
    #    record only as that field. (Parsing every record in Spark to read one field cost more.)
    keyed = keyed.where(F.col("value").contains('"eligible":true'))
    stages.done("keys")

    # 5. Rare-key postings and the self-join. Each partition keeps every key's 64 holders of
    #    smallest (hash, document, start, end) (gyeore postings --partial: a combiner, at most 64
    #    holders a key leave a partition), and one process merges the partitions' lists into the
    #    postings, one file every worker reads; each partition joins its quotations' lookup keys
    #    against them (gyeore candidates: a broadcast hash join that counts the keys each holder
    #    shares). Joining every lookup key with its holders as rows and counting per pair in Spark
    #    SQL, as this stage first did, was the job's largest cost (139 of 286 seconds at 50,000
    #    documents); ranking every (key, holder) row in a Spark window, as it did next, the
    #    largest after the clustering.
    partial_path, postings_path = os.path.join(out, "postings-partial.jsonl"), os.path.join(out, "postings.jsonl")
    concatenate(pipe(spark, keyed.select("value"), gyeore, "postings", "--partial"), partial_path)
    with open(postings_path, "w") as f:
        subprocess.run([gyeore, "postings", partial_path], stdout=f, check=True)
    # The candidate lines ({"a": id, "b": id}) are checkpointed as the binary wrote them: a pair
    # two partitions both found (about one in ten) is scored twice and clustering keeps it once,
    # which costs less than parsing every line in Spark and shuffling them all to drop those.
    found = pipe(spark, keyed, gyeore, "candidates", "--postings", postings_path, *(["--different-documents"] if args.different_documents else []))
    candidates = checkpoint(spark, found, os.path.join(out, "candidates.parquet"))
    stages.done("candidates")

    # 6. Score. The feature records go to one file every worker reads (as the statistics do):
    #    each `gyeore score` process reads and unpacks each quotation once, and a candidate line
    #    names its two quotations by id. (Carrying both records in every candidate line, about
    #    5 KB, sent each record through the join, the pipe and the parser once per pair it is in.)
    #    The records reach the file as text files Spark writes (never through the driver's heap:
    #    120,000 feature records do not fit the default 1 GB), concatenated here.
    features_path, edges_path = os.path.join(out, "features.jsonl"), os.path.join(out, "edges.jsonl")
    concatenate(keyed.select("value"), features_path)
    edges = checkpoint(spark, pipe(spark, candidates, gyeore, "score", "--stats", stats_path, "--features", features_path, *extra),
                       os.path.join(out, "edges.parquet"))
    stages.done("score")

    # 7. Cluster (one process: clustering is global) with align's rule.
    concatenate(edges.select("value"), edges_path)
    clusters_path = os.path.join(out, "clusters.json")
    with open(clusters_path, "w") as f:
        subprocess.run([gyeore, "cluster", "--stats", stats_path, "--features", features_path, *extra, edges_path], stdout=f, check=True)
    stages.done("cluster")
    seconds = time.time() - started
    cpu = cpu_seconds(spark)
    count = spark.read.text(args.input).count()
    summary = {"documents": count, "quotations": keyed.count(), "candidate_lines": candidates.count(),
               "edge_lines": edges.count(), "clusters": len(json.load(open(clusters_path))["clusters"]), "seconds": round(seconds, 2),
               "cpu_seconds": round(cpu, 2), "documents_per_second": round(count / seconds, 1), "stages": stages.seconds}
    print(json.dumps(summary))
    spark.stop()


if __name__ == "__main__":
    main()
