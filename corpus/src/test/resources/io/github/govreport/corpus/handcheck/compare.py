#!/usr/bin/env python3
"""Hand-check: compare expected.tsv with the extractor's facts.

Usage (from anywhere):
  java -jar /work/main/cli/target/govreport-cli.jar extract -o /tmp/handcheck/out.jsonl <this dir>
  python3 compare.py /tmp/handcheck/out.jsonl [--rows] [--dump DOC]

Matching, one to one per document: an expected row and a fact are a quantity-level
match when value, valueMax and unit agree (after ％ → %, full-width → half-width)
and, where the row has a `quote` (a whitespace-insensitive excerpt of the document,
\t for a tab), the fact's source span lies inside it;
the fact whose `text` equals the expected text and that agrees on most fields wins.
A fact-level match also needs indicator (one text contains the other, or the same
indicatorId, the expected id being looked up in the indicator dictionary), measure,
qualifier, kind and period.
"""
import argparse, collections, json, os, sys, unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, *(['..'] * 9)))  # worktree root
DICT = os.path.join(ROOT, 'extract/src/main/resources/io/github/govreport/extract/dict/indicators.tsv')
FIELDS = ['indicator', 'measure', 'qualifier', 'kind', 'period']


def norm(s):
    if s is None:
        return ''
    s = unicodedata.normalize('NFKC', str(s))
    return ''.join(s.split())


def dec(s):
    if s is None or s == '':
        return None
    return Decimal(str(s)).normalize()


def load_dict(path):
    names = []
    if not os.path.exists(path):
        return names
    header = None
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        cols = line.rstrip('\n').split('\t')
        if header is None:
            header = cols
            continue
        rec = dict(zip(header, cols))
        for n in rec.get('names', '').split('|'):
            if n:
                names.append((norm(n), rec['id']))
    names.sort(key=lambda x: -len(x[0]))
    return names


def dict_id(names, indicator):
    ind = norm(indicator)
    for n, i in names:
        if n and n in ind:
            return i
    return None


def load_expected(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            rows.append(dict(zip(header, line.rstrip('\n').split('\t'))))
    return rows


def unit_norm(u):
    u = norm(u)
    return {'位(rank)': '位'}.get(u, u)


def field_ok(field, exp, fact, names):
    if field == 'indicator':
        e, g = norm(exp['indicator']), norm(fact.get('indicator'))
        if e and g and (e in g or g in e):
            return True
        eid = dict_id(names, exp['indicator'])
        return eid is not None and eid == fact.get('indicatorId')
    if field == 'period':
        e = exp['period'].strip()
        g = fact.get('period')
        return (e == '' and g is None) or (e != '' and g is not None and int(e) == int(g))
    return norm(exp[field]) == norm(fact.get(field))


def quote_spans(doc, quote, cache={}):
    """Raw-text spans [start, end) of every whitespace-insensitive occurrence of quote in doc.txt."""
    if doc not in cache:
        raw = open(os.path.join(HERE, doc + '.txt'), encoding='utf-8').read()
        kept = [(i, c) for i, c in enumerate(raw) if not c.isspace()]
        cache[doc] = (''.join(c for _, c in kept), [i for i, _ in kept])
    text, index = cache[doc]
    q = ''.join(quote.replace('\\t', '\t').split())
    spans, at = [], text.find(q)
    while at >= 0:
        spans.append((index[at], index[at + len(q) - 1] + 1))
        at = text.find(q, at + 1)
    if not spans:
        sys.exit('quote not found in %s: %s' % (doc, quote))
    return spans


def in_quote(exp, fact):
    q = exp.get('quote', '')
    if not q:
        return True
    return any(a <= fact['sourceStart'] and fact['sourceEnd'] <= b for a, b in quote_spans(exp['doc'], q))


def same_quantity(exp, fact):
    return (dec(exp['value']) == dec(fact.get('value'))
            and dec(exp.get('valueMax')) == dec(fact.get('valueMax'))
            and unit_norm(exp['unit']) == unit_norm(fact.get('unit')))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('facts')
    ap.add_argument('--expected', default=os.path.join(HERE, 'expected.tsv'))
    ap.add_argument('--rows', action='store_true', help='print every row, not only the wrong ones')
    ap.add_argument('--dump', help='print every fact of one document')
    ap.add_argument('--present', action='store_true', help='only the documents that occur in the facts file')
    a = ap.parse_args()

    names = load_dict(DICT)
    facts = collections.defaultdict(list)
    for line in open(a.facts, encoding='utf-8'):
        f = json.loads(line)
        facts[f['doc']].append(f)
    if a.dump:
        for f in facts[a.dump]:
            print('\t'.join(str(x) for x in [f['text'], f.get('indicator'), f.get('indicatorId'), f['measure'], f['value'],
                  f.get('valueMax'), f['unit'], f['qualifier'], f['kind'], f.get('period'), f.get('binding'), f['source'],
                  '/'.join(f.get('section') or [])[-30:], norm(f.get('sentence'))[:80]]))
        return

    expected = load_expected(a.expected)
    by_doc = collections.defaultdict(list)
    for r in expected:
        if a.present and r['doc'] not in facts:
            continue
        by_doc[r['doc']].append(r)

    summary = []
    wrong_counter = collections.Counter()
    for doc in sorted(by_doc):
        rows = by_doc[doc]
        pairs = []
        for ri, r in enumerate(rows):
            for fi, f in enumerate(facts.get(doc, [])):
                if same_quantity(r, f) and in_quote(r, f):
                    ok = sum(field_ok(k, r, f, names) for k in FIELDS)
                    text_eq = norm(f.get('text')) == norm(r['text'])
                    pairs.append((-(ok + 2 * text_eq), ri, fi))
        pairs.sort()
        used_r, used_f, match = set(), set(), {}
        for _, ri, fi in pairs:
            if ri in used_r or fi in used_f:
                continue
            used_r.add(ri); used_f.add(fi); match[ri] = facts[doc][fi]
        full = partial = missed = 0
        print('== %s (%d expected, %d facts extracted)' % (doc, len(rows), len(facts.get(doc, []))))
        for ri, r in enumerate(rows):
            f = match.get(ri)
            if f is None:
                missed += 1
                near = [g for g in facts.get(doc, []) if dec(g.get('value')) == dec(r['value'])]
                hint = '; same value as ' + ', '.join('%s %s (%s)' % (g['text'], g['unit'], g.get('indicator')) for g in near[:3]) if near else ''
                print('  MISSED  %s %s [%s]%s' % (r['text'], r['indicator'], r['kind'], hint))
                wrong_counter['missed'] += 1
                continue
            bad = [k for k in FIELDS if not field_ok(k, r, f, names)]
            if bad:
                partial += 1
                for k in bad:
                    wrong_counter[k] += 1
                print('  WRONG   %s %s: %s   | %s' % (r['text'], r['indicator'], ', '.join(
                    '%s %s→%s' % (k, r[k] or 'null', f.get(k)) for k in bad), norm(f.get('sentence'))[:70]))
            else:
                full += 1
                if a.rows:
                    print('  ok      %s %s' % (r['text'], r['indicator']))
        summary.append((doc, len(rows), full, partial, missed))
    print()
    print('| doc | expected | fully right | some field wrong | missed |')
    print('| --- | ---: | ---: | ---: | ---: |')
    tot = [0, 0, 0, 0]
    for doc, n, fu, pa, mi in summary:
        print('| %s | %d | %d | %d | %d |' % (doc, n, fu, pa, mi))
        for i, v in enumerate((n, fu, pa, mi)):
            tot[i] += v
    print('| total | %d | %d | %d | %d |' % tuple(tot))
    print()
    print('wrong fields (rows can have several):', dict(wrong_counter))


if __name__ == '__main__':
    main()
