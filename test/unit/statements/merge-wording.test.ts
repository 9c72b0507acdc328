/**
 * Verbatim or paraphrase, the wording closest to the original, and fragment sentences folded into their quote.
 * Invented outlets and speakers.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lambdas/pipeline/model.js';
import { buildStatements } from '../../../lambdas/pipeline/statements/build.js';
import { closestToOriginal, consistentWordings, quoteWording } from '../../../lambdas/pipeline/statements/wording.js';

const art = (id: string, lines: string[]): Article => ({ id, source: id.split('/')[0]!, format: 'txt', text: lines.join('\n') });
const w = (report: string, quote: string, fragments: string[] = []) => ({ report, quote, fragments });

describe('quoteWording', () => {
  it('is verbatim when the quoted words match after folding case, quote marks, punctuation and ellipses', () => {
    expect(quoteWording([w('a', 'The bridge will open in May…'), w('b', 'the bridge will open in may'), w('c', '“The Bridge will open, in May.”')])).toBe('verbatim');
  });

  it('is verbatim when one outlet quotes only a fragment, word for word', () => {
    expect(quoteWording([w('a', 'The bridge will open in May. Nobody should doubt it.'), w('b', 'nobody should doubt it', ['nobody should doubt it'])])).toBe('verbatim');
  });

  it('is paraphrase when one outlet reworded the quote', () => {
    expect(quoteWording([w('a', 'The bridge will open in May.'), w('b', 'The bridge is going to open in May.')])).toBe('paraphrase');
  });

  it('is null with nothing to compare', () => {
    expect(quoteWording([w('a', 'The bridge will open in May.')])).toBeNull();
  });

  it('treats two fragments as consistent only when every fragment occurs in the other quotation', () => {
    const full = w('a', 'We will finish the bridge in May and the road in June.');
    expect(consistentWordings(w('b', 'the bridge in May ... in June', ['the bridge in May', 'in June']), full)).toBe(true);
    expect(consistentWordings(w('b', 'the bridge in May ... in July', ['the bridge in May', 'in July']), full)).toBe(false);
  });
});

describe('closestToOriginal', () => {
  it('keeps the wording most independent reports carry word for word, over a longer unique paraphrase', () => {
    const best = closestToOriginal([
      w('a', 'The ferry is going to keep on running all through the winter months, whatever storms come.'),
      w('b', 'The ferry will keep running through the winter.'),
      w('c', 'The ferry will keep running through the winter.'),
    ]);
    expect(best.report).toBe('b');
  });

  it('counts copies of one report once', () => {
    // Two copies of report "a" print the paraphrase; reports b and c agree on the other wording.
    const best = closestToOriginal([
      w('a', 'We shall not close the school this year.'),
      w('a', 'We shall not close the school this year.'),
      w('a', 'We shall not close the school this year.'),
      w('b', 'We will not close the school this year.'),
      w('c', 'We will not close the school this year.'),
    ]);
    expect(best.quote).toBe('We will not close the school this year.');
  });

  it('takes a longer quotation that contains the others word for word: they quoted part of it', () => {
    const best = closestToOriginal([
      w('a', 'The ferry will keep running through the winter, whatever the storms bring.'),
      w('b', 'The ferry will keep running through the winter.'),
    ]);
    expect(best.report).toBe('a');
  });

  it('prefers the complete quotation to a short fragment that every outlet repeats', () => {
    const best = closestToOriginal([
      w('a', 'The harbour is closed to every ship until the wall is repaired.'),
      w('b', 'closed to every ship', ['closed to every ship']),
      w('c', 'closed to every ship', ['closed to every ship']),
    ]);
    expect(best.report).toBe('a');
  });
});

describe('merged quotes in a story', () => {
  const QUOTE = 'The new levy is not a favour to anyone. Every farm that pumps water will pay for it, and every farm that does not will pay nothing.';
  const a = art('alpha/levy.txt', [
    'The water minister defended the new irrigation levy on Tuesday before a crowd of farmers in the valley town.',
    `“${QUOTE}” said Water Minister Helga Brun.`,
    'The levy applies from the first of March and will be reviewed after two years by an independent panel.',
  ]);
  const b = art('bravo/levy.txt', [
    'Farmers in the valley will pay a levy on pumped water from March, the government confirmed this week.',
    `Water Minister Helga Brun told them: “${QUOTE}”`,
    'Several farmers said the levy would hit the smallest holdings hardest of all.',
  ]);
  const c = art('charlie/levy.txt', [
    'Water Minister Helga Brun has a blunt message for the valley: the irrigation levy is “not a favour to anyone”.',
    'The minister spoke in the valley town on Tuesday and took questions for an hour from angry farmers.',
    '“The new levy is no favour to anybody. Each farm pumping water pays for it, and each farm that is not pumping pays nothing,” Brun said.',
  ]);
  const statements = buildStatements([a, b, c]);
  const levy = statements.filter((s) => s.variants.some((v) => /favou?r to any/.test(v.text)));

  it('folds a second fragment sentence of the same article into the quote instead of letting it repeat the quote', () => {
    expect(levy).toHaveLength(1);
    expect(levy[0]!.articles).toEqual([a.id, b.id, c.id]);
    // The article's two sentences are both there, as two wordings of that one article.
    expect(levy[0]!.variants.filter((v) => v.article === c.id)).toHaveLength(2);
  });

  it('says the outlets paraphrased it and keeps the wording two outlets print word for word', () => {
    expect(levy[0]!.wording).toBe('paraphrase');
    expect(levy[0]!.text).toBe(QUOTE);
    expect(levy[0]!.speaker).toBe('Helga Brun');
  });

  it('is verbatim when every outlet prints the same words', () => {
    const only = buildStatements([a, b]).find((s) => /favour/.test(s.text));
    expect(only?.wording).toBe('verbatim');
  });

  it('leaves wording null for claims and single-article statements', () => {
    for (const s of statements) if (s.kind === 'claim' || s.articles.length < 2) expect(s.wording ?? null).toBeNull();
  });
});
