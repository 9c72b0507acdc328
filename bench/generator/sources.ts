/**
 * The material the benchmark day is made of: real events, each with one or more real reports, read from the
 * shared corpora (never copied into the repo). ECB+ gives many short reports per event, Wikinews gives longer
 * source articles per event, the seeds give one press conference reported by five outlets.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface SourceDoc {
  title?: string;
  text: string;
}

/** One real-world event and the reports of it the corpora hold. */
export interface SourceEvent {
  id: string;
  docs: SourceDoc[];
}

export interface SourceSet {
  events: SourceEvent[];
}

export class MissingCorporaError extends Error {}

/** Reports shorter than this are mostly headlines or fetch errors: useless as a body. */
const MIN_DOC_CHARS = 400;

function jsonl(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function doc(title: unknown, text: unknown): SourceDoc | null {
  const body = str(text);
  if (body === undefined || body.length < MIN_DOC_CHARS) return null;
  const t = str(title);
  return t === undefined ? { text: body } : { title: t, text: body };
}

/** Events in a fixed order (by id), so the same corpora always give the same day. */
export function loadSources(corporaDir: string): SourceSet {
  const need = ['ecbplus/docs.jsonl', 'wikinews_mds_sample/clusters.jsonl', 'seeds'];
  const missing = need.filter((p) => !existsSync(path.join(corporaDir, p)));
  if (missing.length) {
    throw new MissingCorporaError(
      `the benchmark builds its day from the shared corpora, but ${path.resolve(corporaDir)} lacks ${missing.join(', ')}.\n` +
        `Put the corpora at ../shared/corpora (relative to the project root) or pass --corpora DIR.`,
    );
  }
  const byEvent = new Map<string, SourceDoc[]>();
  const add = (id: string, d: SourceDoc | null) => {
    if (d === null) return;
    const list = byEvent.get(id) ?? [];
    list.push(d);
    byEvent.set(id, list);
  };

  for (const rec of jsonl(path.join(corporaDir, 'ecbplus/docs.jsonl')) as Record<string, unknown>[]) {
    add(`ecb:${String(rec.cluster)}`, doc(rec.title, rec.text));
  }
  for (const rec of jsonl(path.join(corporaDir, 'wikinews_mds_sample/clusters.jsonl')) as Record<string, unknown>[]) {
    const docs = Array.isArray(rec.docs) ? (rec.docs as Record<string, unknown>[]) : [];
    // English only: the pipeline's stemmer and stop words are English, a day of mixed languages is not the target.
    for (const d of docs) if (d.lang === 'en') add(`wiki:${String(rec.id)}`, doc(d.title, d.text));
  }
  const seedsDir = path.join(corporaDir, 'seeds');
  for (const name of readdirSync(seedsDir).sort()) {
    if (name.endsWith('.txt')) add('seeds', doc(undefined, readFileSync(path.join(seedsDir, name), 'utf8')));
  }

  const events = [...byEvent.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, docs]) => ({ id, docs }));
  return { events };
}
