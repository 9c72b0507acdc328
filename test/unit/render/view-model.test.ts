import { describe, expect, it } from 'vitest';
import { toViewModel, totalsLine, splitStories, storyOutletLabel } from '../../../lambdas/render/view-model.js';
import { dayDigest, emptyDigest, HOSTILE, hostileDigest, OPTS } from './fixture.js';

describe('toViewModel', () => {
  const view = toViewModel(dayDigest(), OPTS);
  const [budget, library] = view.stories;

  it('keeps the stories in digest order: several-outlet stories as cards, one-outlet stories as briefs', () => {
    expect(view.stories.map((s) => s.headline)).toEqual([
      'Riverton council approves harbour budget after all-night session',
      'Library extends weekend opening hours',
    ]);
    expect(view.stories.map((s) => s.number)).toEqual([1, 2]);
    expect(view.briefs).toEqual([
      {
        headline: 'Storm closes the coastal highway for a second day',
        outlet: 'Harbor Daily',
        url: 'https://harbor.example/storm',
        summary: 'Crews expect to reopen one lane by Friday.',
      },
    ]);
    expect(view.hasBriefs).toBe(true);
    expect(view.omitted).toBeNull();
  });

  it('counts outlets from the articles when the pipeline did not', () => {
    const d = dayDigest();
    for (const s of d.stories) delete s.outlets;
    expect(splitStories(d).briefs.map((s) => s.id)).toEqual(['story-storm']);
    // Independent outlets win over the article count: two copies of one wire story are one outlet.
    d.stories[2]!.outlets = 1;
    expect(splitStories(d).briefs.map((s) => s.id)).toEqual(['story-storm', 'story-library']);
  });

  it('says when a story\'s outlets are fewer independent reports', () => {
    expect(storyOutletLabel(4, 2)).toBe('4 outlets, 2 independent reports');
    expect(storyOutletLabel(3, 1)).toBe('3 outlets, 1 independent report');
    expect(storyOutletLabel(4, 4)).toBe('4 outlets');
    expect(storyOutletLabel(2)).toBe('2 outlets');
  });

  it('formats the header: date and totals with plurals', () => {
    expect(view.dateLabel).toBe('Friday, 14 March 2025');
    expect(view.totals).toBe('8 articles read · 4 outlets · 3 stories · 5 statements merged');
    const one = dayDigest();
    one.stats = { articles: 1, outlets: 1, stories: 1, statementsMerged: 1, skipped: [] };
    expect(totalsLine(one)).toBe('1 article read · 1 outlet · 1 story · 1 statement merged');
    one.stats.skipped = [{ id: 'a.pdf', reason: 'unsupported file type .pdf' }, { id: 'b.txt', reason: 'could not be read: timeout' }];
    expect(totalsLine(one)).toBe('1 article read · 1 outlet · 1 story · 1 statement merged · 2 files skipped');
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
    expect(library!.outlets.map((o) => o.url)).toEqual([null, null]);
  });

  it('leads with the best key claim, then the other key statements in rank order', () => {
    expect(budget!.lead).toMatchObject({ isQuote: false, text: 'The budget adds two night ferries from March.', outletCount: '1 outlet' });
    expect(budget!.statements).toEqual([
      {
        isQuote: true,
        text: '“We will not raise the ferry fares this year.”',
        speaker: 'Mayor Ana Ruiz',
        outletCount: '4 outlets',
        outletNames: 'Harbor Daily, The Valley Post, Metro Wire and Sketchy Site',
        wording: 'paraphrased',
        isNew: true,
        attribution: '— Mayor Ana Ruiz · 4 outlets: Harbor Daily, The Valley Post, Metro Wire and Sketchy Site · paraphrased',
      },
    ]);
    const all = JSON.stringify(view);
    expect(all).not.toContain('A statement the ranking did not pick.');
    expect(library!.hasStatements).toBe(false);
    expect(library!.lead).toBeNull();
  });

  it('marks verbatim quotes, and neither mark when the pipeline says nothing', () => {
    const d = dayDigest();
    d.stories[0]!.statements[0]!.wording = 'verbatim';
    expect(toViewModel(d, OPTS).stories[0]!.statements[0]!.wording).toBe('verbatim');
    d.stories[0]!.statements[0]!.wording = null;
    expect(toViewModel(d, OPTS).stories[0]!.statements[0]!).toMatchObject({ wording: null, attribution: expect.not.stringContaining('·  ') });
    expect(toViewModel(d, OPTS).stories[0]!.statements[0]!.attribution).not.toMatch(/verbatim|paraphrased/);
  });

  it('groups what one outlet alone adds under "Only in", and never shows it twice', () => {
    expect(budget!.onlyIn).toEqual([
      {
        label: 'Only in Metro Wire',
        outlet: 'Metro Wire',
        items: [expect.objectContaining({ text: 'The vote ended shortly after five in the morning.' })],
      },
    ]);
    expect(budget!.statements.map((s) => s.text)).not.toContain('The vote ended shortly after five in the morning.');
    // Without onlyIn marks (an older digest), the key statements are shown as before and no group appears.
    const d = dayDigest();
    for (const s of d.stories[0]!.statements) delete s.onlyIn;
    const plain = toViewModel(d, OPTS).stories[0]!;
    expect(plain.hasOnlyIn).toBe(false);
    expect(plain.statements.map((s) => s.text)).toContain('The vote ended shortly after five in the morning.');
  });

  it('adds what a named person told one outlet alone, one quote per speaker, though the ranking did not make it key', () => {
    const d = dayDigest();
    const extra = (text: string, speaker: string | null, score: number) => ({
      ...d.stories[0]!.statements[3]!, text, kind: 'quote' as const, speaker, score, key: false, onlyIn: 'The Valley Post', articles: ['valley/a2.html'], sources: ['The Valley Post'],
    });
    d.stories[0]!.statements.push(
      extra('We were never consulted on the night ferries.', 'Lena Ortiz', 0.4),
      extra('The crews will need a second shift.', 'Lena Ortiz', 0.3),
      extra('It is a disgrace.', 'angry resident', 0.2),
    );
    const items = toViewModel(d, OPTS).stories[0]!.onlyIn.flatMap((g) => g.items.map((i) => i.text));
    expect(items).toEqual(['The vote ended shortly after five in the morning.', '“We were never consulted on the night ferries.”']);
  });

  it('says a story continues, from when, and how much is new', () => {
    expect(budget!.continuing).toEqual({
      label: 'Continuing from Thursday, 13 March 2025',
      previousTitle: 'Riverton council debates harbour budget',
      whatIsNew: '1 new statement since then, marked “New”.',
    });
    expect(library!.continuing).toBeNull();
    const d = dayDigest();
    d.stories[0]!.statements[0]!.isNew = false;
    expect(toViewModel(d, OPTS).stories[0]!.continuing!.whatIsNew).toBe('No new statements since then.');
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
    expect(library!.hasFigures).toBe(false);
  });

  it('names no claimant beside a value only its own outlets claim (their own figure)', () => {
    const d = dayDigest();
    const value = d.stories[0]!.figures[0]!.values.find((v) => v.value === 2000)!;
    value.claimedBy = 'The Valley Post';
    const shown = toViewModel(d, OPTS).stories[0]!.figures[0]!.values.find((v) => v.text === 'about 2,000')!;
    expect(shown).toEqual({ text: 'about 2,000', outlets: 'The Valley Post', claimedBy: null });
  });

  it('shows the top stories only when told to, cards first, and counts the rest', () => {
    const cut = toViewModel(dayDigest(), OPTS, { show: 1 });
    expect(cut.stories.map((s) => s.number)).toEqual([1]);
    expect(cut.hasBriefs).toBe(false);
    expect(cut.omitted).toEqual({
      count: '2 more stories',
      message: 'This email shows the top 1 of 3 stories to stay short.',
      url: OPTS.archiveUrl,
    });
    const briefsCut = toViewModel(dayDigest(), OPTS, { show: 2 });
    expect(briefsCut.stories).toHaveLength(2);
    expect(briefsCut.briefs).toEqual([]);
    expect(toViewModel(dayDigest(), { unsubscribeUrl: OPTS.unsubscribeUrl }, { show: 1 }).omitted!.url).toBeNull();
  });

  it('carries the footer links and refuses anything but http(s)', () => {
    expect(view.footer.unsubscribeUrl).toBe(OPTS.unsubscribeUrl);
    expect(view.footer.archiveUrl).toBe(OPTS.archiveUrl);
    expect(toViewModel(dayDigest(), { unsubscribeUrl: 'https://u.example/x' }).footer.archiveUrl).toBeNull();
    expect(() => toViewModel(dayDigest(), { unsubscribeUrl: 'mailto:leave@digest.example' })).toThrow(/unsubscribeUrl/);
    expect(() => toViewModel(dayDigest(), { unsubscribeUrl: 'javascript:alert(1)' })).toThrow(/unsubscribeUrl/);
    expect(() => toViewModel(dayDigest(), { unsubscribeUrl: OPTS.unsubscribeUrl, archiveUrl: 'data:x' })).toThrow(/archiveUrl/);
  });

  it('says when the day has no story', () => {
    const empty = toViewModel(emptyDigest(), OPTS);
    expect(empty.hasStories).toBe(false);
    expect(empty.isEmpty).toBe(true);
    expect(empty.subject).toMatch(/no stories/);
    expect(view.isEmpty).toBe(false);
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
    long.stories[1]!.statements[0]!.text = 'y '.repeat(5000);
    const v = toViewModel(long, OPTS);
    const story = v.stories[0]!;
    expect(Array.from(story.headline).length).toBeLessThanOrEqual(200);
    expect(Array.from(story.statements[0]!.text).length).toBeLessThanOrEqual(602);
    expect(Array.from(v.briefs[0]!.summary).length).toBeLessThanOrEqual(220);
  });
});

describe('a one-report story carried by many outlets', () => {
  it('says how many outlets carried the one report, and the heading no longer says one outlet', () => {
    const d = dayDigest();
    const storm = d.stories.find((s) => s.id === 'story-storm')!;
    const original = storm.articles[0]!;
    storm.articles = [original, ...Array.from({ length: 299 }, (_, i) => ({ ...original, id: `copy-${i}`, source: `Outlet ${i}`, copyOf: original.id }))];
    storm.outlets = 1;
    const view = toViewModel(d, OPTS);
    expect(view.briefs[0]!.outlet).toBe('Harbor Daily, carried by 300 outlets (one report)');
    expect(view.briefsHeading).toBe('Also reported, one report each');
    expect(toViewModel(dayDigest(), OPTS).briefsHeading).toBe('Also reported by one outlet');
  });
});
