/**
 * Who said it, and is it a quote? Rule-based attribution of one statement unit (a sentence, or sentences joined
 * because one quotation runs across them) with the article's earlier units as context.
 *
 * The quotation is masked out first (replaced by a QQQ token) so the words of the quote never become the speaker;
 * then the speech verb nearest the quote is found and its subject read on the left ("Putin said",
 * "Putin, asked ..., said") or on the right ("said Kirby", "according to Hayashi"). Pronouns and role nouns
 * ("the Kremlin leader") are resolved through the article's EntityMemory to the full name it used.
 */
import type { StatementKind } from '../model.js';
import { quotedSpans, replaceQuoted } from '../text/quotes.js';
import { STOP_WORDS } from '../text/tokens.js';
import { EntityMemory, ROLE_NOUNS, genderCue, type Person } from './entity-memory.js';

export interface Attribution {
  kind: StatementKind;
  /** A plain name ("Vladimir Putin", "Russia's defense ministry"), or null when the text does not say. */
  speaker: string | null;
  /** The quoted words, joined, without quote marks; null when nothing is quoted. */
  quote: string | null;
  /** Each quoted passage (for verbatim containment checks between partial quotes). */
  fragments: string[];
  /** True when a speech verb or "according to" was found: the statement is reported speech. */
  reported: boolean;
}

/** Finite speech verbs. Ambiguous noun/verb forms are listed separately and need a clear subject. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say told tells added adds argued argues stated claimed warned warns insisted insists noted explained ' +
    'explains declared declares announced announces asked asks replied replies responded responds continued wrote ' +
    'writes tweeted tweets posted emphasized emphasised emphasizes emphasises stressed stresses alleged alleges ' +
    'acknowledged acknowledges admitted admits suggested suggests contended contends recalled recalls commented ' +
    'remarked urged urges reported believed concluded predicted promised vowed conceded countered maintained observed ' +
    'mentioned described describes accused denied denies confirmed cautioned boasted complained asserted asserts ' +
    'questioned answered shouted yelled joked quipped testified sings sang chanted assured disclosed revealed ' +
    'signaled signalled indicated demanded charged agreed acknowledged explained responded concludes answers ' +
    'agrees echoed echoes retorted retorts exclaimed exclaims observes thanked praised praises touted touts pledged ' +
    'pledges vows recounted recounts lamented laments blasted blasts slammed slams criticized criticizes ' +
    'criticised interjected proclaimed proclaims reiterated reiterates confided elaborated wondered wonders mused ' +
    'muses snapped scoffed pleaded bragged brags predicts cautions quips jokes testifies chants yells screamed ' +
    'whispered sighed labeled labelled hailed dismissed characterized rejected reasoned recalled insisted ' +
    'cited quoted reacted opined editorialized posited theorized wrote fumed barked mocked mocks scolded chided ' +
    'griped grumbled gushed raved marveled marvelled sneered taunted teased protested objected mourned'
  ).split(' '),
);
const AMBIGUOUS_VERBS: ReadonlySet<string> = new Set(
  'states claims notes reports comments remarks estimates believes thinks thought continues warns called calls points pointed thanks'.split(' '),
);
/** Base forms of speech verbs: a verb only right after an auxiliary ("Allen did suggest", "she would argue"). */
const BASE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  'say tell add argue claim warn insist note explain ask write suggest acknowledge admit predict promise deny describe concede contend reply respond'.split(' '),
);
const AUXILIARIES: ReadonlySet<string> = new Set('did does do would will could might should must can may'.split(' '));
const PARTICIPLES: ReadonlySet<string> = new Set(
  (
    'saying adding telling arguing stating claiming warning insisting noting explaining declaring replying ' +
    'responding writing tweeting emphasizing emphasising stressing alleging acknowledging admitting suggesting ' +
    'describing accusing denying confirming asserting asking calling labeling labelling pledging praising ' +
    'thanking touting predicting promising vowing urging reiterating recalling complaining concluding answering ' +
    'blasting slamming criticizing joking quipping boasting observing pointing'
  ).split(' '),
);
/** Words that may sit between a subject and its verb ("Putin also said", "he has repeatedly said"). */
const BETWEEN: ReadonlySet<string> = new Set(
  (
    'also then later earlier has had have was is previously recently further again once still just specifically ' +
    'only even separately never not did does would will could already first are were been quickly later repeatedly ' +
    'might should must can may do'
  ).split(' '),
);
/** Nouns ending in -ly: never adverbs between a subject and its verb ("the family said"). */
const LY_NOUNS: ReadonlySet<string> = new Set(
  'family ally rally assembly supply reply monopoly anomaly bully belly jelly italy july daily weekly monthly quarterly'.split(' '),
);
/** Time words that may sit between a subject and its verb ("Ortiz later Thursday told reporters"). */
const TIME_BETWEEN: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight'.split(' '),
);
/**
 * A word between a subject and its speech verb: the listed auxiliaries and adverbs, any adverb in -ly ("Cruz openly
 * admitted", "she flatly denied"), and day names ("Ortiz on Thursday said" is read past 'on' elsewhere).
 */
function isBetween(t: Tok | undefined): boolean {
  if (!t) return false;
  if (BETWEEN.has(t.low)) return true;
  if (t.t === t.low && t.low.length >= 5 && t.low.endsWith('ly') && !LY_NOUNS.has(t.low)) return true;
  return TIME_BETWEEN.has(t.low);
}
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'another']);
const PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'du', 'der', 'di', 'del', 'ben']);
/** Heads of capitalised runs that name an organisation, not a person (they are never pronoun antecedents). */
const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'ministry agency department office house council committee university times post news service intelligence ' +
    'police army government party union court bank group inc corp company kremlin pentagon reuters press media ' +
    'commission institute fund organization organisation association network journal tv television radio ' +
    'administration navy forces military parliament senate congress duma campaign foundation centre center board ' +
    'bureau embassy staff team club federation'
  ).split(' '),
);

/**
 * Head nouns of a definite description of an organisation ("the ministry", "the group", "the agency"): it stands
 * for the organisation the article named before, as "the spokesman" stands for a person.
 */
const ORG_REFERENCES: ReadonlySet<string> = new Set(
  (
    'ministry agency department office council committee commission group organization organisation association ' +
    'company firm campaign union board bureau embassy foundation institute center centre network newspaper paper ' +
    'magazine station party court panel coalition alliance league caucus society fund bank government administration ' +
    'team club federation police army'
  ).split(' '),
);

/** Unnamed collective sources: "Russia's defense ministry", "Dutch intelligence", "U.S. officials". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(
  (
    'officials sources authorities spokesperson spokesman spokeswoman analysts experts diplomats investigators ' +
    'prosecutors journalist reporter supporter supporters voter voters resident residents protester protesters ' +
    'delegate delegates statement'
  ).split(' '),
);

/**
 * Words that are never a speaker on their own: days, months, times of day and sentence adverbs ("Later, ...",
 * "Speaking to ..."). They are capitalised at a sentence start or as names of days, which is how they get mistaken
 * for names ("“...,” he said Friday" read as "said Friday").
 */
const NOT_A_SPEAKER: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow tonight morning afternoon evening night week ' +
    'weekend month year years hours hour minutes days later earlier speaking meanwhile however still also then now ' +
    'here there afterward afterwards finally instead moreover indeed asked when while after before since during ' +
    'but and or so yet if as in on at last next this that these those it they we you i one recently previously ' +
    'separately again'
  ).split(' '),
);
/** A mention governed by one of these is a place or an object ("in Minneapolis, he said"), never the subject. */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at from to of on for with by near across into over under about against between through during after before'.split(' '),
);

interface Tok {
  t: string;
  low: string;
  /** isWord / isCap of this token, computed once: the parsers ask them many times per token. */
  word: boolean;
  cap: boolean;
}

const WORD_START = /^[\p{L}\p{N}]/u;
const CAP_START = /^\p{Lu}/u;
function makeTok(t: string): Tok {
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
/** Tokens of a masked sentence; short parentheticals ("(R-OH)", "(AP)") are dropped: they sit between subject and verb. */
function tokenize(frame: string): Tok[] {
  return tokensOf(dropNamePeriods(frame.replace(/\s*\([^()]{1,30}\)/gu, '')));
}

/**
 * Tokens of a text whose name periods are already dropped. Tokens are never mutated, so the last result is reused:
 * attribute() tokenises the same frame for learnEntities and for itself whenever it has no parenthetical.
 */
function tokensOf(text: string): Tok[] {
  if (lastTokens?.text !== text) lastTokens = { text, toks: (text.match(TOKEN) ?? []).map(makeTok) };
  return lastTokens.toks.slice();
}
let lastTokens: { text: string; toks: Tok[] } | null = null;

/**
 * "Sen. Hal Brenner", "John F. Kennedy": the full stop of a title abbreviation or an initial inside a name would
 * end the capitalised run the name is read from, so it is dropped before tokenising.
 */
const NAME_PERIOD = /(?<=(?:^|[^\p{L}])(?:Sen|Sens|Rep|Reps|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Hon|Pres|Supt|Det|Cmdr|Maj|\p{Lu}))\.(?=\s+\p{Lu})/gu;
// NAME_PERIOD needs a full stop followed by whitespace: test for that first, the lookbehind scan is costly.
const dropNamePeriods = (frame: string): string => (/\.\s/u.test(frame) ? frame.replace(NAME_PERIOD, '') : frame);
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';
/** /['’]s?$/ without a regex: a token ending in an apostrophe, or an apostrophe and 's' ("Ortiz’s", "Reyes'"). */
const endsPossessive = (t: string): boolean => isApostrophe(t[t.length - 1]) || endsApostropheS(t);
/** /['’]s$/ without a regex. */
const endsApostropheS = (t: string): boolean => t[t.length - 1] === 's' && isApostrophe(t[t.length - 2]);
/** Lower-case words that may sit inside an organisation's capitalised name ("Commission on Port Safety"). */
const RUN_JOINERS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and']);
const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.word;
const isCap = (t: Tok | undefined): boolean => t !== undefined && t.cap;
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

/** The text with quotations replaced by the token QQQ (with the quote marks swallowed). */
function maskQuotes(text: string): { frame: string; fragments: string[] } {
  // attribute() masks the same text twice in a row (once in learnEntities): reuse the last result.
  if (lastMasked?.text === text) return { frame: lastMasked.frame, fragments: [...lastMasked.fragments] };
  const masked = computeMask(text);
  lastMasked = { text, frame: masked.frame, fragments: [...masked.fragments] };
  return masked;
}
let lastMasked: { text: string; frame: string; fragments: readonly string[] } | null = null;
function computeMask(text: string): { frame: string; fragments: string[] } {
  const spans = quotedSpans(text).filter((s) => wordCount(s.text) >= 1);
  return { frame: replaceQuoted(text, spans, ' QQQ '), fragments: spans.map((s) => s.text) };
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
    else if (/^\p{Lu}/u.test(frag)) out = out.replace(/[,;:\s]+$/u, '').replace(/([^.!?…])$/u, '$1.') + ' ' + frag;
    else out = out.replace(/[,\s]+$/u, '') + ' ' + frag;
  }
  return out.trim();
}

interface Mention {
  text: string;
  /** 'name': a capitalised name; 'pronoun'; 'nominal': determiner + role ("the Kremlin leader"); 'group': other. */
  type: 'name' | 'pronoun' | 'nominal' | 'group' | 'orgref';
  role: string | null;
  head: string;
}

/** Splits a capitalised run into its title ("Russian President") and the name after it ("Vladimir Putin"). */
function splitTitle(run: Tok[]): { title: Tok[]; name: Tok[] } {
  let k = -1;
  run.forEach((t, i) => {
    // Word tokens never end in a full stop, and the '.' token is no role: the lower-cased form is looked up as is.
    if (ROLE_NOUNS.has(t.low)) k = i;
  });
  return { title: run.slice(0, k + 1), name: run.slice(k + 1) };
}

/** Drops sentence-initial function words that are capitalised only because they start the sentence. */
function trimLeadingFunctionWords(run: Tok[]): Tok[] {
  let i = 0;
  while (i < run.length - 1 && (STOP_WORDS.has(run[i]!.low) || NOT_A_SPEAKER.has(run[i]!.low))) i++;
  return run.slice(i);
}

function mentionFromRun(run: Tok[], before: Tok[]): Mention | null {
  // "The Harbour Trust": a capitalised run led by 'the' is an organisation (people take no article).
  const ledByThe = run[0]?.low === 'the' && run.length > 1;
  run = trimLeadingFunctionWords(run);
  while (run.length > 1 && NOT_A_SPEAKER.has(run[run.length - 1]!.low)) run = run.slice(0, -1); // "Ohio Monday"
  if (run.length === 0) return null;
  if (run.length === 1 && STOP_WORDS.has(run[0]!.low)) return null;
  const { title, name } = splitTitle(run);
  // A lower-case role right before the name ("spokesman John Kirby", "leader Kim Jong Un").
  const roleWords = title.map((t) => t.t);
  if (title.length === 0) {
    for (let i = before.length - 1; i >= 0 && before.length - i <= 4; i--) {
      const b = before[i]!;
      if (!isWord(b) || DETERMINERS.has(b.low)) break;
      roleWords.unshift(b.t);
    }
    if (!roleWords.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) roleWords.length = 0;
  }
  if (name.length === 0) {
    const head = title[title.length - 1]!.low;
    return { text: title.map((t) => t.t).join(' '), type: 'nominal', role: null, head };
  }
  const text = name.map((t) => t.t).join(' ');
  const org = name.some((t) => ORG_WORDS.has(t.low)) || (ledByThe && title.length === 0);
  return { text, type: org ? 'group' : 'name', role: roleWords.length ? roleWords.join(' ') : null, head: name[name.length - 1]!.low };
}

/** The noun phrase ending just before index `end` (exclusive): the subject of "X said". */
function mentionBefore(toks: Tok[], end: number): Mention | null {
  let j = end - 1;
  // "Putin, asked by a reporter about ..., said", "Sam Reyes, 58, who lives outside Harbourton, says": skip up to
  // three comma-bounded parentheticals back to the phrase that opens the chain; that phrase is the subject.
  if (toks[j]?.t === ',') {
    let comma = j;
    let apposition: Mention | null = null;
    // The name right before the last comma ("At a hearing, Sen. Hal Brenner, said"), when the opening phrase is none.
    let nearest: Mention | null = null;
    for (let hops = 0; hops < 4; hops++) {
      let k = comma - 1;
      while (k >= 0 && toks[k]!.t !== ',' && toks[k]!.t !== 'QQQ' && comma - k < 30) k--;
      if (hops === 0 && (k < 0 || toks[k]!.t !== ',')) return null; // "..., said": one comma is no parenthetical
      if (k >= 0 && toks[k]!.t !== ',' && toks[k]!.t !== 'QQQ') return apposition ?? nearest; // too long to be a parenthetical
      const m = comma - 1 > k ? mentionBefore(toks, comma) : null;
      if (hops === 0 && m?.type === 'name') nearest = m;
      // "The Harbour Trust's director, Sam Reyes, said": a segment that is only a name is the name itself.
      const segment = toks.slice(k + 1, comma);
      if (hops > 0 || k >= 0) {
        if (m?.type === 'name' && segment.every((t) => isCap(t) || PARTICLES.has(t.low)) && !apposition && k >= 0 && toks[k]!.t === ',') apposition = m;
      }
      if (k < 0 || toks[k]!.t === 'QQQ') {
        if (m?.type === 'name' || m?.type === 'pronoun') return m;
        return apposition ?? nearest ?? m;
      }
      comma = k;
    }
    return apposition ?? nearest;
  }
  const w = toks[j];
  if (!isWord(w)) return null;
  if (PRONOUNS.has(w.low)) return { text: w.t, type: 'pronoun', role: null, head: w.low };
  if (isCap(w) || PARTICLES.has(w.low)) {
    let s = j;
    while (s - 1 >= 0 && (isCap(toks[s - 1]) || (PARTICLES.has(toks[s - 1]!.low) && isCap(toks[s - 2])))) s--;
    const run = toks.slice(s, j + 1);
    if (endsPossessive(w.t)) return null; // "Putin's comments": a possessive is no subject
    if (PREPOSITIONS.has(toks[s - 1]?.low ?? '')) return affiliatedMention(toks, s, run); // "in Ohio said": no speaker
    return mentionFromRun(run, toks.slice(Math.max(0, s - 4), s));
  }
  // Lower-case phrase: "the Kremlin leader", "the defense secretary", "Russia's defense ministry".
  const words: Tok[] = [];
  let s = j;
  while (s >= 0 && words.length < 7 && isWord(toks[s]) && !DETERMINERS.has(toks[s]!.low)) {
    words.unshift(toks[s]!);
    if (endsPossessive(toks[s]!.t)) break;
    // "the Harbour senator and party candidate": two roles joined by 'and' describe one person.
    if (STOP_WORDS.has(toks[s]!.low) && !(toks[s]!.low === 'and' && ROLE_NOUNS.has(w.low))) return null;
    s--;
  }
  if (words.length === 0) return null;
  const det = toks[s];
  const hasDet = det !== undefined && DETERMINERS.has(det.low);
  const possessive = endsPossessive(words[0]!.t);
  if (!hasDet && !possessive) return null;
  const head = w.low;
  if (ROLE_NOUNS.has(head) && hasDet) return { text: words.map((t) => t.t).join(' '), type: 'nominal', role: null, head };
  // "Ortiz's campaign manager said": a role held by someone; the possessor is not the speaker.
  if (ROLE_NOUNS.has(head) && possessive && words.length > 1) {
    return { text: words.map((t) => t.t).join(' '), type: 'nominal', role: words[0]!.low.replace(/['’]s?$/u, ''), head };
  }
  if (hasDet && ORG_REFERENCES.has(head) && words.every((t) => !isCap(t))) return { text: words.map((t) => t.t).join(' '), type: 'orgref', role: null, head };
  const groupHead = ORG_WORDS.has(head) || GROUP_NOUNS.has(head);
  if ((possessive || words.some((t) => isCap(t))) && groupHead) return { text: words.map((t) => t.t).join(' '), type: 'group', role: null, head };
  return null;
}

/** Prepositions that attach a person to an organisation: "Lena Ortiz of the Harbour Trust", "a fellow at ...". */
const AFFILIATION = /^(of|at|from|for|with)$/u;

/**
 * The subject of a verb when the capitalised run before it follows a preposition. Usually a place ("in Ohio said")
 * and no speaker, but two shapes name a person: a title inside an organisation's name ("The Harbour Trust Executive
 * Director Lena Ortiz says") and an affiliation after the name ("Lena Ortiz of the Harbour Trust said").
 */
function affiliatedMention(toks: Tok[], s: number, run: Tok[]): Mention | null {
  const { title, name } = splitTitle(run);
  if (title.length > 0 && name.length > 0 && !name.some((t) => ORG_WORDS.has(t.low))) return mentionFromRun(run, []);
  if (!AFFILIATION.test(toks[s - 1]!.low)) return null;
  // Walk back over the organisation's name to where the chain starts: capitalised words, 'the', 'of', 'for', 'and'.
  let k = s - 1;
  while (k - 1 >= 0 && s - k < 12 && (isCap(toks[k - 1]) || /^(the|of|for|and|at|from|on)$/u.test(toks[k - 1]!.low))) k--;
  if (PREPOSITIONS.has(toks[k - 1]?.low ?? '') || DETERMINERS.has(toks[k - 1]?.low ?? '')) return null;
  const first: Tok[] = [];
  for (let i = k; i < s && isCap(toks[i]); i++) first.push(toks[i]!);
  // The chain must open with a person's name followed by the affiliation: "Joel Pollak of ...", not "The Trust of".
  const after = toks[k + first.length];
  if (first.length === 0 || !after || !AFFILIATION.test(after.low) || first.some((t) => ORG_WORDS.has(t.low))) return null;
  if (first.length === 1 && DETERMINERS.has(first[0]!.low)) return null;
  return mentionFromRun(first, toks.slice(Math.max(0, k - 4), k));
}

/**
 * "said former Harbour Trust adviser Lena Ortiz", "said undecided voter Sam Reyes": lower-case role words before the
 * name. Up to six words without function words, ending in a capitalised run that is either two words long or
 * follows a role noun.
 */
function mentionAfterRoleWords(toks: Tok[], start: number): Mention | null {
  let i = start;
  while (i < toks.length && i - start < 7 && isWord(toks[i]) && !STOP_WORDS.has(toks[i]!.low) && !PREPOSITIONS.has(toks[i]!.low)) i++;
  let s = i;
  while (s - 1 > start && isCap(toks[s - 1])) s--;
  if (s === i || s === start) return null;
  const run = toks.slice(s, i);
  const before = toks[s - 1]!;
  if (run.length < 2 && !ROLE_NOUNS.has(before.low)) return null;
  if (endsPossessive(run[run.length - 1]!.t)) return null;
  const m = mentionFromRun(run, toks.slice(start, s));
  return m && m.type === 'name' ? m : null;
}

/** The noun phrase starting at `start`: "said Kirby", "said the spokesman", "according to Hayashi". */
function mentionAfter(toks: Tok[], start: number): Mention | null {
  let i = start;
  const w = toks[i];
  if (!isWord(w)) return null;
  if (PRONOUNS.has(w.low)) return { text: w.t, type: 'pronoun', role: null, head: w.low };
  if (DETERMINERS.has(w.low) && w.low !== 'that') {
    const words: Tok[] = [];
    i++;
    while (isWord(toks[i]) && words.length < 5) {
      words.push(toks[i]!);
      if (ROLE_NOUNS.has(toks[i]!.low)) return { text: words.map((t) => t.t).join(' '), type: 'nominal', role: null, head: toks[i]!.low };
      if (ORG_REFERENCES.has(toks[i]!.low) && !isWord(toks[i + 1]) && words.every((t) => !isCap(t))) {
        return { text: words.map((t) => t.t).join(' '), type: 'orgref', role: null, head: toks[i]!.low };
      }
      i++;
    }
    const run = words.filter((t) => isCap(t));
    return run.length === words.length && run.length > 0 ? mentionFromRun([w, ...run], []) : null;
  }
  if (!isCap(w)) return mentionAfterRoleWords(toks, start);
  const run: Tok[] = [];
  for (;;) {
    while (isCap(toks[i]) || (PARTICLES.has(toks[i]?.low ?? '') && isCap(toks[i + 1]))) run.push(toks[i++]!);
    // "Harbour Trust adviser Sam Reyes": a lower-case role between an affiliation and the name.
    if (ROLE_NOUNS.has(toks[i]?.low ?? '') && toks[i]!.t === toks[i]!.low && isCap(toks[i + 1])) run.push(toks[i++]!);
    else break;
  }
  return describedName(toks, i) ?? mentionFromRun(run, []);
}

/** Nouns for someone's relation to a person or a cause that carry no agent suffix ("Ortiz ally", "Reyes aide"). */
const RELATION_NOUNS: ReadonlySet<string> = new Set(
  'ally allies aide friend member fan loyalist confidant protege protégé backer donor surrogate wife husband son daughter brother sister'.split(' '),
);

/**
 * The name after a description that opens with a capitalised word: "Ortiz constituent Sam Reyes", "Harbour Party
 * front-runner Lena Ortiz", "Ortiz’s deputy campaign manager, Sam Reyes": after the capitalised run (ending at
 * `i`), one to four lower-case words ending in a noun for a person (a role, an agent noun in -er/-or/-ist/-ent...,
 * or a relation), then a name of two capitalised words (one after a role noun), optionally after a comma. The
 * description's leading name is the possessor or the affiliation, not the person described.
 */
function describedName(toks: Tok[], i: number): Mention | null {
  let k = i;
  while (k < toks.length && k - i < 4 && isWord(toks[k]) && !toks[k]!.cap && !STOP_WORDS.has(toks[k]!.low) && !PREPOSITIONS.has(toks[k]!.low)) {
    const low = toks[k]!.low;
    if (SPEECH_VERBS.has(low) || AMBIGUOUS_VERBS.has(low) || PARTICIPLES.has(low) || /(?:ed|ly)$/u.test(low)) return null;
    k++;
  }
  if (k === i) return null;
  const head = toks[k - 1]!.low;
  const personNoun = ROLE_NOUNS.has(head) || RELATION_NOUNS.has(head) || /^[\p{L}-]{3,}(?:er|or|ist|ian|ant|ent|ee)s?$/u.test(head);
  if (!personNoun) return null;
  let s = k;
  if (toks[s]?.t === ',' && endsPossessive(toks[i - 1]?.t ?? '')) s++; // "Ortiz’s campaign manager, Sam Reyes"
  let e = s;
  while (isCap(toks[e]) || (PARTICLES.has(toks[e]?.low ?? '') && isCap(toks[e + 1]))) e++;
  if (e - s < (ROLE_NOUNS.has(head) ? 1 : 2)) return null;
  const m = mentionFromRun(toks.slice(s, e), toks.slice(i, k));
  return m && m.type === 'name' ? m : null;
}

/**
 * Registers the organisations a unit names ("the Harbour Trust", "Commission on Port Safety", "the FAA") so a later
 * "the commission" or "the agency" can be resolved: capitalised runs (with inner of/on/for/and) holding an
 * organisation word, and all-capital acronyms.
 */
function learnOrganisations(toks: Tok[], memory: EntityMemory, position: number): void {
  for (let i = 0; i < toks.length; i++) {
    if (!isCap(toks[i])) continue;
    let j = i;
    while (isCap(toks[j + 1]) || (RUN_JOINERS.has(toks[j + 1]?.low ?? '') && isCap(toks[j + 2]))) j++;
    const run = toks.slice(i, j + 1);
    i = j;
    if (run.length === 1 && /^\p{Lu}{3,5}$/u.test(run[0]!.t) && !NOT_AN_ACRONYM.has(run[0]!.t)) memory.addOrganisation(run[0]!.t, position);
    else if (endsPossessive(run[run.length - 1]!.t)) {
      // "Harbourland's transport ministry": a possessive before a lower-case organisation noun.
      let k = j + 1;
      while (k < toks.length && k - j <= 3 && isWord(toks[k]) && !isCap(toks[k]) && !ORG_REFERENCES.has(toks[k]!.low)) k++;
      if (k - j <= 3 && ORG_REFERENCES.has(toks[k]?.low ?? '') && !STOP_WORDS.has(toks[j + 1]?.low ?? 'the')) {
        memory.addOrganisation(toks.slice(i, k + 1).map((t) => t.t).join(' '), position);
      }
    }
    else if (run.some((t) => ORG_WORDS.has(t.low) || ORG_REFERENCES.has(t.low)) && !endsPossessive(run[run.length - 1]!.t)) {
      memory.addOrganisation(trimLeadingFunctionWords(run).map((t) => t.t).join(' '), position);
    }
  }
}

/** All-capital words that are not organisations (shouted words in headlines, common abbreviations). */
const NOT_AN_ACRONYM: ReadonlySet<string> = new Set('THE AND FOR NOT BUT YOU WHO WHAT WHY HOW NEW USA GOP CEO LGBT'.split(' '));

/** Registers people introduced with a title ("Defense Secretary Lloyd Austin") or an apposition ("X, head of Y,"). */
export function learnEntities(text: string, memory: EntityMemory, position: number): void {
  const { frame } = maskQuotes(text);
  learnEntitiesOf(frame, tokensOf(dropNamePeriods(frame)), memory, position);
}

/** learnEntities on a masked frame and its tokens (name periods dropped, parentheticals kept), made once by attribute. */
function learnEntitiesOf(frame: string, toks: readonly Tok[], memory: EntityMemory, position: number): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!ROLE_NOUNS.has(t.low)) continue; // as in splitTitle: no token's lower-case form ends in a full stop
    let j = i + 1;
    if (toks[j]?.t === '.' && isCap(toks[j + 1])) j++; // "Sen. Hal Brenner": the abbreviation's full stop
    const name: Tok[] = [];
    while (isCap(toks[j]) && !ROLE_NOUNS.has(toks[j]!.low) && !endsApostropheS(toks[j]!.t)) name.push(toks[j++]!);
    // "President Lena Ortiz’s plan": the possessive ends the name, it is still part of it.
    if (name.length > 0 && isCap(toks[j]) && endsApostropheS(toks[j]!.t) && !ROLE_NOUNS.has(toks[j]!.low)) {
      name.push(makeTok(toks[j]!.t.replace(/['’]s$/u, '')));
    }
    if (name.length === 0 || name.some((n) => ORG_WORDS.has(n.low) || STOP_WORDS.has(n.low))) continue;
    const role: string[] = [t.t];
    for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
      const b = toks[k]!;
      if (!isWord(b) || DETERMINERS.has(b.low) || (STOP_WORDS.has(b.low) && !isCap(b))) break;
      role.unshift(b.t);
    }
    memory.addPerson(name.map((n) => n.t).join(' '), role.join(' '), position, i);
  }
  // "Maria Okonkwo met John Whitfield": a capitalised pair led by a common given name is a person wherever it stands
  // (the object of one sentence is often the 'he' of the next).
  // The capital is matched before the look-behind tests what precedes it (equivalent to testing first, and cheaper:
  // most positions fail on the capital).
  for (const m of frame.matchAll(/(\p{Lu}(?<![\p{L}’']\p{Lu})\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu)) {
    const name = m[1]!.replace(/['’]s$/u, '');
    const org = name.split(/\s+/u).some((w) => ORG_WORDS.has(w.toLowerCase()) || STOP_WORDS.has(w.toLowerCase()) || NOT_A_SPEAKER.has(w.toLowerCase()));
    if (org) continue;
    if (genderCue(name)) memory.addPerson(name, null, position, m.index + 1);
    else memory.notePair(name);
  }
  // "Serhii Popko, head of the Kyiv City Military Administration, said": NAME , role-phrase ,
  const appos = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+((?:the\s+)?[\p{Ll}\p{Lu}.'’ -]{0,40}?\b([\p{Ll}]+)\b[^,]{0,60}),/gu;
  // The pattern needs two commas ("NAME, role phrase,"): most frames have fewer, so skip its costly scan.
  const comma = frame.indexOf(',');
  if (comma < 0 || frame.indexOf(',', comma + 1) < 0) return;
  for (const m of frame.matchAll(appos)) {
    const head = m[3]!.toLowerCase();
    if (ROLE_NOUNS.has(head) && !STOP_WORDS.has(m[1]!.split(' ')[0]!.toLowerCase())) memory.addPerson(m[1]!, m[2]!, position, m.index);
  }
}

function resolve(m: Mention, memory: EntityMemory, position: number, register: boolean): { speaker: string | null; person: Person | null } {
  if (m.type === 'pronoun') {
    const gender = m.head === 'she' ? 'f' : 'm';
    // A pronoun points back: people named earlier first, then (rarely) someone named earlier in its own sentence.
    const p = memory.recentSubject(position, gender, 2) ?? memory.mostRecent(position, gender, true) ?? memory.mostRecent(position, gender);
    if (p) memory.setGender(p, gender);
    return { speaker: p?.name ?? null, person: p };
  }
  if (m.type === 'nominal') {
    let p = memory.byRole(m.head, position);
    // "Ortiz's adviser": whoever holds the role, never the possessor (m.role).
    if (!p) p = memory.mostRecent(position, null, m.role !== null);
    if (p && m.role && p.last === m.role) p = null;
    return { speaker: p?.name ?? null, person: p };
  }
  if (m.type === 'orgref') return { speaker: memory.organisation(m.head, position), person: null };
  if (m.type === 'group') {
    const name = m.text.replace(/^(the|The)\s+/u, '');
    memory.addOrganisation(name, position);
    return { speaker: name, person: null };
  }
  // "according to L'Independent" names a source, often a publication: not evidence of a person.
  if (!register) return { speaker: memory.fullName(m.text), person: null };
  const p = memory.addPerson(m.text, m.role, position, 0);
  return { speaker: p ? memory.fullName(m.text) : m.text, person: p };
}

export interface AttributionContext {
  memory: EntityMemory;
  /** Position of this unit in its article (sentence index). */
  position: number;
  /** The previous unit's attribution, for quotations that continue without a new "he said". */
  previous?: Attribution | null;
}

/** A transcript line: "REYES: We will rebuild." (a speaker's name in capitals, then a colon). */
const TRANSCRIPT_LINE = /^[“"«]?\s*((?:\p{Lu}[\p{Lu}.'’-]+\s+){0,2}\p{Lu}[\p{Lu}'’-]+):\s+\S/u;
/** Capitalised labels that open a line without naming a speaker. */
const NOT_A_TRANSCRIPT_NAME = /^(UPDATE|WATCH|BREAKING|NOTE|EDITOR|EDITOR'S NOTE|EDITOR’S NOTE|READ|READ MORE|MORE|PHOTOS?|VIDEO|RELATED|CLICK|SOURCE|CREDIT|ADVERTISEMENT|SEE ALSO|EXCLUSIVE|ALSO|WARNING|CORRECTION|LIVE|OPINION|ANALYSIS|FACT CHECK|TRANSCRIPT|Q|A|PS|P\.S\.|UPDATED|URGENT|ALERT|TOP|NEW|TIMELINE|BACKGROUND|CONTEXT)$/u;

/** The speaker a transcript line names ("REYES: ..." -> "REYES"), or null. */
export function transcriptSpeaker(text: string): string | null {
  const m = TRANSCRIPT_LINE.exec(text);
  if (!m) return null;
  const name = m[1]!.trim();
  return NOT_A_TRANSCRIPT_NAME.test(name) || name.replace(/[^\p{L}]/gu, '').length < 3 ? null : name;
}

/** Decides kind and speaker of one unit; registers what it learns in the memory. */
export function attribute(text: string, ctx: AttributionContext): Attribution {
  const { memory, position } = ctx;
  // In a transcript ("REYES: ...") the line is the named speaker's, whatever else it mentions.
  const transcript = transcriptSpeaker(text);
  const { frame, fragments } = maskQuotes(text);
  // One tokenisation serves learnEntities and the parsers below; only a frame with a parenthetical (dropped for the
  // parsers) needs a second.
  const frameToks = tokensOf(dropNamePeriods(frame));
  learnEntitiesOf(frame, frameToks, memory, position);
  const quote = fragments.length ? joinFragments(fragments) : null;
  // joinFragments only trims, drops or adds non-word characters at the joins (and puts a space there), so the
  // quote's word count is the sum of its passages'.
  let quoteWords = 0;
  let longest = 0;
  for (const f of fragments) {
    const n = wordCount(f);
    quoteWords += n;
    if (n > longest) longest = n;
  }
  const total = wordCount(text);
  // A quote "of substance": a passage of five words or more, or short passages making most of the sentence.
  // Scare quotes ("comprehensive strategic partnership") leave the sentence a claim.
  const isQuote = longest >= 5 || (quoteWords >= 4 && quoteWords >= 0.5 * total);
  const toks = frame.includes('(') ? tokenize(frame) : frameToks;
  const qPos = toks.map((t, i) => (t.t === 'QQQ' ? i : -1)).filter((i) => i >= 0);

  let mention: Mention | null = null;
  let reported = false;
  let according = false;
  const verbs: number[] = [];
  toks.forEach((t, i) => {
    // "Said Ortiz: ...", "Continued the mayor, ...": an inverted attribution opens the sentence.
    const opensInverted = i === 0 && SPEECH_VERBS.has(t.low) && /^\p{Lu}\p{Ll}+$/u.test(t.t) && (isCap(toks[1]) || toks[1]?.low === 'the');
    if (t.t !== t.low && !opensInverted) return; // "United States", a headline's "Says": verbs are lower-case in running text
    if (SPEECH_VERBS.has(t.low) || AMBIGUOUS_VERBS.has(t.low) || PARTICIPLES.has(t.low)) verbs.push(i);
    else if (BASE_SPEECH_VERBS.has(t.low) && AUXILIARIES.has(toks[i - 1]?.low ?? '')) verbs.push(i);
  });
  toks.forEach((t, i) => {
    if (t.low === 'according' && toks[i + 1]?.low === 'to') verbs.push(i);
    // "Ortiz fired back", "she shot back": a phrasal verb of retort.
    else if (RETORT_VERBS.has(t.low) && t.t === t.low && toks[i + 1]?.low === 'back') verbs.push(i);
    // "“...,” she went on": a quotation continued; "as Ortiz put it, “...”": a quotation introduced.
    else if ((t.t === 'went' || t.t === 'goes') && toks[i + 1]?.low === 'on' && !isWord(toks[i + 2])) verbs.push(i);
    else if ((t.t === 'put' || t.t === 'puts') && toks[i + 1]?.low === 'it' && toks.slice(Math.max(0, i - 5), i).some((x) => x.low === 'as')) verbs.push(i);
    else if (!verbs.includes(i) && framesQuote(toks, i, fragments)) verbs.push(i);
  });
  // With a quote, the verb nearest a quotation is the one that introduces it; otherwise the first (main clause).
  const dist = (i: number): number => {
    if (!qPos.length) return i;
    let d = Infinity;
    for (const q of qPos) d = Math.min(d, Math.abs(q - i));
    return d;
  };
  const ordered = verbs.length > 1 ? [...verbs].sort((a, b) => dist(a) - dist(b) || a - b) : verbs;
  for (const v of ordered) {
    const low = toks[v]!.low;
    if (low === 'according') {
      mention = mentionAfter(toks, v + 2);
    } else if (PARTICIPLES.has(low) && /^(is|was|are|were|been|be)$/u.test(toks[v - 1]?.low ?? '')) {
      mention = subjectOf(toks, v); // "Sanders is pledging to ...": a progressive is a finite verb
    } else if (PARTICIPLES.has(low)) {
      // "Austin commented ..., saying that": the subject is the main clause's.
      const finite = verbs.filter((x) => x < v && SPEECH_VERBS.has(toks[x]!.low));
      const f = finite[finite.length - 1];
      // Without one, the sentence's subject (past a dateline or an opening adverbial).
      mention = f !== undefined ? subjectOf(toks, f) : (sentenceSubject(toks)?.mention ?? null);
    } else {
      let s = v;
      while (s - 1 >= 0 && isBetween(toks[s - 1])) s--;
      if (AMBIGUOUS_VERBS.has(low)) {
        const m = mentionBefore(toks, s);
        mention = m && (m.type === 'name' || m.type === 'pronoun' || m.type === 'nominal') && toks[s - 1]?.t !== ',' ? m : null;
      } else mention = subjectOf(toks, v);
    }
    if (mention) {
      reported = true;
      according = low === 'according';
      break;
    }
    if (low !== 'according' && !AMBIGUOUS_VERBS.has(low)) reported = true;
  }

  let speaker: string | null = null;
  const subject = sentenceSubject(toks);
  if (mention?.type === 'pronoun') speaker = subjectAntecedent(subject, memory, mention.head === 'she' ? 'f' : 'm', position);
  if (mention && !speaker) speaker = resolve(mention, memory, position, !according).speaker;
  // A mention that is no name ("Recently", "Friday") leaves the quotation to the fallbacks below.
  if (speaker && !cleanSpeaker(speaker)) speaker = null;
  const quoteOnly = toks.every((t) => !isWord(t));
  if (!speaker && isQuote && quoteOnly) {
    // A paragraph that is only a quotation continues the previous speaker ("“...,” Ortiz said. ⏎ “...”"), or
    // is introduced by the previous unit ("Ortiz continued: ⏎ “...”", "Ortiz praised the crew. ⏎ “...”").
    speaker = ctx.previous?.speaker ?? memory.subjectAt(position - 1);
  }
  // A sentence's subject is a person only with evidence: a name of two words or more, or a name already known.
  // One capitalised word there is as often a place, a group or an adverb ("Harbourton", "Millennials", "Sometimes").
  if (subject?.verb && subject.mention.type === 'name' && (subject.mention.text.includes(' ') || memory.isKnown(subject.mention.text))) {
    memory.addPerson(subject.mention.text, subject.mention.role, position, 0);
  } else if (subject?.verb && subject.mention.type === 'name' && memory.pairFor(subject.mention.text)) {
    // "Guessford was shocked ..." after "Annette Guessford": a lone surname the article used in a full name.
    memory.addPerson(memory.pairFor(subject.mention.text)!, subject.mention.role, position, 0);
  }
  if (subject?.verb && subject.mention.type === 'name') noteOwnPronoun(toks, subject.mention.text, memory);
  if (!speaker && isQuote) {
    // "... doesn't surprise pollster Sam Reyes: “...”": a name right before the colon that opens the quotation.
    const colon = toks.findIndex((t, i) => t.t === ':' && toks[i + 1]?.t === 'QQQ');
    const m = colon > 0 ? mentionBefore(toks, colon) : null;
    if (m && (m.type === 'name' || m.type === 'nominal')) speaker = resolve(m, memory, position, true).speaker;
  }
  if (!speaker && isQuote && subject) {
    // No speech verb, but the quotation sits in a sentence about someone ("Ortiz is calling the plan “...”",
    // "Ortiz: “...”"): the sentence's subject is the one quoted.
    // Remembered as a person only with the same evidence as above: one capitalised word may be "Audiences".
    const evidence = subject.mention.text.includes(' ') || memory.isKnown(subject.mention.text);
    speaker = resolve(subject.mention, memory, position, evidence).speaker;
  }
  memory.noteMentions(frame, position);
  learnOrganisations(toks, memory, position);
  if (speaker && memory.isKnown(speaker)) memory.addPerson(speaker, null, position, -1);
  const cleaned = speaker ? cleanSpeaker(speaker) : null;
  const subjectName = cleaned ?? (subject ? cleanSpeaker(resolve(subject.mention, memory, position, false).speaker ?? '') : null);
  if (subjectName) memory.noteSubject(subjectName, position);
  return { kind: isQuote ? 'quote' : 'claim', speaker: transcript ?? cleaned, quote, fragments, reported: reported || transcript !== null };
}

/** Verbs that with 'back' report a retort ("fired back", "shot back", "hit back"). */
const RETORT_VERBS: ReadonlySet<string> = new Set('fired shot hit pushed struck lashed snapped wrote fires shoots hits pushes strikes lashes snaps writes'.split(' '));

/**
 * "“...,” Ortiz fumed.", "“...?” the mayor wondered aloud": a quotation broken off by a comma, '?' or '!' and
 * followed by its speaker and one verb is an attribution whatever the verb, because that slot holds nothing else.
 * `v` is the verb: a lower-case word in -ed or -s (not -ss), then the sentence's end, a comma, a colon, a
 * preposition or a particle; right before it a pronoun, a capitalised name, or 'the' and up to three words, right
 * after the quotation.
 */
/** A cheap necessary condition for FRAMING_VERB's shape (five UTF-16 units or more, ending in -ed or a lone -s). */
function maybeFramingVerb(low: string): boolean {
  const n = low.length;
  if (n < 5) return false;
  const lastCode = low.charCodeAt(n - 1);
  if (lastCode === 100 /* d */) return low.charCodeAt(n - 2) === 101 /* e */;
  return lastCode === 115 /* s */ && low.charCodeAt(n - 2) !== 115;
}

function framesQuote(toks: Tok[], v: number, fragments: readonly string[]): boolean {
  const t = toks[v]!;
  if (t.t !== t.low || !maybeFramingVerb(t.low) || !/^\p{Ll}{3,}(?:ed|[^s]s)$/u.test(t.low) || STOP_WORDS.has(t.low)) return false;
  const next = toks[v + 1];
  if (next && !/^[.,:;!?]$/u.test(next.t) && !PREPOSITIONS.has(next.low) && !/^(back|out|up|aloud)$/u.test(next.low) && !isBetween(next)) return false;
  let j = v - 1;
  if (PRONOUNS.has(toks[j]?.low ?? '')) j--;
  else if (isCap(toks[j])) {
    while (isCap(toks[j]) || (PARTICLES.has(toks[j]?.low ?? '') && isCap(toks[j - 1]))) j--;
  } else {
    const from = j;
    while (j >= 0 && from - j < 4 && isWord(toks[j]) && toks[j]!.low !== 'the') j--;
    if (toks[j]?.low !== 'the') return false;
    j--;
  }
  if (toks[j]?.t !== 'QQQ') return false;
  let n = 0;
  for (let k = 0; k < j; k++) if (toks[k]!.t === 'QQQ') n++;
  return /[,?!]\s*$/u.test(fragments[n] ?? '');
}

/**
 * "Rhimes closed her speech: “...,” she said": a 'he'/'she' that attributes a quotation later in a sentence whose
 * subject is a named person of a fitting gender means that person, whoever the previous sentences were about. The
 * subject needs the usual evidence of being a person (two words, a known name, or the surname of a full name seen).
 */
function subjectAntecedent(subject: ReturnType<typeof sentenceSubject>, memory: EntityMemory, gender: 'm' | 'f', position: number): string | null {
  if (!subject?.verb || subject.mention.type !== 'name') return null;
  const text = subject.mention.text;
  const full = memory.isKnown(text) ? text : (memory.pairFor(text) ?? (text.includes(' ') ? text : null));
  if (!full) return null;
  const known = memory.personNamed(full);
  const cue = known?.gender ?? genderCue(full, subject.mention.role);
  if (cue && cue !== gender) return null;
  const p = memory.addPerson(full, subject.mention.role, position, 0);
  if (!p) return null;
  memory.setGender(p, gender);
  return memory.fullName(full);
}

const MASCULINE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'his', 'him', 'himself']);
const FEMININE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/**
 * The article's own co-reference tells a person's gender: "Okafor said his ferry ..." makes Okafor a man, so a later
 * 'she' skips him. The first personal pronoun after the sentence's subject counts when no other capitalised word
 * or quotation stands between them (it could be the antecedent). Only a gender not yet known is set.
 */
function noteOwnPronoun(toks: Tok[], name: string, memory: EntityMemory): void {
  const p = memory.personNamed(name);
  if (!p || p.gender) return;
  const last = p.name.split(' ').pop()!;
  let k = toks.findIndex((t) => t.t === last || t.t === `${last}’s` || t.t === `${last}'s`);
  if (k < 0) return;
  for (k++; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.cap || t.t === 'QQQ') return;
    if (MASCULINE_PRONOUNS.has(t.low)) return memory.setGender(p, 'm');
    if (FEMININE_PRONOUNS.has(t.low)) return memory.setGender(p, 'f');
  }
}

const COMMON_VERBS = /^(is|was|are|were|has|had|have|will|would|can|could|should|may|might|must|did|does|told|said|met|went|made|took|gave|won|lost|got|ran|led|left|came|saw|put|set|spoke|wrote|read|sat|stood|held|kept|knew|thought|felt|sent|began|became|brought|bought|paid)$/u;

/** A word that can follow a subject as its verb: a finite verb form, an auxiliary, or an adverb before the verb. */
function looksLikeVerb(low: string): boolean {
  if (PREPOSITIONS.has(low) || STOP_WORDS.has(low) && !COMMON_VERBS.test(low) && !BETWEEN.has(low)) return false;
  return COMMON_VERBS.test(low) || BETWEEN.has(low) || SPEECH_VERBS.has(low) || AMBIGUOUS_VERBS.has(low) || /(ed|[^s]s)$/u.test(low);
}

const SENTENCE_ADVERB = /^(but|and|so|still|then|also|yet|meanwhile|however|now|later|earlier|instead|indeed|recently|previously|separately|again|finally|today|yesterday)$/u;

/**
 * The subject at the start of a sentence, after a dateline ("WASHINGTON —"), a conjunction ("But") or an
 * opening adverbial that ends in a comma ("At the rally on Monday, ..."). `verb` says a lower-case word follows
 * (a predicate); `verb` that it looks like a finite verb, the evidence needed to register the run as a person
 * ("Harbour master Ortiz" must not make "Harbour" a person).
 */
function sentenceSubject(toks: Tok[]): { mention: Mention; verb: boolean } | null {
  let i = 0;
  // A dateline: "BERLIN —", "PARIS, May 3 —".
  const dash = toks.findIndex((t, k) => k <= 8 && /^[—–]$/u.test(t.t));
  if (dash > 0 && isWord(toks[0]) && toks[0].t.length >= 3 && toks[0].t === toks[0].t.toUpperCase()) i = dash + 1;
  while (toks[i] && (SENTENCE_ADVERB.test(toks[i]!.low) || toks[i]!.t === ',' || toks[i]!.t === ')')) i++;
  const opener = toks[i]?.low ?? '';
  // An opening adverbial or participle clause: "At the rally, ...", "Speaking to reporters, ...".
  if (PREPOSITIONS.has(opener) || NOT_A_SPEAKER.has(opener) || PARTICIPLES.has(opener) || /^\p{L}{3,}ing$/u.test(opener)) {
    let k = i;
    while (k < toks.length && k - i < 15 && toks[k]!.t !== ',' && toks[k]!.t !== 'QQQ') k++;
    if (toks[k]?.t !== ',') return null;
    i = k + 1;
    // "On July 6, 2015, Ortiz said": a date's year (or a second adverbial) before the subject.
    for (let extra = 0; extra < 2 && (/^\d/u.test(toks[i]?.t ?? '') || NOT_A_SPEAKER.has(toks[i]?.low ?? '')); extra++) {
      let m = i;
      while (m < toks.length && m - i < 8 && toks[m]!.t !== ',' && toks[m]!.t !== 'QQQ') m++;
      if (toks[m]?.t !== ',') break;
      i = m + 1;
    }
  }
  const first = toks[i];
  if (!isWord(first)) return null;
  const mention = mentionAfter(toks, i);
  if (!mention || SPEECH_VERBS.has(first.low) || AMBIGUOUS_VERBS.has(first.low)) return null;
  let end = i + 1;
  if (mention.type === 'name' || mention.type === 'group') {
    while (isCap(toks[end]) || (PARTICLES.has(toks[end]?.low ?? '') && isCap(toks[end + 1]))) end++;
  } else if (mention.type === 'nominal') {
    while (isWord(toks[end]) && toks[end - 1]!.low !== mention.head) end++;
  }
  let next = toks[end];
  // "Sam Reyes, 33, a ferry pilot from Harbourton, says ...": past an apposition of up to three comma-bounded parts,
  // to the predicate (two-word names only: "Wait, ..." and "Harbourton, a town of ..." open no such chain).
  if (next?.t === ',' && (mention.type === 'name' || mention.type === 'nominal') && end - i >= 2) {
    let k = end;
    for (let part = 0; part < 3 && toks[k]?.t === ','; part++) {
      let m = k + 1;
      while (m < toks.length && m - k <= 12 && toks[m]!.t !== ',' && toks[m]!.t !== 'QQQ') m++;
      if (toks[m]?.t !== ',' || m === k + 1) break;
      const after = toks[m + 1];
      if (isWord(after) && after.t === after.low && looksLikeVerb(after.low) && !PREPOSITIONS.has(after.low)) {
        next = after;
        break;
      }
      k = m;
    }
  }
  const predicate = isWord(next) && next.t === next.low && !PREPOSITIONS.has(next.low) && next.low !== 'and';
  const verb = predicate && looksLikeVerb(next!.low);
  if (!predicate && next?.t !== ',' && next?.t !== ':') return null;
  if (endsPossessive(toks[end - 1]!.t)) return null; // "Ortiz’s plan ...": a possessive modifies the subject
  // One capitalised word before a comma is as often an interjection ("Wait, ...") as a name.
  if (!predicate && next?.t === ',' && mention.type === 'name' && end - i === 1) return null;
  return { mention, verb };
}

function subjectOf(toks: Tok[], v: number): Mention | null {
  let s = v;
  while (s - 1 >= 0 && isBetween(toks[s - 1])) s--;
  const prev = toks[s - 1];
  // "“...,” said Kirby": nothing usable on the left (a quote or nothing), so read the inverted subject.
  if (!prev || prev.t === 'QQQ' || (prev.t === ',' && toks[s - 2]?.t === 'QQQ')) return mentionAfter(toks, v + 1);
  return mentionBefore(toks, s) ?? (prev.t === ',' ? mentionAfter(toks, v + 1) : null);
}

/** Speakers are plain names: no quote marks, no trailing punctuation, no possessive. */
function cleanSpeaker(s: string): string | null {
  const c = s.replace(/[“”"«»]/gu, '').replace(/[\s,.;:]+$/u, '').trim();
  if (c.length < 2 || c.length > 80 || !/\p{Lu}/u.test(c)) return null;
  if (/QQQ/u.test(c)) return null;
  // A speaker is a name: never only days, times or adverbs ("Friday", "Later", "Hours").
  if (c.split(/\s+/u).every((w) => NOT_A_SPEAKER.has(w.toLowerCase()))) return null;
  return c;
}

/** Attributes every unit of one article in order, sharing one entity memory (pronouns need the context). */
export function attributeArticle(units: readonly string[]): Attribution[] {
  const memory = new EntityMemory();
  const out: Attribution[] = [];
  units.forEach((text, position) => {
    out.push(attribute(text, { memory, position, previous: out[out.length - 1] ?? null }));
  });
  return out;
}
