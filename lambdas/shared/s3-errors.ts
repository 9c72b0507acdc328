/** Recognising the S3 answers our conditional writes and lookups depend on. */
type S3Error = Error & { $metadata?: { httpStatusCode?: number }; Code?: string };

export function httpStatusOf(err: unknown): number | undefined {
  return (err as S3Error | undefined)?.$metadata?.httpStatusCode;
}

/** The object exists (HEAD/GET answered) or not (404 NotFound / NoSuchKey). */
export function isNotFound(err: unknown): boolean {
  const e = err as S3Error | undefined;
  return httpStatusOf(err) === 404 || e?.name === 'NotFound' || e?.name === 'NoSuchKey';
}

/**
 * A conditional write lost: 412 PreconditionFailed (the key exists), or 409 ConditionalRequestConflict
 * (another conditional write to the key is in flight). Either way someone else owns the key.
 */
export function isConditionalWriteConflict(err: unknown): boolean {
  const e = err as S3Error | undefined;
  const status = httpStatusOf(err);
  return status === 412 || status === 409 || e?.name === 'PreconditionFailed' || e?.name === 'ConditionalRequestConflict';
}
