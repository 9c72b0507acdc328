/** What both day generators (day.ts: mixed, redundant.ts: big and ecb) draw their outlets, headlines and times with. */
import { shuffled, type Rng } from './prng.js';
import { swapSynonyms } from './reword.js';
import type { Format } from './formats.js';

export interface Outlet {
  name: string;
  slug: string;
  format: Format;
}

const PLACES = ['Ashwell', 'Brennick', 'Calder', 'Dunmere', 'Eastby', 'Fallow', 'Greystone', 'Holloway', 'Ironbridge', 'Juniper', 'Kestrel', 'Larkspur', 'Marlow', 'Northfield', 'Oakham', 'Pembry', 'Quarry', 'Rookwood', 'Saltmarsh', 'Thornbury'];
const PAPERS = ['Times', 'Herald', 'Courier', 'Post', 'Ledger', 'Gazette', 'Chronicle', 'Observer', 'Tribune', 'Journal', 'Sentinel', 'Echo'];
/** Editions that multiply the names for a day of hundreds of outlets ("Evening Calder Post"). */
const EDITIONS = ['', 'Daily ', 'Evening ', 'Sunday '];
export const WIRES = ['Continental Newswire', 'Meridian Press Service', 'Union Wire Agency'];

/** Longest report kept, in sentences: a few corpus documents are whole transcripts. */
const MAX_SENTENCES = 45;

export function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * `count` outlets; up to 240 (the mixed day's 120) from place x paper, more with editions (at most 960). With
 * `html` false, an outlet that would publish web pages pastes text instead (the same draws: the day is otherwise
 * the same), for the figure of a day of JSON and text alone.
 */
export function makeOutlets(rng: Rng, count: number, html = true): Outlet[] {
  const pool = (count <= PLACES.length * PAPERS.length ? [''] : EDITIONS).flatMap((e) => PLACES.flatMap((p) => PAPERS.map((w) => `${e}${p} ${w}`)));
  const names = shuffled(rng, pool).slice(0, count);
  // Formats as operators see them: pasted text most often, then web pages, then JSON exports.
  return names.map((name) => {
    const format = rng.pick<Format>(['txt', 'txt', 'txt', 'html', 'html', 'json']);
    return { name, slug: slugOf(name), format: format === 'html' && !html ? 'txt' : format };
  });
}

/** The first `MAX_SENTENCES` sentences of a report. */
export function capSentences<T>(paragraphs: readonly T[][]): T[][] {
  let left = MAX_SENTENCES;
  const out: T[][] = [];
  for (const p of paragraphs) {
    if (left <= 0) break;
    out.push(p.slice(0, left));
    left -= p.length;
  }
  return out;
}

/** The report's own title, else its first twelve words. */
export function plainHeadline(title: string | undefined, paragraphs: readonly (readonly string[])[]): string {
  return title ?? (paragraphs[0]?.[0] ?? 'News').split(/\s+/).slice(0, 12).join(' ').replace(/[,.;:]$/, '');
}

/** An outlet's headline: the plain one, reworded three times in ten. */
export function headline(rng: Rng, title: string | undefined, paragraphs: readonly (readonly string[])[]): string {
  const base = plainHeadline(title, paragraphs);
  return rng.chance(0.3) ? swapSynonyms(rng, base, 0.5) : base;
}

export function clock(rng: Rng, date: string, from = 0): string {
  const minute = rng.int(from, 23 * 60 + 59);
  return `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;
}

export function minuteOf(iso: string): number {
  return Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
}
