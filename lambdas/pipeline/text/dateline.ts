/**
 * A dateline opening a report's first sentence: "SANT OREL, June 8 (Nuntia) — ", "KYIV (Reuters) - ", "PARIS — ".
 * It says where the report was filed and by whom, not what happened, so a statement is shown and compared without
 * it. Recognised by its shape: a place in capitals (its words capitalised throughout), an optional date, an
 * optional agency in brackets, then a dash. A sentence opening with a capitalised word and a dash ("NATO — the
 * alliance ...") needs the date or the agency as well, so an acronym opening a sentence is not taken for a place.
 */
const PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’.\-]*){0,3}`;
const DATE = String.raw`,?\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})`;
const AGENCY = String.raw`\s*\([^()\n]{1,40}\)`;
const DASH = String.raw`\s*[—–-]{1,2}\s+`;
/** "WASHINGTON, D.C.", "PORT ESSARY": a place, maybe with its region. */
const PLACES = String.raw`${PLACE}(?:\s*,\s*${PLACE})?`;
/** Exported for its ReDoS check (test/unit/text/dateline.test.ts): built with new RegExp, out of the literal scan. */
export const DATELINE = new RegExp(String.raw`^(?:${PLACES}(?:${DATE})?${AGENCY}|${PLACES}${DATE}(?:${AGENCY})?|${PLACE}\s*,\s*${PLACE})${DASH}(?=\p{Lu}|["“‘'])`, 'u');

/** The sentence without a dateline it opens with (unchanged when it has none). */
export function withoutDateline(sentence: string): string {
  const m = DATELINE.exec(sentence);
  return m ? sentence.slice(m[0].length) : sentence;
}
