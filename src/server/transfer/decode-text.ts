import { MAX_IMPORT_BYTES } from '#shared/import.schema';
import { ParseError } from './imported-contact.ts';
import { lineAt } from './text-lines.ts';

// The limit is part of the API contract (the UI checks it before uploading).
export { MAX_IMPORT_BYTES };

// Files people rename by mistake (a photo as .vcf, an .xlsx as .csv) are refused before decoding.
const binarySignatures: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or .xlsx, .docx, .numbers)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'old Excel or Word file (.xls, .doc)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/*
 * Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node 20's TextDecoder('windows-1252')
 * decodes those as Latin-1 C1 controls (0x93 and 0x94 would not come out as curly quotes), so the
 * difference is mapped here; on a runtime that decodes them correctly the map finds nothing to do.
 * The five bytes Windows-1252 leaves undefined stay as their C1 code points, as WHATWG says.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Turns an uploaded file into text for the parsers, or refuses it with a ParseError.
 *
 * Encoding: UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded strictly. A file that is
 * not valid UTF-8 and has no valid UTF-8 multi-byte sequence at all is read as Windows-1252: that
 * is what Excel writes when a Norwegian or German user opens an export and saves it again as CSV,
 * and every byte sequence is valid Windows-1252, so a wrong guess shows as odd letters in the
 * import preview rather than lost data. A file that mixes valid UTF-8 with invalid bytes is
 * damaged (or cut in the middle of a character), and guessing would garble the good part, so it
 * is refused with 'invalid_encoding' and the line of the first bad byte.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ParseError('too_large', 1, undefined, `file has ${bytes.length} bytes, the limit is ${MAX_IMPORT_BYTES}`);
  }
  const utf16 = utf16Encoding(bytes);
  if (utf16) return refuseNul(decodeStrict(utf16, bytes.subarray(2)));

  const signature = binarySignatures.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) throw new ParseError('not_text', 1, undefined, `the file is a ${signature.name}`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ParseError('not_text', lineOfByte(bytes, nul), undefined, 'the file contains NUL bytes');

  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return decodeNotUtf8(body);
  }
}

function decodeNotUtf8(bytes: Uint8Array): string {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  // Any non-ASCII character other than U+FFFD means some multi-byte sequences were valid UTF-8.
  if (/[\u0080-\ufffc\ufffe\uffff]/.test(lenient)) {
    const line = lineAt(lenient, lenient.indexOf('\ufffd'));
    throw new ParseError(
      'invalid_encoding',
      line,
      undefined,
      'the file is UTF-8 with invalid bytes (damaged or cut short)',
    );
  }
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (char) => String.fromCharCode(windows1252High[char.charCodeAt(0) - 0x80] ?? 0xfffd));
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return undefined;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ParseError(
      'invalid_encoding',
      1,
      undefined,
      `the file starts like ${encoding} but is not valid ${encoding}`,
    );
  }
}

function refuseNul(text: string): string {
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new ParseError('not_text', lineAt(text, nul), undefined, 'the file contains NUL characters');
  return text;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < index; at = bytes.indexOf(0x0a, at + 1)) line += 1;
  return line;
}
