/**
 * A day on the calendar, written 'YYYY-MM-DD' (proleptic Gregorian, years 0000-9999), with no time and no time zone:
 * the day a request was sent or a follow-up is due, as the user's wall calendar shows it. Such days sort as text.
 * Arithmetic works on day numbers (days since 1970-01-01) with integer formulas, so it allocates no Date and no time
 * zone or daylight saving change can move a day.
 */
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_DAY_NUMBER = daysFromCivil(0, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(9999, 12, 31);

/** True for a real day written 'YYYY-MM-DD': '2026-02-28' is one, '2026-02-30' and '2026-2-28' are not. */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before it). Throws a RangeError for anything but a real day. */
export function dayNumberOf(day: CalendarDay): number {
  // Read the digits by hand: this runs for every day a business-day count walks over.
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) throw invalidDay(day);
  const year = digits(day, 0, 4);
  const month = digits(day, 5, 7);
  const date = digits(day, 8, 10);
  if (year < 0 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) throw invalidDay(day);
  return daysFromCivil(year, month, date);
}

/** The day a day number stands for; a RangeError outside the years 0000-9999. */
export function dayFromNumber(dayNumber: number): CalendarDay {
  if (!Number.isSafeInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number ${dayNumber} is outside the years 0000-9999`);
  }
  // Howard Hinnant's civil_from_days: eras of 400 years, each exactly 146,097 days long.
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatDay(year, month, date);
}

/** The day `days` days later (earlier when negative). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Cannot add ${days} days: not a whole number`);
  return dayFromNumber(dayNumberOf(day) + days);
}

/** 0 = Sunday, 1 = Monday … 6 = Saturday, as Date.prototype.getDay counts. */
export function weekdayOf(day: CalendarDay): number {
  return weekdayOfNumber(dayNumberOf(day));
}

/** The weekday of a day number (see weekdayOf); 1970-01-01 was a Thursday. */
export function weekdayOfNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Negative when a is before b, 0 on the same day, positive after: a comparator for sort(). */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return dayNumberOf(a) - dayNumberOf(b);
}

/** How many days `to` is after `from`: 1 from one day to the next, negative when `to` comes first. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

// Building a DateTimeFormat costs far more than using one, and the same few zones come back on every request.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The day a wall calendar in `timeZone` (an IANA name such as 'Europe/Oslo') shows at `instant`. Intl applies the
 * zone's offset for that very instant, daylight saving time included. Throws a RangeError for an unknown zone or an
 * invalid date.
 */
export function localDayOf(instant: Date, timeZone: string): CalendarDay {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // 'u-ca-gregory-nu-latn': the Gregorian calendar and ASCII digits, whatever the runtime's default locale.
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      era: 'short',
    });
    dayFormats.set(timeZone, format);
  }
  let year = NaN;
  let month = NaN;
  let date = NaN;
  let era = '';
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') date = Number(part.value);
    else if (part.type === 'era') era = part.value;
  }
  if (era !== 'AD' || !(year >= 1 && year <= 9999)) {
    throw new RangeError(`${instant.toISOString()} falls outside the years 0001-9999 in ${timeZone}`);
  }
  return formatDay(year, month, date);
}

/** True when Intl knows `timeZone` as a time zone ('Europe/Oslo', 'UTC'); false for 'Mars/Olympus' or ''. */
export function isTimeZone(timeZone: string): boolean {
  if (dayFormats.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, date: number): number {
  const marchBasedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchBasedYear / 400);
  const yearOfEra = marchBasedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written in day[start, end), or -1 when any of it is not an ASCII digit. */
function digits(day: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = day.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function formatDay(year: number, month: number, date: number): CalendarDay {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

function invalidDay(day: string): RangeError {
  return new RangeError(`"${day}" is not a calendar day (YYYY-MM-DD)`);
}
