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
  const len = (s: string): number => Array.from(s).length;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') {
      line = prefix + word;
    } else if (len(line) + 1 + len(word) <= width) {
      line += ` ${word}`;
    } else {
      lines.push(line);
      prefix = indent;
      line = prefix + word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
