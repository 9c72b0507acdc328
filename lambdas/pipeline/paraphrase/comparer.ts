/**
 * StatementComparer: the way in to the paraphrase decision (compare.ts) for every caller, and the owner of what
 * comparisons keep between calls. A comparison needs interned ids (ids.ts), per-word infos (word-info.ts) and
 * scratch tables (profile.ts, features.ts); a comparer holds one set of them, so comparers never share state and
 * two comparers give the same answers. Its caches hold pure answers only, so keeping a comparer longer (a worker
 * thread's lifetime) changes no answer, only the time it takes.
 *
 * A digest keeps one per day (DayContext, pipeline/day-context.ts) and asks it for a per-story comparer
 * (storyComparer) for each story; the CLI, the eval and the training scripts make their own.
 *
 * Scratch tables are reused by every comparison, which is safe because comparisons are synchronous: a comparer
 * must not be used from two threads (each worker thread has its own).
 */
import { BoundedCache } from '../bounded-cache.js';
import { LocalIds } from '../text/local-ids.js';
import { compareFeatures, type Comparison, type StatementFeatures } from './compare.js';
import { PairFeatures, type FeatureVector } from './features.js';
import { Interner } from './ids.js';
import { Profiler, type TextProfile } from './profile.js';
import { quoteProfile } from './quote-profile.js';

/** How much a comparer keeps: each table starts over when full, so a warm container or a worker stays bounded. */
export interface ComparerLimits {
  /**
   * Distinct strings interned before the id table starts a new generation: far more than a day holds. Must stay
   * well above what two profiles intern (a sentence interns tens), so that a pair fits in one generation.
   */
  ids: number;
  /** Distinct tokens whose infos are kept before that cache starts over. */
  tokens: number;
  /** Statements whose features compare() keeps before that cache starts over; a day's sentences fit. */
  statements: number;
}

export const DEFAULT_COMPARER_LIMITS: Readonly<ComparerLimits> = {
  ids: 1 << 22,
  tokens: 200_000,
  statements: 50_000,
};

/** The pair decision within one story (see StatementComparer.storyComparer). */
export type StoryComparer = (a: string, b: string) => Comparison;

export class StatementComparer {
  private readonly profiler: Profiler;
  private readonly pairs: PairFeatures;
  /** Features of the statements compare() saw, bounded by the `statements` limit. */
  private readonly cached: BoundedCache<StatementFeatures>;
  private readonly profileOf = (text: string): TextProfile => this.profiler.profile(text);

  constructor(limits: Partial<ComparerLimits> = {}) {
    const { ids, tokens, statements } = { ...DEFAULT_COMPARER_LIMITS, ...limits };
    const interner = new Interner(ids);
    this.profiler = new Profiler(interner, tokens);
    this.pairs = new PairFeatures(interner, this.profiler);
    this.cached = new BoundedCache((text) => this.buildFeatures(text), statements);
  }

  /** Are two statements the same statement? Each statement's features are kept for the next call (bounded). */
  compare(a: string, b: string): Comparison {
    return compareFeatures(this.features(a), this.features(b), this.pairs);
  }

  /** The decision on features built by this comparer (features or buildFeatures). */
  compareFeatures(a: StatementFeatures, b: StatementFeatures): Comparison {
    return compareFeatures(a, b, this.pairs);
  }

  /** Everything about one statement the comparison needs, kept per string (bounded). */
  features(text: string): StatementFeatures {
    return this.cached.get(text);
  }

  /** Everything about one statement the comparison needs, not kept: for callers scoping their own cache. */
  buildFeatures(text: string): StatementFeatures {
    return { text, whole: this.profiler.profile(text), quote: quoteProfile(text, this.profileOf) };
  }

  /** The lexical profile of one text. */
  profile(text: string): TextProfile {
    return this.profiler.profile(text);
  }

  /** The pair features of two profiles built by this comparer, in FEATURE_NAMES order. */
  pairFeatures(a: TextProfile, b: TextProfile): FeatureVector {
    return this.pairs.of(a, b);
  }

  /**
   * compare() for ONE story, with the features of each text built once for the story: a unit meets up to ten
   * candidates and every union's cross-pair checks, and its quotation and sub-sentences are compared as texts of
   * their own. The cache belongs to the story, so it is released with it (no day-long cache to bound or to thrash).
   */
  storyComparer(): StoryComparer {
    const ids = new LocalIds();
    const features: StatementFeatures[] = [];
    const of = (text: string): { id: number; f: StatementFeatures } => {
      const id = ids.id(text);
      return { id, f: (features[id] ??= this.buildFeatures(text)) };
    };
    // Half the comparisons of a day repeat a pair of texts already compared (a wire copy's sentences are its
    // original's; a quotation recurs as its own unit and inside a longer one). The decision is exactly
    // symmetric, so one answer per unordered pair of distinct texts is the same answer.
    const answers = new Map<number, Comparison>();
    return (a, b) => {
      const ea = of(a);
      const eb = of(b);
      const key = ea.id < eb.id ? ea.id * 2 ** 26 + eb.id : eb.id * 2 ** 26 + ea.id;
      let r = answers.get(key);
      if (r === undefined) {
        r = compareFeatures(ea.f, eb.f, this.pairs);
        answers.set(key, r);
      }
      return r;
    };
  }
}
