/**
 * Parsing a JSON file read back from storage (an archived digest.json or continuity.json: untrusted) against its
 * schema, with an error that names the file and its first problems, so a reason in the run's log says what is wrong.
 */
import type * as z from 'zod';

export function parseValidatedJson<S extends z.ZodType>(schema: S, json: string, name: string, kind: string): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${name} is not JSON: ${(err as Error).message}`);
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const problems = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${name} is not a ${kind}: ${problems.join('; ')}`);
  }
  return r.data;
}
