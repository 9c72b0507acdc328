import { describe, expect, it } from 'vitest';
import { attributeArticle } from '../../../lambdas/pipeline/attribution/attribute.js';
import { EntityMemory, genderCue } from '../../../lambdas/pipeline/attribution/entity-memory.js';

const one = (text: string) => attributeArticle([text])[0]!;
const speakers = (units: string[]) => attributeArticle(units).map((a) => a.speaker);

describe('never a day, a time or a fragment as the speaker', () => {
  it('reads the pronoun, not the day, in "he said Friday"', () => {
    const out = speakers([
      'Port director Tomas Lindqvist inspected the damaged pier on Thursday.',
      '“The pier will stay closed until the engineers sign it off,” he said Friday.',
    ]);
    expect(out[1]).toBe('Tomas Lindqvist');
  });
  it('returns no speaker rather than a day name', () => {
    const a = one('“The ferries will run on the winter timetable from now on,” said Saturday.');
    expect(a.speaker).toBeNull();
  });
  it('drops a sentence adverb in front of the name', () => {
    expect(one('Later, Ingrid Solberg said the fishing quotas would be cut by a third.').speaker).toBe('Ingrid Solberg');
  });
  it('never takes a place governed by a preposition', () => {
    const out = speakers([
      'Mayor Rosa Delgado toured the flooded streets.',
      'In Riverton, she said: “Every family here will get help before the weekend is over.”',
    ]);
    expect(out[1]).toBe('Rosa Delgado');
  });
  it('skips a dateline and a short parenthetical', () => {
    expect(one('PORTVILLE — Rosa Delgado said the levee would hold through the spring floods.').speaker).toBe('Rosa Delgado');
    const a = one('At a hearing on Tuesday, Sen. Hal Brenner (D-OR), said, “We cannot wait another decade for this bridge.”');
    expect(a.speaker).toBe('Hal Brenner');
  });
});

describe('organisations and metonymy', () => {
  it('keeps an organisation as the speaker', () => {
    expect(one('“We are reviewing every contract signed last year,” the Transport Ministry said.').speaker).toBe('Transport Ministry');
  });
  it('keeps a capital used for its government ("Oslo said")', () => {
    expect(one('Oslo said it would not sign the fisheries accord in its present form.').speaker).toBe('Oslo');
  });
});

describe('pronouns by gender and recency', () => {
  it('resolves she and he to different people named in the same sentence', () => {
    const out = speakers([
      'Maria Okonkwo met John Whitfield at the port authority on Monday.',
      '“We settled the dispute over the cranes in one afternoon,” she said.',
      '“The unions will have to approve it before anything changes,” he said.',
    ]);
    expect(out[1]).toBe('Maria Okonkwo');
    expect(out[2]).toBe('John Whitfield');
  });
  it('reads gender from honorifics and gendered roles', () => {
    expect(genderCue('Mrs. Ortiz')).toBe('f');
    expect(genderCue('Ortiz', 'the spokesman')).toBe('m');
    expect(genderCue('Ortiz')).toBeNull();
    const m = new EntityMemory();
    m.addPerson('Mr. Ortiz', null, 0);
    m.addPerson('Ms. Vance', null, 0, 5);
    expect(m.mostRecent(1, 'm')?.name).toBe('Ortiz');
    expect(m.mostRecent(1, 'f')?.name).toBe('Vance');
  });
  it('resolves a role noun ("the spokeswoman") to the person introduced with it', () => {
    const out = speakers([
      'Airline spokeswoman Lena Hart confirmed that two flights were cancelled.',
      'Pilot union leader Marcus Reed blamed the schedule changes.',
      '“No passenger was left without a seat on a later flight,” the spokeswoman said.',
    ]);
    expect(out[2]).toBe('Lena Hart');
  });
});

describe('quotations without a speech verb of their own', () => {
  it('gives a quotation paragraph after a colon introduction to the one introduced', () => {
    const out = speakers(['Coach Dana Whitley continued:', '“We trained for the heat all summer and it showed in the last ten minutes.”']);
    expect(out[1]).toBe('Dana Whitley');
  });
  it('continues the previous sentence’s subject when a bare quotation follows a claim', () => {
    const out = speakers([
      'Luis Ferreira praised the new market hall and its long opening hours.',
      '“It is the best thing that has happened to this street in twenty years.”',
    ]);
    expect(out[1]).toBe('Luis Ferreira');
  });
  it('takes the sentence subject when the verb is not a speech verb', () => {
    const a = one('Ingrid Solberg is calling the new quota system “a slow death for the small harbours of the north.”');
    expect(a.kind).toBe('quote');
    expect(a.speaker).toBe('Ingrid Solberg');
  });
  it('reads a headline-style "Name: quotation"', () => {
    expect(one('Solberg: “The small harbours will not survive another season like this one.”').speaker).toBe('Solberg');
  });
  it('does not take a possessive or an interjection as the subject', () => {
    expect(one('Wait, “the whole plan was written in a single weekend by two interns.”').speaker).toBeNull();
    expect(one('Solberg’s plan was called “the most expensive pier in the history of the county.”').speaker).not.toBe('Solberg’s');
  });
});
