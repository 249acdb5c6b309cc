/**
 * A request as an e-mail file (.eml, RFC 5322 with MIME), so that a user whose mail program is not
 * reachable through mailto: can still open the draft there. `X-Unsent: 1` makes Outlook and others
 * open it as a draft to send rather than as a received message. Pure: the browser downloads it.
 */
export interface EmailDraft {
  /** The address the request goes to; '' leaves the To field empty for the user to fill. */
  to: string;
  /** The advisor's name, shown beside the address. */
  toName?: string;
  subject: string;
  body: string;
  /** The moment written into the Date field. */
  date: Date;
}

const CRLF = '\r\n';
/** RFC 5322 asks for lines of at most 78 characters; RFC 2045 for quoted-printable lines of at most 76. */
const QP_LINE = 76;
/** RFC 2047: an encoded-word is at most 75 characters; "=?UTF-8?B?" and "?=" take 12 of them. */
const ENCODED_WORD_BYTES = 45;
/** 42 bytes make a 68-character word, which fits after "Subject: " within 78. */
const FIRST_ENCODED_WORD_BYTES = 42;

export function buildEmailMessage(draft: EmailDraft): string {
  const headers = [
    `To: ${formatAddress(draft.to, draft.toName ?? '')}`,
    `Subject: ${encodeHeaderText(oneLine(draft.subject))}`,
    `Date: ${formatEmailDate(draft.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${encodeQuotedPrintable(draft.body)}${CRLF}`;
}

/** Header values are one line: a line break in a subject or a name would start a new header. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').trim();
}

/** "Kari Nordmann <kari@example.no>"; the name quoted or encoded when it needs to be. */
function formatAddress(address: string, name: string): string {
  // An address never holds spaces, angle brackets or line breaks; dropping them keeps the header one field.
  const cleanAddress = address.replace(/[\s<>]/g, '');
  const cleanName = oneLine(name);
  if (cleanAddress === '') return '';
  if (cleanName === '') return cleanAddress;
  const displayName = encodeDisplayName(cleanName);
  // After encoded-words the line may be full: the address goes on a continuation line.
  return displayName.includes('=?') ? `${displayName}${CRLF} <${cleanAddress}>` : `${displayName} <${cleanAddress}>`;
}

function encodeDisplayName(name: string): string {
  if (!isPrintableAscii(name)) return encodeWords(name);
  // Plain words ("Kari Nordmann") go as they are; anything with specials is a quoted string.
  if (/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name)) return name;
  return `"${name.replace(/(["\\])/g, '\\$1')}"`;
}

/** ASCII text as it is; anything else as RFC 2047 encoded-words, folded onto continuation lines. */
export function encodeHeaderText(text: string): string {
  // Text that looks like an encoded-word would be decoded by the reader's program: encode it too.
  return isPrintableAscii(text) && !text.includes('=?') ? foldAscii(text) : encodeWords(text);
}

function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/**
 * Breaks a long ASCII header value before a space so that lines stay within 78 characters where
 * the words allow it; unfolding (removing each CRLF) gives the exact text back.
 */
function foldAscii(text: string): string {
  const lines: string[] = [];
  let line = '';
  // "Subject: " takes 9 characters of the first line.
  let limit = 78 - 9;
  for (const [index, word] of text.split(' ').entries()) {
    const piece = index === 0 ? word : ` ${word}`;
    // A line of only white space would be an empty continuation line, which RFC 5322 forbids.
    if (line.trim() !== '' && word !== '' && line.length + piece.length > limit) {
      lines.push(line);
      line = piece;
      limit = 78;
    } else line += piece;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/**
 * Base64 encoded-words of whole characters: a character's UTF-8 bytes never straddle two words,
 * which decoders would show as garbage. The white space between words is ignored when decoding.
 */
function encodeWords(text: string): string {
  const chunks: number[][] = [[]];
  for (const character of text) {
    const bytes = utf8Bytes(character);
    let chunk = chunks[chunks.length - 1] ?? [];
    // The first word shares its line with the field name ("Subject: "), so it carries less.
    const room = chunks.length === 1 ? FIRST_ENCODED_WORD_BYTES : ENCODED_WORD_BYTES;
    if (chunk.length + bytes.length > room) {
      chunk = [];
      chunks.push(chunk);
    }
    chunk.push(...bytes);
  }
  return chunks.map((bytes) => `=?UTF-8?B?${base64(bytes)}?=`).join(`${CRLF} `);
}

/**
 * Quoted-printable (RFC 2045 6.7) of the UTF-8 text: readable in any editor for Latin text, safe
 * through any mail system, lines of at most 76 characters with soft breaks, and the user's own line
 * breaks kept as CRLF.
 */
export function encodeQuotedPrintable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => encodeQuotedPrintableLine(line))
    .join(CRLF);
}

function encodeQuotedPrintableLine(line: string): string {
  const tokens: string[] = [];
  for (const character of line) {
    const code = character.codePointAt(0) ?? 0;
    const plain = (code >= 33 && code <= 126 && code !== 61) || code === 32 || code === 9;
    tokens.push(plain ? character : utf8Bytes(character).map(hexEscape).join(''));
  }
  // A space or tab at the end of a line would be dropped in transport (RFC 2045 rule 3).
  const last = tokens.at(-1);
  if (last === ' ' || last === '\t') tokens[tokens.length - 1] = hexEscape(last.charCodeAt(0));

  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    // A soft break "=" takes one place, so a continued line carries at most 75 characters. A token
    // (one character, up to "=F0=9F=98=80") is never split, so no escape is cut in half.
    if (current.length + token.length > QP_LINE - 1) {
      lines.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  // The last piece may use the whole 76 when it fits; it was only kept back for the soft break.
  lines.push(current);
  return lines.join(CRLF);
}

function hexEscape(byte: number): string {
  return `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** The UTF-8 bytes of one character (a code point; lone surrogates become U+FFFD). */
export function utf8Bytes(character: string): number[] {
  let code = character.codePointAt(0) ?? 0;
  if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
  if (code < 0x80) return [code];
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: readonly number[]): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[index], bytes[index + 1], bytes[index + 2]];
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64[(triple >> 18) & 63];
    out += BASE64[(triple >> 12) & 63];
    out += index + 1 < bytes.length ? BASE64[(triple >> 6) & 63] : '=';
    out += index + 2 < bytes.length ? BASE64[triple & 63] : '=';
  }
  return out;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 3.3: "Tue, 04 Mar 2025 09:05:00 +0000", in UTC so that it never depends on the machine. */
export function formatEmailDate(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}
