/** `npm run digest`: a local folder in, digest.json / .html / .txt / .eml out. */
import { FsArticleSource } from '../io/fs-source.js';
import { FsArchive } from '../io/fs-archive.js';
import { runDigest } from '../digest/run.js';
import { defaultWorkers } from '../parallel/digest-pool.js';
import { buildMime } from '../render/mime.js';
import { progressBar } from './progress.js';
import { access, readFile, stat } from 'node:fs/promises';
import { parseDigest } from '../pipeline/continuing.js';
import { continuityFile, continuityOf, parseContinuity, type Continuity } from '../pipeline/continuity.js';
import { jsonChunks } from '../io/chunked-json.js';
import { CONTINUITY_JSON, DIGEST_JSON } from '../shared/bucket-layout.js';
import path from 'node:path';

export interface DigestCommandOptions {
  articles: string;
  out: string;
  date?: string;
  fallbackDate: string;
  from: string;
  to: string;
  /** An earlier digest.json (its continuity.json beside it is read when there is one) or continuity.json. */
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
  // In chunks: one string of a large day's digest.json would pass V8's string limit (io/chunked-json.ts).
  await archive.put(DIGEST_JSON, jsonChunks(digest, { indent: 2, finalNewline: true }), 'application/json');
  // What the next day's --previous needs (pipeline/continuity.ts), the same bytes as the Lambda archives.
  await archive.put(CONTINUITY_JSON, jsonChunks(continuityFile(digest)), 'application/json');
  await archive.put('digest.html', email.html, 'text/html; charset=utf-8');
  await archive.put('digest.txt', email.text, 'text/plain; charset=utf-8');
  await archive.put('digest.eml', mime, 'message/rfc822');

  const s = digest.stats;
  const rel = path.relative(process.cwd(), o.out) || '.';
  process.stdout.write(
    `${digest.date}: ${s.articles} articles from ${s.outlets} outlets -> ${s.stories} stories, ` +
      `${s.statementsMerged} statements merged, ${s.skipped.length} skipped; ` +
      (previous ? `${digest.stories.filter((st) => st.continues).length} continuing from ${previous.date}; ` : '') +
      `wrote ${rel}/digest.{json,html,txt,eml} and ${CONTINUITY_JSON}\n`,
  );
  return 0;
}

/**
 * Reads and validates --previous FILE before any work, so a wrong file fails fast with a clear message. For a
 * digest.json, the continuity.json written beside it is read instead when there is one: a fraction of the size, and
 * a large day's digest.json may be too big for one string at all. The digest.json itself is read (with a warning)
 * when that continuity.json is older than it (a run that stopped between writing the two) or does not validate;
 * folders written before continuity.json existed have only digest.json. Either file gives the same Continuity.
 */
async function readPrevious(file: string): Promise<Continuity> {
  if (path.basename(file) === DIGEST_JSON) {
    const beside = path.join(path.dirname(file), CONTINUITY_JSON);
    const besideAge = await stat(beside).catch(() => undefined);
    if (besideAge) {
      const digestAge = await stat(file).catch(() => undefined);
      if (digestAge && besideAge.mtimeMs < digestAge.mtimeMs) warn(`${beside} is older than ${file}: reading ${DIGEST_JSON}`);
      else {
        try {
          return parseContinuity(await readText(beside), `--previous ${beside}`);
        } catch (err) {
          warn(`${err instanceof Error ? err.message : String(err)}: reading ${file} instead`);
        }
      }
    }
  }
  const text = await readText(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ERR_STRING_TOO_LONG' || err.code === 'ERR_FS_FILE_TOO_LARGE') {
      throw new Error(`--previous ${file} is too large to read (${err.message}): give the ${CONTINUITY_JSON} written beside it`);
    }
    throw new Error(`no previous digest at ${file} (give an earlier digest.json or ${CONTINUITY_JSON} with --previous FILE)`);
  });
  // continuity.json opens with its format marker (continuityFile); anything else is read as a digest.json.
  if (/^\s*\{\s*"format"\s*:/.test(text.slice(0, 64))) return parseContinuity(text, `--previous ${file}`);
  return continuityOf(parseDigest(text, `--previous ${file}`));
}

const warn = (message: string) => process.stderr.write(`digest: warning: ${message}\n`);
const readText = (file: string) => readFile(file, 'utf8');
