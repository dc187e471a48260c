import type { FormatLanguage } from './formatNumber.js';

const formatters = new Map<FormatLanguage, Intl.DateTimeFormat>();

/**
 * Formats a calendar date (`YYYY-MM-DD`) for people, e.g. `March 27, 2025` or `27 មីនា 2025`,
 * always in UTC so that no machine's time zone can shift the day, and with Latin digits.
 *
 * @param iso - The date as `YYYY-MM-DD` (a date-time's first ten characters are used).
 * @param lang - `en` or `km` (default `en`).
 * @returns The formatted date, or the input unchanged when it is not a date.
 *
 * @example
 * ```ts
 * formatDate('2025-03-27'); // 'March 27, 2025'
 * formatDate('2025-03-27', 'km'); // '27 មីនា 2025'
 * ```
 *
 * @category Formatting
 */
export function formatDate(iso: string, lang: FormatLanguage = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Date.UTC from parts, never new Date(string): a date-time string without offset is local time.
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return iso;
  let formatter = formatters.get(lang);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
    formatters.set(lang, formatter);
  }
  return formatter.format(time);
}
