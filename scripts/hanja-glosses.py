#!/usr/bin/env python3
"""Builds deps/hanja-glosses/hanja-glosses.tsv: Sino-Korean nouns with the English words of
their Hanja's CC-CEDICT entry, for Korean <-> English alignment (BilingualLexicon).

    python3 scripts/hanja-glosses.py DICT_DIR... CEDICT_FILE OUTPUT

Korean forms and their Hanja come from the feature strings of the compiled MeCab dictionaries
(HanDic and NK-HanDic, BSD-3-Clause, Yoshinori Sugai): fields 7 (surface) and 8 (Hanja) of every
noun entry and every root (XR: 풍부 of 풍부하다, 탁월 of 탁월한). Glosses come from CC-CEDICT (CC BY-SA 4.0, MDBG), looked up by the Hanja as a
traditional headword (else simplified, else with each character CC-CEDICT lists only as a variant
of another replaced by that one: 鬪爭 as 鬥爭, 生産 as 生產). A headword whose only senses say it
is a variant of another word (反復 "variant of 反覆") takes that word's senses. The output is generated at set-up and never committed;
it carries CC-CEDICT's licence.

Kept: forms of two syllables or more whose Hanja are all CJK ideographs and found in CC-CEDICT.
Of a form's Hanja spellings (homographs: 사기 詐欺, 士氣, 史記 …) only the likeliest are kept: the
one whose dictionary entry costs least, and any within COST_MARGIN of it.
CC-CEDICT's entries for proper names (capitalized pinyin: 平和 Pinghe county) are used only when
the headword has no common entry. Glosses: the first four senses, without parentheses, classifiers, surnames, "variant of" and
cross references; English words of three letters or more that are not function words; at most
eight per form, in order.
"""
import re
import struct
import sys
import unicodedata

COST_MARGIN = 300
MAX_SENSES = 4
MAX_WORDS = 8


def entries(path):
    """(word cost, feature string) of every entry of a compiled MeCab dictionary (sys.dic):
    a 72-byte header, the double array, 16-byte tokens (left and right context, part of speech,
    cost, feature offset, compound), then the NUL-terminated feature strings."""
    with open(path, "rb") as handle:
        data = handle.read()
    magic, version, kind, lexsize, lsize, rsize, dsize, tsize, fsize, _ = struct.unpack_from("<10I", data, 0)
    tokens, block = 72 + dsize, 72 + dsize + tsize
    for offset in range(tokens, tokens + tsize, 16):
        _, _, _, cost, feature, _ = struct.unpack_from("<HHHhII", data, offset)
        end = data.index(b"\0", block + feature)
        yield cost, data[block + feature:end].decode("utf-8", errors="replace")


def fields(feature):
    out, current, quoted = [], [], False
    for ch in feature:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return out


def is_cjk(text):
    return bool(text) and all(0x3400 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF or 0x20000 <= ord(c) <= 0x2FFFF for c in text)


def is_hangul(text):
    return bool(text) and all(0xAC00 <= ord(c) <= 0xD7A3 for c in text)


def load_cedict(path, function_words):
    traditional, simplified = {}, {}
    references = {}  # headword whose senses are only "variant of X" -> X (traditional)
    variant_re = re.compile(r"^(?:old |archaic |Japanese |Korean )?variant of ([^|\[/ ]+)", re.I)
    line_re = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
    skip = re.compile(r"^(CL:|surname |variant of|old variant|archaic variant|see |see also|abbr\. for|used in|erhua variant|Japanese variant|Korean variant|\(Tw\)|pr\.)", re.I)
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        match = line_re.match(line)
        if not match:
            continue
        trad, simp, senses = match.groups()
        proper = bool(re.search(r"\[[A-Z]", line))
        words = []
        for sense in senses.split("/")[:MAX_SENSES]:
            sense = sense.strip()
            if not sense or skip.match(sense):
                continue
            sense = re.sub(r"\([^)]*\)", " ", sense)
            sense = re.sub(r"\[[^\]]*\]", " ", sense)
            for word in re.findall(r"[A-Za-z][A-Za-z'-]*", sense):
                word = word.lower().strip("'-")
                if len(word) >= 3 and word not in function_words and word not in words:
                    words.append(word)
        if not words:
            for sense in senses.split("/"):
                reference = variant_re.match(sense.strip())
                if reference and reference.group(1) != trad:
                    references.setdefault(trad, reference.group(1))
                    break
            continue
        for table, key in ((traditional, trad), (simplified, simp)):
            known = table.setdefault(key, ([], []))[1 if proper else 0]
            for word in words:
                if word not in known:
                    known.append(word)
    # Common senses first; a proper name's only when the headword has no common sense.
    pick = lambda table: {key: common or names for key, (common, names) in table.items()}
    traditional, simplified = pick(traditional), pick(simplified)
    # A headword CC-CEDICT gives only as a variant of another word (反復 "variant of 反覆", the
    # spelling Korean dictionaries use) takes that word's senses.
    for headword, target in references.items():
        if headword not in traditional and target in traditional:
            traditional[headword] = traditional[target]
    return traditional, simplified


def load_variants(path):
    """Single characters CC-CEDICT gives only as a variant of another (鬪 "variant of 鬥", 産
    "Japanese variant of 產"): the traditional character they stand for. Korean dictionaries
    write many words with such variants (鬪爭, 生産), which CC-CEDICT lists as 鬥爭, 生產."""
    variants = {}
    line_re = re.compile(r"^(\S) \S \[[^\]]*\] /(?:Japanese |Korean |old |archaic )?variant of ([^|\[/ ])")
    for line in open(path, encoding="utf-8"):
        match = line_re.match(line)
        if match and match.group(1) != match.group(2):
            variants.setdefault(match.group(1), match.group(2))
    return variants


def main():
    *dictionaries, cedict, output = sys.argv[1:]
    function_words = set()
    for line in open("Sources/Gyeore/Resources/data/english-function-words.tsv", encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            function_words.add(line.split("\t")[0].strip())
    traditional, simplified = load_cedict(cedict, function_words)
    variants = load_variants(cedict)
    costs = {}
    for dictionary in dictionaries:
        for cost, feature in entries(f"{dictionary}/sys.dic"):
            f = fields(feature)
            # Nouns, and the roots of Sino-Korean adjectives and adverbs (풍부 of 풍부하다, 과감 of
            # 과감하게: HanDic's XR, feature "Root").
            if len(f) < 8 or f[0] not in ("Noun", "Root"):
                continue
            # Korean data write a Hanja read with the initial-sound law as a compatibility
            # ideograph (領 U+F9B4 for 영); NFC gives CC-CEDICT's unified one (U+9818).
            surface, hanja = f[6], unicodedata.normalize("NFC", f[7])
            if len(surface) < 2 or not is_hangul(surface) or not is_cjk(hanja):
                continue
            known = costs.setdefault((surface, f[0] == "Root"), {})
            known[hanja] = min(cost, known.get(hanja, cost))
    # A form's noun spellings when it has any (港口 'port' for 항구); a root's only for a form no
    # noun has (恒久 of 항구하다 would outrank 港口 by cost).
    costs = {surface: known for (surface, root), known in costs.items() if not root or (surface, False) not in costs}
    spellings = {}
    for surface, known in costs.items():
        best = min(known.values())
        spellings[surface] = [h for h, c in sorted(known.items(), key=lambda item: (item[1], item[0])) if c <= best + COST_MARGIN]
    rows = 0
    with open(output, "w", encoding="utf-8") as out:
        out.write("# Sino-Korean nouns and roots and the English words of their Hanja in CC-CEDICT.\n")
        out.write("# Generated by scripts/hanja-glosses.py from HanDic and NK-HanDic (BSD-3-Clause, Yoshinori Sugai)\n")
        out.write("# and CC-CEDICT (CC BY-SA 4.0, MDBG; https://cc-cedict.org/). Licence of this file: CC BY-SA 4.0.\n")
        out.write("# ko\thanja\ten\n")
        for surface in sorted(spellings):
            hanja = spellings[surface]
            words, used = [], []
            for spelling in hanja:
                glosses = traditional.get(spelling) or simplified.get(spelling)
                if not glosses:
                    # The word as CC-CEDICT spells it, each variant character replaced (鬪爭 → 鬥爭).
                    glosses = traditional.get("".join(variants.get(c, c) for c in spelling))
                if not glosses:
                    continue
                used.append(spelling)
                for word in glosses:
                    if word not in words:
                        words.append(word)
            if words:
                out.write(f"{surface}\t{','.join(used)}\t{','.join(words[:MAX_WORDS])}\n")
                rows += 1
    print(f"hanja-glosses: {rows} forms written to {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
