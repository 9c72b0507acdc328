/**
 * Integer ids for the strings text profiles compare (stems, 5-letter prefixes, synonym classes, character trigrams),
 * and scratch tables to test membership by id.
 *
 * Comparing two profiles is mostly "how many of these are also in that": with strings, every test hashes a string
 * in a Map or Set, and building those per text allocates heavily (garbage collection was a tenth of a day's CPU).
 * With one id per distinct string, a profile is a few small Int32Arrays, and a pair is compared by stamping one
 * side's ids into a table indexed by id and reading the other side's: no hashing, no allocation.
 *
 * Ids are only comparable within one generation of one Interner. The table is bounded (a worker thread or a warm
 * Lambda container keeps its comparer day after day): when it is full it starts over under a new generation, and a
 * profile of another generation is rebuilt from its text before it is compared (see profile.ts).
 */

/** One generation of an interner's ids: the table handing them out. Profiles record theirs (TextProfile.generation). */
export class IdGeneration {
  readonly ids = new Map<string, number>();
}

/** Hands out one id per distinct string, in a bounded table that starts over under a new generation when full. */
export class Interner {
  private current = new IdGeneration();

  /** `limit`: distinct strings kept before the table starts over. */
  constructor(private readonly limit: number) {}

  /** The id of a string in the current generation (new strings get the next id). */
  idOf(s: string): number {
    const table = this.current.ids;
    let id = table.get(s);
    if (id === undefined) {
      id = table.size;
      table.set(s, id);
    }
    return id;
  }

  /** Number of ids handed out in the current generation: every id is below it. */
  get count(): number {
    return this.current.ids.size;
  }

  get generation(): IdGeneration {
    return this.current;
  }

  /**
   * Starts a new generation when the table is full, and says so (the caller then drops whatever holds ids of the
   * old one). Call before building a profile, never in the middle of one.
   */
  ensureRoom(): boolean {
    if (this.current.ids.size < this.limit) return false;
    this.current = new IdGeneration();
    return true;
  }
}

/**
 * A membership table over one interner's ids: `mark` stamps a set of ids (with a value each when wanted), `has` /
 * `value` read them back until the next `mark`. Stamping replaces clearing, so reusing the table costs nothing.
 */
export class IdMarks {
  private stamps = new Int32Array(1024);
  private values = new Float64Array(1024);
  private stamp = 0;
  private counting = new Int32Array(0);

  constructor(private readonly ids: Interner) {}

  /** Stamps ids; `values[k]` is kept for ids[k] when given. A repeated id keeps its FIRST value. */
  mark(ids: Int32Array, values?: Float64Array | Int32Array): void {
    this.begin();
    const s = this.stamp;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (this.stamps[id] === s) continue;
      this.stamps[id] = s;
      if (values) this.values[id] = values[k]!;
    }
  }

  /** Stamps every id of `ids` with its position (the first one): the head of that id's position chain. */
  markFirstPositions(ids: Int32Array): void {
    this.mark(ids, this.positions(ids.length));
  }

  /** 0, 1, 2, ... as values for `mark`: at least `n` of them, kept and grown with the table. */
  private positions(n: number): Int32Array {
    if (this.counting.length < n) {
      this.counting = new Int32Array(Math.max(n, 2 * this.counting.length));
      for (let k = 0; k < this.counting.length; k++) this.counting[k] = k;
    }
    return this.counting;
  }

  /** Starts an empty set, to fill with `add`. */
  clear(): void {
    this.begin();
  }

  /** Adds one id to the current set; false when it was there already. */
  add(id: number): boolean {
    if (id >= this.stamps.length) this.fit(id);
    if (this.stamps[id] === this.stamp) return false;
    this.stamps[id] = this.stamp;
    return true;
  }

  /** Adds one id to the current set with a value (replacing the value it had). */
  put(id: number, value: number): void {
    if (id >= this.stamps.length) this.fit(id);
    this.stamps[id] = this.stamp;
    this.values[id] = value;
  }

  has(id: number): boolean {
    return this.stamps[id] === this.stamp;
  }

  value(id: number): number {
    return this.values[id]!;
  }

  /** How many of `ids` (distinct) are marked. */
  count(ids: Int32Array): number {
    let n = 0;
    const s = this.stamp;
    for (let k = 0; k < ids.length; k++) if (this.stamps[ids[k]!] === s) n++;
    return n;
  }

  /** Grows the tables to the id space (at least `id + 1`). */
  private fit(id = 0): void {
    const need = Math.max(this.ids.count, id + 1);
    if (need > this.stamps.length) {
      let size = this.stamps.length;
      while (size < need) size *= 2;
      // Copied, not restarted: a set being filled keeps what it holds.
      const stamps = new Int32Array(size);
      stamps.set(this.stamps);
      const values = new Float64Array(size);
      values.set(this.values);
      this.stamps = stamps;
      this.values = values;
    }
  }

  /** A new stamp for a new set: the tables grown to the id space, restarted before the counter could wrap. */
  private begin(): void {
    this.fit();
    if (this.stamp >= 0x7ffffff0) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }
}
