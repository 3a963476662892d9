#!/usr/bin/env python3
"""How Tests/Fixtures/terms was made: the sample, and the candidates that were then judged.

    python3 scripts/terms-candidates.py sample > Tests/Fixtures/terms/sample.jsonl
    gyeore terms --jsonl Tests/Fixtures/terms/sample.jsonl > /tmp/terms.jsonl
    python3 scripts/terms-candidates.py candidates /tmp/terms.jsonl > /tmp/candidates.tsv

The sample: two paragraphs drawn (seed 20261204) from each of 20 New Year addresses in
../shared/nk-texts/ (CC0), and every body line of the reports in Tests/Fixtures/alignment-dev/.
The candidates: every occurrence of every glossary form as a substring (Latin forms as whole
words, in any case), and every match `gyeore terms` reported, each with its context. Each was
then judged by reading it in its sentence (labels.tsv, column `why` where the judgement is not
the plain one); see Tests/Fixtures/terms/README.md.
"""
import glob, json, os, random, re, sys


def sample():
    random.seed(20261204)
    lines = []
    years = sorted(os.path.basename(p)[:4] for p in glob.glob('../shared/nk-texts/*.txt'))
    for year in sorted(random.sample(years, 20)):
        paragraphs = [l.strip() for l in open(f'../shared/nk-texts/{year}.txt', encoding='utf-8') if l.strip()]
        for i in sorted(random.sample(range(len(paragraphs)), 2)):
            lines.append((f'nk-{year}-{i + 1}', paragraphs[i]))
    for path in sorted(glob.glob('Tests/Fixtures/alignment-dev/*.txt')):
        text = open(path, encoding='utf-8').read()
        body = text.split('\n---\n', 1)[1] if text.startswith('---') else text
        for n, line in enumerate(body.split('\n')):
            if line.strip():
                lines.append((f'dev-{os.path.basename(path)[:-4]}-{n + 1}', line.strip()))
    for id, text in lines:
        print(json.dumps({'id': id, 'text': text}, ensure_ascii=False))


def candidates(terms_output):
    forms = []
    for path in sorted(glob.glob('glossary/*.tsv')):
        header = None
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            for column in ['sk', 'nk', 'ko_other', 'en', 'en_other', 'dprk']:
                for form in (row.get(column) or '').split(';'):
                    m = re.match(r'^(.*?)(\{([^}]*)\})?$', form.strip())
                    if m.group(1).strip():
                        forms.append((m.group(1).strip(), row['id'], 'homograph' in (m.group(3) or '')))
    docs = [json.loads(l) for l in open('Tests/Fixtures/terms/sample.jsonl', encoding='utf-8')]
    found = {}
    for d in docs:
        for text, entry, homograph in forms:
            latin = text.isascii()
            pattern = re.escape(text.lower())
            if latin:
                pattern = r'(?<![a-z0-9])' + pattern + r'(?![a-z0-9])'
            for m in re.finditer(pattern, d['text'].lower() if latin else d['text']):
                found.setdefault((d['id'], m.start(), m.end(), entry), set()).add('substring, homograph' if homograph else 'substring')
    for line in open(terms_output, encoding='utf-8'):
        r = json.loads(line)
        found.setdefault((r['document'], r['start'], r['end'], r['entry']), set()).add('terms')
    texts = {d['id']: d['text'] for d in docs}
    for (doc, s, e, entry), how in sorted(found.items()):
        t = texts[doc]
        print(f"{doc}\t{s}\t{e}\t{entry}\t{t[s:e]}\t{'+'.join(sorted(how))}\t{t[max(0, s - 12):s]}[{t[s:e]}]{t[e:e + 12]}")


if __name__ == '__main__':
    if sys.argv[1:2] == ['sample']:
        sample()
    elif sys.argv[1:2] == ['candidates'] and len(sys.argv) == 3:
        candidates(sys.argv[2])
    else:
        sys.exit(__doc__)
