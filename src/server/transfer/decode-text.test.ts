import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { ParseError } from './imported-contact.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

function parseError(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(utf8('\ufeffBjørn,Weiß\r\n'))).toBe('Bjørn,Weiß\r\n');
    expect(decodeText(utf8('Bjørn,Weiß'))).toBe('Bjørn,Weiß');
    expect(decodeText(new Uint8Array())).toBe('');
  });

  it('reads a file that is not UTF-8 at all as Windows-1252, the encoding Excel saves CSV in', () => {
    // "Bjørn Weiß “€”" in Windows-1252: 0x80, 0x93 and 0x94 are where it differs from Latin-1
    const windows1252 = bytes(0x42, 0x6a, 0xf8, 0x72, 0x6e, 0x20, 0x57, 0x65, 0x69, 0xdf, 0x20, 0x93, 0x80, 0x94);

    expect(decodeText(windows1252)).toBe('Bjørn Weiß “€”');
  });

  it('refuses UTF-8 with invalid bytes as invalid_encoding at the line of the first bad byte', () => {
    const damaged = new Uint8Array([...utf8('Bjørn\nWeiß\n'), 0x66, 0xc3, 0x28]);

    expect(parseError(() => decodeText(damaged))).toMatchObject({ reason: 'invalid_encoding', line: 3 });
  });

  it('refuses UTF-8 cut in the middle of a character', () => {
    const text = utf8('Bjørn\nSøren');

    expect(parseError(() => decodeText(text.subarray(0, text.length - 4)))).toMatchObject({
      reason: 'invalid_encoding',
      line: 2,
    });
  });

  it('decodes UTF-16 with a byte order mark, little and big endian', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x4f, 0x00, 0xf8, 0x00))).toBe('Oø');
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x4f, 0x00, 0xf8))).toBe('Oø');
  });

  it('refuses files with a known binary signature as not_text at line 1', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('[Content_Types].xml')]);
    const pdf = utf8('%PDF-1.7\n');

    for (const file of [png, xlsx, pdf]) {
      expect(parseError(() => decodeText(file))).toMatchObject({ reason: 'not_text', line: 1 });
    }
  });

  it('refuses a file with NUL bytes as not_text at the line of the first one', () => {
    expect(parseError(() => decodeText(new Uint8Array([...utf8('a\nb\n'), 0x00])))).toMatchObject({
      reason: 'not_text',
      line: 3,
    });
  });
});
