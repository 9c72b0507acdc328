/**
 * The pipeline on the bundled sample day, checked against its answer key (docs/samples.md): the same path the
 * Quick start runs (filesystem source -> readers -> pipeline -> email).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { FsArticleSource } from '../../../lambdas/io/fs-source.js';
import { runDigest, type RunResult } from '../../../lambdas/digest/run.js';
import type { Statement, Story } from '../../../lambdas/pipeline/model.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
let run: RunResult;

beforeAll(async () => {
  run = await runDigest({
    source: new FsArticleSource(SAMPLES),
    links: { unsubscribeUrl: 'https://example.com/unsubscribe' },
  });
});

const storyWith = (id: string): Story => {
  const story = run.digest.stories.find((s) => s.articles.some((a) => a.id === id));
  if (!story) throw new Error(`no story holds ${id}`);
  return story;
};
const statementMatching = (story: Story, re: RegExp): Statement[] =>
  story.statements.filter((s) => s.variants.some((v) => re.test(v.text)));

describe('the sample day', () => {
  it('reads 18 articles from 6 outlets, dates the day from the articles, and skips exactly the two bad files', () => {
    const { stats, date } = run.digest;
    expect(date).toBe('2026-11-21');
    expect(stats.articles).toBe(18);
    expect(stats.outlets).toBe(6);
    expect(stats.skipped.map((s) => s.id).sort()).toEqual(['civic-post/broken.json', 'valley-courier/print-edition.pdf']);
    expect(stats.skipped.find((s) => s.id === 'civic-post/broken.json')?.reason).toMatch(/json/i);
  });

  it('loses nothing: every article is in exactly one story', () => {
    const ids = run.digest.stories.flatMap((s) => s.articles.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(run.digest.stats.articles);
  });

  it('forms the six stories of the key, keeping the two warehouse fires apart', () => {
    const groups = run.digest.stories.map((s) => s.articles.map((a) => a.id).sort()).sort((a, b) => b.length - a.length);
    expect(groups.map((g) => g.length)).toEqual([5, 4, 4, 2, 2, 1]);
    expect(storyWith('harbor-times/brennick-warehouse-fire.txt').articles.map((a) => a.id).sort()).toEqual([
      'harbor-times/brennick-warehouse-fire.txt',
      'metro-herald/brennick-blaze.html',
    ]);
    expect(storyWith('daily-ledger/tollhaven-depot-fire.txt').articles.map((a) => a.id).sort()).toEqual([
      'daily-ledger/tollhaven-depot-fire.txt',
      'valley-courier/tollhaven-fire.json',
    ]);
  });

  it('merges a quote reported verbatim, paraphrased and in fragments into one statement naming every outlet', () => {
    const flood = storyWith('northern-wire/2026-11-21-marlow-cross-flood.json');
    const brandt = statementMatching(flood, /sleep outside tonight|spend the night outdoors/);
    expect(brandt).toHaveLength(1);
    expect(brandt[0]?.kind).toBe('quote');
    expect(brandt[0]?.speaker).toMatch(/Brandt/);
    expect(new Set(brandt[0]?.sources)).toEqual(new Set(['Harbor Times', 'Metro Herald', 'Daily Ledger']));

    const fisheries = storyWith('northern-wire/2026-11-21-fisheries-agreement.json');
    // The Metro Herald's later fragment sentence ("...is “not a suggestion”") folds into the quote: it does not
    // stand alone repeating it. Its lead, which quotes the same words, tells the story's core fact with the other
    // outlets' leads (merge.ts), so it is no statement of its own either.
    const matching = statementMatching(fisheries, /not a (suggestion|recommendation)/);
    expect(matching.filter((s) => s.articles.length === 1)).toEqual([]);
    const quota = matching.filter((s) => s.kind === 'quote');
    expect(quota).toHaveLength(1);
    expect(quota[0]?.speaker).toMatch(/Varnay/);
    expect(quota[0]?.articles).toHaveLength(4);
    expect(new Set(quota[0]?.articles).size).toBe(4);
    // The Daily Ledger reads like a translation: paraphrase; the wording kept is the one two outlets print.
    expect(quota[0]?.wording).toBe('paraphrase');
    expect(quota[0]?.text).toMatch(/^The quota is not a suggestion\. Every boat that fishes under Article 7/);
  });

  it('says whether a merged quote is verbatim or paraphrased', () => {
    const tollhaven = storyWith('daily-ledger/tollhaven-depot-fire.txt');
    expect(statementMatching(tollhaven, /deliberate until we have a reason/)[0]?.wording).toBe('verbatim');
    const flood = storyWith('northern-wire/2026-11-21-marlow-cross-flood.json');
    const brandt = statementMatching(flood, /sleep outside tonight|spend the night outdoors/)[0]!;
    expect(brandt.wording).toBe('paraphrase');
    expect(brandt.text).toBe('Nobody in Marlow Cross will sleep outside tonight. Every door in this town is open.');
  });

  it('counts the two wire copies of the tunnel story as one report, and orders stories by independent outlets', () => {
    const tunnel = storyWith('northern-wire/2026-11-21-hollin-tunnel.json');
    const copyOf = Object.fromEntries(tunnel.articles.map((a) => [a.id, a.copyOf]));
    expect(copyOf['civic-post/rail-tunnel-reopening.txt']).toBe('northern-wire/2026-11-21-hollin-tunnel.json');
    expect(copyOf['valley-courier/hollin-tunnel.html']).toBe('northern-wire/2026-11-21-hollin-tunnel.json');
    expect(copyOf['harbor-times/hollin-tunnel-reopens.txt']).toBeNull();
    expect(tunnel.outlets).toBe(2);
    const pell = statementMatching(tunnel, /dug by hand in 1911 and it will carry trains/)[0]!;
    expect(pell.articles).toHaveLength(4);
    expect(pell.independent).toBe(2);
    const outlets = run.digest.stories.map((s) => s.outlets!);
    expect(outlets).toEqual([...outlets].sort((a, b) => b - a));
    // Quoted by the Daily Ledger only: what that outlet alone adds.
    const flood = storyWith('northern-wire/2026-11-21-marlow-cross-flood.json');
    expect(statementMatching(flood, /Half my street is in Ashgrove/)[0]?.onlyIn).toBe('Daily Ledger');
  });

  it('lists the disputed evacuation figure with each value and its outlets, and no other figure', () => {
    const flood = storyWith('northern-wire/2026-11-21-marlow-cross-flood.json');
    expect(flood.figures).toHaveLength(1);
    const values = flood.figures[0]!.values;
    expect(values.map((v) => v.value)).toEqual([1200, 2000, 4500]);
    expect(values[0]?.articles).toContain('northern-wire/2026-11-21-marlow-cross-flood.json');
    expect(values[2]?.articles).toEqual(['daily-ledger/marlow-cross-evacuations.txt']);
    const others = run.digest.stories.filter((s) => s !== flood).flatMap((s) => s.figures);
    expect(others).toEqual([]);
  });

  it('keeps boilerplate out of every statement', () => {
    const boilerplate = /advertisement|physical address|@[\w-]+\.example|en_USEnglish|contributed to this report|\[WIRE PHOTO\]|^forum$|skip to main content|share this article|^\d+ ?F$/i;
    const dirty = run.digest.stories.flatMap((s) => s.statements.flatMap((st) => st.variants)).filter((v) => boilerplate.test(v.text));
    expect(dirty).toEqual([]);
  });

  it('renders both parts of the email from the digest', () => {
    expect(run.email.html).toContain('Marlow Cross');
    expect(run.email.text).toContain('Marlow Cross');
    expect(run.email.subject.length).toBeGreaterThan(10);
  });
});
