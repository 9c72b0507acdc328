import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPUTE_PARAMS, findFigureDisputes } from '../../../lambdas/pipeline/figures/disputes.js';
import type { Article } from '../../../lambdas/pipeline/model.js';

const article = (id: string, text: string): Article => ({ id, source: id, format: 'txt', text });

describe('findFigureDisputes', () => {
  it('lists each value of a disputed count with the articles and claimants behind it, ascending', () => {
    const figures = findFigureDisputes([
      article('a', 'The coast guard said at least 40 Chilean fishermen were rescued.\nThe weather was calm.'),
      article('b', 'Navy officials believe as many as 95 Chilean fishermen were rescued at sea.'),
      article('c', 'Rescuers brought 40 fishermen to the port on Tuesday.'),
      article('d', 'According to the regional governor, 60 Chilean fishermen were rescued.'),
    ]);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toEqual({
      subject: 'Chilean fishermen',
      values: [
        { value: 40, text: 'at least 40', articles: ['a', 'c'], claimedBy: 'coast guard' },
        { value: 60, text: '60', articles: ['d'], claimedBy: 'regional governor' },
        { value: 95, text: 'as many as 95', articles: ['b'], claimedBy: 'Navy officials' },
      ],
    });
  });

  it('groups synonyms: troops, soldiers and forces are one quantity', () => {
    const figures = findFigureDisputes([
      article('a', 'Ruritania deployed 2,000 Ruritanian troops along the river.'),
      article('b', 'Some 5,000 Ruritanian soldiers were seen along the river.'),
    ]);
    expect(figures.map((f) => f.values.map((v) => v.value))).toEqual([[2000, 5000]]);
    expect(figures[0]!.subject).toMatch(/^Ruritanian (troops|soldiers)$/);
  });

  it('groups people killed with deaths', () => {
    const figures = findFigureDisputes([
      article('a', 'The landslide killed 18 people, officials said.'),
      article('b', 'Rescuers reported 22 deaths after the landslide.'),
    ]);
    expect(figures.map((f) => f.values.map((v) => v.value))).toEqual([[18, 22]]);
  });

  it('keeps different subjects apart', () => {
    const figures = findFigureDisputes([
      article('a', 'Ruritania massed 2,000 Ruritanian troops at the border.'),
      article('b', 'Opposite them stood 5,000 Freedonian troops.'),
      article('c', 'The fire destroyed 30 homes and the bank lent $4 million for rebuilding.'),
      article('d', 'The fire destroyed 20 barns and the town raised $4,000 for rebuilding.'),
    ]);
    expect(figures).toEqual([]);
  });

  it('needs two different values from different articles', () => {
    expect(findFigureDisputes([article('a', 'Police counted 300 protesters.'), article('b', 'Police counted 300 protesters in the square.')])).toEqual([]);
    // One article with two values is not a dispute between outlets.
    expect(findFigureDisputes([article('a', 'Police counted 300 protesters.\nOrganisers counted 900 protesters.')])).toEqual([]);
  });

  it('does not pair values one article itself reports as different things', () => {
    const figures = findFigureDisputes([
      article('a', 'The city was hit by about a dozen rockets overnight.\nIn the south, three rockets fell near a farm.'),
      article('b', 'Three rockets fell near a farm.'),
      article('c', 'About a dozen rockets hit the city overnight.'),
    ]);
    expect(figures).toEqual([]);
  });

  it('still flags values an article relays from two named sources', () => {
    const figures = findFigureDisputes([
      article('a', 'Police said 300 protesters marched, while organisers said 900 protesters marched.'),
      article('b', 'About 2,000 protesters marched through the centre.'),
    ]);
    expect(figures).toHaveLength(1);
    expect(figures[0]!.values.map((v) => [v.value, v.claimedBy ?? null])).toEqual([
      [300, 'Police'],
      [900, 'organisers'],
      // Nobody is cited for 2,000: it is the outlet's own figure (the test articles' outlet is their id).
      [2000, 'b'],
    ]);
  });

  it('is not hidden by a count of the same noun no estimate would confuse with it', () => {
    // "Fewer than 20 homes in the upper town" beside 310 flooded homes in one article: never paired (maxRatio), so
    // no sign that the article gives two values of one thing on its own account.
    const figures = findFigureDisputes([
      article('a', 'The council said about 240 homes had been flooded.'),
      article('b', 'Fire crews counted 310 homes with water inside.\nFewer than 20 homes in the upper town were affected.'),
    ]);
    expect(figures.map((f) => f.values.map((v) => v.value))).toEqual([[240, 310]]);
  });

  it('keeps a batch size apart from a total', () => {
    const figures = findFigureDisputes([
      article('a', 'Ferries carried 500 pilgrims at a time across the bay.'),
      article('b', 'In all, 4,000 pilgrims crossed the bay.'),
    ]);
    expect(figures).toEqual([]);
  });

  it('ignores years, ages, article numbers, durations and vague amounts', () => {
    const figures = findFigureDisputes([
      article('a', 'Since 2011 the 14-month dispute over Article 3 has drawn thousands of protesters. Mayor Lee, 52, spoke.'),
      article('b', 'Since 2015 the 20-month dispute over Article 9 has drawn hundreds of protesters. Mayor Lee, 53, spoke.'),
    ]);
    expect(figures).toEqual([]);
  });

  it('does not flag rounded estimates close to an exact count', () => {
    const figures = findFigureDisputes([
      article('a', 'About 300 volunteers joined the clean-up.'),
      article('b', 'Exactly 312 volunteers joined the clean-up.'),
    ]);
    expect(figures).toEqual([]);
    // Without the rounding word the two counts do disagree.
    const exact = findFigureDisputes([
      article('a', 'Exactly 300 volunteers joined the clean-up.'),
      article('b', 'Exactly 312 volunteers joined the clean-up.'),
    ]);
    expect(exact.map((f) => f.values.map((v) => v.text))).toEqual([['exactly 300', 'exactly 312']]);
  });

  it('takes other thresholds from the caller: rounding tolerance and the largest ratio', () => {
    const rounded = [article('a', 'About 300 volunteers joined the clean-up.'), article('b', 'Exactly 350 volunteers joined the clean-up.')];
    expect(findFigureDisputes(rounded)).toHaveLength(1);
    expect(findFigureDisputes(rounded, undefined, { ...DEFAULT_DISPUTE_PARAMS, roundingTolerance: 0.2 })).toEqual([]);
    const far = [article('a', 'Police counted 300 protesters.'), article('b', 'Organisers counted 4,500 protesters.')];
    expect(findFigureDisputes(far)).toEqual([]);
    expect(findFigureDisputes(far, undefined, { ...DEFAULT_DISPUTE_PARAMS, maxRatio: 20 })).toHaveLength(1);
  });

  it('is deterministic and independent of the sentence source', () => {
    const arts = [
      article('x', 'At least 12 miners were trapped.'),
      article('y', 'Some 19 miners were trapped, the company said.'),
    ];
    const sentences = new Map(arts.map((a) => [a.id, [{ article: a.id, index: 0, paragraph: 0, text: a.text }]]));
    expect(findFigureDisputes(arts, sentences)).toEqual(findFigureDisputes(arts));
    expect(findFigureDisputes(arts)[0]!.values.map((v) => v.claimedBy ?? null)).toEqual(['x', 'company']);
  });

  it('compares amounts that only their unit describes, and places a bare one beside the quantity its words share', () => {
    const oil = findFigureDisputes([
      article('a', 'The shipping line said some 8,000 barrels escaped into the bay.'),
      article('b', 'Coastguard divers believe closer to 15,000 barrels spilled from the hull.'),
    ]);
    expect(oil.map((f) => f.values.map((v) => v.value))).toEqual([[8000, 15000]]);
    expect(oil[0]!.values.map((v) => v.claimedBy)).toEqual(['shipping line', 'Coastguard divers']);
    // "held barely 18 percent" says nothing but its unit; its words (lake, level) are the headed quantity's.
    const lake = findFigureDisputes([
      article('a', 'The water board said the Lake Orm level had dropped to 40 percent of capacity.'),
      article('b', 'Farmers said the lake held barely 18 percent, and its level was falling.'),
    ]);
    expect(lake.map((f) => f.values.map((v) => v.value))).toEqual([[18, 40]]);
  });
  it('leaves out a bare percentage or sum that no quantity of the story claims, and distances without "of"', () => {
    expect(findFigureDisputes([
      article('a', 'Ticket sales rose 4 percent, the club said.'),
      article('b', 'Wages went up 35 percent, the union said.'),
    ])).toEqual([]);
    expect(findFigureDisputes([
      article('a', 'The farm, two kilometres downstream, lost its stock.'),
      article('b', 'Dead fish lay along about 6 kilometres, the agency said.'),
    ])).toEqual([]);
  });
  it('names a value\'s claimant as statement attribution resolved the sentence\'s speaker, when it did', () => {
    const arts = [
      article('a', 'The state-owned operator said about 70 percent of trains were cancelled.'),
      article('b', 'The drivers\' union said more than 90 percent of trains were cancelled.'),
    ];
    const speakerOf = (id: string, sentence: number) => (id === 'a' && sentence === 0 ? 'Norland Rail' : null);
    expect(findFigureDisputes(arts)[0]!.values.map((v) => v.claimedBy)).toEqual(['state-owned operator', "drivers' union"]);
    expect(findFigureDisputes(arts, undefined, DEFAULT_DISPUTE_PARAMS, undefined, speakerOf)[0]!.values.map((v) => v.claimedBy)).toEqual(['Norland Rail', "drivers' union"]);
  });
  it('names a claimant once when one report shortens another\'s name for it', () => {
    const figures = findFigureDisputes([
      article('a', 'About 1,200 residents were evacuated, the Orm Valley Fire and Rescue Service said.'),
      article('b', 'The Rescue Service said about 1,200 residents were evacuated.'),
      article('c', 'Some 2,000 residents were evacuated, the mayor said.'),
    ]);
    expect(figures[0]!.values.map((v) => v.claimedBy)).toEqual(['Orm Valley Fire and Rescue Service', 'mayor']);
  });
});

