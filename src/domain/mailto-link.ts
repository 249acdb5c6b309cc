/**
 * A `mailto:` link (RFC 6068) that opens the user's mail program with the request written in.
 * Every part is percent-encoded as UTF-8, spaces as %20 (not "+", which mail programs show as a
 * plus sign), and line breaks as %0D%0A as the RFC asks.
 */
export interface MailtoDraft {
  to: string;
  subject: string;
  body: string;
}

/**
 * Beyond about 2000 characters some mail programs and operating systems cut the link short (the
 * old Internet Explorer limit of 2083 still holds in parts of Windows), and the body arrives
 * truncated without a word. Past this length the page suggests copying or the .eml file instead.
 */
export const mailtoSafeLength = 2000;

export function mailtoHref(draft: MailtoDraft): string {
  // An address keeps its "@" readable; only what would break the URL is escaped.
  const to = encodeURIComponent(draft.to.trim()).replace(/%40/g, '@');
  const fields: string[] = [];
  if (draft.subject.trim() !== '') fields.push(`subject=${encodeURIComponent(draft.subject.replace(/[\r\n]+/g, ' '))}`);
  if (draft.body !== '') fields.push(`body=${encodeURIComponent(draft.body.replace(/\r\n?|\n/g, '\r\n'))}`);
  return `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}

export function isMailtoTooLong(href: string): boolean {
  return href.length > mailtoSafeLength;
}
