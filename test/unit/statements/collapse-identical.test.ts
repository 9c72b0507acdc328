/**
 * Redundancy first (statements/redundancy.ts): units that are the same at sight are one representative before any
 * comparison, whatever bound the comparisons have. The same words are the same unit whatever quote marks made of
 * them; the same quoted words are the same quote whatever the frame; a sentence that is exactly a quotation without
 * its marks is that quotation.
 */
import { describe, expect, it } from 'vitest';
import { collapseIdentical } from '../../../lambdas/pipeline/statements/redundancy.js';
import type { StatementUnit } from '../../../lambdas/pipeline/statements/units.js';

let next = 0;
const unit = (text: string, quote: string | null = null, speaker: string | null = null): StatementUnit => ({
  article: `a${next++}`,
  index: 0,
  paragraph: 0,
  text,
  kind: quote === null ? 'claim' : 'quote',
  speaker,
  quote,
  fragments: [],
  reported: quote !== null,
});

const texts = (units: readonly StatementUnit[]) => collapseIdentical(units).members.map((m) => m.map((i) => units[i]!.article));

describe('collapseIdentical', () => {
  it('keeps units with the same words together when a stray quote mark changed what one of them quotes', () => {
    const units = [
      unit('You got the feeling there was something definitely, definitely wrong,” Pigeon informed The Canadian Press.', 'You got the feeling there was something definitely, definitely wrong,', 'Luke Pigeon'),
      unit('You got the feeling there was something definitely, definitely wrong, "Pigeon informed The Canadian Press.', 'Pigeon informed The Canadian Press.'),
      unit('Fire crews stayed at the mill until the morning.'),
    ];
    expect(texts(units)).toEqual([[units[0]!.article, units[1]!.article], [units[2]!.article]]);
  });
  it('makes one quote of the same quoted words in different frames, and of a sentence that is the quotation unmarked', () => {
    const units = [
      unit('“Everything is just speculation,” Bill Harte said.', 'Everything is just speculation,', 'Bill Harte'),
      unit('Jane Steele told reporters: “Everything is just speculation.”', 'Everything is just speculation.', 'Jane Steele'),
      unit('Everything is just speculation.'),
      unit('Nothing is settled yet, the council said.'),
    ];
    expect(texts(units)).toEqual([[units[0]!.article, units[1]!.article, units[2]!.article], [units[3]!.article]]);
  });
  it('keeps different sentences apart, and orders representatives by where their text first occurs', () => {
    const units = [unit('The bridge reopens on Monday.'), unit('The ferry resumes on Tuesday.'), unit('The bridge reopens on Monday!')];
    const r = collapseIdentical(units);
    expect(r.members).toEqual([[0, 2], [1]]);
    expect(r.reps.map((u) => u.text)).toEqual(['The bridge reopens on Monday.', 'The ferry resumes on Tuesday.']);
  });
});
