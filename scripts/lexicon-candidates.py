#!/usr/bin/env python3
"""Candidates for data/bilingual-lexicon.tsv: the most frequent lemmas of the given texts that no
lexicon row, glossary form or Hanja gloss covers, by document frequency.

    python3 scripts/lexicon-candidates.py ../shared/nk-texts/*.txt Tests/Fixtures/alignment-dev/*.txt | head -300

Lemmas come from HanDic (deps/handic, fetched by scripts/setup.sh --deps-only) through the MeCab
Python binding (`pip install mecab-python3`): verbs (VV), adjectives (VA), adverbs (MAG), roots
(XR) and common nouns (NNG), a Sino-Korean noun only when deps/hanja-glosses has no gloss for it.
Each line: documents, occurrences, lemma, tag, Hanja. The thirteenth session's 214 rows were
chosen from this list and written by hand with their English (see the rows' source column).
"""
import collections
import glob
import re
import sys
import unicodedata

import MeCab

DICTIONARY = 'deps/handic'
tagger = MeCab.Tagger(f'-d {DICTIONARY} -r {DICTIONARY}/mecabrc')


def rows(path):
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        yield line.rstrip('\n').split('\t')


lexicon = {fields[0] for fields in rows('Sources/Gyeore/Resources/data/bilingual-lexicon.tsv')}
glosses = {fields[0] for fields in rows('deps/hanja-glosses/hanja-glosses.tsv') if len(fields) >= 3}
function_words = {fields[0] for fields in rows('Sources/Gyeore/Resources/data/korean-function-words.tsv')}
glossary = set()
for path in glob.glob('glossary/*.tsv'):
    for fields in rows(path):
        for field in fields[1:4]:
            glossary.update(form.strip() for form in field.split('|'))


def covered(stem, lemma):
    return any(stem[:n] in lexicon for n in range(len(stem), 0, -1)) or lemma in glosses or lemma in glossary


occurrences = collections.Counter()
documents = collections.Counter()
hanja_of = {}
for path in sys.argv[1:]:
    seen = set()
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not re.search('[가-힣]', line):
            continue
        for row in tagger.parse(unicodedata.normalize('NFD', line)).split('\n'):
            if row in ('EOS', '') or '\t' not in row:
                continue
            features = row.split('\t')[1].split(',')
            tag = features[-1]
            if tag not in ('VV', 'VA', 'MAG', 'NNG', 'XR') or len(features) < 8:
                continue
            lemma = unicodedata.normalize('NFC', re.sub(r'\d+$', '', features[5]))
            if lemma == '*':
                continue
            hanja = features[7]
            if tag == 'NNG' and hanja != '*' and lemma in glosses:
                continue
            stem = lemma[:-1] if tag in ('VV', 'VA') and lemma.endswith('다') else lemma
            if lemma in function_words or stem in function_words or covered(stem, lemma):
                continue
            key = (lemma, tag)
            occurrences[key] += 1
            hanja_of[key] = hanja
            seen.add(key)
    for key in seen:
        documents[key] += 1

for key in sorted(occurrences, key=lambda k: (-documents[k], -occurrences[k], k)):
    print(documents[key], occurrences[key], key[0], key[1], hanja_of[key], sep='\t')
