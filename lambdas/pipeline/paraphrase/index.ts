/** Are two texts the same statement? The paraphrase decision and what it is built from. */
import { compareStatements, type Comparison } from './compare.js';

export { compareStatements, type Comparison };

/** One comparison session (placeholder until the session owns its caches). */
export class StatementComparer {
  compare(a: string, b: string): Comparison {
    return compareStatements(a, b);
  }
}
