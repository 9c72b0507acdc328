/**
 * Bytes -> clean text. Files arrive from operators and scrapers in whatever encoding the
 * tool that saved them used, so we guess conservatively and say why when we refuse.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

// Invisible characters that only get in the way of word matching and can hide text
// (bidi overrides are a known spoofing trick), so they never reach later stages.
// U+00AD soft hyphen, U+180E Mongolian vowel separator, U+200B-U+200F zero-width and LRM/RLM,
// U+202A-U+202E bidi embeddings/overrides, U+2060-U+2064 word joiner and invisible operators,
// U+2066-U+2069 bidi isolates, U+061C Arabic letter mark, U+FEFF stray BOMs / ZWNBSP.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Unicode spaces (NBSP, thin space, ideographic space...) become plain spaces: web pastes are
// full of NBSPs and they should not split or glue words differently from a space.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// C0/C1 control characters other than tab, newline, carriage return and form feed carry no text;
// after counting them for the binary check, they are removed.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** Share of control characters above which decoded "text" is treated as binary data. */
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decodes with the BOM's encoding when there is one; null when there is none. */
function decodeWithBom(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return null;
}

// windows-1252 bytes 0x80-0x9F (curly quotes, dashes, euro sign...). Node's TextDecoder('windows-1252')
// decodes them as Latin-1 C1 controls instead (a known Node deviation from the WHATWG table), which
// would then be stripped as control characters, so the table is applied here. The five bytes
// undefined in windows-1252 map to the C1 control of the same value, as in WHATWG.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** How far into a page its declared encoding is looked for (the HTML standard's prescan reads 1,024 bytes). */
const PRESCAN_BYTES = 1024;
/** `<meta charset=...>` or `<meta http-equiv="Content-Type" content="text/html; charset=...">` (bounded spans). */
const META_CHARSET = /<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i;
/** An XML declaration's encoding (XHTML): `<?xml version="1.0" encoding="koi8-r"?>`. */
const XML_ENCODING = /^\s*<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/i;

/**
 * The encoding a page declares near its start: an XML declaration's `encoding`, else a `<meta>` charset, resolved
 * through the WHATWG Encoding Standard's labels by Node's TextDecoder (ICU's decoders: Shift_JIS, KOI8-R, GBK, ...).
 * Null when nothing usable is declared, or when the page declares UTF-8 or UTF-16 (as in the HTML standard, a
 * page whose prescan could read ASCII is not UTF-16): the default path then decides.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (label === undefined) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null; // an unknown label is no declaration
  }
  return encoding === 'utf-8' || encoding.startsWith('utf-16') ? null : encoding;
}

/** Decodes with a declared encoding (windows-1252 through the table above: Node's own decoder is not WHATWG's). */
function decodeDeclared(bytes: Uint8Array, encoding: string): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/**
 * Without a BOM: strict UTF-8 first (by far the most common, and invalid UTF-8 is easy to detect), else a legacy
 * encoding of another script when detection finds one (legacyEncoding), else windows-1252, which is what "Latin-1"
 * files from Windows tools and old sites really are and which decodes every byte, so nothing is lost.
 */
function decodeWithoutBom(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const legacy = legacyEncoding(bytes);
    return legacy ? legacy.text : decodeWindows1252(bytes);
  }
}

/** Bytes detection reads: enough for its statistics, bounded whatever the file's size. */
const DETECTION_BYTES = 64 * 1024;

/**
 * Legacy encodings of other scripts that detection tells apart from windows-1252 (see legacyEncoding). Single-byte
 * Cyrillic ones decode any bytes, so the right one is the one whose Cyrillic reads most like prose (mostly lower
 * case: a wrong table swaps or scatters the cases); the Japanese ones must decode without error and read as Japanese.
 */
const CYRILLIC = ['koi8-r', 'windows-1251', 'iso-8859-5', 'ibm866'] as const;
const JAPANESE = ['shift_jis', 'euc-jp'] as const;

/**
 * A text in a legacy encoding of Cyrillic or Japanese (a KOI8-R or Shift_JIS text file declares nothing), or null
 * when the bytes read best as windows-1252 (Latin text). Kept only when most of the letters it gives are of that
 * script, so Latin text in windows-1252 (French, German) never moves. Other scripts' legacy encodings (GBK, Big5,
 * EUC-KR, Greek, Hebrew, Arabic) are not detected: such files read as windows-1252, as before.
 */
function legacyEncoding(bytes: Uint8Array): { encoding: string; text: string } | null {
  const head = bytes.subarray(0, DETECTION_BYTES);
  for (const encoding of JAPANESE) {
    let sample: string;
    try {
      sample = new TextDecoder(encoding, { fatal: true }).decode(head.subarray(0, lastCompleteByte(head)));
    } catch {
      continue;
    }
    // Japanese prose is kanji, hiragana and full-width katakana, a tenth of it hiragana at least (its particles);
    // other bytes misread as Shift_JIS come out as half-width katakana and stray kanji.
    if (share(lettersOf(sample, /[\p{Script=Hiragana}\p{Script=Han}\u30A0-\u30FF]/u)) >= 0.5 && share(lettersOf(sample, /\p{Script=Hiragana}/u)) >= 0.1) {
      return { encoding, text: new TextDecoder(encoding).decode(bytes) };
    }
  }
  let best: { encoding: string; lower: number } | null = null;
  for (const encoding of CYRILLIC) {
    const cyrillic = lettersOf(new TextDecoder(encoding).decode(head), /\p{Script=Cyrillic}/u);
    if (share(cyrillic) < 0.5) continue;
    const lower = cyrillic.inScript.filter((c) => c !== c.toUpperCase()).length / cyrillic.inScript.length;
    if (!best || lower > best.lower) best = { encoding, lower };
  }
  return best ? { encoding: best.encoding, text: new TextDecoder(best.encoding).decode(bytes) } : null;
}

/** A text's letters: how many, and those `script` matches. */
function lettersOf(text: string, script: RegExp): { letters: number; inScript: string[] } {
  let letters = 0;
  const inScript: string[] = [];
  for (const c of text) {
    if (!/\p{L}/u.test(c)) continue;
    letters++;
    if (script.test(c)) inScript.push(c);
  }
  return { letters, inScript };
}

/** The share of the letters in the script. */
function share(counted: { letters: number; inScript: readonly string[] }): number {
  return counted.letters === 0 ? 0 : counted.inScript.length / counted.letters;
}

/** The sample cut at a line end when it was cut at DETECTION_BYTES, so a multi-byte character is never split. */
function lastCompleteByte(head: Uint8Array): number {
  if (head.length < DETECTION_BYTES) return head.length;
  const newline = head.lastIndexOf(0x0a);
  return newline > 0 ? newline : head.length;
}

/**
 * Windows-1252 punctuation that went through a Latin-1 decoder on its way (a CMS or scraper that read cp1252 bytes as
 * ISO-8859-1, then saved UTF-8): curly quotes and dashes arrive as C1 controls U+0091, U+0092, U+0096... Each is put
 * back as the character the byte meant in Windows-1252 (the five bytes that table leaves undefined stay controls and
 * are removed), so such a text reads as written instead of being refused as binary or losing its quotation marks.
 */
const HAS_C1 = /[\u0080-\u009F]/;
const C1 = /[\u0080-\u009F]/g;
function repairC1(text: string): string {
  return HAS_C1.test(text) ? text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** A stray control character or two is a paste accident; many of them mean binary data. */
function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 2 && controls / text.length > MAX_CONTROL_SHARE;
}

/** Normalises already decoded text: mis-decoded punctuation put back, invisible characters out, NFC, LF line ends. */
export function normaliseText(text: string): string {
  return normaliseRepaired(repairC1(text));
}

/** normaliseText after repairC1 (decodeText repairs first, to judge binary data on the repaired text). */
function normaliseRepaired(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROL, '')
    .normalize('NFC');
}

/**
 * Decodes a file's bytes to normalised text, or says why the file is not text. The encoding is, in order: a BOM's;
 * for markup (`markup: true`, a web page), the one the page declares (declaredEncoding); else strict UTF-8; else a
 * detected legacy encoding of another script (legacyEncoding: a KOI8-R or Shift_JIS text file declares nothing);
 * else windows-1252.
 */
export function decodeText(bytes: Uint8Array, options: { markup?: boolean } = {}): DecodeResult {
  let text = decodeWithBom(bytes);
  if (text === null) {
    // A NUL byte never occurs in text of a single-byte or multi-byte legacy encoding either; without a UTF-16 BOM
    // it means binary data (images, PDFs, archives saved with a wrong extension).
    if (bytes.includes(0)) return { ok: false, reason: 'binary data, not text' };
    const declared = options.markup ? declaredEncoding(bytes) : null;
    text = declared ? decodeDeclared(bytes, declared) : decodeWithoutBom(bytes);
  }
  text = repairC1(text);
  if (text.includes('\u0000') || looksBinary(text)) {
    return { ok: false, reason: 'binary data, not text' };
  }
  const clean = normaliseRepaired(text);
  if (clean.trim() === '') return { ok: false, reason: 'empty file' };
  return { ok: true, text: clean };
}
