/**
 * continuity.json: the part of a digest continuing stories read. A day continued from it must come out exactly as
 * a day continued from the whole digest, and a damaged file is refused with the path of the problem.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { buildDigest } from '../../../lambdas/pipeline/index.js';
import { continuityFile, continuityOf, parseContinuity, CONTINUITY_FORMAT } from '../../../lambdas/pipeline/continuity.js';
import { jsonBuffer } from '../../../lambdas/io/chunked-json.js';

const art = (id: string, source: string, title: string, lines: string[], url?: string): Article => ({
  id,
  source,
  title,
  format: 'txt',
  text: lines.join('\n'),
  ...(url ? { url } : {}),
});

// Invented days: a council story that goes on (reworded, one quote repeated, a live page updated overnight), a
// ferry story that does not.
const QUOTE = '“The library stays open until the new building is ready,” councillor Petra Lund said.';
const dayOne = [
  art('a/library-1.txt', 'Alpha', 'Brenholm council votes to move town library', [
    'The council of Brenholm voted on Monday to move the town library into the old post office building.',
    QUOTE,
    'The move will cost about two million crowns, the council said.',
  ]),
  art('b/library-1.txt', 'Beta', 'Brenholm library to move to old post office', [
    'Brenholm councillors voted to move the town library into the former post office.',
    '“The library stays open until the new building is ready,” said councillor Petra Lund.',
  ], 'https://beta.example/library-live'),
  art('a/ferry.txt', 'Alpha', 'Night ferry to Osterby cancelled for the winter', [
    'The night ferry between Brenholm and Osterby will not run from December to March, the operator said.',
    '“Too few people travel at night in winter,” operator spokesman Nils Berg said.',
  ]),
];
const dayTwo = [
  art('c/library-2.txt', 'Gamma', 'Brenholm library move: building work to start in May', [
    'Building work to turn Brenholm’s old post office into the town library will start in May.',
    '“We expect the first readers in the new rooms by Christmas,” councillor Petra Lund said.',
    QUOTE,
  ]),
  art('d/live.txt', 'Beta', 'Library live: what the move means for readers', [
    'Readers will be able to borrow books without interruption while the library moves, the council said.',
  ], 'https://beta.example/library-live'),
  art('e/bus.txt', 'Delta', 'New bus line links Brenholm station and the hospital', [
    'A new bus line between Brenholm station and the hospital starts running on Monday.',
  ]),
];
const previous = buildDigest(dayOne, { date: '2026-05-04' });

describe('continuity.json', () => {
  it('continues a day exactly as the whole previous digest does', () => {
    const bytes = jsonBuffer(continuityFile(previous));
    const continuity = parseContinuity(bytes.toString('utf8'));
    const fromDigest = buildDigest(dayTwo, { date: '2026-05-05', previous });
    const fromContinuity = buildDigest(dayTwo, { date: '2026-05-05', previous: continuity });
    expect(fromContinuity.stories.some((s) => s.continues)).toBe(true);
    expect(fromContinuity.stories.some((s) => s.statements.some((st) => st.isNew === false))).toBe(true);
    expect(JSON.stringify(fromContinuity)).toBe(JSON.stringify(fromDigest));
  });

  it('keeps only what continuing stories read, far smaller than the digest', () => {
    const file = continuityFile(previous);
    expect(Object.keys(file)).toEqual(['format', 'date', 'stories']);
    expect(file.stories.map((s) => s.title)).toEqual(previous.stories.map((s) => s.title));
    expect(file.stories[0]).toEqual({
      title: previous.stories[0]!.title,
      articles: previous.stories[0]!.articles.map((a) => ({ id: a.id, url: a.url })),
      statements: previous.stories[0]!.statements.map((s) => ({ text: s.text, speaker: s.speaker })),
    });
    expect(jsonBuffer(file).length).toBeLessThan(jsonBuffer(previous, { indent: 2 }).length / 2);
    expect(continuityOf(previous)).toEqual({ date: file.date, stories: file.stories });
  });

  it('refuses a damaged or foreign file with the path of the problem, and drops unknown fields', () => {
    const good = continuityFile(previous);
    expect(() => parseContinuity('{')).toThrow(/not JSON/);
    expect(() => parseContinuity(JSON.stringify(previous))).toThrow(/not a continuity\.json: format/);
    expect(() => parseContinuity(JSON.stringify({ ...good, format: 'news-digest/continuity@2' }))).toThrow(/format/);
    expect(() => parseContinuity(JSON.stringify({ ...good, date: '5 May' }))).toThrow(/date/);
    const broken = { ...good, stories: [{ ...good.stories[0]!, statements: [{ text: 1, speaker: null }] }] };
    expect(() => parseContinuity(JSON.stringify(broken), 'x.json')).toThrow(/^x\.json is not a continuity\.json: stories\.0\.statements\.0\.text/);
    const extra = { ...good, secret: 1, stories: good.stories.map((s) => ({ ...s, score: 3 })) };
    expect(parseContinuity(JSON.stringify(extra))).toEqual(continuityOf(previous));
    expect(good.format).toBe(CONTINUITY_FORMAT);
  });
});
