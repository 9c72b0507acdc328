/**
 * A bounded cache of a pure function of a string: the pipeline asks the same small questions again and again (a
 * word's stem, a statement's features, a name's gender), so the recent answers are kept by the object that asks
 * them (a day's StemCache, a StatementComparer, an article's EntityMemory), for as long as that object lives. The
 * map is cleared when it reaches `limit` entries, so a 100,000-article day cannot grow it without bound; a cleared
 * answer is simply computed again. Only for pure functions: the answer must not depend on anything but the key.
 */
export class BoundedCache<T> {
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly compute: (key: string) => T,
    private readonly limit: number,
  ) {}

  /** The answer for `key`, computed on first ask (and again after the cache started over). */
  get(key: string): T {
    // One lookup on a hit (most asks): has() then get() was two, and this is among the day's hottest calls.
    const known = this.answers.get(key);
    if (known !== undefined || this.answers.has(key)) return known as T;
    const value = this.compute(key);
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, value);
    return value;
  }

  /** The remembered answer for `key`, or undefined (for caches whose answers are never undefined). */
  peek(key: string): T | undefined {
    return this.answers.get(key);
  }

  /** Forgets every answer (their inputs changed meaning: see WordInfos.reset). */
  clear(): void {
    this.answers.clear();
  }
}

/** A bounded memo of a pure function of a string: a BoundedCache seen as the function it caches. */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const cache = new BoundedCache(compute, limit);
  return (key) => cache.get(key);
}

/**
 * A BoundedCache that keeps an answer only for a key asked before: the first ask computes and notes the key, the
 * second computes again and keeps the answer. A day's texts are mostly seen once on a varied day (two thirds of the
 * lines of the generated mixed day) and hundreds of times on a big one: the memo then holds what repeats, not every
 * line the day printed, and is not cleared by a flood of one-off texts. The noted keys are bounded the same way.
 */
export class RepeatCache<T> {
  private readonly answers: BoundedCache<T>;
  private readonly seen = new Set<string>();

  constructor(
    private readonly compute: (key: string) => T,
    private readonly limit: number,
  ) {
    this.answers = new BoundedCache(compute, limit);
  }

  get(key: string): T {
    return this.known(key) ?? this.compute(key);
  }

  /**
   * The answer when `key` was asked before (kept from the second ask on), else undefined, the key noted: a caller
   * that has a cheaper way for a text seen once (a whole article at a time) takes it. Answers are never undefined.
   */
  known(key: string): T | undefined {
    if (this.seen.has(key)) return this.answers.get(key);
    if (this.seen.size >= this.limit) this.seen.clear();
    this.seen.add(key);
    return undefined;
  }

  /**
   * known() for each key (a text's lines), or null when none was asked before: the caller then reads the text whole,
   * as it would without a memo, and every key is noted.
   */
  knownEach(keys: readonly string[]): (T | undefined)[] | null {
    const known = keys.map((key) => this.known(key));
    return known.some((k) => k !== undefined) ? known : null;
  }

  /** The answer kept for `key`, or undefined; asking this way notes nothing (it is not an occurrence of the key). */
  peek(key: string): T | undefined {
    return this.answers.peek(key);
  }
}

/**
 * How many distinct texts each of a day's memos keeps (day-context.ts, articles/line-memo.ts), each a RepeatCache:
 * bounds on one thread's memory whatever the day (some 40 MB for all of them), each thread holding its own. The
 * heaviest entries are a unit's parse (its tokens, about 3 KB for a 25-word sentence) and a line's shingles (its
 * 120-slot signature and hashes, about 1 KB). Measured (farm-bench, paired against the code without memos, 10,000
 * articles of JSON and text): at 4,096 the big day (8,249 distinct lines, each printed 16 times on average) runs
 * 0.77x the wall time on one thread at +6 % peak RSS, the generated mixed day (79,055 distinct lines of 117,265)
 * 0.99x on two threads at +19 %; at 10,000 the mixed day took 1.07x the time at +41 % peak RSS.
 */
export const DAY_MEMO_LIMITS = {
  /** Lines of text: reading's verdicts, sentences, planning's shingles and tallies, the titles' stem counts. */
  lines: 4_096,
  /** Statement units and sentences: attribution's parse, words, statement verdicts, figures. */
  units: 4_096,
} as const;
