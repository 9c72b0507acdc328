/**
 * An article that prints one sentence twice with a word changed (a standfirst repeating the lead) states it once:
 * the near-identical pair is one statement even though "an article states a statement once" keeps two different
 * sentences of one article apart (grouping.ts).
 */
import { describe, expect, it } from 'vitest';
import { mergeStory, rankStory } from '../../../lambdas/pipeline/statements/build.js';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { normalisedWords } from '../../../lambdas/pipeline/text/tokens.js';

const article = (id: string, source: string, text: string): Article => ({ id, source, format: 'txt', text });
const LEAD = 'Harbour pilot Anton Vell has been ruled out of the regatta on Saturday with a shoulder injury that has upset the club’s preparations for the two-day event.';
const STANDFIRST = 'Harbour pilot Anton Vell has been ruled out of the regatta on Saturday with a shoulder injury that has upset the club’s preparations for the two-race event.';
const OTHER = 'The skipper Mara Quill said the crew would train twice a day until the start of the regatta.';

describe('a sentence an article prints twice with a word changed', () => {
  it('is one statement, carried by every article that prints it', () => {
    const statements = rankStory(
      mergeStory(
        [
          article('a', 'Harbour Post', `${STANDFIRST}\n\n${LEAD}\n\n${OTHER}`),
          article('b', 'Valley Times', `${LEAD}\n\nThe regatta has been held every summer since 1921 on the outer bay.`),
          article('c', 'Coast Radio', `${STANDFIRST}\n\nTickets for the stands on the quay sold out within two days last month.`),
        ],
        new Map(),
      ),
    );
    const vell = statements.filter((s) => /Anton Vell/.test(s.text));
    expect(vell).toHaveLength(1);
    expect(vell[0]!.articles).toEqual(['a', 'b', 'c']);
    // No sentence of the story in two statements.
    const texts = statements.flatMap((s, i) => [...new Set(s.variants.map((v) => normalisedWords(v.text)))].map((t) => [t, i] as const));
    expect(new Set(texts.map(([t]) => t)).size).toBe(texts.length);
  });
});
