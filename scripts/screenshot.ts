/**
 * `npm run screenshot`: renders out/digest.html in Debian's headless Chromium and saves the pictures the README
 * shows (docs/digest-desktop.png at 800 px, docs/digest-mobile.png at 375 px). Run `npm run digest` first.
 * Uses playwright-core with the system browser: nothing is downloaded.
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function main() {
  const html = path.resolve(process.argv[2] ?? 'out/digest.html');
  if (!existsSync(html)) throw new Error(`${html} not found: run npm run digest first`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no browser at ${CHROMIUM_PATH}: apt-get install chromium`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const [name, width] of [['desktop', 800], ['mobile', 375]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(html).href);
      const out = path.resolve('docs', `digest-${name}.png`);
      await page.screenshot({ path: out, fullPage: true });
      process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  process.stderr.write(`screenshot: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
