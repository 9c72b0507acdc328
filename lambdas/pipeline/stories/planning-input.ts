/**
 * What story planning reads of one article (model.ts PlanningInput): its clustering terms, its word shingles and
 * their signature, its date signature. All of it depends on the article alone, and computing it is most of the
 * day-wide phase's cost (tokenising, stemming, hashing), so it is computed where the article is read: on the
 * parse workers (lambdas/parallel/tasks.ts), in parallel, while the day-wide phase only gathers it. A plan built
 * from these inputs is the plan built from the articles (test/unit/stories/planning-input.test.ts).
 */
import type { Article, PlanningInput } from '../model.js';
import { articleTerms, DEFAULT_TERM_OPTIONS, TermLines, type ArticleTerm, type TermOptions } from './terms.js';
import { packTerms } from './vectors.js';
import { ShingleLines, textShingles, type TextShingles } from './shingles.js';
import { dateSignature } from './dates.js';
import { PORTER, type Stemmer } from '../text/tokens.js';

export function planningInput(article: Pick<Article, 'title' | 'text'>, stems: Stemmer = PORTER, o: TermOptions = DEFAULT_TERM_OPTIONS): PlanningInput {
  return assemble(articleTerms(article, o, stems), textShingles(article.text), article, o);
}

function assemble(terms: ArticleTerm[], { set, signature }: TextShingles, article: Pick<Article, 'title' | 'text'>, o: TermOptions): PlanningInput {
  return {
    ...packTerms(terms),
    leadWeight: o.leadWeight,
    leadChars: o.leadChars,
    shingles: set,
    signature,
    dates: [...dateSignature(article)],
  };
}

/**
 * planningInput for one day's articles, with what each line contributes remembered (its term tallies, its shingles
 * and their signature): a big day reprints the same paragraphs hundreds of times, and each is read once. The same
 * inputs as planningInput; owned by the day's context (day-context.ts), bounded like its caches.
 */
export class PlanningInputs {
  private readonly terms: TermLines;
  private readonly shingles = new ShingleLines();

  constructor(
    stems: Stemmer,
    private readonly o: TermOptions = DEFAULT_TERM_OPTIONS,
  ) {
    this.terms = new TermLines(stems, o);
  }

  of(article: Pick<Article, 'title' | 'text'>): PlanningInput {
    return assemble(this.terms.of(article), this.shingles.of(article.text), article, this.o);
  }
}
