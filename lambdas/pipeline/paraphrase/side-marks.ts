/**
 * The sets of one side of a pair, stamped into id tables (ids.ts IdMarks), so that each measure of the other side
 * is one lookup per element: the scratch tables every pair feature reads.
 */
import { IdMarks, type Interner } from './ids.js';
import type { TextProfile } from './profile.js';

/**
 * Membership tables of the side being compared against. Scratch of one comparison at a time: each comparison
 * stamps (`mark`) before it reads, so nothing carries over between comparisons, and comparisons are synchronous.
 */
export class SideMarks {
  /** Content stems, with their rarity weights. */
  readonly content: IdMarks;
  /** Synonym classes of the content stems. */
  readonly contentConcepts: IdMarks;
  /** 5-letter prefixes of the content stems. */
  readonly prefixes: IdMarks;
  /** Stems and synonym classes of every word, each with its first position (the head of its position chain). */
  readonly stems: IdMarks;
  readonly concepts: IdMarks;

  constructor(ids: Interner) {
    this.content = new IdMarks(ids);
    this.contentConcepts = new IdMarks(ids);
    this.prefixes = new IdMarks(ids);
    this.stems = new IdMarks(ids);
    this.concepts = new IdMarks(ids);
  }

  /** Stamps b's sets (content stems with weights, prefixes, content concepts, stems, all concepts). */
  mark(b: TextProfile): void {
    this.content.mark(b.content, b.contentWeight);
    this.contentConcepts.mark(b.concepts);
    this.prefixes.mark(b.prefixes);
    this.stems.markFirstPositions(b.stems);
    this.concepts.markFirstPositions(b.conceptSeq);
  }
}
