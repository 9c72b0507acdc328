#!/usr/bin/env python3
"""Verify day.gold.json against the files under day/ (python3, standard library only).

Checks:
  * every file under day/ is in exactly one story, and every story article exists;
  * outlet names are spelt one way per folder (JSON `source`, HTML `og:site_name`), and every file carries the date;
  * copyOf: each copy's body holds the original's paragraphs verbatim, in order, and sits in the original's story;
  * facts: ids, story letters, one core fact per story carried by every article of that story, quotes have speakers,
    at most one mention per article per fact, mentions only in their own story's articles;
  * every mention phrase is found, after the scorer's normalisation, inside one body paragraph of its article, and is
    8+ words or a whole sentence (or run of whole sentences);
  * no sentence carries mentions of two different facts;
  * onlyIn equals the facts carried by one independent outlet (copies count as their original's outlet);
  * figures: each value's articles belong to the figure's story and really state that value for that quantity (a sentence
    of the article holds a number equal to the value plus a word naming the quantity); mustFlag figures have >= 2 values
    with claimants;
  * FROZEN.sha256, if present, matches day.gold.json.
Exit status 0 when everything passes, 1 otherwise.
"""
import hashlib, html, json, os, re, sys, unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = os.path.join(HERE, 'day')
GOLD = os.path.join(HERE, 'day.gold.json')
errors = []
def err(msg):
    errors.append(msg)

# ---------------------------------------------------------------- normalisation (same as score-newsroom.mjs)
QUOTES = re.compile("['‘’`´\"“”„«»]")
DASHES = re.compile('[‐‑‒–—−]')
def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = QUOTES.sub('', s)
    s = DASHES.sub('-', s)
    return re.sub(r'\s+', ' ', s).strip()
def words(s):
    return re.findall(r'[^\W_]+', norm(s))

# ---------------------------------------------------------------- reading articles
class ArticleParas(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_article = 0
        self.in_p = False
        self.p_class = None
        self.buf = []
        self.paras = []
        self.meta = {}
        self.times = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'meta' and a.get('property'):
            self.meta[a['property']] = a.get('content', '')
        if tag == 'time':
            self.times.append(a.get('datetime', ''))
        if tag == 'article':
            self.depth_article += 1
        if tag == 'p' and self.depth_article:
            self.in_p, self.p_class, self.buf = True, a.get('class'), []
    def handle_endtag(self, tag):
        if tag == 'p' and self.in_p:
            self.in_p = False
            if not self.p_class:
                self.paras.append(''.join(self.buf).strip())
        if tag == 'article':
            self.depth_article -= 1
    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)

def read_article(path):
    raw = open(path, encoding='utf-8').read()
    ext = path.rsplit('.', 1)[1]
    info = {'raw': raw, 'ext': ext}
    if ext == 'json':
        d = json.loads(raw)
        for k in ('title', 'text', 'source', 'url', 'publishedAt'):
            if not isinstance(d.get(k), str) or not d[k]:
                err(f'{path}: JSON field {k} missing')
        info['paras'] = [p.strip() for p in re.split(r'\n\s*\n', d.get('text', '')) if p.strip()]
        info['outlet_name'] = d.get('source')
        info['date_ok'] = d.get('publishedAt', '').startswith(DATE)
    elif ext == 'html':
        p = ArticleParas()
        p.feed(raw)
        info['paras'] = p.paras
        info['outlet_name'] = p.meta.get('og:site_name')
        for k in ('og:site_name', 'og:title', 'article:published_time'):
            if not p.meta.get(k):
                err(f'{path}: meta {k} missing')
        info['date_ok'] = p.meta.get('article:published_time', '').startswith(DATE) and any(t.startswith(DATE) for t in p.times)
        for marker in ('<nav', 'cookie', 'class="related"', '<footer'):
            if marker not in raw:
                err(f'{path}: html page lacks {marker}')
    else:
        info['paras'] = [l.strip() for l in raw.split('\n') if l.strip()]
        info['outlet_name'] = None
        info['date_ok'] = any(x in raw for x in ('15 January 2030', 'January 15, 2030', '15.01.2030'))
    return info

# ---------------------------------------------------------------- sentences
SPLIT = re.compile(r'(?<=[.!?])[”"’)]*\s+(?=[“"‘(A-Z0-9])')
def sentences(par):
    out, last = [], 0
    for m in SPLIT.finditer(par):
        out.append(par[last:m.end()].strip())
        last = m.end()
    out.append(par[last:].strip())
    return [s for s in out if s]

def sentence_spans(par):
    """Normalised sentences with their [start, end) offsets inside norm(par)."""
    sents = [norm(s) for s in sentences(par)]
    joined = ' '.join(sents)
    spans, pos = [], 0
    for s in sents:
        spans.append((pos, pos + len(s), s))
        pos += len(s) + 1
    return joined, spans

# ---------------------------------------------------------------- numbers
WORDNUM = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10,
           'eleven': 11, 'twelve': 12, 'fourteen': 14, 'fifteen': 15, 'seventeen': 17, 'twenty': 20, 'thirty': 30,
           'forty': 40, 'fifty': 50}
NUM = re.compile(r'(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(million|billion))?', re.I)
def numbers_in(s):
    vals = []
    for m in NUM.finditer(s):
        v = float(m.group(1).replace(',', ''))
        mult = (m.group(2) or '').lower()
        v *= 1e6 if mult == 'million' else 1e9 if mult == 'billion' else 1
        vals.append(v)
    for w in re.findall(r'[a-z]+', s.lower()):
        if w in WORDNUM:
            vals.append(float(WORDNUM[w]))
    return vals

# Words that name each figure's quantity; a sentence stating a value must hold one of them.
CUES = {
    'provisions for bad property loans (rells)': ['provision', 'aside', 'bill'],
    'jobs to go at Corvia Bank': ['job', 'posts', 'workers', 'real number'],
    'cost of the Tarnak Base Tunnel (rells)': ['rells', 'estimate'],
    'passengers a day expected through the tunnel': ['passengers', 'a day'],
    'bribes taken by Anton Greve (rells)': ['rells'],
    'loss to Oskerfeld from the land sale (rells)': ['rells'],
    'cargo handled at the Port of Dunmere in 2029 (tonnes)': ['tonnes'],
    'measles cases in the outbreak': ['cases', 'number', 'children', 'kids'],
    'share of children with both vaccine doses (percent)': ['doses', 'vaccinated', 'coverage'],
    'marchers in Lissow': ['crowd', 'people', 'marchers', 'marched', 'taken part', 'turnout', 'number'],
    'size of the tuition rise (percent)': ['percent'],
    'one profit in two currencies: 1.1 billion rells = roughly 140 million euros': ['profit'],
    'different profits: 1.1 billion expected for 2029, 1.9 billion in 2028, 1.6 billion analyst consensus': ['profit'],
    'share fall: as much as 14 percent during the day vs 11.5 percent at the close': ['percent', 'per cent'],
    'part vs total: 650 jobs cut out of a workforce of 9,400': ['jobs', 'posts', 'workforce'],
    'part vs total: 40 branches closing out of 310': ['branches'],
    'one length written two ways (27.4 km = 27,400 metres) vs 19 km of access lines': ['km', 'kilometre', 'metre'],
    'route numbers: intercity route IC 12 vs the old Line 47': ['ic 12', 'line 47'],
    'years: construction began 2019, original opening date 2026, rockfall 2023': ['began', 'due', 'rockfall'],
    'sentences: six years for Greve, eight years sought, three years for Saam': ['year', 'term'],
    'part vs total: 2.1 million rells in bribes vs contracts worth 94 million rells': ['rells'],
    'ages: Greve 61, Saam 49': ['greve, 61', 'saam, 49'],
    'terms: two-year suspended sentence, five-year ban, 12 years as mayor': ['year'],
    "Pell's 60,000-rell fine vs the 870,000-rell loss": ['rell'],
    '2029 total (48.2 million tonnes) vs the previous record of 46.3 million tonnes in 2027': ['tonnes'],
    'growth: cargo up 7 percent, grain exports up 31 percent': ['percent'],
    '95 percent needed to stop the spread vs 64 percent in Rennick': ['percent'],
    'ages: children up to 14, a mother aged 34': ['aged', 'mum'],
    'fees: 1,200 rells now, 1,700 rells from September, a 500-rell rise, a 200-rell registration charge': ['rell'],
}

# ---------------------------------------------------------------- main
gold = json.load(open(GOLD, encoding='utf-8'))
DATE = gold.get('date', '')
if not re.fullmatch(r'2030-\d\d-\d\d', DATE):
    err(f'date {DATE!r} is not a 2030 date')

files = sorted(os.path.relpath(os.path.join(r, f), DAY).replace(os.sep, '/')
               for r, _, fs in os.walk(DAY) for f in fs)
arts = {}
for f in files:
    if not re.search(r'\.(txt|json|html)$', f):
        err(f'unexpected file {f}')
        continue
    arts[f] = read_article(os.path.join(DAY, f))
    if not arts[f]['date_ok']:
        err(f'{f}: the day\'s date is missing')

# stories
story_of = {}
for i, ids in enumerate(gold['stories']):
    for a in ids:
        if a in story_of:
            err(f'{a} is in stories {story_of[a]} and {i}')
        story_of[a] = i
        if a not in arts:
            err(f'story {i} lists missing article {a}')
for f in arts:
    if f not in story_of:
        err(f'{f} is in no story')
if len(gold['storyNames']) != len(gold['stories']):
    err('storyNames and stories differ in length')

# outlet spelling
names = {}
for f, a in arts.items():
    if a['outlet_name']:
        names.setdefault(f.split('/')[0], set()).add(a['outlet_name'])
for o, ns in names.items():
    if len(ns) != 1:
        err(f'outlet {o} spelt {sorted(ns)}')

# copies
copyOf = gold.get('copyOf', {})
for c, o in copyOf.items():
    if c not in arts or o not in arts:
        err(f'copyOf {c} -> {o}: missing file')
        continue
    op, cp = arts[o]['paras'], arts[c]['paras']
    if not any(cp[i:i + len(op)] == op for i in range(len(cp) - len(op) + 1)):
        err(f'copyOf {c}: body is not a verbatim copy of {o}')
    if story_of.get(c) != story_of.get(o):
        err(f'copyOf {c}: not in the story of {o}')
    if c.split('/')[0] == o.split('/')[0]:
        err(f'copyOf {c}: same outlet as its original')
outlet = lambda a: (copyOf.get(a) or a).split('/')[0]

# facts
facts = gold['facts']
ids = [f['id'] for f in facts]
if len(set(ids)) != len(ids):
    err('duplicate fact ids')
letters = 'ABCDEFGHIJ'
sent_owner = {}  # (article, paragraph, sentence) -> fact id
for f in facts:
    fid, s = f['id'], f['story']
    if not re.fullmatch(r'[A-J]\d+', fid) or letters.index(fid[0]) != s:
        err(f'{fid}: id does not match story {s}')
    if f['kind'] not in ('claim', 'quote'):
        err(f'{fid}: kind {f["kind"]}')
    if f['kind'] == 'quote' and not f.get('speaker'):
        err(f'{fid}: quote without speaker')
    if not f.get('about'):
        err(f'{fid}: no about')
    seen = set()
    for m in f['mentions']:
        a, ph = m['article'], m['phrase']
        if a in seen:
            err(f'{fid}: two mentions in {a}')
        seen.add(a)
        if story_of.get(a) != s:
            err(f'{fid}: mention in {a}, which is not in story {s}')
        if a not in arts:
            continue
        np_ = norm(ph)
        hits = []
        for pi, par in enumerate(arts[a]['paras']):
            joined, spans = sentence_spans(par)
            if joined != norm(par):
                err(f'{a}: sentence split lost text in paragraph {pi}')
            k = joined.find(np_)
            if k >= 0:
                hits.append((pi, k, spans))
        if not hits:
            err(f'{fid}: phrase not found in one paragraph of {a}: "{ph[:70]}"')
            continue
        pi, k, spans = hits[0]
        covered = [si for si, (st, en, _) in enumerate(spans) if st < k + len(np_) and en > k]
        if len(words(ph)) < 8:
            whole = ' '.join(spans[si][2] for si in covered)
            if whole.strip(' .,;:') != np_.strip(' .,;:'):
                err(f'{fid}: short phrase is not a whole sentence in {a}: "{ph}"')
        for si in covered:
            key = (a, pi, si)
            if key in sent_owner and sent_owner[key] != fid:
                err(f'sentence {si} of paragraph {pi} in {a} carries {sent_owner[key]} and {fid}')
            sent_owner[key] = fid

# core facts
for i, ids_ in enumerate(gold['stories']):
    cores = [f for f in facts if f['story'] == i and f['core']]
    if len(cores) != 1:
        err(f'story {i} has {len(cores)} core facts')
        continue
    have = {m['article'] for m in cores[0]['mentions']}
    for a in ids_:
        if a not in have:
            err(f'core fact {cores[0]["id"]} is not mentioned in {a}')
    n = sum(1 for f in facts if f['story'] == i)
    if not 8 <= n <= 14:
        err(f'story {i} has {n} facts')

# onlyIn
expect = sorted((f['id'] for f in facts if len({outlet(m['article']) for m in f['mentions']}) == 1), key=ids.index)
if sorted(gold.get('onlyIn', []), key=lambda x: ids.index(x) if x in ids else -1) != expect:
    err(f'onlyIn {gold.get("onlyIn")} should be {expect}')

# figures
for g in gold['figures']:
    about = g['about']
    cues = CUES.get(about)
    if cues is None:
        err(f'figure "{about}": no cue words in check.py')
        cues = []
    if g['mustFlag']:
        if len({v['value'] for v in g['values']}) < 2:
            err(f'figure "{about}": mustFlag with fewer than two values')
        for v in g['values']:
            if not v.get('claimant'):
                err(f'figure "{about}" value {v["value"]}: no claimant')
    for v in g['values']:
        if not isinstance(v['value'], (int, float)):
            err(f'figure "{about}": value {v["value"]!r} is not a number')
            continue
        for a in v['articles']:
            if story_of.get(a) != g['story']:
                err(f'figure "{about}": {a} not in story {g["story"]}')
            if a not in arts:
                continue
            ok = False
            for par in arts[a]['paras']:
                for s in sentences(par):
                    if any(abs(x - v['value']) <= 1e-6 * max(1, abs(v['value'])) for x in numbers_in(s)) and \
                       any(c in s.lower() for c in cues):
                        ok = True
            if not ok:
                err(f'figure "{about}": {a} does not state {v["value"]}')

# frozen hash
frozen = os.path.join(HERE, 'FROZEN.sha256')
if os.path.exists(frozen):
    want = open(frozen).read().split()[0]
    have = hashlib.sha256(open(GOLD, 'rb').read()).hexdigest()
    if want != have:
        err('FROZEN.sha256 does not match day.gold.json')

if errors:
    print('\n'.join(errors))
    print(f'FAIL: {len(errors)} problem(s)')
    sys.exit(1)
nm = sum(len(f['mentions']) for f in facts)
print(f'OK: {len(arts)} articles, {len(gold["stories"])} stories, {len(facts)} facts ({nm} mentions), '
      f'{sum(1 for g in gold["figures"] if g["mustFlag"])} mustFlag / {sum(1 for g in gold["figures"] if not g["mustFlag"])} must-not figures, '
      f'{len(gold["onlyIn"])} onlyIn, {len(copyOf)} copies')
sys.exit(0)
