/**
 * Attribution: who said it, and is it a quote? Each statement unit of an article gets a kind ('quote' or 'claim'),
 * a speaker (a plain name, or null when the text does not say) and its quoted passages, read by rules from the unit
 * and the article's earlier units. Where each step lives:
 *
 * | step                                                              | file                          |
 * | ----------------------------------------------------------------- | ----------------------------- |
 * | one article's units in order, one memory; the steps of one unit    | attribute.ts, unit-context.ts |
 * | what a unit's text says alone (frame, verb, subject), once a text | unit-parse.ts                 |
 * | mask the quotations (QQQ), tokenise, join the quoted passages     | frame.ts                      |
 * | find the speech verb ("said", "according to", "fired back")       | verbs.ts                      |
 * | read the mention it points at ("Putin", "the Kremlin leader")     | mentions.ts                   |
 * | resolve the mention ('he', "the minister", "the ministry")        | resolve.ts                    |
 * | the sentence's subject (fallback speaker, evidence of a person)   | subject.ts                    |
 * | learn people, organisations and genders from each unit            | learn.ts                      |
 * | the article's memory of people and organisations                  | entity-memory.ts, gender.ts   |
 * | transcript lines ("REYES: ...") and signature lines ("― Ortiz")   | transcript.ts, signature.ts   |
 * | who a figure comes from ("the ministry said 40 died")             | claimant.ts                   |
 *
 * The word lists (speech verbs, roles and organisations, function words, gender words, calendar words) are in
 * lexicon/. statements/units.ts makes an article's units and attributes them with one ArticleAttribution.
 */
export { ArticleAttribution, attributeArticle, type Attribution } from './attribute.js';
export { parseUnit, type UnitParse } from './unit-parse.js';
export { DEFAULT_ATTRIBUTION_PARAMS, type AttributionParams } from './unit-context.js';
export { joinFragments } from './frame.js';
export { givenNameGender, genderCue, type Gender } from './gender.js';
export { signatureName } from './signature.js';
export { transcriptSpeaker } from './transcript.js';
