#!/usr/bin/env python3
"""Fills the `phenomena` column of the orthography gold set from its `nk` and `sk` columns.

    python3 scripts/orthography-gold-phenomena.py Tests/Fixtures/orthography/gold-nk-texts.tsv

The South Korean column is written by hand (한글 맞춤법, 표준어 규정, 외래어 표기법); `^` marks a
space South Korean allows either way (compound nouns, 제50항; an auxiliary verb after -아/-어,
제47항). This script only compares the two columns, syllable by syllable with spaces set aside,
and names what differs:

- initial-sound: a syllable starting with ㄹ or ㄴ that South Korean writes with ㅇ or ㄴ (력사 → 역사);
- yeol-yul: 렬/률 written 열/율 (분렬 → 분열);
- yeo: -여/-였 written -어/-었 (되였다 → 되었다);
- saisiot: a syllable that gains the final ㅅ (수자 → 숫자);
- word: any other change of letters (원쑤 → 원수, 일군 → 일꾼, 늘이다 → 늘리다, 뜨락또르 → 트랙터);
- punctuation: 《》 written “”;
- spacing: the South Korean text needs a space the North Korean one lacks, or the reverse;
- unchanged: none of these.
The file is rewritten in place; every other column is kept.
"""
import difflib
import sys

INITIAL, MEDIAL_FINAL = 588, 28


def parts(syllable):
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // INITIAL, (code % INITIAL) // MEDIAL_FINAL, code % MEDIAL_FINAL


def change(a, b):
    """The phenomenon of one syllable written another way."""
    pa, pb = parts(a), parts(b)
    if pa and pb:
        if a in "렬률" and b in "열율":
            return "yeol-yul"
        if pa[0] in (5, 2) and pb[0] in (11, 2) and pa[1:] == pb[1:] and pa[0] != pb[0]:
            return "initial-sound"  # ㄹ (5) or ㄴ (2) → ㅇ (11) or ㄴ
        if (a, b) in (("였", "었"), ("여", "어")):
            return "yeo"
        if pa[:2] == pb[:2] and pa[2] == 0 and pb[2] == 19:
            return "saisiot"  # the final ㅅ (19)
    if (a, b) in (("《", "“"), ("》", "”")):
        return "punctuation"
    return "word"


def letters(text):
    return [c for c in text if c not in " ^"]


def spacing_differs(nk, sk):
    """Whether the gold's required spaces differ from the North Korean text's (`^` either way),
    comparing where spaces fall between the letters both share."""
    def gaps(text, optional):
        required, allowed, position = set(), set(), 0
        for c in text:
            if c == " ":
                required.add(position)
            elif c == "^":
                allowed.add(position)
            else:
                position += 1
        return required, allowed
    nk_letters, sk_letters = letters(nk), letters(sk)
    if len(nk_letters) != len(sk_letters):
        # Letters were added or dropped: compare the spaces of the stretches that match.
        matcher = difflib.SequenceMatcher(None, nk_letters, sk_letters, autojunk=False)
        mapping = {}
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                for k in range(i2 - i1 + 1):
                    mapping[i1 + k] = j1 + k
    else:
        mapping = {i: i for i in range(len(nk_letters) + 1)}
    nk_required, _ = gaps(nk, False)
    sk_required, sk_allowed = gaps(sk, True)
    for position, target in mapping.items():
        if (position in nk_required) != (target in sk_required) and target not in sk_allowed:
            return True
    return False


def phenomena(nk, sk):
    found = []
    a, b = letters(nk), letters(sk)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            found += [change(x, y) for x, y in zip(a[i1:i2], b[j1:j2])]
        elif tag != "equal":
            found.append("word")
    if spacing_differs(nk, sk):
        found.append("spacing")
    order = ["initial-sound", "yeol-yul", "yeo", "saisiot", "word", "punctuation", "spacing"]
    kept = [name for name in order if name in found]
    return ",".join(kept) if kept else "unchanged"


def main():
    path = sys.argv[1]
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    for line in lines:
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 5 or fields[0] == "id":
            out.append(line)
            continue
        fields[3] = phenomena(fields[1], fields[2])
        out.append("\t".join(fields))
    open(path, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main()
