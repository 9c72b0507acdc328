/**
 * The bench's big-day modes (big, ecb) and the truth every mode writes, on an invented source set shaped like the
 * corpora (ECB+ topics of two look-alike events, a Wikinews cluster): deterministic for a seed, the shapes the
 * issue asks for, and a truth that says where every emitted sentence came from.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDay, type DayMode, type GeneratedFile } from '../../../bench/generator/day.js';
import type { SourceSet } from '../../../bench/generator/sources.js';
import { paragraphsOf } from '../../../bench/generator/reword.js';
import { ecbEvents, sentenceLike, zipfCounts } from '../../../bench/generator/redundant.js';
import { readTruth, sentenceHash, truthPath } from '../../../bench/generator/truth.js';
import { writeDay } from '../../../bench/generator/write.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';

// Invented reports, written for this test: each event's reports share their lead, as reports of one event do.
const report = (lead: string, who: string, place: string, n: number, title: string) =>
  `${title}\nMarch 3, 2026 10:12 am\n${lead} ` +
  `Engineers reported that ${n * 10} tonnes of material had been moved in ${place}. ` +
  `After the inspection, officials told residents the road would stay closed until noon.\n` +
  `"We are nearly ready," ${who} said at a briefing in ${place}. Several residents said they were relieved.\n` +
  `The council will meet again next week to decide what happens to the site in ${place}.`;

const event = (id: string, lead: string, who: string, place: string, n: number) => ({
  id,
  docs: [0, 1, 2].map((k) => {
    const title = `${place} ${k === 0 ? 'works' : k === 1 ? 'update' : 'latest'}: ${who} speaks`;
    return { title, text: report(lead, who, place, n + k, title) };
  }),
});

const SOURCES: SourceSet = {
  events: [
    event('ecb:1_ecb', 'On Monday, Mayor Ellis Varne said the new bridge in Tarnby would open after 40 days of delays.', 'Ellis Varne', 'Tarnby', 40),
    event('ecb:1_ecbplus', 'On Friday, Mayor Ellis Varne said the old bridge in Tarnby would close for 12 weeks of repairs.', 'Ellis Varne', 'Tarnby', 12),
    event('ecb:2_ecb', 'Captain Idris Holm said the ferry service to Skerra would resume on Tuesday after the storm.', 'Idris Holm', 'Skerra', 75),
    event('ecb:2_ecbplus', 'Captain Idris Holm said a second ferry to Skerra would be added to the timetable in May.', 'Idris Holm', 'Skerra', 30),
    event('ecb:3_ecb', 'Minister Orla Keane said the harvest in Westmoor was the largest the region had recorded.', 'Orla Keane', 'Westmoor', 12),
    event('wiki:9', 'The museum in Calder reopened its doors to visitors after a renovation that lasted two years.', 'Nia Brook', 'Calder', 24),
  ],
};

const day = (mode: DayMode, seed: number, articles = 600): GeneratedFile[] => [...generateDay(SOURCES, { articles, seed, mode, events: 4, date: '2026-03-14' })];

/** Normalised-sentence hashes of every source sentence of each event (titles and datelines included). */
const sourceHashes = new Map(SOURCES.events.map((e) => [e.id, new Set(e.docs.flatMap((d) => paragraphsOf(d.text).flat().map(sentenceHash)))]));

describe.each(['big', 'ecb'] as const)('generateDay, mode %s', (mode) => {
  const files = day(mode, 5);

  it('is deterministic: the same seed gives the same files and truth, another seed another day', () => {
    const again = day(mode, 5);
    expect(again.map((f) => [f.path, f.content])).toEqual(files.map((f) => [f.path, f.content]));
    expect(again.map((f) => f.truth)).toEqual(files.map((f) => f.truth));
    expect(day(mode, 6).map((f) => f.content)).not.toEqual(files.map((f) => f.content));
  });

  it('writes N articles with unique paths that say nothing of the event, over 400 outlets', () => {
    expect(files).toHaveLength(600);
    expect(new Set(files.map((f) => f.path)).size).toBe(600);
    for (const f of files) expect(f.path).toMatch(/^[a-z-]+\/2026-03-14-a\d{6}\.(txt|json|html)$/);
    expect(new Set(files.map((f) => f.path.split('/')[0])).size).toBeGreaterThan(200);
    expect(new Set(files.map((f) => f.format))).toEqual(new Set(['txt', 'json', 'html']));
  });

  it('tells a few events by many outlets, with a skew, each article one real report reprinted or reworded', () => {
    const perEvent = new Map<string, number>();
    for (const f of files) perEvent.set(f.truth.story, (perEvent.get(f.truth.story) ?? 0) + 1);
    expect(perEvent.size).toBe(4);
    const sizes = [...perEvent.values()].sort((a, b) => b - a);
    expect(sizes).toEqual(zipfCounts(600, 4, 1));
    expect(sizes[0]).toBeGreaterThan(2.5 * sizes[3]!);
    const kinds = new Map<string, number>();
    for (const f of files) kinds.set(f.role, (kinds.get(f.role) ?? 0) + 1);
    expect(kinds.get('reprint')! / 600).toBeGreaterThan(0.22);
    expect(kinds.get('reprint')! / 600).toBeLessThan(0.38);
    expect(kinds.get('reword')! / 600).toBeGreaterThan(0.55);
    expect((kinds.get('brief') ?? 0) + (kinds.get('flash') ?? 0)).toBeGreaterThan(3);
    // Reworded retellings differ from one another; reprints of one report carry its very sentences.
    const reworded = files.filter((f) => f.role === 'reword').map((f) => f.truth.sentences.map((s) => s.hash).join());
    expect(new Set(reworded).size).toBeGreaterThan(reworded.length / 2);
  });

  it('has a truth for every sentence: a source of its own event, verbatim exactly when the words are the source\'s', () => {
    const hashOfSource = new Map<number, number>();
    const storyOfSource = new Map<number, string>();
    for (const f of files) {
      expect(f.truth.sentences.length).toBeGreaterThan(0);
      for (const s of f.truth.sentences) {
        expect(s.source).toBeGreaterThanOrEqual(0);
        expect(storyOfSource.get(s.source) ?? f.truth.story).toBe(f.truth.story);
        storyOfSource.set(s.source, f.truth.story);
        if (s.verbatim) {
          expect(sourceHashes.get(f.truth.story)!.has(s.hash)).toBe(true);
          expect(hashOfSource.get(s.source) ?? s.hash).toBe(s.hash);
          hashOfSource.set(s.source, s.hash);
        }
      }
      if (f.role === 'reprint') expect(f.truth.sentences.every((s) => s.verbatim)).toBe(true);
    }
    // A reworded occurrence of a source never has the source's words.
    for (const f of files) for (const s of f.truth.sentences) if (!s.verbatim && hashOfSource.has(s.source)) expect(s.hash).not.toBe(hashOfSource.get(s.source));
    expect(files.some((f) => f.truth.sentences.some((s) => !s.verbatim))).toBe(true);
  });

  it('prints one-sentence articles whose sentence is a real sentence of the event, not a dateline', () => {
    const short = files.filter((f) => f.role === 'brief' || f.role === 'flash');
    for (const f of short) {
      expect(f.truth.sentences).toHaveLength(1);
      expect(f.content).not.toMatch(/March 3, 2026/);
    }
    // A flash pasted as text is its one line and nothing else.
    const pasted = short.filter((f) => f.role === 'flash' && f.format === 'txt');
    for (const f of pasted) expect(f.content.trim().split('\n')).toHaveLength(1);
    // Full reports are readable by the pipeline.
    for (const f of files.filter((x) => x.role === 'reprint' || x.role === 'reword').slice(0, 50)) {
      expect(readArticle({ id: f.path, bytes: new TextEncoder().encode(f.content) }).ok).toBe(true);
    }
  });
});

describe('ecb mode', () => {
  it('takes both look-alike events of a topic, topics with the most reports first', () => {
    expect(ecbEvents(SOURCES, 4).map((e) => e.id)).toEqual(['ecb:1_ecb', 'ecb:1_ecbplus', 'ecb:2_ecb', 'ecb:2_ecbplus']);
    expect(new Set(day('ecb', 3, 200).map((f) => f.truth.story))).toEqual(new Set(['ecb:1_ecb', 'ecb:1_ecbplus', 'ecb:2_ecb', 'ecb:2_ecbplus']));
  });
});

describe('mixed mode truth', () => {
  it('gives every article its story and every sentence a source', () => {
    const files = [...generateDay(SOURCES, { articles: 200, seed: 4 })];
    for (const f of files) {
      expect(f.truth.story).toBe(`s${String(f.story).padStart(6, '0')}`);
      expect(f.truth.kind).toBe(f.role);
      for (const s of f.truth.sentences) expect(s.source).toBeGreaterThanOrEqual(0);
    }
    // A wire copy carries the wire report's sentences, source for source.
    const copy = files.find((f) => f.role === 'copy')!;
    const wire = files.find((f) => f.role === 'wire' && f.story === copy.story)!;
    expect(copy.truth.sentences).toEqual(wire.truth.sentences);
  });
});

describe('zipfCounts and sentenceLike', () => {
  it('splits N exactly, biggest first', () => {
    const c = zipfCounts(1000, 20, 1);
    expect(c.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(c[0]).toBe(278);
    expect([...c].sort((a, b) => b - a)).toEqual(c);
  });

  it('tells a sentence from a dateline', () => {
    expect(sentenceLike('A jury on Tuesday convicted a man charged in the shooting.')).toBe(true);
    expect(sentenceLike('May 2, 2013 1:35 pm.')).toBe(false);
    expect(sentenceLike('on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM')).toBe(false);
  });
});

describe('writeDay with a truth file', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-truth-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the truth beside the day folder, never in it, and reads it back as written', () => {
    const files = day('big', 9, 120);
    const dir = path.join(tmp, 'day');
    const stats = writeDay(files, dir, { truth: truthPath(dir), header: { mode: 'big' } });
    expect(stats.articles).toBe(120);
    expect(truthPath(dir)).toBe(`${dir}.truth.jsonl`);
    const inDay = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(inDay).toHaveLength(120);
    const truth = readTruth(truthPath(dir));
    expect([...truth.keys()]).toEqual(files.map((f) => f.path));
    expect([...truth.values()]).toEqual(files.map((f) => f.truth));
    expect(() => writeDay(files, dir, { truth: path.join(dir, 'truth.jsonl') })).toThrow(/outside the day folder/);
  });
});
