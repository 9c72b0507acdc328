/**
 * How one outlet retells a report: some sentences dropped, some swapped, words replaced by synonyms and an
 * opening phrase moved to the end of its sentence. Light enough that the statements still match across
 * outlets, heavy enough that merging them is real work (no two outlets share the exact text).
 */
import type { Rng } from './prng.js';

/** Paragraphs of sentences. A naive splitter is enough: the pipeline splits again with its own rules. */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => p.split(/(?<=[.!?]["”’']?)\s+(?=["“‘]?[A-Z])/).filter((s) => s.trim() !== ''));
}

/** General English pairs, both ways where that reads well. Invented for the generator, not taken from any corpus. */
const SYNONYMS: Record<string, string> = {
  said: 'stated', stated: 'said', announced: 'declared', began: 'started', started: 'began',
  help: 'assist', buy: 'purchase', show: 'reveal', shows: 'reveals', about: 'around', nearly: 'almost',
  almost: 'nearly', officials: 'authorities', authorities: 'officials', large: 'big', big: 'large',
  quickly: 'rapidly', attack: 'assault', injured: 'hurt', hurt: 'injured', died: 'perished', car: 'vehicle',
  however: 'but', after: 'following', arrested: 'detained', detained: 'arrested', increase: 'rise',
  decision: 'ruling', claimed: 'asserted', nation: 'country', country: 'nation', fire: 'blaze', blaze: 'fire',
  earthquake: 'quake', quake: 'earthquake', home: 'house', children: 'kids', reported: 'said',
  told: 'informed', according: 'reportedly according', expected: 'anticipated', major: 'significant',
  several: 'a number of', many: 'numerous', killed: 'left dead', police: 'police officers', near: 'close to',
};

/** Opening words that start a movable phrase: "On Tuesday, X did Y." becomes "X did Y on Tuesday." */
const OPENERS = new Set(['on', 'in', 'after', 'when', 'while', 'before', 'since', 'during', 'earlier', 'last', 'despite', 'although', 'as', 'at']);

function matchCase(original: string, replacement: string): string {
  const first = original[0];
  return first !== undefined && first !== first.toLowerCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export function swapSynonyms(rng: Rng, sentence: string, rate: number): string {
  return sentence.replace(/[A-Za-z]+/g, (word) => {
    const swap = SYNONYMS[word.toLowerCase()];
    return swap !== undefined && rng.chance(rate) ? matchCase(word, swap) : word;
  });
}

/** Moves an opening phrase ("After the vote, ...") behind the main clause, or returns the sentence unchanged. */
export function moveOpeningPhrase(sentence: string): string {
  const m = /^([A-Z][a-z]+)(\s[^,"“”]{2,60}),\s+(.+?)([.!?])$/.exec(sentence);
  if (m === null) return sentence;
  const [, first, restOfPhrase, main, stop] = m as unknown as [string, string, string, string, string];
  if (!OPENERS.has(first.toLowerCase()) || main.length < 20) return sentence;
  return `${main[0]!.toUpperCase()}${main.slice(1)} ${first.toLowerCase()}${restOfPhrase}${stop}`;
}

export interface RewordOptions {
  /** Chance that a sentence after the lead is left out. */
  drop: number;
  /** Chance that a sentence after the lead trades places with the next one. */
  swap: number;
  /** Chance that a word with a synonym is replaced. */
  synonym: number;
  /** Chance that a sentence's opening phrase moves to its end. */
  clause: number;
}

export const DEFAULT_REWORD: RewordOptions = { drop: 0.2, swap: 0.15, synonym: 0.35, clause: 0.3 };

/** A sentence with the id of the source sentence it retells (bench/generator/truth.ts). */
export interface SourcedSentence {
  text: string;
  source: number;
}

/** One outlet's version of a report, as paragraphs. The lead sentence is always kept. */
export function reword(rng: Rng, paragraphs: readonly (readonly string[])[], o: RewordOptions = DEFAULT_REWORD): string[][] {
  return rewordSourced(rng, paragraphs.map((p) => p.map((text) => ({ text, source: -1 }))), o).map((p) => p.map((s) => s.text));
}

/**
 * reword() keeping each sentence's provenance: the same draws in the same order (a day generated through either
 * is the same day byte for byte), each retold sentence carrying the source id of the sentence it came from.
 */
export function rewordSourced(rng: Rng, paragraphs: readonly (readonly SourcedSentence[])[], o: RewordOptions = DEFAULT_REWORD): SourcedSentence[][] {
  const out: SourcedSentence[][] = [];
  let lead = true;
  for (const para of paragraphs) {
    const kept = para.filter(() => {
      if (lead) return (lead = false), true;
      return !rng.chance(o.drop);
    });
    for (let i = 0; i + 1 < kept.length; i++) {
      if (out.length + i > 0 && rng.chance(o.swap)) [kept[i], kept[i + 1]] = [kept[i + 1]!, kept[i]!];
    }
    const retold = kept.map((s) => ({ text: swapSynonyms(rng, rng.chance(o.clause) ? moveOpeningPhrase(s.text) : s.text, o.synonym), source: s.source }));
    if (retold.length) out.push(retold);
  }
  return out;
}
