import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { mergeStory, rankStory } from '../../../lambdas/pipeline/statements/build.js';
import { OLD_PENALTY } from '../../../lambdas/pipeline/statements/rank.js';

const art = (id: string, source: string, lines: string[]): Article => ({ id, source, format: 'txt', text: lines.join('\n') });
const DAM = '“The dam will hold through the spring floods, and nobody downstream needs to leave home,” Governor Ruth Adeyemi said.';
const ROAD = '“The eastern road will stay closed until the engineers have checked every single bridge,” Adeyemi said.';
const filler = (k: number) => `Volunteers from the village number ${k} filled sandbags along the western bank during the night.`;

describe('ranking in a continuing story', () => {
  const story = mergeStory([art('one/a.txt', 'One', [filler(1), DAM, ROAD]), art('two/b.txt', 'Two', [filler(2), DAM]), art('three/c.txt', 'Three', [DAM, ROAD])]);
  const fresh = rankStory(story);

  it('without a previous digest: the more corroborated quote first, isNew unset', () => {
    expect(fresh[0]!.text).toMatch(/dam will hold/);
    expect(fresh.every((s) => s.isNew === undefined)).toBe(true);
  });

  it('leads with what is new: an old statement drops behind a new one and is flagged', () => {
    const ranked = rankStory(story, { isOld: (g) => /dam will hold/.test(g.text) });
    const dam = ranked.findIndex((s) => /dam will hold/.test(s.text));
    const road = ranked.findIndex((s) => /eastern road/.test(s.text));
    expect(road).toBeLessThan(dam);
    expect(ranked[dam]!.isNew).toBe(false);
    expect(ranked[road]!.isNew).toBe(true);
    const keys = ranked.filter((s) => s.key);
    const firstOld = keys.findIndex((s) => !s.isNew);
    expect(keys.slice(firstOld).every((s) => !s.isNew)).toBe(true);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    expect(OLD_PENALTY).toBeGreaterThan(0);
  });

  it('takes weights: a large speaker bonus puts every attributed quote above every claim', () => {
    const ranked = rankStory(story, { weights: { quoteSpeaker: 5 } });
    const lastQuote = Math.max(...ranked.map((s, i) => (s.kind === 'quote' && s.speaker ? i : -1)));
    const firstClaim = ranked.findIndex((s) => s.kind === 'claim');
    expect(firstClaim).toBeGreaterThan(lastQuote);
  });
});
