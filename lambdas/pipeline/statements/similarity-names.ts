/**
 * Named-entity cues for grading how alike two statements are. Two headlines built on one template ("X condemns
 * violence in Egypt" / "Y condemns violence in Egypt") share almost every word yet are about different actors:
 * a name on each side that the other never mentions is the strongest lexical sign of that.
 */
import type { TextProfile } from './similarity-profile.js';

/** Names of `a` (capitalised words past the first) that `b` mentions in no form (stem or synonym class). */
function missingNames(a: TextProfile, b: TextProfile): number {
  let n = 0;
  for (const name of a.names) if (!b.stemSet.has(name) && !b.prefixes.has(name.slice(0, 5))) n++;
  return n;
}

export interface NameCues {
  /** log(1 + names either side has that the other lacks). */
  missing: number;
  /** 1 when each side names someone or something the other does not: a different actor, not an added detail. */
  conflict: number;
}

export function nameCues(a: TextProfile, b: TextProfile): NameCues {
  const ab = missingNames(a, b);
  const ba = missingNames(b, a);
  return { missing: Math.log1p(ab + ba), conflict: ab > 0 && ba > 0 ? 1 : 0 };
}
