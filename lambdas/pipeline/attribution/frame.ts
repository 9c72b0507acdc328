/**
 * The frame of a unit: its text with every quotation replaced by the token QQQ (so the words of a quote never become
 * the speaker), cut into the tokens the attribution parsers read, and the quoted passages themselves.
 */
import { quotedSpans, replaceQuoted } from '../text/quotes.js';
import { trimEndOf } from '../text/trim.js';

/** Limits of the frame. */
export const DEFAULT_FRAME_LIMITS = {
  /**
   * Parentheticals of up to this many characters ("(R-OH)", "(AP)") are dropped from the parsers' tokens: they sit
   * between a subject and its verb.
   */
  parentheticalChars: 30,
} as const;

export interface Tok {
  t: string;
  low: string;
  /** isWord / isCap of this token, computed once: the parsers ask them many times per token. */
  word: boolean;
  cap: boolean;
}

const WORD_START = /^[\p{L}\p{N}]/u;
const CAP_START = /^\p{Lu}/u;
export function makeTok(t: string): Tok {
  // ASCII first characters (nearly all tokens) are classified by code: the Unicode-class regexes are for the rest.
  const c = t.charCodeAt(0);
  let word: boolean;
  let cap: boolean;
  if (c < 128) {
    const upper = c >= 65 && c <= 90;
    word = (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) && t !== 'QQQ';
    cap = word && upper;
  } else {
    word = WORD_START.test(t);
    cap = word && CAP_START.test(t);
  }
  return { t, low: t.toLowerCase(), word, cap };
}

const TOKEN = /QQQ|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[,:;.!?()[\]—–]/gu;
/** A parenthetical of up to DEFAULT_FRAME_LIMITS.parentheticalChars characters, with the space before it. */
const PARENTHETICAL = new RegExp(String.raw`\s*\([^()]{1,${DEFAULT_FRAME_LIMITS.parentheticalChars}}\)`, 'gu');

/** Tokens of a text whose name periods are already dropped. Tokens are never mutated: callers may share them. */
function tokensOf(text: string): readonly Tok[] {
  return (text.match(TOKEN) ?? []).map(makeTok);
}

/**
 * "Sen. Hal Brenner", "John F. Kennedy": the full stop of a title abbreviation or an initial inside a name would
 * end the capitalised run the name is read from, so it is dropped before tokenising.
 */
const NAME_PERIOD = /(?<=(?:^|[^\p{L}])(?:Sen|Sens|Rep|Reps|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Hon|Pres|Supt|Det|Cmdr|Maj|\p{Lu}))\.(?=\s+\p{Lu})/gu;
// NAME_PERIOD needs a full stop followed by whitespace: test for that first, the lookbehind scan is costly.
const dropNamePeriods = (frame: string): string => (/\.\s/u.test(frame) ? frame.replace(NAME_PERIOD, '') : frame);
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';
/** /['’]s?$/ without a regex: a token ending in an apostrophe, or an apostrophe and 's' ("Ortiz’s", "Reyes'"). */
export const endsPossessive = (t: string): boolean => isApostrophe(t[t.length - 1]) || endsApostropheS(t);
/** /['’]s$/ without a regex. */
export const endsApostropheS = (t: string): boolean => t[t.length - 1] === 's' && isApostrophe(t[t.length - 2]);
export const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.word;
export const isCap = (t: Tok | undefined): boolean => t !== undefined && t.cap;
export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

/** One unit as the parsers see it. */
export interface Frame {
  /** The text with quotations replaced by the token QQQ (with the quote marks swallowed). */
  frame: string;
  /** The quoted passages, in order. */
  fragments: string[];
  /** Tokens of the whole frame, parentheticals kept: what entities are learnt from. */
  frameToks: readonly Tok[];
  /** Tokens the parsers read: short parentheticals ("(R-OH)", "(AP)") dropped, they sit between subject and verb. */
  toks: readonly Tok[];
}

/** Masks the quotations of a unit and tokenises it once for the learners and once (when it differs) for the parsers. */
export function frameOf(text: string): Frame {
  const spans = quotedSpans(text).filter((s) => wordCount(s.text) >= 1);
  const frame = replaceQuoted(text, spans, ' QQQ ');
  const named = dropNamePeriods(frame);
  const frameToks = tokensOf(named);
  let toks = frameToks;
  if (frame.includes('(')) {
    // Tokenised again only when a parenthetical was dropped: the tokens of the same text are the same.
    const bare = dropNamePeriods(frame.replace(PARENTHETICAL, ''));
    if (bare !== named) toks = tokensOf(bare);
  }
  return { frame, fragments: spans.map((s) => s.text), frameToks, toks };
}

/**
 * Joins the passages of a quotation split by its attribution ("A,” he said. “B.”). A passage ending in a comma
 * that is followed by a capitalised one ended a sentence in the original, so the comma becomes a full stop.
 */
export function joinFragments(fragments: readonly string[]): string {
  let out = '';
  for (const f of fragments) {
    const frag = f.trim();
    if (!out) out = frag;
    else if (/^\p{Lu}/u.test(frag)) out = trimEndOf(out, ',;:', true).replace(/([^.!?…])$/u, '$1.') + ' ' + frag;
    else out = trimEndOf(out, ',', true) + ' ' + frag;
  }
  return out.trim();
}
