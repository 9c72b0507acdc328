/**
 * Sentence splitting: Intl.Segmenter (ICU) per paragraph, then two repairs ICU needs for news text.
 *
 * 1. ICU breaks after every period followed by a capital, so "Mr. Smith", "Gen. Lee", "John F. Kennedy",
 *    "No. 4" and "Jan. 5" come out cut in two. We glue a segment to the next when it ends in a known
 *    abbreviation (some only when a number follows).
 * 2. ICU breaks inside quotations ("Images are serious. If so, ..." said Putin). A quotation is one statement,
 *    so a segment that leaves a quotation open is glued to the following ones until the quotation closes,
 *    provided it closes within MAX_QUOTED_SENTENCE characters; a longer quotation (a speech pasted whole) is
 *    left split, because one giant "sentence" is worse for merging and ranking than several.
 */
import type { Article, Sentence } from '../model.js';
import { hasOpenQuote } from './quotes.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Longest sentence we build by gluing the pieces of a quotation together. */
export const MAX_QUOTED_SENTENCE = 600;
/** Most ICU segments a quotation may span before we stop waiting for it to close. */
const MAX_QUOTED_PIECES = 6;

/** Titles and other abbreviations that precede a name: never the end of a sentence. */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr gen sen rep gov lt col st prof sgt capt cmdr adm maj rev hon pres supt det insp cpl pvt ' +
    'sr jr gens sens reps ft mt messrs mme mlle vs'
  ).split(' '),
);

/** Abbreviations that end a sentence happily unless a number follows ("Jan. 5", "No. 4", "Art. 4"). */
const BEFORE_NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no nos art vol p pp fig ch sec para'.split(' '),
);

/** Dotted country and organisation initials that ICU may treat as a sentence end. */
const DOTTED_NAMES: ReadonlySet<string> = new Set(['u.s.', 'u.k.', 'u.n.', 'e.u.', 'u.s.a.', 'u.a.e.']);

/**
 * Should the text not break between `before` (a segment, trimmed) and `after` (the next one)?
 * Decided on the last token of `before` and the first character of `after`.
 */
function abbreviationJoins(before: string, after: string): boolean {
  if (!before.endsWith('.')) return false;
  const lastToken = before.slice(before.search(/\S+$/u)).replace(/^[(["“‘'«]+/u, '');
  const word = lastToken.slice(0, -1);
  const lower = lastToken.toLowerCase();
  const nextStartsWithNumber = /^\s*[(["“‘'«]?\d/u.test(after);
  if (DOTTED_NAMES.has(lower)) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: John F. Kennedy
  if (TITLE_ABBREVIATIONS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word)) return true;
  if (BEFORE_NUMBER_ABBREVIATIONS.has(word.toLowerCase()) && nextStartsWithNumber) {
    // lower-case "no." is the word no ending a sentence ("He said no. 4 people ..." is rare; "No. 4" is not)
    return /^\p{Lu}/u.test(word);
  }
  // Other dotted initials (D.C., a.m.) only when the sentence plainly goes on in lower case.
  if (/^(?:\p{L}\.){2,}$/u.test(lastToken) && /^\s*\p{Ll}/u.test(after)) return true;
  return false;
}

/**
 * A lower-case word, a full stop (or ? !), maybe a closing quote, then a capitalised word with no space between:
 * text pasted from web pages loses the space at block boundaries ("he said.The president ..."), and ICU does not
 * break there. Lower-case words only, so "U.S.Army"-like initials and domain names (all lower case after the
 * dot) are left alone.
 */
const GLUED_SENTENCE_END = /(?<=(?:^|[\s(])\p{Ll}{2,}[.!?]["”’]?)(?=\p{Lu}\p{Ll})/gu;

/** ICU sentence segments of one paragraph, raw (with their trailing spaces). */
function icuSegments(paragraph: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(paragraph.replace(GLUED_SENTENCE_END, ' '))) out.push(s.segment);
  return out;
}

function joinAbbreviations(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length > 0 ? out[out.length - 1]! : undefined;
    if (last !== undefined && abbreviationJoins(last.trimEnd(), piece)) out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

function joinQuotations(pieces: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let merged = pieces[i]!;
    let next = i + 1;
    if (hasOpenQuote(merged)) {
      let candidate = merged;
      for (let j = i + 1; j < pieces.length && j - i < MAX_QUOTED_PIECES; j++) {
        candidate += pieces[j]!;
        if (candidate.trim().length > MAX_QUOTED_SENTENCE) break;
        if (!hasOpenQuote(candidate)) {
          merged = candidate;
          next = j + 1;
          break;
        }
      }
    }
    out.push(merged);
    i = next;
  }
  return out;
}

/** Sentences of a paragraph-per-line text, in order, trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphsOf(text)) {
    for (const s of joinQuotations(joinAbbreviations(icuSegments(paragraph)))) {
      const t = s.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** Non-blank lines: one paragraph per line. */
function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n|\r/u).filter((line) => line.trim() !== '');
}

/** An article's sentences with their positions; paragraphs are counted over non-blank lines. */
export function sentencesOf(article: Article): Sentence[] {
  const out: Sentence[] = [];
  let index = 0;
  paragraphsOf(article.text).forEach((para, paragraph) => {
    for (const text of splitSentences(para)) out.push({ article: article.id, index: index++, paragraph, text });
  });
  return out;
}
