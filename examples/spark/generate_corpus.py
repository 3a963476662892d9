"""A corpus of news-like documents generated from the seeds, for the Spark recipe's measurement.

Statements are made as the alignment benchmark makes them (four three-word windows of seed
sentences, one word of each from elsewhere in the seeds); each document reports two or three of
them in quotation marks with a reporting clause, sometimes as a fragment or with North Korean
spacing, between sentences of seed text. One statement per two documents, so each is
quoted by about five outlets. Deterministic for a seed.

Usage: python3 generate_corpus.py --documents 50000 [--seed 1] [--seeds DIR] > docs.jsonl
"""
import argparse
import glob
import json
import os
import random
import re
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "seeds"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sentences = []
    for path in sorted(glob.glob(os.path.join(args.seeds, "*.txt"))):
        for line in open(path, encoding="utf-8"):
            words = [w for w in re.split(r"\s+", line.strip()) if w and not re.search(r"[\"“”'‘’《》「」]", w)]
            if len(words) >= 6 and sum(1 for c in line if "가" <= c <= "힣") > 10:
                sentences.append(words)
    vocabulary = sorted({w for s in sentences for w in s})
    statements = []
    for _ in range(max(1, args.documents // 2)):
        words = []
        for _ in range(4):
            s = rng.choice(sentences)
            start = rng.randrange(0, len(s) - 2)
            window = s[start:start + 3]
            window[rng.randrange(len(window))] = rng.choice(vocabulary)
            words += window
        statements.append(words)
    speakers = ["김정은 위원장은", "외무성 대변인은", "러시아 외무장관은", "통일부 당국자는", "국방부 대변인은"]
    out = sys.stdout
    for n in range(args.documents):
        parts = []
        for _ in range(rng.choice([2, 2, 3])):
            words = list(rng.choice(statements))
            variant = rng.randrange(4)
            if variant == 1:  # a fragment
                keep = max(6, len(words) * 7 // 10)
                words = words[:keep] if rng.random() < 0.5 else words[-keep:]
            elif variant == 2:  # North Korean spacing: neighbours written solid
                joined = []
                for w in words:
                    if joined and rng.random() < 0.3:
                        joined[-1] += w
                    else:
                        joined.append(w)
                words = joined
            filler = " ".join(rng.choice(sentences))
            parts.append(f"{rng.choice(speakers)} “{' '.join(words)}”라고 말했다. {filler}")
        day = 1 + n % 28
        text = f"date: 2024-11-{day:02d}\n\n" + "\n\n".join(parts) + "\n"
        out.write(json.dumps({"id": f"doc-{n:06d}", "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
