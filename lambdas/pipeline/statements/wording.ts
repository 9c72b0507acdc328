/**
 * Verbatim or paraphrase: do the outlets that carry a merged quote print the same words?
 *
 * Quoted words are compared after normalisation (words(): case folded, quote marks, punctuation and ellipses
 * dropped, curly and straight apostrophes alike), so “Not a suggestion…” and "not a suggestion" are the same words.
 * Reporters quote PART of a longer quotation, so a wording is consistent with another when every one of its quoted
 * fragments occurs word for word in the other's quotation (or the other way round): a fragment is not a paraphrase.
 */
import { words } from '../text/tokens.js';
import { Quotation } from '../quotation/quotation.js';
import { QUOTED_IN, quotedIn } from '../quotation/containment.js';
import { LocalIds } from '../text/local-ids.js';

export interface QuotedWording {
  /** The report (original article) the wording belongs to: copies of one report are one witness. */
  report: string;
  /** The whole quotation as printed (fragments joined). */
  quote: string;
  /** Each quoted passage; empty means the quote itself is the one passage. */
  fragments: readonly string[];
}

/**
 * The quotations of one set of wordings, built on first use and kept for the call that compares them (a wording is
 * compared with every other one).
 */
class Quotations {
  private readonly byWording = new Map<QuotedWording, Quotation>();

  of(w: QuotedWording): Quotation {
    let q = this.byWording.get(w);
    if (!q) {
      q = new Quotation(w.quote, w.fragments);
      this.byWording.set(w, q);
    }
    return q;
  }

  /** Every passage of `a` occurs word for word inside `b`'s quotation. */
  inside(a: QuotedWording, b: QuotedWording): boolean {
    return quotedIn(this.of(a), this.of(b), QUOTED_IN.wording);
  }

  /** Two wordings that could both be the speaker's exact words: one is the other, or a fragment of it. */
  consistent(a: QuotedWording, b: QuotedWording): boolean {
    return this.inside(a, b) || this.inside(b, a);
  }
}

/** Two wordings that could both be the speaker's exact words: one is the other, or a fragment of it. */
export function consistentWordings(a: QuotedWording, b: QuotedWording): boolean {
  return new Quotations().consistent(a, b);
}

/**
 * 'verbatim' when every wording agrees word for word with the most complete one (fragments included), else
 * 'paraphrase'. Null when fewer than two wordings (nothing to compare).
 */
export function quoteWording(wordings: readonly QuotedWording[]): 'verbatim' | 'paraphrase' | null {
  if (wordings.length < 2) return null;
  const quotations = new Quotations();
  const fullest = closestAmong(wordings, quotations);
  return wordings.every((w) => w === fullest || quotations.consistent(w, fullest)) ? 'verbatim' : 'paraphrase';
}


/**
 * The wording closest to the speaker's own words: the one most independent reports carry word for word.
 * A report supports a wording when its quoted words all occur in it (the same words, or a part of them): two
 * outlets that heard the same sentence print the same words, whereas a paraphrase or retranslation is its outlet's
 * own. A fragment ("not a suggestion") supports the full quotation it is cut from, not the other way round, so the
 * complete quotation wins over the part everyone repeats. Ties go to the longer wording (the most complete), then
 * the earlier one. When no two reports agree, the most central wording (the largest word overlap with the others)
 * wins: a paraphrase drifts from the others in its own way.
 */
export function closestToOriginal<T extends QuotedWording>(wordings: readonly T[]): T {
  return closestAmong(wordings, new Quotations());
}

function closestAmong<T extends QuotedWording>(wordings: readonly T[], quotations: Quotations): T {
  // Identical wordings (a wire story's copies, outlets quoting the same words) are compared once: the pairwise
  // step is quadratic in DISTINCT wordings only, which stay few however many outlets carry a quote.
  const distinct = new Map<string, { first: T; reports: Set<string> }>();
  for (const w of wordings) {
    const q = quotations.of(w);
    const key = `${q.hay}|${q.parts.join('|')}`;
    const d = distinct.get(key);
    if (d) d.reports.add(w.report);
    else distinct.set(key, { first: w, reports: new Set([w.report]) });
  }
  const ds = [...distinct.values()];
  const supportOf = new Map<T, number>();
  for (const d of ds) {
    const reports = new Set<string>();
    for (const o of ds) if (o === d || quotations.inside(o.first, d.first)) for (const r of o.reports) reports.add(r);
    supportOf.set(d.first, reports.size);
  }
  const support = wordings.map((w) => supportOf.get(w) ?? -1);
  const best = Math.max(...support);
  const tied = wordings.filter((_, i) => support[i] === best);
  if (best <= 1 && tied.length > 1) return medoidOf(tied);
  return tied.reduce((x, y) => (words(y.quote).length > words(x.quote).length ? y : x));
}

function medoidOf<T extends QuotedWording>(wordings: readonly T[]): T {
  return wordings[medoidIndex(wordings.map((w) => w.quote))]!;
}

/**
 * The index of the text with the largest summed word-set Jaccard to the others (the most central wording);
 * ties go to the longer, then the earlier. -1 for no texts.
 *
 * Identical texts are one text with a count (a claim 500 reports carry verbatim is one set, weighed 500 times), so
 * the pairwise step is quadratic in the distinct texts only; the answer is the one over every text (a copy scores
 * as its first occurrence, which wins the tie).
 */
export function medoidIndex(texts: readonly string[]): number {
  const firstOf = new Map<string, number>();
  const first: number[] = [];
  const count: number[] = [];
  texts.forEach((t, i) => {
    const d = firstOf.get(t);
    if (d === undefined) {
      firstOf.set(t, first.length);
      first.push(i);
      count.push(1);
    } else count[d]!++;
  });
  const sets = wordIdSets(first.map((i) => texts[i]!));
  const mark = new Int32Array(sets.size).fill(-1);
  let best = 0;
  let bestScore = -1;
  sets.ids.forEach((s, d) => {
    for (const id of s) mark[id] = d;
    // Its own copies are at Jaccard 1 (0 for a text without words, as two such texts always were).
    let score = s.length > 0 ? count[d]! - 1 : 0;
    sets.ids.forEach((o, e) => {
      if (d === e) return;
      let inter = 0;
      for (const id of o) if (mark[id] === d) inter++;
      score += (count[e]! * inter) / (s.length + o.length - inter || 1);
    });
    const i = first[d]!;
    const longer = texts[i]!.length > texts[best]!.length;
    if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && longer)) {
      best = i;
      bestScore = score;
    }
  });
  return texts.length ? best : -1;
}

/**
 * Each text's distinct words as ids local to this call: the pairwise step then stamps one text's ids into an array
 * and counts the other's, with no string hashing.
 */
function wordIdSets(texts: readonly string[]): { ids: number[][]; size: number } {
  const local = new LocalIds();
  const owner: number[] = [];
  const ids = texts.map((t, i) => {
    const list: number[] = [];
    for (const w of words(t)) {
      const id = local.id(w);
      if (owner[id] === i) continue;
      owner[id] = i;
      list.push(id);
    }
    return list;
  });
  return { ids, size: local.size };
}
