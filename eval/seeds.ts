/**
 * The seeds read as a reader would: five outlets' reports of one press conference, through the same code the
 * CLI runs (filesystem source -> readers -> pipeline -> email). Each check is one thing a good digest shows.
 */
import path from 'node:path';
import type { EvalCheck, EvalSection } from './types.js';
import type { Statement } from '../lambdas/pipeline/model.js';
import { FsArticleSource } from '../lambdas/io/fs-source.js';
import { runDigest } from '../lambdas/digest/run.js';

/** Quotes every good digest of the seeds merges, with the files (by their number prefix) that carry them. */
const QUOTES = [
  { name: 'satellite images quote', pattern: /images\b[^]*serious|serious[^]*images/i, files: ['000', '001', '002', '004'] },
  { name: 'Article 4 quote', pattern: /framework[^]*business/i, files: ['000', '001', '002', '003', '004'] },
  { name: 'NATO presence quote', pattern: /who is present/i, files: ['000', '001', '002', '004'] },
];

/** Who said the three quotes (the seeds' answer key, checked here, never used as a rule in the pipeline). */
const SPEAKER = 'Vladimir Putin';

/** Boilerplate lines the seeds carry; none may reach a statement. */
const BOILERPLATE = [
  /advertisement/i,
  /[\w.]+@[\w.]+\.\w+/, // e-mail address of a byline
  /physical address/i,
  /\b\d+ north cardinal/i,
  /\bMA 02124\b/,
  /\b\d+(\.\d+)? ?F\b/, // weather line
  /en_US/,
  /^forum$/i,
  /contributed to this report/i,
  /some information came from/i,
  /\[REUTERS\]/,
  /^BY [A-Z]+ [A-Z]+/,
];

export async function evaluateSeeds(corporaDir: string): Promise<EvalSection> {
  const { digest, email } = await runDigest({
    source: new FsArticleSource(path.join(corporaDir, 'seeds')),
    date: '2024-10-24',
    links: { unsubscribeUrl: 'https://example.com/unsubscribe' },
  });
  const checks: EvalCheck[] = [];
  const fileOf = (id: string) => id.slice(0, 3);

  const story = digest.stories[0];
  checks.push({
    name: 'seeds: one story with all five articles, none skipped',
    ok: digest.stories.length === 1 && story?.articles.length === 5 && digest.stats.skipped.length === 0,
    detail: `${digest.stories.length} stories of sizes ${digest.stories.map((s) => s.articles.length).join('/')}, ${digest.stats.skipped.length} skipped`,
  });

  const statements = digest.stories.flatMap((s) => s.statements);
  for (const q of QUOTES) {
    const matching = statements.filter((s) => s.variants.some((v) => q.pattern.test(v.text)));
    const got = matching.map((s) => s.articles.map(fileOf).sort().join(','));
    checks.push({
      name: `seeds: ${q.name} is one statement naming ${q.files.join(', ')}`,
      ok: matching.length === 1 && got[0] === q.files.join(','),
      detail: `found in ${matching.length} statement(s): [${got.join('] [')}]`,
    });
  }

  const troops = digest.stories.flatMap((s) => s.figures).find((f) => /troop|soldier/i.test(f.subject));
  const values = troops?.values.map((v) => v.value).sort((a, b) => a - b) ?? [];
  checks.push({
    name: 'seeds: North Korean troop figure disputed with 1,500, 3,000 and 12,000',
    ok: [1500, 3000, 12000].every((v) => values.includes(v)),
    detail: troops ? `"${troops.subject}": ${values.join(', ')}` : 'no troop figure',
  });

  // Issue 4: only a real disagreement is flagged. Article numbers, years, ages, durations are not figures in dispute.
  const figures = digest.stories.flatMap((s) => s.figures);
  checks.push({
    name: 'seeds: no figure flagged that is not a real disagreement (only the troop figure)',
    ok: figures.length === 1 && figures[0] === troops,
    detail: figures.map((f) => `"${f.subject}": ${f.values.map((v) => v.text).join(' / ')}`).join('; ') || 'no figure',
  });

  // Issue 4: who said it. Each of the three merged quotes is attributed to the speaker by full name.
  for (const q of QUOTES) {
    const matching = statements.filter((s) => s.variants.some((v) => q.pattern.test(v.text)) && s.articles.length > 1);
    checks.push({
      name: `seeds: ${q.name} attributed to ${SPEAKER}`,
      ok: matching.length === 1 && matching[0]!.speaker === SPEAKER,
      detail: matching.map((s) => String(s.speaker)).join(', ') || 'no merged statement',
    });
  }

  const dirty = boilerplateIn(statements);
  checks.push({
    name: 'seeds: no boilerplate in any statement',
    ok: dirty.length === 0,
    detail: dirty.length ? dirty.slice(0, 3).join(' | ') : `${statements.length} statements clean`,
  });

  checks.push({
    name: 'seeds: the email has an HTML and a text part',
    ok: email.html.includes('<html') && email.text.length > 200,
  });

  // What one outlet alone carries and a reader should not miss (issue 14): Brekelmans's "first step to the World
  // War" (002 only) and Putin's "sovereign decision" (002 only) appear in the email's single-reports box.
  const alone = (email.text.split(/WHAT SINGLE REPORTS ADD/i)[1] ?? '').replace(/\s+/g, ' ');
  const news = ['first step to the World War', 'sovereign decision'].filter((q) => alone.includes(q));
  checks.push({
    name: 'seeds: the email shows what single reports add ("first step to the World War", "sovereign decision")',
    ok: news.length === 2,
    detail: alone ? `found: ${news.join(', ') || 'neither'}` : 'no single-reports box',
  });

  return { rows: [], checks };
}

function boilerplateIn(statements: Statement[]): string[] {
  const out: string[] = [];
  for (const s of statements)
    for (const v of s.variants) if (BOILERPLATE.some((re) => re.test(v.text))) out.push(`${v.article}: ${v.text.slice(0, 80)}`);
  return out;
}

