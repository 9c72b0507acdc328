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
import { hasOpenQuote, QUOTE_MARK } from './quotes.js';
import { DAY_MEMO_LIMITS, RepeatCache } from '../bounded-cache.js';

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

/** The characters `\s` matches (all in the BMP), by code unit. */
function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Where the last whitespace-free token of `text` starts (what `text.search(/\S+$/)` finds), walking back from
 * the end: the regular expression tries every position of the sentence, which made it the costliest step here.
 */
function lastTokenStart(text: string): number {
  let i = text.length;
  while (i > 0 && !isSpaceUnit(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Should the text not break between `before` (a segment, trimmed) and `after` (the next one)?
 * Decided on the last token of `before` and the first character of `after`.
 */
function abbreviationJoins(before: string, after: string): boolean {
  if (!before.endsWith('.')) return false;
  const lastToken = before.slice(lastTokenStart(before)).replace(/^[(["“‘'«]+/u, '');
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
// The look-ahead comes first: it fails at almost every position at once, sparing the look-behind there.
const GLUED_SENTENCE_END = /(?=\p{Lu}\p{Ll})(?<=(?:^|[\s(])\p{Ll}{2,}[.!?]["”’]?)/gu;

const LINE_END = /(?:\r\n?|\n)$/;

/**
 * Most characters handed to ICU at once. V8's segmenter slows down with the length of the string it walks: measured
 * on ordinary prose, 64 KB at once 15 ms, 128 KB 0.9 s, 256 KB 3.1 s, 512 KB 11.5 s, against 6, 32 and 62 ms
 * for the same texts in 16 KB pieces. One call per paragraph would cost far more in calls than it saves.
 */
export const SEGMENTER_CHUNK = 16_384;

/**
 * The text in pieces of at most SEGMENTER_CHUNK characters, cut after a line end: ICU always breaks after one,
 * never before, and none of its rules looks across one, so the pieces segment exactly as the whole text would. A
 * line longer than that (a pasted page with no line breaks) is cut after the last sentence end followed by a space
 * in the piece (else the last space, else anywhere): the one place where a cut can differ from ICU's own break.
 */
export function* segmenterChunks(text: string, size = SEGMENTER_CHUNK): Generator<string> {
  let at = 0;
  while (text.length - at > size) {
    const limit = at + size;
    let cut = text.lastIndexOf('\n', limit - 1) + 1;
    if (cut <= at) {
      const space = text.lastIndexOf(' ', limit - 1);
      cut = lastSentenceEnd(text, at, limit) ?? (space > at ? space + 1 : limit);
    }
    yield text.slice(at, cut);
    at = cut;
  }
  if (at < text.length) yield text.slice(at);
}

const CLOSING: ReadonlySet<string> = new Set(['"', '”', '’', ')']);
const TERMINAL: ReadonlySet<string> = new Set(['.', '!', '?']);

const STARTS_SENTENCE = /^["“‘(]?\p{Lu}/u;

/**
 * Just past the last space in text[from, to) that follows a sentence end (. ! ? and closing marks) and comes before a
 * capital (where ICU breaks too: "the U.S. officials" is no sentence end); null if none.
 */
function lastSentenceEnd(text: string, from: number, to: number): number | null {
  for (let i = to - 1; i > from; i--) {
    if (text[i] !== ' ') continue;
    if (!STARTS_SENTENCE.test(text.slice(i + 1, i + 3))) continue;
    let j = i - 1;
    while (j > from && CLOSING.has(text[j] as string)) j--;
    if (TERMINAL.has(text[j] as string)) return i + 1;
  }
  return null;
}

/**
 * ICU sentence segments of each non-blank line (paragraph) of the text, raw (with their trailing spaces, without
 * the line end), the text handed to ICU in chunks (segmenterChunks).
 */
function paragraphSegments(text: string): string[][] {
  const paragraphs: string[][] = [];
  let pieces: string[] = [];
  let blank = true;
  for (const chunk of segmenterChunks(text.replace(GLUED_SENTENCE_END, ' '))) for (const { segment } of segmenter.segment(chunk)) {
    const end = LINE_END.exec(segment);
    const piece = end === null ? segment : segment.slice(0, end.index);
    if (piece !== '') {
      pieces.push(piece);
      if (blank && piece.trim() !== '') blank = false;
    }
    if (end !== null) {
      if (!blank) paragraphs.push(pieces);
      pieces = [];
      blank = true;
    }
  }
  if (!blank) paragraphs.push(pieces);
  return paragraphs;
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

/** Without a quote mark (quotes.ts QUOTE_MARK), no quotation is open and the piece need not be scanned for marks. */
const opensQuotation = (text: string): boolean => QUOTE_MARK.test(text) && hasOpenQuote(text);

function joinQuotations(pieces: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let merged = pieces[i]!;
    let next = i + 1;
    if (opensQuotation(merged)) {
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

/** A quotation that closes right after a question or exclamation mark: "“… our fix!”", "“Why now?”". */
const QUOTE_ENDS_IN_QUESTION = /[?!][”"’»]+\s*$/u;
/** Speech verbs that follow a quotation in its attribution ("… ?” Ortiz asked."). */
const ATTRIBUTION_VERBS =
  'said|says|asked|asks|added|adds|told|tells|wrote|writes|continued|replied|replies|responded|explained|tweeted|' +
  'recalled|insisted|argued|noted|declared|joked|quipped|exclaimed|shouted|yelled|wondered|wonders|demanded|' +
  'countered|retorted|cried|laughed|pleaded|chanted|screamed|sang|mused|posted|stated|warned|urged|answered|' +
  'interjected|quizzed|remarked|boasted|bragged|complained|protested|snapped|sighed|whispered';
/**
 * An attribution that follows a quotation: a short capitalised subject (a name with its title, or He/She/They),
 * maybe an adverb, then a speech verb: "Ortiz said.", "Harbour Master Lena Ortiz asked the crowd.", "She added".
 */
const ATTRIBUTION_START = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}'’.-]*|of|the|de|van|von|al|bin|da|di|du|le|la)\\s+){1,6}` +
    `(?:(?:also|then|later|finally|quickly|again|simply|once)\\s+)?(?:${ATTRIBUTION_VERBS})\\b`,
  'u',
);

/**
 * ICU ends a sentence after every ? or ! (Unicode's rule SB11), even inside "“Why now?” Ortiz asked." or
 * "“… our fix!” she said to reporters.", which cuts the quotation from its attribution. A segment whose quotation
 * closes on ? or ! is glued to the next when that one goes on in lower case or opens with "Name said".
 */
function joinQuestionAttributions(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length > 0 ? out[out.length - 1]! : undefined;
    const next = piece.trimStart();
    if (last !== undefined && QUOTE_ENDS_IN_QUESTION.test(last) && (/^\p{Ll}/u.test(next) || ATTRIBUTION_START.test(next))) {
      out[out.length - 1] = last + piece;
    } else out.push(piece);
  }
  return out;
}

/**
 * Longest sentence passed on. Real sentences stay far below it (glued quotations stop at MAX_QUOTED_SENTENCE);
 * a longer "sentence" is a run-on without punctuation (a pasted table, a scraper that lost every full stop, or a
 * hostile file), and every later stage compares sentences pairwise, at a cost that grows faster than their length.
 */
export const MAX_SENTENCE = 1_000;

/**
 * A run-on cut into pieces of at most MAX_SENTENCE characters: at the last clause mark (, ; : or a dash) in the
 * second half of the window, else the last space, else mid-word (text with no spaces at all).
 */
function capLength(sentence: string): string[] {
  if (sentence.length <= MAX_SENTENCE) return [sentence];
  const out: string[] = [];
  let rest = sentence;
  while (rest.length > MAX_SENTENCE) {
    const window = rest.slice(0, MAX_SENTENCE);
    const clause = Math.max(...[',', ';', ':', ' –', ' —'].map((m) => window.lastIndexOf(m)));
    const space = window.lastIndexOf(' ');
    let cut = clause >= MAX_SENTENCE / 2 ? clause + 1 : space >= MAX_SENTENCE / 2 ? space : MAX_SENTENCE;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut--;
    const piece = rest.slice(0, cut).trim();
    if (piece) out.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}

/** Sentences of one paragraph from its ICU segments. */
function paragraphSentences(segments: string[]): string[] {
  const out: string[] = [];
  for (const s of joinQuestionAttributions(joinQuotations(joinAbbreviations(segments)))) {
    const t = s.trim();
    if (t) out.push(...capLength(t));
  }
  return out;
}

/** Sentences of a paragraph-per-line text, in order, trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  return paragraphSegments(text).flatMap(paragraphSentences);
}

/** Line ends: ICU always breaks after one and no rule looks across one, so each line segments on its own. */
const LINE_BREAK = /\r\n?|\n/;

/** The sentences of one line of text (a paragraph); none for a blank line. */
export function lineSentences(line: string): string[] {
  const [segments] = paragraphSegments(line);
  return segments ? paragraphSentences(segments) : [];
}

/** An article's sentences with their positions; paragraphs are counted over non-blank lines. */
export function sentencesOf(article: Article): Sentence[] {
  return sentencesOfLines(article, paragraphSegments(article.text).map(paragraphSentences));
}

/**
 * sentencesOf(article) from each line's sentences (`lines`: the text split at LINE_BREAK, each line's
 * lineSentences, in order): each line splits on its own as it does within the whole text.
 */
export function sentencesOfLines(article: Article, lines: readonly (readonly string[])[]): Sentence[] {
  const out: Sentence[] = [];
  let index = 0;
  let paragraph = 0;
  for (const sentences of lines) {
    if (sentences.length === 0) continue;
    for (const text of sentences) out.push({ article: article.id, index: index++, paragraph, text });
    paragraph++;
  }
  return out;
}

/**
 * sentencesOf with the answers per repeated line remembered, for one day: a paragraph reprinted by 500 outlets is
 * split once.
 * Owned by the day's context (day-context.ts); bounded (DAY_MEMO_LIMITS.lines).
 */
export class SentenceSplitter {
  private readonly lines: RepeatCache<string[]>;

  constructor(limit: number = DAY_MEMO_LIMITS.lines) {
    this.lines = new RepeatCache(lineSentences, limit);
  }

  of(article: Article): Sentence[] {
    const lines = article.text.split(LINE_BREAK);
    const known = this.lines.knownEach(lines);
    // A text none of whose lines was seen before is split whole (a varied day's articles mostly are).
    return known ? sentencesOfLines(article, lines.map((line, i) => known[i] ?? lineSentences(line))) : sentencesOf(article);
  }
}

