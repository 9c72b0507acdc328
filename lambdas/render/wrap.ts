/**
 * Word wrapping for the plain-text part. Breaks only at spaces, so URLs and long words stay whole
 * (a line may then run past the width: a broken link is worse than a long line).
 */

export const TEXT_WIDTH = 78;

/**
 * Wraps one paragraph to `width` columns. `indent` starts every line; `firstIndent`, when given, replaces it
 * on the first line (for list markers). Widths count code points, which is close enough for the text we show.
 */
export function wrapParagraph(
  text: string,
  opts: { width?: number; indent?: string; firstIndent?: string } = {},
): string[] {
  const width = opts.width ?? TEXT_WIDTH;
  const indent = opts.indent ?? '';
  const lines: string[] = [];
  let prefix = opts.firstIndent ?? indent;
  let line = '';
  // The line's width is tracked as words are added: measuring the whole line again for every word would make
  // a long paragraph cost quadratic time.
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const wordWidth = codePoints(word);
    if (line === '') {
      line = prefix + word;
      lineWidth = codePoints(prefix) + wordWidth;
    } else if (lineWidth + 1 + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
    } else {
      lines.push(line);
      prefix = indent;
      line = prefix + word;
      lineWidth = codePoints(prefix) + wordWidth;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Code points in `s` (astral characters count once), without allocating an array. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}
