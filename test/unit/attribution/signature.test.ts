import { describe, expect, it } from 'vitest';
import { signatureName } from '../../../lambdas/pipeline/attribution/signature.js';

describe('signature lines', () => {
  it('reads the name after every dash the pattern allows, after leading spaces', () => {
    expect(signatureName('― Lena Ortiz')).toBe('Lena Ortiz');
    expect(signatureName('  – Lena Ortiz')).toBe('Lena Ortiz');
    expect(signatureName('- Sam Reyes')).toBe('Sam Reyes');
    expect(signatureName('— Sam Reyes, Harbourton')).toBe('Sam Reyes');
  });
  it('refuses a line without a dash, and a dash that opens running text', () => {
    expect(signatureName('Lena Ortiz')).toBeNull();
    expect(signatureName('— and then the rain came down on the whole town')).toBeNull();
  });
});
