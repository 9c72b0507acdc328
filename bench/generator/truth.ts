/**
 * What the generator knows about the day it writes, and the bench measures the digest against: for every article
 * the story (event) it reports, and for every sentence it emits the source sentence it came from and whether it is
 * verbatim. Kept OUTSIDE the day folder (the CLI reads every file of that folder as an article), as JSON lines
 * beside it: `<dir>.truth.jsonl`.
 *
 * A sentence is matched to the digest by its normalised words (lambdas/pipeline/text/tokens.ts normalisedWords),
 * per article: the truth stores a 32-bit hash of them, not the text (a 100,000-article day would repeat its whole
 * text otherwise). Two sentences of one article with equal hashes are taken for one (a 32-bit collision inside one
 * article: negligible).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalisedWords } from '../../lambdas/pipeline/text/tokens.js';
import { hashString32 } from '../../lambdas/pipeline/text/minhash.js';
import type { SourcedSentence } from './reword.js';

/**
 * How an article came to be. mixed: `report` (an outlet retells one of the event's reports), `wire` (a wire
 * service's report), `copy` (an outlet republishing the wire report). big and ecb: `reprint` (one source document
 * word for word on another outlet's page), `reword` (an outlet's retelling of one source document), `brief` (a
 * title and one sentence), `flash` (one sentence, nothing else: a headline-only wire flash).
 */
export type ArticleKind = 'report' | 'wire' | 'copy' | 'reprint' | 'reword' | 'brief' | 'flash';

export interface SentenceTruth {
  /** Id of the source sentence (unique in the day): one per distinct normalised sentence of an event or story. */
  source: number;
  /** The emitted sentence has the source sentence's normalised words. */
  verbatim: boolean;
  /** sentenceHash of the emitted sentence. */
  hash: number;
}

export interface ArticleTruth {
  /** The story (real-world event) the article reports: mixed `s000123`, big and ecb the source event's id. */
  story: string;
  kind: ArticleKind;
  /** The sentences of its body, in order (the title is not a statement and is not listed). */
  sentences: SentenceTruth[];
}

/** Article id (path relative to the day folder, `/` separators) -> its truth. */
export type DayTruth = Map<string, ArticleTruth>;

/** The 32-bit hash of a sentence's normalised words: how an emitted sentence and a digest variant are matched. */
export function sentenceHash(text: string): number {
  return hashString32(normalisedWords(text));
}

/**
 * Source sentence ids, one per distinct normalised sentence within a scope (an event, or a story of the mixed
 * day): the same sentence in two reports of one event is one source. Ids stay unique across scopes.
 */
export class SourceIds {
  private count = 0;
  private readonly scopes = new Map<string, Map<string, number>>();
  private readonly keys = new Map<number, string>();

  /** The paragraphs with each sentence's source id. */
  source(scope: string, paragraphs: readonly (readonly string[])[]): SourcedSentence[][] {
    let ids = this.scopes.get(scope);
    if (ids === undefined) this.scopes.set(scope, (ids = new Map()));
    return paragraphs.map((p) =>
      p.map((text) => {
        const key = normalisedWords(text);
        let id = ids.get(key);
        if (id === undefined) {
          ids.set(key, (id = this.count++));
          this.keys.set(id, key);
        }
        return { text, source: id };
      }),
    );
  }

  /** Forgets a finished scope's sentences (memory on a 100,000-article day); its ids are never reused. */
  close(scope: string): void {
    for (const id of this.scopes.get(scope)?.values() ?? []) this.keys.delete(id);
    this.scopes.delete(scope);
  }

  /** The truth of an article emitting these paragraphs (sources still open). */
  truthOf(story: string, kind: ArticleKind, paragraphs: readonly (readonly SourcedSentence[])[]): ArticleTruth {
    return {
      story,
      kind,
      sentences: paragraphs.flat().map((s) => {
        const key = normalisedWords(s.text);
        return { source: s.source, verbatim: key === this.keys.get(s.source), hash: hashString32(key) };
      }),
    };
  }
}

/** Where a day folder's truth lives: beside the folder, never in it. */
export function truthPath(dayDir: string): string {
  return `${dayDir.replace(/[\\/]+$/, '')}.truth.jsonl`;
}

interface TruthLine {
  id: string;
  story: string;
  kind: ArticleKind;
  /** Source ids, one per sentence. */
  s: number[];
  /** '1' verbatim, '0' reworded, one character per sentence. */
  v: string;
  /** sentenceHash per sentence. */
  h: number[];
}

/** Writes a day's truth as JSON lines: a header, then one line per article in the order given. */
export function writeTruth(file: string, header: Record<string, unknown>, articles: Iterable<[string, ArticleTruth]>): void {
  const lines = [JSON.stringify({ truth: 1, ...header })];
  for (const [id, t] of articles) {
    const line: TruthLine = {
      id,
      story: t.story,
      kind: t.kind,
      s: t.sentences.map((x) => x.source),
      v: t.sentences.map((x) => (x.verbatim ? '1' : '0')).join(''),
      h: t.sentences.map((x) => x.hash),
    };
    lines.push(JSON.stringify(line));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

export function readTruth(file: string): DayTruth {
  const truth: DayTruth = new Map();
  const lines = readFileSync(file, 'utf8').split('\n');
  if (!lines[0]?.startsWith('{"truth":1')) throw new Error(`${file}: not a bench truth file (version 1)`);
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as TruthLine;
    truth.set(r.id, { story: r.story, kind: r.kind, sentences: r.s.map((source, i) => ({ source, verbatim: r.v[i] === '1', hash: r.h[i]! })) });
  }
  return truth;
}
