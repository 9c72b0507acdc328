/**
 * A later sentence of an article that repeats a few words of a quotation the article already gave in full
 * ('the new quota is “not a suggestion”', after the whole quote two paragraphs up) is not a statement of its own:
 * shown beside the merged quote it repeats it. Merging cannot put it in the quote's group, because a group holds
 * one unit per article (the guard against chaining); this step folds it in afterwards as a second wording of that
 * same article, so nothing is lost and the key statements do not say the same thing twice.
 */
import { words } from '../text/tokens.js';
import { Quotation } from '../quotation/quotation.js';
import { QUOTED_IN, quotedIn } from '../quotation/containment.js';
import { sameSpeaker } from './match.js';
import type { StatementUnit } from './units.js';

/** Quotations of a receiving cluster checked per fragment (bounds the work in a large cluster). */
const MAX_CHECKED = 8;

/**
 * Folds single-unit clusters whose quoted fragments all repeat, word for word, a quotation of a merged statement
 * that already holds ANOTHER sentence of the same article. Speakers that are both known and differ never fold.
 * Linear: each candidate looks only at the clusters holding its own article.
 */
export function absorbFragments(clusters: readonly StatementUnit[][]): StatementUnit[][] {
  const out = clusters.map((c) => [...c]);
  // Article -> clusters of several units (merged statements) holding a sentence of that article.
  const clustersOf = new Map<string, number[]>();
  out.forEach((c, ci) => {
    if (c.length < 2 || !c.some((u) => u.quote)) return;
    for (const article of new Set(c.map((u) => u.article))) {
      const list = clustersOf.get(article) ?? [];
      list.push(ci);
      clustersOf.set(article, list);
    }
  });
  const absorbed = new Set<number>();
  out.forEach((c, ci) => {
    if (c.length !== 1) return;
    const u = c[0]!;
    if (!u.fragments.length) return;
    const part = new Quotation(u.quote ?? '', u.fragments);
    let target = -1;
    for (const ti of clustersOf.get(u.article) ?? []) {
      const t = out[ti]!;
      const speaker = t.find((x) => x.speaker)?.speaker ?? null;
      if (u.speaker && speaker && !sameSpeaker(u.speaker, speaker)) continue;
      // Quoted words a fragment must repeat: two or more with a content word make a quotation; one word
      // ("counted") is only enough when the sentence names the same speaker as the quote.
      const evidence = u.speaker && speaker ? QUOTED_IN.fragmentSameSpeaker : QUOTED_IN.fragment;
      const quotes = t.filter((x) => x.quote && words(x.quote).length > words(u.quote ?? '').length).slice(0, MAX_CHECKED);
      if (!quotes.some((x) => quotedIn(part, new Quotation(x.quote!, x.fragments), evidence))) continue;
      if (target < 0 || t.length > out[target]!.length) target = ti;
    }
    if (target < 0) return;
    out[target]!.push(u);
    absorbed.add(ci);
  });
  return out.filter((_, ci) => !absorbed.has(ci));
}
