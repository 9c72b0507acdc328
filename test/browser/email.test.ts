/// <reference lib="dom" />
/**
 * The digest email in a real browser: Debian's headless Chromium through playwright-core (never a downloaded
 * browser). The sample day is rendered in setup through the real run path (runDigest over samples/ with
 * FsArticleSource), then loaded at phone and desktop widths, in light and dark mode.
 *
 * Without /usr/bin/chromium these tests are skipped on a developer's machine (with a message saying so), and
 * fail in CI (CI=true), where .ci/run installs the browser.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTemplateBuilt } from '../unit/render/built.js';
import { CHROMIUM_PATH, launchChromium } from '../../scripts/screenshot.js';
import { contrastReport, type ContrastFailure } from './contrast.js';

const IN_CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';
const HAVE_BROWSER = existsSync(CHROMIUM_PATH);
if (!HAVE_BROWSER && !IN_CI) {
  console.warn(
    `test/browser: SKIPPED - no Chromium at ${CHROMIUM_PATH}. Install it with ` +
      '`sudo apt-get install chromium` (Debian/Ubuntu) to run the email browser tests; CI always runs them.',
  );
}

const OUT_DIR = path.resolve('out', 'browser');
const ARCHIVE_URL = 'https://digest.example/archive/sample-day.html';
const VIEWPORTS = [
  { width: 375, colorScheme: 'light' },
  { width: 375, colorScheme: 'dark' },
  { width: 800, colorScheme: 'light' },
  { width: 800, colorScheme: 'dark' },
] as const;

describe.skipIf(!HAVE_BROWSER && !IN_CI)('the digest email in Chromium', () => {
  let browser: Browser;
  let htmlFile: string;

  beforeAll(async () => {
    await ensureTemplateBuilt();
    const [{ runDigest }, { FsArticleSource }, { LOCAL_UNSUBSCRIBE_URL }] = await Promise.all([
      import('../../lambdas/digest/run.js'),
      import('../../lambdas/io/fs-source.js'),
      import('../../lambdas/cli/digest-command.js'),
    ]);
    const { email } = await runDigest({
      source: new FsArticleSource(path.resolve('samples')),
      fallbackDate: '2026-01-01',
      links: { unsubscribeUrl: LOCAL_UNSUBSCRIBE_URL, archiveUrl: ARCHIVE_URL },
    });
    await mkdir(OUT_DIR, { recursive: true });
    htmlFile = path.join(OUT_DIR, 'digest.html');
    await writeFile(htmlFile, email.html, 'utf8');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number, colorScheme: 'light' | 'dark'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    await page.emulateMedia({ colorScheme });
    // The email must need nothing from the network to be read.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(htmlFile).href);
    return page;
  }

  it('has a contrast check that catches faint text and sees through to the real background', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<body style="background:#ffffff"><p style="color:#aaaaaa">faint grey</p><p style="color:#111111">dark ink</p>' +
        '<div style="background:#1f2937"><p style="color:#374151">dark on dark</p></div></body>',
    );
    const report = await page.evaluate(contrastReport);
    await page.close();
    expect(report.checked).toBe(3);
    expect(report.failures.map((f) => f.text)).toEqual(['faint grey', 'dark on dark']);
  });

  for (const { width, colorScheme } of VIEWPORTS) {
    describe(`${width} px, ${colorScheme}`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await open(width, colorScheme);
      });
      afterAll(async () => {
        await page?.close();
      });

      it('does not scroll sideways', async () => {
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(clientWidth).toBe(width);
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      });

      it('links only to http(s) URLs', async () => {
        const hrefs = await page.$$eval('a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(5);
        for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
        expect(hrefs).toContain(ARCHIVE_URL);
      });

      it('has readable text: WCAG AA contrast (4.5:1) for every visible text element', async () => {
        const report = await page.evaluate(contrastReport);
        expect(report.checked).toBeGreaterThan(30);
        const failures: ContrastFailure[] = report.failures;
        expect(failures).toEqual([]);
        // The page really is in the requested scheme (dark styles applied, not just a light page).
        if (colorScheme === 'dark') expect(report.bodyLuminance).toBeLessThan(0.05);
        else expect(report.bodyLuminance).toBeGreaterThan(0.7);
      });

      it('is a document with a language and an outline of headings', async () => {
        const outline = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelectorAll('h1').length,
          h2: document.querySelectorAll('h2').length,
          images: document.querySelectorAll('img').length,
        }));
        expect(outline).toMatchObject({ lang: 'en', h1: 1, images: 0 });
        expect(outline.h2).toBeGreaterThanOrEqual(3);
      });

      it('saves a screenshot', async () => {
        const file = path.join(OUT_DIR, `digest-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(10_000);
      });
    });
  }
});
