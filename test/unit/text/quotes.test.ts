import { describe, expect, it } from 'vitest';
import { hasOpenQuote, quotedSpans, unquotedText } from '../../../lambdas/pipeline/text/quotes.js';

const texts = (t: string): string[] => quotedSpans(t).map((s) => s.text);

describe('quotedSpans', () => {
  it('finds straight double quotes with offsets into the text', () => {
    const t = 'The chef said "the soup is ready" and left.';
    const spans = quotedSpans(t);
    expect(spans).toHaveLength(1);
    const [s] = spans;
    expect(s!.text).toBe('the soup is ready');
    expect(t.slice(s!.start, s!.end)).toBe('the soup is ready');
  });

  it('finds curly, angle and several quotes in one sentence', () => {
    expect(texts('“We will win,” she said, “and soon.”')).toEqual(['We will win,', 'and soon.']);
    expect(texts('Il a dit « pas maintenant » hier.')).toEqual(['pas maintenant']);
  });

  it('ignores apostrophes inside words and possessives', () => {
    expect(texts("The union's leader said they don't know.")).toEqual([]);
    expect(texts('The city’s mayor and the players’ union met.')).toEqual([]);
  });

  it('accepts single-quote quotations that look like quotations', () => {
    expect(texts('The headline read ‘Rain stops play’ in bold.')).toEqual(['Rain stops play']);
    expect(texts("He called it 'a total disaster' on air.")).toEqual(['a total disaster']);
  });

  it('keeps a quote inside a quote in the outer passage', () => {
    expect(texts('“He told me ‘never again’ last year,” she said.')).toEqual(['He told me ‘never again’ last year,']);
  });

  it('treats a quotation left open as running to the end of the sentence', () => {
    expect(texts('“We will rebuild every house in the valley.')).toEqual(['We will rebuild every house in the valley.']);
    expect(hasOpenQuote('She said, "We will rebuild. ')).toBe(true);
    expect(hasOpenQuote('She said, "We will rebuild."')).toBe(false);
  });

  it("reads the typewriter pairs of wire feeds: `` and '' as double quotes, ` as an opening single one", () => {
    expect(texts("``We will rebuild the pier,'' the mayor said.")).toEqual(['We will rebuild the pier,']);
    // A straight opener closed by '' (text converted once), and a closing '' that continues an earlier sentence.
    expect(texts(`"The roof is gone, the walls stand,'' the warden said.`)).toEqual(['The roof is gone, the walls stand,']);
    const continued = "She called it a scandal,'' Hale wrote after the vote.";
    expect(texts(continued)).toEqual(['She called it a scandal,']);
    expect(hasOpenQuote(continued)).toBe(false);
    expect(texts("The case was going to `heat up' for reasons he could not explain.")).toEqual(['heat up']);
    expect(texts("''Would we have done it without him?'' the coach asked.")).toEqual(['Would we have done it without him?']);
    expect(unquotedText("``We will rebuild,'' the mayor said.")).toBe('the mayor said.');
  });

  it('returns nothing for text without quotes', () => {
    expect(quotedSpans('No quotes here at all.')).toEqual([]);
  });
});

describe('unquotedText', () => {
  it('removes the quoted passages and their marks', () => {
    expect(unquotedText('“We will win,” the coach said.')).toBe('the coach said.');
    expect(unquotedText('Plain text stays.')).toBe('Plain text stays.');
  });
});
