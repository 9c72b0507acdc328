/**
 * Who a sentence says a number comes from: "South Korean intelligence believes at least 3,000 ...",
 * "according to the health ministry, 40 ...", "... 40 people died, the ministry said". When outlets disagree
 * on a figure, the reader wants to know whose figure each one is, so this is worth a few patterns; when no
 * pattern fits we say nothing rather than guess.
 */
import { isCapitalised, type FigureToken } from './figure-tokens.js';
import { STOP_WORDS } from '../text/tokens.js';

/** Verbs (and claim nouns) that introduce a reported figure. */
const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'believes', 'believe', 'believed', 'claims', 'claim', 'claimed',
  'estimates', 'estimate', 'estimated', 'reported', 'reports', 'report', 'confirmed', 'confirms', 'confirm',
  'stated', 'states', 'announced', 'announces', 'thinks', 'think', 'assessed', 'assesses', 'assessment',
  'suggested', 'suggests', 'added', 'noted', 'wrote', 'declared', 'insisted', 'alleged', 'alleges', 'warned',
  'indicated', 'indicates', 'revealed', 'reveals', 'disclosed', 'counted', 'recorded', 'put', 'puts', 'puts',
  'testified', 'acknowledged', 'admitted', 'concluded', 'calculated', 'projected',
]);

/** Words standing between a subject and its reporting verb ("had confirmed", "has also said"). */
const BETWEEN = new Set(['had', 'has', 'have', 'also', 'reportedly', 'now', 'previously', 'recently', 'earlier',
  'then', 'later', 'further', 'publicly', 'officially', 'already', 'separately', 'did', 'does', 'not', 'been', 'was', 'is']);

/** Clause boundaries: a reporting verb beyond one of these reports something else. */
const CLAUSE_BREAKS = new Set(['while', 'but', 'although', 'whereas', 'though', 'however', 'yet', ';', ':']);

/** Time words that sit between a subject and its verb ("the ministry on Sunday said"). */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'earlier', 'later', 'overnight', 'morning', 'evening', 'afternoon', 'week', 'month', 'year']);

const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'which', 'this', 'that', 'these', 'those', 'one']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** Words an NP may hold beyond content words, when between two capitalised ones ("Ministry of Defence"). */
function npLink(tok: FigureToken, prev: FigureToken | undefined, next: FigureToken | undefined): boolean {
  if ((tok.lower === 'for' || tok.lower === '&' || tok.lower === 'and') && isCapitalised(prev) && isCapitalised(next)) return true;
  // "officials in Kyiv", "the ministry of health": a place or body attached to the head noun.
  return (tok.lower === 'of' || tok.lower === 'in' || tok.lower === 'from') && prev !== undefined && next !== undefined
    && isContentWord(prev) && isContentWord(next) && (isCapitalised(next) || tok.lower === 'of');
}

function isContentWord(tok: FigureToken): boolean {
  if (tok.kind !== 'word') return false;
  if (/^[\p{Lu}.]{2,}$/u.test(tok.text)) return true; // "US", "U.S.", "NIS"
  return !STOP_WORDS.has(tok.lower) && !REPORTING.has(tok.lower);
}

/** Text of tokens [a, b] as printed, without a leading determiner; null for empty or pronoun phrases. */
function phrase(sentence: string, toks: readonly FigureToken[], a: number, b: number): string | null {
  while (a <= b && DETERMINERS.has(toks[a]!.lower)) a++;
  if (a > b) return null;
  const text = sentence.slice(toks[a]!.start, toks[b]!.end).trim();
  if (PRONOUNS.has(text.toLowerCase())) return null;
  // A claimant is named by at least one real word ("F. B. I." split into letters, a lone weekday are not).
  const named = toks.slice(a, b + 1).some((t) => t.kind === 'word' && (t.text.length >= 2 || /^(\p{Lu}\.){2,}$/u.test(t.text))
    && !TIME_WORDS.has(t.lower));
  if (!named) return null;
  return text || null;
}

/** The noun phrase ending at toks[end] (walking left), or null. */
function nounPhraseEndingAt(sentence: string, toks: readonly FigureToken[], end: number): string | null {
  let a = end + 1;
  for (let k = end; k >= 0 && end - k < 8; k--) {
    const t = toks[k]!;
    if (isContentWord(t) || (t.kind === 'word' && DETERMINERS.has(t.lower) && k < end)) {
      a = k;
      if (DETERMINERS.has(t.lower)) break;
      continue;
    }
    // Possessive "Netherlands’ minister": keep going over the apostrophe.
    if ((t.text === '’' || t.text === "'") && k > 0 && k < end && !t.spaceBefore) continue;
    if (npLink(t, toks[k - 1], toks[k + 1])) continue;
    break;
  }
  if (a > end) return null;
  return phrase(sentence, toks, a, end);
}

/** The noun phrase starting at toks[start] (walking right) up to punctuation, or null. */
function nounPhraseStartingAt(sentence: string, toks: readonly FigureToken[], start: number): string | null {
  let b = start - 1;
  for (let k = start; k < toks.length && k - start < 8; k++) {
    const t = toks[k]!;
    if (t.kind === 'punct' && !(t.text === '’' || t.text === "'") ) break;
    if (t.kind === 'word' && (isContentWord(t) || DETERMINERS.has(t.lower) || npLink(t, toks[k - 1], toks[k + 1]))) {
      b = k;
      continue;
    }
    if (t.text === '’' || t.text === "'") continue;
    break;
  }
  if (b < start) return null;
  return phrase(sentence, toks, start, b);
}

/**
 * The claimant of the number occupying tokens [first, end) of the sentence, or null when the sentence does not say.
 * `after` is the index of the first token after the counted phrase.
 */
export function findClaimant(sentence: string, toks: readonly FigureToken[], first: number, after: number): string | null {
  // "according to X" anywhere in the sentence names the source of everything in it.
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.lower === 'according' && toks[k + 1]!.lower === 'to') {
      const np = nounPhraseStartingAt(sentence, toks, k + 2);
      if (np) return np;
    }
  }
  // Left of the number: the nearest reporting verb in the same clause, then its subject.
  for (let k = first - 1; k >= 0 && first - k <= 16; k--) {
    const t = toks[k]!;
    if (CLAUSE_BREAKS.has(t.lower)) break;
    if (t.kind === 'num') break; // another figure's clause
    if (!REPORTING.has(t.lower)) continue;
    let s = k - 1;
    for (;;) {
      while (s >= 0 && BETWEEN.has(toks[s]!.lower)) s--;
      // "the ministry on Sunday said", "officials last week said": skip the time adjunct.
      if (s >= 1 && TIME_WORDS.has(toks[s]!.lower) && /^(on|last|this|early|late)$/.test(toks[s - 1]!.lower)) s -= 2;
      else if (s >= 0 && TIME_WORDS.has(toks[s]!.lower)) s--;
      else break;
    }
    if (s < 0) break;
    const subject = toks[s]!;
    // "said Thursday that": the subject is before the verb, a weekday after it is no subject.
    if (subject.kind === 'word' && isContentWord(subject)) return nounPhraseEndingAt(sentence, toks, s);
    break;
  }
  // Right of the counted phrase: ", the ministry said" or ", said the ministry".
  for (let k = after; k < toks.length && k - after <= 10; k++) {
    const t = toks[k]!;
    if (t.text !== ',' && t.text !== '—' && t.text !== '–') continue;
    const next = toks[k + 1];
    if (!next) break;
    if (REPORTING.has(next.lower)) return nounPhraseStartingAt(sentence, toks, k + 2);
    // ", X said": find the reporting verb within the next few words.
    for (let v = k + 1; v < toks.length && v - k <= 7; v++) {
      const w = toks[v]!;
      if (w.kind === 'punct') break;
      if (REPORTING.has(w.lower) && v > k + 1) {
        let s = v - 1;
        while (s > k && BETWEEN.has(toks[s]!.lower)) s--;
        return s > k ? nounPhraseEndingAt(sentence, toks, s) : null;
      }
    }
    break;
  }
  return null;
}
