/**
 * The speed work in merging (per-story features and answers, per-unit derived data, speaker buckets, the
 * incremental novelty penalty, the faster words()) must not change a single decision: these tests compare the
 * fast paths with the plain definitions on invented text.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../../lambdas/pipeline/model.js';
import { mergeStatements } from '../../../lambdas/pipeline/statements/merge.js';
import { sameSpeaker, speakerKey } from '../../../lambdas/pipeline/statements/match.js';
import { StatementComparer } from '../../../lambdas/pipeline/paraphrase/index.js';
import { sentencesOf } from '../../../lambdas/pipeline/text/sentences.js';
import { words } from '../../../lambdas/pipeline/text/tokens.js';

const art = (id: string, lines: string[]): Article => ({ id, source: id.split('/')[0]!, format: 'txt', text: lines.join('\n') });

// Invented outlets on an invented event; "echo" is a verbatim copy of "alpha" (the repeated pairs the memo serves).
const alphaLines = [
  'Mayor Tomas Verhoeven on Friday announced that the old tram depot will become a public library.',
  '“Every district deserves a place to read, study and meet, and this building will give us one,” Verhoeven said.',
  'The conversion will cost 12 million euros and take two years, the council said.',
  'Critics said the money would be better spent on road repairs.',
];
const articles: Article[] = [
  art('alpha/1.txt', alphaLines),
  art('bravo/1.txt', [
    'The city will turn its disused tram depot into a library, Mayor Tomas Verhoeven said on Friday.',
    '“Every district deserves a place to read, study and meet,” Verhoeven told reporters.',
    'The project is expected to cost 12 million euros over two years.',
  ]),
  art('charlie/1.txt', [
    'A library is coming to the former tram depot.',
    'Verhoeven said every district deserved somewhere to read, to study and to meet, and that the building would provide it.',
    'Opposition councillors said the 12 million euros should go to road repairs instead.',
  ]),
  art('echo/1.txt', alphaLines),
];
const sentences: Sentence[] = articles.flatMap((a) => sentencesOf(a));
const order = articles.map((a) => a.id);

describe('merging with per-story features and answers', () => {
  it('groups exactly as the plain StatementComparer.compare decision does', () => {
    const fast = mergeStatements(sentences, { articleOrder: order });
    const comparer = new StatementComparer();
    let calls = 0;
    const plain = mergeStatements(sentences, {
      articleOrder: order,
      compare: (a, b) => {
        calls++;
        return comparer.compare(a, b);
      },
    });
    expect(calls).toBeGreaterThan(0);
    const shape = (gs: typeof fast) => gs.map((g) => ({ text: g.text, speaker: g.speaker, articles: g.articles, variants: g.variants, wording: g.wording }));
    expect(shape(fast)).toEqual(shape(plain));
    // The copy and its original carry the same statements: some group names both.
    expect(fast.some((g) => g.articles.includes('alpha/1.txt') && g.articles.includes('echo/1.txt'))).toBe(true);
  });
});

describe('speakerKey', () => {
  it('is the last name sameSpeaker compares', () => {
    expect(speakerKey('Mayor Tomas Verhoeven')).toBe('verhoeven');
    expect(speakerKey('Verhoeven s')).toBe('verhoeven');
    expect(speakerKey('—')).toBeUndefined();
    expect(sameSpeaker('Tomas Verhoeven', 'Verhoeven')).toBe(true);
    expect(sameSpeaker('Tomas Verhoeven', 'Tomas Berg')).toBe(false);
  });
});

describe('words', () => {
  it('folds case, typographic apostrophes and compatibility forms', () => {
    expect(words('The Mayor’s ＰＬＡＮ isn’t new')).toEqual(['the', "mayor's", 'plan', "isn't", 'new']);
    expect(words('')).toEqual([]);
    expect(words('... !!')).toEqual([]);
  });
});
