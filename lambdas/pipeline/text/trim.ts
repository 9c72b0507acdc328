/**
 * Trimming a run of characters off the end of a text in one backward pass. The obvious regex, `/[,;:\s]+$/u`, is
 * quadratic: on a long run of those characters followed by any other one, the engine tries the run from each of
 * its positions and fails at the end each time (a ReDoS checker flags it; test/unit/security/redos.test.ts).
 */

/** `text` without its trailing characters among `chars`, and trailing white space (as \s) too when `spaces`. */
export function trimEndOf(text: string, chars: string, spaces = false): string {
  let end = text.length;
  while (end > 0) {
    const c = text[end - 1] as string;
    if (!chars.includes(c) && !(spaces && isSpace(c))) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without its leading characters among `chars`. */
export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start] as string)) start++;
  return start === 0 ? text : text.slice(start);
}

const SPACE = /\s/u;
function isSpace(c: string): boolean {
  return SPACE.test(c);
}
