import { describe, expect, it } from 'vitest';
import { PREHEADER_MAX, preheaderFor, SUBJECT_MAX, subjectFor } from '../../../lambdas/render/subject.js';
import { dayDigest, emptyDigest, hostileDigest } from './fixture.js';

describe('subject and preheader', () => {
  it('names the top story and counts the rest', () => {
    expect(subjectFor(dayDigest())).toBe('Riverton council approves harbour budget after all-night session + 2 more stories');
    const two = dayDigest();
    two.stories = two.stories.slice(0, 2);
    expect(subjectFor(two)).toMatch(/ \+ 1 more story$/);
    const one = dayDigest();
    one.stories = one.stories.slice(0, 1);
    expect(subjectFor(one)).toBe('Riverton council approves harbour budget after all-night session');
  });

  it('has a dated fallback for a day without stories', () => {
    expect(subjectFor(emptyDigest())).toBe('News digest for Saturday, 15 March 2025: no stories today');
  });

  it('is one line, free of control characters, and capped', () => {
    const subject = subjectFor(hostileDigest());
    expect(subject).not.toMatch(/[\r\n\u0000-\u001f]/);
    expect(subject.startsWith('Breaking Bcc: evil@x')).toBe(true);
    const long = dayDigest();
    long.stories[0]!.title = 'Very long headline '.repeat(30);
    const capped = subjectFor(long);
    expect(Array.from(capped).length).toBeLessThanOrEqual(SUBJECT_MAX);
    expect(capped).toMatch(/… \+ 2 more stories$/);
  });

  it('summarises the day in about 90 characters', () => {
    const pre = preheaderFor(dayDigest());
    expect(pre.startsWith('3 stories from 4 outlets. Also: Storm closes the coastal highway')).toBe(true);
    expect(Array.from(pre).length).toBeLessThanOrEqual(PREHEADER_MAX);
    const one = dayDigest();
    one.stories = one.stories.slice(0, 1);
    one.stats.stories = 1;
    expect(preheaderFor(one)).toBe('1 story from 4 outlets, 8 articles read, 5 statements merged');
  });
});
