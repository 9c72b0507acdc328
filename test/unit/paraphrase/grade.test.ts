import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../../lambdas/pipeline/paraphrase/features.js';
import { GRADE_WEIGHTS, gradeOf } from '../../../lambdas/pipeline/paraphrase/grade.js';
import { DUPLICATE_THRESHOLD, StatementComparer } from '../../../lambdas/pipeline/paraphrase/index.js';
import { synonymGroup } from '../../../lambdas/pipeline/lexicon/synonyms.js';
import { stem } from '../../../lambdas/pipeline/text/tokens.js';

const comparer = new StatementComparer();
const compareStatements = (a: string, b: string) => comparer.compare(a, b);

const sameGroup = (a: string, b: string): boolean => {
  const g = synonymGroup(stem(a));
  return g !== undefined && g === synonymGroup(stem(b));
};

describe('gradeOf: the graded similarity', () => {
  it('has one weight per pair feature', () => {
    expect(GRADE_WEIGHTS).toHaveLength(FEATURE_NAMES.length);
  });

  it('grades identical word sequences 1 and clips everything into [0, 1]', () => {
    const editRate = FEATURE_NAMES.indexOf('editRate');
    const same = FEATURE_NAMES.map((_, i) => (i === editRate ? 0 : 0.5));
    expect(gradeOf(same)).toBe(1);
    const huge = FEATURE_NAMES.map((_, i) => (i === editRate ? 1 : 1000));
    const g = gradeOf(huge);
    expect(g).toBeGreaterThanOrEqual(0);
    expect(g).toBeLessThanOrEqual(1);
  });
});

describe('StatementComparer.compare: graded score over the whole range', () => {
  it('scores an exact repeat 1', () => {
    const s = 'The storm destroyed the harbour on Friday.';
    expect(compareStatements(s, s).score).toBe(1);
  });

  it('orders synonym swap > swap to a different verb > unrelated sentence', () => {
    const base = 'Police arrested two men after the robbery at the bank.';
    const synonym = compareStatements(base, 'Police detained two men after the robbery at the bank.').score;
    const other = compareStatements(base, 'Police thanked two men after the robbery at the bank.').score;
    const unrelated = compareStatements(base, 'Heavy traffic delayed commuters in the capital.').score;
    expect(synonym).toBeGreaterThan(other);
    expect(other).toBeGreaterThan(unrelated);
    expect(unrelated).toBeLessThan(0.2);
  });

  it('grades British and American spellings of one sentence above a sentence that changes its content', () => {
    const base = 'The ministry will organise a review of the defence budget.';
    const spelling = compareStatements(base, 'The ministry will organize a review of the defense budget.');
    const changed = compareStatements(base, 'The ministry will postpone a review of the health budget.');
    expect(spelling.duplicate).toBe(true);
    expect(spelling.score).toBeGreaterThan(changed.score + 0.1);
  });

  it('keeps the contract: duplicate exactly when the score reaches the threshold', () => {
    const base = 'The central bank raised interest rates by half a point on Thursday.';
    for (const other of [
      'The central bank hiked interest rates by half a point on Thursday.',
      'The central bank left interest rates unchanged on Thursday.',
      'Fans celebrated the late winner in the cup final.',
    ]) {
      const r = compareStatements(base, other);
      expect(r.duplicate).toBe(r.score >= DUPLICATE_THRESHOLD);
    }
  });
});

describe('similarity synonyms: general news vocabulary', () => {
  it('groups reporting verbs, irregular forms, spellings and country adjectives', () => {
    for (const [a, b] of [
      ['criticised', 'condemned'],
      ['arrested', 'detained'],
      ['biggest', 'largest'],
      ['brought', 'bring'],
      ['defence', 'defense'],
      ['centre', 'center'],
      ['china', 'chinese'],
      ['britain', 'british'],
    ] as const) {
      expect(sameGroup(a, b), `${a} / ${b}`).toBe(true);
    }
  });

  it('keeps unrelated words apart', () => {
    expect(sameGroup('arrested', 'praised')).toBe(false);
    expect(sameGroup('china', 'japan')).toBe(false);
  });
});
