import { describe, expect, it } from 'vitest';
import { quotedRegions } from '../../../eval/polnear.js';

const regions = (t: string) => quotedRegions(t).map(([s, e]) => t.slice(s, e));

describe('quotedRegions (the PolNeAR gold quotes)', () => {
  it('finds quotations between curly, straight and typewriter double quotes', () => {
    expect(regions('He said “the plan works” and left.')).toEqual(['the plan works']);
    expect(regions('He said "the plan works" and left.')).toEqual(['the plan works']);
    // One newspaper of the corpus prints '' for both marks; `` opens in the typewriter convention.
    expect(regions("''This isn't tax reform,'' said Mr. Holtz. ''It's anti-reform.''")).toEqual(["This isn't tax reform,", "It's anti-reform."]);
    expect(regions("``We will rebuild,'' the mayor said.")).toEqual(['We will rebuild,']);
  });

  it('runs a quotation left open to the end of its paragraph', () => {
    expect(regions("''We will rebuild the pier\nThe mayor said so.")).toEqual(['We will rebuild the pier']);
  });
});
