import { describe, expect, it } from 'vitest';
import { attributeArticle } from '../../../lambdas/pipeline/attribution/attribute.js';

const one = (text: string) => attributeArticle([text])[0]!;
const last = (units: string[]) => attributeArticle(units).at(-1)!.speaker;

describe('a name after a description led by a capitalised word', () => {
  it('takes the person, not the affiliation ("said Ortiz constituent Sam Reyes")', () => {
    expect(one('“The ferry has not run on time once this winter,” said Ortiz constituent Sam Reyes.').speaker).toBe('Sam Reyes');
  });
  it('takes the name after a possessive role and a comma ("said Ortiz’s deputy campaign manager, Sam Reyes,")', () => {
    expect(one('“We expect to win every ward by the river,” said Ortiz’s deputy campaign manager, Sam Reyes, who ran the last race.').speaker).toBe(
      'Sam Reyes',
    );
  });
  it('reads the person after an agent noun ("said Harbour Party front-runner Lena Ortiz")', () => {
    expect(one('“The ferry has not run on time once this winter,” said Harbour Party front-runner Lena Ortiz.').speaker).toBe('Lena Ortiz');
  });
  it('does not take the object of a verb for the person ("Lena Ortiz visits Port Wexley")', () => {
    expect(one('Lena Ortiz visits Port Wexley on Monday: “We will rebuild the pier before the summer.”').speaker).toBe('Lena Ortiz');
  });
});

describe('a quotation broken off by a comma, then its speaker and one verb', () => {
  it('reads any verb in that slot as the attribution ("“...,” Sam Reyes harrumphed.")', () => {
    expect(one('“The levee will hold for another winter, maybe two,” Sam Reyes harrumphed.').speaker).toBe('Sam Reyes');
    expect(one('“Who pays for the new ferry after the grant runs out?” Mara Quint wondered aloud.').speaker).toBe('Mara Quint');
  });
  it('needs the comma, question or exclamation mark: a quotation that ended its sentence is not attributed so', () => {
    expect(one('“The levee held through the whole winter again.” Sam Reyes walked home.').speaker).toBeNull();
  });
  it('reads "fired back" as an attribution', () => {
    const text = 'Mayor Kit Varga praised the plan, and Greta Lindqvist fired back: “The council never once asked the harbour families.”';
    expect(one(text).speaker).toBe('Greta Lindqvist');
  });
});

describe('pronouns', () => {
  it('takes the named subject of its own sentence for a later "she said"', () => {
    expect(last(['Tom Haddad spoke first at the harbour meeting.', 'Annette Guessford closed the evening: “We will keep the ferry running all winter,” she said.'])).toBe(
      'Annette Guessford',
    );
  });
  it('skips its own sentence’s subject when the gender does not fit', () => {
    expect(last(['Mrs. Lena Ortiz opened the meeting on the pier.', 'Mr. Sam Reyes closed it: “We will keep the ferry running all winter,” she said.'])).toBe(
      'Lena Ortiz',
    );
  });
  it('learns a gender from the first pronoun after a subject ("Jo Prentice said his boat ...")', () => {
    expect(
      last(['Robin Ashdown checked the course on Friday.', 'Jo Prentice said his boat was ready for the race.', '“I have sailed this course for twenty years,” she said.']),
    ).toBe('Robin Ashdown');
  });
  it('registers a titled name that ends in a possessive whole ("President Tobias Wren’s plan")', () => {
    expect(last(['President Tobias Wren’s ferry plan was approved on Monday.', '“It will pay for itself within ten years,” he said.'])).toBe('Tobias Wren');
  });
  it('reads a subject past its apposition ("Dana Whitlock, 41, a ferry pilot from Harbourton, closed ...")', () => {
    expect(
      last([
        'Mayor Kit Varga opened the new pier on Monday.',
        'Dana Whitlock, 41, a ferry pilot from Harbourton, closed the meeting: “I would take my own kids on it,” she said.',
      ]),
    ).toBe('Dana Whitlock');
  });
  it('does not take an opening "Recently," for the speaker, and falls back to the subject after it', () => {
    expect(one('Recently, Sam Okafor, the harbour master, was asked whether the levee “would survive another storm like the last one.”').speaker).toBe(
      'Sam Okafor',
    );
  });
});

describe('idioms of attribution', () => {
  it('reads "she went on" as the continuation of a quotation', () => {
    expect(last(['Mrs. Lena Ortiz spoke to the council on Monday.', '“We will keep the ferry running through the whole winter,” she went on.'])).toBe(
      'Lena Ortiz',
    );
  });
  it('reads "as X puts it" as an attribution', () => {
    expect(one('That is why, as Sam Reyes puts it, “the harbour pays for the whole town and always has.”').speaker).toBe('Sam Reyes');
  });
});
