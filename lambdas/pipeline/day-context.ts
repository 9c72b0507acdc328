/**
 * What a day's digest keeps while it is built: caches of pure answers and the scratch tables that compute them,
 * held by an object whose lifetime is the day's instead of by modules. One per buildDigest call, or one per worker
 * thread for the worker's lifetime (lambdas/parallel/tasks.ts); since it holds only pure answers, two contexts give
 * the same digest, and a context kept longer changes no output, only the time it takes.
 *
 * Everything here is bounded (see each field), so a worker or a warm Lambda container stays bounded day after day.
 * The memos of per-text answers (sentences to titleBags) keep a text only once it repeats, up to DAY_MEMO_LIMITS
 * (bounded-cache.ts): a big day folds its reprinted paragraphs, a varied day keeps little.
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

  /** Sentences of the day's paragraphs, each repeated line split once (text/sentences.ts). */
  readonly sentences: SentenceSplitter = new SentenceSplitter();

  /** What is asked of each unit text: its parse for attribution, its words, statement or not (statements/unit-texts.ts). */
  readonly units: UnitTexts = new UnitTexts();

  /** What planning reads of each article, each repeated line read once (stories/planning-input.ts). */
  readonly planning: PlanningInputs = new PlanningInputs(this.stems);

  /** The figures each sentence states (figures/quantities.ts). */
  readonly quantities: QuantityReader = new QuantityReader(this.stems);

  /** Stem counts of each line, for the story titles' centroids (stories/title.ts). */
  readonly titleBags: LineBags = new LineBags(this.stems);
}
