import type { FormatLanguage } from './formatNumber.js';

// Month names as CLDR's long date format gives them (what Intl.DateTimeFormat with `dateStyle:
// 'long'` prints), written here rather than asked of Intl: its first use costs a fresh process
// milliseconds of ICU loading, and its text is only as stable as the ICU build underneath.
// test/locale/format/formatText.prop.test.ts holds these to Intl.
const MONTHS: Readonly<Record<FormatLanguage, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  km: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
};

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
  const name = (MONTHS[lang] ?? MONTHS.en)[month - 1] as string;
  return lang === 'km' ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
}
