import { describe, expect, it } from 'vitest';
import { buildDateChannels, dateSignature } from '../../../lambdas/pipeline/stories/dates.js';

const sig = (text: string, title?: string) => Object.fromEntries(dateSignature({ text, ...(title ? { title } : {}) }));

describe('dateSignature', () => {
  it('names weekdays, months beside a day or year, and years', () => {
    expect(sig('The ferry sank on Saturday, 14 March 2015, and divers searched again on Sunday.')).toEqual({
      'wd:saturday': 1,
      'wd:sunday': 1,
      'mo:3': 1,
      'yr:2015': 1,
    });
  });

  it('reads dateline abbreviations and counts the title', () => {
    expect(sig('Officials met again.', 'Updated Nov 11, 2011 - talks resume Thursday')).toEqual({
      'mo:11': 1,
      'yr:2011': 1,
      'wd:thursday': 1,
    });
  });

  it('does not take the verb "may" or a lone capitalised month-word as a date', () => {
    expect(sig('Prices may rise. May the best team win. March organisers said nothing.')).toEqual({});
  });

  it('does not take amounts, long numbers or decimals for years', () => {
    expect(sig('The deal was worth $2010 million, reference 120015, and the index closed at 1999.5 points.')).toEqual({});
  });

  it('counts repeats', () => {
    expect(sig('On Tuesday the vote failed. Late on Tuesday the minister resigned.')).toEqual({ 'wd:tuesday': 2 });
  });
});

describe('buildDateChannels', () => {
  it('keeps weekdays, months and years in separate unit vectors, empty when the article names none', () => {
    const ch = buildDateChannels([
      { text: 'It happened on Friday, June 3 2022.' },
      { text: 'No date here at all.' },
    ]);
    for (const kind of ['weekday', 'month', 'year'] as const) {
      const v = ch[kind][0]!;
      expect(v.ids.length).toBe(1);
      expect(v.weights[0]).toBeCloseTo(1);
      expect(ch[kind][1]!.ids.length).toBe(0);
    }
  });

  it('gives the same date the same id across articles', () => {
    const ch = buildDateChannels([{ text: 'on Monday' }, { text: 'late on Monday night' }, { text: 'on Friday' }]);
    expect(ch.weekday[0]!.ids[0]).toBe(ch.weekday[1]!.ids[0]);
    expect(ch.weekday[2]!.ids[0]).not.toBe(ch.weekday[0]!.ids[0]);
  });
});
