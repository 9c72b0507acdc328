/**
 * What attributing one unit reads besides the unit: the article's entity memory, the unit's position in the
 * article, and the article's thresholds (DEFAULT_ATTRIBUTION_PARAMS, overridable per article).
 */
import type { EntityMemory } from './entity-memory.js';

/** Thresholds of attribution; callers may override them per article (ArticleAttribution, attributeArticle). */
export interface AttributionParams {
  /**
   * A quote "of substance": a passage of `quotePassageWords` words or more, or short passages of `quoteWords` words
   * or more making at least `quoteShare` of the sentence's words. Scare quotes ("comprehensive strategic
   * partnership") leave the sentence a claim.
   */
  quotePassageWords: number;
  quoteWords: number;
  quoteShare: number;
  /** 'he said' continues the subject of one of this many previous units, when the gender fits. */
  pronounSubjectWindow: number;
}

export const DEFAULT_ATTRIBUTION_PARAMS: Readonly<AttributionParams> = {
  quotePassageWords: 5,
  quoteWords: 4,
  quoteShare: 0.5,
  pronounSubjectWindow: 2,
};

/** One unit's place in its article: the memory it reads and teaches, its position, the article's thresholds. */
export interface UnitContext {
  memory: EntityMemory;
  /** Position of this unit in its article (sentence index). */
  position: number;
  params: Readonly<AttributionParams>;
}
