/**
 * Line classifier for page furniture that comes along when an article is copied from a web page.
 * Each rule is named (the name shows up in the cleaner's report of what it removed) and says why it
 * is safe: a rule must never match a real sentence, so most rules only fire on short lines, and
 * anything long and punctuated like prose is left alone whatever words it contains.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES, WEEKDAY_PRINTED_ABBREVIATIONS } from '../lexicon/calendar.js';
import {
  hasEmail,
  LABEL_MAX_WORDS,
  endsWithTerminal,
  hasLowercaseWord,
  isSentenceLike,
  letterKey,
  startsWithQuote,
  wordCount,
  words,
} from './line-shape.js';
import { trimEndOf, trimStartOf } from '../text/trim.js';
import { isSiteNotice, isWeatherLine } from './page-widgets.js';

export interface LineContext {
  /** True while no prose line has been seen yet (mastheads, weather, datelines live here). */
  top: boolean;
}

/** What a rule is told about the line besides its text, worked out once for all the rules. */
export interface RuleContext extends LineContext {
  /** wordCount of the line: most rules only fire on short lines. */
  words: number;
}

export interface LineRule {
  name: string;
  matches(line: string, ctx: RuleContext): boolean;
}

const MONTHS = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS.map(([abbreviation]) => abbreviation)].join('|');
const WEEKDAYS = [...WEEKDAY_NAMES, ...WEEKDAY_PRINTED_ABBREVIATIONS].join('|');
const DATE_ANCHOR = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS})\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\bago\\b|\\b\\d{1,2}:\\d{2}\\b`,
  'i',
);
// Words that may stand in a date or timestamp line beside the date itself.
const DATE_FILLER = new RegExp(
  `^(?:${MONTHS}|${WEEKDAYS}|updated|published|posted|modified|last|first|on|at|am|pm|a\\.m|p\\.m|utc|gmt|` +
    `[ecmp][sd]?t|bst|cet|cest|kst|jst|ist|hours?|hrs?|minutes?|mins?|days?|weeks?|ago|today|yesterday|\\d+(?:st|nd|rd|th)?|` +
    `\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+z?)?|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})$`,
  'i',
);

const STREET_SUFFIX =
  /\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|way|ct|court|pl|place|plaza|sq|square|hwy|highway|pkwy|parkway|ter|terrace|suite|ste|floor|fl)\b\.?/i;
// Bounded runs (a city name is short): the unbounded form was quadratic on a long run of spaces.
const US_CITY_ZIP = /^[\p{L} .'-]{1,60},?\s{1,5}[A-Z]{2}\.?\s{1,5}\d{5}(?:-\d{4})?$/u;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
const EU_ZIP_CITY = /^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L} .'-]+$/u;

const AD_MARKERS: ReadonlySet<string> = new Set([
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'paid content',
  'promoted',
  'story continues below',
  'story continues below advertisement',
  'article continues below',
  'article continues below advertisement',
  'continue reading below',
  'scroll to continue',
  'scroll to continue with content',
  'skip advertisement',
]);

// Vocabulary of sharing bars, comment links and navigation. A short line made only of these words
// (and counts such as "12 comments") is interface, not text.
const UI_WORDS: ReadonlySet<string> = new Set(
  (
    'forum comments comment share shares subscribe subscribed read more related tags tag print email e mail ' +
    'facebook twitter x whatsapp linkedin telegram reddit pinterest copy link links sign up in log out login ' +
    'newsletter newsletters follow us on home menu search next previous prev back to top most popular trending ' +
    'listen min minute minutes audio video watch save bookmark gift this article story post view all show ' +
    'leave a reply reply replies like likes join the conversation discussion open close continue reading'
  ).split(' '),
);

const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  (
    'english español espanol français francais deutsch italiano português portugues русский 日本語 中文 한국어 ' +
    'العربية polski nederlands türkçe turkce українська svenska norsk dansk suomi ελληνικά עברית हिन्दी'
  ).split(' '),
);
const LOCALE_CODE = /\b[a-z]{2}[_-][A-Z]{2}(?=\b|\p{Lu})/u;

const CREDIT_SENTENCE: readonly RegExp[] = [
  // "X contributed to this report." — the wire-service credit at the end of an article.
  /\b(?:contributed|contributing)\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b/i,
  // "Some information came from AP and Reuters." / "Material from AFP was used."
  // "Some" or "this report" is required: "Information came from a whistleblower, the paper said." is news.
  /^some\s+(?:information|material|reporting|content)\s+(?:(?:in|for)\s+this\s+(?:report|story|article)\s+)?(?:came|comes|was\s+taken|is\s+taken|was\s+drawn)\s+from\b/i,
  /^(?:information|material|reporting|content)\s+(?:(?:in|for)\s+this\s+(?:report|story|article)\s+)(?:came|comes|was\s+taken|is\s+taken|was\s+drawn)\s+from\b/i,
  /^(?:information|material|reporting)\s{1,5}from\s{1,5}.{2,80}\s+was\s+used\s+in\s+this\s+(?:report|story|article)\b/i,
  /^(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|compiled|translated)\s+by\b/i,
  /^this\s+(?:article|story|report)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b/i,
];
// Every credit pattern above holds one of these words at a word start (a sentence starts after a space or a
// bracket): a line without any of them holds no credit sentence and need not be split into sentences to find
// out, which is the case of nearly every line. A new credit pattern must bring its word here.
const CREDIT_WORD = /\b(?:contribut|informat|material|reporting|content|writing|edit|compiled|translated|this\s+(?:article|story|report))/i;

// "... on Thursday. [REUTERS]": an agency tag in capitals in brackets closes a photo caption.
// News briefings also close items with "[NYT]", so the line must look like one caption (see below).
const BRACKET_TAG_END = /(?<=[.!?”"’)]\s{0,3})\[\s{0,3}\p{Lu}[\p{Lu}\d .&/'’-]{1,40}\]\.?$/u;
// A parenthesised credit at the end of the line: "(Photo: Jane Doe)", "(Photo by ...)",
// "(AP Photo/John Doe)", "(JANE DOE/AFP/Getty Images)", "(Getty Images)". Asides in parentheses
// ("(That factoid comes courtesy of ...)", "(WARNING: Video contains graphic images.)") do not fit.
const PAREN_CREDIT_END = /\(([^()]{2,80})\)\.?$/;
const PAREN_CREDIT: readonly RegExp[] = [
  /^(?:photo|photograph|image|picture|credit)s?\s*(?:by\s|:)/i,
  /\/.*\b(?:photo|getty|images)\b|\b(?:photo|getty|images)\b.*\//i,
  /^\p{Lu}[\p{L} .'’-]*\b(?:Getty Images|Photo|PHOTO)\.?$/u,
];

function isBracketCaption(line: string): boolean {
  // The tag closes the line: checking the last characters first spares the look-behind search over the line.
  if (!(line.endsWith(']') || line.endsWith('].')) || !BRACKET_TAG_END.test(line)) return false;
  // A caption is one or two sentences describing a picture, not a briefing item that opens with
  // a bullet or a headline in capitals and runs on.
  if (wordCount(line) > CAPTION_MAX_WORDS || /^[-•*–—]/.test(line)) return false;
  if (/^(?:[\p{Lu}\d’'‘-]+\s+){3}/u.test(line)) return false;
  return splitLineSentences(line.replace(BRACKET_TAG_END, '')).length <= 2;
}

function isParenCaption(line: string): boolean {
  if (!(line.endsWith(')') || line.endsWith(').'))) return false;
  const m = PAREN_CREDIT_END.exec(line);
  const credit = m?.[1]?.trim();
  return credit !== undefined && wordCount(credit) <= 8 && PAREN_CREDIT.some((re) => re.test(credit));
}

// "... on Thursday. Photo by Jane Doe/Agency": a credit sentence closing the caption.
const CREDIT_SENTENCE_END =
  /(?:^|[.!?]\s{1,5})(?:[Pp]hoto(?:graph)?|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit)s?(?:\s{1,5}by|\s{0,5}:)\s{1,5}[^.!?]{2,60}$/u;
/** Captions are a sentence or two; a long paragraph that happens to end in a credit is kept. */
const CAPTION_MAX_WORDS = 45;
// "Photo: ...", "FILE PHOTO: ...", "Image credit: ..." at the start of a line.
// "Image caption, ..." / "Image source, ..." with a comma is how some sites' captions paste.
const CAPTION_START = /^(?:file\s+)?(?:photo|image|picture|pictured|caption|credit|photograph)(?:\s+(?:credit|source|caption))?\s*[:,]/i;

const TEASER_WORDS =
  'read\\s+more|read\\s+also|also\\s+read|related|see\\s+also|more\\s+on\\s+this|watch|listen|recommended|click\\s+here|sign\\s+up|subscribe\\s+(?:to|now)|follow\\s+us';
// Calls to action that are never news prose, even as a full sentence ("Click here to subscribe.").
const CALL_TO_ACTION = /^(?:click\s+here|sign\s+up\s+(?:for|to|now)|subscribe\s+(?:to|now|for)|follow\s+us\b|download\s+(?:our|the)\s+app)/i;
// "Tags: a, b, c", "Topics: ...", "Filed under: ...": the story's tag list.
const TAG_LIST = /^(?:tags?|topics?|filed\s+under|categories|category|keywords)\s*:/i;
// "News > World > Asia": breadcrumbs, two or more separators between short segments.
const BREADCRUMB = /^[^>»›/|]{1,40}(?:\s[>»›/|]\s[^>»›/|]{1,40}){2,}$/;
// With a separator ("Read more: ...", "WATCH | ...") the line is a teaser whatever follows.
const TEASER_WITH_SEPARATOR = new RegExp(`^(?:${TEASER_WORDS})\\s*[:|>»–—-]`, 'i');
const TEASER_START = new RegExp(`^(?:${TEASER_WORDS})\\b`, 'i');

function short(line: string, max = LABEL_MAX_WORDS): boolean {
  return wordCount(line) <= max;
}

/** The rules, checked in order; the first that matches names the line. */
export const LINE_RULES: readonly LineRule[] = [
  {
    // "66.5 F", "18°C Partly cloudy": a weather widget. Short lines only, so a sentence that
    // mentions a temperature survives; a strip of several towns' readings ("Sant Orel 31°C sunny · Verdal 34°C
    // hot") is one however long.
    name: 'weather',
    matches: (line, ctx) => isWeatherLine(line, ctx.words),
  },
  {
    // "Friday, October 25, 2024", "Updated 10:32 GMT, 25 Oct": a line made only of date words.
    name: 'date-line',
    matches: (line, ctx) => {
      if (ctx.words > 14 || !DATE_ANCHOR.test(line)) return false;
      return line
        .split(/[\s,|·•–—/-]+/)
        .map((w) => trimEndOf(trimStartOf(w, '(['), ')].:;'))
        .filter((w) => w !== '')
        .every((w) => DATE_FILLER.test(w) || /^(?:by|the|of)$/i.test(w));
    },
  },
  {
    // "Skip to main content", "We use cookies to improve your experience. Accept all": a page's accessibility links
    // and consent banner, the first lines of many pasted pages. A line on cookies below the first prose is read as a
    // banner only when the site speaks ("we use", "this site"): a report on cookie rules keeps its sentences.
    name: 'site-notice',
    matches: (line, ctx) => isSiteNotice(line, ctx.words, ctx.top),
  },
  {
    // "- Advertisement -", "Story continues below advertisement": ad slot markers.
    name: 'advertisement',
    matches: (line, ctx) => ctx.words <= 6 && AD_MARKERS.has(letterKey(line)),
  },
  {
    // "Physical Address", "Mailing address:": the label of a postal address block (site footer).
    name: 'address-label',
    matches: (line, ctx) =>
      /^(?:(?:physical|mailing|postal|street|office|business|registered|head\s+office|our)\s+)?address\s*:?$/i.test(line.trim()),
  },
  {
    // "304 Elm St.", "12 High Street, Suite 5", "P.O. Box 19": a street line. A number first and a
    // street word, in a short line: prose with a house number is longer.
    name: 'street-address',
    matches: (line, ctx) =>
      ctx.words <= 8 &&
      !startsWithQuote(line) &&
      ((/^\d{1,6}[A-Za-z]?\s+\S/.test(line) && STREET_SUFFIX.test(line)) || /^p\.?\s?o\.?\s+box\s+\d+/i.test(line)),
  },
  {
    // "Springfield, IL 62704", "London SW1A 1AA", "75001 Paris": the city/post-code line.
    name: 'city-postcode',
    matches: (line, ctx) => {
      const t = line.trim();
      if (ctx.words > 8 || isSentenceLike(t)) return false;
      return US_CITY_ZIP.test(t) || (EU_ZIP_CITY.test(t) && wordCount(t) <= 4 && !endsWithTerminal(t)) || (UK_POSTCODE.test(t) && !/[a-z]{3}\s+[a-z]{3}/.test(t));
    },
  },
  {
    // "BY JANE DOE [jane@example.com]", "By Jane Doe and John Roe, Staff Writers": bylines.
    // A sentence starting with "By" ("By Monday the troops had left.") is prose-shaped and kept.
    name: 'byline',
    matches: (line, ctx) => {
      const t = line.trim();
      if (ctx.words > LABEL_MAX_WORDS) return false;
      if (/^(?:by|By|BY)\s+["“]?\p{Lu}/u.test(t) && (!isSentenceLike(t) || hasEmail(t))) return true;
      return /^(?:[Ww]ritten|[Ww]ords|[Ss]tory)\s+by\s+\p{Lu}/u.test(t);
    },
  },
  {
    // A short line with an e-mail address is a contact or byline line ("Contact: desk@example.com").
    // A long sentence that quotes an address is prose and is kept.
    name: 'contact-email',
    matches: (line, ctx) => ctx.words <= LABEL_MAX_WORDS && hasEmail(line),
  },
  {
    // "X contributed to this report." / "Some information came from ...": every sentence of the line
    // is a credit. (Credits that trail a real paragraph are cut off separately.)
    name: 'credit-line',
    matches: (line, ctx) => {
      if (!CREDIT_WORD.test(line)) return false;
      const parts = splitLineSentences(line);
      return parts.length > 0 && parts.every(isCreditSentence);
    },
  },
  {
    // "... in Kazan on Thursday. [REUTERS]", "(Photo: Jane Doe/AFP)": photo captions, recognised by
    // the agency or photo credit that closes them.
    name: 'photo-caption',
    matches: (line, ctx) => {
      const t = line.trim();
      if (CAPTION_START.test(t)) return true;
      return isBracketCaption(t) || (ctx.words <= CAPTION_MAX_WORDS && (isParenCaption(t) || CREDIT_SENTENCE_END.test(t)));
    },
  },
  {
    // "en_USEnglish", "English Español Français": a language picker.
    name: 'language-picker',
    matches: (line, ctx) => {
      if (ctx.words > 6) return false;
      if (LOCALE_CODE.test(line)) return true;
      const ws = words(line);
      return ws.length > 0 && ws.every((w) => LANGUAGE_NAMES.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
    },
  },
  {
    // "Forum", "12 Comments", "Share this article": sharing bars and comment links.
    name: 'ui-chrome',
    matches: (line, ctx) => {
      if (ctx.words > 6) return false;
      const ws = letterKey(line).split(' ').filter((w) => w !== '');
      return ws.length > 0 && ws.every((w) => UI_WORDS.has(w) || /^\d+$/.test(w));
    },
  },
  {
    // "Read more: Other headline", "Related: ...": links to other stories.
    name: 'link-teaser',
    // Without a separator only when the line is not prose: "Watch this space, officials said." stays.
    matches: (line, ctx) =>
      ctx.words <= 25 &&
      (TEASER_WITH_SEPARATOR.test(line) || CALL_TO_ACTION.test(line) || (TEASER_START.test(line) && !isSentenceLike(line))),
  },
  {
    // "Tags: Budget, City Hall, Elections" however long the list.
    name: 'tag-list',
    matches: (line, ctx) => ctx.words <= 40 && TAG_LIST.test(line),
  },
  {
    // "News > World > Asia Pacific": navigation, not a headline.
    name: 'breadcrumb',
    matches: (line, ctx) => ctx.words <= 15 && !isSentenceLike(line) && BREADCRUMB.test(line.trim()),
  },
  {
    // "© 2024 Example Media", "Copyright 2024 ... All rights reserved."
    name: 'copyright',
    matches: (line, ctx) => ctx.words <= 20 && (/^(?:©|\(c\)|copyright\b)/i.test(line.trim()) || /\ball rights reserved\b/i.test(line)),
  },
  {
    // "Kazan, Russia", "WASHINGTON", "Seoul, South Korea": a lone place name above the story.
    // Only before the first prose line, and only a few capitalised words in comma-separated parts.
    name: 'place-line',
    matches: (line, ctx) => ctx.top && isPlaceLike(line),
  },
];

function isPlaceLike(line: string): boolean {
  const t = line.trim();
  if (wordCount(t) > 6 || /[.!?:;"“”]$/.test(t)) return false;
  const parts = t.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return (
    parts.length > 0 &&
    parts.every((p) => {
      const ws = p.split(/\s+/);
      return ws.length <= 3 && ws.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^\d{1,4}$/.test(w));
    })
  );
}

/** Splits one line into sentences on . ! ? followed by a space and a capital or opening quote. */
export function splitLineSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?…]["”’)\]]?)\s+(?=["“‘(\[]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The sentence without a closing bracket (and a full stop after it) and the spaces before it. */
function closingBracketOff(sentence: string): string {
  const t = sentence.endsWith('.') ? sentence.slice(0, -1) : sentence;
  return t.endsWith(')') || t.endsWith(']') ? t.slice(0, -1).trimEnd() : sentence;
}

export function isCreditSentence(sentence: string): boolean {
  // "(Reporting by ...; Editing by ...)": wire credits often come in parentheses.
  const bare = closingBracketOff(sentence.replace(/^[([]\s*/, ''));
  return CREDIT_SENTENCE.some((re) => re.test(bare));
}

/**
 * Cuts credit sentences off the end of a paragraph ("... the drones. Jane Doe contributed to this
 * report."), keeping the paragraph's prose.
 */
export function stripTrailingCredits(line: string): string {
  if (!CREDIT_WORD.test(line)) return line;
  const parts = splitLineSentences(line);
  let end = parts.length;
  while (end > 0 && isCreditSentence(parts[end - 1] ?? '')) end--;
  return end === parts.length ? line : parts.slice(0, end).join(' ');
}

/** Name of the first boilerplate rule the line matches, or null when it is not boilerplate. */
export function classifyLine(line: string, ctx: LineContext): string | null {
  const ruleCtx: RuleContext = { top: ctx.top, words: wordCount(line) };
  for (const rule of LINE_RULES) if (rule.matches(line, ruleCtx)) return rule.name;
  return null;
}

/**
 * A short line without sentence punctuation inside or around the body: a section heading
 * ("Accuses the West of Escalation"), a kicker, a tag. Quotes, lead-ins and fragments are kept.
 */
export function isShortLabel(line: string): boolean {
  const t = line.trim();
  if (wordCount(t) > LABEL_MAX_WORDS || isSentenceLike(t) || startsWithQuote(t)) return false;
  // A line ending in : , ; leads into what follows; one starting in lower case continues a sentence.
  if (/[:,;]$/.test(t) || /^\p{Ll}/u.test(t)) return false;
  // "He declined." is a (very short) sentence: a full stop after lower-case words, not a label.
  return !(/[.!?]["”’)]*$/.test(t) && /^\p{Lu}/u.test(t) && hasLowercaseWord(t) && wordCount(t) >= 2);
}

/**
 * Cross-line check: a postal address block. After an address label, the next few short non-prose
 * lines belong to the address (company name, street, city), whatever their shape.
 */
export function markAddressBlocks(lines: readonly string[], rules: (string | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (rules[i] !== 'address-label') continue;
    for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
      const l = lines[j] ?? '';
      if (!short(l, 8) || isSentenceLike(l)) break;
      rules[j] ??= 'address-block';
    }
  }
  // A street line next to a city/post-code line confirms both even without a label; a lone line
  // between them (a building name) goes with them.
  for (let i = 0; i + 1 < lines.length; i++) {
    if (rules[i] === 'street-address' && rules[i + 2] === 'city-postcode' && !isSentenceLike(lines[i + 1] ?? '')) {
      rules[i + 1] ??= 'address-block';
    }
  }
}
