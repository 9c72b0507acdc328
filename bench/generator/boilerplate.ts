/**
 * The lines pasted web pages carry besides the article: weather boxes, addresses, bylines, ad markers, photo
 * captions, share and subscribe prompts. All invented here (no corpus text); varied per article so the
 * pipeline's boilerplate filter cannot just memorise one line.
 */
import type { Rng } from './prng.js';

const FIRST = ['Anna', 'Tomas', 'Lena', 'Rafael', 'Ines', 'Marek', 'Sofia', 'Jonas', 'Elif', 'Owen', 'Priya', 'Karel', 'Noor', 'Hugo'];
const LAST = ['Brandt', 'Okafor', 'Lindqvist', 'Moreau', 'Castell', 'Dunmore', 'Iversen', 'Halloran', 'Petrov', 'Sato', 'Varga', 'Quinn'];
const STREETS = ['Harbour Road', 'Mill Street', 'Station Square', 'Elm Avenue', 'Quay Lane', 'Market Place', 'Bridge Row'];
const TOWNS = ['Ashwell', 'Port Calder', 'Brennick', 'Dunmere', 'Kestrel Bay', 'Holloway', 'Wrenfield'];
const SKIES = ['light rain', 'sunny spells', 'overcast', 'showers', 'clear skies', 'fog clearing by noon', 'gusty winds'];

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

/** One boilerplate line of a random kind. */
export function boilerplateLine(rng: Rng, outlet: string): string {
  switch (rng.int(0, 11)) {
    case 0:
      return `Weather: ${rng.int(-3, 31)}°C, ${rng.pick(SKIES)} in ${rng.pick(TOWNS)}`;
    case 1:
      return `${rng.int(1, 240)} ${rng.pick(STREETS)}, ${rng.pick(TOWNS)} ${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(10, 99)} ${rng.int(1, 9)}${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}`;
    case 2:
      return `By ${personName(rng)}, ${rng.pick(['staff reporter', 'correspondent', 'news editor', 'political editor'])}`;
    case 3:
      return rng.pick(['Advertisement', 'ADVERTISEMENT', 'Sponsored content', '- Advertisement -', 'Story continues below advertisement']);
    case 4:
      return `Photo: ${personName(rng)} / ${outlet}`;
    case 5:
      return `Caption: ${rng.pick(['Residents', 'Crowds', 'Officials', 'Volunteers'])} ${rng.pick(['gather outside the hall', 'wait near the cordon', 'look on from the bridge'])} (${rng.pick(['pool photo', 'file photo', 'handout'])})`;
    case 6:
      return rng.pick(['Share this article', 'Share on Facebook | Share on X | Email', 'Copy link', 'Print this page']);
    case 7:
      return rng.pick(['Subscribe to our newsletter for the top stories every morning', 'Sign up for breaking news alerts', 'Already a subscriber? Log in']);
    case 8:
      return `Read more: ${rng.pick(['Council approves new budget', 'Five things to know this week', 'Your letters', 'The best of the weekend'])}`;
    case 9:
      return `© 2026 ${outlet}. All rights reserved.`;
    case 10:
      return `Updated ${rng.int(1, 12)}:${String(rng.int(0, 59)).padStart(2, '0')} ${rng.pick(['am', 'pm'])} | ${rng.int(2, 9)} min read`;
    default:
      return rng.pick(['Follow us on social media', 'Most read', 'Related stories', 'Comments (12)', 'Skip to main content']);
  }
}

export function boilerplateLines(rng: Rng, outlet: string, lo: number, hi: number): string[] {
  const n = rng.int(lo, hi);
  return Array.from({ length: n }, () => boilerplateLine(rng, outlet));
}
