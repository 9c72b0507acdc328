/**
 * The days of big news (modes `big` and `ecb`): a few real events, each reported by hundreds of outlets, as on a
 * major news day. Every article is ONE real report of its event (no renaming, no invented variant): 30 % reprint
 * it word for word on another outlet's page (title and sentences as in the source), 70 % reword it (a quarter of
 * the sentences dropped, some swapped, synonyms, an opening phrase moved), and a small share are one-sentence
 * articles (a brief: a title and one sentence; a flash: one sentence and nothing else), real reports the digest must
 * read. The articles spread over the events with a Zipf-like skew, so the biggest event draws a quarter of the day.
 *
 * `big` takes the source events with the most reports (ECB+ clusters, Wikinews clusters, the seeds); `ecb` takes
 * ECB+ only, both events of each topic (two look-alike real events: the precision test), topics with the most
 * reports first. File names say nothing of the event (`outlet/2026-03-14-a000123.txt`): the truth file does.
 */
import { createRng, shuffled } from './prng.js';
import type { SourceEvent, SourceSet } from './sources.js';
import { DEFAULT_REWORD, paragraphsOf, rewordSourced, swapSynonyms, type SourcedSentence } from './reword.js';
import { renderArticle, type ArticleDraft, type Format } from './formats.js';
import { personName } from './boilerplate.js';
import { capSentences, clock, headline, makeOutlets, plainHeadline, slugOf, WIRES } from './shared.js';
import { SourceIds, type ArticleKind } from './truth.js';
import type { DayOptions, GeneratedFile } from './day.js';
import { normalisedWords } from '../../lambdas/pipeline/text/tokens.js';

/** The outlets' retelling: the mixed day's, with a quarter of the sentences dropped. */
const REWORD = { ...DEFAULT_REWORD, drop: 0.25 };

/** A source report ready to print: its title and its sentences with their source ids. */
interface Report {
  title: string | undefined;
  sourced: SourcedSentence[][];
}

/** The `count` events with the most reports (ties by id). */
export function biggestEvents(sources: SourceSet, count: number): SourceEvent[] {
  return [...sources.events].filter((e) => e.docs.length > 0).sort((a, b) => b.docs.length - a.docs.length || (a.id < b.id ? -1 : 1)).slice(0, count);
}

/** ECB+ events (`ecb:<topic>_<ecb|ecbplus>`), both of a topic together, topics with the most reports first, `count` in all. */
export function ecbEvents(sources: SourceSet, count: number): SourceEvent[] {
  const topics = new Map<string, SourceEvent[]>();
  for (const e of sources.events) {
    const m = /^ecb:(\d+)_/.exec(e.id);
    if (m === null || e.docs.length === 0) continue;
    topics.set(m[1]!, [...(topics.get(m[1]!) ?? []), e]);
  }
  const size = (es: SourceEvent[]) => es.reduce((n, e) => n + e.docs.length, 0);
  const ranked = [...topics.entries()].sort(([ta, a], [tb, b]) => Number(b.length >= 2) - Number(a.length >= 2) || size(b) - size(a) || Number(ta) - Number(tb));
  return ranked.flatMap(([, es]) => es.sort((a, b) => (a.id < b.id ? -1 : 1))).slice(0, count);
}

/** Articles per event for `total` articles over `events` ranks, shares 1 / rank^skew, largest remainders rounded up. */
export function zipfCounts(total: number, events: number, skew: number): number[] {
  const weights = Array.from({ length: events }, (_, r) => 1 / Math.pow(r + 1, skew));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let left = total - counts.reduce((a, b) => a + b, 0), k = 0; left > 0; left--, k++) counts[order[k % events]![1]]!++;
  return counts;
}

/** A line that reads as a sentence: a stop at its end and four words in lower case ("May 2, 2013 1:35 pm." is a dateline). */
export function sentenceLike(line: string): boolean {
  return /[.!?]["”’']?$/.test(line.trim()) && line.split(/\s+/).filter((w) => /\p{Ll}/u.test(w)).length >= 4;
}

/**
 * A report's body as another outlet prints it: without its first line when that only repeats the title (ECB+
 * texts open with it), nor the datelines and kickers before its first sentence (the source page's furniture), so
 * the lead every retelling keeps, and a brief's one sentence, is a sentence of the report.
 */
function bodyOf(title: string | undefined, text: string): string[][] {
  const paragraphs = paragraphsOf(text);
  const first = paragraphs[0]?.join(' ');
  const body = title !== undefined && first !== undefined && normalisedWords(first) === normalisedWords(title) ? paragraphs.slice(1) : paragraphs;
  const lead = body.findIndex((p) => sentenceLike(p[0]!));
  return lead < 0 ? [] : body.slice(lead);
}

export function* generateRedundantDay(sources: SourceSet, o: DayOptions & { mode: 'big' | 'ecb' }): Generator<GeneratedFile> {
  const count = o.events ?? 20;
  const events = o.mode === 'ecb' ? ecbEvents(sources, count) : biggestEvents(sources, count);
  if (events.length === 0) throw new Error(`generateDay: the source set has no ${o.mode === 'ecb' ? 'ECB+ ' : ''}events`);
  const date = o.date ?? '2026-03-14';
  const root = createRng(o.seed);
  const outlets = makeOutlets(root.fork('outlets'), o.outlets ?? 400, o.html);
  // Which event is the day's biggest is drawn, not always the one with the most reports.
  const ranked = shuffled(root.fork('events'), events);
  const counts = zipfCounts(o.articles, ranked.length, o.skew ?? 1);
  const schedule = shuffled(root.fork('schedule'), counts.flatMap((c, e) => Array.from({ length: c }, () => e)));
  const rng = root.fork('articles');
  const ids = new SourceIds();
  const reports = new Map<SourceEvent, Report[]>();
  const reportsOf = (e: SourceEvent): Report[] => {
    let r = reports.get(e);
    if (r === undefined) {
      const all = e.docs.map((d) => ({ title: d.title, sourced: capSentences(ids.source(e.id, bodyOf(d.title, d.text))) }));
      reports.set(e, (r = all.filter((x) => x.sourced.length > 0)));
    }
    return r;
  };

  for (let i = 0; i < schedule.length; i++) {
    const e = schedule[i]!;
    const event = ranked[e]!;
    const report = rng.pick(reportsOf(event));
    const outlet = rng.pick(outlets);
    const kind: ArticleKind = rng.chance(o.oneSentenceShare ?? 0.03) ? (rng.chance(0.5) ? 'brief' : 'flash') : rng.chance(o.reprintShare ?? 0.3) ? 'reprint' : 'reword';
    const name = `${date}-a${String(i).padStart(6, '0')}`;
    const texts = (p: SourcedSentence[][]) => p.map((x) => x.map((s) => s.text));
    let sourced: SourcedSentence[][];
    let title: string;
    let format: Format = outlet.format;
    let by = outlet;
    let content: string | null = null;
    if (kind === 'reprint') {
      sourced = report.sourced;
      title = plainHeadline(report.title, texts(sourced));
    } else if (kind === 'reword') {
      sourced = capSentences(rewordSourced(rng, report.sourced, REWORD));
      title = headline(rng, report.title, texts(sourced));
    } else {
      const lead = report.sourced[0]![0]!;
      sourced = [[rng.chance(0.5) ? lead : { text: swapSynonyms(rng, lead.text, DEFAULT_REWORD.synonym), source: lead.source }]];
      title = kind === 'brief' ? headline(rng, report.title, texts(report.sourced)) : sourced[0]![0]!.text;
      if (kind === 'flash' && rng.chance(0.5)) {
        // A wire's feed item: the flash is its headline and its whole text.
        const wire = rng.pick(WIRES);
        by = { name: wire, slug: slugOf(wire), format: 'json' };
        format = 'json';
      } else if (kind === 'flash') {
        // Pasted from a ticker: the one line is the whole file.
        format = 'txt';
        content = `${title}\n`;
      }
    }
    const draft: ArticleDraft = {
      outlet: by.name,
      title,
      paragraphs: texts(sourced),
      url: `https://${by.slug}.example/news/${date}/a${i}`,
      publishedAt: clock(rng, date),
      author: personName(rng),
    };
    content ??= renderArticle(rng, format, draft);
    yield { path: `${by.slug}/${name}.${format}`, content, story: e, role: kind, format, truth: ids.truthOf(event.id, kind, sourced) };
  }
}
