/**
 * What a day's digest keeps while it is built: caches of pure answers and the scratch tables that compute them,
 * held by an object whose lifetime is the day's instead of by modules. One per buildDigest call, or one per worker
 * thread for the worker's lifetime (lambdas/parallel/tasks.ts); since it holds only pure answers, two contexts give
 * the same digest, and a context kept longer changes no output, only the time it takes.
 *
 * Everything here is bounded (see each field), so a worker or a warm Lambda container stays bounded day after day.
 */
import { StatementComparer } from './paraphrase/index.js';
import { StemCache } from './text/tokens.js';
import { SentenceSplitter } from './text/sentences.js';
import { UnitTexts } from './statements/unit-texts.js';
import { PlanningInputs } from './stories/planning-input.js';
import { QuantityReader } from './figures/quantities.js';
import { LineBags } from './stories/title.js';

export class DayContext {
  /**
   * The paraphrase decision's working state: interned ids, word caches, scratch tables and the features of the
   * statements compared (bounded: DEFAULT_COMPARER_LIMITS). Each story gets its own comparer from it.
   */
  readonly comparer: StatementComparer = new StatementComparer();

  /** Porter stems of the day's words, for every stage that stems (bounded: STEM_CACHE_LIMIT in text/tokens.ts). */
  readonly stems: StemCache = new StemCache();

  /** Sentences of the day's paragraphs, each distinct line split once (bounded: SPLITTER_CACHE_LIMIT in text/sentences.ts). */
  readonly sentences: SentenceSplitter = new SentenceSplitter();

  /** What is asked of each distinct unit text: its parse for attribution, its words, statement or not (bounded). */
  readonly units: UnitTexts = new UnitTexts();

  /** What planning reads of each article, each distinct line read once (stories/planning-input.ts; bounded). */
  readonly planning: PlanningInputs = new PlanningInputs(this.stems);

  /** The figures each distinct sentence states (figures/quantities.ts; bounded). */
  readonly quantities: QuantityReader = new QuantityReader(this.stems);

  /** Stem counts of each distinct line, for the story titles' centroids (stories/title.ts; bounded). */
  readonly titleBags: LineBags = new LineBags(this.stems);
}
