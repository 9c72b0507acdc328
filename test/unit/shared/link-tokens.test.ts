import { describe, expect, it } from 'vitest';
import { makeViewToken, verifyViewToken } from '../../../lambdas/shared/view-token.js';
import { makeUnsubscribeToken, verifyUnsubscribeToken } from '../../../lambdas/shared/unsubscribe-token.js';

const KEY = new Uint8Array(32).fill(7);

/** Every other spelling of the last base64url character: some decode to the same bytes as the original. */
function lastCharVariants(token: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return [...alphabet].filter((c) => c !== token.at(-1)).map((c) => token.slice(0, -1) + c);
}

describe('signed link tokens', () => {
  it('accept only the token that was issued, not other spellings of the same bytes', () => {
    const view = makeViewToken(KEY, '2026-11-21');
    expect(verifyViewToken(KEY, '2026-11-21', view)).toBe(true);
    for (const variant of lastCharVariants(view)) expect(verifyViewToken(KEY, '2026-11-21', variant)).toBe(false);

    const unsubscribe = makeUnsubscribeToken(KEY, 'reader@example.com');
    expect(verifyUnsubscribeToken(KEY, unsubscribe)).toBe('reader@example.com');
    for (const variant of lastCharVariants(unsubscribe)) expect(verifyUnsubscribeToken(KEY, variant)).toBeNull();
  });
});
