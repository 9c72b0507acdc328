/**
 * Figures in dispute: quantities the articles of one story report with different values ("1,500", "3,000"
 * and "12,000" North Korean troops).
 *
 * Cost is linear in the story's sentences: every quantity goes into one bucket by kind, measure and
 * normalised head noun; only quantities within a bucket are compared, and a bucket holds the few mentions of
 * one kind of thing. Two quantities measure the same thing when their buckets match and their modifiers are
 * compatible (one set contains the other: "troops" fits "North Korean troops", "Ukrainian troops" does not).
 *
 * Two values are in dispute only when different articles report them and no article reports both of them
 * on its own account. An article giving "about a dozen drones" in one place and "three drones" in another
 * shows those are different things (two attacks), not a disagreement; an article relaying two different
 * sources' numbers (different claimants) does not count as reporting both on its own account.
 *
 * Batches and rates ("1,500 soldiers at a time", "40 a day") and increments ("2,000 more troops") are other
 * measures than a total and are only compared with their own kind: a batch size is not a claim about how
 * many there are in all, so flagging it against a total would invent a disagreement.
 */
import type { Article, Figure, FigureValue, Sentence } from '../model.js';
import { sentencesOf } from '../text/sentences.js';
import { PORTER, STOP_WORDS, words, type Stemmer } from '../text/tokens.js';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { ANAPHORIC_HEADS, HEADLESS_KEY, QUALIFIER_PARTS, UNIT_WORDS } from './quantity-words.js';
import { extractQuantities, type Quantity } from './quantities.js';
import { figureTokens } from './figure-tokens.js';
import { sameValue } from './figure-match.js';
import { parseNumberAt } from './numbers.js';
import { DEFAULT_QUANTITY_WINDOWS } from './quantity-phrases.js';

/** One quantity as found in one article. */
interface Mention {
  q: Quantity & { value: number; key: string };
  article: string;
  /** The article's outlet: the claimant of a value nobody is cited for (the outlet's own figure). */
  outlet: string;
  /** Position of the article in the story, for stable ordering. */
  order: number;
  /**
   * Stems of the whole sentence, to place a quantity without modifiers next to the right subject. Computed on
   * first use: only a mention that fits several subjects needs them, and stemming every sentence is costly.
   */
  context: () => readonly string[];
  /** Content stems of the sentence, computed on first use (to place a headless quantity). */
  topic: () => readonly string[];
}

/** The sentence's stems, computed once on first call. */
function lazyStems(text: string, stemmer: Stemmer): () => readonly string[] {
  let stems: readonly string[] | undefined;
  return () => (stems ??= words(text).map((w) => stemmer.stem(w)));
}

/** Who statement attribution says speaks in an article's sentence (by its index), or null. */
export type SpeakerOf = (article: string, sentence: number) => string | null;

/** When two values of one quantity are in dispute. */
export const DEFAULT_DISPUTE_PARAMS = {
  /**
   * Content words a headless quantity's sentence ("the reservoir held barely 22 percent") must share with the
   * sentences of a quantity of the same unit ("the Albesca reservoir was at 31 percent of its capacity") to be read
   * as that quantity: one shared word besides the unit can be chance, two make a subject.
   */
  headlessSharedWords: 2,
  /** Relative difference under which two values, one of them approximate, are the same figure rounded. */
  roundingTolerance: 0.1,
  /** Largest ratio between two values still read as estimates of one quantity. */
  maxRatio: 10,
} as const;

export type DisputeParams = { readonly [K in keyof typeof DEFAULT_DISPUTE_PARAMS]: number };

/**
 * What a sentence is about, for placing a headless quantity: its content words as stems, without numbers, units
 * or speech verbs (every candidate sentence has those). Computed once on first call.
 */
function lazyTopic(text: string, stemmer: Stemmer): () => readonly string[] {
  let stems: readonly string[] | undefined;
  return () => (stems ??= [...new Set(
    words(text).filter((w) => !STOP_WORDS.has(w) && !SPEECH_VERBS.has(w) && !UNIT_WORDS.has(w) && !NOT_TOPIC.has(w) && !/\d/.test(w))
      .map((w) => stemmer.stem(w)),
  )]);
}

/** Words around a number that say nothing of its subject: its qualifier, a percent sign, "the figure". */
const NOT_TOPIC: ReadonlySet<string> = new Set([
  ...QUALIFIER_PARTS.flatMap(([, parts]) => parts), ...ANAPHORIC_HEADS, 'percent', 'per', 'cent', 'pct',
]);

/**
 * A headless quantity (only its unit says what it measures: quantities.ts) joins the quantity of the same unit and
 * measure whose sentences share the most content words with its own, when that one is clear. Otherwise an amount
 * ("20,000 litres") stays among the headless amounts of its unit, compared with one another as one quantity (a
 * story's litres are mostly one substance), while a bare percentage or sum, which could be of anything, is left out.
 */
function placeHeadless(buckets: Map<string, Mention[]>, params: DisputeParams): void {
  for (const [bucket, mentions] of [...buckets]) {
    const [key, measure] = bucket.split('|') as [string, string];
    if (!key.endsWith(`:${HEADLESS_KEY}`)) continue;
    const unit = key.slice(0, -HEADLESS_KEY.length);
    const targets = [...buckets.keys()].filter((b) => b !== bucket && b.startsWith(unit) && b.endsWith(`|${measure}`)).sort();
    const topics = new Map<string, Set<string>>();
    const topicOf = (b: string) => {
      let t = topics.get(b);
      if (!t) topics.set(b, (t = new Set(buckets.get(b)!.flatMap((m) => m.topic()))));
      return t;
    };
    const stay: Mention[] = [];
    for (const m of mentions) {
      const own = m.topic();
      const scored = targets.map((b) => ({ b, shared: own.filter((w) => topicOf(b).has(w)).length }));
      const best = Math.max(0, ...scored.map((x) => x.shared));
      const winners = scored.filter((x) => x.shared === best);
      if (best >= params.headlessSharedWords && winners.length === 1) buckets.get(winners[0]!.b)!.push(m);
      else stay.push(m);
    }
    if (stay.length && key.startsWith('measure:')) buckets.set(bucket, stay);
    else buckets.delete(bucket);
  }
}

/**
 * Figures in dispute among one story's articles. `sentencesByArticle` lets a caller reuse sentences it
 * already split; articles missing from it are split here. `quantities` reads a sentence's figures (a day's
 * QuantityReader remembers them; its answers are never changed here).
 */
export function findFigureDisputes(
  articles: readonly Article[],
  sentencesByArticle?: ReadonlyMap<string, readonly Sentence[]>,
  params: DisputeParams = DEFAULT_DISPUTE_PARAMS,
  stems: Stemmer = PORTER,
  speakerOf?: SpeakerOf,
  quantities: (sentence: string) => readonly Quantity[] = (sentence) => extractQuantities(sentence, DEFAULT_QUANTITY_WINDOWS, stems),
): Figure[] {
  const buckets = new Map<string, Mention[]>();
  articles.forEach((article, order) => {
    const sentences = sentencesByArticle?.get(article.id) ?? sentencesOf(article);
    for (const s of sentences) {
      const found = quantities(s.text);
      if (found.length === 0) continue;
      const context = lazyStems(s.text, stems);
      const topic = lazyTopic(s.text, stems);
      // The sentence's speaker as attribution resolved it (statements/: "the state-owned operator" is "Calvera Rail"
      // when the article named it) names a value's claimant better than the words the figure reader saw.
      const speaker = speakerOf?.(article.id, s.index) ?? null;
      for (const read of found) {
        if (read.vague || read.value === null || read.key === null) continue;
        const q = speaker && /\p{Lu}/u.test(speaker) && speaker !== read.claimant ? { ...read, claimant: speaker } : read;
        const bucket = `${q.key}|${q.measure}`;
        let list = buckets.get(bucket);
        if (!list) buckets.set(bucket, (list = []));
        list.push({ q: q as Mention['q'], article: article.id, outlet: article.source, order, context, topic });
      }
    }
  });
  placeHeadless(buckets, params);

  const figures: Figure[] = [];
  for (const bucket of [...buckets.keys()].sort()) {
    for (const group of groupByModifiers(buckets.get(bucket)!)) {
      const figure = disputeOf(group, params);
      if (figure) figures.push(figure);
    }
  }
  // Most-reported first; subject then first value break ties so the order never depends on Map internals.
  const reach = (f: Figure) => new Set(f.values.flatMap((v) => v.articles)).size;
  figures.sort((a, b) => reach(b) - reach(a) || a.subject.localeCompare(b.subject) || a.values[0]!.value - b.values[0]!.value);
  return figures;
}

const setKey = (mods: readonly string[]) => mods.join(' ');

function isSubset(a: readonly string[], b: readonly string[]): boolean {
  return a.every((m) => b.includes(m));
}

/** Does the sentence mention the modifier, in any inflection ("North Korea" for "korean")? */
function contextHas(context: readonly string[], modifier: string): boolean {
  return context.some((w) => w === modifier || (w.length >= 4 && modifier.length >= 4 && (w.startsWith(modifier) || modifier.startsWith(w))));
}

/**
 * Split one bucket into groups of compatible modifiers. Each mention joins the maximal modifier set that
 * contains its own; when several do ("troops" under both "Ukrainian troops" and "Russian troops"), the one
 * its sentence names wins, and with no clear winner it stays alone rather than be guessed into a dispute.
 */
function groupByModifiers(mentions: readonly Mention[]): Mention[][] {
  const sets = new Map<string, readonly string[]>();
  for (const m of mentions) sets.set(setKey(m.q.modifiers), m.q.modifiers);
  const all = [...sets.values()];
  const maximal = all.filter((s) => !all.some((t) => t.length > s.length && isSubset(s, t)));
  maximal.sort((a, b) => setKey(a).localeCompare(setKey(b)));

  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const own = m.q.modifiers;
    const candidates = maximal.filter((s) => isSubset(own, s));
    let target: readonly string[] = own;
    if (candidates.length === 1) {
      target = candidates[0]!;
    } else if (candidates.length > 1) {
      const scored = candidates.map((s) => ({ s, score: s.filter((x) => !own.includes(x) && contextHas(m.context(), x)).length }));
      const best = Math.max(...scored.map((x) => x.score));
      const winners = scored.filter((x) => x.score === best);
      if (best > 0 && winners.length === 1) target = winners[0]!.s;
    }
    const key = setKey(target);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(m);
  }
  return [...groups.keys()].sort().map((k) => groups.get(k)!);
}

interface ValueInfo {
  value: number;
  approximate: boolean;
  /** Article ids in story order. */
  articles: Map<string, number>;
  texts: Map<string, number>;
  claimants: string[];
  /** Outlets printing the value, in story order: its claimants when no article cites anyone for it. */
  outlets: string[];
  /** Claimants by article, to tell an article's own figures from figures it relays. */
  claimantsByArticle: Map<string, Set<string | null>>;
}

function valuesOf(group: readonly Mention[]): ValueInfo[] {
  const byValue = new Map<number, ValueInfo>();
  for (const m of group) {
    let v = byValue.get(m.q.value);
    if (!v) {
      v = { value: m.q.value, approximate: false, articles: new Map(), texts: new Map(), claimants: [], outlets: [], claimantsByArticle: new Map() };
      byValue.set(m.q.value, v);
    }
    v.approximate ||= m.q.approximate;
    if (!v.articles.has(m.article)) v.articles.set(m.article, m.order);
    const text = normaliseText(m.q.text);
    v.texts.set(text, (v.texts.get(text) ?? 0) + 1);
    if (m.q.claimant) addClaimant(v.claimants, m.q.claimant);
    if (!v.outlets.includes(m.outlet)) v.outlets.push(m.outlet);
    let cs = v.claimantsByArticle.get(m.article);
    if (!cs) v.claimantsByArticle.set(m.article, (cs = new Set()));
    cs.add(m.q.claimant);
  }
  return [...byValue.values()].sort((a, b) => a.value - b.value);
}

/**
 * Adds a claimant unless the list already names it: "Rescue Service" after "Sorrel Valley Fire and Rescue Service"
 * is the same body named short (a name ending another's words), and the longer name replaces the shorter.
 */
function addClaimant(list: string[], claimant: string): void {
  const lower = claimant.toLowerCase();
  const endsWith = (long: string, short: string) => long === short || long.endsWith(` ${short}`);
  if (list.some((c) => endsWith(c.toLowerCase(), lower))) return;
  const shorter = list.findIndex((c) => endsWith(lower, c.toLowerCase()));
  if (shorter >= 0) list[shorter] = claimant;
  else list.push(claimant);
}

/** "At least 40" at a sentence start reads "at least 40" inside a list of values. */
function normaliseText(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Would an article reporting both values be reporting them on its own account (not relaying two sources)? */
function reportsBoth(a: ValueInfo, b: ValueInfo): boolean {
  for (const [article, ca] of a.claimantsByArticle) {
    const cb = b.claimantsByArticle.get(article);
    if (!cb) continue;
    const relayed = [...ca].every((c) => c !== null) && [...cb].every((c) => c !== null)
      && [...ca].every((c) => !cb.has(c));
    if (!relayed) return true;
  }
  return false;
}

/**
 * Two values that could be estimates of one thing: not the same figure rounded, and within a factor of a few
 * (1,500 vs 12,000; police vs organisers' crowd counts); three against 10,000 are counts of different things that
 * share a noun.
 */
function comparable(a: ValueInfo, b: ValueInfo, p: DisputeParams): boolean {
  // The same figure, or one approximate value within rounding of the other ("about 300" and "312").
  if (sameValue(a, b, p.roundingTolerance)) return false;
  const lo = Math.min(a.value, b.value);
  const hi = Math.max(a.value, b.value);
  return lo > 0 && hi / lo <= p.maxRatio;
}

function inDispute(a: ValueInfo, b: ValueInfo, p: DisputeParams): boolean {
  if (!comparable(a, b, p)) return false;
  // Different articles must stand behind the two values.
  return [...a.articles.keys()].some((x) => [...b.articles.keys()].some((y) => x !== y));
}

function disputeOf(group: readonly Mention[], p: DisputeParams): Figure | null {
  const values = valuesOf(group);
  if (values.length < 2) return null;
  // An article giving two different values on its own account shows the group holds several things
  // (two attacks, two players' points): comparing across articles would then pair unrelated numbers.
  // Only values that could be paired count: 20 homes in the upper town beside 310 flooded homes is no estimate of
  // the same thing (maxRatio), and never shown against it.
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      if (comparable(values[i]!, values[j]!, p) && reportsBoth(values[i]!, values[j]!)) return null;
    }
  }
  const disputed = new Set<ValueInfo>();
  // Values per group are few (a handful of distinct numbers for one thing), so pairs of values are cheap.
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      if (inDispute(values[i]!, values[j]!, p)) {
        disputed.add(values[i]!);
        disputed.add(values[j]!);
      }
    }
  }
  if (disputed.size < 2) return null;
  const out: FigureValue[] = values
    .filter((v) => disputed.has(v))
    .map((v) => {
      const fv: FigureValue = {
        value: v.value,
        text: mostCommon(v.texts),
        articles: [...v.articles.entries()].sort((x, y) => x[1] - y[1]).map(([id]) => id),
      };
      // A value no article cites anyone for is the outlets' own figure: they are who claims it.
      const claimants = v.claimants.length ? v.claimants : v.outlets;
      if (claimants.length) fv.claimedBy = claimants.join('; ');
      return fv;
    });
  return { subject: subjectOf(group), values: out };
}

/** The most frequent key; ties go to the first seen (Map keeps insertion order, which follows story order). */
function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** The readable subject: the most frequent wording among the most specific mentions. */
function subjectOf(group: readonly Mention[]): string {
  const most = Math.max(...group.map((m) => m.q.modifiers.length));
  const counts = new Map<string, number>();
  for (const m of group) {
    if (m.q.modifiers.length !== most || !m.q.subject) continue;
    const s = m.q.subject;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return mostCommon(counts) || (group[0]!.q.subject ?? group[0]!.q.head ?? 'figure');
}

/**
 * Does a text (a headline) state one of the disputed values of `figures`? Undefined when nothing is disputed, so a
 * caller does no work on most stories.
 */
export function statesDisputedValue(figures: readonly Figure[]): ((text: string) => boolean) | undefined {
  const disputed = new Set(figures.flatMap((f) => f.values.map((v) => v.value)));
  if (disputed.size === 0) return undefined;
  // Any number of the headline counts, counted noun or not: "2,000 out of their homes" states a side as plainly.
  return (text) => {
    const toks = figureTokens(text);
    for (let i = 0; i < toks.length; i++) {
      const n = parseNumberAt(toks, i);
      if (n?.value != null && disputed.has(n.value)) return true;
    }
    return false;
  };
}
