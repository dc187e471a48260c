// Internal calendar arithmetic on day numbers (whole days since 1970-01-01, UTC). Not exported
// from the package: the public API speaks `YYYY-MM-DD` strings and period ids.
//
// Why day numbers: they are plain integers, so nothing here can see the TZ environment variable
// (only UTC getters and Date.UTC are used), and they are the fast path for the millions of
// comparisons that scoring makes (see bench notes on dates). ISO 8601 weeks are computed on day
// numbers too, from the two rules that define them (weeks start on Monday; week 1 holds 4 January):
// date-fns, which the tests use as the reference for every year 1000–9999, would add its date
// classes to every bundle for three lines of arithmetic.

const MS_PER_DAY = 86_400_000;

/** The first and last years this library accepts, in period ids and in dates alike. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Day number of a calendar date; the caller guarantees a real date with year >= 100. */
export function dayNumber(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; every caller passes years >= 999, so that quirk cannot bite.
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function civilDate(days: number): CivilDate {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const FIRST_DAY = dayNumber(MIN_YEAR, 1, 1);
export const LAST_DAY = dayNumber(MAX_YEAR, 12, 31);

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` of a day number; years outside 1000–9999 only ever reach error messages. */
export function formatDay(days: number): string {
  const { year, month, day } = civilDate(days);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a strict `YYYY-MM-DD` date in years 1000–9999, or `undefined`. */
export function parseDay(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/** Day of the week of a day number: Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday). */
function isoWeekday(days: number): number {
  return (((days + 3) % 7) + 7) % 7;
}

/** Day number of the Monday of ISO week 1 of `weekYear`: the week that holds 4 January. */
export function isoWeekOneMonday(weekYear: number): number {
  const january4 = dayNumber(weekYear, 1, 4);
  return january4 - isoWeekday(january4);
}

/** 52 or 53. */
export function isoWeeksInYear(weekYear: number): number {
  return (isoWeekOneMonday(weekYear + 1) - isoWeekOneMonday(weekYear)) / 7;
}

export interface IsoWeek {
  readonly weekYear: number;
  readonly week: number;
}

export function isoWeekOf(days: number): IsoWeek {
  const monday = days - isoWeekday(days);
  // A week belongs to the year that holds its Thursday.
  const weekYear = civilDate(monday + 3).year;
  return { weekYear, week: (monday - isoWeekOneMonday(weekYear)) / 7 + 1 };
}
