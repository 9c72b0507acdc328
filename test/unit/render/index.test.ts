import { describe, expect, it } from 'vitest';
import { subjectFor, preheaderFor } from '../../../lambdas/render/subject.js';
import { dayDigest, OPTS } from './fixture.js';
import { loadRender } from './built.js';

const { renderEmail, renderHtml, renderText } = await loadRender();

describe('renderEmail', () => {
  it('returns subject, preheader, html and text that agree with the single renderers', () => {
    const digest = dayDigest();
    const email = renderEmail(digest, OPTS);
    expect(email.subject).toBe(subjectFor(digest));
    expect(email.preheader).toBe(preheaderFor(digest));
    expect(email.html).toBe(renderHtml(digest, OPTS));
    expect(email.text).toBe(renderText(digest, OPTS));
    expect(email.html).toContain(email.preheader.slice(0, 40));
  });

  it('is deterministic and does not change the digest', () => {
    const digest = dayDigest();
    const before = JSON.stringify(digest);
    expect(renderEmail(digest, OPTS)).toEqual(renderEmail(digest, OPTS));
    expect(JSON.stringify(digest)).toBe(before);
  });
});
