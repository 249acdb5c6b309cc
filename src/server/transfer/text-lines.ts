/**
 * Every parser works on '\n' line ends only. csv-parse counts a CRLF inside a quoted field as
 * two lines, and a file must give the same contacts whether it was saved with CRLF or LF. A lone
 * CR (classic Mac line end) counts as a line end too, as editors show it.
 */
export function normaliseText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Already normalised (parseImport does it once for detection and parser alike): one scan, no copy.
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** The 1-based line on which `index` falls in a text with '\n' line ends. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}
