/**
 * The complete RFC 5322 message for one recipient, built by nodemailer's MailComposer (a maintained MIME
 * composer: encoded words for non-ASCII headers, quoted-printable bodies, boundaries, Date and Message-ID).
 *
 * Header values are single lines before they reach the composer: the subject is made from article text, and
 * a CR/LF in it must never start a new header (header injection). Header names must be plain tokens.
 */
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

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
const RESERVED = new Set(['content-type', 'content-transfer-encoding', 'mime-version', 'bcc', 'cc', 'to', 'from']);

/** One header line's value: line breaks and other control characters become spaces, runs collapse. */
export function headerValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export async function buildMime(input: MimeInput): Promise<Buffer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!HEADER_NAME.test(name)) throw new Error(`buildMime: invalid header name ${JSON.stringify(name)}`);
    if (RESERVED.has(name.toLowerCase())) throw new Error(`buildMime: header ${name} cannot be set directly`);
    headers[name] = headerValue(value);
  }
  const composer = new MailComposer({
    from: headerValue(input.from),
    to: headerValue(input.to),
    subject: headerValue(input.subject),
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
