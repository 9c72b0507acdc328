/**
 * `npm run screenshot`: renders out/digest.html in Debian's headless Chromium and saves the pictures the README
 * shows: docs/digest-desktop.png (800 px), docs/digest-mobile.png (375 px) and docs/digest-dark.png (375 px,
 * dark mode). Run `npm run digest` first. Uses playwright-core with the system browser: nothing is downloaded.
 *
 *   npm run screenshot [-- HTML_FILE [OUT_DIR]]
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Shot {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
}

export const SHOTS: readonly Shot[] = [
  { name: 'digest-desktop', width: 800, colorScheme: 'light' },
  { name: 'digest-mobile', width: 375, colorScheme: 'light' },
  { name: 'digest-dark', width: 375, colorScheme: 'dark' },
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Full-page screenshots of one HTML file; returns the files written. */
export async function screenshot(htmlFile: string, outDir: string, shots: readonly Shot[] = SHOTS): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport: { width: shot.width, height: 900 }, deviceScaleFactor: 1, colorScheme: shot.colorScheme });
      // The email must need nothing from the network: refuse every request but the file itself.
      await page.route(/^(?!file:)/, (route) => route.abort());
      await page.goto(pathToFileURL(htmlFile).href);
      const out = path.join(outDir, `${shot.name}.png`);
      await page.screenshot({ path: out, fullPage: true });
      written.push(out);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

async function main() {
  const html = path.resolve(process.argv[2] ?? 'out/digest.html');
  const outDir = path.resolve(process.argv[3] ?? 'docs');
  if (!existsSync(html)) throw new Error(`${html} not found: run npm run digest first`);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no browser at ${CHROMIUM_PATH}: apt-get install chromium`);
  for (const file of await screenshot(html, outDir)) process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((err) => {
    process.stderr.write(`screenshot: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
