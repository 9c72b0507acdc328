import { describe, expect, it } from 'vitest';
import { DEFAULT_QUANTITY_WINDOWS, extractQuantities, type Quantity } from '../../../lambdas/pipeline/figures/quantities.js';
import { mayHoldNumber } from '../../../lambdas/pipeline/figures/numbers.js';

const one = (s: string): Quantity => {
  const qs = extractQuantities(s).filter((q) => !q.vague);
  expect(qs, s).toHaveLength(1);
  return qs[0]!;
};

describe('number formats', () => {
  it.each([
    ['The ferry carried 2,450 passengers.', 2450, '2,450'],
    ['Some 1.5 million voters stayed home.', 1_500_000, 'Some 1.5 million'],
    ['Officials counted 12 000 ballots.', 12_000, '12 000'],
    ['Rescuers found three hikers.', 3, 'three'],
    ['Rescuers found twenty-five hikers.', 25, 'twenty-five'],
    ['The village lost a dozen cows.', 12, 'a dozen'],
    ['The storm damaged two hundred and fifty homes.', 250, 'two hundred and fifty'],
    ['The plant can power half a million homes.', 500_000, 'half a million'],
    ['Half a dozen boats sank.', 6, 'Half a dozen'],
  ])('%s', (sentence, value, text) => {
    const q = one(sentence);
    expect(q.value).toBe(value);
    expect(q.text).toBe(text);
    expect(q.kind).toBe('count');
  });

  it('treats "thousands of" as vague, with no value', () => {
    const [q] = extractQuantities('Thousands of fans waited outside.');
    expect(q?.vague).toBe(true);
    expect(q?.value).toBeNull();
  });

  it('reads percentages with what they are a share of', () => {
    const q = one('Nearly 60 percent of the eligible voters took part.');
    expect(q.kind).toBe('percent');
    expect(q.value).toBe(60);
    expect(q.subject).toBe('eligible voters');
  });

  it('keeps money apart from counts', () => {
    const qs = extractQuantities('The council approved $4.2 million in repairs for 300 bridges.');
    expect(qs.map((q) => [q.kind, q.value])).toEqual([
      ['money', 4_200_000],
      ['count', 300],
    ]);
    expect(qs[0]!.key).not.toBe(qs[1]!.key);
  });
});

describe('qualifiers', () => {
  it.each([
    ['at least', 'At least 14 climbers were stranded.'],
    ['as many as', 'As many as 800 workers walked out.'],
    ['around', 'The police said around 900 marchers took part.'],
    ['about', 'The club sold about 40 tickets.'],
    ['up to', 'The ward can hold up to 30 patients.'],
    ['more than', 'More than 200 firefighters fought the blaze.'],
  ])('%s', (qualifier, sentence) => {
    const q = one(sentence);
    expect(q.qualifier).toBe(qualifier);
    expect(q.text.toLowerCase().startsWith(qualifier)).toBe(true);
  });

  it('marks rounding qualifiers as approximate', () => {
    expect(one('The club sold about 40 tickets.').approximate).toBe(true);
    expect(one('At least 14 climbers were stranded.').approximate).toBe(false);
  });
});

describe('the counted thing', () => {
  it('takes the noun phrase after the number, with its head', () => {
    const q = one('The alliance moved 4,000 Belgian paratroopers to the border.');
    expect(q.subject).toBe('Belgian paratroopers');
    expect(q.head).toBe('paratroopers');
    expect(q.modifiers).toEqual(['belgian']);
  });

  it('puts soldiers, troops and forces in one bucket', () => {
    const keys = ['2,000 soldiers', '2,000 troops', '2,000 forces'].map((s) => one(`The republic sent ${s} abroad.`).key);
    expect(new Set(keys).size).toBe(1);
  });

  it('puts deaths, dead and people killed in one bucket', () => {
    const a = one('The flood left 31 dead.');
    const b = one('At least 35 people were killed by the flood.');
    const c = one('Officials confirmed 33 deaths.');
    expect(a.key).toBe(b.key);
    expect(b.key).toBe(c.key);
  });

  it('reads a headless death toll', () => {
    const q = one('The death toll rose to 52 on Monday.');
    expect(q.value).toBe(52);
    expect(q.key).toBe(one('The flood left 31 dead.').key);
  });

  it('looks for the counted head only within its window, which a caller can narrow', () => {
    const sentence = 'The republic sent 3,000 elite North Korean troops.';
    expect(one(sentence).subject).toBe('elite North Korean troops');
    expect(extractQuantities(sentence, { ...DEFAULT_QUANTITY_WINDOWS, countedHead: 3 })).toEqual([]);
    expect(extractQuantities(sentence, { ...DEFAULT_QUANTITY_WINDOWS, countedHead: 4 }).map((q) => q.subject)).toEqual(['elite North Korean troops']);
  });

  it('marks batches and increments as other measures than a total', () => {
    expect(one('Buses carried 60 pilgrims at a time.').measure).toBe('rate');
    expect(one('The army sent 2,000 more troops.').measure).toBe('change');
    expect(one('The army sent 2,000 troops.').measure).toBe('total');
  });

  it('reads a rate said later in the counted phrase\'s clause, not past its end', () => {
    expect(one('Around 1,200,000 journeys are made on the network every day.').measure).toBe('rate');
    expect(one('The network carries 1.2 million journeys a day.').measure).toBe('rate');
    // The comma closes the clause: the rate belongs to the figure's description, not to the count.
    expect(one('More than 300 people died on the roads, a figure that has fallen every year.').measure).toBe('total');
    expect(one('Around 40 flights from the terminal were cancelled each week.').measure).toBe('rate');
    // Past the window, a rate is another phrase's.
    expect(extractQuantities('Around 40 flights from the terminal were cancelled each week.', { ...DEFAULT_QUANTITY_WINDOWS, rateAfter: 2 })[0]!.measure).toBe('total');
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['a year', 'The treaty was signed in 1998 by both parties.'],
    ['a year before a noun', 'Their 1974 stories made history.'],
    ['a date', 'The vote took place on March 12 and ended Sept. 3.'],
    ['a date with a day first', 'Results came on 14 February.'],
    ['a time', 'Polls closed at 8 p.m. and reopened at 10:30.'],
    ['an age', 'A 41-year-old driver was detained.'],
    ['an apposed age', 'The driver, Jane Doe, 41, was detained.'],
    ['an age with aged', 'A man aged 41 was detained.'],
    ['an article number', 'Clause 7 of the charter covers appeals.'],
    ['a capitalised label', 'Article 12 guarantees free speech.'],
    ['a durational adjective', 'The 18-month strike ended.'],
    ['an ordinal', 'It was the 3rd attempt and the second delay.'],
    ['a duration', 'The siege lasted 40 days.'],
    ['a phone number', 'Call 555-0142 for tickets.'],
    ['a score', 'The hosts won 3-1 in extra time.'],
    ['a decade', 'Prices last rose in the 1970s.'],
    ['a model number', 'The airline grounded its Boeing 737 jets.'],
    ['a quoted title', 'She sang "Ninety Nine Red Balloons" at the gala.'],
  ])('%s', (_what, sentence) => {
    expect(extractQuantities(sentence).filter((q) => !q.vague)).toEqual([]);
  });
});

describe('claimants', () => {
  it.each([
    ['Norwegian police believe at least 70 hunters joined the search.', 'Norwegian police'],
    ['The governor said that the coast guard had confirmed that 12 sailors were rescued.', 'coast guard'],
    ['Local sources claim that around 400 residents fled.', 'Local sources'],
    ['According to the fire brigade, 23 homes burned.', 'fire brigade'],
    ['Some 23 homes burned, according to the fire brigade.', 'fire brigade'],
    ['At least 23 homes burned, the mayor said.', 'mayor'],
    ['The ministry on Sunday said 23 homes burned.', 'ministry'],
    ['Officials in Vardo said 23 homes burned.', 'Officials in Vardo'],
  ])('%s', (sentence, claimant) => {
    expect(one(sentence).claimant).toBe(claimant);
  });

  it('says nothing when the sentence names no source', () => {
    expect(one('Nearly 23 homes burned overnight.').claimant).toBeNull();
    expect(one('It said 23 homes burned.').claimant).toBeNull();
  });
});

describe('sentences without numbers', () => {
  it('finds nothing in a sentence with no digit and no number word, and still finds spelled-out numbers', () => {
    expect(mayHoldNumber('The minister said the talks would resume soon.')).toBe(false);
    expect(mayHoldNumber('Someone often phoned.')).toBe(false);
    expect(mayHoldNumber('TWENTY-FIVE people were hurt.')).toBe(true);
    expect(mayHoldNumber('It cost 3 dollars.')).toBe(true);
    expect(extractQuantities('Someone often phoned the constructor.')).toEqual([]);
    expect(extractQuantities('Twenty-five soldiers were wounded.').map((q) => q.value)).toEqual([25]);
  });

  it('never reads an inherited property name as a number, currency or head', () => {
    expect(extractQuantities('Some constructor troops arrived.')).toEqual([]);
    expect(extractQuantities('The constructor said 3 constructor workers left.').map((q) => q.value)).toEqual([3]);
  });
  it('reads "well over", "closer to" and "barely" as qualifiers, and counts "five other people"', () => {
    const [over] = extractQuantities('The auditor put the subsidy at well over 55 million crowns.');
    expect([over?.text, over?.value, over?.qualifier]).toEqual(['well over 55 million', 55_000_000, 'well over']);
    const [closer] = extractQuantities('The ministry estimate was closer to 20 million crowns a day.');
    expect([closer?.qualifier, closer?.approximate]).toEqual(['closer to', true]);
    const [other] = extractQuantities('Five other people were taken to hospital, the ambulance service said.');
    expect([other?.value, other?.head, other?.measure, other?.claimant]).toEqual([5, 'people', 'total', 'ambulance service']);
  });

  it('reads what a part, a count noun or a comparative says is counted', () => {
    // "N of its X": a part counted in the noun it is part of; a pronoun ("of them") names nothing.
    expect([one('The yard said 340 of its roles would disappear.').head]).toEqual(['roles']);
    expect(extractQuantities('Only 560 of them would be full beds.').filter((q) => q.value === 560 && q.head !== 'beds')).toEqual([]);
    // "the number of X at N": what the count noun counts.
    expect(one('The company has put the number of redundancies at 340.').head).toBe('redundancies');
    expect(one('The total of flights cancelled reached 84.').head).toBe('flights');
    // "11 per cent more": a change, as "rose by 11 per cent" is.
    expect(one('Commuters would pay nearly 11 per cent more.').measure).toBe('change');
    expect(one('Turnout was 11 per cent.').measure).toBe('total');
  });

  it('counts people treated or taken to hospital with the injured', () => {
    expect(one('The hospital said it had treated nineteen people from the coach.').key).toBe(one('At least 14 people were injured.').key);
    expect(one('Five people were hospitalised overnight.').key).toBe('count::injured');
    // Hospital without an article is being treated there; with one it is a place.
    expect(one('Five other people were taken to hospital, the ambulance service said.').key).toBe('count::injured');
    expect(one('Some 40 people work at the hospital.').key).toBe('count::people');
  });
});

