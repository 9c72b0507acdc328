import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, StatementComparer } from '../../../lambdas/pipeline/paraphrase/index.js';

const comparer = new StatementComparer();
const compareStatements = (a: string, b: string) => comparer.compare(a, b);
const same = (a: string, b: string): boolean => compareStatements(a, b).duplicate;

describe('StatementComparer.compare: paraphrases', () => {
  it('matches a reworded sentence', () => {
    expect(same('The council approved the new budget on Tuesday after a long debate.', 'After a lengthy debate, the council approved its new budget on Tuesday.')).toBe(true);
  });

  it('matches the same quotation reported with a different attribution frame', () => {
    expect(same('"Our hospitals are full and the staff are exhausted," the health minister said on Friday.', 'The minister told reporters: "Our hospitals are full and the staff are exhausted."')).toBe(true);
  });

  it('matches a translated quotation in other words', () => {
    expect(same('"The figures are worrying. If the figures are right, they mean something," she stated.', 'She said, "Figures are a worrying thing. If the figures are right, then they mean something."')).toBe(true);
  });

  it('matches quoted fragments that occur inside the other outlet\'s full quotation', () => {
    const fragments = 'The governor argued that how the region "spends its own budget" is "nobody else\'s concern".';
    const full = '"We have a law. We always respected it. But how we spend its own budget is nobody else\'s concern," the governor said.';
    expect(same(fragments, full)).toBe(true);
  });
});

describe('StatementComparer.compare: different statements', () => {
  it('keeps apart unrelated sentences', () => {
    expect(same('The mayor opened a new bridge over the river on Monday.', 'Heavy rain flooded several streets in the city centre.')).toBe(false);
  });

  it('keeps apart sentences that report different figures', () => {
    const a = 'Officials said 1,500 workers had joined the strike at the port.';
    const b = 'Officials said 12,000 workers had joined the strike at the port.';
    expect(same(a, b)).toBe(false);
    expect(compareStatements(a, b).score).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('keeps apart two different quotes by the same speaker', () => {
    expect(same('"We know exactly who is behind the protests and who pays them," the president said.', '"What we decide about our own army is our business alone," the president said.')).toBe(false);
  });

  it('scores a near paraphrase above an unrelated pair (monotone with similarity)', () => {
    const base = 'The company reported higher profits for the third quarter.';
    const close = compareStatements(base, 'The company posted higher third-quarter profits.').score;
    const far = compareStatements(base, 'The football match was cancelled because of snow.').score;
    expect(close).toBeGreaterThan(far);
  });
});

describe('StatementComparer.compare: graded score', () => {
  it('grades pairs that are not duplicates: a related sentence above an unrelated one, both below the threshold', () => {
    const base = 'Flooding forced the closure of three schools in the valley on Monday.';
    const related = compareStatements(base, 'Three schools in the valley stayed open despite the rain.');
    const unrelated = compareStatements(base, 'The central bank kept interest rates unchanged.');
    expect(related.duplicate).toBe(false);
    expect(unrelated.duplicate).toBe(false);
    expect(related.score).toBeGreaterThan(unrelated.score);
  });

  it('ranks an exact repeat above a paraphrase above the threshold', () => {
    const base = 'The council approved the new budget on Tuesday after a long debate.';
    const exact = compareStatements(base, base);
    const reworded = compareStatements(base, 'After a lengthy debate, the council approved its new budget on Tuesday.');
    expect(reworded.duplicate).toBe(true);
    expect(exact.score).toBeGreaterThan(reworded.score);
  });
});

describe('StatementComparer.compare: contract', () => {
  const pairs: [string, string][] = [
    ['The train left the station at noon.', 'At noon the train departed from the station.'],
    ['"We will not give up," the striker said.', 'The striker said he would never give up.'],
    ['Prices rose 3 percent in May.', 'Prices rose 4 percent in May.'],
    ['', 'Something entirely different.'],
  ];

  it.each(pairs)('is symmetric and in [0, 1]: %s / %s', (a, b) => {
    const ab = compareStatements(a, b);
    const ba = compareStatements(b, a);
    expect(ab).toEqual(ba);
    expect(ab.score).toBeGreaterThanOrEqual(0);
    expect(ab.score).toBeLessThanOrEqual(1);
    expect(ab.duplicate).toBe(ab.score >= DUPLICATE_THRESHOLD);
  });

  it('gives identical texts a duplicate', () => {
    expect(same('The storm closed every school in the county.', 'The storm closed every school in the county.')).toBe(true);
  });

  it.each(pairs)('equals compareFeatures on precomputed features: %s / %s', (a, b) => {
    expect(comparer.compareFeatures(comparer.features(a), comparer.features(b))).toEqual(compareStatements(a, b));
    expect(comparer.compareFeatures(comparer.buildFeatures(a), comparer.buildFeatures(b))).toEqual(compareStatements(a, b));
  });

  it('is symmetric and in [0, 1] for arbitrary word soups', () => {
    const word = fc.constantFrom('the', 'Mayor', 'said', '"', '“', '”', 'budget', '12', '1,500', 'not', 'rose', 'climbed', '.', 'city', "don't");
    const sentence = fc.array(word, { maxLength: 25 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const ab = compareStatements(a, b);
        expect(compareStatements(b, a)).toEqual(ab);
        expect(ab.score).toBeGreaterThanOrEqual(0);
        expect(ab.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('StatementComparer: state that changes no answer', () => {
  const texts = [
    'The council approved the new budget on Tuesday after a long debate.',
    'After a lengthy debate, the council approved its new budget on Tuesday.',
    '"Our hospitals are full and the staff are exhausted," the health minister said on Friday.',
    'The minister told reporters: "Our hospitals are full and the staff are exhausted."',
    'Officials said 1,500 workers had joined the strike at the port.',
    'Officials said 12,000 workers had joined the strike at the port.',
    'Zelensky met the envoy in Kyiv.',
    'Zelenskyy met the envoy in Kyiv on Monday.',
  ];
  const allPairs = texts.flatMap((a, i) => texts.slice(i + 1).map((b) => [a, b] as const));
  const reference = allPairs.map(([a, b]) => new StatementComparer().compare(a, b));

  it('answers as a fresh comparer does, however many comparisons came before', () => {
    expect(allPairs.map(([a, b]) => comparer.compare(a, b))).toEqual(reference);
  });

  it('answers the same when its id table starts over (small limits: a new id generation every few texts)', () => {
    // A sentence here interns 30 to 80 strings: 200 is a few texts, and still more than two profiles need.
    const small = new StatementComparer({ ids: 200, tokens: 8, statements: 3 });
    const first = small.profile(texts[0]!).generation;
    // Twice: the second round compares features kept from generations that have since ended.
    for (let round = 0; round < 2; round++) expect(allPairs.map(([a, b]) => small.compare(a, b))).toEqual(reference);
    expect(small.profile(texts[0]!).generation).not.toBe(first);
  });

  it('gives a story the very answers of compare(), in either order', () => {
    const story = comparer.storyComparer();
    expect(allPairs.map(([a, b]) => story(a, b))).toEqual(reference);
    expect(allPairs.map(([a, b]) => story(b, a))).toEqual(reference);
  });
});
