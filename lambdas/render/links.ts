/**
 * Links tell the truth. The text of a link in the email comes from an article (an outlet's name, a headline) and
 * its target from the same article's URL: both untrusted. A JSON export that names its source
 * `accounts.google.com/signin` and points at `https://evil.example/phish` would show a trusted host over a
 * phishing link. So a link whose text names a host (`example.com`, `www.example.com/path`, `https://...`) is kept
 * only when every host it names is the target's own host or a parent of it (`bbc.co.uk` over
 * `https://www.bbc.co.uk/news/...`); otherwise the text is shown unlinked.
 */

/**
 * Host-like tokens: labels of letters, digits and hyphens joined by dots, ending in a label of two or more letters
 * (a top-level domain), optionally after a scheme. "U.S." (one-letter labels), "3.5" (digits) and "St. Louis" are
 * not hosts. Each piece is bounded, so the pattern is linear on any text (no nested quantifier over the same chars).
 */
const HOST_LIKE = /(?:https?:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})\.){1,8}\p{L}{2,63})(?![\p{L}\p{N}-])/giu;

/** The hosts a link text names, lower-cased, without a leading "www.". */
export function hostsNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(HOST_LIKE)) {
    // A sentence glued to the next ("end.It") reads as a host too: then the text is only shown unlinked.
    out.push((m[1] as string).toLowerCase().replace(/^www\./, ''));
  }
  return out;
}

/** Is `host` (the link target's) the named host or a subdomain of it? */
function belongsTo(host: string, named: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return h === named || h.endsWith(`.${named}`);
}

/**
 * The target to link `text` to: `url` (already an http(s) URL, or null), unless the text names a host the URL does
 * not lead to; then null, and the text is shown unlinked.
 */
export function truthfulLink(text: string, url: string | null): string | null {
  if (url === null) return null;
  const named = hostsNamed(text);
  if (named.length === 0) return url;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return named.every((n) => belongsTo(host, n)) ? url : null;
}
