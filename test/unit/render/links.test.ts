/**
 * Links tell the truth (issue 17, finding 8): a link whose text names a host is kept only when it leads to that host
 * (or one of its subdomains); otherwise the outlet name or the headline is shown unlinked, in the HTML and the text.
 */
import { describe, expect, it } from 'vitest';
import { hostsNamed, truthfulLink } from '../../../lambdas/render/links.js';
import type { Digest } from '../../../lambdas/pipeline/model.js';
import { OPTS } from './fixture.js';
import { loadRender } from './built.js';

const { renderEmail } = await loadRender();

describe('hostsNamed', () => {
  it('finds hosts and URLs, not abbreviations, figures or names', () => {
    expect(hostsNamed('accounts.google.com/signin')).toEqual(['accounts.google.com']);
    expect(hostsNamed('See https://www.Example.co.uk/a?b=1 now')).toEqual(['example.co.uk']);
    expect(hostsNamed('Reuters.com')).toEqual(['reuters.com']);
    for (const plain of ['U.S. troops leave', 'Growth of 3.5 per cent', 'St. Louis Post-Dispatch', 'BBC News', 'Le Monde']) expect(hostsNamed(plain)).toEqual([]);
  });

  it('answers on long runs of label characters and dots (bounded labels: no catastrophic backtracking)', () => {
    // A backtracking pattern would not return within the test's timeout on these.
    expect(hostsNamed('a.'.repeat(50_000) + '!')).toEqual([]);
    expect(hostsNamed('ab.'.repeat(50_000)).length).toBeGreaterThan(1000);
    expect(hostsNamed('a-'.repeat(50_000) + '.b')).toEqual([]);
  });
});

describe('truthfulLink', () => {
  it('keeps a link whose text names its own host or a parent of it', () => {
    expect(truthfulLink('bbc.co.uk', 'https://www.bbc.co.uk/news/1')).toBe('https://www.bbc.co.uk/news/1');
    expect(truthfulLink('Reuters.com', 'https://www.reuters.com/x')).toBe('https://www.reuters.com/x');
    expect(truthfulLink('The Valley Post', 'https://valley.example/1')).toBe('https://valley.example/1');
  });

  it('drops a link whose text names another host', () => {
    expect(truthfulLink('accounts.google.com/signin', 'https://evil.example/phish')).toBeNull();
    expect(truthfulLink('google.com', 'https://google.com.evil.example/')).toBeNull();
    expect(truthfulLink('Read it on paypal.com', 'https://paypal.com.example/')).toBeNull();
  });
});

describe('the email', () => {
  const digest: Digest = {
    schemaVersion: 1,
    date: '2025-03-14',
    stats: { articles: 2, stories: 1, outlets: 2, statementsMerged: 0, skipped: [] },
    stories: [
      {
        id: 's1',
        title: 'Harbour council approves the ferry budget',
        articles: [
          { id: 'a/1.json', source: 'accounts.google.com/signin', title: null, url: 'https://evil.example/phish' },
          { id: 'b/2.json', source: 'harbor.example', title: null, url: 'https://news.harbor.example/budget' },
        ],
        statements: [{ kind: 'claim', text: 'The council approved the ferry budget on Tuesday night.', speaker: null, articles: ['a/1.json', 'b/2.json'], sources: ['accounts.google.com/signin', 'harbor.example'], variants: [], score: 1, key: true }],
        figures: [],
      },
    ],
  };

  it('shows a lying outlet name unlinked and keeps an honest one linked', () => {
    const email = renderEmail(digest, OPTS);
    expect(email.html).not.toContain('https://evil.example/phish');
    expect(email.html).toContain('accounts.google.com/signin');
    expect(email.html).toMatch(/<a href="https:\/\/news\.harbor\.example\/budget">harbor\.example<\/a>/);
    expect(email.text).not.toContain('evil.example');
  });
});
