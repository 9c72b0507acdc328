/**
 * Golden cases for attribution, one runner for all: each line of test/fixtures/attribution/*.jsonl is one article,
 * its unit texts in order and the expected speaker and kind of every unit:
 *
 *   {"name": "what the case shows", "units": ["...", "..."], "expect": [{"speaker": "Lena Ortiz", "kind": "quote"}, ...]}
 *
 * To add a case, add a line to the file of its topic (or a new file); `expect` pins every unit, not only the one
 * the case is about, so a change anywhere in the article shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeArticle } from '../../../lambdas/pipeline/attribution/index.js';
import type { StatementKind } from '../../../lambdas/pipeline/model.js';

interface GoldenCase {
  name: string;
  units: string[];
  expect: Array<{ speaker: string | null; kind: StatementKind }>;
}

const DIR = fileURLToPath(new URL('../../fixtures/attribution/', import.meta.url));

function casesOf(file: string): GoldenCase[] {
  return readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldenCase);
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();

describe('attribution golden cases', () => {
  it('finds the fixture files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    describe(file.replace(/\.jsonl$/u, ''), () => {
      for (const c of casesOf(file)) {
        it(c.name, () => {
          expect(c.expect).toHaveLength(c.units.length);
          const got = attributeArticle(c.units).map((a) => ({ speaker: a.speaker, kind: a.kind }));
          expect(got).toEqual(c.expect);
        });
      }
    });
  }
});
