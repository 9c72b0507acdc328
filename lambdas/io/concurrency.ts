/**
 * Run an async function over items with at most `limit` calls in flight, keeping results in input order.
 * Reading a day from S3 is latency-bound: a bounded pool is many times faster than a sequential loop and,
 * unlike Promise.all over everything, does not open thousands of sockets at once.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      results[i] = await fn(items[i] as T, i);
    }
  });
  await Promise.all(workers);
  return results;
}
