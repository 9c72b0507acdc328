/**
 * The statement units of one story: each article's sentences grouped by article, in story order, attributed
 * (units.ts) and kept when they are statements. A wire story republished verbatim is attributed once: its copies
 * take the original's units under their own article id.
 */
import type { Sentence } from '../model.js';
import { unitsOfArticle, type StatementUnit } from './units.js';
import { PLAIN_UNIT_TEXTS, type UnitTextAnswers } from './unit-texts.js';

/** Splits sentences by article, builds attributed units and keeps the statements (`texts`: the day's UnitTexts). */
export function storyUnits(sentences: readonly Sentence[], order: (id: string) => number, texts: UnitTextAnswers = PLAIN_UNIT_TEXTS): StatementUnit[] {
  const byArticle = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byArticle.get(s.article) ?? [];
    list.push(s);
    byArticle.set(s.article, list);
  }
  const ids = [...byArticle.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  // A wire story republished verbatim has its original's sentences, and attribution reads nothing else (the
  // article id is only stamped on the units): its units are the original's, for the other article.
  // Articles are bucketed by sentence count and first sentence; only within a bucket are sentences compared.
  const byOpening = new Map<string, Array<{ sentences: readonly Sentence[]; units: StatementUnit[] }>>();
  return ids.flatMap((id) => {
    const own = byArticle.get(id)!;
    const opening = `${own.length}:${own[0]?.text ?? ''}`;
    const bucket = byOpening.get(opening);
    const known = bucket?.find((b) => sameSentences(b.sentences, own));
    if (known) return known.units.map((u) => ({ ...u, fragments: [...u.fragments], article: id }));
    const units = unitsOfArticle(id, own, texts.parse).filter(texts.isStatement);
    if (bucket) bucket.push({ sentences: own, units });
    else byOpening.set(opening, [{ sentences: own, units }]);
    return units;
  });
}

/** Same sentences in the same order (what unitsOfArticle reads of them: index, paragraph, text). */
function sameSentences(a: readonly Sentence[], b: readonly Sentence[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.index !== y.index || x.paragraph !== y.paragraph || x.text !== y.text) return false;
  }
  return true;
}

