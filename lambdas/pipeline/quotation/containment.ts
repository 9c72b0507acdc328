/**
 * The one containment rule of quotations: reporters quote PART of a longer quotation ("what they 'do within the
 * framework' of the treaty is 'our business'"), so a quotation is consistent with another when every one of its
 * quoted passages occurs word for word in the other's quotation. A part is not a paraphrase: the outlet printed the
 * speaker's words, only fewer of them.
 *
 * Two strengths of the one rule:
 *  - quotedIn: word for word, on the normalised passages of a Quotation. What merging units, judging wording and
 *    folding fragments use: they compare what outlets printed.
 *  - quotedNearlyIn: every passage's content stems occur in the other quotation and most of its stem bigrams do,
 *    allowing a changed word or tense ("would be served" / "will be served"). What the paraphrase decision uses,
 *    on whole sentences, where an outlet's retranslation of a quote must still count as the same statement.
 *
 * How much a word-for-word match proves depends on what it is used for, so quotedIn takes the evidence it needs
 * (QUOTED_IN):
 * judging whether outlets quoted the same words needs any passage; merging two statements on it needs five words
 * with two content words; folding a later sentence into a quote needs two words with a content word, or one word
 * when the sentence names the quote's own speaker.
 */
import type { Quotation, QuotedStems } from './quotation.js';

export interface QuotedEvidence {
  /** Quoted words the passages must hold together. */
  words: number;
  /** Content stems (not function words) they must hold. */
  contentStems: number;
}

export const QUOTED_IN: Readonly<Record<'wording' | 'merge' | 'fragment' | 'fragmentSameSpeaker', Readonly<QuotedEvidence>>> = {
  /** The same words (verbatim vs paraphrase, the wording closest to the original): any passage. */
  wording: { words: 1, contentStems: 0 },
  /** Two statements are one because one quotes part of the other: verbatim passages of five words are strong evidence. */
  merge: { words: 5, contentStems: 2 },
  /** A later sentence repeating words of a quote its article gave in full: two or more words with a content word. */
  fragment: { words: 2, contentStems: 1 },
  /** ...one word ("counted") is enough when the sentence names the quote's own speaker. */
  fragmentSameSpeaker: { words: 1, contentStems: 1 },
};

/** Every passage of `part` occurs word for word in `whole`'s quotation, with at least the evidence asked for. */
export function quotedIn(part: Quotation, whole: Quotation, evidence: QuotedEvidence): boolean {
  if (part.parts.length === 0 || part.partWords < evidence.words) return false;
  if (evidence.contentStems > 0 && part.partContentStems < evidence.contentStems) return false;
  for (const p of part.parts) if (!whole.hay.includes(` ${p} `)) return false;
  return true;
}

/**
 * Every passage of `part` occurs in `whole`'s quotations allowing small changes: all its content stems are quoted
 * there, and at least `bigramCover` of its stem bigrams (a one-word passage needs only its stem); `part` quotes no
 * more words than `whole`.
 */
export function quotedNearlyIn(part: QuotedStems, whole: QuotedStems, bigramCover: number): boolean {
  if (part.words > whole.words) return false;
  for (const f of part.passages) {
    for (const c of f.content) if (!whole.stems.has(c)) return false;
    if (f.stems.length < 2) continue;
    let covered = 0;
    for (let i = 0; i + 1 < f.stems.length; i++) if (whole.bigrams.has(`${f.stems[i]} ${f.stems[i + 1]}`)) covered++;
    if (covered / (f.stems.length - 1) < bigramCover) return false;
  }
  return true;
}
