/**
 * Headline clustering on a sample of the UCI News Aggregator (titles only, many outlets, gold story ids):
 * the same clustering as for full articles, with nothing but a headline to go on. Reported, no floor.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../lambdas/pipeline/model.js';
import { clusterStoriesDetailed } from '../lambdas/pipeline/stories/cluster.js';
import { bcubed } from './ecbplus.js';
import type { EvalSection } from './types.js';

interface Headline {
  id: number;
  cluster: string;
  source: string;
  title: string;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export async function evaluateUci(corporaDir: string): Promise<EvalSection> {
  const raw = await readFile(join(corporaDir, 'uci_news_sample', 'headlines.jsonl'), 'utf8');
  const rows = raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Headline);
  const articles: Article[] = rows.map((r) => ({ id: String(r.id), source: r.source, title: r.title, text: '', format: 'txt' }));
  const { groups } = clusterStoriesDetailed(articles);
  const gold = new Map(rows.map((r) => [String(r.id), r.cluster]));
  const s = bcubed(groups, gold);
  const stories = new Set(rows.map((r) => r.cluster)).size;
  return {
    rows: [
      {
        measure: 'headline clustering B-cubed F1',
        data: `uci_news_sample (${rows.length} headlines as one day)`,
        value: round(s.f1),
        note: `P ${round(s.precision)} R ${round(s.recall)}; ${groups.length} groups for ${stories} gold stories; titles only`,
      },
    ],
  };
}
