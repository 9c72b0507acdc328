#!/usr/bin/env python3
"""Checks day.gold.json against the articles in day/ (python3, stdlib only).

  python3 check.py            # from /work/unseen/day4 (or give the folder as the first argument)

Checks: every article is in exactly one story and every story file exists; every mention phrase is an exact
substring of its article's text (json `text`; the txt file; for html the text of one <p> inside <article>, after
unescaping entities) and sits inside one paragraph; each phrase has 8+ words or is a whole sentence; at most one
mention per fact per article; a mention's article belongs to its fact's story; no sentence carries two annotated
facts; exactly one core fact per story and it is carried by every article of the story; copies are verbatim copies
of their original; figure articles exist, belong to the figure's story and state the value; mustFlag groups have two
or more values and no must-not group holds two values of one mustFlag group; onlyIn facts have exactly one
independent report (copies counted once) and every single-report fact is listed in onlyIn; the date appears in every
file; each outlet folder spells its name one way (json `source`, html `og:site_name`).
Exits 1 on any error.
"""
import html, json, os, re, sys
from html.parser import HTMLParser

BASE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DAY = os.path.join(BASE, 'day')
errors, warnings = [], []
err = errors.append
warn = warnings.append


class ArticleParas(HTMLParser):
    """Collects the text of each <p> inside <article> (entities unescaped), plus og:site_name and dates."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_article = 0; self.in_p = False; self.buf = []; self.paras = []
        self.meta = {}; self.times = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'article': self.in_article += 1
        elif tag == 'p' and self.in_article: self.in_p = True; self.buf = []
        elif tag == 'meta' and (a.get('property') or a.get('name')): self.meta[a.get('property') or a.get('name')] = a.get('content', '')
        elif tag == 'time': self.times.append(a.get('datetime', ''))
    def handle_endtag(self, tag):
        if tag == 'p' and self.in_p: self.paras.append(''.join(self.buf)); self.in_p = False
        elif tag == 'article': self.in_article -= 1
    def handle_data(self, data):
        if self.in_p: self.buf.append(data)


def load(aid):
    """Returns (paragraphs, whole text, info) for an article id."""
    path = os.path.join(DAY, aid)
    raw = open(path, encoding='utf-8').read()
    if aid.endswith('.json'):
        d = json.loads(raw)
        for k in ('title', 'text', 'source', 'url', 'publishedAt'):
            if not isinstance(d.get(k), str) or not d.get(k): err(f'{aid}: json field {k} missing')
        paras = [p for p in re.split(r'\n\s*\n', d.get('text', ''))]
        return paras, d.get('text', ''), {'source': d.get('source'), 'date': d.get('publishedAt', ''), 'raw': raw, 'title': d.get('title', '')}
    if aid.endswith('.html'):
        p = ArticleParas(); p.feed(raw)
        paras = [re.sub(r'\s+', ' ', x).strip() for x in p.paras]
        return paras, '\n\n'.join(paras), {'source': p.meta.get('og:site_name'), 'date': p.meta.get('article:published_time', ''),
                                           'times': p.times, 'raw': raw, 'title': p.meta.get('og:title')}
    if aid.endswith('.txt'):
        paras = [x.strip() for x in re.split(r'\n\s*\n', raw)]
        return paras, raw, {'source': None, 'raw': raw}
    err(f'{aid}: unknown extension')
    return [], '', {}


QUOTES = '"“”‘’\'«»'
SENT_SPLIT = re.compile(r'(?<=[.!?])[' + QUOTES + r')\]]*\s+(?=[' + QUOTES + r'(\[]?[A-Z0-9])')


def sentences(para):
    """(start, end) spans of the sentences of a paragraph."""
    spans, start = [], 0
    for m in SENT_SPLIT.finditer(para):
        spans.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    spans.append((start, len(para)))
    return spans


def strip_q(s):
    return s.strip().strip(QUOTES + ' ').strip()


WORDS = {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten',
         11: 'eleven', 12: 'twelve', 20: 'twenty', 30: 'thirty', 40: 'forty'}


def renderings(v):
    out = set()
    if float(v).is_integer():
        n = int(v); out |= {str(n), f'{n:,}'}
        if n in WORDS: out |= {WORDS[n], WORDS[n].capitalize()}
        for unit, name in ((1_000_000_000, 'billion'), (1_000_000, 'million')):
            if n >= unit and n % (unit // 10) == 0:
                x = n / unit; s = str(int(x)) if x.is_integer() else f'{x:g}'
                out.add(f'{s} {name}')
    else:
        out.add(f'{v:g}')
    return out


def states_value(text, v):
    for r in renderings(v):
        if re.search(r'(?<![\d.,])' + re.escape(r) + r'(?![\d]|,\d)', text): return True
    return False


gold = json.load(open(os.path.join(BASE, 'day.gold.json'), encoding='utf-8'))
for k in ('date', 'places', 'storyNames', 'stories', 'copyOf', 'facts', 'figures', 'onlyIn'):
    if k not in gold: err(f'gold: key {k} missing')
stories = gold['stories']
if len(gold['storyNames']) != len(stories): err('gold: storyNames and stories differ in length')

# ---- articles and stories
files = sorted(os.path.relpath(os.path.join(r, f), DAY).replace(os.sep, '/') for r, _, fs in os.walk(DAY) for f in fs)
story_of = {}
for si, ids in enumerate(stories):
    for a in ids:
        if a in story_of: err(f'{a} is in stories {story_of[a]} and {si}')
        story_of[a] = si
for f in files:
    if f not in story_of: err(f'{f} is in no story')
for a in story_of:
    if a not in files: err(f'story article {a} does not exist')
art = {a: load(a) for a in files}

# ---- dates and outlet names
date = gold['date']; y, mo, d = date.split('-')
txt_date = re.compile(r'21 Feb(ruary)? 2028|February 21, 2028|21[./]02[./]2028|21 February|Feb 21', re.I)
names = {}
for a, (paras, text, info) in art.items():
    outlet = a.split('/')[0]
    if a.endswith('.json'):
        if not info['date'].startswith(date): err(f'{a}: publishedAt {info["date"]} is not {date}')
    elif a.endswith('.html'):
        if not info['date'].startswith(date): err(f'{a}: article:published_time {info.get("date")} is not {date}')
        if not info.get('times') or not all(t.startswith(date) for t in info['times']): err(f'{a}: <time> missing or not {date}')
        if not info.get('title'): err(f'{a}: og:title missing')
    else:
        if not txt_date.search(text): err(f'{a}: no date line or date in the text')
    if info.get('source'):
        names.setdefault(outlet, set()).add(info['source'])
for outlet, s in names.items():
    if len(s) > 1: err(f'outlet {outlet} is spelled {sorted(s)}')

# ---- copies
for c, o in gold['copyOf'].items():
    if c not in art or o not in art: err(f'copyOf {c} -> {o}: missing article'); continue
    norm = lambda t: [re.sub(r'\s+', ' ', p).strip() for p in t if p.strip()]
    cp, op = norm(art[c][0]), norm(art[o][0])
    # the original's paragraphs must appear, word for word and in order, as consecutive paragraphs of the copy
    # (the copy may add its own boilerplate, section label or standfirst around them)
    if not any(cp[i:i + len(op)] == op for i in range(len(cp) - len(op) + 1)):
        err(f'copy {c} does not carry the body of {o} verbatim')
    if story_of.get(c) != story_of.get(o): err(f'copy {c} and original {o} are in different stories')

# ---- facts and mentions
facts = gold['facts']; ids = [f['id'] for f in facts]
if len(set(ids)) != len(ids): err('duplicate fact ids')
LET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
sent_owner = {}  # (article, para index, sentence index) -> fact id
core_count = [0] * len(stories)
for f in facts:
    fid, si = f['id'], f['story']
    if not fid.startswith(LET[si]) or not fid[1:].isdigit(): err(f'{fid}: id letter does not match story {si}')
    if f['kind'] not in ('claim', 'quote'): err(f'{fid}: kind {f["kind"]}')
    if f['speaker'] is not None and not (isinstance(f['speaker'], str) and f['speaker'].strip()): err(f'{fid}: bad speaker')
    seen = set()
    for m in f['mentions']:
        a, ph = m['article'], m['phrase']
        if a not in art: err(f'{fid}: article {a} missing'); continue
        if a in seen: err(f'{fid}: two mentions in {a}')
        seen.add(a)
        if story_of.get(a) != si: err(f'{fid}: {a} is not in story {si}')
        if '\n' in ph: err(f'{fid} {a}: phrase spans lines')
        paras = art[a][0]
        hits = [(i, p.find(ph)) for i, p in enumerate(paras) if ph in p]
        if not hits:
            where = 'its text' if ph in art[a][1] else 'any paragraph'
            err(f'{fid} {a}: phrase not found inside one paragraph ({where}): "{ph[:70]}"'); continue
        if len(hits) > 1 or paras[hits[0][0]].count(ph) > 1: warn(f'{fid} {a}: phrase occurs more than once')
        pi, start = hits[0]; end = start + len(ph)
        spans = sentences(paras[pi])
        touched = [k for k, (s0, s1) in enumerate(spans) if s0 < end and start < s1]
        nwords = len(re.findall(r"[\w’'-]+", ph))
        whole = any(strip_q(paras[pi][s0:s1]) == strip_q(ph) for s0, s1 in spans)
        if nwords < 8 and not whole: err(f'{fid} {a}: phrase has {nwords} words and is not a whole sentence: "{ph}"')
        for k in touched:
            key = (a, pi, k)
            if key in sent_owner and sent_owner[key] != fid:
                err(f'{a}: one sentence carries facts {sent_owner[key]} and {fid}: "{paras[pi][spans[k][0]:spans[k][1]][:80]}"')
            sent_owner[key] = fid
    if f['core']:
        core_count[si] += 1
        missing = [a for a in stories[si] if a not in seen]
        if missing: err(f'{fid}: core fact missing from {missing}')
for si, n in enumerate(core_count):
    if n != 1: err(f'story {si} has {n} core facts')

# ---- onlyIn
outlet_of = lambda a: gold['copyOf'].get(a, a).split('/')[0]
indep = {f['id']: len({outlet_of(m['article']) for m in f['mentions']}) for f in facts}
for fid in gold['onlyIn']:
    if fid not in indep: err(f'onlyIn {fid}: no such fact')
    elif indep[fid] != 1: err(f'onlyIn {fid}: carried by {indep[fid]} independent reports')
for fid, n in indep.items():
    if n == 1 and fid not in gold['onlyIn']: err(f'{fid} has one independent report but is not in onlyIn')

# ---- figures
for g in gold['figures']:
    si = g['story']; vals = g['values']
    if len({v['value'] for v in vals}) < 2: err(f'figure "{g["about"]}": fewer than two values')
    for v in vals:
        if not isinstance(v['value'], (int, float)): err(f'figure "{g["about"]}": value {v["value"]} is not a number')
        for a in v['articles']:
            if a not in art: err(f'figure "{g["about"]}": article {a} missing'); continue
            if story_of.get(a) != si: err(f'figure "{g["about"]}": {a} not in story {si}')
            if not states_value(art[a][1], v['value']): err(f'figure "{g["about"]}": {a} does not state {v["value"]}')
        if g['mustFlag'] and 'claimant' not in v: err(f'figure "{g["about"]}": claimant key missing')
musts = [g for g in gold['figures'] if g['mustFlag']]
for g in gold['figures']:
    if g['mustFlag']: continue
    vs = {v['value'] for v in g['values']}
    for m in musts:
        if m['story'] == g['story'] and len(vs & {v['value'] for v in m['values']}) >= 2:
            err(f'must-not figure "{g["about"]}" holds two values of must figure "{m["about"]}"')

# ---- report
n = {'articles': len(files), 'txt': sum(a.endswith('.txt') for a in files), 'json': sum(a.endswith('.json') for a in files),
     'html': sum(a.endswith('.html') for a in files), 'outlets': len({a.split('/')[0] for a in files}), 'stories': len(stories),
     'facts': len(facts), 'mentions': sum(len(f['mentions']) for f in facts), 'core': sum(core_count),
     'speakerFacts': sum(1 for f in facts if f['speaker']), 'mustFigures': len(musts),
     'mustNotFigures': len(gold['figures']) - len(musts), 'onlyIn': len(gold['onlyIn']), 'copies': len(gold['copyOf'])}
for w in warnings: print('warning:', w)
for e in errors: print('ERROR:', e)
print(json.dumps(n))
print('FAIL' if errors else 'PASS')
sys.exit(1 if errors else 0)
