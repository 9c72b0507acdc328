/**
 * A realistic day of N articles from a set of real events: many stories, several outlets per story each retelling
 * one of the event's real reports in its own words, wire stories republished verbatim by other outlets, a share
 * of single-outlet stories, boilerplate everywhere, the three input formats. Pure and seeded: the same sources,
 * N and seed always give the same files, byte for byte.
 */
import { createRng, hashSeed, shuffled, type Rng } from './prng.js';
import type { SourceEvent, SourceSet } from './sources.js';
import { paragraphsOf, rewordSourced, type SourcedSentence } from './reword.js';
import { namesIn, variantText } from './variants.js';
import { renderArticle, type ArticleDraft, type Format } from './formats.js';
import { personName } from './boilerplate.js';
import { capSentences, clock, headline, makeOutlets, minuteOf, slugOf, WIRES, type Outlet } from './shared.js';
import { SourceIds, type ArticleKind, type ArticleTruth } from './truth.js';
import { generateRedundantDay } from './redundant.js';

/**
 * Bumped whenever the generated day of a mode changes for the same corpora, N and seed: results made by different
 * generator versions measure different days, and bench/compare.ts says so.
 */
export const GENERATOR_VERSIONS = { mixed: 3, big: 1, ecb: 1 } as const;
/** The mixed day's version (results written before the modes carry only this one). */
export const GENERATOR_VERSION = GENERATOR_VERSIONS.mixed;

/**
 * - `mixed`: many stories, most with a few outlets (event variants give thousands of distinct stories), wire copies;
 * - `big`: a major news day: a few events (the source events with the most reports) each told by hundreds of
 *   outlets, every article one real report reprinted verbatim or reworded (redundant.ts);
 * - `ecb`: the same construction from ECB+ only, both look-alike events of each topic (the precision test).
 */
export type DayMode = keyof typeof GENERATOR_VERSIONS;
export const DAY_MODES: readonly DayMode[] = ['mixed', 'big', 'ecb'];

export interface DayOptions {
  articles: number;
  seed: number;
  /** Default `mixed`: the day the bench always generated, byte for byte. */
  mode?: DayMode;
  /** The day covered, YYYY-MM-DD. */
  date?: string;
  /** mixed: share of stories only one outlet reports (default 0.3). */
  singleOutletShare?: number;
  /** mixed: chance that a story of three or more outlets starts from a wire report others republish (default 0.4). */
  wireShare?: number;
  /** Outlets in the day (default 120 for mixed, 400 for big and ecb). */
  outlets?: number;
  /** big and ecb: events in the day (default 20; ecb takes both events of the topics with the most reports). */
  events?: number;
  /** big and ecb: the events' shares of the articles follow 1 / rank^skew (default 1, Zipf). */
  skew?: number;
  /** big and ecb: share of articles reprinting their report word for word (default 0.3; the others reword it). */
  reprintShare?: number;
  /** big and ecb: share of one-sentence articles, briefs and flashes (default 0.03). */
  oneSentenceShare?: number;
  /** False: no web pages, the outlets that would publish them paste text (default true; see makeOutlets). */
  html?: boolean;
}

export type Role = ArticleKind;

export interface GeneratedFile {
  /** Relative path, `outlet-slug/name.ext`: the folder names the outlet, as an operator's drop would. */
  path: string;
  content: string;
  /** Index of the story (the real-world event variant) the article reports. */
  story: number;
  role: Role;
  format: Format;
  /** The story's id and each emitted sentence's source: what the bench measures the digest against. */
  truth: ArticleTruth;
}

/** Outlets per story: 1 for a share of stories, else 2 or more with a long tail (a big story draws many). */
function outletCount(rng: Rng, singleShare: number): number {
  if (rng.chance(singleShare)) return 1;
  return Math.min(16, 2 + Math.floor(-Math.log(1 - rng.next()) * 3));
}

/**
 * Background sentences for story `s`: the opening of another event's first report, renamed as no story of the day is
 * (BACKGROUND_VARIANTS + s: its own names, also apart from every other story's background), so it is history of the
 * same kind (an earlier flood), not another of today's stories. Renamed for the story's own variant, it was the
 * partner story's lead word for word in every article of both stories (each was the other's partner): half of each
 * article told the other story, and no reader could say which story such an article belongs to.
 */
const BACKGROUND_VARIANTS = 1_000_000;
function backgroundOf(order: readonly SourceEvent[], s: number, event: SourceEvent, variant: number, namesOf: (e: SourceEvent) => Set<string>): string[] {
  // Hashed per story: consecutive variants of one event get different partners.
  const at = hashSeed(`background${s}`) % order.length;
  let partner = order[at]!;
  if (partner === event) partner = order[(at + 1) % order.length]!;
  if (partner === event) return [];
  return paragraphsOf(variantText(partner.docs[0]!.text, BACKGROUND_VARIANTS + s, namesOf(partner))).flat().slice(0, 4);
}

/** An article draft with each sentence's source. */
type SourcedDraft = ArticleDraft & { sourced: SourcedSentence[][] };

/** The day of `o.mode` (default mixed): pure and seeded, files in the order they are written. */
export function generateDay(sources: SourceSet, o: DayOptions): Generator<GeneratedFile> {
  const mode = o.mode ?? 'mixed';
  if (!DAY_MODES.includes(mode)) throw new Error(`generateDay: unknown mode ${String(mode)} (${DAY_MODES.join(', ')})`);
  return mode === 'mixed' ? generateMixedDay(sources, o) : generateRedundantDay(sources, { ...o, mode });
}

function* generateMixedDay(sources: SourceSet, o: DayOptions): Generator<GeneratedFile> {
  const events = sources.events.filter((e) => e.docs.length > 0);
  if (events.length === 0) throw new Error('generateDay: the source set has no documents');
  const ids = new SourceIds();
  const date = o.date ?? '2026-03-14';
  const root = createRng(o.seed);
  const outlets = makeOutlets(root.fork('outlets'), o.outlets ?? 120, o.html);
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
    const context = variant === 0 ? [] : ids.source(sid, [backgroundOf(order, s, event, variant, namesOf)])[0]!;
    // A report retold by several outlets is renamed and split once per story.
    const split = new Map<number, SourcedSentence[][]>();
    const paragraphsFor = (d: number) => {
      let p = split.get(d);
      if (p === undefined) split.set(d, (p = ids.source(sid, paragraphsOf(variantText(event.docs[d]!.text, variant, names)))));
      return p;
    };

    const draft = (j: number, outlet: string, slug: string, at: string): SourcedDraft => {
      const d = (firstDoc + j) % event.docs.length;
      const title = event.docs[d]!.title;
      const sourced = capSentences(rewordSourced(rng, context.length ? [...paragraphsFor(d), context] : paragraphsFor(d)));
      const paragraphs = sourced.map((p) => p.map((x) => x.text));
      return {
        outlet,
        title: headline(rng, title === undefined ? undefined : variantText(title, variant, names), paragraphs),
        paragraphs,
        sourced,
        url: `https://${slug}.example/news/${date}/${sid}-${j}`,
        publishedAt: at,
        author: personName(rng),
      };
    };
    const emit = (outlet: Outlet | null, d: SourcedDraft, j: number, role: Role): GeneratedFile => {
      const format: Format = outlet?.format ?? 'json'; // wires deliver structured feeds
      const slug = outlet?.slug ?? slugOf(d.outlet);
      written++;
      const content = renderArticle(rng, format, d);
      return { path: `${slug}/${date}-${sid}-${j}.${format}`, content, story: s, role, format, truth: ids.truthOf(sid, role, d.sourced) };
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
    ids.close(sid);
  }
}
