/**
 * Locality-sensitive hashing by banding over MinHash signatures: two items become candidates when all the rows
 * of at least one band agree. With b bands of r rows, items of Jaccard s collide with probability
 * 1 - (1 - s^r)^b, an S-curve whose threshold is about (1/b)^(1/r). Finding candidates costs one bucket insert
 * per item and band, so near-duplicates are found without comparing all pairs.
 */
import { mix32 } from './minhash.js';

export interface LshOptions {
  bands: number;
  rows: number;
  /**
   * A bucket with more members than this emits only a chain of pairs (each member with the next and with the
   * bucket's first), not all pairs: enough to connect them for a union-find, and linear in the bucket size, so a
   * text republished 1,000 times does not turn into half a million pairs.
   */
  maxBucketForAllPairs?: number;
}

/** Candidate pair of item indices, smaller index first. */
export type CandidatePair = readonly [number, number];

export class LshIndex {
  private readonly bands: number;
  private readonly rows: number;
  private readonly maxAllPairs: number;
  /** One map per band: band hash -> item indices, in insertion order. */
  private readonly buckets: Map<number, number[]>[];
  private readonly items: number[] = [];

  constructor(options: LshOptions) {
    const { bands, rows } = options;
    if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1) {
      throw new RangeError('bands and rows must be positive integers');
    }
    this.bands = bands;
    this.rows = rows;
    this.maxAllPairs = options.maxBucketForAllPairs ?? 50;
    this.buckets = Array.from({ length: bands }, () => new Map<number, number[]>());
  }

  /** Adds item `id` (a non-negative integer, e.g. its input position) with its signature of bands x rows slots. */
  add(id: number, signature: Uint32Array): void {
    if (signature.length < this.bands * this.rows) throw new RangeError('signature shorter than bands x rows');
    this.items.push(id);
    for (let b = 0; b < this.bands; b++) {
      // Hash the band's rows together; a 32-bit collision only adds a candidate, which the caller verifies.
      let h = mix32(b + 0x27d4eb2d);
      for (let r = 0; r < this.rows; r++) h = mix32(h ^ (signature[b * this.rows + r] as number));
      const bucketMap = this.buckets[b] as Map<number, number[]>;
      const bucket = bucketMap.get(h);
      if (bucket) bucket.push(id);
      else bucketMap.set(h, [id]);
    }
  }

  /** Distinct candidate pairs, sorted (by first, then second index): deterministic for the same inputs. */
  candidatePairs(): CandidatePair[] {
    // A pair's number a * (largest id + 1) + b is unique and exact below 2^53: no string per pair.
    const stride = this.items.reduce((m, id) => Math.max(m, id), 0) + 1;
    const seen = new Set<number>();
    const out: [number, number][] = [];
    this.forEachCandidate((a, b) => {
      const key = a * stride + b;
      if (seen.has(key)) return;
      seen.add(key);
      out.push([a, b]);
    });
    out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    return out;
  }

  /**
   * Every candidate pair (smaller index first) to `visit`, band by band, a pair that shares several bands once per
   * band: for a caller that only joins components (a union-find), which needs neither the pairs distinct nor sorted.
   * On a day of 100,000 articles the distinct pairs were millions, and holding and sorting them cost more than the
   * checks they fed. `skipBucket`, when it answers true for a bucket's members, skips the bucket's pairs (a caller
   * whose members are all joined already has nothing to learn from them).
   */
  forEachCandidate(visit: (a: number, b: number) => void, skipBucket?: (members: readonly number[]) => boolean): void {
    const emit = (x: number, y: number): void => {
      if (x !== y) visit(Math.min(x, y), Math.max(x, y));
    };
    for (const bandMap of this.buckets) {
      for (const members of bandMap.values()) {
        if (members.length < 2 || skipBucket?.(members)) continue;
        if (members.length <= this.maxAllPairs) {
          for (let i = 0; i < members.length; i++)
            for (let j = i + 1; j < members.length; j++) emit(members[i] as number, members[j] as number);
        } else {
          const first = members[0] as number;
          for (let i = 1; i < members.length; i++) {
            emit(first, members[i] as number);
            emit(members[i - 1] as number, members[i] as number);
          }
        }
      }
    }
  }
}

/** Probability that two items of Jaccard `s` become candidates under b bands of r rows. */
export function collisionProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}
