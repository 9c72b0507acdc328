import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { buildStatements, leadStatement, mergedSentenceCount } from '../../../lambdas/pipeline/statements/build.js';
import { keyCountFor } from '../../../lambdas/pipeline/statements/rank.js';

const art = (id: string, source: string, lines: string[]): Article => ({ id, source, format: 'txt', text: lines.join('\n') });

const DAM = '“The dam will hold through the spring floods, and nobody downstream needs to leave home,” Governor Ruth Adeyemi said.';
const ROAD = '“The eastern road will stay closed until the engineers have checked every single bridge,” Adeyemi said.';
// Each article opens with a sentence of its own: leads that come close are merged as the story's core fact
// (merge.ts), and these must stay four statements.
const FILLERS = [
  'Volunteers filled sandbags along the western bank during the night.',
  'A school gym on Mill Lane was opened as a shelter for the elderly.',
  'Farmers moved their cattle to higher pastures above the valley.',
  'The regional train service was suspended between two northern stations.',
];
const filler = (k: number) => FILLERS[k - 1]!;

describe('ranking', () => {
  const a = art('one/a.txt', 'One', [filler(1), DAM, ROAD]);
  const b = art('two/b.txt', 'Two', [filler(2), DAM, ROAD]);
  // c is a copy of b (same text under another id): it must not count as an independent outlet.
  const c = art('three/c.txt', 'Three', [filler(3), ROAD]);
  const d = art('four/d.txt', 'Four', [filler(4), DAM]);
  const copies = new Map([['three/c.txt', 'two/b.txt']]);
  const statements = buildStatements([a, b, c, d], copies);

  it('puts the statement carried by more independent outlets first; copies count once', () => {
    const dam = statements.findIndex((s) => /dam will hold/.test(s.text));
    const road = statements.findIndex((s) => /eastern road/.test(s.text));
    expect(statements[dam]!.articles).toEqual(['one/a.txt', 'two/b.txt', 'four/d.txt']);
    expect(statements[road]!.articles).toEqual(['one/a.txt', 'two/b.txt', 'three/c.txt']);
    // Both appear in three articles, but the road quote's third article is a copy of the second.
    expect(dam).toBe(0);
    expect(road).toBe(1);
    expect(statements[dam]!.score).toBeGreaterThan(statements[road]!.score);
  });

  it('fills sources, speaker and kind', () => {
    expect(statements[0]!.sources).toEqual(['One', 'Two', 'Four']);
    expect(statements[0]!.speaker).toBe('Ruth Adeyemi');
    expect(statements[0]!.kind).toBe('quote');
  });

  it('sorts by score and flags the top N as key', () => {
    for (let i = 1; i < statements.length; i++) expect(statements[i - 1]!.score).toBeGreaterThanOrEqual(statements[i]!.score);
    const keys = statements.filter((s) => s.key).length;
    expect(keys).toBe(Math.min(statements.length, keyCountFor(3)));
    expect(statements.slice(0, keys).every((s) => s.key)).toBe(true);
    expect(leadStatement(statements)?.text).toBe(statements[0]!.text);
    expect(mergedSentenceCount(statements)).toBe(4);
  });

  it('is deterministic', () => {
    expect(buildStatements([a, b, c, d], copies)).toEqual(statements);
  });

  it('grows the key count with the story size', () => {
    expect(keyCountFor(1)).toBe(3);
    expect(keyCountFor(12)).toBe(6);
  });
});
