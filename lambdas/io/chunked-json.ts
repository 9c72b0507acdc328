/**
 * JSON.stringify(value, null, indent)'s exact bytes, produced as a sequence of UTF-8 Buffers instead of one string.
 *
 * Why: V8 caps a string at 2^29 - 24 UTF-16 units (buffer.constants.MAX_STRING_LENGTH = 536,870,888 in Node 20,
 * ~512 MiB), and digest.json grows faster than the day (every outlet's wording of every statement), so at a few
 * tens of thousands of articles a day one JSON.stringify of the digest throws ERR_STRING_TOO_LONG at the very end
 * of the run, after all the work. Here no string ever holds more than one leaf subtree (at the digest's shapes: one
 * statement, one figure, one article entry) plus a chunk's worth of text. A single Buffer may hold up to
 * buffer.constants.MAX_LENGTH bytes (2^32 = 4 GiB in Node 20 on 64-bit), but the chunks are never joined: writers
 * stream them (FsArchive) or hand them over as they are (S3Archive), so no size limit applies but memory.
 *
 * The output is a generator, pulled by the writer: between elements of the two outer levels (for a digest: the
 * root's fields and each story) finished chunks are handed out, so a writer that streams them holds about one
 * story's serialisation at a time.
 */

/** Text gathered before it is encoded into one Buffer: large enough that writes are few, small enough to be cheap. */
const CHUNK_CHARS = 1 << 20;
/** Containers at this depth and below are serialised by JSON.stringify itself (fast, and small at that depth). */
const NATIVE_DEPTH = 4;
/** Containers above this depth hand out their finished chunks between their elements. */
const STREAM_DEPTH = 2;

export interface ChunkedJsonOptions {
  /** JSON.stringify's `space` as a number of spaces (clamped to 0..10 as JSON.stringify does). Default 0. */
  indent?: number;
  /** Appends "\n" after the value (the CLI's digest.json ends with one). */
  finalNewline?: boolean;
}

interface Out {
  parts: string[];
  chars: number;
}

/**
 * The bytes of JSON.stringify(value, null, indent) (+ "\n" when asked), in order. Throws what JSON.stringify
 * throws (a BigInt, a cycle); a value JSON.stringify would turn into `undefined` (a function, a symbol) is refused.
 */
export function* jsonChunks(value: unknown, options: ChunkedJsonOptions = {}): Generator<Buffer, void, undefined> {
  const gap = ' '.repeat(Math.max(0, Math.min(10, Math.floor(options.indent ?? 0))));
  const out: Out = { parts: [], chars: 0 };
  const wrote = yield* serialise(out, '', value, gap, '', 0);
  if (!wrote) throw new TypeError('value has no JSON form (JSON.stringify would return undefined)');
  if (options.finalNewline) push(out, '\n');
  if (out.chars > 0) yield flush(out);
}

/** The whole serialisation in one Buffer (tests, small files): never a string of the whole value. */
export function jsonBuffer(value: unknown, options: ChunkedJsonOptions = {}): Buffer {
  return Buffer.concat([...jsonChunks(value, options)]);
}

function push(out: Out, s: string): void {
  out.parts.push(s);
  out.chars += s.length;
}

function flush(out: Out): Buffer {
  const chunk = Buffer.from(out.parts.join(''), 'utf8');
  out.parts = [];
  out.chars = 0;
  return chunk;
}

/** JSON.stringify's SerializeJSONProperty: toJSON first, called with the property's key. */
function jsonValue(key: string, value: unknown): unknown {
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJSON.call(value, key);
  }
  return value;
}

/** Not a plain container: serialised as JSON.stringify serialises it on its own (boxed primitives, leaves). */
function isLeaf(value: unknown): boolean {
  return (
    value === null ||
    typeof value !== 'object' ||
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean ||
    value instanceof (BigInt as unknown as abstract new () => object)
  );
}

/**
 * Writes the property `key` (whose value is `raw`) at nesting `depth` whose lines start with `indent`; returns false
 * when it has no JSON form (undefined, a function, a symbol), which the container then omits or writes as null.
 */
function* serialise(out: Out, key: string, raw: unknown, gap: string, indent: string, depth: number): Generator<Buffer, boolean, undefined> {
  const value = jsonValue(key, raw);
  if (isLeaf(value)) {
    const text = JSON.stringify(value);
    if (text === undefined) return false;
    push(out, text);
    return true;
  }
  // A container deep enough to be small: JSON.stringify does it, re-indented to where it sits. Only when it has
  // no toJSON of its own (JSON.stringify would call that with key '', not with its key); JSON strings never hold a
  // raw newline, so every "\n" is layout.
  if (depth >= NATIVE_DEPTH && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    const text = JSON.stringify(value, null, gap);
    push(out, gap && indent ? text.replaceAll('\n', '\n' + indent) : text);
    return true;
  }
  const inner = indent + gap;
  const open = gap ? '\n' + inner : '';
  const stream = depth < STREAM_DEPTH;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      push(out, '[]');
      return true;
    }
    push(out, '[');
    for (let i = 0; i < value.length; i++) {
      push(out, i === 0 ? open : ',' + open);
      if (!(yield* serialise(out, String(i), value[i], gap, inner, depth + 1))) push(out, 'null');
      if (stream && out.chars >= CHUNK_CHARS) yield flush(out);
    }
    push(out, gap ? '\n' + indent + ']' : ']');
    return true;
  }
  const obj = value as Record<string, unknown>;
  const colon = gap ? ': ' : ':';
  let first = true;
  for (const k of Object.keys(obj)) {
    const mark = out.parts.length;
    const chars = out.chars;
    push(out, (first ? '{' + open : ',' + open) + JSON.stringify(k) + colon);
    if (yield* serialise(out, k, obj[k], gap, inner, depth + 1)) first = false;
    else {
      // No JSON form: the property is left out, as JSON.stringify leaves it out.
      out.parts.length = mark;
      out.chars = chars;
    }
    if (stream && out.chars >= CHUNK_CHARS) yield flush(out);
  }
  push(out, first ? '{}' : gap ? '\n' + indent + '}' : '}');
  return true;
}
