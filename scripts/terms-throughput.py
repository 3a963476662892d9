#!/usr/bin/env python3
"""The large glossary's `terms` throughput against the package glossary's, for one or more builds.

    bash scripts/bench.sh glossary --keep /tmp/scale      # builds the two glossaries and the text
    python3 scripts/terms-throughput.py /tmp/scale BINARY [BINARY...] [--runs 5]

For each binary (an A/B of two builds, say), in turn: `gyeore terms --glossary DIR FILE` with the
kept `small` (package) and `large` (100,000-entry) glossaries, on the kept text and on its one-line
file; the text's time is the minimum over the runs minus the one-line start's minimum. Prints each
glossary's times and the ratio of the two throughputs (1.00 is as fast). The binaries share the
kept folder's cache (`GYEORE_CACHE_DIR=DIR/cache`); each compiles it first if it must.
"""
import os
import subprocess
import sys
import time


def main() -> int:
    args = sys.argv[1:]
    runs = 5
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    folder, binaries = args[0], args[1:]
    env = dict(os.environ, GYEORE_CACHE_DIR=os.path.join(folder, "cache"))

    def best(binary: str, glossary: str, text: str) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([binary, "terms", "--glossary", os.path.join(folder, glossary), os.path.join(folder, text)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
            times.append(time.perf_counter() - start)
        return min(times)

    for binary in binaries:
        for glossary in ("small", "large"):  # the cache compiled before anything is timed
            best(binary, glossary, "line.txt")
    for binary in binaries:
        text = {}
        for glossary in ("small", "large"):
            start = best(binary, glossary, "line.txt")
            total = best(binary, glossary, "corpus.txt")
            text[glossary] = total - start
            print(f"{binary}: {glossary} start {start:.3f} s, text {total - start:.3f} s")
        print(f"{binary}: large glossary's throughput / package glossary's: {text['small'] / text['large']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
