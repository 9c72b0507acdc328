/**
 * A day's memos (day-context.ts) answer exactly what the plain functions answer: each splits a text by lines, or
 * remembers what one unit's text says alone, and a wrong decomposition would change stories and statements only on
 * days that repeat paragraphs. Checked on random texts built to stress the joins (line ends of every kind, blank
 * lines, lines of one or two words, abbreviations and quotations across lines) and on a generated day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SentenceSplitter, sentencesOf, splitSentences } from '../../../lambdas/pipeline/text/sentences.js';
import { ShingleLines, textShingles } from '../../../lambdas/pipeline/stories/shingles.js';
import { articleTerms, TermLines } from '../../../lambdas/pipeline/stories/terms.js';
import { planningInput, PlanningInputs } from '../../../lambdas/pipeline/stories/planning-input.js';
import { unitsOfArticle } from '../../../lambdas/pipeline/statements/units.js';
import { UnitParses } from '../../../lambdas/pipeline/attribution/index.js';
import { StemCache } from '../../../lambdas/pipeline/text/tokens.js';
import { generatedDay } from '../parallel/fixtures/day.js';

const WORDS = ['the', 'Mayor', 'said', 'Mr.', 'Ortiz', '“We', 'will', 'rebuild,”', 'he', 'said.', '40', 'people', 'U.S.', 'fled', 'on', 'Monday.', 'Kelby', 'é', '—', '"it', 'is', 'over."'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\n \n', ' '];
const line = fc.array(fc.constantFrom(...WORDS), { maxLength: 9 }).map((w) => w.join(' '));
const text = fc.array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 12 }).map((parts) => parts.map(([l, b]) => l + b).join(''));
const article = fc.record({ title: fc.option(line, { nil: undefined }), text }).map((a, i = 0) => ({ id: `a${i}`, source: 'x', ...a }));

const day = generatedDay();

describe('a day memo answers what the plain function answers', () => {
  it('sentences: line by line, the whole text split at once, and the splitter remembering lines', () => {
    const splitter = new SentenceSplitter();
    fc.assert(
      fc.property(article, (a) => {
        const plain = sentencesOf(a);
        expect(plain.map((s) => s.text)).toEqual(splitSentences(a.text));
        expect(splitter.of(a)).toEqual(plain);
      }),
      { numRuns: 400 },
    );
    for (const a of day) expect(splitter.of(a)).toEqual(sentencesOf(a));
  });

  it('shingles: a text of many lines against the same words on one line, and the memo of lines', () => {
    const memo = new ShingleLines();
    fc.assert(
      fc.property(text, (t) => {
        const plain = textShingles(t);
        expect(plain).toEqual(textShingles(t.replaceAll('\n', ' ')));
        expect(memo.of(t)).toEqual(plain);
      }),
      { numRuns: 400 },
    );
    for (const a of day) expect(memo.of(a.text)).toEqual(textShingles(a.text.replaceAll('\n', ' ')));
  });

  it('terms: lines past the lead tallied alone, order of first use kept', () => {
    const stems = new StemCache();
    const memo = new TermLines(stems, { leadWeight: 2, leadChars: 20 });
    fc.assert(
      fc.property(article, (a) => {
        expect(memo.of(a)).toEqual(articleTerms(a, { leadWeight: 2, leadChars: 20 }));
      }),
      { numRuns: 400 },
    );
    const inputs = new PlanningInputs(stems);
    for (const a of day) expect(inputs.of(a)).toEqual(planningInput(a));
  });

  it('attribution: units attributed from remembered parses are the units attributed from the text', () => {
    const parses = new UnitParses();
    for (const a of day) {
      const sentences = sentencesOf(a);
      expect(unitsOfArticle(a.id, sentences, parses.of)).toEqual(unitsOfArticle(a.id, sentences));
    }
    // Twice over the same texts: the second pass reads only remembered parses, which nothing may have changed.
    for (const a of day) expect(unitsOfArticle(a.id, sentencesOf(a), parses.of)).toEqual(unitsOfArticle(a.id, sentencesOf(a)));
  });
});
