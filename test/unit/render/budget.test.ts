import { describe, expect, it } from 'vitest';
import { generatedDigest } from './generate.js';
import { dayDigest, OPTS } from './fixture.js';
import { loadRender } from './built.js';

const { renderEmail, renderArchiveHtml, HTML_BUDGET_BYTES } = await loadRender();
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('HTML size budget (Gmail clips over 102 KB)', () => {
  it('keeps a normal day whole', () => {
    const email = renderEmail(dayDigest(), OPTS);
    expect(email.html).not.toContain('did not fit');
    expect(email.text).not.toContain('did not fit');
  });

  it('cuts a 200-story day to the top stories under 100 KB and links to the full archived digest', () => {
    const digest = generatedDigest(200);
    const email = renderEmail(digest, OPTS);
    expect(bytes(email.html)).toBeLessThanOrEqual(HTML_BUDGET_BYTES);
    expect(bytes(email.html)).toBeLessThan(100_000);
    // It is cut near the budget, not far below it: as many stories as fit.
    expect(bytes(email.html)).toBeGreaterThan(HTML_BUDGET_BYTES * 0.9);
    const shown = [...email.html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(200);
    // The top stories, in the pipeline's order.
    expect(shown[0]).toBe(digest.stories[0]!.title);
    expect(shown[1]).toBe(digest.stories[1]!.title);
    const rest = 200 - (shown.length - (email.html.includes('Also reported by one outlet') ? 1 : 0));
    expect(email.html).toContain(`${rest} more stories</strong> did not fit in this email`);
    expect(email.html).toMatch(/<a [^>]*href="https:\/\/digest\.example\/2025-03-14"[^>]*>Read the full digest<\/a>/);
    // The footer (and its unsubscribe link) survives the cut.
    expect(email.html).toMatch(/>Unsubscribe<\/a>/);
    // The text part tells the same and links the same.
    expect(email.text).toContain(`${rest} more stories did not fit in this email.`);
    expect(email.text).toContain('Read the full digest: https://digest.example/2025-03-14');
  });

  it('shows a story 500 outlets carried with long links: its card names ten outlets and counts the rest', () => {
    // Every outlet listed by name and link made this card alone larger than the budget, and the email showed none.
    const digest = dayDigest();
    const story = digest.stories[0]!;
    const original = story.articles[0]!;
    story.articles = Array.from({ length: 500 }, (_, i) => ({
      ...original,
      id: `outlet-${i}/story.json`,
      source: `Regional Outlet Number ${i}`,
      url: `https://outlet-${i}.example/news/${'very-long-path-segment/'.repeat(8)}story-${i}`,
    }));
    const names = story.articles.map((a) => a.source);
    for (const st of story.statements) (st.sources = names), (st.articles = story.articles.map((a) => a.id));
    const email = renderEmail(digest, OPTS);
    expect(bytes(email.html)).toBeLessThanOrEqual(HTML_BUDGET_BYTES);
    expect(email.html).toContain(story.title!);
    expect(email.html).toContain('490 more');
    expect(email.text).toContain('490 more');
    expect(email.html).not.toContain('top 0 of');
  });

  it('shortens cards before it drops stories, and never shows none: a top story with 400 disputed figures', () => {
    const digest = dayDigest();
    const story = digest.stories[0]!;
    const ids = story.articles.map((a) => a.id);
    // Each figure alone is a few hundred bytes; together they are several times the budget.
    story.figures = Array.from({ length: 400 }, (_, i) => ({
      subject: `boats counted in harbour basin number ${i}`,
      values: [
        { value: i, text: `${i} boats`, articles: [ids[0]!], claimedBy: 'the harbour master' },
        { value: i + 7, text: `${i + 7} boats`, articles: [ids[1]!], claimedBy: 'the port authority' },
      ],
    }));
    const email = renderEmail(digest, OPTS);
    expect(bytes(email.html)).toBeLessThanOrEqual(HTML_BUDGET_BYTES);
    // Every story of the day is there, the big card shortened, and the reader is told so (both parts).
    for (const s of digest.stories) expect(email.html).toContain(s.title!);
    expect(email.html).toContain('Boats counted in harbour basin number 0');
    expect(email.html).not.toContain('Boats counted in harbour basin number 2<');
    expect(email.html).toContain('Some statements and figures</strong> did not fit in this email.');
    expect(email.html).toContain('This email shows every story, some statements and figures left out, to stay short.');
    expect(email.text).toContain('Some statements and figures did not fit in this email.');
  });

  it('keeps a headline and a lead when even a shortened card is too big', () => {
    const digest = dayDigest();
    const story = digest.stories[0]!;
    const ids = story.articles.map((a) => a.id);
    // Two figures, each with 2,000 values: compact keeps both figures; only the minimal card fits.
    story.figures = [0, 1].map((f) => ({
      subject: `catch weighed at quay ${f}`,
      values: Array.from({ length: 2000 }, (_, i) => ({ value: i, text: `${i} tonnes`, articles: [ids[i % ids.length]!] })),
    }));
    const email = renderEmail(digest, OPTS);
    expect(bytes(email.html)).toBeLessThanOrEqual(HTML_BUDGET_BYTES);
    expect(email.html).toContain(story.title!);
    expect(email.html).not.toContain('Catch weighed at quay');
    expect(email.html).toContain('headlines and leads only');
  });

  it('renders every story in the archived copy', () => {
    const archive = renderArchiveHtml(generatedDigest(200), OPTS);
    expect(bytes(archive)).toBeGreaterThan(HTML_BUDGET_BYTES);
    expect(archive).not.toContain('did not fit');
    expect(archive).toContain('(200)');
    expect(archive).not.toContain('View in browser');
  });
});
