/**
 * A bounded memo for a pure function of a string: the pipeline asks the same small questions (a name's gender, its
 * last token, its clean form) for every mention, so the recent answers are kept. The map is cleared when it reaches
 * `limit` entries, so a 100,000-article day cannot grow it without bound; a cleared answer is simply computed again.
 * Only for pure functions: the answer must not depend on anything but the key.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as T;
    const value = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, value);
    return value;
  };
}
