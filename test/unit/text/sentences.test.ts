import { describe, expect, it } from 'vitest';
import { segmenterChunks, SEGMENTER_CHUNK, sentencesOf, splitSentences } from '../../../lambdas/pipeline/text/sentences.js';

describe('splitSentences: plain text', () => {
  it('splits ordinary sentences and drops blank lines', () => {
    expect(splitSentences('The bridge opened. Traffic was light.\n\nShops stayed shut!')).toEqual([
      'The bridge opened.',
      'Traffic was light.',
      'Shops stayed shut!',
    ]);
  });

  it('never joins across paragraphs (one paragraph per line)', () => {
    expect(splitSentences('The mayor said "we will\nrebuild" on Monday.')).toHaveLength(2);
  });

  it('splits where a pasted page lost the space after a full stop', () => {
    expect(splitSentences('The council met on Monday, the clerk said.The vote was close.')).toEqual([
      'The council met on Monday, the clerk said.',
      'The vote was close.',
    ]);
  });
});

describe('splitSentences: abbreviations', () => {
  it.each([
    ['Mr. Harlow and Mrs. Dunn met Dr. Osei at noon.'],
    ['Gen. Marsh spoke after Sen. Ruiz and Rep. Kaye.'],
    ['Gov. Patel thanked Lt. Col. Brandt for the work.'],
    ['The parade ended on St. Anne Street near the square.'],
    ['The vote was set for Jan. 14 in the capital.'],
    ['The report reached the U.S. State Department late.'],
    ['Officials at the U.N. Security Council disagreed.'],
    ['Traders in the U.K. Treasury market were calm.'],
    ['Rules from the E.U. Commission apply.'],
    ['The airport named after John F. Kennedy was busy.'],
    ['The team finished No. 4 in the league table.'],
  ])('keeps %s in one piece', (text) => {
    expect(splitSentences(text)).toEqual([text]);
  });

  it('still splits after a month abbreviation not followed by a number', () => {
    // "Dec." ending a sentence is rare, but a sentence ending in "no." is not: lower-case "no." splits.
    expect(splitSentences('Asked whether he would run, he said no. Then he left.')).toHaveLength(2);
  });

  it('splits after an ordinary word that merely looks short', () => {
    expect(splitSentences('He met the dog. It barked.')).toHaveLength(2);
  });
});

describe('splitSentences: quotations', () => {
  it('keeps a quotation of several sentences that closes soon in one sentence', () => {
    const text = 'The minister said, "Prices are high. If they stay high, people will suffer." Then she left.';
    expect(splitSentences(text)).toEqual([
      'The minister said, "Prices are high. If they stay high, people will suffer."',
      'Then she left.',
    ]);
  });

  it('does the same with curly quotes and guillemets', () => {
    expect(splitSentences('She said: “Yes. We agree.” The room went quiet.')).toEqual([
      'She said: “Yes. We agree.”',
      'The room went quiet.',
    ]);
    expect(splitSentences('Il a dit « Non. Jamais. » Puis il est parti.')[0]).toContain('« Non. Jamais. »');
  });

  it("does the same with the typewriter marks `` and ''", () => {
    expect(splitSentences("``Yes. We agree,'' she said. The room went quiet.")).toEqual([
      "``Yes. We agree,'' she said.",
      'The room went quiet.',
    ]);
  });

  it('lets a quotation followed by its attribution and a new quotation be two sentences', () => {
    const text = '"There is a plan," the coach said. "We never doubted the players."';
    expect(splitSentences(text)).toEqual(['"There is a plan," the coach said.', '"We never doubted the players."']);
  });

  it('leaves a very long quotation split rather than building a giant sentence', () => {
    const sentence = 'This is one more sentence in a speech that goes on and on without pause. ';
    const text = `"${sentence.repeat(12).trim()}" he said.`;
    expect(splitSentences(text).length).toBeGreaterThan(1);
  });

  it('does not treat apostrophes as quotation marks', () => {
    expect(splitSentences("The city’s plan failed. Officials don't agree.")).toHaveLength(2);
  });
});

describe('sentencesOf', () => {
  it('numbers sentences across the article and paragraphs over non-blank lines', () => {
    const s = sentencesOf({ id: 'a/1.txt', source: 'a', format: 'txt', text: 'One. Two.\n\n  \nThree.' });
    expect(s.map((x) => [x.index, x.paragraph, x.text])).toEqual([
      [0, 0, 'One.'],
      [1, 0, 'Two.'],
      [2, 1, 'Three.'],
    ]);
    expect(s.every((x) => x.article === 'a/1.txt')).toBe(true);
  });

  it('ends a paragraph at every kind of line end, and only there', () => {
    const text = 'One. Two\r\nThree.\rFour Mr.\nSmith.\u2029Five.\n\t\r\nSix';
    expect(sentencesOf({ id: 'a/2.txt', source: 'a', format: 'txt', text }).map((x) => [x.paragraph, x.text])).toEqual([
      [0, 'One.'],
      [0, 'Two'],
      [1, 'Three.'],
      [2, 'Four Mr.'],
      [3, 'Smith.'],
      [3, 'Five.'],
      [4, 'Six'],
    ]);
  });

  it('never joins a quotation or an abbreviation across paragraphs', () => {
    expect(splitSentences('He said “we will\nrebuild.” Then he left.\nGen.\nLee arrived.')).toEqual([
      'He said “we will',
      'rebuild.”',
      'Then he left.',
      'Gen.',
      'Lee arrived.',
    ]);
  });
});

describe('splitSentences: a quotation closing on ? or ! keeps its attribution', () => {
  it.each([
    ['“Is this really our fix?” Tobias Wren said to reporters.'],
    ['“Why now?” asked Lena Ortiz.'],
    ['“We won!” he shouted, waving at the crowd.'],
    ['"Is it over?" Harbour Master Lena Ortiz asked the crew.'],
  ])('keeps %s in one piece', (text) => {
    expect(splitSentences(`${text} The crowd cheered.`)).toEqual([text, 'The crowd cheered.']);
  });
  it('still splits when a new sentence follows the quotation', () => {
    expect(splitSentences('“Why?” The question hung in the air.')).toEqual(['“Why?”', 'The question hung in the air.']);
  });
});

describe('segmenterChunks (ICU is fed pieces, its cost grows faster than the string it walks)', () => {
  const para = (i: number) => `The council met on day ${i} to discuss the harbour repairs. Mr. Ruiz said the budget would hold.`;

  it('cuts after line ends, so a long text splits exactly as its paragraphs do one by one', () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) => para(i));
    const text = paragraphs.join('\n');
    const chunks = [...segmenterChunks(text)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(text);
    for (const c of chunks.slice(0, -1)) expect(c.endsWith('\n') && c.length <= SEGMENTER_CHUNK).toBe(true);
    expect(splitSentences(text)).toEqual(paragraphs.flatMap((p) => splitSentences(p)));
  });

  it('cuts a line longer than a chunk after a sentence end, else a space, else anywhere', () => {
    const line = Array.from({ length: 400 }, (_, i) => para(i)).join(' ');
    const chunks = [...segmenterChunks(line, 1_000)];
    expect(chunks.join('')).toBe(line);
    for (const c of chunks.slice(0, -1)) expect(c).toMatch(/[.!?] $/);
    expect(splitSentences(line)).toEqual(Array.from({ length: 400 }, (_, i) => splitSentences(para(i))).flat());
    expect([...segmenterChunks('word '.repeat(500), 1_000)].every((c) => c.length <= 1_000)).toBe(true);
    expect([...segmenterChunks('x'.repeat(2_500), 1_000)].map((c) => c.length)).toEqual([1_000, 1_000, 500]);
  });
});
