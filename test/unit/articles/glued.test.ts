import { describe, expect, it } from 'vitest';
import { repairGluedSentences } from '../../../lambdas/pipeline/articles/glued.js';

describe('repairGluedSentences', () => {
  it('inserts the missing space between glued sentences', () => {
    expect(repairGluedSentences('the minister said.The council agreed')).toBe('the minister said. The council agreed');
    expect(repairGluedSentences('“It is done,” she said.“We move on.”')).toBe('“It is done,” she said. “We move on.”');
    expect(repairGluedSentences('it was “over.”Officials left')).toBe('it was “over.” Officials left');
    expect(repairGluedSentences('Was it worth it?Nobody knows')).toBe('Was it worth it? Nobody knows');
  });

  it('leaves abbreviations, decimals, URLs and domains alone', () => {
    const untouched = [
      'the U.S. Army and the U.K. Navy',
      'it grew 3.5 percent to 66.5 F',
      'see https://news.example/Story.Html for details',
      'visit www.example.com/Page today',
      'write to desk@news.Example.org now',
      'as first reported on news.Example.org today',
    ];
    for (const line of untouched) expect(repairGluedSentences(line)).toBe(line);
  });
});
