#!/usr/bin/env python3
"""Checks day.gold.json against the files in day/ (python3 stdlib only). Exit 0 when everything holds.

  python3 check.py [GOLD_JSON] [DAY_DIR]

Checks:
  * date, file formats (json keys; html og:site_name / og:title / article:published_time; txt date line),
    one spelling of each outlet's name;
  * every file under day/ is in exactly one story and every story article exists;
  * facts: ids, story letters, 8-14 facts per story, exactly one core fact per story that every article of the
    story mentions, at most one mention per article per fact, mentions only in the fact's story;
  * every mention phrase is found, after the scorer's normalisation (NFKC, lower case, quote marks removed,
    dashes unified, whitespace collapsed), inside one paragraph of its article's body text; it has 8+ words or is a
    whole sentence; no sentence carries mentions of two different facts;
  * onlyIn is exactly the set of facts carried by one independent outlet (copies count as their original);
  * figures: values are plain numbers, each value's articles belong to the story and contain that value
    (digits, separators, decimals, million/billion/m/bn, number words, "a dozen", "half a million", "a quarter");
    mustFlag figures have 2-3 distinct values with a claimant that is a fact speaker of the story;
    10-14 mustFlag:true and 10+ mustFlag:false figures;
  * copyOf: original exists, same story, other outlet, and every body paragraph of the original appears verbatim,
    in order and contiguous, in the copy.
"""
import html
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "day.gold.json")
DAY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(GOLD)), "day")

errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- the scorer's normalisation
QUOTES = re.compile("['‘’`´\"“”„«»]")
DASHES = re.compile("[‐‑‒–—−]")


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = QUOTES.sub("", s)
    s = DASHES.sub("-", s)
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return re.findall(r"[^\W_]+", norm(s))


# ---------------------------------------------------------------- body text
class ArticleParas(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_article = 0
        self.in_p = False
        self.buf = []
        self.paras = []
        self.meta = {}
        self.times = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            k = a.get("property") or a.get("name")
            if k:
                self.meta[k] = a.get("content", "")
        if tag == "time" and "datetime" in a:
            self.times.append(a["datetime"])
        if tag == "article":
            self.depth_article += 1
        if tag == "p" and self.depth_article:
            self.in_p = True
            self.buf = []

    def handle_endtag(self, tag):
        if tag == "p" and self.in_p:
            self.paras.append("".join(self.buf).strip())
            self.in_p = False
        if tag == "article":
            self.depth_article -= 1

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)


def load(aid):
    path = os.path.join(DAY, aid)
    raw = open(path, encoding="utf-8").read()
    ext = aid.rsplit(".", 1)[-1]
    info = {"ext": ext, "raw": raw, "title": ""}
    if ext == "json":
        try:
            d = json.loads(raw)
        except ValueError as e:
            err(f"{aid}: bad json: {e}")
            d = {}
        for k in ("title", "text", "source", "url", "publishedAt"):
            if not isinstance(d.get(k), str) or not d.get(k):
                err(f"{aid}: json lacks {k}")
        extra = set(d) - {"title", "text", "source", "url", "publishedAt", "author"}
        if extra:
            err(f"{aid}: unexpected json keys {sorted(extra)}")
        info["paras"] = [p.strip() for p in re.split(r"\n\s*\n", d.get("text", "")) if p.strip()]
        info["title"] = d.get("title", "")
        info["name"] = d.get("source")
        if not str(d.get("publishedAt", "")).startswith("2029-09-03"):
            err(f"{aid}: publishedAt is not the day")
    elif ext == "html":
        p = ArticleParas()
        p.feed(raw)
        info["paras"] = [x for x in p.paras if x]
        info["title"] = p.meta.get("og:title", "")
        info["name"] = p.meta.get("og:site_name")
        for k in ("og:site_name", "og:title", "article:published_time"):
            if not p.meta.get(k):
                err(f"{aid}: html lacks meta {k}")
        if not p.meta.get("article:published_time", "").startswith("2029-09-03"):
            err(f"{aid}: article:published_time is not the day")
        if not any(t.startswith("2029-09-03") for t in p.times):
            err(f"{aid}: no <time> with the day")
        for needle in ("cookie", "<nav", "<footer", "related"):
            if needle not in raw.lower():
                err(f"{aid}: html page lacks {needle}")
    elif ext == "txt":
        info["paras"] = [p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip()]
        info["name"] = None
        if not re.search(r"Monday,? 3(rd)? September 2029|Monday, September 3, 2029|03\.09\.2029|03/09/2029", raw):
            err(f"{aid}: txt has no date line")
    else:
        err(f"{aid}: unknown extension")
        info["paras"] = []
    info["normparas"] = [norm(p) for p in info["paras"]]
    return info


# ---------------------------------------------------------------- sentences
SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’)]))\s+(?=[“\"‘(A-Z0-9])")


def sentence_spans(para):
    """Normalised paragraph text and the [start, end) spans of its sentences in it."""
    sents = [s for s in SPLIT.split(para) if s.strip()]
    spans, pos, out = [], 0, []
    for s in sents:
        n = norm(s)
        if out:
            pos += 1
        spans.append((pos, pos + len(n)))
        out.append(n)
        pos += len(n)
    return " ".join(out), spans


# ---------------------------------------------------------------- numbers in text
UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
SUFFIX = {"million": 10 ** 6, "billion": 10 ** 9, "thousand": 1000, "m": 10 ** 6, "bn": 10 ** 9}


def numbers_in(text):
    t = unicodedata.normalize("NFKC", text).lower()
    vals = set()
    for m in re.finditer(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(million|billion|thousand|bn|m)(?![a-z]))?", t):
        base = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        vals.add(base)
        if m.group(3):
            vals.add(base * SUFFIX[m.group(3)])
    if re.search(r"\bhalf a million\b", t):
        vals.add(500000.0)
    if re.search(r"\b(a|one) quarter\b", t):
        vals.add(25.0)
    toks = re.findall(r"[a-z]+", t)
    i = 0
    while i < len(toks):
        total, cur, seen, j = 0, 0, False, i
        while j < len(toks):
            w = toks[j]
            nxt = toks[j + 1] if j + 1 < len(toks) else ""
            if w in UNITS:
                cur += UNITS[w]; seen = True
            elif w in TENS:
                cur += TENS[w]; seen = True
            elif w == "a" and not seen and nxt in ("dozen", "hundred", "thousand", "million", "billion"):
                cur = 1
            elif w == "dozen" and (seen or cur):
                cur *= 12; seen = True
            elif w in SCALES and (seen or cur):
                cur *= SCALES[w]; seen = True
                if SCALES[w] >= 1000:
                    total += cur; cur = 0
            elif w == "and" and seen and (nxt in UNITS or nxt in TENS):
                pass
            else:
                break
            j += 1
        if seen:
            vals.add(float(total + cur))
            i = j
        else:
            i += 1
    return vals


def has_value(text, v):
    return any(abs(x - v) <= 1e-6 * max(1, abs(v)) for x in numbers_in(text))


# ---------------------------------------------------------------- checks
def main():
    gold = json.load(open(GOLD, encoding="utf-8"))
    for k in ("date", "stories", "storyNames", "copyOf", "places", "facts", "figures", "onlyIn"):
        if k not in gold:
            err(f"gold lacks {k}")
    if gold.get("date") != "2029-09-03":
        err("date is not 2029-09-03")
    stories = gold["stories"]
    if len(gold["storyNames"]) != len(stories):
        err("storyNames and stories differ in length")

    files = sorted(os.path.relpath(os.path.join(r, f), DAY).replace(os.sep, "/")
                   for r, _, fs in os.walk(DAY) for f in fs)
    story_of = {}
    for si, ids in enumerate(stories):
        for aid in ids:
            if aid in story_of:
                err(f"{aid} is in two stories")
            story_of[aid] = si
    for f in files:
        if f not in story_of:
            err(f"{f} is in no story")
    for aid in story_of:
        if aid not in files:
            err(f"{aid} listed but missing")
    arts = {aid: load(aid) for aid in story_of if aid in files}

    # outlet name spelling
    names = {}
    for aid, a in arts.items():
        if a["name"]:
            names.setdefault(aid.split("/")[0], set()).add(a["name"])
    for o, ns in names.items():
        if len(ns) != 1:
            err(f"outlet {o} spelled {sorted(ns)}")

    # copies
    copy_of = gold["copyOf"]
    for c, o in copy_of.items():
        if o not in arts or c not in arts:
            err(f"copyOf {c} -> {o}: missing article"); continue
        if story_of[c] != story_of[o]:
            err(f"copyOf {c} -> {o}: different stories")
        if c.split("/")[0] == o.split("/")[0]:
            err(f"copyOf {c} -> {o}: same outlet")
        op, cp = arts[o]["paras"], arts[c]["paras"]
        ok = any(cp[i:i + len(op)] == op for i in range(len(cp) - len(op) + 1))
        if not ok:
            err(f"copyOf {c} is not a verbatim copy of {o}")

    def outlet(aid):
        return copy_of.get(aid, aid).split("/")[0]

    # facts
    letters = "ABCDEFGHIJKLMNOP"
    facts = gold["facts"]
    ids = [f["id"] for f in facts]
    if len(set(ids)) != len(ids):
        err("duplicate fact ids")
    per_story = {}
    speakers = {}
    sentence_owner = {}  # (article, para index, sentence index) -> fact id
    for f in facts:
        fid, si = f["id"], f["story"]
        if not re.fullmatch(r"[A-Z]\d+", fid) or letters.index(fid[0]) != si:
            err(f"{fid}: id letter does not match story {si}")
        if f.get("kind") not in ("claim", "quote"):
            err(f"{fid}: kind {f.get('kind')}")
        if f.get("kind") == "quote" and not f.get("speaker"):
            err(f"{fid}: quote without speaker")
        per_story.setdefault(si, []).append(f)
        if f.get("speaker"):
            speakers.setdefault(si, set()).add(f["speaker"])
        seen_articles = set()
        for m in f["mentions"]:
            aid, phrase = m["article"], m["phrase"]
            if aid in seen_articles:
                err(f"{fid}: two mentions in {aid}")
            seen_articles.add(aid)
            if aid not in arts:
                err(f"{fid}: unknown article {aid}"); continue
            if story_of[aid] != si:
                err(f"{fid}: mention in {aid} of another story")
            p = norm(phrase)
            hits = [i for i, np in enumerate(arts[aid]["normparas"]) if p in np]
            if not hits:
                err(f"{fid}: phrase not inside one paragraph of {aid}: {phrase[:70]!r}"); continue
            if p not in norm(arts[aid]["raw"] if arts[aid]["ext"] == "txt" else "\n".join(arts[aid]["paras"])):
                err(f"{fid}: phrase not in the text of {aid}")
            pi = hits[0]
            ntext, spans = sentence_spans(arts[aid]["paras"][pi])
            start = ntext.find(p)
            if start < 0:
                err(f"{fid}: sentence mapping failed in {aid}"); continue
            end = start + len(p)
            touched = [k for k, (a, b) in enumerate(spans) if a < end and b > start]
            whole = any(a == start and b == end for a, b in spans) or \
                any(ntext[a:b].rstrip(".!?") == p.rstrip(".!?") and a == start for a, b in spans)
            if len(words(phrase)) < 8 and not whole:
                err(f"{fid}: phrase in {aid} has fewer than 8 words and is not a whole sentence: {phrase!r}")
            for k in touched:
                key = (aid, pi, k)
                if key in sentence_owner and sentence_owner[key] != fid:
                    err(f"{fid} and {sentence_owner[key]} share a sentence in {aid}")
                sentence_owner[key] = fid

    for si, ids_ in enumerate(stories):
        fs = per_story.get(si, [])
        if not 8 <= len(fs) <= 14:
            err(f"story {si} has {len(fs)} facts")
        cores = [f for f in fs if f.get("core")]
        if len(cores) != 1:
            err(f"story {si} has {len(cores)} core facts")
        for c in cores:
            have = {m["article"] for m in c["mentions"]}
            for aid in ids_:
                if aid not in have:
                    err(f"core {c['id']} not mentioned in {aid}")

    want_only = sorted(f["id"] for f in facts if len({outlet(m["article"]) for m in f["mentions"]}) == 1)
    if sorted(gold["onlyIn"]) != want_only:
        err(f"onlyIn {sorted(gold['onlyIn'])} != computed {want_only}")

    # figures
    must = [g for g in gold["figures"] if g.get("mustFlag")]
    mustnot = [g for g in gold["figures"] if g.get("mustFlag") is False]
    if not 10 <= len(must) <= 14:
        err(f"{len(must)} mustFlag:true figures")
    if len(mustnot) < 10:
        err(f"{len(mustnot)} mustFlag:false figures")
    for g in gold["figures"]:
        si = g["story"]
        vals = [v["value"] for v in g["values"]]
        if len(set(vals)) != len(vals):
            err(f"figure {g['about']}: repeated value")
        if g.get("mustFlag"):
            if not 2 <= len(vals) <= 3:
                err(f"figure {g['about']}: {len(vals)} values")
            for v in g["values"]:
                if not v.get("claimant"):
                    err(f"figure {g['about']}: value {v['value']} without claimant")
                elif v["claimant"] not in speakers.get(si, set()):
                    err(f"figure {g['about']}: claimant {v['claimant']} is no fact speaker of the story")
        for v in g["values"]:
            if not isinstance(v["value"], (int, float)) or isinstance(v["value"], bool):
                err(f"figure {g['about']}: value {v['value']!r} is not a number")
                continue
            if not v["articles"]:
                err(f"figure {g['about']}: value {v['value']} has no article")
            for aid in v["articles"]:
                if story_of.get(aid) != si:
                    err(f"figure {g['about']}: {aid} is not in story {si}")
                    continue
                a = arts[aid]
                text = a["title"] + "\n" + "\n".join(a["paras"])
                if a["ext"] == "txt":
                    text = a["raw"]
                if not has_value(text, float(v["value"])):
                    err(f"figure {g['about']}: {aid} does not contain {v['value']}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    n_m = sum(len(f["mentions"]) for f in facts)
    print(f"ok: {len(arts)} articles, {len(stories)} stories, {len(facts)} facts ({n_m} mentions), "
          f"{len(must)} mustFlag:true / {len(mustnot)} mustFlag:false figures, {len(gold['onlyIn'])} onlyIn, "
          f"{len(copy_of)} copies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
