/**
 * Speech verbs: the words that report what someone said, in every form attribution reads (finite, noun/verb
 * ambiguous, base after an auxiliary, participle), and the words that may stand between a subject and its speech
 * verb. Attribution (attribution/) reads the sets; figures' claimants (attribution/claimant.ts) compose theirs from
 * the reporting groups here plus their own counting verbs, so each word is listed once.
 */
import { AUXILIARIES } from './function-words.js';

/**
 * Finite speech verbs that report what someone made known or holds true ("said", "confirmed", "announced"): the
 * ones figures' claimants also read as introducing a reported number.
 */
export const REPORTING_SPEECH_VERBS: readonly string[] = (
  'said says say told tells believed claimed reported confirmed stated announced announces suggested suggests added ' +
  'noted wrote declared insisted alleged alleges warned indicated revealed disclosed testified acknowledged admitted ' +
  'concluded'
).split(' ');

/**
 * The other finite speech verbs: how or why something was said ("asked", "joked", "urged", "argued"). They attribute
 * a quotation; figures' claimants do not read them (the claimant rules were tuned without them).
 */
const OTHER_SPEECH_VERBS: readonly string[] = (
  'adds argued argues warns insists explained explains declares asked asks replied replies responded responds ' +
  'continued writes tweeted tweets posted emphasized emphasised emphasizes emphasises stressed stresses ' +
  'acknowledges admits contended contends recalled recalls commented remarked urged urges predicted promised vowed ' +
  'conceded countered maintained observed mentioned described describes accused denied denies cautioned boasted ' +
  'complained asserted asserts questioned answered shouted yelled joked quipped sings sang chanted assured signaled ' +
  'signalled demanded charged agreed concludes answers agrees echoed echoes retorted retorts exclaimed exclaims ' +
  'observes thanked praised praises touted touts pledged pledges vows recounted recounts lamented laments blasted ' +
  'blasts slammed slams criticized criticizes criticised interjected proclaimed proclaims reiterated reiterates ' +
  'confided elaborated wondered wonders mused muses snapped scoffed pleaded bragged brags predicts cautions quips ' +
  'jokes testifies chants yells screamed whispered sighed labeled labelled hailed dismissed characterized rejected ' +
  'reasoned cited quoted reacted opined editorialized posited theorized fumed barked mocked mocks scolded chided ' +
  'griped grumbled gushed raved marveled marvelled sneered taunted teased protested objected mourned'
).split(' ');

/** Finite speech verbs. Ambiguous noun/verb forms are listed separately and need a clear subject. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...REPORTING_SPEECH_VERBS, ...OTHER_SPEECH_VERBS]);

/** Noun/verb forms that report a claim, a belief or a count ("claims", "estimates"): figures' claimants read them too. */
export const AMBIGUOUS_REPORTING_VERBS: readonly string[] = 'states claims reports estimates believes thinks'.split(' ');

/** Forms that are as often nouns or other verbs as speech verbs ("notes", "calls"): a verb only after a clear subject. */
export const AMBIGUOUS_VERBS: ReadonlySet<string> = new Set([
  ...AMBIGUOUS_REPORTING_VERBS,
  ...'notes comments remarks thought continues warns called calls points pointed thanks'.split(' '),
]);

/** Base forms of speech verbs: a verb only right after an auxiliary ("Allen did suggest", "she would argue"). */
export const BASE_SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'say tell add argue claim warn insist note explain ask write suggest acknowledge admit predict promise deny ' +
    'describe concede contend reply respond'
  ).split(' '),
);

/** Participles of speech verbs ("..., saying that", "Sanders is pledging to"). */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = new Set(
  (
    'saying adding telling arguing stating claiming warning insisting noting explaining declaring replying ' +
    'responding writing tweeting emphasizing emphasising stressing alleging acknowledging admitting suggesting ' +
    'describing accusing denying confirming asserting asking calling labeling labelling pledging praising ' +
    'thanking touting predicting promising vowing urging reiterating recalling complaining concluding answering ' +
    'blasting slamming criticizing joking quipping boasting observing pointing'
  ).split(' '),
);

/** Verbs that with 'back' report a retort ("fired back", "shot back", "hit back"). */
export const RETORT_VERBS: ReadonlySet<string> = new Set(
  'fired shot hit pushed struck lashed snapped wrote fires shoots hits pushes strikes lashes snaps writes'.split(' '),
);

/**
 * Words that may stand between a subject and its reporting verb in any reading ("had confirmed", "has also said",
 * "earlier said"): auxiliaries of tense and adverbs of time. Figures' claimants read these and a few more.
 */
export const BETWEEN_SUBJECT_AND_VERB: readonly string[] = (
  'has had have was is been did does not also then later earlier previously recently further already separately'
).split(' ');

/**
 * Everything attribution reads between a subject and its speech verb ("Putin also said", "he has repeatedly said",
 * "she would argue"): the words above, the auxiliaries before a base form, 'are'/'were', and adverbs of frequency
 * and manner.
 */
export const WORDS_BEFORE_A_SPEECH_VERB: ReadonlySet<string> = new Set([
  ...BETWEEN_SUBJECT_AND_VERB,
  ...AUXILIARIES,
  'are',
  'were',
  ...'again once still just specifically only even never first quickly repeatedly'.split(' '),
]);

/** Nouns ending in -ly: never adverbs between a subject and its verb ("the family said"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(
  'family ally rally assembly supply reply monopoly anomaly bully belly jelly italy july daily weekly monthly quarterly'.split(' '),
);
