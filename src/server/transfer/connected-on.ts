const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * LinkedIn writes `Connected On` as `12 Mar 2024`. Excel rewrites that as `12-Mar-24` when a user
 * opens the export and saves it again, and some users fix dates to ISO by hand, so those are read
 * too. Month names are English whatever the user's language: LinkedIn does not translate them.
 * Returns YYYY-MM-DD, or undefined when the value is not a real date.
 */
export function parseConnectedOn(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = /^(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{4}|\d{2})$/i.exec(value);
  if (!written) return undefined;
  const [, day = '', monthWord = '', year = ''] = written;
  const month = monthNumber(monthWord.toLowerCase());
  if (month === undefined) return undefined;
  // Two-digit years are this century: LinkedIn started in 2003.
  const fullYear = year.length === 2 ? 2000 + Number(year) : Number(year);
  return toIsoDate(fullYear, month, Number(day));
}

function monthNumber(word: string): number | undefined {
  const index = monthNames.findIndex((name) => name === word || name.slice(0, 3) === word);
  if (index !== -1) return index + 1;
  return word === 'sept' ? 9 : undefined;
}

function toIsoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isReal || year < 1900) return undefined;
  return date.toISOString().slice(0, 10);
}
