import { describe, expect, it } from 'vitest';
import { rougeN, rougeTokens, truncateWords } from '../../../eval/rouge.js';

describe('ROUGE-N', () => {
  // Worked by hand. Reference: the cat sat on the mat (6 unigrams, 5 bigrams).
  // Candidate: the cats sat on a mat (stems: the cat sat on a mat).
  // Unigram overlap: the, cat, sat, on, mat = 5 -> R 5/6, P 5/6. Bigrams shared: "the cat", "cat sat", "sat on" = 3 -> R 3/5, P 3/5.
  const ref = 'The cat sat on the mat.';
  const cand = 'The cats sat on a mat';

  it('counts stemmed unigram overlap', () => {
    const r = rougeN(cand, ref, 1);
    expect(r.recall).toBeCloseTo(5 / 6, 10);
    expect(r.precision).toBeCloseTo(5 / 6, 10);
    expect(r.f1).toBeCloseTo(5 / 6, 10);
  });

  it('counts bigram overlap', () => {
    const r = rougeN(cand, ref, 2);
    expect(r.recall).toBeCloseTo(3 / 5, 10);
    expect(r.precision).toBeCloseTo(3 / 5, 10);
  });

  it('clips repeated n-grams to the reference count', () => {
    // "the" twice in the reference, four times in the candidate: overlap 2 of the candidate's 4 tokens.
    const r = rougeN('the the the the', 'the cat and the dog', 1);
    expect(r.recall).toBeCloseTo(2 / 5, 10);
    expect(r.precision).toBeCloseTo(2 / 4, 10);
  });

  it('is zero for nothing in common or an empty candidate', () => {
    expect(rougeN('zebra', ref, 1).f1).toBe(0);
    expect(rougeN('', ref, 2)).toEqual({ recall: 0, precision: 0, f1: 0 });
  });

  it('tokenises case- and punctuation-blind and cuts to a word budget', () => {
    expect(rougeTokens('Running, RAN!')).toEqual(['run', 'ran']);
    expect(truncateWords('one two  three four', 3)).toBe('one two three');
  });
});
