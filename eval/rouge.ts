/**
 * ROUGE-N (Lin 2004) as ROUGE-1.5.5 computes it with stemming (-m) and stop words kept: texts lower-cased, split
 * into letter/digit tokens, Porter-stemmed; n-gram counts clipped (an n-gram the candidate repeats counts at most as
 * often as the reference has it). Recall = overlap / reference n-grams, precision = overlap / candidate n-grams,
 * F1 their harmonic mean. Single reference.
 */
import { stem, words } from '../lambdas/pipeline/text/tokens.js';

export interface RougeScore {
  recall: number;
  precision: number;
  f1: number;
}

/** Lower-cased, stemmed tokens (apostrophes split: "it's" -> it, s, as ROUGE's tokenizer does). */
export function rougeTokens(text: string): string[] {
  return words(text)
    .flatMap((w) => w.split(/['.-]/))
    .filter((w) => w.length > 0)
    .map(stem);
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const c = ngrams(rougeTokens(candidate), n);
  const r = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  let cTotal = 0;
  let rTotal = 0;
  for (const v of c.values()) cTotal += v;
  for (const [g, v] of r) {
    rTotal += v;
    overlap += Math.min(v, c.get(g) ?? 0);
  }
  const recall = rTotal ? overlap / rTotal : 0;
  const precision = cTotal ? overlap / cTotal : 0;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f1 };
}

/** The first `budget` whitespace-separated words of a text (the length cut applied to every system alike). */
export function truncateWords(text: string, budget: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, budget).join(' ');
}
