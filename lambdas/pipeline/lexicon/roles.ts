/**
 * Roles and organisations: the nouns that say a capitalised run is a title ("Defense Secretary"), a description
 * stands for a person ("the spokesman") or an organisation ("the ministry"), or a source is a group ("officials").
 * Attribution and its entity memory read them; eval/polnear.ts reads the role nouns too.
 */

import { ORGANISATION_NOUNS } from './organisation-nouns.generated.js';
/** Lower-case words that name a role; a capitalised run ending in one is a title ("Defense Secretary"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  (
    'president vice secretary minister spokesman spokeswoman spokesperson governor senator sen rep representative ' +
    'chancellor leader chief head director ambassador mayor premier king queen prince princess pope judge prosecutor ' +
    'commissioner chairman chairwoman chair ceo general gen admiral adm colonel col lieutenant lt captain capt sergeant ' +
    'officer official envoy correspondent professor prof dr mr mrs ms sir lord lady coach manager founder analyst ' +
    'economist researcher candidate nominee attorney lawyer deputy commander marshal sheriff superintendent editor ' +
    'diplomat dictator emperor sheikh ayatollah cardinal bishop rabbi imam justice counsel strategist adviser advisor ' +
    'aide pollster executive businessman businesswoman spokesmen congressman congresswoman lawmaker legislator ' +
    'mp speaker chairperson premier monarch owner boss consultant commentator columnist activist historian scientist ' +
    'operative organizer organiser donor scholar writer novelist actor actress singer comedian host anchor pastor ' +
    'reverend priest voter supporter delegate resident'
  ).split(' '),
);

/** Forms of one role ("Sen. Ruiz" ... "the senator", "Rep. Kaye" ... "the congresswoman"), keyed by one word. */
export const ROLE_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sen: 'senator', gov: 'governor', rep: 'representative', congressman: 'representative', congresswoman: 'representative',
    lawmaker: 'representative', gen: 'general', pres: 'president', spokesman: 'spokesperson', spokeswoman: 'spokesperson',
    chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', adm: 'admiral', col: 'colonel', lt: 'lieutenant',
    capt: 'captain', prof: 'professor', advisor: 'adviser', atty: 'attorney',
  }),
);

/** Honorifics that are never part of the name itself. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'prof']);

/** Nouns for someone's relation to a person or a cause that carry no agent suffix ("Ortiz ally", "Reyes aide"). */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(
  'ally allies aide friend member fan loyalist confidant protege protégé backer donor surrogate wife husband son daughter brother sister'.split(' '),
);

/** Unnamed collective sources: "Russia's defense ministry", "Dutch intelligence", "U.S. officials". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set(
  (
    'officials sources authorities spokesperson spokesman spokeswoman analysts experts diplomats investigators ' +
    'prosecutors journalist reporter supporter supporters voter voters resident residents protester protesters ' +
    'delegate delegates statement'
  ).split(' '),
);

/** Heads of capitalised runs that name an organisation, not a person (they are never pronoun antecedents). */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'ministry agency department office house council committee university times post news service intelligence ' +
    'police army government party union court bank group inc corp company kremlin pentagon reuters press media ' +
    'commission institute fund organization organisation association network journal tv television radio ' +
    'administration navy forces military parliament senate congress duma campaign foundation centre center board ' +
    'bureau embassy staff team club federation'
  ).split(' '),
);

/**
 * Head nouns of a definite description of an organisation ("the ministry", "the group", "the agency", "the fire
 * service"): it stands for the organisation the article named before, as "the spokesman" stands for a person. The
 * nouns WordNet files under organisations (organisation-nouns.generated.ts: "authority", "brigade", "trust",
 * "service") and the few news uses it files elsewhere ("office", "department", "paper", "station", "campaign").
 */
export const ORG_REFERENCES: ReadonlySet<string> = new Set([
  ...ORGANISATION_NOUNS,
  ...(
    'ministry agency department office council committee commission group organization organisation association ' +
    'company firm campaign union board bureau embassy foundation institute center centre network newspaper paper ' +
    'magazine station party court panel coalition alliance league caucus society fund bank government administration ' +
    'team club federation police army'
  ).split(' '),
]);

/** Nouns any organisation answers to: "the group" may be the Harbour Trust; "the ministry" must be a ministry. */
export const GENERIC_ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  'group organization organisation agency company firm body panel coalition alliance association'.split(' '),
);

/** Lower-case words that may sit inside an organisation's capitalised name ("Commission on Port Safety"). */
export const ORG_NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and']);

/** All-capital words that are not organisations (shouted words in headlines, common abbreviations). */
export const NOT_AN_ACRONYM: ReadonlySet<string> = new Set('THE AND FOR NOT BUT YOU WHO WHAT WHY HOW NEW USA GOP CEO LGBT'.split(' '));
