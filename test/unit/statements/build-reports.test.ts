/** Independent reports in a story's statements: copies count once, what one report alone carries is marked. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { buildStatements } from '../../../lambdas/pipeline/statements/build.js';
import { storyReports } from '../../../lambdas/pipeline/statements/reports.js';

const art = (id: string, source: string, lines: string[]): Article => ({ id, source, format: 'txt', text: lines.join('\n') });

const WIRE = [
  'The regional council voted on Wednesday to close the Osterby ferry crossing for three months of repairs.',
  '“The ramp has rusted through in two places and we cannot let cars onto it,” council engineer Petra Lund said.',
  'Passengers will be carried by a replacement bus that takes the long road around the fjord.',
];
const wire = art('wire/ferry.txt', 'Wire', WIRE);
const copyOne = art('gazette/ferry.txt', 'Gazette', WIRE);
const copyTwo = art('tribune/ferry.txt', 'Tribune', WIRE);
const own = art('courier/ferry.txt', 'Courier', [
  'Osterby’s ferry will stop running for three months while its ramp is repaired, the regional council decided.',
  '“The ramp has rusted through in two places and we cannot let cars onto it,” said Petra Lund, the council engineer.',
  'Shopkeepers on the island said they feared losing the summer trade if the works overran.',
]);
const copies = new Map([
  ['gazette/ferry.txt', 'wire/ferry.txt'],
  ['tribune/ferry.txt', 'wire/ferry.txt'],
]);
const statements = buildStatements([wire, copyOne, copyTwo, own], copies);
const find = (re: RegExp) => statements.find((s) => re.test(s.text))!;

describe('independent reports', () => {
  it('counts a quote carried by a wire story, its two copies and one own report as two independent outlets', () => {
    const ramp = find(/ramp has rusted/);
    expect(ramp.articles).toHaveLength(4);
    expect(ramp.sources).toEqual(['Wire', 'Gazette', 'Tribune', 'Courier']);
    expect(ramp.independent).toBe(2);
    expect(ramp.onlyIn).toBeNull();
  });

  it('marks what one report alone carries, naming the original outlet even when copies repeat it', () => {
    const bus = find(/replacement bus/);
    expect(bus.articles).toHaveLength(3);
    expect(bus.independent).toBe(1);
    expect(bus.onlyIn).toBe('Wire');
    expect(find(/summer trade/).onlyIn).toBe('Courier');
  });

  it('ranks the corroborated quote above what the copies alone repeat', () => {
    expect(statements.indexOf(find(/ramp has rusted/))).toBeLessThan(statements.indexOf(find(/replacement bus/)));
  });
});

describe('storyReports', () => {
  it('follows copy chains to the original within the story, and ignores an original outside it', () => {
    const r = storyReports(
      [
        { id: 'a', source: 'A' },
        { id: 'b', source: 'B' },
        { id: 'c', source: 'C' },
        { id: 'd', source: 'D' },
      ],
      new Map([
        ['b', 'a'],
        ['c', 'b'],
        ['d', 'elsewhere'],
      ]),
    );
    expect(r.reportOf('c')).toBe('a');
    expect(r.copyOf('c')).toBe('b');
    expect(r.copyOf('d')).toBeNull();
    expect(r.independentOutlets(['a', 'b', 'c', 'd'])).toEqual(['A', 'D']);
  });
});
