import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { clusterStories } from '../../../lambdas/pipeline/stories/cluster.js';
import { DayShingles } from '../../../lambdas/pipeline/stories/shingles.js';
import { collectDayTerms, documentFrequency, weighDayTerms } from '../../../lambdas/pipeline/stories/vectors.js';
import { findVersions } from '../../../lambdas/pipeline/stories/versions.js';
import { DEFAULT_CLUSTER_PARAMS } from '../../../lambdas/pipeline/stories/cluster.js';
import { ARREST_BRELL, ARREST_KERRIGAN, BRELL_FOLLOW_UP } from './lookalike-fixtures.js';
import { GROUNDING_DAY_AFTER, GROUNDING_ON_THE_DAY, UNRELATED } from './reprinted-fixtures.js';

/** Outlet k's version of a report: the report as printed, or (every other outlet) with one sentence cut. */
function version(report: Article, k: number): Article {
  const sentences = report.text.split('\n');
  const kept = k % 2 === 0 ? sentences : sentences.filter((_, i) => i !== 1 + (k % (sentences.length - 1)));
  return { ...report, id: `outlet-${k}/${report.id.replace('/', '-')}`, source: `outlet-${k}`, text: kept.join('\n') };
}

function versionGroups(articles: Article[]): string[][] {
  const shingles = new DayShingles(articles);
  const terms = collectDayTerms(articles, DEFAULT_CLUSTER_PARAMS);
  const vectors = weighDayTerms(terms, documentFrequency(terms), DEFAULT_CLUSTER_PARAMS);
  return findVersions(shingles, vectors, terms).map((g) => g.map((i) => articles[i]!.id));
}

const reportOf = new Map<string, string>();
function versions(reports: readonly Article[], n: number): Article[] {
  return reports.flatMap((r) =>
    Array.from({ length: n }, (_, k) => {
      const v = k === 0 ? r : version(r, k);
      reportOf.set(v.id, r.id);
      return v;
    }),
  );
}
const REPORTS = [...ARREST_BRELL, ...ARREST_KERRIGAN, BRELL_FOLLOW_UP];
const partitionOfReports = (groups: string[][]) => groups.map((g) => [...new Set(g.map((id) => reportOf.get(id) ?? id))].sort().join(' ')).sort();

describe('findVersions', () => {
  it('groups a report with its reprints and retellings, and keeps independent reports and look-alike events apart', () => {
    const day = versions(REPORTS, 4);
    const groups = versionGroups(day);
    // One group per report: its versions together, never two reports in one group (the two arrests are told in
    // nearly the same words, but name another player, day and figures).
    expect(partitionOfReports(groups)).toEqual(REPORTS.map((r) => r.id).sort());
    expect(groups).toHaveLength(REPORTS.length);
  });
});

describe('a report reprinted by a hundred outlets', () => {
  it('is one report: one witness of its day, its neighbours other reports, the stories those of the reports told once', () => {
    // The ferry's grounding, told on the day (Tuesday) and the day after (Wednesday), each report carried by 100
    // outlets. Counted article by article, 100 reprints made each weekday a consensus, the clash between them
    // outweighed the reports' shared words, and the event became two stories (the second report's own reprints
    // even split in two, each crowding the other's candidate neighbours).
    const reports = [GROUNDING_ON_THE_DAY, GROUNDING_DAY_AFTER];
    const once = partitionOfReports(clusterStories([...reports, ...UNRELATED]));
    expect(once).toContain([GROUNDING_ON_THE_DAY.id, GROUNDING_DAY_AFTER.id].sort().join(' '));
    expect(partitionOfReports(clusterStories([...versions(reports, 100), ...UNRELATED]))).toEqual(once);
  });

  it('leaves the look-alike arrests apart however often each report is reprinted', () => {
    const once = partitionOfReports(clusterStories([...REPORTS]));
    expect(once).toHaveLength(2);
    expect(partitionOfReports(clusterStories(versions(REPORTS, 40)))).toEqual(once);
  });
});
