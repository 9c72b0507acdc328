#!/usr/bin/env python3
"""The peer: what a user would pick instead of news-digest to group a day's articles into stories.

scikit-learn's TF-IDF (sublinear tf, English stop words) and average-link agglomerative clustering on cosine
distance, cut at a threshold tuned on ECB+, over the same generated day the bench gives the digest. Read the way a
user would with Python's standard tools: .txt as is, .json title + text (or body), .html the visible text of the
first <article>, else <main>, else <body> (html.parser). Article ids are paths relative to the day folder with '/'
separators, as the pipeline's, so the bench scores both clusterings with the same code against the same truth.

    /usr/bin/python3 bench/peer.py DAY_DIR --out RESULT.json      # cluster a day, write groups and costs
    /usr/bin/python3 bench/peer.py --tune CORPORA                 # the threshold grid on ECB+ train+dev

Needs Debian's python3-sklearn (bench/peer.ts installs it where missing). Memory: the clustering holds the dense
TF-IDF matrix (articles x terms doubles) and every pair's distance (n^2 / 2 doubles): the bench runs it only up to
20,000 articles, and it does not start a clustering that would need more than 80 % of the memory available (the
result then says so).
"""
import argparse
import json
import os
import resource
import sys
import time
from html.parser import HTMLParser

# Cosine DISTANCE at which average-link merging stops (similarity 1 - THRESHOLD), from `--tune` on ECB+ train+dev
# (772 documents, 66 gold clusters, gold = `cluster`, text = the record's `text`), grid 0.30..0.98 step 0.01, the best
# B-cubed F1 on those same documents:
#   distance 0.83: P 0.825 R 0.930 F1 0.874
#   neighbours: 0.79 0.871/0.864/0.867, 0.82 0.831/0.911/0.869, 0.85 0.798/0.962/0.873, 0.88 0.716/0.991/0.832
# scikit-learn 1.2.1 (Debian bookworm's python3-sklearn). Rerun `--tune` after changing how texts are read or vectorised.
THRESHOLD = 0.83

STARTED = time.perf_counter()


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class VisibleText(HTMLParser):
    """Text inside <article>, <main> and <body>, script, style and template left out."""

    HIDDEN = {"script", "style", "template", "noscript", "head"}
    KEPT = ("article", "main", "body")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = {tag: 0 for tag in self.KEPT}
        self.text = {tag: [] for tag in self.KEPT}
        self.done = {tag: False for tag in self.KEPT}
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.depth and not self.done[tag]:
            self.depth[tag] += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.depth and self.depth[tag] > 0:
            self.depth[tag] -= 1
            if self.depth[tag] == 0:
                self.done[tag] = True  # the first element of its kind only

    def handle_data(self, data):
        if self.hidden:
            return
        for tag in self.KEPT:
            if self.depth[tag] > 0:
                self.text[tag].append(data)

    def visible(self):
        for tag in self.KEPT:
            text = " ".join(" ".join(self.text[tag]).split())
            if text:
                return text
        return ""


def read_article(path):
    """The text a user's script would cluster, or None when the file is not an article it can read."""
    ext = os.path.splitext(path)[1].lower()
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8", errors="replace")
    if ext == ".txt":
        return text
    if ext == ".json":
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        body = data.get("text") or data.get("body") or ""
        title = data.get("title") or ""
        return f"{title}\n{body}" if isinstance(body, str) and isinstance(title, str) else None
    if ext in (".html", ".htm"):
        parser = VisibleText()
        parser.feed(text)
        parser.close()
        return parser.visible()
    return None


def read_day(root):
    """(ids, texts, skipped) for every file under root, in sorted path order."""
    ids, texts, skipped = [], [], []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            full = os.path.join(folder, name)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            text = read_article(full)
            if text is None or not text.strip():
                skipped.append(rel)
            else:
                ids.append(rel)
                texts.append(text)
    return ids, texts, skipped


class OverBudget(Exception):
    """The clustering would not fit in memory: the bench says so instead of running the machine out of it."""


def available_bytes():
    """MemAvailable from /proc/meminfo, or None where there is none."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def cluster(texts, threshold, budget=None):
    """Cluster labels, one per text. Raises OverBudget when the dense matrix and the pair distances would pass budget bytes."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(texts) < 2:
        return [0] * len(texts)
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    n, vocabulary = matrix.shape
    # The dense TF-IDF matrix, and scipy's condensed pair distances (average link without connectivity).
    need = n * vocabulary * 8 + n * (n - 1) // 2 * 8
    if budget is not None and need > budget:
        raise OverBudget(
            f"not run: {n:,} articles x {vocabulary:,} terms dense plus every pair's distance would need ~{need / 1e9:.1f} GB, "
            f"over the {budget / 1e9:.1f} GB available"
        )
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold)
    # The estimator wants a dense matrix; an all-zero row (only stop words) has no cosine: it stays on its own.
    dense = matrix.toarray()
    empty = ~dense.any(axis=1)
    labels = [-1] * n
    rows = [i for i in range(n) if not empty[i]]
    if len(rows) >= 2:
        fitted = model.fit_predict(dense if len(rows) == n else dense[rows])
        for i, label in zip(rows, fitted):
            labels[i] = int(label)
    elif rows:
        labels[rows[0]] = 0
    top = max(labels) + 1
    for i in range(n):
        if labels[i] < 0:
            labels[i], top = top, top + 1
    return labels


def bcubed(labels, gold):
    """B-cubed precision, recall, F1 of labels against gold (lists of equal length)."""
    from collections import Counter

    found = Counter(labels)
    truth = Counter(gold)
    both = Counter(zip(labels, gold))
    n = len(labels)
    p = sum(both[(l, g)] / found[l] for l, g in zip(labels, gold)) / n
    r = sum(both[(l, g)] / truth[g] for l, g in zip(labels, gold)) / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def tune(corpora):
    docs = []
    with open(os.path.join(corpora, "ecbplus", "docs.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    texts = [d["text"] for d in docs]
    gold = [d["cluster"] for d in docs]
    splits = sorted({d["split"] for d in docs})
    print(f"ECB+ {'+'.join(splits)}: {len(docs)} documents, {len(set(gold))} gold clusters")
    best = None
    for step in range(30, 99):
        threshold = step / 100
        p, r, f1 = bcubed(cluster(texts, threshold), gold)
        print(f"  distance {threshold:.2f}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
        if best is None or f1 > best[3]:
            best = (threshold, p, r, f1)
    import sklearn

    print(f"best: distance {best[0]:.2f}: P {best[1]:.3f} R {best[2]:.3f} F1 {best[3]:.3f} (scikit-learn {sklearn.__version__})")


def run(day, out, max_bytes=None):
    imported = time.perf_counter()
    import sklearn.cluster  # noqa: F401  (import cost reported apart, as the digest's module load is)
    import sklearn.feature_extraction.text  # noqa: F401

    import_ms = (time.perf_counter() - imported) * 1000
    t0, c0 = time.perf_counter(), cpu_seconds()
    ids, texts, skipped = read_day(day)
    t1, c1 = time.perf_counter(), cpu_seconds()
    available = available_bytes()
    try:
        budgets = [b for b in (None if available is None else int(available * 0.8), max_bytes) if b is not None]
        labels = cluster(texts, THRESHOLD, min(budgets) if budgets else None)
    except OverBudget as e:
        with open(out, "w", encoding="utf-8") as f:
            json.dump({"notRun": str(e)}, f)
        return
    t2, c2 = time.perf_counter(), cpu_seconds()
    groups = {}
    for i, label in zip(ids, labels):
        groups.setdefault(label, []).append(i)
    result = {
        "articles": len(ids),
        "skipped": skipped,
        "threshold": THRESHOLD,
        "groups": list(groups.values()),
        "importMs": import_ms,
        "ms": {"read": (t1 - t0) * 1000, "cluster": (t2 - t1) * 1000, "total": (t2 - t0) * 1000},
        "cpuMs": {"read": (c1 - c0) * 1000, "cluster": (c2 - c1) * 1000, "total": (c2 - c0) * 1000},
        # ru_maxrss is in KiB on Linux.
        "peakRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("day", nargs="?", help="the day folder to cluster")
    ap.add_argument("--out", help="where to write the result (JSON)")
    ap.add_argument("--tune", metavar="CORPORA", help="print the threshold grid on CORPORA/ecbplus/docs.jsonl")
    ap.add_argument("--read-only", action="store_true", help="print the ids and texts read from the day (JSON), no clustering")
    ap.add_argument("--max-mb", type=float, help="do not cluster when the estimate passes this many MB (default: 80 %% of MemAvailable)")
    a = ap.parse_args()
    if a.tune:
        tune(a.tune)
    elif a.day and a.read_only:
        ids, texts, skipped = read_day(a.day)
        json.dump({"articles": dict(zip(ids, texts)), "skipped": skipped}, sys.stdout)
    elif a.day and a.out:
        run(a.day, a.out, None if a.max_mb is None else int(a.max_mb * 1e6))
    else:
        ap.error("give DAY --out FILE, DAY --read-only, or --tune CORPORA")


if __name__ == "__main__":
    main()
