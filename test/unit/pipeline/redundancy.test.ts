/**
 * Correct at any scale: the invariants a big news day must keep, on generated days small enough for CI. Two
 * invented events, each told by many outlets: some reprint a report word for word (a wire copy under another
 * outlet's name), most reword it (sentences dropped and reordered, words swapped, an opening phrase moved), a few
 * send a headline-only flash. Whatever the number of reports:
 *  - no two statements of one story share their normalised text;
 *  - a sentence carried by k independent reports and m copies is one statement naming all k + m articles;
 *  - an event told by hundreds of reworded and copied articles is one story, and the two events stay apart;
 *  - every article is in exactly one story, and none with text is skipped.
 * No timing is asserted: the bench measures speed.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Digest } from '../../../lambdas/pipeline/model.js';
import { buildDigest } from '../../../lambdas/pipeline/index.js';
import { readArticle } from '../../../lambdas/pipeline/articles/index.js';
import { normalisedWords } from '../../../lambdas/pipeline/text/tokens.js';
import { createRng, type Rng } from '../../../bench/generator/prng.js';
import { reword } from '../../../bench/generator/reword.js';

/** Two invented events (no real people or places), as a report's paragraphs of sentences. */
const EVENTS: Record<string, { title: string; paragraphs: string[][] }> = {
  dam: {
    title: 'Engineers open the Vessel Dam spillway as the Orran river rises',
    paragraphs: [
      ['Engineers opened the spillway of the Vessel Dam on Tuesday after three days of heavy rain raised the Orran river to a record level.'],
      [
        'About 2,400 residents of the lower valley were told to leave their homes before nightfall.',
        '“The dam is sound, but we will not take any chances with the water still rising,” said regional governor Talia Brennick.',
        'The river authority said the reservoir held more water than at any time since the dam was finished in 1981.',
      ],
      [
        'Schools in Kellow and Marrin Ford will stay closed until Friday, the education office announced.',
        'Volunteers filled sandbags along the western bank through the night while police closed two bridges.',
        '“We have enough shelter for every family that needs it tonight,” Brennick told reporters at the control room.',
      ],
      ['Forecasters expect the rain to ease on Thursday, but warned that the river would keep rising for another day.'],
    ],
  },
  mine: {
    title: 'Rescuers reach eleven miners trapped at the Halden copper pit',
    paragraphs: [
      ['Rescue teams reached eleven miners trapped underground at the Halden copper pit after a tunnel collapsed early on Monday.'],
      [
        'All of the miners were alive and were being brought to the surface one at a time, the mine operator said.',
        '“The men were calm and asked first for water and then for news of their families,” said rescue chief Odile Marsh.',
        'The collapse happened about 300 metres below ground, in a section that was being widened for new equipment.',
      ],
      [
        'Two of the miners were taken to hospital in Dunvale with broken bones, a hospital spokesman said.',
        'Labour inspectors will examine the tunnel supports on Wednesday before any work resumes.',
        '“Nobody goes back down until we know exactly why that roof came down,” Marsh said.',
      ],
    ],
  },
};

interface Generated {
  articles: Article[];
  /** Article id -> its event. */
  eventOf: Map<string, string>;
}

function render(rng: Rng, event: string, paragraphs: readonly (readonly string[])[], i: number, outlet: string): Article {
  const title = EVENTS[event]!.title;
  return {
    id: `${outlet}/${event}-${i}.txt`,
    source: outlet,
    format: 'txt',
    title: rng.chance(0.3) ? `${title} (update)` : title,
    text: paragraphs.map((p) => p.join(' ')).join('\n'),
  };
}

/** `perEvent` articles for each event: a share reprinted verbatim, most reworded, a few headline-only flashes. */
function generate(perEvent: number, seed: number): Generated {
  const rng = createRng(seed);
  const articles: Article[] = [];
  const eventOf = new Map<string, string>();
  for (const [event, { title, paragraphs }] of Object.entries(EVENTS)) {
    for (let i = 0; i < perEvent; i++) {
      const outlet = `Outlet ${rng.int(1, 400)} ${event}-${i}`;
      const roll = rng.next();
      const article =
        roll < 0.02
          ? { id: `${outlet}/${event}-${i}.json`, source: outlet, format: 'json' as const, title, text: title }
          : render(rng, event, roll < 0.3 ? paragraphs : reword(rng, paragraphs, { drop: 0.25, swap: 0.15, synonym: 0.35, clause: 0.3 }), i, outlet);
      articles.push(article);
      eventOf.set(article.id, event);
    }
  }
  return { articles, eventOf };
}

function duplicateTexts(digest: Digest): string[] {
  const out: string[] = [];
  for (const story of digest.stories) {
    const seen = new Set<string>();
    for (const s of story.statements) {
      const key = normalisedWords(s.text);
      if (seen.has(key)) out.push(`${story.title}: ${s.text}`);
      seen.add(key);
    }
  }
  return out;
}

describe('a big news day', () => {
  const { articles, eventOf } = generate(150, 7);
  const digest = buildDigest(articles, { date: '2026-11-10' });

  it('puts every article in exactly one story, one story per event, the two events apart', () => {
    const placed = digest.stories.flatMap((s) => s.articles.map((a) => a.id));
    expect(placed.length).toBe(articles.length);
    expect(new Set(placed).size).toBe(articles.length);
    for (const story of digest.stories) expect(new Set(story.articles.map((a) => eventOf.get(a.id))).size).toBe(1);
    expect(digest.stories.length).toBe(2);
  });

  it('states each sentence once per story', () => {
    expect(duplicateTexts(digest)).toEqual([]);
  });

  it('gives a sentence every article that printed it, word for word', () => {
    const sentence = 'About 2,400 residents of the lower valley were told to leave their homes before nightfall.';
    const carrying = articles.filter((a) => a.text.includes(sentence)).map((a) => a.id);
    expect(carrying.length).toBeGreaterThan(50);
    const holders = digest.stories.flatMap((s) => s.statements).filter((s) => s.variants.some((v) => v.text === sentence));
    expect(holders).toHaveLength(1);
    expect(holders[0]!.articles).toEqual(expect.arrayContaining(carrying));
  });

  it('keeps a quotation one statement with one speaker, however many outlets carry it', () => {
    const quote = holdersOf(digest, 'Nobody goes back down until we know exactly why that roof came down');
    expect(quote).toHaveLength(1);
    expect(quote[0]!.speaker).toBe('Odile Marsh');
  });
});

describe('copies and reports of one sentence', () => {
  const lead = EVENTS.dam!.paragraphs[0]![0]!;
  const other = EVENTS.dam!.paragraphs[1]!;
  // k independent reports carry the lead among other sentences; m outlets reprint one of them word for word.
  const k = 5;
  const m = 60;
  const reports: Article[] = Array.from({ length: k }, (_, i) => ({
    id: `report-${i}.txt`,
    source: `Report ${i}`,
    format: 'txt',
    text: [lead, ...other.slice(0, 1 + (i % other.length))].join('\n'),
  }));
  const copies: Article[] = Array.from({ length: m }, (_, i) => ({ ...reports[0]!, id: `copy-${i}.txt`, source: `Copy ${i}` }));
  const digest = buildDigest([...reports, ...copies], { date: '2026-11-10' });

  it('is one statement carried by all k + m articles', () => {
    const holders = digest.stories.flatMap((s) => s.statements).filter((s) => normalisedWords(s.text) === normalisedWords(lead));
    expect(holders).toHaveLength(1);
    expect(new Set(holders[0]!.articles).size).toBe(k + m);
    expect(duplicateTexts(digest)).toEqual([]);
  });
});

describe('reports without a sentence of prose', () => {
  it('reads a headline-only flash, a one-line brief and a wire item whose title is its text as reports, never as empty', () => {
    const flash = readArticle({ id: 'wire/flash.txt', bytes: new TextEncoder().encode('Rescuers reach eleven miners trapped at the Halden copper pit\n\nAdvertisement\n') });
    const brief = readArticle({ id: 'wire/brief.json', bytes: new TextEncoder().encode(JSON.stringify({ text: 'Vessel Dam spillway opened as Orran river rises' })) });
    const sentence = 'Rescue teams reached eleven miners trapped underground at the Halden copper pit.';
    const wire = readArticle({ id: 'wire/item.json', bytes: new TextEncoder().encode(JSON.stringify({ title: sentence, text: sentence })) });
    expect(flash.ok && flash.article.text).toBe('Rescuers reach eleven miners trapped at the Halden copper pit');
    expect(brief.ok && brief.article.text).toBe('Vessel Dam spillway opened as Orran river rises');
    expect(wire.ok && wire.article.text).toBe(sentence);
  });
});

function holdersOf(digest: Digest, words: string) {
  return digest.stories.flatMap((s) => s.statements).filter((s) => s.variants.some((v) => v.text.includes(words)));
}
