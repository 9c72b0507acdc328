/**
 * The bench's quality figures on a small hand-made digest and truth, numbers worked out by hand: story B-cubed,
 * duplicate statements (identical and near-identical), merge recall of verbatim and reworded copies, skips.
 */
import { describe, expect, it } from 'vitest';
import type { Digest, Statement, Story } from '../../../lambdas/pipeline/model.js';
import { bcubed, checkClusters } from '../../../bench/bcubed.js';
import { duplicateStatements, mergeRecall, skipCheck, storiesOf } from '../../../bench/quality.js';
import { sentenceHash, type ArticleKind, type DayTruth } from '../../../bench/generator/truth.js';

const statement = (variants: [string, string][]): Statement => ({
  text: variants[0]![1],
  kind: 'claim',
  speaker: null,
  articles: [...new Set(variants.map(([a]) => a))],
  variants: variants.map(([article, text]) => ({ article, text })),
  sources: [],
  score: 0,
  key: false,
});

const story = (id: string, articles: string[], statements: Statement[]): Story => ({
  id,
  title: id,
  articles: articles.map((a) => ({ id: a, source: a, title: null, url: null })),
  statements,
  figures: [],
});

const digest = (stories: Story[], skipped: string[] = []): Digest => ({
  schemaVersion: 1,
  date: '2026-03-14',
  stats: { articles: 0, stories: stories.length, outlets: 0, statementsMerged: 0, skipped: skipped.map((id) => ({ id, reason: 'no article text found' })) },
  stories,
});

// Invented sentences.
const OPEN = 'The mayor opened the bridge in Tarnby on Monday morning.';
const OPEN_REWORDED = 'On Monday morning the mayor opened the Tarnby bridge.';
const TOLLS = 'The council will decide on tolls for the new bridge next week after a public meeting.';
// Word-set Jaccard with TOLLS: 16 / 17 words.
const TOLLS_NEAR = 'The council will decide on tolls for the new bridge next week after a long public meeting.';
const STEEL = 'Engineers said 400 tonnes of steel had been delivered to the site.';
const FERRY = 'Captain Idris Holm said the ferry would sail again on Tuesday.';

describe('duplicateStatements', () => {
  it('counts statements sharing a normalised text, near-identical ones, and the largest split', () => {
    const d = digest([
      story('A', ['a1', 'a2', 'a3', 'a4'], [
        statement([['a1', OPEN], ['a2', OPEN]]),
        statement([['a3', OPEN.toUpperCase().replace('.', '!')]]), // the same words: identical once normalised
        statement([['a4', TOLLS]]),
        statement([['a1', TOLLS_NEAR]]), // near-identical to the one above
        statement([['a2', STEEL]]),
      ]),
      // The same sentence in another story is not a duplicate: each story shows its own statements.
      story('B', ['b1'], [statement([['b1', OPEN]]), statement([['b1', FERRY]])]),
    ]);
    const r = duplicateStatements(d);
    expect(r.statements).toBe(7);
    expect(r.identical).toBe(2);
    expect(r.near).toBe(4);
    expect(r.largestSplit).toBe(2);
    expect(r.largestSplitText).toBe('the mayor opened the bridge in tarnby on monday morning');
  });

  it('finds nothing in a digest where each sentence is one statement', () => {
    const d = digest([story('A', ['a1', 'a2'], [statement([['a1', OPEN], ['a2', OPEN_REWORDED]]), statement([['a1', STEEL]])])]);
    expect(duplicateStatements(d)).toEqual({ statements: 2, identical: 0, near: 0, largestSplit: 0, largestSplitText: null });
  });

  it('tells a sentence split over three statements', () => {
    const d = digest([story('A', ['a1', 'a2', 'a3'], [statement([['a1', STEEL]]), statement([['a2', STEEL]]), statement([['a3', STEEL], ['a3', OPEN]])])]);
    expect(duplicateStatements(d)).toMatchObject({ statements: 3, identical: 3, near: 3, largestSplit: 3 });
  });
});

/** Truth rows: [article, story, kind, [source, verbatim, text][]]. */
function truthOf(rows: [string, string, ArticleKind, [number, boolean, string][]][]): DayTruth {
  return new Map(rows.map(([id, story, kind, sentences]) => [id, { story, kind, sentences: sentences.map(([source, verbatim, text]) => ({ source, verbatim, hash: sentenceHash(text) })) }]));
}

describe('mergeRecall', () => {
  // Source 1 (OPEN): verbatim in a1, a2 and b1, reworded in a3. Source 2 (STEEL): a1 only. Source 3 (TOLLS): a2, a3.
  const truth = truthOf([
    ['a1', 'X', 'reprint', [[1, true, OPEN], [2, true, STEEL]]],
    ['a2', 'X', 'reprint', [[1, true, OPEN], [3, true, TOLLS]]],
    ['a3', 'X', 'reword', [[1, false, OPEN_REWORDED], [3, false, TOLLS_NEAR]]],
    ['b1', 'X', 'reprint', [[1, true, OPEN]]],
    ['c1', 'Y', 'flash', [[4, true, FERRY]]],
  ]);

  it('scores each copy against the statement holding most copies of its source sentence', () => {
    const d = digest([
      story('A', ['a1', 'a2', 'a3'], [
        statement([['a1', OPEN], ['a2', OPEN], ['a3', OPEN_REWORDED]]),
        statement([['a1', STEEL]]),
        statement([['a2', TOLLS]]),
        statement([['a3', TOLLS_NEAR]]),
        statement([['a3', 'Boilerplate that the generator never wrote as a sentence.']]),
      ]),
      story('B', ['b1'], [statement([['b1', OPEN]])]),
    ]);
    const r = mergeRecall(d, truth);
    // Source 1: 4 copies, 3 in the first statement (verbatim a1, a2; reworded a3), b1 apart: verbatim 2/3, reworded 1/1.
    // Source 3: 2 copies in two statements, a tie: the first statement found (a2's, verbatim) holds "most": verbatim +1/1, reworded 0/1.
    expect(r.repeatedSources).toBe(2);
    expect(r.verbatimOccurrences).toBe(4);
    expect(r.rewordedOccurrences).toBe(2);
    expect(r.verbatim).toBeCloseTo(3 / 4);
    expect(r.reworded).toBeCloseTo(1 / 2);
    // 8 sentences emitted, c1's is in no story; one variant matches nothing.
    expect(r.sentences).toBe(8);
    expect(r.matched).toBe(7);
    expect(r.variantsUnmatched).toBe(1);
  });

  it('is 100 % when every copy sits in one statement, and null for a kind with no repeated copy', () => {
    const d = digest([
      story('A', ['a1', 'a2', 'b1'], [statement([['a1', OPEN], ['a2', OPEN], ['b1', OPEN]]), statement([['a1', STEEL]])]),
    ]);
    const r = mergeRecall(d, truth);
    expect(r.verbatim).toBe(1);
    expect(r.reworded).toBeNull();
    expect(r.repeatedSources).toBe(1);
  });
});

describe('story B-cubed and skips', () => {
  it('scores the stories found against the truth, a skipped article as a story of its own', () => {
    const truth = new Map([
      ['a1', 'X'],
      ['a2', 'X'],
      ['a3', 'X'],
      ['b1', 'Y'],
      ['c1', 'Y'],
    ]);
    // Found: {a1, a2}, {a3, b1}; c1 skipped.
    const r = bcubed([['a1', 'a2'], ['a3', 'b1', 'unknown.txt']], truth)!;
    // Precision per article: a1 1, a2 1, a3 1/2, b1 1/2, c1 1 -> 4/5. Recall: a1 2/3, a2 2/3, a3 1/3, b1 1/2, c1 1/2 -> 8/3 over 5.
    expect(r.precision).toBeCloseTo(4 / 5);
    expect(r.recall).toBeCloseTo(8 / 3 / 5);
    expect(r.f1).toBeCloseTo((2 * 0.8 * (8 / 15)) / (0.8 + 8 / 15));
    expect(bcubed([['a1', 'a2', 'a3'], ['b1', 'c1']], truth)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(bcubed([['a1']], new Map())).toBeNull();

    const check = checkClusters([['a1', 'a2'], ['a3', 'b1', 'unknown.txt']], null);
    expect(check).toEqual({ bcubed: null, largestStory: 3, sizes: { '1': 0, '2-5': 2, '6-20': 0, '21-100': 0, '>100': 0 } });
  });

  it('counts the skipped files that are real articles', () => {
    const truth = truthOf([
      ['a1', 'X', 'reprint', [[1, true, OPEN]]],
      ['c1', 'Y', 'flash', [[4, true, FERRY]]],
    ]);
    const d = digest([story('A', ['a1'], [statement([['a1', OPEN]])])], ['c1', 'notes.csv']);
    const r = skipCheck(d, truth);
    expect(r).toEqual({ skipped: 2, real: 1, realByKind: { flash: 1 }, sample: [{ id: 'c1', kind: 'flash', reason: 'no article text found' }] });
    expect(storiesOf(truth)).toEqual(new Map([['a1', 'X'], ['c1', 'Y']]));
  });
});
