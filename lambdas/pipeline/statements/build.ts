/**
 * A story's statements: sentences -> attributed units -> merged groups -> ranked Statement objects (model.ts).
 */
import type { Article, Sentence, Statement } from '../model.js';
import { sentencesOf } from '../text/sentences.js';
import type { Compare } from './match.js';
import { mergeStatements } from './merge.js';
import { rankStatements } from './rank.js';

export interface BuildOptions {
  /** The pair decision (default compareStatements); injectable for tests and instrumentation. */
  compare?: Compare;
  /** Key statements wanted; default from the story size. */
  keyCount?: number;
  /** How an article becomes sentences (default sentencesOf). */
  sentences?: (article: Article) => Sentence[];
}

/**
 * Statements of ONE story, ranked (highest score first), `key` set on the ones to show.
 * `copies` maps a copy's article id to its original's id: copies add no corroboration.
 */
export function buildStatements(articles: readonly Article[], copies: ReadonlyMap<string, string> = new Map(), opts: BuildOptions = {}): Statement[] {
  const split = opts.sentences ?? sentencesOf;
  const order = articles.map((a) => a.id);
  const sourceOf = new Map(articles.map((a) => [a.id, a.source] as const));
  const groups = mergeStatements(
    articles.flatMap((a) => split(a)),
    { articleOrder: order, ...(opts.compare ? { compare: opts.compare } : {}) },
  );
  const ranked = rankStatements(groups, {
    copies,
    sourceOf,
    ...(opts.compare ? { compare: opts.compare } : {}),
    ...(opts.keyCount !== undefined ? { keyCount: opts.keyCount } : {}),
  });
  return ranked.map(({ group, score, key }) => ({
    text: group.text,
    kind: group.kind,
    speaker: group.speaker,
    articles: group.articles,
    variants: group.variants,
    sources: [...new Set(group.articles.map((id) => sourceOf.get(id) ?? id))],
    score,
    key,
  }));
}

/** The statement to open a story with: the best key quote with a speaker, else the best statement. */
export function leadStatement(statements: readonly Statement[]): Statement | null {
  return statements.find((s) => s.key && s.kind === 'quote' && s.speaker !== null) ?? statements[0] ?? null;
}

/** Sentences folded into a statement carried by another article (DigestStats.statementsMerged). */
export function mergedSentenceCount(statements: readonly Statement[]): number {
  return statements.reduce((n, s) => n + Math.max(0, s.variants.length - 1), 0);
}
