/**
 * The words that tell what a number in a sentence is (quantities.ts): its qualifier ("at least"), its currency or
 * unit, whether it is an increment or a change ("another 2,000", "rose 5%"), and the nouns and verbs around it that
 * say what it counts ("death toll", "40 killed"). Word lists only; the reading is in quantities.ts and
 * quantity-phrases.ts.
 */

/** Qualifiers, longest first so "no more than" wins over "more than". */
const QUALIFIERS: readonly string[] = [
  'no fewer than', 'no less than', 'no more than', 'in excess of', 'as many as', 'as few as', 'as much as',
  'a little over', 'a little under', 'well over', 'well under', 'well above', 'well below', 'just above', 'just below',
  'at least', 'at most', 'up to', 'more than', 'fewer than', 'less than', 'closer to', 'close to', 'upwards of', 'just over',
  'just under', 'an estimated', 'over', 'under', 'barely', 'nearly', 'almost', 'around', 'about', 'roughly',
  'approximately', 'some', 'estimated', 'exactly', 'only', 'just', 'below', 'above', 'circa', 'approx',
];
/** Each qualifier with its words, in QUALIFIERS' order. */
export const QUALIFIER_PARTS: ReadonlyArray<readonly [string, readonly string[]]> = QUALIFIERS.map((q) => [q, q.split(' ')]);

/** Qualifiers that make the number a rounded estimate. */
export const APPROXIMATE: ReadonlySet<string> = new Set(['around', 'about', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'close to', 'closer to', 'an estimated', 'estimated', 'circa', 'approx']);

// Maps, not object literals: a word from an article must never find an inherited property ("constructor").
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₩': 'KRW', '₴': 'UAH' }));
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  dollars: 'USD', dollar: 'USD', usd: 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR', pounds: 'GBP', gbp: 'GBP',
  rubles: 'RUB', roubles: 'RUB', yuan: 'CNY', yen: 'JPY', rupees: 'INR', won: 'KRW', hryvnias: 'UAH',
}));
/** Country prefixes glued to a currency symbol ("US$3", "A$40", "HK$2"). */
export const CURRENCY_PREFIX = /^(us|a|c|nz|hk)$/;

/** Physical units: a count of them is a measurement, kept only when it says of what ("hectares of forest"). */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'kg', 'kilograms', 'tonnes', 'tons',
  'litres', 'liters', 'gallons', 'barrels', 'hectares', 'acres', 'degrees', 'mph', 'kph', 'megawatts', 'mw', 'gw',
  'square', 'sq', 'cubic', 'inches', 'centimetres', 'centimeters', 'millimetres', 'millimeters', 'cm', 'mm',
]);

/**
 * Units of an amount (how much leaked, burned, was harvested), which may stand without saying of what: "20,000 litres
 * poured out". A distance, height or temperature without its subject ("two kilometres downstream", "30 degrees") is
 * usually where or how something is, not an amount anyone disputes: those units need "of" (UNIT_WORDS).
 */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set([
  'kg', 'tonnes', 'litres', 'gallons', 'barrels', 'hectares', 'acres', 'megawatts', 'mw', 'gw',
]);

/** One spelling per unit, so that "litres" and "liters" are one unit. */
const UNIT_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries({
  kilometers: 'kilometres', km: 'kilometres', meters: 'metres', liters: 'litres', tons: 'tonnes', kilograms: 'kg',
  centimeters: 'centimetres', cm: 'centimetres', millimeters: 'millimetres', mm: 'millimetres',
}));
export function unitName(word: string): string {
  return UNIT_SPELLINGS.get(word) ?? word;
}

/** The end of the key of a quantity that only its unit describes (Quantity.key). */
export const HEADLESS_KEY = '*';

/**
 * Head nouns that stand for a quantity named elsewhere ("put the figure at 90 percent", "the total reached 40
 * million"): with a unit, the quantity is headless.
 */
export const ANAPHORIC_HEADS: ReadonlySet<string> = new Set(['figure', 'figures', 'number', 'numbers', 'total', 'estimate', 'estimates', 'amount', 'sum']);

/** Words right after a number that make it an increment ("2,000 more troops"). */
export const INCREMENT_AFTER: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'new', 'fresh', 'further', 'other']);
/** Words right before a number (or its qualifier) that make it an increment ("another 2,000", "an additional 500"). */
export const INCREMENT_BEFORE: ReadonlySet<string> = new Set(['another', 'additional', 'extra', 'further']);
/** Verbs before a percentage that make it a change unless followed by "to" ("rose 5%" vs "rose to 5%"). */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(['rose', 'risen', 'fell', 'fallen', 'jumped', 'dropped', 'climbed', 'increased', 'decreased',
  'declined', 'gained', 'lost', 'grew', 'up', 'down', 'surged', 'plunged', 'slipped', 'soared', 'slumped', 'by', 'cut', 'raised']);

/** Words right after a percentage that make it a change ("11 per cent more", "5% higher"). */
export const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'higher', 'lower', 'cheaper', 'dearer', 'up', 'down']);

/** Heads that are participles naming what happened to people ("40 killed"). */
export const PARTICIPLE_HEADS: ReadonlySet<string> = new Set(['dead', 'killed', 'died', 'injured', 'wounded', 'hurt', 'missing']);

/** Modifiers that do not restrict what is counted, so they must not keep two subjects apart. */
export const NON_RESTRICTIVE: ReadonlySet<string> = new Set(['other', 'such', 'total', 'estimated', 'reported', 'confirmed', 'alleged', 'more',
  'additional', 'extra', 'new', 'further', 'fresh', 'some', 'many', 'several', 'suspected', 'possible', 'roughly']);

/** Nouns before a number that say what it counts ("death toll rose to 40", "a force of 3,000"). */
export const TALLY_NOUNS: ReadonlySet<string> = new Set(['toll', 'tally', 'force', 'contingent', 'crowd', 'army', 'deployment', 'garrison', 'workforce']);
/** Nouns naming a count of what follows their "of": "the number of redundancies at 340", "the total of flights cancelled reached 84". */
export const COUNT_OF_NOUNS: ReadonlySet<string> = new Set(['number', 'total', 'count', 'tally']);
/** Words between a tally noun and its number. */
export const TALLY_LINKS: ReadonlySet<string> = new Set(['rose', 'risen', 'climbed', 'reached', 'stood', 'stands', 'was', 'is', 'has', 'had', 'now',
  'to', 'at', 'of', 'hit', 'jumped', 'increased', 'been', 'numbering', 'totalling', 'totaling', 'put']);

/** Words saying people died or were hurt: "killed 40", "40 people were injured". */
export const KILL_WORDS = /^(kill|dead|die[ds]?$|dying|death|fatal)/;
export const INJURE_WORDS = /^(injur|wound|hurt|hospitali[sz]|treated$)/;
