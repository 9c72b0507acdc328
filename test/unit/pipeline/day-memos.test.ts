/**
 * A day's memos (day-context.ts) answer exactly what the plain functions answer: each splits a text by lines, or
 * remembers what one unit's text says alone, and a wrong decomposition would change stories and statements only on
 * days that repeat paragraphs. Checked on random texts built to stress the joins (line ends of every kind, blank
 * lines, lines of one or two words, abbreviations and quotations across lines) and on a generated day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineSentences, SentenceSplitter, sentencesOf, sentencesOfLines, splitSentences } from '../../../lambdas/pipeline/text/sentences.js';
import { lineShingles, ShingleLines, shinglesOfLines, textShingles } from '../../../lambdas/pipeline/stories/shingles.js';
import { articleTerms, TermLines } from '../../../lambdas/pipeline/stories/terms.js';
import { planningInput, PlanningInputs } from '../../../lambdas/pipeline/stories/planning-input.js';
import { unitsOfArticle } from '../../../lambdas/pipeline/statements/units.js';
import { StemCache } from '../../../lambdas/pipeline/text/tokens.js';
import { DEFAULT_DISPUTE_PARAMS, findFigureDisputes } from '../../../lambdas/pipeline/figures/disputes.js';
import { extractQuantities, QuantityReader } from '../../../lambdas/pipeline/figures/quantities.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';
import { LineMemo } from '../../../lambdas/pipeline/articles/line-memo.js';
import { storyUnits } from '../../../lambdas/pipeline/statements/story-units.js';
import { UnitTexts } from '../../../lambdas/pipeline/statements/unit-texts.js';
import { collapseIdentical } from '../../../lambdas/pipeline/statements/redundancy.js';
import { LineBags, storyTitle } from '../../../lambdas/pipeline/stories/title.js';
import { generatedDay } from '../parallel/fixtures/day.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const WORDS = ['the', 'Mayor', 'said', 'Mr.', 'Ortiz', '“We', 'will', 'rebuild,”', 'he', 'said.', '40', 'people', 'U.S.', 'fled', 'on', 'Monday.', 'Kelby', 'é', '—', '"it', 'is', 'over."'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\n \n', ' '];
const line = fc.array(fc.constantFrom(...WORDS), { maxLength: 9 }).map((w) => w.join(' '));
const text = fc.array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 12 }).map((parts) => parts.map(([l, b]) => l + b).join(''));
const article = fc.record({ title: fc.option(line, { nil: undefined }), text }).map((a) => ({ id: 'a0', source: 'x', format: 'txt' as const, ...a }));

const day = generatedDay();

describe('a day memo answers what the plain function answers', () => {
  it('sentences: line by line as the whole text split at once, and the splitter remembering lines', () => {
    const splitter = new SentenceSplitter();
    fc.assert(
      fc.property(article, (a) => {
        const plain = sentencesOf(a);
        expect(plain.map((s) => s.text)).toEqual(splitSentences(a.text));
        expect(sentencesOfLines(a, a.text.split(/\r\n?|\n/).map(lineSentences))).toEqual(plain);
        for (let ask = 0; ask < 3; ask++) expect(splitter.of(a)).toEqual(plain);
      }),
      { numRuns: 400 },
    );
    for (let pass = 0; pass < 3; pass++) for (const a of day) expect(splitter.of(a)).toEqual(sentencesOf(a));
  });

  it("shingles: a text's lines' shares, signed or not, give the whole text's shingles, and so does the memo", () => {
    const memo = new ShingleLines();
    fc.assert(
      fc.property(text, (t) => {
        const plain = textShingles(t);
        const lines = t.split('\n');
        expect(shinglesOfLines(t, lines.map((l) => lineShingles(l)))).toEqual(plain);
        expect(shinglesOfLines(t, lines.map((l, i) => lineShingles(l, i % 2 === 0)))).toEqual(plain);
        for (let ask = 0; ask < 3; ask++) expect(memo.of(t)).toEqual(plain);
      }),
      { numRuns: 400 },
    );
    for (let pass = 0; pass < 3; pass++) for (const a of day) expect(memo.of(a.text)).toEqual(textShingles(a.text));
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
    const parses = new UnitTexts();
    for (const a of day) {
      const sentences = sentencesOf(a);
      expect(unitsOfArticle(a.id, sentences, parses.parse)).toEqual(unitsOfArticle(a.id, sentences));
    }
    // Again over the same texts, twice: a repeated text is kept, then read back, and nothing may have changed it.
    for (let pass = 0; pass < 2; pass++) for (const a of day) expect(unitsOfArticle(a.id, sentencesOf(a), parses.parse)).toEqual(unitsOfArticle(a.id, sentencesOf(a)));
  });

  it('figures: disputes read from remembered quantities, which a claimant put on a figure leaves unchanged', () => {
    const stems = new StemCache();
    const reader = new QuantityReader(stems);
    const speaker = () => 'Kelby Police';
    const figures = [
      "Police said 40 people were hurt. The ferry carried 300 passengers, the operator said.",
      "At least 45 people were hurt, the hospital said. The ferry carried 320 passengers.",
      "Officials said 40 people were hurt when the ferry, carrying 310 passengers, hit the pier.",
    ].map((text, i) => ({ id: `f${i}`, source: `outlet${i}`, format: 'txt' as const, text }));
    for (const articles of [figures, day]) {
      const plain = findFigureDisputes(articles, undefined, DEFAULT_DISPUTE_PARAMS, stems, speaker);
      expect(findFigureDisputes(articles, undefined, DEFAULT_DISPUTE_PARAMS, stems, speaker, reader.of)).toEqual(plain);
      expect(findFigureDisputes(articles, undefined, DEFAULT_DISPUTE_PARAMS, stems, undefined, reader.of)).toEqual(findFigureDisputes(articles));
    }
    expect(findFigureDisputes(figures).length).toBeGreaterThan(0);
    for (const a of [...figures, ...day]) for (const s of sentencesOf(a)) expect(reader.of(s.text)).toEqual(extractQuantities(s.text));
  });

  it("reading: every file read with the day's line memo is the article read without it, the memo used three times (noted, kept, read back)", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : [full];
      });
    const files = ['samples', 'test/fixtures/articles'].flatMap(walk);
    expect(files.length).toBeGreaterThan(30);
    const memo = new LineMemo();
    for (let pass = 0; pass < 3; pass++) {
      for (const id of files) {
        const file = { id, bytes: new Uint8Array(readFileSync(id)) };
        expect(readArticle(file, memo)).toEqual(readArticle(file));
      }
    }
    // Lines built to sit on either side of each rule: the same verdicts near the top and in the body.
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Skip to main content', 'Photo: Reuters', 'By Ana Ruiz', 'Share this article', 'Police said 40 people fled on Monday after the fire.', 'READ MORE', '© 2026 Kelby Post', 'The Mayor said "we will rebuild".Officials agreed.', 'Bakers said they accept cookies as payment now.', 'Kazan, Russia', ''), { minLength: 1, maxLength: 14 }), (lines) => {
        const file = { id: 'day/x.txt', bytes: new TextEncoder().encode(lines.join('\n')) };
        expect(readArticle(file, memo)).toEqual(readArticle(file));
      }),
      { numRuns: 300 },
    );
  });

  it('statements and titles: units kept, identical texts collapsed and story titles are the same from the memos', () => {
    const texts = new UnitTexts();
    const stems = new StemCache();
    const bags = new LineBags(stems);
    const order = (id: string) => day.findIndex((a) => a.id === id);
    for (let pass = 0; pass < 3; pass++) {
      for (let i = 0; i < day.length; i += 7) {
        const members = day.slice(i, i + 7);
        const sentences = members.flatMap((a) => sentencesOf(a));
        const plain = storyUnits(sentences, order);
        const remembered = storyUnits(sentences, order, texts);
        expect(remembered).toEqual(plain);
        expect(collapseIdentical(remembered, texts.normalised)).toEqual(collapseIdentical(plain));
        expect(storyTitle(members, stems, undefined, bags)).toEqual(storyTitle(members, stems));
      }
    }
    // One text, reported and not: the verdict is asked of kind, reported and text together.
    const unit = { kind: 'claim' as const, text: 'Fresh snow on the high road tonight.' };
    texts.parse(unit.text);
    texts.parse(unit.text); // met twice: kept
    for (const reported of [true, false, true]) expect(texts.isStatement({ ...unit, reported })).toBe(reported);
  });
});
