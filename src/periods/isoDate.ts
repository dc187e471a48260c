import { civilDate, dayNumber, FIRST_DAY, formatDay, isLeapYear, LAST_DAY, parseDay } from './calendar.js';
import { requireDay } from './checks.js';
import { periodError, quote } from './errors.js';

/**
 * Tells whether a value is a real calendar day written strictly as `YYYY-MM-DD`, in the years
 * 1000–9999 that this library supports.
 *
 * Strict on purpose: `2024-1-1`, `2023-02-30` and datetimes are refused rather than guessed at,
 * because a silently shifted day moves an observation into another period.
 *
 * @param value - Anything; only strings can pass.
 * @returns `true` for a valid date such as `2024-02-29`, `false` otherwise.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 * isIsoDate('2024-1-1'); // false
 * isIsoDate('2024-01-01T00:00:00Z'); // false
 * ```
 *
 * @category Periods
 */
export function isIsoDate(value: unknown): value is string {
  return parseDay(value) !== undefined;
}

/**
 * Adds a whole number of days to a date (negative to go back).
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param days - A whole number of days, positive or negative.
 * @returns The date `days` later, `YYYY-MM-DD`.
 * @throws {@link LogframeError} with code `DATE_INVALID` if `date` is not a valid date,
 *   `DAYS_INVALID` if `days` is not a whole number, or `DATE_OUT_OF_RANGE` if the result
 *   leaves the years 1000–9999.
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * addDays('2024-01-01', -1); // '2023-12-31'
 * ```
 *
 * @category Periods
 */
export function addDays(date: string, days: number): string {
  const from = requireDay(date);
  if (!Number.isSafeInteger(days)) {
    throw periodError('DAYS_INVALID', `Day count ${quote(days)} is not a whole number; pass an integer such as 7 or -1.`, 'Invalid day count');
  }
  const result = from + days;
  if (result < FIRST_DAY || result > LAST_DAY) {
    throw periodError('DATE_OUT_OF_RANGE', `Adding ${days} days to ${date} leaves the supported years 1000–9999.`, 'Date out of range');
  }
  return formatDay(result);
}

/**
 * Counts the whole days from one date to another: `to − from`, so the answer is negative when
 * `to` comes first.
 *
 * @param from - A `YYYY-MM-DD` date.
 * @param to - A `YYYY-MM-DD` date.
 * @returns The number of days, e.g. 1 from a day to the next.
 * @throws {@link LogframeError} with code `DATE_INVALID` if either date is not valid.
 *
 * @example
 * ```ts
 * daysBetween('2024-01-01', '2024-12-31'); // 365
 * daysBetween('2024-03-01', '2024-02-28'); // -2
 * ```
 *
 * @category Periods
 */
export function daysBetween(from: string, to: string): number {
  // Both checks run before subtracting so that an error names the bad argument, not the other one.
  const start = requireDay(from);
  const end = requireDay(to);
  return end - start;
}

/**
 * Places a day on a continuous time axis: the year plus the share of the year already passed at
 * the start of that day, so 1 January is a whole number.
 *
 * The time axis of trends places a period at the decimal year of the day after its end, so that
 * the full year 2023 sits at 2024 and January–October 2023 at about 2023.833.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @returns `year + dayIndex / daysInYear`, with `dayIndex` 0 on 1 January.
 * @throws {@link LogframeError} with code `DATE_INVALID` if `date` is not valid.
 *
 * @example
 * ```ts
 * toDecimalYear('2024-01-01'); // 2024
 * toDecimalYear('2023-11-01'); // 2023.8328767123287
 * toDecimalYear('2024-07-02'); // 2024.5
 * ```
 *
 * @category Periods
 */
export function toDecimalYear(date: string): number {
  const days = requireDay(date);
  const { year } = civilDate(days);
  return year + (days - dayNumber(year, 1, 1)) / (isLeapYear(year) ? 366 : 365);
}
