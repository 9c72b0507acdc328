/**
 * A cluster's summed term vector for average-link clustering, in typed arrays instead of a Map per cluster.
 *
 * Terms are kept in the order they entered the cluster (its first article's terms ascending, then each merged
 * cluster's new terms in that cluster's order), because dot products accumulate in that order, and a
 * floating-point sum depends on its order: the merge order, and so the stories, must not change with the
 * representation. Lookups by term search a single article's ascending ids, or a merged sum's hash index.
 */
import type { SparseVector } from './vectors.js';

export class TermSum {
  /** Term ids in the order they entered the sum. */
  keys: Int32Array;
  /** Summed weights, parallel to keys. */
  vals: Float64Array;
  size: number;
  /** True while keys are ascending (a single article's vector): lookups search them directly. */
  private sorted: boolean;
  /**
   * Open-addressing index of a merged sum: slot -> position + 1 (0 empty), linear probing. Built on the first
   * lookup after the sum stopped being sorted, then kept up to date by append.
   */
  private table: Int32Array | null = null;
  private mask = 0;

  constructor(v: SparseVector) {
    this.keys = v.ids.slice();
    this.vals = v.weights.slice();
    this.size = v.ids.length;
    this.sorted = true;
  }

  /** The weight of a term, undefined when the sum has none. */
  get(key: number): number | undefined {
    if (this.sorted) {
      const keys = this.keys;
      let lo = 0;
      let hi = this.size - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const k = keys[mid] as number;
        if (k === key) return this.vals[mid];
        if (k < key) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    }
    if (this.table === null) this.buildTable(this.keys.length);
    const table = this.table as Int32Array;
    for (let slot = hashSlot(key, this.mask); ; slot = (slot + 1) & this.mask) {
      const p = table[slot] as number;
      if (p === 0) return undefined;
      if (this.keys[p - 1] === key) return this.vals[p - 1];
    }
  }

  private buildTable(capacity: number): void {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let p = 0; p < this.size; p++) this.index(p);
  }

  private index(p: number): void {
    const table = this.table as Int32Array;
    let slot = hashSlot(this.keys[p] as number, this.mask);
    while (table[slot] !== 0) slot = (slot + 1) & this.mask;
    table[slot] = p + 1;
  }

  /** Frees the arrays of a cluster merged into another. */
  clear(): void {
    this.keys = new Int32Array(0);
    this.vals = new Float64Array(0);
    this.size = 0;
    this.sorted = true;
    this.table = null;
  }

  /** Appends a term not yet in the sum. */
  append(key: number, val: number): void {
    if (this.size === this.keys.length) {
      const cap = Math.max(8, this.size * 2);
      const keys = new Int32Array(cap);
      keys.set(this.keys.subarray(0, this.size));
      const vals = new Float64Array(cap);
      vals.set(this.vals.subarray(0, this.size));
      this.keys = keys;
      this.vals = vals;
      if (this.table !== null) this.buildTable(cap);
    }
    if (this.sorted && this.size > 0 && key < (this.keys[this.size - 1] as number)) this.sorted = false;
    this.keys[this.size] = key;
    this.vals[this.size] = val;
    this.size++;
    if (this.table !== null) this.index(this.size - 1);
  }
}

/** Fibonacci hashing of a term id into a power-of-two table. */
function hashSlot(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
}

/**
 * sum(x) · sum(y), accumulated over the smaller sum's terms in its entry order (the larger one on a tie of
 * sizes goes second): the same products in the same order as ever, so the same float.
 */
export function sumDot(x: TermSum, y: TermSum): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let s = 0;
  for (let p = 0; p < small.size; p++) {
    const w = large.get(small.keys[p] as number);
    if (w !== undefined) s += (small.vals[p] as number) * w;
  }
  return s;
}

/**
 * One cluster's sum spread over an array indexed by term id (position + 1, 0 for none), so merging into it and
 * scoring it against each of its neighbours need no search. One scratch array serves the whole day: `load`
 * it, use it, `unload` it (which clears only the entries set).
 */
export class ScatteredSum {
  private readonly slot: Int32Array;
  private sum: TermSum | null = null;

  constructor(termCount: number) {
    this.slot = new Int32Array(termCount);
  }

  load(sum: TermSum): void {
    this.sum = sum;
    for (let p = 0; p < sum.size; p++) this.slot[sum.keys[p] as number] = p + 1;
  }

  unload(): void {
    const sum = this.sum as TermSum;
    for (let p = 0; p < sum.size; p++) this.slot[sum.keys[p] as number] = 0;
    this.sum = null;
  }

  /** Adds `other` into the loaded sum: shared terms add up, new terms are appended in other's order. */
  add(other: TermSum): void {
    const sum = this.sum as TermSum;
    for (let q = 0; q < other.size; q++) {
      const k = other.keys[q] as number;
      const p = this.slot[k] as number;
      if (p > 0) sum.vals[p - 1] = (sum.vals[p - 1] as number) + (other.vals[q] as number);
      else {
        sum.append(k, other.vals[q] as number);
        this.slot[k] = sum.size;
      }
    }
  }

  /** sumDot(loaded, other), the same float, with array reads instead of searches when other is the smaller. */
  dot(other: TermSum): number {
    const sum = this.sum as TermSum;
    if (sum.size <= other.size) return sumDot(sum, other);
    let s = 0;
    for (let q = 0; q < other.size; q++) {
      const p = this.slot[other.keys[q] as number] as number;
      if (p > 0) s += (other.vals[q] as number) * (sum.vals[p - 1] as number);
    }
    return s;
  }
}
