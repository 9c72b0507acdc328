/**
 * The benchmark's day generator, on a tiny invented source set (no corpora needed): the same seed gives the same
 * files byte for byte, another seed another day, and the day has the shapes the benchmark relies on.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateDay, type GeneratedFile } from '../../../bench/generator/day.js';
import type { SourceSet } from '../../../bench/generator/sources.js';
import { moveOpeningPhrase, paragraphsOf } from '../../../bench/generator/reword.js';
import { inventedName, namesIn, variantText } from '../../../bench/generator/variants.js';
import { createRng } from '../../../bench/generator/prng.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';

// Invented events, written for this test.
const para = (who: string, place: string, n: number) =>
  `On Monday, ${who} said the new bridge in ${place} would open after ${n} days of delays. ` +
  `Engineers reported that ${n * 10} tonnes of steel had been delivered. ` +
  `After the inspection, officials told residents the road would stay closed until noon. ` +
  `"We are nearly ready," ${who} said at a briefing in ${place}.\n` +
  `Several residents said they were relieved. The council will meet again next week to decide on tolls.`;

const SOURCES: SourceSet = {
  events: [
    { id: 'bridge', docs: [{ title: 'Bridge to open in Tarnby', text: para('Mayor Ellis Varne', 'Tarnby', 40) }, { text: para('Ellis Varne', 'Tarnby', 40) }] },
    { id: 'harvest', docs: [{ text: para('Minister Orla Keane', 'Westmoor', 12) }] },
    { id: 'ferry', docs: [{ title: 'Ferry service resumes', text: para('Captain Idris Holm', 'Skerra', 75) }, { text: para('Idris Holm', 'Skerra', 75) }, { text: para('Holm', 'Skerra', 75) }] },
  ],
};

const day = (seed: number, articles = 120): GeneratedFile[] => [...generateDay(SOURCES, { articles, seed })];

describe('generateDay', () => {
  it('is deterministic: the same seed gives the same files, byte for byte', () => {
    const a = day(7);
    const b = day(7);
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    expect(a.map((f) => f.content)).toEqual(b.map((f) => f.content));
  });

  it('is the mixed day of its GENERATOR_VERSIONS.mixed: files pinned by hash (bump the version with the pin)', () => {
    // The hash of day(7) at GENERATOR_VERSIONS.mixed 3 (2 was the day before the modes existed); mode 'mixed' is the default.
    const hash = (files: GeneratedFile[]) => {
      const h = createHash('sha256');
      for (const f of files) h.update(f.path + '\0' + f.content + '\0');
      return h.digest('hex');
    };
    expect(hash(day(7))).toBe('d5d0cdcdc33db0dbb29e7c9bbb2b5ca0e1d3184e396bda4c6916036b92ee00e8');
    expect(hash([...generateDay(SOURCES, { articles: 120, seed: 7, mode: 'mixed' })])).toBe(hash(day(7)));
  });

  it('never gives a story the sentences of another story: its background is history of its kind', () => {
    // Every sentence names three people or places, and a story variant renames them all, so two stories share a
    // sentence only when the generator copies one into the other (a chance clash of invented names on all three
    // is negligible).
    const event = (id: string, place: string, person: string, body: string) => ({
      id,
      docs: [0, 1].map((d) => ({
        text:
          `In ${place}, ${person} told the Harrow ${body} that plan ${d} had cost ${40 + d} crowns. ` +
          `${person} said the ${body} of ${place} would meet the Varne council on Friday. ` +
          `Residents of ${place} asked ${person} and the Osric ${body} for more meetings. ` +
          `The ${body} in ${place} will report to Minister Calder Voss within ${14 + d} days, ${person} said.`,
      })),
    });
    const distinct: SourceSet = {
      events: [event('bridge', 'Tarnby', 'Ansel Brisk', 'Assembly'), event('harvest', 'Westmoor', 'Orla Keane', 'Guild'), event('ferry', 'Skerra', 'Idris Holm', 'Board')],
    };
    const owner = new Map<number, number>();
    for (const f of generateDay(distinct, { articles: 240, seed: 11 })) {
      for (const sentence of f.truth.sentences) {
        expect(owner.get(sentence.hash) ?? f.story, `a sentence of story ${f.story} in another story`).toBe(f.story);
        owner.set(sentence.hash, f.story);
      }
    }
  });

  it('gives another day for another seed', () => {
    expect(day(8).map((f) => f.content)).not.toEqual(day(7).map((f) => f.content));
  });

  it('writes exactly N articles with unique paths', () => {
    const files = day(7, 57);
    expect(files).toHaveLength(57);
    expect(new Set(files.map((f) => f.path)).size).toBe(57);
  });

  it('has the shapes the benchmark relies on', () => {
    const files = day(3, 300);
    const formats = new Set(files.map((f) => f.format));
    expect(formats).toEqual(new Set(['txt', 'json', 'html']));
    for (const f of files) expect(f.path.endsWith(`.${f.format}`)).toBe(true);

    const perStory = new Map<number, GeneratedFile[]>();
    for (const f of files) perStory.set(f.story, [...(perStory.get(f.story) ?? []), f]);
    const sizes = [...perStory.values()].map((s) => s.length);
    expect(sizes.filter((n) => n === 1).length).toBeGreaterThan(0); // single-outlet stories
    expect(sizes.filter((n) => n >= 3).length).toBeGreaterThan(0); // stories many outlets report
    expect(perStory.size).toBeGreaterThan(SOURCES.events.length); // more stories than events: variants

    // Wire copies: other outlets republish the wire report's body verbatim.
    const copies = files.filter((f) => f.role === 'copy');
    expect(copies.length).toBeGreaterThan(0);
    const bodyOf = (f: GeneratedFile) => {
      const r = readArticle({ id: f.path, bytes: new TextEncoder().encode(f.content) });
      if (!r.ok) throw new Error(`${f.path}: ${r.skipped.reason}`);
      return r.article.text;
    };
    const copy = copies[0]!;
    const wire = perStory.get(copy.story)!.find((f) => f.role === 'wire')!;
    expect(wire.path.split('/')[0]).not.toBe(copy.path.split('/')[0]);
    // Same sentences in both bodies (boilerplate inserts may differ).
    const sentences = (t: string) => new Set(paragraphsOf(t).flat());
    const wireSentences = sentences(bodyOf(wire));
    const copySentences = [...sentences(bodyOf(copy))];
    expect(copySentences.filter((s) => wireSentences.has(s)).length).toBeGreaterThanOrEqual(Math.min(3, wireSentences.size));

    // Reworded reports: two outlets' reports of one story never carry the same full text.
    const reports = [...perStory.values()].find((s) => s.filter((f) => f.role === 'report').length >= 3)!.filter((f) => f.role === 'report');
    expect(new Set(reports.map(bodyOf)).size).toBe(reports.length);

    // Boilerplate is mixed in, and every file is readable by the pipeline.
    expect(files.some((f) => /Advertisement|Weather:|Share|Subscribe|Photo:|Caption:|©|Read more|Updated|Follow us|Most read|Related|Comments|Skip to/.test(f.content))).toBe(true);
    for (const f of files) bodyOf(f);
  });
});

describe('rewording helpers', () => {
  it('moves an opening phrase behind the main clause', () => {
    expect(moveOpeningPhrase('After the long vote, the council approved the new harbour budget.')).toBe(
      'The council approved the new harbour budget after the long vote.',
    );
    expect(moveOpeningPhrase('The council approved the budget.')).toBe('The council approved the budget.');
  });

  it('renames the names of a story variant consistently and keeps variant 0 intact', () => {
    const text = 'Mayor Ellis Varne opened the bridge. Varne said 40 workers finished it.';
    const names = namesIn([text]);
    expect(names.has('Varne')).toBe(true);
    expect(variantText(text, 0, names)).toBe(text);
    const v = variantText(text, 5, names);
    const invented = inventedName('Varne', 5);
    expect(v).not.toContain('Varne');
    expect(v.split(invented).length - 1).toBe(2); // both mentions, even the one opening a sentence
    expect(v).toMatch(/^Mayor /); // a capitalised word seen only at a sentence start is not a name
    expect(v).not.toContain(' 40 '); // counts change with the variant
  });

  it('draws the same stream from the same seed', () => {
    const a = createRng(11);
    const b = createRng(11);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });
});
