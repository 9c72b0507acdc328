#!/usr/bin/env python3
"""Checks day.gold.json against day/ (python3 stdlib only). Exit 1 on any problem."""
import json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.abspath(__file__))
DAY = os.path.join(ROOT, 'day')
gold = json.load(open(os.path.join(ROOT, 'day.gold.json'), encoding='utf-8'))
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

class PGrab(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True); self.depth = 0; self.cur = []; self.paras = []; self.meta = {}
    def handle_starttag(self, tag, attrs):
        if tag == 'p':
            self.depth += 1; self.cur = []
        if tag == 'meta':
            d = dict(attrs); k = d.get('property') or d.get('name')
            if k: self.meta[k] = d.get('content')
    def handle_endtag(self, tag):
        if tag == 'p' and self.depth:
            self.depth -= 1; self.paras.append(''.join(self.cur))
    def handle_data(self, data):
        if self.depth: self.cur.append(data)

def paragraphs(aid):
    path = os.path.join(DAY, aid)
    raw = open(path, encoding='utf-8').read()
    if aid.endswith('.html'):
        p = PGrab(); p.feed(raw)
        for k in ('og:site_name', 'og:title', 'article:published_time'):
            if not p.meta.get(k): err('missing meta', k, aid)
        if not str(p.meta.get('article:published_time', '')).startswith(gold['date']): err('html date', aid)
        return p.paras
    if aid.endswith('.json'):
        d = json.loads(raw)
        for k in ('title', 'text', 'source', 'url', 'publishedAt'):
            if not d.get(k): err('missing json key', k, aid)
        if not d.get('publishedAt', '').startswith(gold['date']): err('json date', aid)
        return re.split(r'\n\s*\n', d['text'])
    if aid.endswith('.txt'):
        if not re.search(r'12 April 2028|April 12, 2028|12\.04\.2028', raw): err('txt date line', aid)
        return re.split(r'\n\s*\n', raw)
    err('unknown format', aid); return []

# files vs stories
files = sorted(os.path.relpath(os.path.join(d, f), DAY).replace(os.sep, '/') for d, _, fs in os.walk(DAY) for f in fs)
inStory = [a for s in gold['stories'] for a in s]
for a in files:
    if inStory.count(a) != 1: err('article not in exactly one story:', a, inStory.count(a))
for a in inStory:
    if a not in files: err('story lists missing file', a)
if len(gold['storyNames']) != len(gold['stories']): err('storyNames length')
storyOf = {a: i for i, s in enumerate(gold['stories']) for a in s}
paras = {a: paragraphs(a) for a in files}
full = {a: '\n\n'.join(paras[a]) for a in files}

# outlet names: one spelling per folder
names = {}
for a in files:
    raw = open(os.path.join(DAY, a), encoding='utf-8').read()
    n = json.loads(raw)['source'] if a.endswith('.json') else (re.search(r'og:site_name" content="([^"]+)"', raw).group(1) if a.endswith('.html') else None)
    if n: names.setdefault(a.split('/')[0], set()).add(n)
for o, ns in names.items():
    if len(ns) != 1: err('outlet spelled several ways', o, ns)

# copies
for c, o in gold['copyOf'].items():
    if o not in files or c not in files: err('copyOf file missing', c, o)
    body = json.loads(open(os.path.join(DAY, o), encoding='utf-8').read())['text'] if o.endswith('.json') else full[o]
    if body not in open(os.path.join(DAY, c), encoding='utf-8').read(): err('copy is not verbatim', c)

# facts
ids = set(); cores = {}
spans = {}  # article -> [(start, end, fact, para)]
for f in gold['facts']:
    if f['id'] in ids: err('duplicate fact id', f['id'])
    ids.add(f['id'])
    if 'ABCDEFGHIJ'[f['story']] != f['id'][0]: err('fact letter/story mismatch', f['id'])
    if f['kind'] not in ('claim', 'quote'): err('kind', f['id'])
    if f['core']: cores.setdefault(f['story'], []).append(f)
    seen = set()
    for m in f['mentions']:
        a, ph = m['article'], m['phrase']
        if a in seen: err('two mentions of one fact in one article', f['id'], a)
        seen.add(a)
        if a not in storyOf: err('mention of unknown article', f['id'], a); continue
        if storyOf[a] != f['story']: err('mention outside its story', f['id'], a)
        hits = [(i, p.find(ph)) for i, p in enumerate(paras[a]) if ph in p]
        if not hits: err('phrase not found in one paragraph', f['id'], a, repr(ph[:70])); continue
        if len(ph.split()) < 8 and not re.search(r'[.!?]["”’]?$', ph): err('phrase too short and not a sentence', f['id'], a, repr(ph))
        i, s = hits[0]
        spans.setdefault(a, []).append((i, s, s + len(ph), f['id']))
for si in range(len(gold['stories'])):
    cs = cores.get(si, [])
    if len(cs) != 1: err('story', si, 'has', len(cs), 'core facts'); continue
    have = {m['article'] for m in cs[0]['mentions']}
    for a in gold['stories'][si]:
        if a not in have: err('core fact', cs[0]['id'], 'missing from', a)
# no sentence carries two facts: spans in one paragraph must not overlap and must be split by a sentence end
for a, ss in spans.items():
    ss.sort()
    for (i1, s1, e1, f1), (i2, s2, e2, f2) in zip(ss, ss[1:]):
        if i1 == i2:
            if s2 < e1: err('overlapping mentions', f1, f2, a)
            elif not re.search(r'[.!?]', paras[a][i1][s1:s2]): err('two facts in one sentence?', f1, f2, a)

# figures: each listed article states the value
def forms(v):
    out = set()
    if float(v).is_integer():
        v = int(v); out |= {str(v), f'{v:,}'}
        if v >= 1_000_000:
            for div, w in ((1e9, 'billion'), (1e6, 'million')):
                if v >= div: out.add(f'{v / div:g} {w}')
    else:
        out.add(f'{v:g}')
    return out
for g in gold['figures']:
    if not isinstance(g['mustFlag'], bool): err('mustFlag not bool', g['about'])
    if g['mustFlag'] and (len(g['values']) < 2 or not all(v.get('claimant') for v in g['values'])): err('disputed figure needs 2+ values with claimants', g['about'])
    for v in g['values']:
        for a in v['articles']:
            if storyOf.get(a) != g['story']: err('figure article outside story', g['about'], a)
            text = full.get(a, '')
            if not any(re.search(r'(?<![\d.,])' + re.escape(x) + r'(?![\d]|,\d|\.\d)', text) for x in forms(v['value'])):
                err('figure value not stated', g['about'], v['value'], a)

# onlyIn: fact carried by exactly one independent outlet
outlet = lambda a: gold['copyOf'].get(a, a).split('/')[0]
fx = {f['id']: f for f in gold['facts']}
for fid in gold['onlyIn']:
    if fid not in fx: err('onlyIn unknown', fid); continue
    n = len({outlet(m['article']) for m in fx[fid]['mentions']})
    if n != 1: err('onlyIn fact has', n, 'outlets', fid)
for f in gold['facts']:
    if f['id'] not in gold['onlyIn'] and len({outlet(m['article']) for m in f['mentions']}) == 1:
        err('single-outlet fact missing from onlyIn', f['id'])

if errors:
    print('\n'.join(errors)); print(len(errors), 'problems'); sys.exit(1)
must = sum(1 for g in gold['figures'] if g['mustFlag']); mustnot = len(gold['figures']) - must
fmt = {e: sum(1 for a in files if a.endswith(e)) for e in ('.txt', '.json', '.html')}
print(f"OK: articles {len(files)} ({fmt['.txt']}/{fmt['.json']}/{fmt['.html']}), outlets {len(names) if len(names)==len({a.split('/')[0] for a in files}) else len({a.split('/')[0] for a in files})}, "
      f"stories {len(gold['stories'])}, facts {len(gold['facts'])}, mentions {sum(len(f['mentions']) for f in gold['facts'])}, "
      f"speaker facts {sum(1 for f in gold['facts'] if f['speaker'])}, figures must {must} / must-not {mustnot}, onlyIn {len(gold['onlyIn'])}, copies {len(gold['copyOf'])}")
