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
