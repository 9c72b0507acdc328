/**
 * The complete RFC 5322 message for one recipient, built by nodemailer's MailComposer (a maintained MIME
 * composer: encoded words for non-ASCII headers, quoted-printable bodies, boundaries, Date and Message-ID).
 *
 * Header values are single lines before they reach the composer: the subject is made from article text, and
 * a CR/LF in it must never start a new header (header injection). Header names must be plain tokens.
 */
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { encodeWord } from 'nodemailer/lib/mime-funcs/index.js';

export interface MimeInput {
  /** `"Name" <address>` or a bare address; non-ASCII names are encoded by the composer. */
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. Names must be RFC 5322 field names. */
  headers?: Record<string, string>;
  /** Defaults to now (set by the composer). */
  date?: Date;
  /** `<id@domain>`; generated from the From domain when missing. */
  messageId?: string;
}

/** Field names: printable ASCII except colon and space (RFC 5322 section 3.6.8), written as tokens here. */
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** Header names the composer owns: letting a caller set them would let it break the MIME structure. */
const RESERVED = new Set(['content-type', 'content-transfer-encoding', 'mime-version', 'bcc', 'cc', 'to', 'from', 'subject']);

/** One header line's value: line breaks and other control characters become spaces, runs collapse. */
export function headerValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * An RFC 2047 encoded word ("=?charset?B?...?="). Mail clients decode one wherever it stands in a Subject, and the
 * composer passes an ASCII subject through as it is, so a headline written as an encoded word would show the
 * reader words that are not in the article (anything, in any script).
 */
const ENCODED_WORD = /=\?[^?\s]+\?[bq]\?[^?\s]*\?=/i;

/**
 * The Subject as the composer should write it: as is (the composer encodes non-ASCII itself), or, when it holds
 * something that looks like an encoded word, encoded whole by us so the look-alike arrives as the literal text
 * it was. Encoded words of at most 52 characters, folded one per line.
 */
function subjectHeader(subject: string): string | { prepared: true; value: string } {
  if (!ENCODED_WORD.test(subject)) return subject;
  return { prepared: true, value: encodeWord(subject, 'Q', 52).split(' ').join('\r\n ') };
}

export async function buildMime(input: MimeInput): Promise<Buffer> {
  const headers: Record<string, string | { prepared: true; value: string }> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new Error(`buildMime: invalid header name ${JSON.stringify(name)}`);
    if (RESERVED.has(name.toLowerCase())) throw new Error(`buildMime: header ${name} cannot be set directly`);
    headers[name] = headerValue(value);
  }
  const subject = subjectHeader(headerValue(input.subject));
  if (typeof subject !== 'string') headers['Subject'] = subject;
  const composer = new MailComposer({
    from: headerValue(input.from),
    to: headerValue(input.to),
    ...(typeof subject === 'string' ? { subject } : {}),
    text: { content: input.text, contentType: 'text/plain; charset=utf-8' },
    html: { content: input.html, contentType: 'text/html; charset=utf-8' },
    headers,
    ...(input.date ? { date: input.date } : {}),
    ...(input.messageId ? { messageId: headerValue(input.messageId) } : {}),
    // Bodies are our own strings: nothing may make the composer read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    // SMTP and SES expect CRLF line ends in the raw message.
    newline: 'win',
  });
  return composer.compile().build();
}
