/**
 * The sample day in samples/ is the README's quick start and the answer key other tests are built on.
 * These checks keep the files and docs/samples.md in step: if someone edits a sample so that a quote no longer
 * appears where the key says, or a figure changes, this fails before a pipeline test fails for a confusing reason.
 * They check the data only, never pipeline behaviour.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../samples/', import.meta.url));
/** The answer key lives in docs/, so that samples/ holds only what a day's input would. */
const KEY_PATH = fileURLToPath(new URL('../../docs/samples.md', import.meta.url));
const BROKEN = 'civic-post/broken.json';
const BINARY = 'valley-courier/print-edition.pdf';

/** Absolute paths of every file under `dir`, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const files = walk(ROOT)
  .map((full) => relative(ROOT, full).split(sep).join('/'))
  .sort();
const articleFiles = files.filter((id) => id !== BROKEN && id !== BINARY);
const read = (id: string): string => readFileSync(join(ROOT, id), 'utf8');

/** Curly quotes and apostrophes as straight ones, so a key written with straight quotes matches either style. */
const straighten = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

interface JsonArticle {
  title?: unknown;
  text?: unknown;
  body?: unknown;
  source?: unknown;
  url?: unknown;
  publishedAt?: unknown;
  author?: unknown;
}

/** The article body as a reader would roughly see it: JSON text/body, the <article> element, or the whole txt. */
function bodyOf(id: string): string {
  const raw = read(id);
  if (id.endsWith('.json')) {
    const j = JSON.parse(raw) as JsonArticle;
    const body = j.text ?? j.body;
    if (typeof body !== 'string') throw new Error(`${id}: no text or body`);
    return body;
  }
  if (id.endsWith('.html')) {
    const { document } = parseHTML(raw);
    const article = document.querySelector('article');
    if (!article) throw new Error(`${id}: no <article>`);
    return article.textContent ?? '';
  }
  return raw;
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe('sample day layout', () => {
  it('has 6 outlet folders and 20 files, of which 18 are articles', () => {
    const outlets = new Set(files.map((id) => id.split('/')[0]));
    expect([...outlets].sort()).toEqual([
      'civic-post',
      'daily-ledger',
      'harbor-times',
      'metro-herald',
      'northern-wire',
      'valley-courier',
    ]);
    expect(files.every((id) => id.split('/').length === 2)).toBe(true);
    expect(files).toHaveLength(20);
    expect(articleFiles).toHaveLength(18);
  });

  it('mixes the three formats', () => {
    const count = (ext: string): number => articleFiles.filter((id) => id.endsWith(ext)).length;
    expect(count('.txt')).toBe(8);
    expect(count('.json')).toBe(6);
    expect(count('.html')).toBe(4);
  });

  it('keeps every article body between 150 and 450 words', () => {
    for (const id of articleFiles) {
      const n = wordCount(bodyOf(id));
      expect(n, id).toBeGreaterThanOrEqual(150);
      expect(n, id).toBeLessThanOrEqual(450);
    }
  });

  it('gives every JSON article the metadata fields, on the sample day', () => {
    for (const id of articleFiles.filter((f) => f.endsWith('.json'))) {
      const j = JSON.parse(read(id)) as JsonArticle;
      expect(typeof j.title, id).toBe('string');
      expect(typeof (j.text ?? j.body), id).toBe('string');
      expect(j.url, id).toMatch(/^https:\/\/[a-z]+\.example\//);
      expect(j.publishedAt, id).toMatch(/^2026-11-21T/);
      expect(typeof j.author, id).toBe('string');
    }
    // Deliberate gaps the reader must cope with.
    expect((JSON.parse(read('civic-post/flood-update.json')) as JsonArticle).source).toBeUndefined();
    expect((JSON.parse(read('harbor-times/gullstone-lighthouse.json')) as JsonArticle).text).toBeUndefined();
  });

  it('gives every HTML page the head metadata the reader uses', () => {
    for (const id of articleFiles.filter((f) => f.endsWith('.html'))) {
      const { document } = parseHTML(read(id));
      const meta = (sel: string): string | null | undefined => document.querySelector(sel)?.getAttribute('content');
      expect(meta('meta[property="og:title"]'), id).toBeTruthy();
      expect(meta('meta[property="og:site_name"]'), id).toBeTruthy();
      expect(meta('meta[property="article:published_time"]'), id).toMatch(/^2026-11-21T/);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), id).toMatch(
        /^https:\/\/[a-z]+\.example\//,
      );
    }
  });

  it('has one malformed JSON file and one small binary file', () => {
    expect(() => JSON.parse(read(BROKEN))).toThrow();
    const pdf = readFileSync(join(ROOT, BINARY));
    expect(pdf.length).toBeLessThan(1024);
    expect(pdf.includes(0)).toBe(true);
  });

  it('uses only example domains for URLs and e-mail addresses', () => {
    // schema.org is a vocabulary namespace in JSON-LD / microdata, not an outlet.
    const allowedHost = (host: string): boolean =>
      host === 'example.com' || host.endsWith('.example') || host === 'schema.org';
    for (const id of [...articleFiles, BROKEN]) {
      const text = read(id);
      for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) expect(allowedHost(m[1] ?? ''), `${id}: ${m[0]}`).toBe(true);
      for (const m of text.matchAll(/[\w.+-]+@([a-z0-9.-]+\.[a-z]+)/gi)) expect(allowedHost(m[1] ?? ''), `${id}: ${m[0]}`).toBe(true);
    }
  });

  it('names every file in the answer key', () => {
    const key = readFileSync(KEY_PATH, 'utf8');
    for (const id of files) expect(key, id).toContain('`' + id + '`');
  });
});

describe('sample day answer key', () => {
  /**
   * Wording that must appear (after straightening quotes) in exactly these files. A final period is not required:
   * in the text a quotation often ends with a comma before "he said".
   */
  const exactly = (wording: string, expected: string[]): void => {
    const needle = wording.replace(/\.$/, '');
    const found = articleFiles.filter((id) => straighten(bodyOf(id)).includes(needle));
    expect(found.sort(), wording).toEqual([...expected].sort());
  };

  it('places the verbatim quotes where the key says', () => {
    exactly(
      'The quota is not a suggestion. Every boat that fishes under Article 7 will be counted, and every boat that does not will be turned back.',
      ['northern-wire/2026-11-21-fisheries-agreement.json', 'civic-post/fisheries-article-7.html'],
    );
    exactly('"The quota is not a recommendation," Varnay said. "Each vessel fishing under Article 7 will be counted', [
      'daily-ledger/grey-sea-quota.txt',
    ]);
    exactly('the new herring quota is "not a suggestion"', ['metro-herald/varnay-quota.txt']);
    exactly("What Estmarch does inside its own waters is Estmarch's business.", [
      'northern-wire/2026-11-21-fisheries-agreement.json',
    ]);
    exactly('We came to these talks as rivals and we leave as neighbours who share a sea.', [
      'northern-wire/2026-11-21-fisheries-agreement.json',
      'civic-post/fisheries-article-7.html',
    ]);
    exactly('We have waited fourteen months for a number we can plan around. Now we have one.', [
      'civic-post/fisheries-article-7.html',
      'metro-herald/varnay-quota.txt',
    ]);
    exactly(
      'The water came up faster than any of our models said it would. We moved people first and we will count them properly in the morning.',
      ['northern-wire/2026-11-21-marlow-cross-flood.json', 'civic-post/flood-update.json'],
    );
    exactly('Nobody in Marlow Cross will sleep outside tonight. Every door in this town is open.', [
      'harbor-times/flood-marlow-cross.html',
      'metro-herald/marlow-cross-flood.txt',
    ]);
    exactly('The building was lost within the first hour. Our job after that was to stop it taking the street with it.', [
      'harbor-times/brennick-warehouse-fire.txt',
      'metro-herald/brennick-blaze.html',
    ]);
    exactly('We are treating this fire as deliberate until we have a reason not to.', [
      'valley-courier/tollhaven-fire.json',
      'daily-ledger/tollhaven-depot-fire.txt',
    ]);
    exactly(
      'This tunnel was dug by hand in 1911 and it will carry trains for another hundred years. It was worth doing properly.',
      [
        'northern-wire/2026-11-21-hollin-tunnel.json',
        'civic-post/rail-tunnel-reopening.txt',
        'valley-courier/hollin-tunnel.html',
        'harbor-times/hollin-tunnel-reopens.txt',
      ],
    );
  });

  it('places each value of the disputed evacuation figure where the key says', () => {
    exactly('1,200 residents', [
      'northern-wire/2026-11-21-marlow-cross-flood.json',
      'civic-post/flood-update.json',
      'daily-ledger/marlow-cross-evacuations.txt',
    ]);
    exactly('2,000', ['harbor-times/flood-marlow-cross.html', 'metro-herald/marlow-cross-flood.txt']);
    exactly('As many as 4,500', ['daily-ledger/marlow-cross-evacuations.txt']);
  });

  it('keeps agreed numbers equal across a story (they must not look disputed)', () => {
    exactly('38,000 tonnes', [
      'northern-wire/2026-11-21-fisheries-agreement.json',
      'civic-post/fisheries-article-7.html',
      'daily-ledger/grey-sea-quota.txt',
      'metro-herald/varnay-quota.txt',
    ]);
    exactly('4.8 metres', [
      'northern-wire/2026-11-21-marlow-cross-flood.json',
      'civic-post/flood-update.json',
      'harbor-times/flood-marlow-cross.html',
      'metro-herald/marlow-cross-flood.txt',
      'daily-ledger/marlow-cross-evacuations.txt',
    ]);
  });

  it('makes the two tunnel copies near-verbatim copies of the wire story', () => {
    const wire = straighten(bodyOf('northern-wire/2026-11-21-hollin-tunnel.json'))
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    const paragraphs = wire.slice(1, 6); // the dateline paragraph differs by design; the credit line is dropped
    for (const copy of ['civic-post/rail-tunnel-reopening.txt', 'valley-courier/hollin-tunnel.html']) {
      const text = straighten(bodyOf(copy));
      const kept = paragraphs.filter((p) => text.includes(p.replace('compared with', 'against')) || text.includes(p));
      expect(kept.length, copy).toBe(paragraphs.length);
    }
  });

  it('keeps the glued sentence the splitter must repair', () => {
    expect(read('metro-herald/marlow-cross-flood.txt')).toContain('two dogs.The council said');
  });
});
