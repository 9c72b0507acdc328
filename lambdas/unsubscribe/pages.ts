/** The links endpoint's small HTML pages (unsubscribe, and the view route's errors). No scripts, no external resources; every value is escaped. */

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}button{font-size:1rem;padding:.6rem 1.2rem;cursor:pointer}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** GET: ask first, because mail scanners and link previews open every URL in a message. */
export function confirmPage(maskedAddress: string, token: string): string {
  return page(
    'Unsubscribe from the news digest?',
    `<p>Stop sending the daily news digest to <strong>${escapeHtml(maskedAddress)}</strong>.</p>
<form method="post" action="?t=${encodeURIComponent(token)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
  );
}

export function donePage(maskedAddress: string): string {
  return page('You are unsubscribed', `<p>${escapeHtml(maskedAddress)} will get no more digests.</p>`);
}

export function invalidLinkPage(): string {
  return page('This link is not valid', '<p>The unsubscribe link is incomplete or damaged. Please use the link from a recent digest.</p>');
}

export function invalidViewLinkPage(): string {
  return page('This link is not valid', '<p>The link to the web version of the digest is incomplete or damaged. Please use the "View in browser" link from the email.</p>');
}

export function digestNotFoundPage(): string {
  return page('Digest not found', '<p>There is no archived digest for this day (yet). It may have been removed from the archive.</p>');
}

export function digestTooLargePage(): string {
  return page('Digest too large to show here', '<p>This day\'s archived digest is larger than the web version can serve. The operator can fetch it from the archive.</p>');
}

export function methodNotAllowedPage(): string {
  return page('Not allowed', '<p>Use the link from the digest.</p>');
}
