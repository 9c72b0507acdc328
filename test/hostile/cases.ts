/**
 * The bad inputs of issue 7, generated here (nothing large is committed). Each case is one file and the outcome
 * it must have: skipped with a reason matching `reason`, or cleaned and included (then `check` looks at the
 * article). Every text is invented.
 */
import type { Article } from '../../lambdas/pipeline/model.js';
import { htmlPage, type FileBody } from './day.js';

export type Outcome =
  | { skipped: RegExp }
  | { included: (article: Article) => void };

export interface BadInput {
  kind: string;
  id: string;
  body: FileBody;
  /** What the listing says the size is (to test the cap without allocating the bytes). */
  listedSize?: number | 'unknown';
  outcome: Outcome;
}

/** A small deterministic PRNG (mulberry32): the same bytes on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(n: number, seed: number, lo = 0, hi = 255): Uint8Array {
  const next = prng(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + Math.floor(next() * (hi - lo + 1));
  return out;
}

/** Invented words for filler text: no real names, nothing from any corpus. */
export const VOCABULARY = (
  'harbour council ferry lantern quarry orchard meadow signal bridge tunnel market river valley observatory comet ' +
  'engineer mayor festival library railway station budget report storm pier lighthouse warden farmer ' +
  'opened closed announced repaired delayed measured confirmed promised rejected visited counted'
).split(' ');

function filler(words: number, seed: number): string {
  const next = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
  return out.join(' ');
}

/** A short ordinary article body, so encoding cases have something real to decode. */
const PLAIN_BODY = [
  'The Wexmoor town council voted on Thursday to reopen the old Ashgrove footbridge after six months of repairs.',
  'Engineers replaced the rusted cables and repainted the deck, the council said in a statement.',
  '"The bridge is safe again and people can walk to the market as they used to," councillor Ilka Demmer said.',
].join('\n\n');
const PLAIN_TITLE = 'Wexmoor council reopens Ashgrove footbridge after repairs';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 + i * 2] = endian === 'le' ? lo : hi;
    out[3 + i * 2] = endian === 'le' ? hi : lo;
  }
  return out;
}

/** Windows-1252 bytes: ASCII as is, plus the handful of non-ASCII characters the case uses. */
function cp1252(text: string): Uint8Array {
  const table: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '–': 0x96, '€': 0x80, 'é': 0xe9, 'ü': 0xfc };
  return Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const article = (title: string, text = PLAIN_BODY) => `${title}\n\n${text}\n`;
const json = (value: unknown) => JSON.stringify(value);
const expectText = (needle: string | RegExp) => (a: Article) => {
  const ok = typeof needle === 'string' ? a.text.includes(needle) : needle.test(a.text);
  if (!ok) throw new Error(`${a.id}: expected the text to contain ${String(needle)}, got ${JSON.stringify(a.text.slice(0, 200))}`);
};
const expectNo = (pattern: RegExp, fields: Array<keyof Article> = ['text', 'title', 'source', 'url', 'author']) => (a: Article) => {
  for (const f of fields) {
    const v = a[f];
    if (typeof v === 'string' && pattern.test(v)) throw new Error(`${a.id}: field ${f} still matches ${pattern}: ${JSON.stringify(v.slice(0, 200))}`);
  }
};
const all = (...checks: Array<(a: Article) => void>) => (a: Article) => checks.forEach((c) => c(a));

const EMPTY = /empty/i;
const BINARY = /binary/i;
const TOO_LARGE = /too large/i;
const MALFORMED_JSON = /malformed JSON/i;
const INVALID_JSON = /invalid JSON article/i;
const NO_ARTICLE = /no article text/i;
const TOO_DEEP = /nested too deeply/i;

/** Nesting `depth` elements deep, with a real paragraph at the bottom. */
function deepHtml(depth: number, tag: string): string {
  return `<!DOCTYPE html><html><head><title>Deep</title></head><body>${`<${tag}>`.repeat(depth)}<p>${PLAIN_BODY}</p>${`</${tag}>`.repeat(depth)}</body></html>`;
}

const BIDI = '\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff\u00ad';

/** The size cap the suite runs readDay with: small enough that a case can exceed it cheaply. */
export const SIZE_CAP = 2 * 1024 * 1024;

export function badInputs(): BadInput[] {
  const cases: BadInput[] = [];
  const add = (kind: string, id: string, body: FileBody, outcome: Outcome, listedSize?: number | 'unknown') =>
    cases.push({ kind, id: `hostile/${id}`, body, outcome, ...(listedSize !== undefined ? { listedSize } : {}) });

  // Empty and whitespace-only files, in each format.
  for (const ext of ['txt', 'json', 'html']) add('empty', `empty.${ext}`, '', { skipped: EMPTY });
  add('whitespace-only', 'spaces.txt', '   \t  \n\n \r\n  ', { skipped: EMPTY });
  add('whitespace-only', 'nbsp.txt', '\u00a0\u2003\u3000\n\u00a0', { skipped: EMPTY });
  add('whitespace-only', 'invisible-only.txt', `${ZERO_WIDTH}${BIDI}\n${ZERO_WIDTH}`, { skipped: EMPTY });
  add('whitespace-only', 'spaces.json', '  \n\t ', { skipped: EMPTY });
  add('whitespace-only', 'bom-only.txt', Uint8Array.from([0xef, 0xbb, 0xbf]), { skipped: EMPTY });

  // Binary data saved with a text extension.
  add('binary', 'random.txt', randomBytes(4096, 1), { skipped: BINARY });
  add('binary', 'random.html', randomBytes(4096, 2), { skipped: BINARY });
  add('binary', 'png-header.json', concat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(2000, 3)), { skipped: BINARY });
  add('binary', 'controls-no-nul.txt', randomBytes(3000, 4, 1, 31), { skipped: BINARY });
  add('binary', 'text-then-nul.txt', concat(utf8(article(PLAIN_TITLE)), Uint8Array.from([0, 1, 2, 0])), { skipped: BINARY });

  // Over the size cap: known from the listing, and only found out after reading.
  add('over size cap', 'huge-listed.txt', article(PLAIN_TITLE), { skipped: TOO_LARGE }, SIZE_CAP * 1000);
  add('over size cap', 'huge-read.txt', article(PLAIN_TITLE, `${PLAIN_BODY}\n\n${filler(350_000, 5)}.`), { skipped: TOO_LARGE }, 'unknown');

  // Invalid UTF-8: lone continuation bytes, truncated sequences, overlongs. Read as windows-1252, nothing lost.
  add('invalid UTF-8', 'bad-utf8.txt', concat(utf8(article(PLAIN_TITLE)), Uint8Array.from([0x80, 0xc3, 0x28, 0xe2, 0x82, 0x20, 0xc0, 0xaf, 0x0a])), {
    included: all(expectText('Ashgrove footbridge'), expectNo(/\ufffd/)),
  });
  add('invalid UTF-8', 'bad-utf8.json', concat(utf8('{"title":"Caf'), Uint8Array.from([0xe9]), utf8(`","text":${json(PLAIN_BODY)}}`)), {
    included: (a) => {
      if (a.title !== 'Café') throw new Error(`title ${a.title}`);
    },
  });

  // UTF-16 with a BOM, both byte orders.
  add('UTF-16 with BOM', 'utf16le.txt', utf16(article(`${PLAIN_TITLE} — Zürich 東京`), 'le'), { included: all(expectText('councillor Ilka Demmer')) });
  add('UTF-16 with BOM', 'utf16be.json', utf16(json({ title: 'Émile’s report', text: PLAIN_BODY, source: 'Ünter Post' }), 'be'), {
    included: (a) => {
      if (a.title !== 'Émile’s report' || a.source !== 'Ünter Post') throw new Error(`${a.title} / ${a.source}`);
    },
  });

  // Windows-1252 text (curly quotes, dash, euro, accents in bytes 0x80-0xFF).
  add('Windows-1252', 'cp1252.txt', cp1252(article('Café owners in Wexmoor welcome footbridge – “at last”', `${PLAIN_BODY}\n\nRepairs cost €40,000, said Jürgen’s firm.`)), {
    included: all(expectText('€40,000'), expectText('Jürgen’s')),
  });

  // Malformed JSON.
  add('malformed JSON', 'truncated.json', '{"title": "Half a file", "text": "The council', { skipped: MALFORMED_JSON });
  add('malformed JSON', 'trailing-comma.json', `{"title": "x", "text": ${json(PLAIN_BODY)},}`, { skipped: MALFORMED_JSON });
  add('malformed JSON', 'single-quotes.json', "{'title': 'x', 'text': 'y'}", { skipped: MALFORMED_JSON });
  add('malformed JSON', 'two-objects.json', `{"text": ${json(PLAIN_BODY)}}{"text": "again"}`, { skipped: MALFORMED_JSON });
  add('malformed JSON', 'nan.json', '{"text": NaN}', { skipped: MALFORMED_JSON });

  // JSON with wrong types.
  add('JSON wrong types', 'text-number.json', json({ title: 'Numbers', text: 42 }), { skipped: INVALID_JSON });
  add('JSON wrong types', 'title-object.json', json({ title: { en: 'x' }, text: PLAIN_BODY }), { skipped: INVALID_JSON });
  add('JSON wrong types', 'source-array.json', json({ source: ['A', 'B'], text: PLAIN_BODY }), { skipped: INVALID_JSON });
  add('JSON wrong types', 'url-bool.json', json({ url: true, text: PLAIN_BODY }), { skipped: INVALID_JSON });
  add('JSON wrong types', 'top-level-string.json', json('just a string'), { skipped: INVALID_JSON });
  add('JSON wrong types', 'top-level-null.json', 'null', { skipped: INVALID_JSON });
  add('JSON wrong types', 'no-text.json', json({ title: 'A title and nothing else', source: 'Nowhere' }), { skipped: INVALID_JSON });
  add('JSON wrong types', 'proto.json', `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "text": ${json(PLAIN_BODY)}}`, {
    included: () => {
      if (({} as Record<string, unknown>)['polluted'] !== undefined) throw new Error('Object.prototype was polluted');
    },
  });

  // JSON with huge arrays: as the article itself, as a field, and as an ignored extra field; and deep nesting.
  add('JSON huge arrays', 'top-level-array.json', json(Array.from({ length: 100_000 }, (_, i) => i)), { skipped: INVALID_JSON });
  add('JSON huge arrays', 'text-array.json', json({ title: 'Lines', text: Array.from({ length: 50_000 }, () => 'word') }), { skipped: INVALID_JSON });
  add('JSON huge arrays', 'extra-array.json', json({ title: PLAIN_TITLE, text: PLAIN_BODY, tags: Array.from({ length: 100_000 }, (_, i) => `tag${i}`) }), {
    included: expectText('Ashgrove footbridge'),
  });
  add('JSON huge arrays', 'deep-nesting.json', `{"text": ${json(PLAIN_BODY)}, "extra": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`, {
    included: expectText('Ashgrove footbridge'),
  });

  // HTML with no article, only scripts, nesting thousands deep.
  add('HTML no article', 'nav-only.html', '<html><head><title>Home</title></head><body><nav><a href="/a">A</a><a href="/b">B</a></nav><footer>© 2031</footer></body></html>', { skipped: NO_ARTICLE });
  add('HTML no article', 'empty-body.html', '<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>', { skipped: NO_ARTICLE });
  add('HTML no article', 'not-html.html', 'just some words without any markup at all', { skipped: NO_ARTICLE });
  add('HTML only scripts', 'scripts.html', `<html><head><script>var a = "${filler(200, 6)}";</script></head><body><script>document.write("${filler(300, 7)}")</script><style>p{color:red}</style><noscript>Enable JavaScript</noscript></body></html>`, { skipped: NO_ARTICLE });
  add('HTML nesting thousands deep', 'deep-div.html', deepHtml(5_000, 'div'), { skipped: TOO_DEEP });
  add('HTML nesting thousands deep', 'deep-span.html', deepHtml(20_000, 'span'), { skipped: TOO_DEEP });
  // Markup in a JSON body is not refused for its depth: it is walked without recursion, so it cannot overflow.
  add('HTML nesting thousands deep', 'deep-json-markup.json', json({ title: PLAIN_TITLE, text: `${'<div>'.repeat(30_000)}<p>${PLAIN_BODY}</p>${'</div>'.repeat(30_000)}` }), {
    included: expectText('Ashgrove footbridge'),
  });
  add('HTML nesting thousands deep', 'unclosed.html', `<html><body>${'<div><b><i>'.repeat(3_000)}<p>${PLAIN_BODY}`, { skipped: TOO_DEEP });

  // A 200 KB "sentence" with no punctuation, alone and inside an otherwise normal article.
  add('200 KB sentence', 'run-on.txt', article(PLAIN_TITLE, filler(30_000, 8).slice(0, 200 * 1024)), { included: expectText('harbour') });
  add('200 KB sentence', 'run-on-mixed.json', json({ title: PLAIN_TITLE, text: `${PLAIN_BODY}\n\n${filler(30_000, 9).slice(0, 200 * 1024)}` }), {
    included: expectText('Ashgrove footbridge'),
  });

  // Zero-width and bidi controls, emoji, CJK and right-to-left text.
  add('zero-width and bidi', 'bidi.txt', article(`Wex${ZERO_WIDTH}moor council reop\u202eens foot\u2066bridge`, PLAIN_BODY.replace(/council/g, `coun\u200bcil${BIDI}`)), {
    included: all(expectNo(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]/), expectText('council voted')),
  });
  add('emoji', 'emoji.json', json({ title: 'Footbridge reopens 🎉🌉👨‍👩‍👧', text: `${PLAIN_BODY}\n\nLocals cheered 🎉🎉 and waved flags 🇬🇧.` }), {
    included: all(expectText('🎉'), (a) => {
      if (!a.title?.includes('🌉')) throw new Error(`title ${a.title}`);
    }),
  });
  add('CJK', 'cjk.txt', article('東京の橋が再開', '東京都は木曜日、修理を終えた歩道橋を再開したと発表した。市民は「やっと市場まで歩いて行ける」と話した。\n\n工事には六か月かかった。'), {
    included: expectText('歩道橋'),
  });
  add('right-to-left', 'rtl.json', json({ title: 'افتتاح الجسر من جديد', source: 'صحيفة الميناء', text: 'أعلن المجلس البلدي يوم الخميس إعادة افتتاح الجسر بعد ستة أشهر من الإصلاحات.\n\nوقال أحد السكان إن الطريق إلى السوق أصبح آمناً مرة أخرى.' }), {
    included: expectText('الجسر'),
  });

  // Titles with CR/LF (header injection attempts) in every format.
  const injected = `${PLAIN_TITLE}\r\nBcc: victim@example.com\r\nX-Injected: yes`;
  add('title with CR/LF', 'crlf-title.json', json({ title: injected, source: 'Evil\r\nX-Source: injected', text: PLAIN_BODY }), {
    included: all(expectNo(/[\r\n]/, ['title', 'source']), (a) => {
      if (!a.title?.includes('Bcc: victim@example.com')) throw new Error(`title ${a.title}`);
    }),
  });
  add('title with CR/LF', 'crlf-title.html', htmlPage('Evil\nOutlet', injected, PLAIN_BODY.split('\n\n')), { included: expectNo(/[\r\n]/, ['title', 'source']) });

  // javascript: and data: URLs, in metadata and inside article markup.
  add('javascript: URL', 'js-url.json', json({ title: PLAIN_TITLE, url: 'javascript:alert(document.cookie)', text: PLAIN_BODY }), { included: (a) => noUrl(a) });
  add('javascript: URL', 'js-url-obfuscated.json', json({ title: PLAIN_TITLE, url: ' JaVaScRiPt\t:alert(1)', text: PLAIN_BODY }), { included: (a) => noUrl(a) });
  add('data: URL', 'data-url.json', json({ title: PLAIN_TITLE, url: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', text: PLAIN_BODY }), { included: (a) => noUrl(a) });
  add('javascript: URL', 'js-links.html',
    `<html><head><title>${PLAIN_TITLE}</title><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,hi"></head><body><article><h1>${PLAIN_TITLE}</h1>` +
      PLAIN_BODY.split('\n\n').map((p) => `<p><a href="javascript:alert(1)">${p}</a> <img src="data:image/png;base64,AAAA" onerror="alert(1)"></p>`).join('') +
      '</article></body></html>',
    { included: all((a) => noUrl(a), expectNo(/javascript:|data:|onerror/i)) },
  );
  add('credentials in URL', 'cred-url.json', json({ title: PLAIN_TITLE, url: 'https://user:pass@evil.example/x', text: PLAIN_BODY }), { included: (a) => noUrl(a) });

  // Template and markup syntax inside article text: must come out as text, never as markup.
  const markupText = `${PLAIN_BODY}\n\nThe sign read </mj-text></mj-column><mj-raw><script>alert(1)</script></mj-raw> and {{footer.unsubscribeUrl}} and {{{subject}}} and {{#each stories}}x{{/each}}.`;
  add('</mj-text> in text', 'mjml.txt', article(`${PLAIN_TITLE} </mj-text><mj-button href="javascript:alert(1)">`, markupText), { included: expectText('{{footer.unsubscribeUrl}}') });
  add('{{ in text', 'handlebars.json', json({ title: '{{subject}} {{{footer.unsubscribeUrl}}}', source: '{{#each stories}}', text: markupText }), { included: expectText('{{{subject}}}') });
  add('<script> in text', 'script-json.json', json({ title: '<script>alert("t")</script>Footbridge reopens', source: '<img src=x onerror=alert(1)>', text: markupText }), {
    included: expectText('Ashgrove'),
  });
  return cases;
}

function noUrl(a: Article): void {
  if (a.url !== undefined) throw new Error(`${a.id}: url should have been dropped, got ${a.url}`);
}

/** Ids that are awkward as file names or S3 keys: spaces, Unicode, dots, traversal. */
export function awkwardIds(): Array<{ kind: string; id: string }> {
  return [
    { kind: 'id with spaces', id: 'hostile/with  spaces /a file name.txt' },
    { kind: 'id with Unicode', id: 'hostile/Zürich 東京 مرحبا/本日の記事 🎉.txt' },
    { kind: 'id with Unicode', id: 'hostile/e\u0301t\u00e9.txt' },
    { kind: 'id with ../', id: '../outside/escape.txt' },
    { kind: 'id with ../', id: 'hostile/../../etc/passwd.txt' },
    { kind: 'id with ../', id: 'hostile/..\\..\\windows.txt' },
    { kind: 'id with control characters', id: 'hostile/line\r\nbreak\u202e.txt' },
    { kind: 'id with markup', id: 'hostile/<script>alert(1)<\\script>{{x}}.txt' },
  ];
}

export function awkwardIdBody(n: number): string {
  return article(`Footbridge story number ${n} from Wexmoor`);
}
