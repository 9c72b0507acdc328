/**
 * A realistic day of N articles from a set of real events: many stories, several outlets per story each retelling
 * one of the event's real reports in its own words, wire stories republished verbatim by other outlets, a share
 * of single-outlet stories, boilerplate everywhere, the three input formats. Pure and seeded: the same sources,
 * N and seed always give the same files, byte for byte.
 */
import { createRng, hashSeed, shuffled, type Rng } from './prng.js';
import type { SourceEvent, SourceSet } from './sources.js';
import { paragraphsOf, reword, swapSynonyms } from './reword.js';
import { namesIn, variantText } from './variants.js';
import { renderArticle, type ArticleDraft, type Format } from './formats.js';
import { personName } from './boilerplate.js';

/**
 * Bumped whenever the generated day changes for the same corpora, N and seed: results made by different
 * generator versions measure different days, and bench/compare.ts says so.
 */
export const GENERATOR_VERSION = 2;

export interface DayOptions {
  articles: number;
  seed: number;
  /** The day covered, YYYY-MM-DD. */
  date?: string;
  /** Share of stories only one outlet reports (default 0.3). */
  singleOutletShare?: number;
  /** Chance that a story of three or more outlets starts from a wire report others republish (default 0.4). */
  wireShare?: number;
  /** Outlets in the day (default 120). */
  outlets?: number;
}

export type Role = 'report' | 'wire' | 'copy';

export interface GeneratedFile {
  /** Relative path, `outlet-slug/name.ext`: the folder names the outlet, as an operator's drop would. */
  path: string;
  content: string;
  /** Index of the story (the real-world event variant) the article reports. */
  story: number;
  role: Role;
  format: Format;
}

interface Outlet {
  name: string;
  slug: string;
  format: Format;
}

const PLACES = ['Ashwell', 'Brennick', 'Calder', 'Dunmere', 'Eastby', 'Fallow', 'Greystone', 'Holloway', 'Ironbridge', 'Juniper', 'Kestrel', 'Larkspur', 'Marlow', 'Northfield', 'Oakham', 'Pembry', 'Quarry', 'Rookwood', 'Saltmarsh', 'Thornbury'];
const PAPERS = ['Times', 'Herald', 'Courier', 'Post', 'Ledger', 'Gazette', 'Chronicle', 'Observer', 'Tribune', 'Journal', 'Sentinel', 'Echo'];
const WIRES = ['Continental Newswire', 'Meridian Press Service', 'Union Wire Agency'];

/** Longest report kept, in sentences: a few corpus documents are whole transcripts. */
const MAX_SENTENCES = 45;

function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function makeOutlets(rng: Rng, count: number): Outlet[] {
  const names = shuffled(rng, PLACES.flatMap((p) => PAPERS.map((w) => `${p} ${w}`))).slice(0, count);
  // Formats as operators see them: pasted text most often, then web pages, then JSON exports.
  return names.map((name) => ({ name, slug: slugOf(name), format: rng.pick<Format>(['txt', 'txt', 'txt', 'html', 'html', 'json']) }));
}

/** Outlets per story: 1 for a share of stories, else 2 or more with a long tail (a big story draws many). */
function outletCount(rng: Rng, singleShare: number): number {
  if (rng.chance(singleShare)) return 1;
  return Math.min(16, 2 + Math.floor(-Math.log(1 - rng.next()) * 3));
}

function capSentences(paragraphs: string[][]): string[][] {
  let left = MAX_SENTENCES;
  const out: string[][] = [];
  for (const p of paragraphs) {
    if (left <= 0) break;
    out.push(p.slice(0, left));
    left -= p.length;
  }
  return out;
}

function headline(rng: Rng, title: string | undefined, paragraphs: string[][]): string {
  const base = title ?? (paragraphs[0]?.[0] ?? 'News').split(/\s+/).slice(0, 12).join(' ').replace(/[,.;:]$/, '');
  return rng.chance(0.3) ? swapSynonyms(rng, base, 0.5) : base;
}

function clock(rng: Rng, date: string, from = 0): string {
  const minute = rng.int(from, 23 * 60 + 59);
  return `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00Z`;
}

function minuteOf(iso: string): number {
  return Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
}

/** Background sentences for story `s`: the opening of another event's first report, renamed for the variant. */
function backgroundOf(order: readonly SourceEvent[], s: number, event: SourceEvent, variant: number, namesOf: (e: SourceEvent) => Set<string>): string[] {
  // Hashed per story: consecutive variants of one event get different partners.
  const at = hashSeed(`background${s}`) % order.length;
  let partner = order[at]!;
  if (partner === event) partner = order[(at + 1) % order.length]!;
  if (partner === event) return [];
  return paragraphsOf(variantText(partner.docs[0]!.text, variant, namesOf(partner))).flat().slice(0, 4);
}

export function* generateDay(sources: SourceSet, o: DayOptions): Generator<GeneratedFile> {
  const events = sources.events.filter((e) => e.docs.length > 0);
  if (events.length === 0) throw new Error('generateDay: the source set has no documents');
  const date = o.date ?? '2026-03-14';
  const root = createRng(o.seed);
  const outlets = makeOutlets(root.fork('outlets'), o.outlets ?? 120);
  const order = shuffled(root.fork('events'), events);
  let written = 0;
  // Names per event, found once: every variant of the event renames the same words.
  const eventNames = new Map<SourceEvent, Set<string>>();
  const namesOf = (e: SourceEvent) => {
    let names = eventNames.get(e);
    if (names === undefined) eventNames.set(e, (names = namesIn(e.docs.map((d) => `${d.title ?? ''}\n${d.text}`))));
    return names;
  };

  for (let s = 0; written < o.articles; s++) {
    const rng = root.fork(`story${s}`);
    const event = order[s % order.length] as SourceEvent;
    const variant = Math.floor(s / order.length);
    const k = outletCount(rng, o.singleOutletShare ?? 0.3);
    const cast = shuffled(rng, outlets).slice(0, k);
    const copies = k >= 3 && rng.chance(o.wireShare ?? 0.4) ? rng.int(1, Math.min(3, k - 2)) : 0;
    const firstDoc = rng.int(0, event.docs.length - 1);
    const sid = `s${String(s).padStart(6, '0')}`;
    const names = namesOf(event);
    // A variant also carries a few sentences of background from another event, the same for all its outlets:
    // variants of one event then differ in more than names, as two real stories of one kind do (two floods
    // have different histories), instead of being one story the clustering could only tell apart by names.
    const context = variant === 0 ? [] : backgroundOf(order, s, event, variant, namesOf);
    // A report retold by several outlets is renamed and split once per story.
    const split = new Map<number, string[][]>();
    const paragraphsFor = (d: number) => {
      let p = split.get(d);
      if (p === undefined) split.set(d, (p = paragraphsOf(variantText(event.docs[d]!.text, variant, names))));
      return p;
    };

    const draft = (j: number, outlet: string, slug: string, at: string): ArticleDraft => {
      const d = (firstDoc + j) % event.docs.length;
      const title = event.docs[d]!.title;
      const paragraphs = capSentences(reword(rng, context.length ? [...paragraphsFor(d), context] : paragraphsFor(d)));
      return {
        outlet,
        title: headline(rng, title === undefined ? undefined : variantText(title, variant, names), paragraphs),
        paragraphs,
        url: `https://${slug}.example/news/${date}/${sid}-${j}`,
        publishedAt: at,
        author: personName(rng),
      };
    };
    const emit = (outlet: Outlet | null, d: ArticleDraft, j: number, role: Role): GeneratedFile => {
      const format: Format = outlet?.format ?? 'json'; // wires deliver structured feeds
      const slug = outlet?.slug ?? slugOf(d.outlet);
      written++;
      return { path: `${slug}/${date}-${sid}-${j}.${format}`, content: renderArticle(rng, format, d), story: s, role, format };
    };

    let j = 0;
    if (copies > 0) {
      // The wire report, then outlets republishing it word for word under their own name and page.
      const wire = rng.pick(WIRES);
      const w = draft(j, wire, slugOf(wire), clock(rng, date, 0));
      yield emit(null, w, j++, 'wire');
      for (let c = 0; c < copies && written < o.articles; c++) {
        const outlet = cast[c]!;
        const at = clock(rng, date, Math.min(23 * 60 + 59, minuteOf(w.publishedAt) + 5));
        yield emit(outlet, { ...w, outlet: outlet.name, url: `https://${outlet.slug}.example/news/${date}/${sid}-${j}`, publishedAt: at, author: w.author }, j++, 'copy');
      }
    }
    for (const outlet of cast.slice(copies)) {
      if (written >= o.articles) break;
      yield emit(outlet, draft(j, outlet.name, outlet.slug, clock(rng, date)), j++, 'report');
    }
  }
}
