/**
 * A generated day of any size for the size-budget tests and bench/render.ts: invented towns, people and
 * numbers, deterministic (no Math.random), shaped like a real digest (several outlets per story, quotes,
 * disputed figures, "only in" details, continuing stories, some one-outlet stories).
 */
import type { Digest, Statement, Story, StoryArticle } from '../../../lambdas/pipeline/model.js';

const OUTLETS = ['Harbor Daily', 'The Valley Post', 'Metro Wire', 'Northfield Courier', 'Coastline Herald', 'Ridge Gazette'];
const TOWNS = ['Riverton', 'Ashby Cross', 'Kellmouth', 'Dunmere', 'Fallowfield', 'Orrin Bay', 'Westerby', 'Calder Point'];
const EVENTS = ['opens a new ferry terminal', 'approves the school budget', 'reports a water main burst', 'hosts the regional games', 'closes the old bridge', 'plants a thousand trees'];
const PEOPLE = ['Mayor Ana Ruiz', 'Councillor Bo Lindqvist', 'Chief Engineer Priya Nair', 'Harbour Master Tom Okafor', 'Inspector Lena Brandt'];
const PHRASES = [
  'We promised the town we would finish this before winter, and we kept that promise',
  'Nobody should have to wait two hours for a bus in the rain',
  'The numbers are better than we feared but worse than we hoped',
  'Every family affected will hear from us by the end of the week',
];

function pick<T>(list: readonly T[], i: number): T {
  return list[i % list.length]!;
}

function story(i: number): Story {
  const town = pick(TOWNS, i);
  const outletCount = i % 6 === 5 ? 1 : 2 + (i % 4);
  const articles: StoryArticle[] = Array.from({ length: outletCount }, (_, k) => {
    const source = pick(OUTLETS, i + k);
    const slug = `${town.toLowerCase().replace(/\s+/g, '-')}-${i}-${k}`;
    return { id: `${source.toLowerCase().replace(/\s+/g, '-')}/${slug}.json`, source, title: null, url: `https://${source.toLowerCase().replace(/\W+/g, '')}.example/news/${slug}` };
  });
  const ids = articles.map((a) => a.id);
  const sources = articles.map((a) => a.source);
  const statements: Statement[] = [
    {
      text: `${town} ${pick(EVENTS, i)} after months of debate, officials said on Friday, in a decision that affects thousands of residents.`,
      kind: 'claim', speaker: null, articles: ids, variants: [], sources, score: 9, key: true,
    },
    ...[0, 1, 2].map((k) => ({
      text: `“${pick(PHRASES, i + k)}.”`,
      kind: 'quote' as const, speaker: pick(PEOPLE, i + k), articles: ids.slice(0, 2), variants: [], sources: sources.slice(0, 2),
      score: 8 - k, key: true, wording: k % 2 === 0 ? ('verbatim' as const) : ('paraphrase' as const), isNew: i % 5 === 0 && k === 0,
    })),
    {
      text: `A local shop owner in ${town} said the queue outside reached the end of the street by seven.`,
      kind: 'claim', speaker: null, articles: [ids[0]!], variants: [], sources: [sources[0]!], score: 3, key: true, onlyIn: sources[0]!,
    },
  ];
  return {
    id: `story-${i}`,
    title: `${town} ${pick(EVENTS, i)} (${i + 1})`,
    articles,
    statements,
    figures:
      i % 3 === 0 && outletCount > 1
        ? [{ subject: 'residents affected', values: [
            { value: 1200, text: 'about 1,200', articles: [ids[0]!], claimedBy: 'the council' },
            { value: 3000, text: 'up to 3,000', articles: [ids[1]!], claimedBy: 'a residents’ group' },
          ] }]
        : [],
    outlets: outletCount,
    continues: i % 5 === 0 ? { date: '2025-03-13', title: `${town} debates the plan` } : null,
  };
}

export function generatedDigest(stories: number): Digest {
  const list = Array.from({ length: stories }, (_, i) => story(i));
  return {
    schemaVersion: 1,
    date: '2025-03-14',
    stats: { articles: list.reduce((n, s) => n + s.articles.length, 0), stories, outlets: OUTLETS.length, statementsMerged: stories * 4, skipped: [] },
    stories: list,
  };
}
