#!/usr/bin/env python3
"""Consistency checker for quiet1/day.gold.json against quiet1/day/.

Body text, as the newsroom README defines it:
  .json -> the `text` field; .txt -> the whole file; .html -> the <p> paragraphs of <body>
  (tags inside a paragraph removed, entities decoded).
Paragraphs: blank-line separated blocks for json/txt, one <p> each for html.

Checks (any failure -> exit 1):
  - every article file under day/ is in exactly one story, and every story id is a real file;
  - fact ids, story letters and story indexes agree; exactly one core fact per story, with a
    mention in every article of that story; core phrases differ between articles unless one is a
    wire copy of the other;
  - each phrase is an exact substring of one paragraph of its article's body, occurs once there,
    and is 8+ words or a whole sentence;
  - at most one mention of a fact per article; no sentence carries two annotated facts;
  - copyOf: the copy's body paragraphs contain the original's text verbatim, and every mention in
    the original is also made in the copy;
  - onlyIn equals the facts with a single independent outlet;
  - figures: values' articles belong to the figure's story and show the number in their body;
    every mustFlag:true figure has >= 2 values with a claimant;
  - each file carries the day's date (publishedAt / article:published_time / a date line).
"""
import html as htmlmod
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = os.path.join(HERE, 'day')
GOLD = json.load(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'day.gold.json'), encoding='utf-8'))
errors, warnings = [], []
err = errors.append
warn = warnings.append


class BodyParagraphs(HTMLParser):
    """Collects the text of every <p> inside <body>; also the meta tags and <time> datetimes."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_body = False
        self.depth = 0
        self.buf = []
        self.paras = []
        self.meta = {}
        self.times = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'body':
            self.in_body = True
        elif tag == 'meta':
            k = a.get('property') or a.get('name')
            if k:
                self.meta.setdefault(k, a.get('content', ''))
        elif tag == 'time' and a.get('datetime'):
            self.times.append(a['datetime'])
        elif tag == 'p' and self.in_body:
            if self.depth:
                self.paras.append(''.join(self.buf))
            self.depth = 1
            self.buf = []

    def handle_endtag(self, tag):
        if tag == 'p' and self.depth:
            self.paras.append(''.join(self.buf))
            self.depth = 0
            self.buf = []

    def handle_data(self, data):
        if self.depth:
            self.buf.append(data)


def load(article_id):
    path = os.path.join(DAY, article_id)
    raw = open(path, encoding='utf-8').read()
    ext = article_id.rsplit('.', 1)[1]
    info = {'id': article_id, 'ext': ext}
    if ext == 'json':
        j = json.loads(raw)
        for k in ('title', 'text', 'source', 'url', 'publishedAt'):
            if k not in j:
                err(f'{article_id}: json lacks {k}')
        info['body'] = j.get('text', '')
        info['paras'] = [p for p in re.split(r'\n\s*\n', info['body'])]
        info['date'] = j.get('publishedAt', '')
        info['source'] = j.get('source')
    elif ext == 'txt':
        info['body'] = raw
        info['paras'] = re.split(r'\n\s*\n', raw)
        info['dateline'] = raw
    elif ext == 'html':
        p = BodyParagraphs()
        p.feed(raw)
        info['paras'] = [re.sub(r'\s+', ' ', x).strip() for x in p.paras]
        info['body'] = '\n\n'.join(info['paras'])
        info['meta'] = p.meta
        info['times'] = p.times
        for k in ('og:site_name', 'og:title', 'article:published_time'):
            if k not in p.meta:
                err(f'{article_id}: html lacks meta {k}')
        info['date'] = p.meta.get('article:published_time', '')
        info['source'] = p.meta.get('og:site_name')
    else:
        err(f'{article_id}: unknown extension')
    return info


# ---------------------------------------------------------------- stories
files = sorted(os.path.relpath(os.path.join(r, f), DAY).replace(os.sep, '/')
               for r, _, fs in os.walk(DAY) for f in fs)
story_of = {}
for si, ids in enumerate(GOLD['stories']):
    for a in ids:
        if a in story_of:
            err(f'{a} is in stories {story_of[a]} and {si}')
        story_of[a] = si
        if a not in files:
            err(f'story {si} names a missing file {a}')
for f in files:
    if f not in story_of:
        err(f'{f} is in no story')
if len(GOLD['storyNames']) != len(GOLD['stories']):
    err('storyNames and stories differ in length')
arts = {a: load(a) for a in files}

# one spelling of the outlet name per folder
names = {}
for a, info in arts.items():
    if info.get('source'):
        names.setdefault(a.split('/')[0], set()).add(info['source'])
for outlet, s in names.items():
    if len(s) > 1:
        err(f'outlet {outlet} spelled {sorted(s)}')

# ---------------------------------------------------------------- dates
date = GOLD['date']
y, m, d = date.split('-')
import datetime
dt = datetime.date(int(y), int(m), int(d))
date_patterns = [dt.strftime('%A %-d %B %Y'), dt.strftime('%A, %-d %B %Y'), dt.strftime('%a, %b %-d, %Y'),
                 dt.strftime('%-d.%-m.%Y'), dt.strftime('%d.%m.%Y'), dt.strftime('%A %-d %B %Y').upper()]
for a, info in arts.items():
    if info['ext'] in ('json', 'html'):
        if not info.get('date', '').startswith(date):
            err(f'{a}: published date {info.get("date")!r} is not {date}')
        if info['ext'] == 'html' and not any(t.startswith(date) for t in info['times']):
            err(f'{a}: no <time datetime> on {date}')
    else:
        if not any(p in info['dateline'] for p in date_patterns):
            err(f'{a}: no date line for {date}')

# ---------------------------------------------------------------- sentences
SENT_END = re.compile(r'(?<=[.!?])["”’]?(?=\s+["“‘(]?[A-Z0-9])')


def sentence_spans(par):
    """[(start, end)] of sentences in a paragraph: split after . ! ? (plus a closing quote) before a capital."""
    spans, start = [], 0
    for mt in SENT_END.finditer(par):
        end = mt.end()
        spans.append((start, end))
        start = end
        while start < len(par) and par[start].isspace():
            start += 1
    spans.append((start, len(par)))
    return spans


def is_whole_sentence(par, i, phrase):
    j = i + len(phrase)
    before_ok = i == 0 or re.search(r'[.!?]["”’]?\s+$', par[:i]) is not None
    after_ok = j == len(par) or par[j].isspace()
    ends_ok = re.search(r'[.!?]["”’]?$', phrase) is not None or j == len(par)
    return before_ok and after_ok and ends_ok


# ---------------------------------------------------------------- facts
facts = GOLD['facts']
ids_seen = set()
by_story = {}
used = {}  # article -> list of (para index, start, end, fact id)
for f in facts:
    fid = f['id']
    if fid in ids_seen:
        err(f'duplicate fact id {fid}')
    ids_seen.add(fid)
    if 'ABCDEFGHIJ'.index(fid[0]) != f['story']:
        err(f'{fid}: letter does not match story {f["story"]}')
    for k in ('core', 'kind', 'speaker', 'about', 'mentions'):
        if k not in f:
            err(f'{fid}: lacks {k}')
    if f['kind'] not in ('claim', 'quote'):
        err(f'{fid}: kind {f["kind"]}')
    by_story.setdefault(f['story'], []).append(f)
    seen_articles = set()
    for mn in f['mentions']:
        a, phrase = mn['article'], mn['phrase']
        if a not in arts:
            err(f'{fid}: unknown article {a}')
            continue
        if story_of.get(a) != f['story']:
            err(f'{fid}: article {a} is in story {story_of.get(a)}, fact is in story {f["story"]}')
        if a in seen_articles:
            err(f'{fid}: two mentions in {a}')
        seen_articles.add(a)
        info = arts[a]
        hits = [(pi, mt.start()) for pi, par in enumerate(info['paras']) for mt in re.finditer(re.escape(phrase), par)]
        if not hits:
            where = 'body (across paragraphs)' if phrase in info['body'] else 'body'
            err(f'{fid}: phrase not inside one paragraph of {a} {where}: {phrase[:70]!r}')
            continue
        if len(hits) > 1:
            err(f'{fid}: phrase occurs {len(hits)} times in {a}')
        if info['body'].count(phrase) != len(hits):
            warn(f'{fid}: phrase count differs between body and paragraphs in {a}')
        pi, i = hits[0]
        par = info['paras'][pi]
        nwords = len(re.findall(r'[\w\d]+', phrase))
        if nwords < 8 and not is_whole_sentence(par, i, phrase):
            err(f'{fid}: phrase in {a} is {nwords} words and not a whole sentence: {phrase!r}')
        used.setdefault(a, []).append((pi, i, i + len(phrase), fid))

# no sentence carries two annotated facts; mentions do not overlap
for a, lst in used.items():
    owner = {}
    for pi, s, e, fid in lst:
        par = arts[a]['paras'][pi]
        for si, (ss, se) in enumerate(sentence_spans(par)):
            if s < se and e > ss:
                k = (pi, si)
                if k in owner and owner[k] != fid:
                    err(f'{a}: sentence "{par[ss:se][:60]}…" carries {owner[k]} and {fid}')
                owner[k] = fid

# core facts
copyOf = GOLD.get('copyOf', {})
for si, ids in enumerate(GOLD['stories']):
    cores = [f for f in by_story.get(si, []) if f['core']]
    if len(cores) != 1:
        err(f'story {si}: {len(cores)} core facts')
        continue
    core = cores[0]
    have = {m['article'] for m in core['mentions']}
    for a in ids:
        if a not in have:
            err(f'story {si}: core fact {core["id"]} has no mention in {a}')
    phr = {}
    for m in core['mentions']:
        key = m['phrase']
        root = copyOf.get(m['article'], m['article'])
        if key in phr and phr[key] != root:
            err(f'{core["id"]}: core phrase shared by independent articles: {key[:60]!r}')
        phr[key] = root

# copies
for copy, orig in copyOf.items():
    if copy not in arts or orig not in arts:
        err(f'copyOf {copy} -> {orig}: missing file')
        continue
    ob = [p.strip() for p in arts[orig]['paras'] if p.strip()]
    cb = [p.strip() for p in arts[copy]['paras']]
    cbody = '\n'.join(cb)
    for p in ob:
        if p not in cb and p not in cbody:
            err(f'copy {copy} lacks the original paragraph {p[:60]!r}')
    if story_of.get(copy) != story_of.get(orig):
        err(f'copy {copy} and original {orig} are in different stories')
    for f in facts:
        mo = [m for m in f['mentions'] if m['article'] == orig]
        mc = [m for m in f['mentions'] if m['article'] == copy]
        if mo and not mc:
            err(f'{f["id"]}: mentioned in {orig} but not in its copy {copy}')
        if mo and mc and mo[0]['phrase'] != mc[0]['phrase']:
            err(f'{f["id"]}: phrase differs between {orig} and copy {copy}')

# onlyIn
outlet = lambda a: copyOf.get(a, a).split('/')[0]
want = sorted(f['id'] for f in facts if len({outlet(m['article']) for m in f['mentions']}) == 1)
if sorted(GOLD['onlyIn']) != want:
    err(f'onlyIn mismatch: gold {sorted(GOLD["onlyIn"])} computed {want}')


# ---------------------------------------------------------------- figures
def number_forms(v):
    forms = set()
    if float(v).is_integer():
        n = int(v)
        forms |= {str(n), f'{n:,}'}
        for unit, word in ((10**9, 'billion'), (10**6, 'million')):
            if n >= unit and n % (unit // 10) == 0:
                x = n / unit
                s = ('%g' % x)
                forms |= {f'{s} {word}', f'{s}m' if word == 'million' else f'{s}bn'}
    else:
        forms.add(('%g' % v))
    return forms


def shows(body, v):
    for form in number_forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|,\d|\.\d)', body):
            return True
    return False


for fig in GOLD['figures']:
    si = fig['story']
    vals = fig['values']
    if fig['mustFlag']:
        if len(vals) < 2:
            err(f'figure {fig["about"]}: mustFlag with < 2 values')
        for v in vals:
            if not v.get('claimant'):
                err(f'figure {fig["about"]}: value {v["value"]} has no claimant')
    for v in vals:
        for a in v['articles']:
            if story_of.get(a) != si:
                err(f'figure {fig["about"]}: {a} not in story {si}')
            elif not shows(arts[a]['body'], v['value']):
                err(f'figure {fig["about"]}: {a} does not show {v["value"]}')

# ---------------------------------------------------------------- report
n_ext = {}
for a in files:
    n_ext[a.rsplit('.', 1)[1]] = n_ext.get(a.rsplit('.', 1)[1], 0) + 1
must = sum(1 for f in GOLD['figures'] if f['mustFlag'])
summary = {
    'articles': len(files), 'txt/json/html': f"{n_ext.get('txt', 0)}/{n_ext.get('json', 0)}/{n_ext.get('html', 0)}",
    'outlets': len({a.split('/')[0] for a in files}), 'stories': len(GOLD['stories']),
    'facts': len(facts), 'mentions': sum(len(f['mentions']) for f in facts),
    'core': sum(1 for f in facts if f['core']), 'withSpeaker': sum(1 for f in facts if f['speaker']),
    'figures must/mustNot': f'{must}/{len(GOLD["figures"]) - must}', 'onlyIn': len(GOLD['onlyIn']),
    'wireCopies': len(copyOf),
}
print(json.dumps(summary))
for w in warnings:
    print('WARN', w)
for e in errors:
    print('FAIL', e)
print('OK' if not errors else f'{len(errors)} failure(s)')
sys.exit(1 if errors else 0)
