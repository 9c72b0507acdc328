/**
 * Shared by the hostile suite: an in-memory ArticleSource, a few good articles about two invented events, and the
 * real path a day takes (readDay -> buildDigest -> renderEmail -> buildMime) run end to end.
 *
 * Every text here is invented for these tests (places, people and outlets do not exist).
 */
import type { ArticleSource, SourceEntry } from '../../lambdas/io/ports.js';
import { readDay, type Day } from '../../lambdas/digest/read-day.js';
import { buildDigest } from '../../lambdas/pipeline/index.js';
import type { Digest, Story } from '../../lambdas/pipeline/model.js';
import { renderEmail, type RenderedEmail } from '../../lambdas/render/index.js';
import { buildMime } from '../../lambdas/render/mime.js';

export const UNSUBSCRIBE_URL = 'https://digest.example.org/unsubscribe?t=abc';
export const ARCHIVE_URL = 'https://digest.example.org/archive/2031-04-02.html';
export const FROM = '"News Digest" <digest@example.org>';
export const TO = 'reader@example.net';
export const DATE = '2031-04-02';

export type FileBody = string | Uint8Array;

export function bytesOf(body: FileBody): Uint8Array {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/** An ArticleSource over a map of id -> bytes; `sizes` overrides what the listing reports ('unknown': no size). */
export function memorySource(files: ReadonlyMap<string, FileBody>, sizes: ReadonlyMap<string, number | 'unknown'> = new Map()): ArticleSource {
  return {
    async *list() {
      for (const [id, body] of files) {
        // Like S3 and the filesystem, the listing gives a size, unless a case says it does not know it.
        const size = sizes.get(id) ?? bytesOf(body).byteLength;
        const entry: SourceEntry = size === 'unknown' ? { id } : { id, size };
        yield entry;
      }
    },
    async read(id) {
      const body = files.get(id);
      if (body === undefined) throw new Error(`no such file ${id}`);
      return bytesOf(body);
    },
  };
}

/* ---------- good articles: two invented events, three outlets each ---------- */

/** Story A: a ferry runs aground off an invented island. Three outlets, the same quote in other words. */
const FERRY = [
  {
    outlet: 'Quarry Gazette',
    title: 'Ferry runs aground off Tessaly Point, forty passengers brought ashore',
    body: [
      'The passenger ferry Saltwren ran aground on a sandbank off Tessaly Point on Monday evening, and all forty passengers were brought ashore by lifeboat crews.',
      '"Everyone is safe and nobody was hurt, which is what matters tonight," said harbourmaster Odile Brask.',
      'The Saltwren had left Corrow harbour an hour earlier on its regular crossing to the island.',
      'Salvage teams will try to refloat the vessel at high tide on Tuesday morning.',
    ],
  },
  {
    outlet: 'Lantern Daily',
    title: 'Saltwren ferry grounded near Tessaly Point; passengers rescued',
    body: [
      'Lifeboat crews rescued forty passengers after the ferry Saltwren ran aground on a sandbank near Tessaly Point on Monday evening.',
      'Harbourmaster Odile Brask said everyone was safe and that nobody had been hurt.',
      'The ferry was on its regular crossing from Corrow harbour to the island when it grounded.',
      'Salvage crews plan to refloat the Saltwren at high tide on Tuesday.',
    ],
  },
  {
    outlet: 'Pebble Tribune',
    title: 'Forty rescued as Saltwren ferry grounds on sandbank off Tessaly Point',
    body: [
      'Forty passengers were taken off the ferry Saltwren by lifeboat after it grounded on a sandbank off Tessaly Point on Monday evening.',
      '"Everyone is safe and no one was injured, and that is what counts tonight," harbourmaster Odile Brask said.',
      'The vessel had sailed from Corrow harbour about an hour before on its usual island crossing.',
      'A salvage team hopes to refloat the ferry on the Tuesday morning high tide.',
    ],
  },
];

/** Story B: an invented observatory names a comet. */
const COMET = [
  {
    outlet: 'Quarry Gazette',
    title: 'Brindle Hill observatory confirms new comet, named Varnel-Oste',
    body: [
      'Astronomers at the Brindle Hill observatory confirmed on Monday the discovery of a new comet, which will carry the name Varnel-Oste.',
      '"We watched it for eleven nights before we were certain it was a comet," said observatory director Petra Varnel.',
      'The comet will pass closest to the Sun in late autumn and may be visible through binoculars.',
    ],
  },
  {
    outlet: 'Lantern Daily',
    title: 'New comet Varnel-Oste confirmed by Brindle Hill astronomers',
    body: [
      'The Brindle Hill observatory said on Monday that its astronomers had confirmed a new comet, to be named Varnel-Oste.',
      'Observatory director Petra Varnel said the team had watched the object for eleven nights before being certain it was a comet.',
      'The comet should be visible through binoculars when it passes closest to the Sun in late autumn.',
    ],
  },
  {
    outlet: 'Pebble Tribune',
    title: 'Comet Varnel-Oste: Brindle Hill observatory confirms discovery',
    body: [
      'A new comet, Varnel-Oste, was confirmed on Monday by astronomers at the Brindle Hill observatory.',
      '"We followed it for eleven nights before we could be sure it was a comet," observatory director Petra Varnel said.',
      'It will come closest to the Sun in late autumn and could then be seen through binoculars.',
    ],
  },
];

function slug(outlet: string): string {
  return outlet.toLowerCase().replace(/\s+/g, '-');
}

/** The six good files: story A as txt, json and html; story B as json, txt and html (one per outlet). */
export function goodFiles(): Map<string, FileBody> {
  const files = new Map<string, FileBody>();
  const formats = ['txt', 'json', 'html'] as const;
  const add = (event: typeof FERRY, name: string, shift: number) =>
    event.forEach((a, i) => {
      const format = formats[(i + shift) % 3]!;
      files.set(`${slug(a.outlet)}/${name}.${format}`, fileIn(format, a.outlet, a.title, a.body, `https://${slug(a.outlet)}.example/${name}`));
    });
  add(FERRY, 'ferry', 0);
  add(COMET, 'comet', 1);
  return files;
}

export const GOOD_STORIES = {
  ferry: [...goodFiles().keys()].filter((id) => id.includes('/ferry.')),
  comet: [...goodFiles().keys()].filter((id) => id.includes('/comet.')),
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One article as a file of the given format, the way the readers expect it. */
export function fileIn(format: 'txt' | 'json' | 'html', outlet: string, title: string, body: readonly string[], url?: string): string {
  if (format === 'txt') return `${title}\n\n${body.join('\n\n')}\n`;
  if (format === 'json') return JSON.stringify({ title, source: outlet, url, publishedAt: `${DATE}T08:00:00Z`, text: body.join('\n\n') });
  return htmlPage(outlet, title, body, url);
}

export function htmlPage(outlet: string, title: string, body: readonly string[], url?: string): string {
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(outlet)}</title>` +
    `<meta property="og:site_name" content="${escapeHtml(outlet)}">` +
    (url ? `<meta property="og:url" content="${escapeHtml(url)}">` : '') +
    `<meta property="article:published_time" content="${DATE}T08:00:00Z"></head><body>` +
    `<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${escapeHtml(title)}</h1>` +
    body.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `</article></main><footer>Copyright ${escapeHtml(outlet)}</footer></body></html>`
  );
}

/* ---------- the real path ---------- */

export interface DayRun {
  day: Day;
  digest: Digest;
  email: RenderedEmail;
  mime: string;
}

export async function runDay(source: ArticleSource, options: { maxBytes?: number } = {}): Promise<DayRun> {
  const day = await readDay(source, { ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}), concurrency: 4 });
  const digest = buildDigest(day.articles, { date: DATE, skipped: day.skipped });
  return { day, ...(await mailFor(digest)) };
}

/** renderEmail -> buildMime for a digest, the way the Lambda sends it. */
export async function mailFor(digest: Digest): Promise<Omit<DayRun, 'day'>> {
  const email = renderEmail(digest, { unsubscribeUrl: UNSUBSCRIBE_URL, archiveUrl: ARCHIVE_URL });
  const raw = await buildMime({
    from: FROM,
    to: TO,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: { 'List-Unsubscribe': `<${UNSUBSCRIBE_URL}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    date: new Date(Date.UTC(2031, 3, 2, 6, 0, 0)),
    messageId: '<digest-2031-04-02@example.org>',
  });
  return { digest, email, mime: raw.toString('utf8') };
}

/** The story that holds the given article, if any. */
export function storyOf(digest: Digest, id: string): Story | undefined {
  return digest.stories.find((s) => s.articles.some((a) => a.id === id));
}

/** The top-level header block of a MIME message, unfolded, as [name, value] pairs. */
export function topHeaders(mime: string): Array<[string, string]> {
  const end = mime.indexOf('\r\n\r\n');
  const block = end < 0 ? mime : mime.slice(0, end);
  const unfolded = block.replace(/\r\n[ \t]+/g, ' ');
  return unfolded.split('\r\n').map((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon), line.slice(colon + 1).trim()] as [string, string];
  });
}
