import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { findCopies } from '../../../lambdas/pipeline/stories/copies.js';
import { DAY } from './fixtures.js';

const WIRE =
  'The harbour authority of Velmora said on Tuesday that the northern pier would stay closed for at least two weeks while ' +
  'engineers inspect cracks found after the earthquake. Ferries to the islands will leave from the southern quay instead, ' +
  'and cargo ships have been told to wait offshore until pilots can guide them in. The authority said repairs could cost ' +
  'several million and that fishermen would be offered temporary berths near the old customs house.';

const a = (id: string, text: string, publishedAt?: string): Article => ({
  id,
  source: id.split('/')[0]!,
  text,
  format: 'txt',
  ...(publishedAt ? { publishedAt } : {}),
});

describe('findCopies', () => {
  it('finds a wire story republished with small edits, the earliest as original', () => {
    const arts = [
      a('x/1', WIRE.replace('two weeks', 'a fortnight'), '2024-05-02T10:00:00Z'),
      a('y/1', WIRE, '2024-05-02T08:00:00Z'),
      a('z/1', WIRE + ' Reporting by a staff correspondent.', '2024-05-02T09:30:00Z'),
      ...DAY,
    ];
    const copies = findCopies(arts);
    expect(copies).toEqual(
      new Map([
        ['x/1', 'y/1'],
        ['z/1', 'y/1'],
      ]),
    );
  });

  it('takes the first in input order when dates are missing', () => {
    expect(findCopies([a('p/1', WIRE), a('q/1', WIRE)])).toEqual(new Map([['q/1', 'p/1']]));
  });

  it('does not call reports of one event in other words copies', () => {
    expect(findCopies(DAY).size).toBe(0);
  });

  it('ignores texts too short to be a republished story', () => {
    expect(findCopies([a('s/1', 'Photo: staff'), a('t/1', 'Photo: staff'), a('u/1', ''), a('v/1', '')]).size).toBe(0);
  });

  it('rejects a text that shares only its first half', () => {
    const half = WIRE.slice(0, WIRE.length / 2);
    const other = half + ' Meanwhile the city council voted to rename the central square after a local poet and to plant forty new trees along the avenue next spring.';
    expect(findCopies([a('m/1', WIRE), a('n/1', other)]).size).toBe(0);
  });
});
