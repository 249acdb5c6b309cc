import { foldForSearch } from './search-key.ts';

/**
 * foldForSearch of the parts joined by white space, folding each part on its own: the same text
 * (folding works character by character and turns any run of white space into one space), but a
 * part that repeats, such as an organisation on 500 of 30,000 imported rows, can come from a
 * memoised `fold` instead of being folded again inside every joined text.
 */
export function foldParts(
  parts: readonly string[],
  fold: (text: string) => string = foldForSearch,
  /** A beginning that is folded already (foldForSearch of a first part). */
  start = '',
): string {
  let folded = start;
  for (const part of parts) {
    if (part === '') continue;
    const piece = fold(part);
    if (piece !== '') folded = folded === '' ? piece : `${folded} ${piece}`;
  }
  return folded;
}
