/** `npm run digest`: a local folder in, digest.json / .html / .txt / .eml out. */
import { FsArticleSource } from '../io/fs-source.js';
import { FsArchive } from '../io/fs-archive.js';
import { runDigest } from '../digest/run.js';
import { defaultWorkers } from '../parallel/digest-pool.js';
import { buildMime } from '../render/mime.js';
import { progressBar } from './progress.js';
import { access, readFile } from 'node:fs/promises';
import { parseDigest } from '../pipeline/continuing.js';
import type { Digest } from '../pipeline/model.js';
import path from 'node:path';

export interface DigestCommandOptions {
  articles: string;
  out: string;
  date?: string;
  fallbackDate: string;
  from: string;
  to: string;
  /** An earlier digest.json to mark continuing stories against. */
  previous?: string;
  /** Worker threads (runDigest's `workers`); omitted: chosen from the folder's size (autoWorkers). */
  workers?: number;
}

/**
 * Below this many files the workers' start-up (each its own V8 heap, its own load of the pipeline: ~0.3 s CPU
 * apiece) costs more than the parallel share saves, so a small folder such as samples/ runs in one thread.
 */
export const MIN_FILES_FOR_WORKERS = 200;

/** The default for --workers: the available cores for a big folder, one thread for a small one. */
export async function autoWorkers(source: FsArticleSource): Promise<number> {
  let files = 0;
  for await (const _ of source.list()) if (++files >= MIN_FILES_FOR_WORKERS) return defaultWorkers();
  return 1;
}

/** Locally there is no unsubscribe endpoint: the email carries a placeholder so the layout is the real one. */
export const LOCAL_UNSUBSCRIBE_URL = 'https://example.com/unsubscribe';

export async function runDigestCommand(o: DigestCommandOptions): Promise<number> {
  try {
    await access(o.articles);
  } catch {
    throw new Error(`no articles folder at ${o.articles} (give one with --articles DIR)`);
  }
  const previous = o.previous ? await readPrevious(o.previous) : undefined;
  const source = new FsArticleSource(o.articles);
  const workers = o.workers ?? (await autoWorkers(source));
  const progress = progressBar('reading');
  const { digest, email } = await runDigest({
    source,
    date: o.date,
    fallbackDate: o.fallbackDate,
    ...(previous ? { previous } : {}),
    read: { onProgress: (done, total) => progress.update(done, total) },
    workers,
    // Locally the archived copy is out/digest.html itself: no web address to link to.
    links: { unsubscribeUrl: LOCAL_UNSUBSCRIBE_URL },
  });
  progress.finish();

  const mime = await buildMime({
    from: o.from,
    to: o.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: {
      'List-Unsubscribe': `<${LOCAL_UNSUBSCRIBE_URL}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  });
  const archive = new FsArchive(o.out);
  await archive.put('digest.json', JSON.stringify(digest, null, 2) + '\n', 'application/json');
  await archive.put('digest.html', email.html, 'text/html; charset=utf-8');
  await archive.put('digest.txt', email.text, 'text/plain; charset=utf-8');
  await archive.put('digest.eml', mime, 'message/rfc822');

  const s = digest.stats;
  const rel = path.relative(process.cwd(), o.out) || '.';
  process.stdout.write(
    `${digest.date}: ${s.articles} articles from ${s.outlets} outlets -> ${s.stories} stories, ` +
      `${s.statementsMerged} statements merged, ${s.skipped.length} skipped; ` +
      (previous ? `${digest.stories.filter((st) => st.continues).length} continuing from ${previous.date}; ` : '') +
      `wrote ${rel}/digest.{json,html,txt,eml}\n`,
  );
  return 0;
}

/** Reads and validates --previous FILE before any work, so a wrong file fails fast with a clear message. */
async function readPrevious(file: string): Promise<Digest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new Error(`no previous digest at ${file} (give an earlier digest.json with --previous FILE)`);
  }
  return parseDigest(text, `--previous ${file}`);
}
