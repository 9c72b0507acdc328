/**
 * Direct quotations in a sentence: which characters sit between quote marks.
 *
 * News text mixes straight (" '), curly (“ ” ‘ ’), low (‚ „) and angle (« » ‹ ›) quote marks, the typewriter pairs
 * of wire feeds and converted text (`` and '' for double quotes, ` for an opening single one), and the same
 * character ’ is both a closing single quote and an apostrophe (don't, Moscow’s). We classify every mark by its
 * neighbours, then match openers and closers on a stack. Only top-level passages are returned: a quote inside a
 * quote belongs to the outer passage.
 */

export interface QuotedSpan {
  /** The quoted passage, without its quote marks, trimmed. */
  text: string;
  /** Offset of the first character of `text` in the input. */
  start: number;
  /** Offset just past the last character of `text` in the input. */
  end: number;
}

type QuoteKind = 'double' | 'single';
type Role = 'open' | 'close';

interface Mark {
  pos: number;
  kind: QuoteKind;
  role: Role;
  /** Characters the mark takes: 2 for `` and ''. */
  width: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** Characters after which a quote mark opens a quotation (start of text counts too). */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;,“‘"'«‹„‚]/u;
/** Characters before which a quote mark closes a quotation (end of text counts too). */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\-”’"'»›…]/u;

/** Every character classifyMarks handles: a text without one holds no quotation. */
export const QUOTE_MARK = /["'“”„«»‘‚‹›’`]/;
/** The same characters, searched one after the other (classifyMarks skips all others). */
const QUOTE_CHAR = new RegExp(QUOTE_MARK.source, 'g');

const isLetterOrDigit = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const opensAfter = (c: string | undefined): boolean => c === undefined || OPENS_AFTER.test(c);
const closesBefore = (c: string | undefined): boolean => c === undefined || CLOSES_BEFORE.test(c);

/**
 * Walks the text once and returns the marks that act as quote marks, in order, each with the role it plays.
 * `depth` tells the classifier of ambiguous marks whether a quotation of that kind is open.
 */
function classifyMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  let openDouble = 0;
  let openSingle = 0;
  const push = (pos: number, kind: QuoteKind, role: Role, width = 1): void => {
    marks.push({ pos, kind, role, width });
    QUOTE_CHAR.lastIndex = pos + width;
    const delta = role === 'open' ? 1 : -1;
    if (kind === 'double') openDouble = Math.max(0, openDouble + delta);
    else openSingle = Math.max(0, openSingle + delta);
  };
  /** ’ or a lone ': a closing or opening single quote, or an apostrophe (players’ club, '90s, ’em). */
  const classifySingle = (i: number, c: string, prev: string | undefined, next: string | undefined): void => {
    if (isLetterOrDigit(prev) && isLetter(next)) return; // don't, Moscow’s, rock'n'roll
    if (openSingle > 0 && !opensAfter(prev) && closesBefore(next)) push(i, 'single', 'close');
    else if (opensAfter(prev) && isLetter(next) && c === "'") push(i, 'single', 'open');
    // ’ used as an opener is rare but happens with autocorrect; treat as opener only after a space.
    else if (opensAfter(prev) && isLetter(next) && c === '’' && prev !== undefined && /[\s"“(]/u.test(prev)) push(i, 'single', 'open');
  };
  // Only quote characters can become marks: jump from one to the next instead of visiting every character (the
  // classification reads just the mark and its two neighbours, so the result is the same).
  QUOTE_CHAR.lastIndex = 0;
  for (let found = QUOTE_CHAR.exec(text); found !== null; found = QUOTE_CHAR.exec(text)) {
    const i = found.index;
    const c = found[0];
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = i + 1 < text.length ? text[i + 1] : undefined;
    switch (c) {
      case '“':
        // “ also closes „-quotes (German style); elsewhere it opens.
        push(i, 'double', openDouble > 0 && !opensAfter(prev) && closesBefore(next) ? 'close' : 'open');
        break;
      case '„':
      case '«':
        push(i, 'double', 'open');
        break;
      case '”':
      case '»':
        push(i, 'double', 'close');
        break;
      case '"':
        // Straight double quotes alternate; a mark glued to a word on its left and followed by a space or
        // punctuation closes even when nothing opened it (a quotation continued from a previous sentence).
        if (openDouble > 0) push(i, 'double', 'close');
        else if (!opensAfter(prev) && closesBefore(next)) push(i, 'double', 'close');
        else push(i, 'double', 'open');
        break;
      case '‘':
      case '‚':
      case '‹':
        if (isLetter(prev) && isLetter(next)) break; // a mis-typed apostrophe inside a word
        push(i, 'single', 'open');
        break;
      case '›':
        push(i, 'single', 'close');
        break;
      case '`':
        if (next === '`') push(i, 'double', 'open', 2);
        else if (isLetter(next)) push(i, 'single', 'open');
        break;
      case "'":
        // '' closes a double quotation, whatever opened it (`` in the typewriter convention, or " or “); as a
        // closer with no opener it continues a quotation opened in an earlier sentence. Where nothing is open and a
        // word follows it after a space or the start (''Would we ...?''), it opens one. Alone, ' is handled as ’.
        if (next === "'") push(i, 'double', openDouble === 0 && opensAfter(prev) && isLetterOrDigit(text[i + 2]) ? 'open' : 'close', 2);
        else classifySingle(i, c, prev, next);
        break;
      case '’':
        classifySingle(i, c, prev, next);
        break;
      default:
        break;
    }
  }
  return marks;
}

/** The span between two marks, trimmed; null when only whitespace is left. */
function spanBetween(text: string, from: number, to: number): QuotedSpan | null {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (start >= end) return null;
  return { text: text.slice(start, end), start, end };
}

interface ScanResult {
  spans: QuotedSpan[];
  /** A double quotation is still open at the end of the text. */
  openAtEnd: boolean;
}

function scan(text: string): ScanResult {
  const spans: QuotedSpan[] = [];
  const stack: Mark[] = [];
  // Per kind, the stack positions of its open marks: the opener a closer matches is found without walking the stack
  // (a paragraph of unmatched openers and closers of the other kind walked it once per closer).
  const openAt: Record<QuoteKind, number[]> = { double: [], single: [] };
  let firstMark = true;
  for (const mark of classifyMarks(text)) {
    if (mark.role === 'open') {
      openAt[mark.kind].push(stack.length);
      stack.push(mark);
    } else {
      const positions = openAt[mark.kind];
      const at = positions.length > 0 ? (positions[positions.length - 1] as number) : -1;
      if (at >= 0) {
        const opener = stack[at]!;
        stack.length = at; // unmatched marks inside are dropped
        for (const kind of ['double', 'single'] as const) {
          const list = openAt[kind];
          while (list.length > 0 && (list[list.length - 1] as number) >= at) list.pop();
        }
        if (stack.length === 0) {
          const span = spanBetween(text, opener.pos + opener.width, mark.pos);
          if (span) spans.push(span);
        }
      } else if (mark.kind === 'double' && stack.length === 0 && firstMark) {
        // A closer with no opener before it: the sentence continues a quotation opened in the previous one.
        const span = spanBetween(text, 0, mark.pos);
        if (span && /\p{L}/u.test(span.text)) spans.push(span);
      }
    }
    firstMark = false;
  }
  const bottomAt = openAt.double[0];
  const bottom = bottomAt === undefined ? undefined : stack[bottomAt];
  let openAtEnd = false;
  if (bottom) {
    openAtEnd = true;
    // The quotation goes on past this sentence (a quotation of several sentences or paragraphs): the rest of the
    // text is quoted. Only the outermost unclosed double opener counts; unclosed single quotes are apostrophes.
    const span = spanBetween(text, bottom.pos + bottom.width, text.length);
    if (span && /\p{L}/u.test(span.text)) spans.push(span);
  }
  return { spans, openAtEnd };
}

/** The directly quoted passages of a text, in order, top-level only. */
export function quotedSpans(text: string): QuotedSpan[] {
  return scan(text).spans;
}

/** True when a double quotation opened in the text has not closed by its end. */
export function hasOpenQuote(text: string): boolean {
  return scan(text).openAtEnd;
}

/** The text with every quoted passage (and its marks) replaced by a single space: what the writer says. */
export function unquotedText(text: string): string {
  const spans = quotedSpans(text);
  if (spans.length === 0) return text;
  return replaceQuoted(text, spans, ' ').replace(/\s+/gu, ' ').trim();
}

/** The text with each of the given quoted passages, quote marks included, replaced by `replacement`. */
export function replaceQuoted(text: string, spans: readonly QuotedSpan[], replacement: string): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    // Widen to swallow the quote marks (and the spaces just inside them) on either side.
    let from = s.start;
    while (from > at && /[\s“”‘’"'«»‹›„‚`]/u.test(text[from - 1]!)) from--;
    let to = s.end;
    while (to < text.length && /[\s“”‘’"'«»‹›]/u.test(text[to]!)) to++;
    out += text.slice(at, from) + replacement;
    at = to;
  }
  return out + text.slice(at);
}
