/**
 * The terms an article is compared on for story clustering: content stems, with marks for the two kinds of token
 * that tell apart similar but different events of one topic — names (capitalised mid-sentence: who, where) and
 * numbers (dates, counts, ages). Two earthquakes share "quake", "magnitude", "killed"; they differ in the place
 * and the figures.
 */
import type { Article } from '../model.js';
import { PORTER, STOP_WORDS, type Stemmer } from '../text/tokens.js';
import { DAY_MEMO_LIMITS, RepeatCache } from '../bounded-cache.js';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
/** Characters after which a capital letter says nothing about a name (start of a sentence, a quote, a line). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ':', '"', '“', '‘', "'", '\n', '(', '[', '—', '–']);

export type TermKind = 'word' | 'name' | 'number';

export interface ArticleTerm {
  /** The stem (numbers as printed, without separators). */
  term: string;
  count: number;
  kind: TermKind;
}

/** Lower-cased, apostrophe-folded, possessive-free form of a token. */
function normalise(token: string): string {
  let lower = token.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** HAS_DIGIT.test(token), answered without the regex for ASCII. */
function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 128) return HAS_DIGIT.test(token);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** UPPER_START.test(token), answered without the regex for ASCII. */
function startsUpper(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(token);
}

/** True when the token starts a sentence, so its capital letter is not evidence of a name. */
function isSentenceInitial(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return SENTENCE_OPENERS.has(c);
  }
  return true;
}

export interface TermOptions {
  /** Occurrences within the first `leadChars` characters count this many times (the lead names the event). */
  leadWeight: number;
  leadChars: number;
}

export const DEFAULT_TERM_OPTIONS: TermOptions = { leadWeight: 2, leadChars: 400 };

/** One term's tallies over a stretch of text: weighted count, mid-sentence capitals, lower-case uses. */
export interface TermTally {
  term: string;
  count: number;
  capital: number;
  lower: number;
  number: boolean;
}

/**
 * The article's terms with counts, title included (the headline names the event). A stem is a `name` when the
 * article writes it capitalised mid-sentence at least as often as in lower case; a token with a digit is a `number`.
 * `line`, when given, answers lineTallies(line, stems) for a line past the lead, or undefined when that line is
 * tallied here (a day's TermLines answers for the lines it remembers).
 */
export function articleTerms(
  article: Pick<Article, 'title' | 'text'>,
  o: TermOptions = DEFAULT_TERM_OPTIONS,
  stems: Stemmer = PORTER,
  line?: (line: string) => readonly TermTally[] | undefined,
): ArticleTerm[] {
  const text = ((article.title ? article.title + '\n' : '') + article.text).normalize('NFKC');
  const counts = new Map<string, TermTally>();
  // Tokens never span a line end and a line's first word is sentence-initial wherever the line stands, so each line
  // past the lead (where counts are weighted) tallies on its own and a day can remember its tallies.
  const lines = line ? text.split('\n') : [text];
  const known: (readonly TermTally[] | undefined)[] = [];
  let at = 0;
  for (const l of lines) {
    known.push(at < o.leadChars || !line ? undefined : line(l));
    at += l.length + 1;
  }
  // No line remembered (a varied day's articles mostly): one pass over the whole text, as without a memo.
  if (known.every((k) => k === undefined)) tallyInto(counts, text, 0, o, stems);
  else {
    at = 0;
    lines.forEach((l, i) => {
      const k = known[i];
      if (k) for (const t of k) addTally(counts, t);
      else tallyInto(counts, l, at, o, stems);
      at += l.length + 1;
    });
  }
  const out: ArticleTerm[] = [];
  for (const e of counts.values()) {
    const kind: TermKind = e.number ? 'number' : e.capital > 0 && e.capital >= e.lower ? 'name' : 'word';
    out.push({ term: e.term, count: e.count, kind });
  }
  return out;
}

/** The tallies of one line past the lead (each occurrence counts once), in order of first use. */
export function lineTallies(line: string, stems: Stemmer): TermTally[] {
  const counts = new Map<string, TermTally>();
  tallyInto(counts, line, Number.POSITIVE_INFINITY, { leadWeight: 1, leadChars: 0 }, stems);
  return [...counts.values()];
}

/** Tallies the tokens of `text`, which starts at offset `from` of the article (the lead weighs its first leadChars). */
function tallyInto(counts: Map<string, TermTally>, text: string, from: number, o: TermOptions, stems: Stemmer): void {
  for (const m of text.matchAll(WORD)) {
    const token = m[0];
    const lower = normalise(token);
    if (lower.length === 0 || STOP_WORDS.has(lower)) continue;
    const weight = from + m.index < o.leadChars ? o.leadWeight : 1;
    const isNumber = hasDigit(lower);
    // A lone letter or digit carries no topic ("a", "1" in "1 of 3").
    if (lower.length < 2) continue;
    const term = isNumber ? lower.replace(/[.,'-]/g, '') : stems.stem(lower);
    let entry = counts.get(term);
    if (!entry) {
      entry = { term, count: 0, capital: 0, lower: 0, number: isNumber };
      counts.set(term, entry);
    }
    entry.count += weight;
    if (!isNumber) {
      if (!startsUpper(token)) entry.lower++;
      else if (!isSentenceInitial(text, m.index)) entry.capital++;
    }
  }
}

function addTally(counts: Map<string, TermTally>, t: TermTally): void {
  const entry = counts.get(t.term);
  if (!entry) counts.set(t.term, { ...t });
  else {
    entry.count += t.count;
    entry.capital += t.capital;
    entry.lower += t.lower;
  }
}

/**
 * articleTerms with the tallies of each repeated line past the lead remembered, for one day and one stemmer: a
 * paragraph reprinted by 500 outlets is tokenised and stemmed once, a line seen once is tallied in place. Bounded (DAY_MEMO_LIMITS.lines).
 */
export class TermLines {
  private readonly lines: RepeatCache<TermTally[]>;

  constructor(
    private readonly stems: Stemmer,
    private readonly o: TermOptions = DEFAULT_TERM_OPTIONS,
  ) {
    this.lines = new RepeatCache((line) => lineTallies(line, stems), DAY_MEMO_LIMITS.lines);
  }

  of(article: Pick<Article, 'title' | 'text'>): ArticleTerm[] {
    return articleTerms(article, this.o, this.stems, (line) => this.lines.known(line));
  }
}
