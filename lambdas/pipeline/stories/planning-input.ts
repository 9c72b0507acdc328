/**
 * What story planning reads of one article (model.ts PlanningInput): its clustering terms, its word shingles and
 * their signature, its date signature. All of it depends on the article alone, and computing it is most of the
 * day-wide phase's cost (tokenising, stemming, hashing), so it is computed where the article is read: on the
 * parse workers (lambdas/parallel/tasks.ts), in parallel, while the day-wide phase only gathers it. A plan built
 * from these inputs is the plan built from the articles (test/unit/stories/planning-input.test.ts).
 */
import type { Article, PlanningInput } from '../model.js';
import { articleTerms, DEFAULT_TERM_OPTIONS, type TermOptions } from './terms.js';
import { packTerms } from './vectors.js';
import { textShingles } from './shingles.js';
import { dateSignature } from './dates.js';
import { PORTER, type Stemmer } from '../text/tokens.js';

export function planningInput(article: Pick<Article, 'title' | 'text'>, stems: Stemmer = PORTER, o: TermOptions = DEFAULT_TERM_OPTIONS): PlanningInput {
  const { set, signature } = textShingles(article.text);
  return {
    ...packTerms(articleTerms(article, o, stems)),
    leadWeight: o.leadWeight,
    leadChars: o.leadChars,
    shingles: set,
    signature,
    dates: [...dateSignature(article)],
  };
}
