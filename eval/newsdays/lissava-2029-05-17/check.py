#!/usr/bin/env python3
"""Checks day.gold.json against the article files in day/ (python3, standard library only).

    python3 check.py [FOLDER]      (FOLDER defaults to the directory of this script)

Checks: every article file is in exactly one story and every story id is a file; the date is in every file; one
spelling of each outlet's name; copyOf copies carry the original's body text verbatim; every fact has a valid story,
exactly one core fact per story, and the core fact is mentioned in every article of its story; every mention sits in
its fact's story, at most once per article, verbatim inside one body paragraph after the scorer's normalisation, and is
8+ words or a whole sentence; no sentence carries two annotated facts; onlyIn is exactly the set of facts carried by
one independent outlet (copies count as their original); every figure value is a plain number that each of its
articles states; mustFlag:true figures have 2+ distinct values with claimants; speakers/claimants are non-empty strings
or null.  Exits 0 when everything holds, 1 otherwise.
"""
import html
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
DAY = os.path.join(ROOT, "day")
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ the scorer's normalisation (score-newsroom.mjs)
def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"['‘’`´\"“”„«»]", "", s)
    s = re.sub(r"[‐‑‒–—−]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return re.findall(r"[^\W_]+", norm(s))


# ------------------------------------------------------------------ body text
def body_paragraphs(path):
    """The article's text as the scorer sees it, split into paragraphs, plus meta (source name, date stamp)."""
    raw = open(path, encoding="utf-8").read()
    ext = path.rsplit(".", 1)[1]
    meta = {}
    if ext == "json":
        d = json.loads(raw)
        for k in ("title", "text", "source", "url", "publishedAt"):
            if not isinstance(d.get(k), str) or not d[k]:
                err(f"{path}: JSON field {k} missing")
        extra = set(d) - {"title", "text", "source", "url", "publishedAt", "author"}
        if extra:
            err(f"{path}: unexpected JSON fields {sorted(extra)}")
        meta["source"] = d.get("source")
        meta["date"] = (d.get("publishedAt") or "")[:10]
        paras = re.split(r"\n\s*\n", d.get("text", ""))
    elif ext == "txt":
        meta["date_text"] = raw
        paras = re.split(r"\n\s*\n", raw)
    elif ext == "html":
        m = re.search(r'<meta property="og:site_name" content="([^"]*)"', raw)
        meta["source"] = html.unescape(m.group(1)) if m else None
        m = re.search(r'<meta property="article:published_time" content="([^"]*)"', raw)
        meta["date"] = m.group(1)[:10] if m else ""
        if not re.search(r'<meta property="og:title" content="[^"]+"', raw):
            err(f"{path}: no og:title")
        m = re.search(r"<article\b[^>]*>(.*?)</article>", raw, re.S)
        if not m:
            err(f"{path}: no <article>")
            return [], meta
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
    else:
        err(f"{path}: unknown format")
        return [], meta
    return [p.strip() for p in paras if p.strip()], meta


# ------------------------------------------------------------------ sentences
SPLIT = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(A-Z])")


def sentence_spans(p):
    spans, start = [], 0
    for m in SPLIT.finditer(p):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(p)))
    return spans


TRIM = " \t\n.,;:!?\"“”‘’'()"


def is_whole_sentence(phrase, para):
    return any(norm(para[s:e].strip(TRIM)) == norm(phrase.strip(TRIM)) for s, e in sentence_spans(para))


# ------------------------------------------------------------------ numbers stated in a text
SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
SMALL.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
NUMWORDS = set(SMALL) | set(BIG) | {"hundred", "half", "and", "a"}
MULT = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def word_number(toks):
    total, cur, seen, i = 0.0, 0.0, False, 0
    while i < len(toks):
        t = toks[i]
        if t in SMALL:
            cur += SMALL[t]; seen = True
        elif t == "hundred":
            cur = (cur or 1) * 100; seen = True
        elif t in BIG:
            if cur or (i > 0 and toks[i - 1] == "a"):
                total += (cur or 1) * BIG[t]; cur = 0; seen = True
        elif t == "half":
            if i + 2 < len(toks) and toks[i + 1] == "a" and toks[i + 2] in BIG:
                total += 0.5 * BIG[toks[i + 2]]; i += 2; seen = True
            elif seen:
                cur += 0.5
        i += 1
    return total + cur if seen else None


def numbers_in(text):
    vals = set()
    low = text.lower()
    for m in re.finditer(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion|bn|m|k)\b)?", low):
        v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        vals.add(v)
        if m.group(3):
            vals.add(v * MULT[m.group(3)])
    toks = re.findall(r"[a-z]+|\d+(?:[.,]\d+)*|[^\sa-z\d]", low)
    run = []
    for t in toks + ["<end>"]:
        if t in NUMWORDS:
            run.append(t)
            continue
        # a spelled-out number may be scaled by a following digit-free word only; digits + scale handled above
        if run:
            v = word_number(run)
            if v is not None:
                vals.add(v)
            # also each maximal sub-run, so that "two and three" still yields 2 and 3
            for w in run:
                if w in SMALL:
                    vals.add(float(SMALL[w]))
        run = []
    return vals


def states(text, value):
    return any(abs(v - value) <= 1e-6 * max(1, abs(value)) for v in numbers_in(text))


# ------------------------------------------------------------------ load
gold = json.load(open(os.path.join(ROOT, "day.gold.json"), encoding="utf-8"))
for k in ("date", "stories", "storyNames", "copyOf", "places", "facts", "figures", "onlyIn"):
    if k not in gold:
        err(f"gold: key {k} missing")
date = gold["date"]

files = sorted(os.path.relpath(os.path.join(d, f), DAY).replace(os.sep, "/")
               for d, _, fs in os.walk(DAY) for f in fs)
art = {}
for aid in files:
    art[aid] = body_paragraphs(os.path.join(DAY, aid))

# ------------------------------------------------------------------ stories
story_of = {}
for si, ids in enumerate(gold["stories"]):
    for aid in ids:
        if aid in story_of:
            err(f"stories: {aid} is in stories {story_of[aid]} and {si}")
        story_of[aid] = si
        if aid not in art:
            err(f"stories: {aid} is not a file")
for aid in files:
    if aid not in story_of:
        err(f"stories: file {aid} is in no story")
if len(gold["storyNames"]) != len(gold["stories"]):
    err("storyNames and stories differ in length")

# ------------------------------------------------------------------ date, outlet names
months = r"(May 17, 2029|17 May 2029|17\.05\.2029|2029-05-17)"
names = {}
for aid, (paras, meta) in art.items():
    outlet = aid.split("/")[0]
    if "date_text" in meta:
        if not re.search(months, meta["date_text"]):
            err(f"{aid}: no date line for {date}")
    elif meta.get("date") != date:
        err(f"{aid}: published {meta.get('date')}, not {date}")
    if meta.get("source"):
        names.setdefault(outlet, set()).add(meta["source"])
for outlet, ns in names.items():
    if len(ns) > 1:
        err(f"outlet {outlet} has several names: {sorted(ns)}")

# ------------------------------------------------------------------ copies
copy_of = gold["copyOf"]
for cp, orig in copy_of.items():
    if cp not in art or orig not in art:
        err(f"copyOf: {cp} -> {orig}: missing file")
        continue
    if story_of.get(cp) != story_of.get(orig):
        err(f"copyOf: {cp} and {orig} are in different stories")
    if cp.split("/")[0] == orig.split("/")[0]:
        err(f"copyOf: {cp} is from the original's own outlet")
    o, c = art[orig][0], art[cp][0]
    ok = any(c[i:i + len(o)] == o for i in range(len(c) - len(o) + 1))
    if not ok:
        err(f"copyOf: {cp} does not carry the body text of {orig} verbatim")
outlet_of = lambda aid: copy_of.get(aid, aid).split("/")[0]

# ------------------------------------------------------------------ facts
n_stories = len(gold["stories"])
core_count = [0] * n_stories
fact_ids = set()
occupied = {}  # article -> [(paragraph index, sentence index, fact id)]
computed_only = set()
for f in gold["facts"]:
    fid = f.get("id")
    if fid in fact_ids:
        err(f"fact {fid}: duplicate id")
    fact_ids.add(fid)
    si = f.get("story")
    if not isinstance(si, int) or not 0 <= si < n_stories:
        err(f"fact {fid}: bad story {si}")
        continue
    if f.get("kind") not in ("claim", "quote"):
        err(f"fact {fid}: kind {f.get('kind')}")
    if f.get("speaker") is not None and not (isinstance(f["speaker"], str) and f["speaker"].strip()):
        err(f"fact {fid}: speaker must be a name or null")
    if not f.get("about"):
        err(f"fact {fid}: no about")
    seen = set()
    for m in f.get("mentions", []):
        aid, phrase = m["article"], m["phrase"]
        if aid not in art:
            err(f"fact {fid}: mention in unknown article {aid}")
            continue
        if story_of.get(aid) != si:
            err(f"fact {fid}: mention in {aid}, which is not in story {si}")
        if aid in seen:
            err(f"fact {fid}: two mentions in {aid}")
        seen.add(aid)
        paras = art[aid][0]
        hits = [i for i, p in enumerate(paras) if norm(phrase) in norm(p)]
        if not hits:
            err(f"fact {fid}: phrase not found within one paragraph of {aid}: {phrase[:70]!r}")
            continue
        pi = hits[0]
        para = paras[pi]
        if len(words(phrase)) < 8 and not is_whole_sentence(phrase, para):
            err(f"fact {fid}: phrase in {aid} is under 8 words and not a whole sentence: {phrase!r}")
        start = para.find(phrase)
        if start < 0:
            err(f"fact {fid}: phrase found only after normalisation in {aid}; cannot place its sentence")
            continue
        end = start + len(phrase)
        for k, (s, e) in enumerate(sentence_spans(para)):
            if start < e and end > s:
                occupied.setdefault(aid, []).append((pi, k, fid))
    if f.get("core"):
        core_count[si] += 1
        missing = set(gold["stories"][si]) - seen
        if missing:
            err(f"fact {fid}: core fact not mentioned in {sorted(missing)}")
    if len({outlet_of(m["article"]) for m in f.get("mentions", [])}) == 1:
        computed_only.add(fid)
    if not f.get("mentions"):
        err(f"fact {fid}: no mentions")
for si, n in enumerate(core_count):
    if n != 1:
        err(f"story {si}: {n} core facts")
for aid, occ in occupied.items():
    by = {}
    for pi, k, fid in occ:
        by.setdefault((pi, k), set()).add(fid)
    for (pi, k), fs in by.items():
        if len(fs) > 1:
            err(f"{aid}: sentence {k} of paragraph {pi} carries several facts: {sorted(fs)}")
if set(gold["onlyIn"]) != computed_only:
    err(f"onlyIn: key has {sorted(set(gold['onlyIn']) - computed_only)} extra, "
        f"misses {sorted(computed_only - set(gold['onlyIn']))}")
for fid in gold["onlyIn"]:
    if fid not in fact_ids:
        err(f"onlyIn: unknown fact {fid}")

# ------------------------------------------------------------------ figures
must = must_not = 0
for g in gold["figures"]:
    si = g.get("story")
    about = g.get("about", "?")
    if not isinstance(si, int) or not 0 <= si < n_stories:
        err(f"figure {about}: bad story")
        continue
    if not isinstance(g.get("mustFlag"), bool):
        err(f"figure {about}: mustFlag must be true or false")
    vals = g.get("values", [])
    for v in vals:
        if not isinstance(v.get("value"), (int, float)) or isinstance(v.get("value"), bool):
            err(f"figure {about}: value {v.get('value')!r} is not a plain number")
            continue
        if not v.get("articles"):
            err(f"figure {about}: value {v['value']} has no articles")
        for aid in v.get("articles", []):
            if story_of.get(aid) != si:
                err(f"figure {about}: {aid} is not in story {si}")
                continue
            if not states(" \n".join(art[aid][0]), v["value"]):
                err(f"figure {about}: {aid} does not state {v['value']}")
    if g.get("mustFlag"):
        must += 1
        if len({v["value"] for v in vals}) < 2:
            err(f"figure {about}: mustFlag with fewer than 2 distinct values")
        for v in vals:
            if not (isinstance(v.get("claimant"), str) and v["claimant"].strip()):
                err(f"figure {about}: value {v.get('value')} has no claimant")
    else:
        must_not += 1

# ------------------------------------------------------------------ report
n_mentions = sum(len(f.get("mentions", [])) for f in gold["facts"])
fmt = {e: sum(1 for a in files if a.endswith("." + e)) for e in ("txt", "json", "html")}
print(f"{len(files)} articles ({fmt['txt']}/{fmt['json']}/{fmt['html']}), {len({a.split('/')[0] for a in files})} outlets, "
      f"{n_stories} stories, {len(gold['facts'])} facts ({n_mentions} mentions), "
      f"{sum(1 for f in gold['facts'] if f.get('speaker'))} with a speaker, figures {must} must / {must_not} must-not, "
      f"onlyIn {len(gold['onlyIn'])}, copies {len(copy_of)}")
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} problem(s)")
sys.exit(1 if errors else 0)
