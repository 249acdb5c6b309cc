/**
 * Folds text for matching: lower case, accents removed (é → e), and letters that carry no
 * accent but have a plain spelling folded too (ø → o, æ → ae, ß → ss), so that typing "bjorn"
 * finds "Bjørn" and "strasse" finds "Straße". Stored beside the record so that SQLite and
 * PostgreSQL compare the same bytes with a plain LIKE.
 */
const plainSpellings: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  å: 'a',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  œ: 'oe',
  ı: 'i',
};

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæåßđłœı]/g, (letter) => plainSpellings[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so that a user typing "50%" searches for the text "50%". */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
