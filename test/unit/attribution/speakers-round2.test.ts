import { describe, expect, it } from 'vitest';
import { attributeArticle, transcriptSpeaker } from '../../../lambdas/pipeline/attribution/attribute.js';

const one = (text: string) => attributeArticle([text])[0]!;
const speakers = (units: string[]) => attributeArticle(units).map((a) => a.speaker);

describe('subjects behind parentheticals and affiliations', () => {
  it('never lets the masked quotation leak into an apposition name', () => {
    // The role apposition used to register "QQQ Mara Quint" and the speaker was then dropped.
    expect(one('“We are running out of sandbags and time,” Mara Quint, the county’s flood manager, said on Friday.').speaker).toBe('Mara Quint');
  });
  it('skips several comma-bounded parentheticals back to the name that opens the chain', () => {
    expect(one('“I cannot find a candidate I like at all,” Tobias Wren, 58, who lives outside Eastmoor, said.').speaker).toBe('Tobias Wren');
    expect(one('Tobias Wren, however, said the ferry was “far too slow for anyone who works in town.”').speaker).toBe('Tobias Wren');
  });
  it('reads the name before an affiliation ("X of the Y Institute said")', () => {
    expect(one('“Building a bridge there would be a stretch for any engineer,” Ines Carvalho of the Lisbon Institute for Bridge Studies said.').speaker).toBe(
      'Ines Carvalho',
    );
  });
  it('still refuses a place governed by a preposition', () => {
    expect(one('Residents in Eastmoor said the water was “higher than anyone here can remember.”').speaker).not.toBe('Eastmoor');
  });
  it('reads a title inside an organisation’s name ("The Port Council Executive Director X says")', () => {
    expect(one('The Port Council Executive Director Omar Haddad says the plan “has crossed the line from caution to panic.”').speaker).toBe('Omar Haddad');
  });
});

describe('inverted and colon attributions', () => {
  it('reads an inverted attribution that opens the sentence ("Said X, ...")', () => {
    expect(one('Said Greta Lindqvist, who grew up on the island, “We were all so proud of the lifeboat crew.”').speaker).toBe('Greta Lindqvist');
    expect(one('Continued Lindqvist: “Nobody here will ever forget that night on the water.”').speaker).toBe('Lindqvist');
  });
  it('reads lower-case role words between the verb and the name', () => {
    expect(one('“The ferry is the only way we get to work,” said longtime island resident Paul Okafor.').speaker).toBe('Paul Okafor');
    expect(one('“It was a good week for the harbour,” said former harbour adviser Nils Berg.').speaker).toBe('Nils Berg');
  });
  it('gives the quotation to the name right before the colon that opens it', () => {
    expect(one('The late surge does not surprise local pollster Dana Whitcombe: “Late deciders always break for the underdog here.”').speaker).toBe(
      'Dana Whitcombe',
    );
  });
  it('reads a transcript line', () => {
    expect(transcriptSpeaker('HALVORSEN: Well, the question really is why the council waited.')).toBe('HALVORSEN');
    expect(transcriptSpeaker('"HALVORSEN: Well, the question really is why.')).toBe('HALVORSEN');
    expect(transcriptSpeaker('UPDATE: The council met again on Friday.')).toBeNull();
    expect(one('"HALVORSEN: Well, the question really should be why the council waited so long to act.').speaker).toBe('HALVORSEN');
  });
  it('reads the subject after a date with its year ("On May 3, 2015, X made the comment:")', () => {
    const out = speakers(['On May 3, 2015, Lena Ortiz made the following comment:', '“For young people who left school early, the jobless rate is 33 percent.”']);
    expect(out[1]).toBe('Lena Ortiz');
  });
});

describe('descriptions of organisations and people', () => {
  it('resolves "the group" and "the ministry" to the organisation named before', () => {
    const out = speakers([
      'The Harbour Trust said the plan was safe.',
      '“We have worked hard to come as close to the goal as possible,” said the group, which fell short.',
    ]);
    expect(out[1]).toBe('Harbour Trust');
    const out2 = speakers([
      'Norland’s foreign ministry also weighed in on Tuesday.',
      '“Countries outside the region should keep their promises,” the ministry said in a statement.',
    ]);
    expect(out2[1]).toBe('Norland’s foreign ministry');
  });
  it('leaves a specific organisation noun unresolved when no such organisation was named', () => {
    const out = speakers(['Mara Quint spoke first.', '“We will appeal the ruling in the spring,” the ministry said.']);
    expect(out[1]).toBeNull();
  });
  it('matches a role to its abbreviated title ("Sen. X" ... "the senator")', () => {
    const out = speakers([
      'Sen. Hal Brenner visited the levee with Mayor Rosa Delgado on Monday.',
      '“I apologize to nobody for that vote,” the senator said.',
    ]);
    expect(out[1]).toBe('Hal Brenner');
  });
  it('reads "the X senator and Y candidate" as one role', () => {
    const out = speakers(['Sen. Hal Brenner spoke first.', '“North Harbour is run by fools,” the Norland senator and party candidate said.']);
    expect(out[1]).toBe('Hal Brenner');
  });
});

describe('pronouns point back', () => {
  it('does not resolve "he" to a man named after it in the same sentence', () => {
    const out = speakers(['Tomas Pekkala says Arvo Lind “has a record of bringing people together.”', 'He warns that Arvo Lind would “drive the party off the cliff.”']);
    expect(out[1]).toBe('Tomas Pekkala');
  });
  it('prefers the previous sentence’s subject over others it mentions', () => {
    const out = speakers([
      'Tomas Pekkala met Arvo Lind and Jussi Koski at the harbour on Monday.',
      '“The ferry must run all winter or the island will empty,” he said.',
    ]);
    expect(out[1]).toBe('Tomas Pekkala');
  });
  it('never makes a single capitalised sentence opener a person', () => {
    const out = speakers([
      'Marta Kowalczyk runs the bakery on the corner.',
      'Audiences can expect “a little more recklessness than they are used to” this year.',
      '“It is straight from the heart,” she said.',
    ]);
    expect(out[2]).toBe('Marta Kowalczyk');
  });
});
