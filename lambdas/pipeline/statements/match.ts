/**
 * Are two statement units the same statement? compareStatements (the similarity owner's decision) on the quoted
 * words when both quote, on the whole sentences otherwise; plus three quote-specific rules that a bag-of-words
 * score misses because reporters quote PART of a longer quotation:
 *  - sentence-wise: one quote is a sentence of the other's multi-sentence quote (in other words or not);
 *  - verbatim fragments: every quoted fragment of one ("do within the framework", "our business") occurs word for
 *    word in the other's quotation (verbatim fragments of five words or more are strong evidence);
 *  - word containment: most words (function words included) of the shorter quote occur in the longer one.
 * Speakers that are both known and differ veto the match: two people's words are two statements.
 */
import type { Comparison } from './similarity.js';
import { splitSentences } from '../text/sentences.js';
import { contentStems, words } from '../text/tokens.js';
import type { StatementUnit } from './units.js';

export type Compare = (a: string, b: string) => Comparison;

const norm = (s: string): string => words(s).join(' ');

/** Lenient name equality: same last token ("Putin" ~ "Vladimir Putin"). */
export function sameSpeaker(a: string, b: string): boolean {
  const la = words(a).filter((w) => w !== 's');
  const lb = words(b).filter((w) => w !== 's');
  const lastA = la[la.length - 1];
  const lastB = lb[lb.length - 1];
  return lastA !== undefined && lastA === lastB;
}

function verbatimContained(fragments: readonly string[], other: string): boolean {
  const hay = ` ${norm(other)} `;
  let total = 0;
  for (const f of fragments) {
    const n = norm(f);
    if (!n) continue;
    if (!hay.includes(` ${n} `)) return false;
    total += n.split(' ').length;
  }
  return total >= 5 && contentStems(fragments.join(' ')).length >= 2;
}

function wordContainment(a: string, b: string): boolean {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  const sa = new Set(contentStems(a));
  let sharedStems = 0;
  for (const s of new Set(contentStems(b))) if (sa.has(s)) sharedStems++;
  return small.size > 0 && shared / small.size >= 0.75 && shared >= 6 && sharedStems >= 3;
}

export function matchUnits(a: StatementUnit, b: StatementUnit, compare: Compare): Comparison {
  if (a.speaker && b.speaker && !sameSpeaker(a.speaker, b.speaker)) return { duplicate: false, score: 0 };
  const qa = a.quote && words(a.quote).length >= 3 ? a.quote : null;
  const qb = b.quote && words(b.quote).length >= 3 ? b.quote : null;
  if (qa && qb) {
    const r = compare(qa, qb);
    if (r.duplicate) return r;
    if (verbatimContained(a.fragments, qb) || verbatimContained(b.fragments, qa)) return { duplicate: true, score: Math.max(r.score, 0.6) };
    if (wordContainment(qa, qb)) return { duplicate: true, score: Math.max(r.score, 0.55) };
    const sa = splitSentences(qa).filter((s) => contentStems(s).length >= 3).slice(0, 4);
    const sb = splitSentences(qb).filter((s) => contentStems(s).length >= 3).slice(0, 4);
    // Only worth the extra comparisons when the quotes share something at all.
    if ((sa.length > 1 || sb.length > 1) && r.score >= 0.1) {
      for (const x of sa) for (const y of sb) {
        const s = compare(x, y);
        if (s.duplicate) return { duplicate: true, score: Math.max(r.score, s.score * 0.9) };
      }
    }
    // Both quote, and the quoted words differ: different statements even if the narration around them is alike.
    if (a.kind === 'quote' && b.kind === 'quote') return { duplicate: false, score: r.score };
  }
  return compare(a.text, b.text);
}
