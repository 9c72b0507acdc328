/**
 * The same quoted words are one statement in a story, whoever each report credits with them: a reader shown
 * "Everything is just speculation." twice, once per name, reads one report's slip (or two people's stock phrase)
 * as two statements. The speaker is the name most reports give; a name a good part of the reports give instead is
 * kept beside it (Statement.alsoCredited), one report's slip is not.
 */
import { describe, expect, it } from 'vitest';
import { mergeStory, rankStory } from '../../../lambdas/pipeline/statements/build.js';
import type { Article, Statement } from '../../../lambdas/pipeline/model.js';

const article = (id: string, source: string, text: string): Article => ({ id, source, format: 'txt', text });
const LEAD = 'The Orran river burst its banks on Tuesday after three days of heavy rain in the valley.';

function statementsOf(credits: readonly string[]): Statement[] {
  const articles = credits.map((name, i) =>
    article(`a${i}`, `Outlet ${i}`, `${LEAD}\n\n“Everything is just speculation,” ${name} said.\n\nReport ${i} adds its own closing line number ${i} about the weather.`),
  );
  return rankStory(mergeStory(articles, new Map()));
}

const speculation = (statements: readonly Statement[]) => statements.filter((s) => /speculation/i.test(s.text));

describe('the same quoted words credited to different people', () => {
  it('are one statement carried by every report, credited to the name most reports give', () => {
    const found = speculation(statementsOf(['Bill Harte', 'Bill Harte', 'Bill Harte', 'Jane Steele', 'Jane Steele']));
    expect(found).toHaveLength(1);
    expect(found[0]!.articles).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(found[0]!.speaker).toBe('Bill Harte');
    // Two reports of the speaker's three give the other name: a rival attribution, kept.
    expect(found[0]!.alsoCredited).toEqual(['Jane Steele']);
  });
  it('keep no rival for one report\'s slip', () => {
    const found = speculation(statementsOf(['Bill Harte', 'Bill Harte', 'Bill Harte', 'Jane Steele']));
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Bill Harte');
    expect(found[0]!.alsoCredited).toBeUndefined();
  });
  it('name one person once: a surname is the full name of the story', () => {
    const found = speculation(statementsOf(['Bill Harte', 'Harte', 'Bill Harte', 'Harte']));
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Bill Harte');
    expect(found[0]!.alsoCredited).toBeUndefined();
  });
});

describe('a statement some reports credit to a name and others describe', () => {
  const LEAD2 = 'A coach carrying pilgrims left the road near Lunhold on Sunday night and overturned in a field.';
  const articles = [
    article('p', 'Outlet P', `${LEAD2}\n\nAs many as 45 people were on the coach, Inspector Katri Sundell said.`),
    article('q', 'Outlet Q', `${LEAD2}\n\nPolice put the number of people on board at roughly 45, saying several had joined without booking.`),
    article('r', 'Outlet R', `${LEAD2}\n\nPolice said as many as 45 people had been on the coach when it left the road.`),
  ];
  it('is one statement: a described speaker ("Police") vetoes nothing a named one says, and the name is shown', () => {
    const found = rankStory(mergeStory(articles, new Map())).filter((s) => /45/.test(s.text));
    expect(found).toHaveLength(1);
    expect(found[0]!.articles).toEqual(['p', 'q', 'r']);
    expect(found[0]!.speaker).toMatch(/Katri Sundell$/);
  });
});
