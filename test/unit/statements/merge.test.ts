import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../../lambdas/pipeline/model.js';
import { mergeStatements, representativeQuote } from '../../../lambdas/pipeline/statements/merge.js';
import { StatementComparer } from '../../../lambdas/pipeline/paraphrase/index.js';
import { sentencesOf } from '../../../lambdas/pipeline/text/sentences.js';

const art = (id: string, text: string): Article => ({ id, source: id.split('/')[0]!, format: 'txt', text });

// Three invented outlets reporting one (invented) press briefing, each in its own words.
const A = art(
  'alpha/1.txt',
  [
    'Harbour Commissioner Ingrid Solberg on Monday defended the decision to close the northern port for repairs.',
    '“The pier is not safe for heavy ships. We cannot wait for an accident before we act,” Solberg said.',
    'She said the closure would last about six weeks and cost the city nearly 40 million crowns.',
    '“Fishermen will get compensation for every day they lose,” she added.',
  ].join('\n'),
);
const B = art(
  'bravo/1.txt',
  [
    'The northern port will close for six weeks, the city’s harbour commissioner announced.',
    'Ingrid Solberg, asked by reporters whether the closure was necessary, said: “The pier is not safe for heavy ships. We cannot wait for an accident before we act.”',
    '“Fishermen will get compensation for each day they lose,” the commissioner said.',
  ].join('\n'),
);
const C = art(
  'charlie/1.txt',
  [
    'Port authorities are shutting the northern harbour, citing the state of its pier.',
    '“The pier isn’t safe for heavy ships,” Solberg said. “We can’t wait for an accident before we act.”',
    'Local boat owners said they had not been consulted about the plan before the announcement.',
  ].join('\n'),
);

const sentences = (...articles: Article[]): Sentence[] => articles.flatMap((a) => sentencesOf(a));

describe('mergeStatements', () => {
  const groups = mergeStatements(sentences(A, B, C), { articleOrder: [A.id, B.id, C.id] });
  const find = (re: RegExp) => groups.filter((g) => re.test(g.text));

  it('merges one quote reported by three outlets in other words into one statement listing all of them', () => {
    const safe = find(/pier is/i);
    expect(safe).toHaveLength(1);
    expect(safe[0]!.articles).toEqual([A.id, B.id, C.id]);
    expect(safe[0]!.kind).toBe('quote');
    expect(safe[0]!.speaker).toBe('Ingrid Solberg');
    expect(safe[0]!.variants.map((v) => v.article)).toEqual([A.id, B.id, C.id]);
    // Each article keeps its own wording.
    expect(safe[0]!.variants[2]!.text).toContain('isn’t safe');
  });

  it('keeps different quotes of the same speaker apart', () => {
    const comp = find(/compensation/);
    expect(comp).toHaveLength(1);
    expect(comp[0]!.articles).toEqual([A.id, B.id]);
    expect(find(/pier is/i)[0]!.articles).not.toContain('x');
    expect(groups.some((g) => /pier/.test(g.text) && /compensation/.test(g.text))).toBe(false);
  });

  it('chooses the wording other outlets repeat verbatim as the representative quote', () => {
    expect(find(/pier is/i)[0]!.text).toBe('The pier is not safe for heavy ships. We cannot wait for an accident before we act.');
  });

  it('skips fragments that are not statements', () => {
    const g = mergeStatements(sentences(art('d/1.txt', 'Advertisement\nLos Angeles\nThe council approved the new budget after a long debate.')));
    expect(g.map((x) => x.text)).toEqual(['The council approved the new budget after a long debate.']);
  });
});

describe('representativeQuote', () => {
  it('prefers the wording most outlets carry word for word (a partial quote supports the full one) over a paraphrase', () => {
    expect(
      representativeQuote([
        'We will rebuild the bridge. It will be stronger.',
        'We will rebuild the bridge.',
        'The bridge shall be rebuilt, and stronger.',
      ]),
    ).toBe('We will rebuild the bridge. It will be stronger.');
    expect(
      representativeQuote(['The bridge shall be rebuilt by us, and it shall be stronger than before.', 'We will rebuild the bridge.', 'We will rebuild the bridge.']),
    ).toBe('We will rebuild the bridge.');
  });
});

describe('cost: candidates through the index, never all pairs', () => {
  it('compares far fewer pairs than all pairs on a large synthetic story', () => {
    // Invented vocabulary; each sentence draws 6 words deterministically, so sentences share words by chance
    // (many candidate pairs exist) and some are repeated across outlets (real merges exist).
    const vocab = Array.from({ length: 400 }, (_, k) => `zor${k.toString(36)}ak`);
    const pick = (seed: number, k: number) => vocab[(seed * 2654435761 + k * 40503) % 400 >>> 0]!;
    const articles: Article[] = [];
    for (let a = 0; a < 40; a++) {
      const lines: string[] = [];
      for (let s = 0; s < 25; s++) {
        const seed = s < 5 ? s : a * 1000 + s; // the first five sentences are the same statements everywhere
        const w = Array.from({ length: 6 }, (_, k) => pick(seed, k));
        lines.push(`The council approved ${w[0]} the ${w[1]} ${w[2]} and ${w[3]} ${w[4]} ${w[5]} on Tuesday.`);
      }
      articles.push(art(`outlet${a}/story.txt`, lines.join('\n')));
    }
    let calls = 0;
    const comparer = new StatementComparer();
    const counting = (x: string, y: string) => {
      calls++;
      return comparer.compare(x, y);
    };
    const sents = sentences(...articles);
    mergeStatements(sents, { compare: counting });
    const n = sents.length;
    expect(n).toBe(1000);
    // All pairs would be ~500,000; candidates are capped per unit (10) plus bounded group checks.
    expect(calls).toBeLessThan(n * 25);
    expect(calls).toBeGreaterThan(0);
    // The statements every outlet carries were still merged.
    const merged = mergeStatements(sents).filter((g) => g.articles.length > 1);
    expect(merged.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the same sentence with a word changed', () => {
  // Invented: two outlets print one report's sentence, one with a synonym, and each reads its "she said" back to
  // another person: one statement. A short stock phrase said by two people is no evidence that it is one
  // person's words.
  const merged = (...articles: Article[]) => mergeStatements(sentences(...articles), { articleOrder: articles.map((a) => a.id) });
  const report = (id: string, who: string, verb: string) =>
    art(id, [`${who} spoke to reporters at the harbour in Kelby on Tuesday.`, `She said the salvage crews hired by the port authority would ${verb} lifting the sunken wreck from the narrow channel near the old lighthouse after the weekend.`].join('\n'));

  it('is one statement, whoever each outlet names as its source', () => {
    const groups = merged(report('delta/1.txt', 'Inspector Maren Holt', 'begin'), report('echo/1.txt', 'Inspector Ada Vane', 'start'));
    const wreck = groups.filter((g) => /lifting the sunken wreck/.test(g.text));
    expect(wreck.map((g) => g.speaker).sort()).not.toEqual([null, null]);
    expect(wreck).toHaveLength(1);
  });

  it('stays two statements when the shared words are a stock phrase', () => {
    const stock = merged(art('delta/1.txt', '“Everything is speculation,” Maren Holt said.'), art('echo/1.txt', '“Everything is speculation,” Ada Vane said.'));
    expect(stock.filter((g) => /speculation/.test(g.text))).toHaveLength(2);
  });
});

describe('a quotation printed without its quote marks', () => {
  // Invented: one outlet quotes the harbour master, with a long description of her after the quotation; another
  // prints the same words as its own sentence. They are one statement, the harbour master's, carried by both (the
  // whole sentences are too unlike for the paraphrase decision).
  const merged = (...articles: Article[]) => mergeStatements(sentences(...articles), { articleOrder: articles.map((a) => a.id) });
  const words = 'Lifting the wreck out of the channel is like pulling a tooth from a sleeping whale with a pair of pliers';

  it('is the quotation, carried by both outlets', () => {
    const groups = merged(art('delta/1.txt', `“${words},” said Maren Holt, the harbour master, who has run the port of Kelby for eleven years and led the salvage of two trawlers off the northern reef last winter.`), art('echo/1.txt', `${words}.`));
    const whale = groups.filter((g) => /sleeping whale/.test(g.text));
    expect(whale).toHaveLength(1);
    expect(whale[0]!.articles.sort()).toEqual(['delta/1.txt', 'echo/1.txt']);
    expect(whale[0]!.speaker).toBe('Maren Holt');
  });
});
