import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEmailMessage, encodeHeaderText, encodeQuotedPrintable, formatEmailDate } from './email-message.ts';

// Decoders written from the RFCs, independent of the encoder, so that the tests check the format
// and not the encoder against itself.

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const unfolded = text.replace(/=\r\n/g, '');
  for (let index = 0; index < unfolded.length; index += 1) {
    const character = unfolded[index] ?? '';
    if (character === '=') {
      bytes.push(parseInt(unfolded.slice(index + 1, index + 3), 16));
      index += 2;
    } else bytes.push(...Buffer.from(character, 'latin1'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 decoding of a header value: unfold, then join adjacent encoded-words. */
function decodeHeader(value: string): string {
  const unfolded = value.replace(/\r\n /g, ' ');
  return unfolded
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g, (_whole, data: string) => `\u0000${data}\u0000`)
    .split('\u0000')
    .map((part, index) => (index % 2 === 1 ? Buffer.from(part, 'base64') : Buffer.from(part, 'utf8')))
    .reduce((all, part) => Buffer.concat([all, part]), Buffer.alloc(0))
    .toString('utf8');
}

function parseMessage(message: string) {
  const split = message.indexOf('\r\n\r\n');
  const head = message.slice(0, split);
  const body = message.slice(split + 4);
  const headers = new Map<string, string>();
  for (const field of head.split(/\r\n(?![ \t])/)) {
    const colon = field.indexOf(':');
    headers.set(field.slice(0, colon), field.slice(colon + 1).trim());
  }
  return { head, headers, body };
}

const date = new Date(Date.UTC(2025, 2, 4, 9, 5, 0));

describe('buildEmailMessage', () => {
  it('writes the headers a mail program needs to open the request as a draft', () => {
    const message = buildEmailMessage({
      to: 'kari@example.no',
      toName: 'Kari Nordmann',
      subject: 'A question about wind power',
      body: 'Hello Kari,\n\nWould you have 15 minutes?',
      date,
    });
    const { headers, body } = parseMessage(message);
    expect(headers.get('To')).toBe('Kari Nordmann <kari@example.no>');
    expect(headers.get('Subject')).toBe('A question about wind power');
    expect(headers.get('Date')).toBe('Tue, 04 Mar 2025 09:05:00 +0000');
    expect(headers.get('MIME-Version')).toBe('1.0');
    expect(headers.get('Content-Type')).toBe('text/plain; charset=UTF-8');
    expect(headers.get('Content-Transfer-Encoding')).toBe('quoted-printable');
    expect(headers.get('X-Unsent')).toBe('1');
    expect(body).toBe('Hello Kari,\r\n\r\nWould you have 15 minutes?\r\n');
  });

  it('uses CRLF for every line break and nothing else', () => {
    const message = buildEmailMessage({ to: 'a@b.c', subject: 'Hi', body: 'one\ntwo\r\nthree\rfour', date });
    expect(message.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(decodeQuotedPrintable(parseMessage(message).body)).toBe('one\r\ntwo\r\nthree\r\nfour\r\n');
  });

  it('encodes a subject and a name with letters outside ASCII as RFC 2047 encoded-words', () => {
    const message = buildEmailMessage({
      to: 'jorg@example.de',
      toName: 'Jörg Müller',
      subject: 'Frage zu Wasserstofftechnik – 15 Minuten für Sie?',
      body: 'Grüß Gott',
      date,
    });
    const { headers } = parseMessage(message);
    expect(headers.get('Subject')).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeHeader(headers.get('Subject') ?? '')).toBe('Frage zu Wasserstofftechnik – 15 Minuten für Sie?');
    expect(decodeHeader(headers.get('To') ?? '')).toBe('Jörg Müller <jorg@example.de>');
  });

  it('keeps every header line within 78 characters, even for a long subject in Norwegian', () => {
    const subject = 'Spørsmål om fornybar energi og hvordan det er å jobbe med havvind på Sørlandet i Æra Øst';
    const message = buildEmailMessage({ to: 'ola@example.no', subject, body: 'Hei', date });
    const { head, headers } = parseMessage(message);
    for (const line of head.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(decodeHeader(headers.get('Subject') ?? '')).toBe(subject);
  });

  it('cannot be made to carry an extra header through a line break in the subject or the address', () => {
    const message = buildEmailMessage({
      to: 'a@b.c\r\nBcc: spy@evil.test',
      toName: 'Eve\nBcc: x@y.z',
      subject: 'Hello\r\nBcc: spy@evil.test',
      body: 'x',
      date,
    });
    const { headers } = parseMessage(message);
    expect([...headers.keys()]).not.toContain('Bcc');
  });

  it('quotes a display name with special characters', () => {
    const message = buildEmailMessage({ to: 'a@b.c', toName: 'Smith, John "JJ"', subject: 's', body: 'b', date });
    expect(parseMessage(message).headers.get('To')).toBe('"Smith, John \\"JJ\\"" <a@b.c>');
  });

  it('leaves To empty when the contact has no e-mail address', () => {
    const message = buildEmailMessage({ to: '', toName: 'Kari', subject: 's', body: 'b', date });
    expect(message.startsWith('To: \r\n')).toBe(true);
  });
});

describe('encodeQuotedPrintable', () => {
  it('escapes "=", non-ASCII letters and a space at the end of a line', () => {
    expect(encodeQuotedPrintable('a=b')).toBe('a=3Db');
    expect(encodeQuotedPrintable('blåbær')).toBe('bl=C3=A5b=C3=A6r');
    expect(encodeQuotedPrintable('end \nnext')).toBe('end=20\r\nnext');
  });

  it('breaks long lines softly at 76 characters without cutting an escape in half', () => {
    const encoded = encodeQuotedPrintable(`${'x'.repeat(74)}ø${'y'.repeat(100)}`);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).not.toMatch(/=[0-9A-F]?=\r\n/);
    expect(decodeQuotedPrintable(encoded)).toBe(`${'x'.repeat(74)}ø${'y'.repeat(100)}`);
  });

  it('round-trips any text, emoji and all four languages included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const encoded = encodeQuotedPrintable(text);
        for (const line of encoded.split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(line).toMatch(/^[\x20-\x7e\t]*$/);
          expect(line).not.toMatch(/[ \t]$/);
        }
        expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'));
      }),
    );
  });
});

describe('encodeHeaderText', () => {
  it('round-trips any subject line, in printable ASCII lines of at most 78 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const subject = text.replace(/[\r\n\t]/g, ' ');
        const encoded = encodeHeaderText(subject);
        const lines = `Subject: ${encoded}`.split('\r\n');
        for (const line of lines) {
          expect(line).toMatch(/^[\x20-\x7e]*$/);
          // Only a single word longer than a line may run over (RFC 5322 allows up to 998).
          if (!/^ ?\S{70,}$/.test(line.replace(/^Subject: /, ''))) expect(line.length).toBeLessThanOrEqual(78);
        }
        lines.slice(1).forEach((line) => expect(line).toMatch(/^ +\S/));
        expect(decodeHeader(encoded)).toBe(subject);
      }),
    );
  });

  it('encodes ASCII that would otherwise read as an encoded-word', () => {
    expect(encodeHeaderText('=?UTF-8?B?SGk=?=')).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeHeader(encodeHeaderText('=?UTF-8?B?SGk=?='))).toBe('=?UTF-8?B?SGk=?=');
  });
});

describe('formatEmailDate', () => {
  it('writes the RFC 5322 date in UTC with two-digit days and times', () => {
    expect(formatEmailDate(new Date(Date.UTC(2024, 11, 31, 23, 59, 7)))).toBe('Tue, 31 Dec 2024 23:59:07 +0000');
    expect(formatEmailDate(new Date(Date.UTC(2026, 0, 1, 0, 0, 0)))).toBe('Thu, 01 Jan 2026 00:00:00 +0000');
  });
});
