/**
 * Continuing stories: which of today's stories ran in the previous digest, and which of their statements the
 * reader has already seen.
 *
 * A story continues a previous one when they share an article (same id or URL: a live page updated overnight) or
 * when their profiles (title + top statements, names weighted above common words, numbers below because counts
 * change from one day to the next) have an IDF-weighted cosine at or above CONTINUES_COSINE. Candidates come from an
 * inverted index over the previous stories' terms, so each story is compared with a few previous ones, not all.
 * A statement is old when a previous statement of the matched story says the same (the StatementComparer, the merge
 * decision), again found through an index over stems.
 */
import * as z from 'zod';
import type { Digest, Statement } from './model.js';
import type { Continuity, ContinuityStatement, ContinuityStory } from './continuity.js';
import { articleTerms, type TermKind } from './stories/terms.js';
import { sameSpeaker } from './statements/match.js';
import { contentStems, normalisedWords, type Stemmer } from './text/tokens.js';
import { DayContext } from './day-context.js';
import { cosine, type TermVector } from './text/term-vector.js';
import { CandidateIndex } from './text/candidate-index.js';
import { parseValidatedJson } from './validated-json.js';

/** Profile cosine at or above which a story continues a previous one. */
export const CONTINUES_COSINE = 0.35;
/** Statements per story that make its profile (the ranked head says what the story is about). */
const PROFILE_STATEMENTS = 6;
const KIND_WEIGHT: Record<TermKind, number> = { name: 2, word: 1, number: 0.5 };
/** Rarest terms of a story looked up in the index; previous stories compared per story. */
const LOOKUP_TERMS = 12;
const MAX_CANDIDATES = 8;

/** What a story is compared on: enough of a Story to be built before ranking is final. */
export interface StoryProfileInput {
  title: string;
  articles: ReadonlyArray<{ id: string; url?: string | null }>;
  statements: ReadonlyArray<Pick<Statement, 'text'>>;
}

type Vector = TermVector;

function profileTerms(s: StoryProfileInput, stems: Stemmer): Vector {
  const text = s.statements.slice(0, PROFILE_STATEMENTS).map((x) => x.text).join('\n');
  const v: Vector = new Map();
  for (const t of articleTerms({ title: s.title, text }, { leadWeight: 1, leadChars: 0 }, stems)) {
    v.set(`${t.kind === 'number' ? '#' : ''}${t.term}`, Math.log(1 + t.count) * KIND_WEIGHT[t.kind]);
  }
  return v;
}

export interface Continuation {
  date: string;
  story: ContinuityStory;
  /** The cosine of the two profiles (1 for a shared article). */
  score: number;
}

export interface ContinuationIndex {
  /** The previous story this one continues, or null. */
  find(story: StoryProfileInput): Continuation | null;
}

/**
 * Indexes the previous digest's stories once; find() then costs a few comparisons per story. Reads only what
 * Continuity holds, so a Digest and its continuity.json give the same results.
 */
export function indexPreviousDigest(previous: Continuity, context: DayContext = new DayContext()): ContinuationIndex {
  const profile = (s: StoryProfileInput): Vector => profileTerms(s, context.stems);
  const stories = previous.stories;
  const vectors = stories.map(profile);
  const index = new CandidateIndex(stories.length);
  vectors.forEach((v, i) => {
    for (const t of v.keys()) index.add(i, index.terms.id(t));
  });
  const n = stories.length;
  const df = (t: string): number => {
    const id = index.terms.find(t);
    return id === undefined ? 0 : index.frequency(id);
  };
  // Smoothed IDF over the previous day's stories: a term every story shares ("said") weighs little.
  const idf = (t: string): number => Math.log(1 + (n + 1) / (1 + df(t)));
  const weighted = (v: Vector): Vector => new Map([...v].map(([t, x]) => [t, x * idf(t)] as const));
  const prevWeighted = vectors.map(weighted);
  const byArticle = new Map<string, number>();
  stories.forEach((s, i) => {
    for (const a of s.articles) {
      byArticle.set(`id:${a.id}`, i);
      if (a.url) byArticle.set(`url:${a.url}`, i);
    }
  });

  return {
    find(story) {
      for (const a of story.articles) {
        const hit = byArticle.get(`id:${a.id}`) ?? (a.url ? byArticle.get(`url:${a.url}`) : undefined);
        if (hit !== undefined) return { date: previous.date, story: stories[hit]!, score: 1 };
      }
      const v = weighted(profile(story));
      const lookup = index.rarest(knownTerms(index, v.keys()), LOOKUP_TERMS);
      let best: Continuation | null = null;
      for (const i of index.candidates(lookup, { limit: MAX_CANDIDATES })) {
        const score = cosine(v, prevWeighted[i]!);
        if (score >= CONTINUES_COSINE && (!best || score > best.score)) best = { date: previous.date, story: stories[i]!, score };
      }
      return best;
    },
  };
}

/** The ids of the terms the index holds, in the order given (terms it has never seen propose nothing). */
function knownTerms(index: CandidateIndex, terms: Iterable<string>): number[] {
  const out: number[] = [];
  for (const t of terms) {
    const id = index.terms.find(t);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/**
 * A test "was this said before?" over the previous story's statements: candidates share at least two of the
 * statement's content stems (inverted index), then the merge decision compares them; speakers that are both known
 * and differ are different statements.
 */
export function previousStatements(
  previous: readonly ContinuityStatement[],
  context: DayContext = new DayContext(),
): (s: Pick<Statement, 'text' | 'speaker'>) => boolean {
  const { comparer } = context;
  const stems = previous.map((p) => new Set(contentStems(p.text, context.stems)));
  const exact = new Map<string, number[]>();
  previous.forEach((p, i) => {
    const key = normalisedWords(p.text);
    exact.set(key, [...(exact.get(key) ?? []), i]);
  });
  const speakersAgree = (s: Pick<Statement, 'speaker'>, p: ContinuityStatement): boolean =>
    !s.speaker || !p.speaker || sameSpeaker(s.speaker, p.speaker);
  const index = new CandidateIndex(previous.length);
  stems.forEach((set, i) => {
    for (const s of set) index.add(i, index.terms.id(s));
  });
  return (s) => {
    if ((exact.get(normalisedWords(s.text)) ?? []).some((i) => speakersAgree(s, previous[i]!))) return true;
    const candidates = index.candidates(knownTerms(index, new Set(contentStems(s.text, context.stems))), { minScore: 2, limit: MAX_CANDIDATES });
    return candidates.some((i) => {
      const p = previous[i]!;
      return speakersAgree(s, p) && comparer.compare(s.text, p.text).duplicate;
    });
  };
}

/* ---------- reading a previous digest.json (untrusted: validated, with a clear error) ---------- */

const statementSchema = z.object({
  text: z.string(),
  kind: z.enum(['quote', 'claim']),
  speaker: z.string().nullable(),
  articles: z.array(z.string()),
  variants: z.array(z.object({ article: z.string(), text: z.string() })),
  sources: z.array(z.string()),
  score: z.number(),
  key: z.boolean(),
  independent: z.number().optional(),
  wording: z.enum(['verbatim', 'paraphrase']).nullable().optional(),
  onlyIn: z.string().nullable().optional(),
  isNew: z.boolean().optional(),
});

const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      copyOf: z.string().nullable().optional(),
      publishedAt: z.string().nullable().optional(),
    }),
  ),
  statements: z.array(statementSchema),
  figures: z.array(
    z.object({
      subject: z.string(),
      values: z.array(z.object({ value: z.number(), text: z.string(), articles: z.array(z.string()), claimedBy: z.string().optional() })),
    }),
  ),
  outlets: z.number().optional(),
  continues: z.object({ date: z.string(), title: z.string() }).nullable().optional(),
});

const digestSchema = z.object({
  schemaVersion: z.literal(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  stats: z.object({
    articles: z.number(),
    stories: z.number(),
    outlets: z.number(),
    statementsMerged: z.number(),
    skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
  }),
  stories: z.array(storySchema),
});

/** A previous digest.json, parsed and validated; throws an Error naming the first problems when malformed. */
export function parseDigest(json: string, name = 'previous digest'): Digest {
  return parseValidatedJson(digestSchema, json, name, 'digest.json') as Digest;
}
