/**
 * The bench's adversarial section (bench/adversarial.ts) builds each hostile class at the size asked and runs it
 * through the whole path; here at tiny sizes, so the section cannot rot. Its times are the bench's to print: no
 * duration is asserted.
 */
import { describe, expect, it } from 'vitest';
import { CLASSES, runAdversarial } from '../../../bench/adversarial.js';

describe('the adversarial bench section', () => {
  it('builds each class at about the size asked', () => {
    for (const [name, make] of Object.entries(CLASSES)) {
      const { text } = make(8 * 1024);
      expect(text.length, name).toBeGreaterThanOrEqual(8 * 1024 * 0.9);
      expect(text.length, name).toBeLessThan(8 * 1024 * 1.5);
    }
  });

  it('runs every class at four sizes and the prose file', () => {
    const lines: string[] = [];
    const { rows, proseMiB5Ms } = runAdversarial(1024, (line) => lines.push(line), 64 * 1024, { apart: false });
    expect(rows.map((r) => r.name)).toEqual(Object.keys(CLASSES));
    for (const row of rows) expect(row.ratios).toHaveLength(3);
    expect(proseMiB5Ms).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(/MiB of ordinary prose/);
  }, 120_000);
});
