/**
 * Reading a GET's body with a size cap, shared by the daily run's S3 source and the ingest function: the declared
 * Content-Length is checked first (nothing downloaded), then the bytes are counted while they arrive, because a
 * missing or wrong Content-Length must not let an object past the cap. Over the cap, the stream is destroyed.
 */
export type BodyStream = AsyncIterable<Uint8Array> & { destroy?: (err?: Error) => void };

export type CappedBody =
  | { ok: true; bytes: Uint8Array }
  /** `size`: the declared length when that was over the cap, else the bytes counted when the cap was passed. */
  | { ok: false; size: number; declared: boolean };

export async function readCappedBody(stream: BodyStream, contentLength: number | undefined, maxBytes: number): Promise<CappedBody> {
  if (contentLength !== undefined && contentLength > maxBytes) {
    stream.destroy?.();
    return { ok: false, size: contentLength, declared: true };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      stream.destroy?.();
      return { ok: false, size: total, declared: false };
    }
    chunks.push(chunk);
  }
  const all = Buffer.concat(chunks, total);
  return { ok: true, bytes: new Uint8Array(all.buffer, all.byteOffset, all.byteLength) };
}
