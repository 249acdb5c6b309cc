/** Letters NFKD does not take apart, written the way a file name in ASCII would. */
const spelledOut: Record<string, string> = { ø: 'o', æ: 'ae', å: 'a', ß: 'ss', đ: 'd', ł: 'l', œ: 'oe', þ: 'th' };

/**
 * "kari-nordmann-2026-12-03-report.md": a download name from the advisor's name, in plain ASCII
 * so that every system and every Content-Disposition reader takes it as it is (no quoting, no
 * encoding). A name with nothing left in ASCII (another script) gives just the suffix.
 */
export function safeFileName(name: string, suffix: string, extension: string): string {
  const base = name
    .toLowerCase()
    .replace(/[øæåßđłœþ]/g, (letter) => spelledOut[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base ? `${base}-` : ''}${suffix}.${extension}`;
}
