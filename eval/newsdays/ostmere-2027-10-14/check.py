#!/usr/bin/env python3
"""Checks day.gold.json against the articles in day/ (python3, stdlib only).

    python3 check.py            # from this folder, or give the folder as the first argument

Checks: every article file is in exactly one story and every story id is a file; every mention phrase is an exact
substring of one paragraph of its article (JSON `text` paragraphs, txt lines, HTML <p> elements after stripping inner
tags and unescaping entities), has 8+ words or is a whole sentence, belongs to an article of the fact's story; at most
one mention per fact per article; no sentence carries two annotated facts; exactly one core fact per story and it is
mentioned in every article of its story; wire copies are verbatim; figure articles exist, belong to the story and state
the value; onlyIn facts have exactly one independent report (copies count as their original) and every such fact is
listed; dates, outlet names and the headline-only flash.
"""
import html
import json
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DAY = os.path.join(ROOT, 'day')
errors = []


def err(msg):
    errors.append(msg)


gold = json.load(open(os.path.join(ROOT, 'day.gold.json'), encoding='utf-8'))

# ------------------------------------------------------------------ articles
files = []
for d, _, fs in os.walk(DAY):
    for f in fs:
        files.append(os.path.relpath(os.path.join(d, f), DAY).replace(os.sep, '/'))
files.sort()

P_RE = re.compile(r'<p\b[^>]*>(.*?)</p>', re.S)
TAG_RE = re.compile(r'<[^>]+>')


def paragraphs(aid):
    raw = open(os.path.join(DAY, aid), encoding='utf-8').read()
    if aid.endswith('.json'):
        d = json.loads(raw)
        return [p for p in d['text'].split('\n') if p.strip()], raw, d
    if aid.endswith('.txt'):
        return [l for l in raw.split('\n') if l.strip()], raw, None
    if aid.endswith('.html'):
        body = raw.split('<body', 1)[1]
        return [html.unescape(TAG_RE.sub('', m.group(1))).strip() for m in P_RE.finditer(body)], raw, None
    raise ValueError(aid)


ART = {}
for aid in files:
    if not re.search(r'\.(json|txt|html)$', aid):
        err(f'unexpected file {aid}')
        continue
    ART[aid] = paragraphs(aid)

# ------------------------------------------------------------------ stories
stories = gold['stories']
story_of = {}
for i, ids in enumerate(stories):
    for a in ids:
        if a in story_of:
            err(f'article {a} is in stories {story_of[a]} and {i}')
        story_of[a] = i
        if a not in ART:
            err(f'story {i} lists missing article {a}')
for a in ART:
    if a not in story_of:
        err(f'article {a} is in no story')
if len(gold['storyNames']) != len(stories):
    err('storyNames and stories differ in length')
if gold.get('date') != '2027-10-14':
    err('date is not 2027-10-14')

# ------------------------------------------------------------------ copies
copy_of = gold.get('copyOf', {})
for c, o in copy_of.items():
    if c not in ART or o not in ART:
        err(f'copyOf names a missing article: {c} -> {o}')
        continue
    if story_of.get(c) != story_of.get(o):
        err(f'copy {c} is not in the story of {o}')
    orig = ART[o][0]
    cp = ART[c][0]
    # every paragraph of the original appears, in order, as a paragraph of the copy
    j = 0
    for p in orig:
        while j < len(cp) and cp[j] != p:
            j += 1
        if j == len(cp):
            err(f'copy {c} lacks the original paragraph: {p[:70]}')
            break
        j += 1


def outlet(a):
    return (copy_of.get(a) or a).split('/')[0]


# ------------------------------------------------------------------ facts
facts = gold['facts']
ids = [f['id'] for f in facts]
if len(set(ids)) != len(ids):
    err('duplicate fact ids')
SENT_END = re.compile(r'[.!?][”"’)]*\s')
WORD = re.compile(r"[\w’'-]+")
spans = {}  # article -> [(para index, start, end, fact id)]
by_id = {}
for f in facts:
    by_id[f['id']] = f
    if 'ABCDEFGHIJ'.index(f['id'][0]) != f['story']:
        err(f"{f['id']}: letter does not match story {f['story']}")
    if f.get('kind') not in ('claim', 'quote'):
        err(f"{f['id']}: kind {f.get('kind')}")
    if f.get('speaker') is not None and not (isinstance(f['speaker'], str) and f['speaker'].strip()):
        err(f"{f['id']}: bad speaker")
    seen = set()
    if not f['mentions']:
        err(f"{f['id']}: no mentions")
    for m in f['mentions']:
        a, ph = m['article'], m['phrase']
        if a in seen:
            err(f"{f['id']}: two mentions in {a}")
        seen.add(a)
        if a not in ART:
            err(f"{f['id']}: missing article {a}")
            continue
        if story_of.get(a) != f['story']:
            err(f"{f['id']}: article {a} is not in story {f['story']}")
        if '\n' in ph:
            err(f"{f['id']}: phrase spans paragraphs in {a}")
        hits = [(i, p.find(ph)) for i, p in enumerate(ART[a][0]) if ph in p]
        if not hits:
            err(f"{f['id']}: phrase not found in one paragraph of {a}: {ph[:80]}")
            continue
        if len(hits) > 1:
            err(f"{f['id']}: phrase occurs in several paragraphs of {a}")
        i, s = hits[0]
        para = ART[a][0][i]
        e = s + len(ph)
        nwords = len(WORD.findall(ph))
        before = para[:s].rstrip()
        starts = (before == '' or re.search(r'[.!?:—][”"’]?$', before) or before.endswith('“') or before.endswith('"')
                  or re.search(r'\(Ostpress\) —$', before))
        ends = re.search(r'[.!?][”"’]?$', ph) is not None
        if nwords < 8 and not (starts and ends):
            err(f"{f['id']}: phrase in {a} has {nwords} words and is not a whole sentence: {ph}")
        spans.setdefault(a, []).append((i, s, e, f['id']))

for a, ss in spans.items():
    ss.sort()
    for x, y in zip(ss, ss[1:]):
        if x[0] != y[0]:
            continue
        if y[1] < x[2]:
            err(f'{a}: mentions of {x[3]} and {y[3]} overlap')
            continue
        between = ART[a][0][x[0]][x[2]:y[1]]
        tail = ART[a][0][x[0]][x[1]:x[2]]
        if not (SENT_END.search(between + ' ') or re.search(r'[.!?][”"’]?$', tail)):
            err(f'{a}: {x[3]} and {y[3]} seem to sit in one sentence')

# core facts
for i, ids_ in enumerate(stories):
    cores = [f for f in facts if f['story'] == i and f['core']]
    if len(cores) != 1:
        err(f'story {i} has {len(cores)} core facts')
        continue
    have = {m['article'] for m in cores[0]['mentions']}
    for a in ids_:
        if a not in have:
            err(f"core fact {cores[0]['id']} has no mention in {a}")
    # no two independent articles share the same core phrase
    seen_phr = {}
    for m in cores[0]['mentions']:
        o = outlet(m['article'])
        if m['phrase'] in seen_phr and seen_phr[m['phrase']] != o:
            err(f"core phrase of {cores[0]['id']} shared by independent articles")
        seen_phr[m['phrase']] = o

# onlyIn
only = set(gold.get('onlyIn', []))
for fid in only:
    if fid not in by_id:
        err(f'onlyIn names unknown fact {fid}')
for f in facts:
    n = len({outlet(m['article']) for m in f['mentions']})
    if f['id'] in only and n != 1:
        err(f"onlyIn {f['id']} has {n} independent reports")
    if f['id'] not in only and n == 1:
        err(f"{f['id']} has one independent report but is not in onlyIn")

# ------------------------------------------------------------------ figures
SMALL = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split()


def forms(v):
    out = set()
    if float(v).is_integer():
        n = int(v)
        out |= {str(n), f'{n:,}'}
        if n < len(SMALL):
            out.add(SMALL[n])
        if n >= 1_000_000 and n % 100_000 == 0:
            m = n / 1_000_000
            ms = str(int(m)) if m.is_integer() else str(m)
            out.add(f'{ms} million')
            if m.is_integer() and int(m) < len(SMALL):
                out.add(f'{SMALL[int(m)]} million')
    else:
        out.add(str(v))
    return out


def states(a, v):
    text = ' '.join(ART[a][0])
    for fm in forms(v):
        if re.search(r'(?<![\w.,])' + re.escape(fm) + r'(?![\w]|[.,]\d)', text, re.I):
            return True
    return False


for g in gold['figures']:
    vals = g['values']
    if g['mustFlag'] and len({v['value'] for v in vals}) < 2:
        err(f"figure {g['about']}: mustFlag with fewer than two values")
    for v in vals:
        if not v['articles']:
            err(f"figure {g['about']}: value {v['value']} has no articles")
        if g['mustFlag'] and not v.get('claimant'):
            err(f"figure {g['about']}: value {v['value']} has no claimant")
        for a in v['articles']:
            if a not in ART:
                err(f"figure {g['about']}: missing article {a}")
            elif story_of.get(a) != g['story']:
                err(f"figure {g['about']}: {a} not in story {g['story']}")
            elif not states(a, v['value']):
                err(f"figure {g['about']}: {a} does not state {v['value']}")

# ------------------------------------------------------------------ dates, outlet names, flash
names = {}
flash = 0
DATE_TXT = re.compile(r'14(th)? Oct(ober)? 2027|October 14, 2027|Oct 14, 2027|14\.10\.2027|2027-10-14|14/10/2027')
for a, (paras, raw, d) in ART.items():
    o = a.split('/')[0]
    if a.endswith('.json'):
        if not d.get('publishedAt', '').startswith('2027-10-14'):
            err(f'{a}: publishedAt is not 14 October 2027')
        for k in ('title', 'text', 'source', 'url', 'publishedAt'):
            if not d.get(k):
                err(f'{a}: missing {k}')
        names.setdefault(o, set()).add(d['source'])
        if d['text'].strip() == d['title'].strip():
            flash += 1
    elif a.endswith('.html'):
        m = re.search(r'<meta property="og:site_name" content="([^"]+)"', raw)
        names.setdefault(o, set()).add(html.unescape(m.group(1)) if m else None)
        if not re.search(r'<meta property="og:title" content="[^"]+"', raw):
            err(f'{a}: no og:title')
        if not re.search(r'<meta property="article:published_time" content="2027-10-14', raw):
            err(f'{a}: article:published_time is not 14 October 2027')
        if not re.search(r'<time datetime="2027-10-14', raw):
            err(f'{a}: <time> is not 14 October 2027')
    else:
        if not DATE_TXT.search(raw):
            err(f'{a}: no date line for 14 October 2027')
for o, ns in names.items():
    if len(ns) != 1 or None in ns:
        err(f'outlet {o} has names {ns}')
if flash < 1:
    err('no headline-only flash (json text equal to its title)')

# ------------------------------------------------------------------ report
n_txt = sum(a.endswith('.txt') for a in ART)
n_json = sum(a.endswith('.json') for a in ART)
n_html = sum(a.endswith('.html') for a in ART)
must = sum(1 for g in gold['figures'] if g['mustFlag'])
print(f"articles {len(ART)} ({n_txt}/{n_json}/{n_html}) outlets {len({a.split('/')[0] for a in ART})} stories {len(stories)} "
      f"facts {len(facts)} ({sum(len(f['mentions']) for f in facts)} mentions) core {sum(f['core'] for f in facts)} "
      f"speaker {sum(1 for f in facts if f.get('speaker'))} figures {must}/{len(gold['figures']) - must} "
      f"onlyIn {len(only)} copies {len(copy_of)}")
if errors:
    for e in errors:
        print('FAIL', e)
    sys.exit(1)
print('OK')
