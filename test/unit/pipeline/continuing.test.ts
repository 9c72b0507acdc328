/**
 * Continuing stories across two invented days: a story that ran yesterday is marked, leads with what is new, and a
 * different story of the same kind is not mistaken for it. Also copies, outlets and story order.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { buildDigest } from '../../../lambdas/pipeline/index.js';
import { indexPreviousDigest, parseDigest, previousStatements } from '../../../lambdas/pipeline/continuing.js';

const art = (id: string, source: string, title: string, lines: string[], publishedAt?: string): Article => ({
  id,
  source,
  title,
  format: 'txt',
  text: lines.join('\n'),
  ...(publishedAt ? { publishedAt } : {}),
});

const STRIKE_OLD_QUOTE = '“We will not sign anything that cuts the night shift allowance,” union leader Mirela Dobos said.';
const STRIKE_OLD_CLAIM = 'Tram drivers in Velmora walked out on Monday after talks with the city transport company broke down.';
const dayOne = [
  art('north/strike-1.txt', 'North Post', 'Velmora tram drivers strike over night pay', [
    STRIKE_OLD_CLAIM,
    STRIKE_OLD_QUOTE,
    'The company said it had offered a pay rise of four percent spread over two years.',
  ]),
  art('south/strike-1.txt', 'South Star', 'Trams halted in Velmora as drivers strike', [
    'Velmora tram drivers walked out on Monday after talks with the city transport company broke down.',
    '“We will not sign anything that cuts the night shift allowance,” said Mirela Dobos, who leads the drivers’ union.',
    'Commuters crowded onto buses across the city during the morning rush.',
  ]),
  art('north/bakery.txt', 'North Post', 'Old Velmora bakery wins national bread prize', [
    'A family bakery in the old town of Velmora has won the national rye bread prize for the third time.',
    '“My grandmother would have laughed at all this fuss,” baker Anton Kiss said.',
    'The judges praised the crust and the long fermentation that the family has used for ninety years.',
  ]),
];
const previous = buildDigest(dayOne, { date: '2026-03-02' });

const STRIKE_NEW_QUOTE = '“The drivers will be back at work on Thursday morning if the members approve the deal,” Mirela Dobos said.';
const dayTwo = [
  art('north/strike-2.txt', 'North Post', 'Velmora tram strike: deal reached on night pay', [
    'The Velmora tram strike is set to end after the city transport company agreed to keep the night shift allowance.',
    STRIKE_NEW_QUOTE,
    'Tram drivers in Velmora walked out on Monday after talks with the city transport company broke down.',
    STRIKE_OLD_QUOTE,
  ]),
  art('west/strike-2.txt', 'West Daily', 'Tram drivers in Velmora to vote on deal', [
    'Striking Velmora tram drivers will vote on Wednesday on a deal that keeps the night shift allowance.',
    '“The drivers will be back at work on Thursday morning if the members approve the deal,” union leader Mirela Dobos said.',
    'Union leader Mirela Dobos had said on Monday: “We will not sign anything that cuts the night shift allowance.”',
  ]),
  art('south/harbour.txt', 'South Star', 'Storm damages Kellsund harbour wall', [
    'A winter storm tore a twenty-metre hole in the harbour wall at Kellsund overnight, the port authority said.',
    '“Nobody was hurt, which is the only good news tonight,” harbour master Ida Lorentz said.',
    'Fishing boats were moved to the inner basin before the storm reached the coast.',
  ]),
];

describe('continuing stories', () => {
  const today = buildDigest(dayTwo, { date: '2026-03-03', previous });
  const strike = today.stories.find((s) => s.articles.some((a) => a.id === 'north/strike-2.txt'))!;
  const harbour = today.stories.find((s) => s.articles.some((a) => a.id === 'south/harbour.txt'))!;

  it('marks a story that ran in the previous digest with its date and title then, with no shared article', () => {
    const yesterday = previous.stories.find((s) => s.articles.some((a) => a.id === 'north/strike-1.txt'))!;
    expect(strike.continues).toEqual({ date: '2026-03-02', title: yesterday.title });
    expect(harbour.continues).toBeNull();
  });

  it('leads its key statements with what is new, and flags what was already said', () => {
    const keys = strike.statements.filter((s) => s.key);
    expect(keys[0]!.isNew).toBe(true);
    const oldQuote = strike.statements.find((s) => /cuts the night shift allowance/.test(s.text))!;
    const newQuote = strike.statements.find((s) => /back at work on Thursday/.test(s.text))!;
    expect(oldQuote.isNew).toBe(false);
    expect(newQuote.isNew).toBe(true);
    expect(strike.statements.indexOf(newQuote)).toBeLessThan(strike.statements.indexOf(oldQuote));
    // Within the key statements every new one comes before every old one.
    const firstOld = keys.findIndex((s) => s.isNew === false);
    if (firstOld >= 0) expect(keys.slice(firstOld).every((s) => s.isNew === false)).toBe(true);
  });

  it('leaves statements of a story that does not continue unflagged', () => {
    expect(harbour.statements.every((s) => s.isNew === undefined)).toBe(true);
  });

  it('without a previous digest, nothing continues', () => {
    expect(buildDigest(dayTwo, { date: '2026-03-03' }).stories.every((s) => s.continues === null)).toBe(true);
  });

  it('does not take a different story of the same kind for a continuation', () => {
    const otherStrike = [
      art('east/ports.txt', 'East Echo', 'Dock workers strike in Brisa over pensions', [
        'Dock workers in Brisa walked out on Tuesday in a dispute with the port operator over pensions.',
        '“Our pensions are not a bargaining chip,” union spokesman Karel Voss said.',
        'Container ships queued outside the harbour as cranes stood idle.',
      ]),
    ];
    const d = buildDigest(otherStrike, { date: '2026-03-03', previous });
    expect(d.stories[0]!.continues).toBeNull();
  });

  it('finds a previous story by a shared article id even when the text changed', () => {
    const index = indexPreviousDigest(previous);
    const hit = index.find({ title: 'Something else entirely', articles: [{ id: 'north/bakery.txt' }], statements: [] });
    expect(hit?.story.title).toMatch(/bakery/i);
  });

  it('recognises a statement said before in other words, not one said by someone else', () => {
    const seen = previousStatements(previous.stories.flatMap((s) => s.statements));
    expect(seen({ text: 'We will not sign anything that cuts the night-shift allowance.', speaker: 'Mirela Dobos' })).toBe(true);
    expect(seen({ text: 'We will not sign anything that cuts the night shift allowance.', speaker: 'Karel Voss' })).toBe(false);
    expect(seen({ text: 'The judges in the capital chose a new bread category this year.', speaker: null })).toBe(false);
  });
});

describe('parseDigest', () => {
  it('round-trips a digest and rejects a malformed one with the path of the problem', () => {
    expect(parseDigest(JSON.stringify(previous))).toEqual(previous);
    expect(() => parseDigest(JSON.stringify({ ...previous, stories: [{ id: 1 }] }))).toThrow(/stories\.0\./);
    expect(() => parseDigest('[]')).toThrow(/not a digest\.json/);
    expect(() => parseDigest('{')).toThrow(/not JSON/);
  });
});

describe('independent outlets in the digest', () => {
  const WIRE = [
    'Lightning started a forest fire near the village of Harrowdale on Sunday afternoon, forestry officials said.',
    '“The wind is our enemy now, not the lightning,” district fire chief Oskar Lind said on Sunday evening.',
    'About forty firefighters and two water-bombing planes fought the flames into the night.',
  ];
  const day = [
    art('wire/fire.txt', 'Wire', 'Lightning sparks forest fire near Harrowdale', WIRE, '2026-06-07T10:00:00Z'),
    art('gazette/fire.txt', 'Gazette', 'Lightning sparks forest fire near Harrowdale', WIRE, '2026-06-07T11:00:00Z'),
    art('tribune/fire.txt', 'Tribune', 'Lightning sparks forest fire near Harrowdale', WIRE, '2026-06-07T12:00:00Z'),
    art('alpha/bridge.txt', 'Alpha', 'Old Kvarn bridge to be rebuilt in stone', [
      'The council of Kvarn has approved a plan to rebuild the old wooden bridge over the river in stone.',
      '“It will still be standing when our great-grandchildren cross it,” mayor Lene Holm said.',
    ], '2026-06-07T08:00:00Z'),
    art('beta/bridge.txt', 'Beta', 'Kvarn council votes for stone bridge', [
      'Kvarn will replace its old wooden bridge with a stone one after a council vote on Sunday.',
      '“It will still be standing when our great-grandchildren cross it,” said Lene Holm, the mayor.',
    ], '2026-06-07T09:00:00Z'),
  ];
  const digest = buildDigest(day, { date: '2026-06-07' });
  const fire = digest.stories.find((s) => s.articles.some((a) => a.id === 'wire/fire.txt'))!;

  it('says which article copies which, and counts one outlet for a wire story and its copies', () => {
    expect(fire.articles.map((a) => a.copyOf)).toEqual([null, 'wire/fire.txt', 'wire/fire.txt']);
    expect(fire.articles[1]!.publishedAt).toBe('2026-06-07T11:00:00Z');
    expect(fire.outlets).toBe(1);
  });

  it('orders stories by independent outlets before size and recency', () => {
    expect(digest.stories.map((s) => s.outlets)).toEqual([2, 1]);
    expect(digest.stories[1]).toBe(fire);
  });
});
