/**
 * Function words attribution and figures' claimants parse sentences with: pronouns, determiners, prepositions,
 * auxiliaries, sentence adverbs, the particles inside names, and the words that are never a speaker's name. One list
 * each; a stage that needs a variant composes it from these.
 */
import { DAY_PARTS, MONTH_NAMES, RELATIVE_DAYS, WEEKDAY_NAMES } from './calendar.js';

/** The pronouns attribution resolves to a person through the article's entity memory. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Pronouns that stand for someone without naming them: never a speaker or a claimant on their own. */
export const NAMELESS_PRONOUNS: readonly string[] = ['this', 'that', 'these', 'those', 'it', 'they', 'we', 'you', 'i', 'one'];

/** Articles and possessive determiners ("the ministry", "its spokesman"). */
export const ARTICLES_AND_POSSESSIVES: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our'];

/** Determiners that open a description rather than a name ("the Kremlin leader", "this official", "another aide"). */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES_AND_POSSESSIVES, 'this', 'that', 'another']);

/** Lower-case particles inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'du', 'der', 'di', 'del', 'ben']);

/** A mention governed by one of these is a place or an object ("in Minneapolis, he said"), never the subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at from to of on for with by near across into over under about against between through during after before'.split(' '),
);

/** Prepositions that attach a person to an organisation: "Lena Ortiz of the Harbour Trust", "a fellow at ...". */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'for', 'with']);

/** Auxiliaries that take a base form ("Allen did suggest", "she would argue"). */
export const AUXILIARIES: ReadonlySet<string> = new Set('did does do would will could might should must can may'.split(' '));

/** Frequent finite verbs and auxiliaries that follow a subject as its predicate ("Ortiz was ...", "Reyes met ..."). */
export const COMMON_FINITE_VERBS: ReadonlySet<string> = new Set(
  (
    'is was are were has had have will would can could should may might must did does told said met went made took ' +
    'gave won lost got ran led left came saw put set spoke wrote read sat stood held kept knew thought felt sent began ' +
    'became brought bought paid'
  ).split(' '),
);

/** Conjunctions and adverbs that open a sentence before its subject ("But Ortiz said", "Meanwhile, Reyes ..."). */
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  (
    'but and so still then also yet meanwhile however now later earlier instead indeed recently previously separately ' +
    'again finally today yesterday'
  ).split(' '),
);

/**
 * Words that are never a speaker on their own: days, months, times of day and sentence adverbs ("Later, ...",
 * "Speaking to ..."). They are capitalised at a sentence start or as names of days, which is how they get mistaken
 * for names ("“...,” he said Friday" read as "said Friday").
 */
export const NOT_A_SPEAKER: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  ...RELATIVE_DAYS,
  ...DAY_PARTS,
  ...'week weekend month year years hours hour minutes days'.split(' '),
  ...(
    'later earlier speaking meanwhile however still also then now here there afterward afterwards finally instead ' +
    'moreover indeed asked when while after before since during but and or so yet if as in on at last next'
  ).split(' '),
  ...NAMELESS_PRONOUNS,
  ...'recently previously separately again'.split(' '),
]);
