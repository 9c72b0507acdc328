import { describe, expect, it } from 'vitest';
import { fixture, readOk, readSkipped } from './helpers.js';
import { unwrapLines } from '../../../lambdas/pipeline/articles/clean.js';

describe('txt reader', () => {
  it('keeps a headline-only wire flash as a report whose text is its headline, never as empty', () => {
    const article = readOk('flash.txt', fixture('flash.txt'));
    expect(article.title).toBe('Harbour Council Votes To Close Old Ferry Pier');
    expect(article.text).toBe('Harbour Council Votes To Close Old Ferry Pier');
  });

  it('finds the headline under masthead lines and removes every boilerplate line', () => {
    const article = readOk('masthead-story.txt', fixture('masthead-story.txt'));
    expect(article.format).toBe('txt');
    expect(article.title).toBe('Harbour Bridge reopens after two-year repair, but tolls will rise');
    expect(article.text.split('\n')).toEqual([
      'The Harbour Bridge in Port Arlen reopened to traffic on Monday after a repair programme that lasted almost two years and cost 84 million dollars.',
      'Mayor Ilse Brandvold cut a ribbon at the eastern ramp and said the crossing would carry its first buses before noon.',
      'Drivers will pay 3.5 dollars per crossing from April, up from 2.75 dollars, the transport office said. The office added that residents with a city pass would keep the old rate.',
      '“We promised a safer bridge and we delivered it,” Brandvold told reporters.',
    ]);
  });

  it('never takes a strip of page furniture (weather, tides, a menu on middle dots or pipes) for the headline', () => {
    const page = [
      'THE HARBOUR GAZETTE',
      'Thursday, May 17, 2029 · Fair, 17°C',
      'Port Arlen 17°C · High water 06:12 and 18:40 · Wind W 5',
      'Home | Harbour | City | Sport',
      '',
      'Ferry pier to close for the summer after storm damage',
      '',
      'The old ferry pier in Port Arlen will close until September after last week’s storm cracked two of its piles, the harbour office said on Thursday.',
    ].join('\n');
    expect(readOk('strip.txt', page).title).toBe('Ferry pier to close for the summer after storm damage');
  });

  it('has no title when the first line is a real sentence, and drops section labels and credits', () => {
    const article = readOk('no-headline.txt', fixture('no-headline.txt'));
    expect(article.title).toBeUndefined();
    const lines = article.text.split('\n');
    expect(lines[0]).toMatch(/^Engineers at the Lindqvist dam began releasing water/);
    expect(lines).toHaveLength(5);
    expect(article.text).not.toMatch(/Downstream Villages|contributed to this report|Some information came|Share|Subscribe/);
    expect(article.text).toContain('"We are not expecting a flood, but we are not taking chances," said board spokeswoman Maren Dahl.');
  });

  it('finds a Title Case headline with quotes and a colon after an address block', () => {
    const text = [
      'Mailing Address',
      '',
      '77 Orchard Lane',
      'Millbrook, VT 05001',
      '',
      '‘We Will Not Close’: Village Shop Owners Vow to Fight Rent Rise',
      '',
      'Shop owners in the village of Millbrook said on Saturday they would challenge a planned rent rise in court.',
      'The landlord, a property fund, has not commented.',
    ].join('\n');
    const article = readOk('shop.txt', text);
    expect(article.title).toBe('‘We Will Not Close’: Village Shop Owners Vow to Fight Rent Rise');
    expect(article.text).toBe(
      'Shop owners in the village of Millbrook said on Saturday they would challenge a planned rent rise in court.\nThe landlord, a property fund, has not commented.',
    );
  });

  it('does not take a place, date or short kicker for the headline', () => {
    const text = ['NEW HAVEN', 'March 3, 2025', 'Local', 'A fire destroyed a warehouse near the port on Sunday night, firefighters said.'].join('\n');
    const article = readOk('fire.txt', text);
    expect(article.title).toBeUndefined();
    expect(article.text).toBe('A fire destroyed a warehouse near the port on Sunday night, firefighters said.');
  });

  it('does not repeat the headline in the text when the page printed it twice', () => {
    const text = [
      'Storm Closes Mountain Pass for Third Day',
      'Storm Closes Mountain Pass for Third Day',
      'Snowploughs could not reach the summit of the pass on Wednesday, the roads agency said.',
    ].join('\n');
    const article = readOk('pass.txt', text);
    expect(article.title).toBe('Storm Closes Mountain Pass for Third Day');
    expect(article.text).toBe('Snowploughs could not reach the summit of the pass on Wednesday, the roads agency said.');
  });

  it('drops an outlet name after a pipe from the headline', () => {
    const text = 'Ferry Fares Frozen for Another Year | Harbour Post\nThe ferry operator said on Friday that fares would not change in 2026.';
    expect(readOk('fares.txt', text).title).toBe('Ferry Fares Frozen for Another Year');
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const text = [
      'The ferry company said on Monday that it would add two crossings a day',
      'from May, citing strong demand from commuters and tourists.',
      '',
      'Tickets go on sale next week.',
    ].join('\n');
    expect(readOk('ferry.txt', text).text).toBe(
      'The ferry company said on Monday that it would add two crossings a day from May, citing strong demand from commuters and tourists.\nTickets go on sale next week.',
    );
  });

  it('joins a paragraph of thousands of wrapped lines into one, as it joins two', () => {
    // Each line is checked against the paragraph's word count and its last line's end, never the whole paragraph
    // again (that rescan made 432 KB of such lines take 21 s).
    const lines = Array.from({ length: 5_000 }, (_, i) => `the harbour council met on day ${i} to talk about the pier`);
    expect(unwrapLines(['Harbour council meets', '', ...lines, '', 'Tickets go on sale next week.'].join('\n'))).toEqual([
      'Harbour council meets',
      lines.join(' '),
      'Tickets go on sale next week.',
    ]);
  });

  it('repairs glued sentences without touching U.S. or decimals', () => {
    const text = 'Officials in the U.S. state said the rate rose 2.5 percent.The governor called it a warning.';
    expect(readOk('rate.txt', text).text).toBe(
      'Officials in the U.S. state said the rate rose 2.5 percent. The governor called it a warning.',
    );
  });

  it('accepts the .text extension', () => {
    expect(readOk('note.text', 'The committee met on Monday and approved the plan.').format).toBe('txt');
  });

  it('skips a file that is nothing but boilerplate', () => {
    expect(readSkipped('junk.txt', '66 F\nShare\nComments\n- Advertisement -\n')).toMatch(/no article text found/);
  });
  it('takes the headline after a skip link and a cookie banner, not them', () => {
    const r = readOk('crane.txt', 'Skip to main content\nWe use cookies to improve your experience. Accept all cookies\nHarbour crane collapses in Port Essary storm\nA crane collapsed at the container terminal in Port Essary on Monday after gusts of more than 100 km/h, the harbour authority said.\n');
    expect(r.title).toBe('Harbour crane collapses in Port Essary storm');
    expect(r.text).not.toMatch(/cookies|Skip to/);
  });
});

