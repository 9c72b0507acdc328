/**
 * A function's configuration from the environment the stack sets: each field read from its variable (an empty
 * variable counts as unset, so defaults apply), validated with one zod schema, every bad variable named in one
 * error. Parsed once per container, so a misconfiguration fails the first invocation loudly.
 */
import * as z from 'zod';

export function configFromEnvironment<S extends z.ZodObject>(
  env: NodeJS.ProcessEnv,
  names: Readonly<Record<string, string>>,
  schema: S,
  functionName: string,
): z.infer<S> {
  const raw: Record<string, string> = {};
  for (const [field, name] of Object.entries(names)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[field] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => {
      const field = String(i.path[0]);
      return `${names[field] ?? field}: ${i.message}`;
    });
    throw new Error(`${functionName} function misconfigured: ${problems.join('; ')}`);
  }
  return result.data;
}
