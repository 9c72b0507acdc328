import { describe, expect, it } from 'vitest';
import { attributeArticle } from '../../../lambdas/pipeline/attribution/attribute.js';
import { ORGANISATION_NOUNS } from '../../../lambdas/pipeline/lexicon/organisation-nouns.generated.js';
import { ORG_REFERENCES } from '../../../lambdas/pipeline/lexicon/roles.js';
import { UnitMatcher } from '../../../lambdas/pipeline/statements/match.js';
import type { StatementUnit } from '../../../lambdas/pipeline/statements/units.js';
import { StatementComparer } from '../../../lambdas/pipeline/paraphrase/index.js';

describe('organisations an article only describes', () => {
  it('takes the nouns WordNet files under organisations, beside the hand-written news uses', () => {
    for (const noun of ['authority', 'brigade', 'trust', 'service', 'coastguard', 'hospital']) expect(ORGANISATION_NOUNS.has(noun), noun).toBe(true);
    for (const noun of ['bread', 'river', 'weather', 'pier']) expect(ORGANISATION_NOUNS.has(noun), noun).toBe(false);
    expect(ORG_REFERENCES.has('office')).toBe(true); // a news use WordNet files elsewhere
  });

  it('credits a statement to the described organisation when the article names none', () => {
    const [evacuated, fares] = attributeArticle([
      'About 1,200 people were evacuated from their homes, the district fire service said.',
      'The authority said fares would rise by 6.5 per cent on average.',
    ]);
    expect(evacuated!.speaker).toBe('district fire service');
    expect(fares!.speaker).toBe('authority');
  });

  it('never keeps two outlets\u2019 statements apart because one describes the body the other names', () => {
    const unit = (article: string, text: string, speaker: string): StatementUnit =>
      ({ article, index: 0, paragraph: 0, text, kind: 'claim', speaker, quote: null, fragments: [], reported: true });
    const matcher = new UnitMatcher(new StatementComparer().storyComparer());
    const described = unit('a', 'About 1,200 people were evacuated from their homes, the fire service said.', 'fire service');
    const named = unit('b', 'Some 1,200 people had to leave their homes overnight, Harlow Fire and Rescue said.', 'Harlow Fire and Rescue');
    const otherName = unit('c', 'Some 1,200 people had to leave their homes overnight, Mayor Ines Kolb said.', 'Ines Kolb');
    expect(matcher.match(described, named).duplicate).toBe(true);
    // Two names that differ are two bodies' words.
    expect(matcher.match(named, otherName).duplicate).toBe(false);
  });
});
