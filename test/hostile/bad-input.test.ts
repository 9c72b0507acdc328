/**
 * Issue 7, bad input: every kind of hostile or broken file goes through the real path (readDay over an
 * ArticleSource -> buildDigest -> renderEmail -> buildMime) beside six good articles. Each must have a clear
 * outcome (included after cleaning, or skipped with a reason), nothing may throw, and the good articles must
 * still make the same two stories with the same statements as on a day without the bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Digest } from '../../lambdas/pipeline/model.js';
import { awkwardIdBody, awkwardIds, badInputs, SIZE_CAP, type BadInput } from './cases.js';
import { expectAccounted, expectSafeHeaders, expectSafeHtml, expectValidDigest } from './checks.js';
import { goodFiles, GOOD_STORIES, mailFor, memorySource, runDay, storyOf, type DayRun, type FileBody } from './day.js';

const CASES = badInputs();
const KINDS = [...new Set(CASES.map((c) => c.kind))];
/** How many bad inputs of each kind went through the path (printed at the end, for the report). */
const tried = new Map<string, number>();

let baseline: DayRun;
beforeAll(async () => {
  baseline = await runDay(memorySource(goodFiles()), { maxBytes: SIZE_CAP });
});

afterAll(() => {
  const rows = [...tried.entries()].map(([kind, n]) => `  ${String(n).padStart(3)}  ${kind}`);
  const total = [...tried.values()].reduce((a, b) => a + b, 0);
  console.info(`hostile inputs tried: ${total} in ${tried.size} kinds\n${rows.join('\n')}`);
});

function count(kind: string, n = 1): void {
  tried.set(kind, (tried.get(kind) ?? 0) + n);
}

/** The good stories of a day: for each, its article ids and its statement texts. */
function goodStories(digest: Digest) {
  return Object.entries(GOOD_STORIES).map(([name, ids]) => {
    const story = storyOf(digest, ids[0]!);
    return { name, articles: story?.articles.map((a) => a.id).sort(), statements: story?.statements.map((s) => s.text).sort() };
  });
}

function expectGoodDayIntact(run: DayRun): void {
  const stories = goodStories(run.digest);
  for (const s of stories) expect(s.articles, `story ${s.name}`).toEqual([...GOOD_STORIES[s.name as keyof typeof GOOD_STORIES]].sort());
  expect(stories).toEqual(goodStories(baseline.digest));
  // Both good stories have three outlets, so they lead the email as story cards.
  for (const ids of Object.values(GOOD_STORIES)) {
    const title = storyOf(run.digest, ids[0]!)!.title;
    expect(run.email.html).toContain(escapeHtml(title));
  }
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function expectOutcome(run: DayRun, c: BadInput): void {
  const article = run.day.articles.find((a) => a.id === c.id);
  const skip = run.day.skipped.find((s) => s.id === c.id);
  if ('skipped' in c.outcome) {
    expect(article, `${c.id} should have been skipped`).toBeUndefined();
    expect(skip?.reason, `skip reason of ${c.id}`).toMatch(c.outcome.skipped);
  } else {
    expect(skip, `${c.id} was skipped: ${skip?.reason}`).toBeUndefined();
    c.outcome.included(article as Article);
    expect(run.digest.stories.filter((s) => s.articles.some((a) => a.id === c.id))).toHaveLength(1);
  }
}

/** Every string an article contributes that has markup characters: the HTML must never carry one raw. */
function articleStrings(articles: readonly Article[]): string[] {
  return articles.flatMap((a) => [a.title ?? '', a.source, ...a.text.split('\n')]).filter((s) => /[<>&"]/.test(s));
}

async function runWith(cases: readonly BadInput[], extra: ReadonlyMap<string, FileBody> = new Map()) {
  const files = new Map<string, FileBody>([...goodFiles(), ...extra]);
  const sizes = new Map<string, number | 'unknown'>();
  for (const c of cases) {
    files.set(c.id, c.body);
    if (c.listedSize !== undefined) sizes.set(c.id, c.listedSize);
  }
  const run = await runDay(memorySource(files, sizes), { maxBytes: SIZE_CAP });
  expectAccounted(run, [...files.keys()]);
  expectValidDigest(run.digest);
  expectSafeHtml(run.email.html, articleStrings(run.day.articles));
  expectSafeHeaders(run);
  expectGoodDayIntact(run);
  return run;
}

describe('bad input, one kind at a time beside the good day', () => {
  it.each(KINDS)('%s', async (kind) => {
    const cases = CASES.filter((c) => c.kind === kind);
    const run = await runWith(cases);
    for (const c of cases) expectOutcome(run, c);
    count(kind, cases.length);
  });

  it('ids with spaces, Unicode, control characters, markup and ../ are only ids', async () => {
    const ids = awkwardIds();
    const extra = new Map(ids.map(({ id }, i) => [id, awkwardIdBody(i)] as const));
    const run = await runWith([], extra);
    for (const { id } of ids) expect(run.day.articles.map((a) => a.id), id).toContain(id);
    // Ids name files, not content: none of them reaches the email, so none can inject anything there.
    for (const { id } of ids) expect(run.email.html.includes(id)).toBe(false);
    for (const { kind } of ids) count(kind);
  });
});

describe('every bad input in one day', () => {
  it('has a clear outcome for each and leaves the good stories as they were', async () => {
    const extra = new Map(awkwardIds().map(({ id }, i) => [id, awkwardIdBody(i)] as const));
    const run = await runWith(CASES, extra);
    for (const c of CASES) expectOutcome(run, c);
    const included = CASES.filter((c) => 'included' in c.outcome).length;
    expect(run.day.skipped).toHaveLength(CASES.length - included);
    // The digest says how many files it could not use, in the totals the reader sees.
    expect(run.digest.stats.skipped.length).toBe(CASES.length - included);
  });
});

describe('the checks themselves can fail', () => {
  it('catches injected markup, a stray header and an unescaped string', async () => {
    const html = baseline.email.html;
    expect(() => expectSafeHtml(html.replace('</body>', '<img src=x onerror=alert(1)></body>'))).toThrow();
    expect(() => expectSafeHtml(html.replace('</body>', '<a href="javascript:alert(1)">x</a></body>'))).toThrow();
    expect(() => expectSafeHtml(html.replace('</body>', '</mj-text></body>'))).toThrow();
    expect(() => expectSafeHtml(html.replace('</body>', '<p>a & b <i>c</i></p></body>'), ['a & b <i>c</i>'])).toThrow();
    const mime = baseline.mime.replace('\r\nSubject:', '\r\nBcc: victim@example.com\r\nSubject:');
    expect(() => expectSafeHeaders({ ...baseline, mime })).toThrow();
  });
});

describe('a title with CR/LF as the top story', () => {
  it('becomes one Subject line: the would-be headers stay inside it as text', async () => {
    // Straight into the renderer: whichever headline the story picks, the Subject must hold.
    const digest = structuredClone(baseline.digest);
    const top = digest.stories[0]!;
    top.title = 'Footbridge reopens\r\nBcc: victim@example.com\nX-Injected: yes\r\n\r\n<b>body</b>\u2028X-More: 1';
    const run = { day: baseline.day, ...(await mailFor(digest)) };
    expectSafeHeaders(run);
    expect(run.email.subject).toMatch(/^Footbridge reopens Bcc: victim@example\.com X-Injected: yes <b>body<\/b> X-More: 1 \+ 1 more story$/);
    const headerBlock = run.mime.slice(0, run.mime.indexOf('\r\n\r\n'));
    expect(headerBlock).not.toMatch(/^(?:Bcc|X-Injected|X-More):/im);
    expectSafeHtml(run.email.html, [top.title]);
    count('title with CR/LF (as Subject)');
  });
});
