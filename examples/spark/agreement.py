"""Agreement of two alignment reports (gyeore align / gyeore cluster, JSON): the pairs of
quotations that share a cluster, in common over in either. Prints one JSON object; exits 1 when
the clusters differ.

Usage: python3 agreement.py A.json B.json
"""
import json
import sys


def pairs(path):
    report = json.load(open(path))
    together = set()
    for cluster in report["clusters"]:
        members = sorted({(m["document"], m["start"], m["end"]) for m in cluster["members"]})
        for i, x in enumerate(members):
            for y in members[i + 1:]:
                together.add((x, y))
    return together


def main():
    a, b = pairs(sys.argv[1]), pairs(sys.argv[2])
    either = a | b
    agreement = len(a & b) / len(either) if either else 1.0
    print(json.dumps({"pairs_a": len(a), "pairs_b": len(b), "in_common": len(a & b), "agreement": round(agreement, 6)}))
    sys.exit(0 if a == b else 1)


if __name__ == "__main__":
    main()
