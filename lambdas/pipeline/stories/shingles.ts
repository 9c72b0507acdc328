/**
 * The day's word 3-shingle sets and their MinHash signatures, computed once and read by both checks of shared
 * wording: wire copies (copies.ts, Jaccard >= 0.8) and versions of one report (versions.ts, Jaccard >= 0.3). The
 * two band the same 120-hash signature differently, so a day's texts are hashed once.
 */
import type { Article, PlanningInput } from '../model.js';
import { LshIndex, type CandidatePair, type LshOptions } from '../text/lsh.js';
import { createMinHasher, hashDecimal32, wordShingleHashes } from '../text/minhash.js';
import { words } from '../text/tokens.js';

const SHINGLE_WORDS = 3;
/** Texts with fewer shingles than this are too short to share wording ("Photo: Reuters" is no report). */
export const MIN_SHINGLES = 8;
/** Slots per signature: copies band them 20 x 6, versions 60 x 2. */
export const SIGNATURE_HASHES = 120;
const hasher = createMinHasher(SIGNATURE_HASHES, 0xc0b1e5);

/** One text's distinct shingle hashes, ascending, and its signature (null below MIN_SHINGLES shingles). */
export function textShingles(text: string): { set: Uint32Array; signature: Uint32Array | null } {
  const set = wordShingleHashes(words(text), SHINGLE_WORDS);
  // The signature is taken over the decimal text of each shingle hash, as it always was: other keys would give
  // other LSH candidates, and so possibly other copy groups.
  return { set, signature: set.length >= MIN_SHINGLES ? hasher.signatureOfHashes(set.map(hashDecimal32)) : null };
}

export class DayShingles {
  /** Per article: its distinct shingle hashes, ascending (jaccardSorted compares two). */
  readonly sets: Uint32Array[] = [];
  /** Per article: its signature, null when the text has fewer than MIN_SHINGLES shingles. */
  readonly signatures: (Uint32Array | null)[] = [];

  /** `inputs[i]`, when given, holds article i's shingles already computed (planning-input.ts). */
  constructor(articles: readonly Pick<Article, 'text'>[], inputs?: readonly (PlanningInput | undefined)[]) {
    articles.forEach((a, i) => {
      const input = inputs?.[i];
      const { set, signature } = input ? { set: input.shingles, signature: input.signature } : textShingles(a.text);
      this.sets.push(set);
      this.signatures.push(signature);
    });
  }

  /** Candidate pairs of articles under one banding of the signatures (copies and versions band them differently). */
  candidatePairs(banding: LshOptions): CandidatePair[] {
    const lsh = new LshIndex(banding);
    this.signatures.forEach((signature, i) => {
      if (signature !== null) lsh.add(i, signature);
    });
    return lsh.candidatePairs();
  }
}
