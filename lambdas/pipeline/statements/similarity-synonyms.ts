/**
 * A small hand-written list of words news reports use interchangeably. Outlets rewrite each other's sentences
 * with exactly these swaps ("said" / "stated", "bought" / "acquired", "rose" / "climbed"); exact word overlap
 * misses them. General English only: nothing here comes from any corpus.
 */
import { stem } from '../text/tokens.js';

const GROUPS: readonly string[] = [
  'say said state stated tell told add added remark remarked declare declared note noted comment commented',
  'claim claimed assert asserted contend contended argue argued insist insisted maintain maintained',
  'buy bought acquire acquired acquisition purchase purchased',
  'sell sold selling sale',
  'rise rose risen increase increased climb climbed gain gained jump jumped grow grew surge surged',
  'fall fell fallen decrease decreased drop dropped decline declined slip slipped slide slid lose lost sink sank',
  'big large huge major massive',
  'small little minor tiny',
  'begin began start started launch launched',
  'end ended finish finished conclude concluded',
  'kill killed slay slain',
  'die died dead death',
  'help helped assist assisted aid aided',
  'show showed shown reflect reflected indicate indicated reveal revealed demonstrate demonstrated',
  'image picture photo photograph',
  'attack attacked strike struck assault',
  'troop soldier force',
  'agreement deal pact treaty accord',
  'company firm',
  'country nation',
  'people person',
  'quick quickly fast rapid rapidly',
  'about approximately roughly around nearly almost',
  'charge charged accuse accused indict indicted',
  'plan planned intend intended',
  'expect expected anticipate anticipated forecast',
  'meet met meeting',
  'talk talks discuss discussed discussion negotiation',
  'seriou serious grave',
  'allow allowed permit permitted let',
  'ban banned prohibit prohibited',
  'want wanted wish wished seek sought',
  'hit struck',
  'job post position',
  'percent pct',
  'govern government administration',
  'official officer',
  'senior top',
  'child children kid',
  'earn earned profit',
  'shares stock stocks',
];

const groupOf = new Map<string, number>();
GROUPS.forEach((line, g) => {
  for (const w of line.split(' ')) {
    const s = stem(w);
    if (!groupOf.has(s)) groupOf.set(s, g);
  }
});

/** The synonym group of a stem, or undefined. */
export function synonymGroup(stemmed: string): number | undefined {
  return groupOf.get(stemmed);
}
