/**
 * METEOR-style unigram matching over all words (the meteorF, meteorFrag and meteorScore features): each word of one
 * text takes the first unused word of the other with the same stem, then with the same synonym class, and the
 * matches are counted with the chunks they form.
 */
import type { TextProfile } from './profile.js';
import type { SideMarks } from './side-marks.js';

/** One direction's matches and the chunks (runs of adjacent matches) they form. */
export interface MeteorMatches {
  matches: number;
  chunks: number;
}

/**
 * Harmonic mean of precision and recall of a's matches, and the fragmentation penalty 0.5 (chunks / matches)^3
 * (METEOR's constants) averaged over both directions so the result is symmetric.
 */
export function meteor(ab: MeteorMatches, ba: MeteorMatches, la: number, lb: number): { f: number; frag: number } {
  const matches = ab.matches;
  if (matches === 0 || la === 0 || lb === 0) return { f: 0, frag: 0.5 };
  const p = matches / la;
  const r = matches / lb;
  const f = (2 * p * r) / (p + r);
  const frag = (0.5 * ((ab.chunks / matches) ** 3 + (ba.chunks / Math.max(1, ba.matches)) ** 3)) / 2;
  return { f, frag };
}

function firstFree(head: number, next: Int32Array, used: Uint8Array): number {
  for (let j = head; j >= 0; j = next[j]!) if (used[j] === 0) return j;
  return -1;
}

/** Matches one direction at a time; owns the "already used" table of the other text's words (scratch, grown as needed). */
export class MeteorMatcher {
  private used = new Uint8Array(256);

  /** One direction of meteor(); b must be marked in `marks` (SideMarks.mark). */
  oneWay(a: TextProfile, b: TextProfile, marks: SideMarks): MeteorMatches {
    const bl = b.stems.length;
    if (this.used.length < bl) this.used = new Uint8Array(bl * 2);
    const used = this.used;
    used.fill(0, 0, bl);
    const { stems: stemMarks, concepts: conceptMarks } = marks;
    let matches = 0;
    let chunks = 0;
    let last = -2;
    for (let i = 0; i < a.stems.length; i++) {
      let hit = -1;
      const s = a.stems[i]!;
      // Prefer the word right after the previous match (keeps chunks whole), then the first free exact match,
      // then the first free synonym.
      if (last >= -1 && last + 1 < bl && used[last + 1] === 0 && b.stems[last + 1] === s) hit = last + 1;
      // First free position with the same stem, then with the same synonym class (chains are ascending).
      if (hit < 0 && stemMarks.has(s)) hit = firstFree(stemMarks.value(s), b.nextSameStem, used);
      if (hit < 0) {
        const c = a.conceptSeq[i]!;
        if (conceptMarks.has(c)) hit = firstFree(conceptMarks.value(c), b.nextSameConcept, used);
      }
      if (hit < 0) continue;
      used[hit] = 1;
      matches++;
      if (hit !== last + 1) chunks++;
      last = hit;
    }
    return { matches, chunks };
  }
}
