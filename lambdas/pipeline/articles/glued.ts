/**
 * Repairs sentences glued together without a space ("he said.The minister"), which copy-paste
 * from web pages produces where two paragraphs or a quote and a sentence were adjacent elements.
 * Sentence splitting downstream needs the space.
 */

// A lower-case letter, digit, % or closing quote/bracket, then . ! or ? (possibly closed by a quote
// or bracket), then a capitalised word (possibly opened by a quote). Requiring a lower-case letter
// before the mark keeps abbreviations such as "U.S." intact, and requiring a letter after it keeps
// decimals ("66.5") intact.
const GLUE = /([\p{Ll}\d%”’"')\]])([.!?]+["”’')\]]?)(["“‘]?\p{Lu}\p{Ll}+)/gu;
const GLUE_ANYWHERE = new RegExp(GLUE.source, 'u');

// Tokens that are addresses rather than prose: URLs, e-mail addresses, domain names.
const ADDRESS_TOKEN = /:\/\/|@|^www\./i;
// "Reuters.com": a capitalised word that is itself a domain name.
const DOMAIN_AFTER = /^[\p{L}\p{N}-]*\.\p{L}{2,}/u;

function repairToken(token: string): string {
  if (ADDRESS_TOKEN.test(token)) return token;
  return token.replace(GLUE, (match, before: string, mark: string, word: string, offset: number) => {
    const rest = token.slice(offset + match.length - word.length);
    if (DOMAIN_AFTER.test(rest.replace(/^["“‘]/, ''))) return match;
    return `${before}${mark} ${word}`;
  });
}

/** Inserts the missing space between glued sentences of one line. */
export function repairGluedSentences(line: string): string {
  // GLUE holds no whitespace, so a token can only match where the whole line does: most lines do not,
  // and are returned without being cut into tokens.
  if (!GLUE_ANYWHERE.test(line)) return line;
  return line
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? part : repairToken(part)))
    .join('');
}
