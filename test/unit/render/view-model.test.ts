import { describe, expect, it } from 'vitest';
import { toViewModel, totalsLine } from '../../../lambdas/render/view-model.js';
import { dayDigest, emptyDigest, HOSTILE, hostileDigest, OPTS } from './fixture.js';

describe('toViewModel', () => {
  const view = toViewModel(dayDigest(), OPTS);
  const [budget, storm, library] = view.stories;

  it('keeps the stories in digest order and numbers them', () => {
    expect(view.stories.map((s) => s.headline)).toEqual([
      'Riverton council approves harbour budget after all-night session',
      'Storm closes the coastal highway for a second day',
      'Library extends weekend opening hours',
    ]);
    expect(view.stories.map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('formats the header: date and totals with plurals', () => {
    expect(view.dateLabel).toBe('Friday, 14 March 2025');
    expect(view.totals).toBe('8 articles read · 4 outlets · 3 stories · 5 statements merged');
    const one = dayDigest();
    one.stats = { articles: 1, outlets: 1, stories: 1, statementsMerged: 1, skipped: [] };
    expect(totalsLine(one)).toBe('1 article read · 1 outlet · 1 story · 1 statement merged');
  });

  it('lists each outlet once, linked only to http(s) article URLs', () => {
    expect(budget!.outletCount).toBe('4 outlets');
    expect(budget!.outlets).toEqual([
      { name: 'Harbor Daily', url: 'https://harbor.example/budget', sep: ', ' },
      { name: 'The Valley Post', url: 'http://valley.example/news/42', sep: ', ' },
      // The first Metro Wire article has no URL; the second one's is used.
      { name: 'Metro Wire', url: 'https://metro.example/late', sep: ' and ' },
      { name: 'Sketchy Site', url: null, sep: '' },
    ]);
    expect(storm!.outletCount).toBe('1 outlet');
    expect(library!.outlets.map((o) => o.url)).toEqual([null, null]);
  });

  it('shows key statements only, in rank order, with speaker and outlets', () => {
    expect(budget!.statements).toHaveLength(2);
    expect(budget!.statements[0]).toEqual({
      isQuote: true,
      text: '“We will not raise the ferry fares this year.”',
      speaker: 'Mayor Ana Ruiz',
      attribution: '— Mayor Ana Ruiz · 4 outlets: Harbor Daily, The Valley Post, Metro Wire and Sketchy Site',
    });
    expect(budget!.statements[1]).toMatchObject({
      isQuote: false,
      text: 'The budget adds two night ferries from March.',
      attribution: '— 1 outlet: The Valley Post',
    });
    expect(library!.hasStatements).toBe(false);
  });

  it('lists disputed figures lowest first, with outlets and who claims each', () => {
    expect(budget!.hasFigures).toBe(true);
    expect(budget!.figures).toEqual([
      {
        subject: 'Protesters outside the hall',
        values: [
          { text: '300', outlets: 'Harbor Daily and Metro Wire', claimedBy: 'city police' },
          { text: 'about 2,000', outlets: 'The Valley Post', claimedBy: 'the organisers' },
        ],
      },
    ]);
    expect(storm!.hasFigures).toBe(false);
  });

  it('carries the footer links and refuses unusable ones', () => {
    expect(view.footer.unsubscribeUrl).toBe(OPTS.unsubscribeUrl);
    expect(view.footer.archiveUrl).toBe(OPTS.archiveUrl);
    expect(toViewModel(dayDigest(), { unsubscribeUrl: 'mailto:leave@digest.example' }).footer).toMatchObject({
      unsubscribeUrl: 'mailto:leave@digest.example',
      archiveUrl: null,
    });
    expect(() => toViewModel(dayDigest(), { unsubscribeUrl: 'javascript:alert(1)' })).toThrow(/unsubscribeUrl/);
    expect(() => toViewModel(dayDigest(), { unsubscribeUrl: OPTS.unsubscribeUrl, archiveUrl: 'data:x' })).toThrow(/archiveUrl/);
  });

  it('says when the day has no story', () => {
    const empty = toViewModel(emptyDigest(), OPTS);
    expect(empty.hasStories).toBe(false);
    expect(empty.subject).toMatch(/no stories/);
  });

  it('keeps hostile text as plain text (escaping is the renderer’s job) but on one line', () => {
    const hostile = toViewModel(hostileDigest(), OPTS);
    const story = hostile.stories[0]!;
    expect(story.headline).toBe(`Breaking Bcc: evil@x ${HOSTILE.script}`);
    expect(story.outlets[0]!.name).toBe(HOSTILE.attribute);
    expect(story.statements[0]!.text).toContain(HOSTILE.handlebars);
    // A URL with markup in it is still an http URL, but the URL parser percent-encodes the markup.
    expect(story.outlets[1]!.url).not.toMatch(/[<>"]/);
    expect(JSON.stringify(hostile)).not.toMatch(/\\r|\\n/);
  });

  it('caps runaway text', () => {
    const long = dayDigest();
    long.stories[0]!.title = 'word '.repeat(500);
    long.stories[0]!.statements[0]!.text = 'x'.repeat(5000);
    const story = toViewModel(long, OPTS).stories[0]!;
    expect(Array.from(story.headline).length).toBeLessThanOrEqual(200);
    expect(Array.from(story.statements[0]!.text).length).toBeLessThanOrEqual(602);
  });
});
