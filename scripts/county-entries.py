#!/usr/bin/env python3
"""Glossary rows for DPRK counties and cities: English names from open-admin-data, Korean names
from NK-HanDic, joined by the DPRK romanization.

    python3 scripts/county-entries.py COUNTY_CSV_DIR > rows.tsv

COUNTY_CSV_DIR holds the `divisions/*/county.csv` files of
https://github.com/open-admin-data/north-korea-administrative-divisions (CC BY 4.0), each under
its province's folder name. The Korean candidates are the place names ending in 군, 시 or 구역
among the proposals `scripts/setup.sh` writes to deps/glossary-proposals/proposals.tsv (NK-HanDic,
BSD-3-Clause). A county's Korean name is the one candidate with its suffix whose romanization
(`gyeore romanize --system dprk`, compared without case or spaces and with g/k, b/p, d/t, j/ch,
r/l taken as one) equals the English name; a name with no such candidate, or two, is left out,
as is a name the glossary already holds and a name a county of the ROK also bears. The South
Korean form takes the initial-sound rule (한글 맞춤법 제10–12항) on its first syllable (룡천군 →
용천군); the North Korean form is kept beside it where they differ.

The rows of glossary/places.tsv with the source `open-admin-data-kp; NK-HanDic` were written by
this script and read through once; they are generated, not checked against a map.
"""
import collections
import glob
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
GYEORE = os.path.join(ROOT, ".build", "release", "gyeore")
# County names both Koreas use (the county was divided in 1945 or 1953, or the names coincide).
ROK_COUNTIES = {"고성군", "철원군", "옹진군"}
PROVINCES = {"jagang": "Jagang Province", "kangwon": "Kangwon Province", "nampo": "Nampho",
             "north-hamgyong": "North Hamgyong Province", "north-hwanghae": "North Hwanghae Province",
             "north-pyongan": "North Phyongan Province", "pyongyang": "Pyongyang",
             "ryanggang": "Ryanggang Province", "south-hamgyong": "South Hamgyong Province",
             "south-hwanghae": "South Hwanghae Province", "south-pyongan": "South Phyongan Province"}
SUFFIXES = {"City": "시", "Dist.": "구역"}


def romanize(words, system):
    out = subprocess.run([GYEORE, "romanize", "--system", system, "--no-glossary"], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return dict(zip(words, out))


def loose(text):
    text = text.lower().replace("-", "").replace(" ", "").replace("'", "").replace(".", "")
    for a, b in (("g", "k"), ("b", "p"), ("d", "t"), ("j", "ch"), ("r", "l")):
        text = text.replace(a, b)
    return text


def initial_sound_rule(word):
    """The South Korean spelling of a name's first syllable: ㄹ → ㄴ or ㅇ, ㄴ → ㅇ before i/y."""
    code = ord(word[0]) - 0xAC00
    if not 0 <= code <= 11171:
        return word
    lead, vowel, tail = code // 588, (code % 588) // 28, code % 28
    y_vowels = {2, 6, 7, 12, 17, 20}  # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
    if lead == 5:
        lead = 11 if vowel in y_vowels else 2
    elif lead == 2 and vowel in y_vowels:
        lead = 11
    return chr(0xAC00 + lead * 588 + vowel * 28 + tail) + word[1:]


def main():
    folder = sys.argv[1]
    proposals = [line.rstrip("\n").split("\t") for line in open(os.path.join(ROOT, "deps/glossary-proposals/proposals.tsv"), encoding="utf-8")
                 if not line.startswith("#")]
    candidates, hanja = set(), collections.defaultdict(set)
    for row in proposals:
        if len(row) < 4 or row[2] != "place":
            continue
        for name in (row[0], row[1]):
            for suffix in ("군", "시", "구역"):
                if name.endswith(suffix) and len(name) > len(suffix) + 1:
                    candidates.add((name[: -len(suffix)], suffix, name))
                    if row[3]:
                        hanja[name].add(row[3])
    stems = sorted({stem for stem, _, _ in candidates})
    dprk = romanize(stems, "dprk")
    index = collections.defaultdict(set)
    for stem, suffix, name in candidates:
        index[(loose(dprk[stem]), suffix)].add(name)
    known = set()
    for path in glob.glob(os.path.join(ROOT, "glossary", "*.tsv")):
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(fields) > 8:
                for field in fields[2:9]:  # every Korean and English form column
                    known.update(form.split("{")[0].strip() for form in field.split(";") if form.strip())
    found = []
    for path in sorted(glob.glob(os.path.join(folder, "*", "county.csv"))):
        province = os.path.basename(os.path.dirname(path)).rsplit("-kp", 1)[0]
        for line in open(path, encoding="utf-8").read().splitlines()[1:]:
            code, _, english, slug = line.split(",")[:4]
            base, kind = english, "County"
            for word in SUFFIXES:
                if english.endswith(" " + word):
                    base, kind = english[: -len(word) - 1], {"City": "City", "Dist.": "District"}[word]
            suffix = {"County": "군", "City": "시", "District": "구역"}[kind]
            names = index.get((loose(base), suffix), set())
            if len(names) != 1:
                continue
            name = names.pop()
            stem = name[: -len(suffix)]
            if {name, stem, initial_sound_rule(name), english} & known or name in ROK_COUNTIES:
                continue
            found.append((province, code, base, kind, slug.rsplit("-kp", 1)[0], name, stem, suffix))
    rr = romanize([initial_sound_rule(stem) for *_, stem, _ in found], "rr")
    computed = romanize([stem for *_, stem, _ in found], "dprk")
    ids = collections.Counter()
    for province, code, base, kind, slug, name, stem, suffix in found:
        entry = "place." + slug
        ids[entry] += 1
        if ids[entry] > 1:
            entry += "-" + province
        south = initial_sound_rule(name)
        english = f"{base} {kind}"
        # The system's own spelling, where the source spells the name otherwise (Rakwon, Ragwon).
        other = f"{computed[stem]} {kind}" if computed[stem].replace(" ", "").lower() != base.replace(" ", "").lower() else ""
        marks = sorted(hanja[name])
        gloss = f" ({marks[0]})" if len(marks) == 1 else ""
        note = (f"{kind.lower()} of {PROVINCES[province]}, DPRK (open-admin-data {code}, whose English it is; no KCNA source seen); "
                f"Korean name{gloss} from NK-HanDic, matched to the English name by its DPRK romanization (generated: scripts/county-entries.py)")
        print("\t".join([entry, "place", south, name if south != name else "", "", english, other,
                         f"{rr[initial_sound_rule(stem)]}-{'gun' if suffix == '군' else 'si' if suffix == '시' else 'guyeok'}",
                         "", note, "open-admin-data-kp; NK-HanDic"]))


if __name__ == "__main__":
    main()
