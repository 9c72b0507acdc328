/**
 * PolNeAR dev: direct-quote extraction and speaker attribution, through the same units the pipeline merges.
 *
 * Gold direct quotes (issue 4: "a quote found = its text overlaps the gold content by half"): for every annotated
 * attribution, the characters of its content that stand between quote marks in the article (found by
 * `quotedRegions`, independent of the pipeline's quote reader), kept when they hold at least five words. So a
 * content that is wholly a quotation counts whole; mixed content ("X said the plan was “a gift to the banks and
 * nobody else”") counts its quoted words; a quotation the annotators began mid-passage still counts; indirect
 * speech and one- to four-word scare quotes ("medical problem") do not. (Until phase 2 the gold was only contents
 * that opened and closed with a quote mark: 394 dev quotes instead of 492, and correct extractions of partial
 * quotes were counted as false positives.)
 * A predicted quote (a unit of kind 'quote': its quoted passages located in the text) is found when it covers at
 * least half of a gold quote's characters; matching is one-to-one, so one prediction spanning two quotes finds one.
 *
 * Speaker accuracy: over FOUND gold quotes whose source refers to a person or an organisation by name, directly or
 * through 'he'/'she' (nearest earlier named PERSON whose gender fits: from honorifics and gendered roles in the gold
 * sources, else a common given name, else the article's own pronouns after the surname; since round 3, groups,
 * publications and acronyms are no antecedents and two people sharing a surname keep their own genders), 'who' (nearest earlier name) or a definite description ("the spokesman", "the senator", "the
 * campaign": the nearest earlier name whose source carries that noun, else the nearest of its kind). Left out:
 * 'they', 'it', 'I', 'we', indefinites ("a source", "one voter") and descriptions that name nobody ("the crowd").
 * A prediction without a speaker counts as wrong. Names are compared leniently on their naming part (before an
 * apposition, "of ..." or "who ..."): equal last words, or one name's words contained in the other's.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvalSection } from './types.js';
import { sentencesOf } from '../lambdas/pipeline/text/sentences.js';
import { unitsOfArticle } from '../lambdas/pipeline/statements/units.js';
import { attributeArticle, givenNameGender } from '../lambdas/pipeline/attribution/index.js';
import { ROLE_NOUNS } from '../lambdas/pipeline/lexicon/roles.js';

interface Part {
  spans: Array<[number, number]>;
  text: string;
}
interface Attr {
  source?: Part[];
  cue?: Part[];
  content?: Part[];
}
export interface Doc {
  id: string;
  text: string;
  attributions: Attr[];
}

const MIN_WORDS = 5;
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * The passages of a document that stand between quote marks, found independently of the pipeline's quote reader
 * so the gold does not inherit its mistakes. Per paragraph: curly and angle double quotes nest; straight double
 * quotes alternate, and so do the typewriter pairs '' (and `` opening one) that some of the corpus's newspapers
 * print for double quotes; single quotes count only at the top level when they open after a space and close before
 * a non-letter (else they are apostrophes). A double quotation still open at a paragraph's end runs to that end
 * (the convention for quotations of several paragraphs, each of which opens again).
 */
export function quotedRegions(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let para = 0;
  while (para <= text.length) {
    let end = text.indexOf('\n', para);
    if (end < 0) end = text.length;
    let open = -1;
    let kind: 'curly' | 'straight' | 'typewriter' | 'single' | 'straight-single' | null = null;
    let depth = 0;
    for (let i = para; i < end; i++) {
      const c = text[i]!;
      const prev = i > para ? text[i - 1]! : ' ';
      const next = i + 1 < end ? text[i + 1]! : ' ';
      if (kind === null) {
        if (c === '“' || c === '«' || c === '„') [kind, open, depth] = ['curly', i + 1, 1];
        else if (c === '"') [kind, open] = ['straight', i + 1];
        else if ((c === "'" || c === '`') && next === c) [kind, open, i] = ['typewriter', i + 2, i + 1];
        else if (c === '‘' && !/\p{L}/u.test(prev)) [kind, open] = ['single', i + 1];
        else if (c === "'" && /[\s(—–-]/u.test(prev) && /\p{L}/u.test(next)) [kind, open] = ['straight-single', i + 1];
        continue;
      }
      const close =
        (kind === 'curly' && (c === '“' || c === '«' || c === '„' ? (depth++, false) : (c === '”' || c === '»') && --depth === 0)) ||
        (kind === 'straight' && c === '"') ||
        (kind === 'typewriter' && c === "'" && next === "'") ||
        (kind === 'single' && c === '’' && !/\p{L}/u.test(next)) ||
        (kind === 'straight-single' && c === "'" && !/\p{L}/u.test(next) && !/\s/u.test(prev));
      if (close) {
        out.push([open, i]);
        kind = null;
      }
    }
    if (kind === 'curly' || kind === 'straight' || kind === 'typewriter') out.push([open, end]);
    para = end + 1;
  }
  return out;
}

function intersect(spans: ReadonlyArray<[number, number]>, regions: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) for (const [rs, re] of regions) if (Math.min(e, re) > Math.max(s, rs)) out.push([Math.max(s, rs), Math.min(e, re)]);
  return out.sort((a, b) => a[0] - b[0]);
}

const PERSONAL_PRONOUN = /^(he|she|him|her)$/i;
const RELATIVE_PRONOUN = /^(who|whom)$/i;
const DETERMINER = /^(the|a|an)$/i;
/** Sources that name nobody in particular: a new, unnamed person or group ("a source", "one voter", "some aides"). */
const INDEFINITE = /^(a|an|one|some|many|several|other|others|another|most|few|two|three|no|any)$/i;
const TITLE = /^(mr|mrs|ms|dr|president|sen|senator|gov|governor|rep|representative|secretary|gen|general|prof)\.?$/i;
/** Head nouns of definite descriptions of a person ("the senator", "the Republican front-runner", "the spokesman"). */
const PERSON_HEAD =
  /^(spokesman|spokeswoman|spokesperson|senator|president|candidate|governor|congressman|congresswoman|secretary|minister|mayor|chairman|chairwoman|chair|director|leader|nominee|front-?runner|businessman|businesswoman|billionaire|mogul|host|official|aide|adviser|advisor|strategist|manager|chief|judge|justice|attorney|lawyer|ambassador|lawmaker|representative|former|speaker|frontrunner|democrat|republican|woman|man|star|author|economist|professor|reporter|anchor|founder|ceo|executive|commander|general|pastor|pope|king|queen|prince|premier|chancellor|vice|veteran|activist|billionaire|father|mother|son|daughter|wife|husband)$/i;
/** Head nouns of definite descriptions of an organisation ("the campaign", "the ministry"). */
const ORG_HEAD =
  /^(campaign|ministry|department|agency|company|firm|committee|administration|government|office|group|organization|organisation|party|council|commission|network|court|union|bureau|embassy|house|pentagon|kremlin|foundation|institute|center|centre|association|board|team|newspaper|paper|magazine|station)$/i;

type Gender = 'm' | 'f' | null;

interface GoldName {
  name: string;
  /** Whether the name refers to a person (a possible antecedent of 'he'/'she'), as far as the text tells. */
  person: boolean;
  gender: Gender;
}

const tokensOf = (source: string): string[] => source.trim().split(/\s+/).filter(Boolean);

/** A source that names someone: a capitalised word that is not a pronoun, not led by an indefinite. */
function namesSomeone(source: string): boolean {
  const toks = tokensOf(source);
  if (toks.length === 0 || INDEFINITE.test(toks[0]!)) return false;
  const content = toks.filter((t) => !DETERMINER.test(t) && !PERSONAL_PRONOUN.test(t) && !/^(I|We|They|It|You|Their|Our|Its|His|Her|My|Your)$/.test(t));
  // The first word is capitalised at the start of a sentence: "The crowd", "Democrats" (the latter still names a group).
  return content.some((t) => /^\p{Lu}/u.test(t) && !TITLE.test(t));
}

function genderOf(source: string): Gender {
  if (/\b(Mrs|Ms|Miss)\.?\s/u.test(source) || /\b(spokeswoman|congresswoman|chairwoman|businesswoman)\b/iu.test(source)) return 'f';
  if (/\bMr\.?\s/u.test(source) || /\b(spokesman|congressman|chairman|businessman)\b/iu.test(source)) return 'm';
  return null;
}

/**
 * The gender a common given name in the naming part of a source tells ("Former President Bill Clinton" -> 'm'):
 * a capitalised word followed by another capitalised word, the first such that the name list knows.
 */
function givenNameOf(source: string): Gender {
  const toks = tokensOf(nameCore(source)).map((t) => t.replace(/[,.;:]+$/u, ''));
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!/^\p{Lu}/u.test(toks[i]!) || !/^\p{Lu}/u.test(toks[i + 1]!)) continue;
    const g = givenNameGender(toks[i]!);
    if (g) return g;
  }
  return null;
}

/**
 * The article's own co-reference: after each mention of the name, the first personal pronoun in the rest of its
 * sentence, when no other capitalised word stands between them ("Ortiz said she would ...", "Ortiz, who has
 * said his ..."). A clear majority over two votes or more decides; anything less tells nothing.
 */
function textGender(text: string, last: string): Gender {
  if (last.length < 2) return null;
  const esc = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mention = new RegExp(`(?<![\\p{L}])${esc}(?![\\p{L}])`, 'giu');
  let m = 0;
  let f = 0;
  for (const hit of text.matchAll(mention)) {
    if (!/^\p{Lu}/u.test(hit[0])) continue;
    const after = text.slice(hit.index + hit[0].length, hit.index + hit[0].length + 160).split(/[.!?\n]/u)[0] ?? '';
    const p = /\b(he|his|him|himself|she|her|hers|herself)\b/iu.exec(after);
    if (!p) continue;
    // Another capitalised word before the pronoun may be its antecedent (sentence-initial words excepted: none here).
    if (/(?<![\p{L}])\p{Lu}\p{Ll}/u.test(after.slice(0, p.index).replace(/[“”"‘’]/gu, ''))) continue;
    if (/^(she|her|hers|herself)$/iu.test(p[1]!)) f++;
    else m++;
  }
  if (m + f < 2) return null;
  return m >= 3 * f ? 'm' : f >= 3 * m ? 'f' : null;
}

/**
 * Whether a named source can be the antecedent of 'he'/'she': not a group or a thing. Its naming part must not end
 * in a lower-case common noun ("Federal labor organizations", "data from the ... Department") other than a role
 * or an agent noun ("the TV interviewer"), nor in an acronym ("IFPTE"), nor be a lone party adjective
 * ("Republican"), nor a capitalised name led by 'the' ("the Associated Press": people take no article).
 */
function looksLikePerson(source: string): boolean {
  const toks = tokensOf(nameCore(source)).map((t) => t.replace(/[,.;:'’]+$/u, ''));
  const head = toks[toks.length - 1] ?? '';
  if (toks.length === 0) return false;
  const role = (t: string): boolean => PERSON_HEAD.test(t) || ROLE_NOUNS.has(t.toLowerCase());
  if (role(head)) return true;
  // A lower-case head is a person only as an agent noun ("the TV interviewer", "the Afro-Colombian journalist").
  if (/^\p{Ll}/u.test(head)) return /(?:er|or|ist|ian|ster)$/u.test(head);
  // "the Chicago Tribune" is a name led by 'the'; "the district GOP Chairman Chuck Williams", "The Huffington
  // Post’s Scott Conroy" carry a role or a possessive before the person's name.
  if (/^the$/i.test(toks[0]!) && !toks.some((t) => role(t) || /['’]s$/u.test(t)) && !/['’]s\s/u.test(nameCore(source))) return false;
  if (/^[\p{Lu}-]{3,}$/u.test(head)) return false;
  if (toks.length === 1 && /^(republican|democrat|democratic|gop|conservative|liberal)s?$/i.test(head)) return false;
  return true;
}

/** "the senator", "the Texas Republican", "the campaign": a definite description, not a name. */
function isDescription(toks: string[]): boolean {
  if (toks.length < 2 || !/^the$/i.test(toks[0]!)) return false;
  const head = (toks[toks.length - 1] ?? '').replace(/[,.;:]+$/u, '');
  if (PERSON_HEAD.test(head)) return true;
  return ORG_HEAD.test(head) && /^\p{Ll}/u.test(head) && !toks.slice(1).some((t) => /^\p{Lu}/u.test(t));
}

function headOf(source: string): string {
  const toks = tokensOf(source.replace(/[,.;:]+$/u, ''));
  return (toks[toks.length - 1] ?? '').toLowerCase();
}

/**
 * The name each attribution's source refers to, in text order: named sources stand for themselves; 'he'/'she' take
 * the nearest earlier named person whose gender (from honorifics and gendered role nouns in the sources) fits;
 * 'who' takes the nearest earlier name; a definite description ("the spokesman", "the senator", "the campaign")
 * takes the nearest earlier name whose source mentions that head noun, else the nearest earlier name of its kind.
 * Anything else ('they', 'it', 'I', indefinites, "the crowd", "the statement") is left unjudged.
 */
function resolveSources(doc: Doc): Map<Attr, string | null> {
  const ordered = doc.attributions
    .map((a) => ({ a, start: a.source?.[0]?.spans[0]?.[0] ?? a.content?.[0]?.spans[0]?.[0] ?? 0 }))
    .sort((x, y) => x.start - y.start);
  const genders = new Map<string, Gender>();
  const lastWord = (s: string): string => normName(s).pop() ?? '';
  // Evidence by strength: honorifics and gendered roles, then a common given name, then the article's pronouns.
  // Keyed by the full name, so two people sharing a surname ("Bill Clinton", "Hillary Clinton") stay apart; a bare
  // surname takes a gender only when every full name carrying it agrees.
  const fullKey = (src: string): string => normName(nameCore(src)).join(' ');
  const sources = ordered.map(({ a }) => (a.source ?? []).map((p) => p.text).join(' ').trim()).filter(namesSomeone);
  const cues: Array<(src: string) => Gender> = [genderOf, givenNameOf];
  for (const cue of cues) {
    for (const src of sources) {
      const g = cue(src);
      if (g && !genders.has(fullKey(src))) genders.set(fullKey(src), g);
    }
  }
  const bySurname = new Map<string, Set<string>>();
  for (const src of sources) {
    const key = fullKey(src);
    const last = lastWord(nameCore(src));
    if (key.includes(' ')) bySurname.set(last, (bySurname.get(last) ?? new Set()).add(key));
  }
  const genderFor = (src: string): Gender => {
    const own = genders.get(fullKey(src));
    if (own) return own;
    const last = lastWord(nameCore(src));
    const fulls = [...(bySurname.get(last) ?? [])];
    const known = new Set(fulls.map((k) => genders.get(k) ?? null));
    if (fulls.length > 0 && known.size === 1 && !known.has(null)) return [...known][0]!;
    // The article's pronouns after the surname tell only when the surname belongs to one person.
    return fulls.length <= 1 ? textGender(doc.text, last) : null;
  };  const resolved = new Map<Attr, string | null>();
  const seen: Array<GoldName & { source: string }> = [];
  for (const { a } of ordered) {
    const src = (a.source ?? []).map((p) => p.text).join(' ').trim();
    const toks = tokensOf(src);
    let name: string | null = null;
    if (toks.length === 1 && PERSONAL_PRONOUN.test(src)) {
      const want: Gender = /^(he|him)$/i.test(src) ? 'm' : 'f';
      for (let i = seen.length - 1; i >= 0; i--) {
        const s = seen[i]!;
        if (s.person && (s.gender === null || s.gender === want)) {
          name = s.name;
          break;
        }
      }
    } else if (toks.length === 1 && RELATIVE_PRONOUN.test(src)) {
      name = seen[seen.length - 1]?.name ?? null;
    } else if (isDescription(toks)) {
      const head = headOf(src);
      const isPerson = PERSON_HEAD.test(head);
      const withHead = [...seen].reverse().find((s) => new RegExp(`\\b${head}\\b`, 'i').test(s.source));
      const ofKind = [...seen].reverse().find((s) => s.person === isPerson);
      const hit = withHead ?? ofKind;
      if (hit) {
        name = hit.name;
        seen.push({ ...hit }); // the description refreshes its referent: a later 'he' may mean the same person
      }
    } else if (namesSomeone(src)) {
      const head = headOf(src);
      const person = !ORG_HEAD.test(head) && !/^(democrats|republicans|officials|aides|supporters)$/i.test(head) && looksLikePerson(src);
      name = src;
      seen.push({ name: src, source: src, person, gender: genderFor(src) });
    }
    resolved.set(a, name);
  }
  return resolved;
}

function normName(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((t) => t && !DETERMINER.test(t) && !TITLE.test(t));
}

/**
 * The naming part of a gold source: an apposition or relative clause after a comma ("Biden, who served ...",
 * "Murphy, the head of ...") and an affiliation after "of" ("Joel Pollak of Breitbart") describe the name.
 */
function nameCore(source: string): string {
  const head = source.split(/,|\s+(?:of|from|who|which|at)\s+/u)[0]!.trim();
  return /\p{Lu}/u.test(head) ? head : source;
}

/**
 * The naming parts of a source: its nameCore, and also the name after a leading description that ends in a common
 * noun ("Trump's attorney, Alan Garten,", "her senior policy adviser, Jake Sullivan,"): there the apposition comes
 * first and the name second, so the part before the comma names only the possessor, or nobody.
 */
function namingParts(source: string): string[] {
  const parts = [nameCore(source)];
  const [first, second] = source.split(',').map((x) => x.trim());
  if (second && /^\p{Lu}/u.test(second) && /\s\p{Ll}[\p{L}-]*$/u.test(first ?? '') && (/['’]s?\s/u.test(first!) || /^(the|his|her|their|its)\s/iu.test(first!))) {
    parts.push(second);
  }
  return parts;
}

function sameNamePart(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x[x.length - 1] === y[y.length - 1]) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.every((t) => l.includes(t));
}

export function sameName(a: string, b: string): boolean {
  return namingParts(a).some((x) => namingParts(b).some((y) => sameNamePart(x, y)));
}

export interface Gold {
  spans: Array<[number, number]>;
  length: number;
  text: string;
  source: string;
  speaker: string | null;
}

/**
 * Gold direct quotes: the quoted words of each attribution's content (content characters between quote marks),
 * when they hold at least MIN_WORDS words. Mixed content ("X said the plan was “a gift to the banks and nobody
 * else”") yields its quoted part; indirect speech and one- to four-word scare quotes yield nothing.
 */
export function goldOf(doc: Doc): Gold[] {
  const resolved = resolveSources(doc);
  const regions = quotedRegions(doc.text);
  const out: Gold[] = [];
  for (const a of doc.attributions) {
    if (!a.content) continue;
    const spans = intersect(a.content.flatMap((p) => p.spans), regions);
    const text = spans.map(([s, e]) => doc.text.slice(s, e)).join(' ');
    if (wordCount(text) < MIN_WORDS) continue;
    const source = (a.source ?? []).map((p) => p.text).join(' ').trim();
    out.push({ spans, length: spans.reduce((n, [s, e]) => n + (e - s), 0), text, source, speaker: resolved.get(a) ?? null });
  }
  return out;
}

export interface Predicted {
  spans: Array<[number, number]>;
  speaker: string | null;
}

export interface PredictOptions {
  /**
   * false: leave out the pipeline's signature-line rule ("— Name" under a quotation credits it), found by reading
   * dev errors, so the figure shows what the train-tuned attribution rules give on their own. The units are
   * attributed again in order without it (units.ts applies the rule after attribute(); attributeArticle is the
   * same attribution without that step).
   */
  signatures?: boolean;
}

export function predictedOf(doc: Doc, opts: PredictOptions = {}): Predicted[] {
  const sentences = sentencesOf({ id: doc.id, source: 'polnear', format: 'txt', text: doc.text });
  const out: Predicted[] = [];
  let cursor = 0;
  const units = unitsOfArticle(doc.id, sentences);
  const plain = opts.signatures === false ? attributeArticle(units.map((u) => u.text)) : null;
  for (const [k, unit] of units.entries()) {
    const u = plain ? { ...unit, speaker: plain[k]!.speaker } : unit;
    // Locate the unit, then its quoted passages, in the original text (units keep the article's wording).
    const head = u.text.slice(0, 40);
    const at = doc.text.indexOf(head, cursor);
    const base = at >= 0 ? at : cursor;
    if (at >= 0) cursor = at;
    if (u.kind !== 'quote') continue;
    const spans: Array<[number, number]> = [];
    let from = base;
    for (const f of u.fragments) {
      const i = doc.text.indexOf(f, from);
      if (i < 0) continue;
      spans.push([i, i + f.length]);
      from = i + f.length;
    }
    if (spans.length) out.push({ spans, speaker: u.speaker });
  }
  return out;
}

function overlap(a: ReadonlyArray<[number, number]>, b: ReadonlyArray<[number, number]>): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

export interface PolnearFigures {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  gold: number;
  predicted: number;
  found: number;
  speakerJudged: number;
}

export async function measurePolnear(corporaDir: string, split = 'dev', opts: PredictOptions = {}): Promise<PolnearFigures> {
  const raw = await readFile(path.join(corporaDir, 'polnear', `${split}.jsonl`), 'utf8');
  let gold = 0;
  let predicted = 0;
  let found = 0;
  let judged = 0;
  let right = 0;
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as Doc;
    const g = goldOf(doc);
    const p = predictedOf(doc, opts);
    gold += g.length;
    predicted += p.length;
    const used = new Set<number>();
    for (const gq of g) {
      let best = -1;
      let bestOverlap = 0;
      p.forEach((pq, i) => {
        if (used.has(i)) return;
        const o = overlap(pq.spans, gq.spans);
        if (o > bestOverlap) {
          best = i;
          bestOverlap = o;
        }
      });
      if (best < 0 || bestOverlap < gq.length / 2) continue;
      used.add(best);
      found++;
      if (gq.speaker) {
        judged++;
        const ps = p[best]!.speaker;
        if (ps && sameName(ps, gq.speaker)) right++;
      }
    }
  }
  const precision = predicted ? found / predicted : 0;
  const recall = gold ? found / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, speakerAccuracy: judged ? right / judged : 0, gold, predicted, found, speakerJudged: judged };
}

export async function evaluatePolnear(corporaDir: string): Promise<EvalSection> {
  const m = await measurePolnear(corporaDir, 'dev');
  const bare = await measurePolnear(corporaDir, 'dev', { signatures: false });
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    rows: [
      { measure: 'direct-quote precision', data: 'polnear dev', value: r(m.precision), note: `${m.found}/${m.predicted} predicted` },
      { measure: 'direct-quote recall', data: 'polnear dev', value: r(m.recall), note: `${m.found}/${m.gold} gold quotes (quoted words of a content, >= ${MIN_WORDS} words)` },
      { measure: 'direct-quote F1', data: 'polnear dev', value: r(m.f1), floor: FLOORS.f1, note: 'target 0.88' },
      { measure: 'quote speaker accuracy', data: 'polnear dev', value: r(m.speakerAccuracy), floor: FLOORS.speaker, note: `${m.speakerJudged} found quotes with a named or resolved gold speaker; target 0.85` },
      {
        measure: 'quote speaker accuracy, no signature rule',
        data: 'polnear dev',
        value: r(bare.speakerAccuracy),
        floor: FLOORS.speakerWithoutSignatures,
        note: 'without the "— Name" signature-line rule (found on dev errors): what the train-tuned rules give',
      },
    ],
  };
}

/**
 * A little under the measured figures, so a regression fails the eval. Speaker accuracy is asserted twice: with the
 * pipeline as it runs (dev 0.875 in round 4) and without the signature-line rule ("— Name" after a quote), which was
 * found by reading dev errors and credits 18 quotes of one dev article (dev 0.833 without it). Round 4's rules were
 * found on train errors only (train 0.867 with the rule, 0.865 without).
 *
 * Issue 13 re-based them: quotedRegions had missed the '' quote marks of 7 dev articles (one newspaper's style),
 * so 70 of their direct quotes (562 gold, was 492) were not gold, and the pipeline, which now reads those marks,
 * was charged for finding them. On the corrected gold, the pipeline before and after reading them: F1 0.902 ->
 * 0.934, speaker accuracy 0.863 -> 0.865, without signatures 0.824 -> 0.829; on the old gold its speaker figures
 * were unchanged (0.875, 0.833). The F1 floor goes up to 0.92; the no-signature floor is re-based to 0.82, under
 * what the corrected gold measures (0.83 sat above what the code before this change scores on it, 0.824).
 */
const FLOORS = { f1: 0.92, speaker: 0.86, speakerWithoutSignatures: 0.82 };
