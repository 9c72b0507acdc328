/**
 * Signature lines that credit a quotation without a speech verb. statements/units.ts gives the quotation just above
 * such a line to the name it credits.
 */
import { trimEndOf } from '../text/trim.js';

/**
 * A signature line under a quotation: a dash, then a short name ("― Lena Ortiz", "— Sam Reyes, Harbourton"), the
 * way web pages credit a pull quote, a reader's comment or an epigraph.
 */
const SIGNATURE_LINE = /^[―—–-]{1,2}\s*(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le|al|bin)){0,4})\s*(?:[,(].{0,60})?$/u;

/** The name a signature line credits, or null. */
export function signatureName(text: string): string | null {
  const line = text.trim();
  // Nearly no unit opens with a dash: test that before the pattern.
  const first = line.charAt(0);
  if (first !== '―' && first !== '—' && first !== '–' && first !== '-') return null;
  const m = SIGNATURE_LINE.exec(line);
  return m ? trimEndOf(m[1]!, '.,') : null;
}
