/**
 * What one unit's text says on its own, before the article's memory is asked (attribute.ts steps 1 and 3): the
 * transcript speaker, the frame (quotations masked, tokens), whether the quotation is of substance, the speech verb
 * and the mention it points at, the sentence's subject, the people and organisations it introduces. A pure function
 * of the text and the thresholds, so a day may remember it (statements/unit-texts.ts): the same sentence in 500
 * reports is parsed once and only resolved 500 times.
 * Nothing returned is ever mutated: articles share one parse.
 */
import { frameOf, wordCount, type Frame } from './frame.js';
import { introductionsOf, type Introductions } from './learn.js';
import { sentenceSubject, type SentenceSubject } from './subject.js';
import { transcriptSpeaker } from './transcript.js';
import { DEFAULT_ATTRIBUTION_PARAMS, type AttributionParams } from './unit-context.js';
import { speechVerbMention, type VerbMention } from './verbs.js';

export interface UnitParse extends Frame {
  /** "REYES: ..." : a transcript line's speaker, whatever else the line mentions. */
  transcript: string | null;
  /** A quotation of substance makes the unit a quote; scare quotes leave it a claim (see AttributionParams). */
  isQuote: boolean;
  verb: VerbMention;
  subject: SentenceSubject | null;
  /** The people and organisations it introduces, taught to each article's memory (learn.ts). */
  introduces: Introductions;
}

export function parseUnit(text: string, params: Readonly<AttributionParams> = DEFAULT_ATTRIBUTION_PARAMS): UnitParse {
  const frame = frameOf(text);
  return {
    ...frame,
    transcript: transcriptSpeaker(text),
    isQuote: isQuoteOfSubstance(text, frame.fragments, params),
    verb: speechVerbMention(frame.toks, frame.fragments),
    subject: sentenceSubject(frame.toks),
    introduces: introductionsOf(frame.frame, frame.frameToks, frame.toks),
  };
}

function isQuoteOfSubstance(text: string, fragments: readonly string[], params: Readonly<AttributionParams>): boolean {
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
  return longest >= params.quotePassageWords || (quoteWords >= params.quoteWords && quoteWords >= params.quoteShare * total);
}
