import { parsePeriod } from './parsePeriod.js';

/**
 * Gives the year written in a period id: the calendar year for most types, the year the
 * financial year starts in (`2024July` → 2024), and the ISO week-year for weeks (`2020W1` → 2020,
 * although it starts on 2019-12-30). This is the year under which DHIS2 files the period.
 *
 * @param id - A period id, e.g. `2024July`.
 * @returns The year, 1000–9999.
 * @throws {@link LogframeError} with code `PERIOD_INVALID` if `id` is not valid.
 *
 * @example
 * ```ts
 * yearOfPeriod('2024July'); // 2024
 * yearOfPeriod('2020W1'); // 2020
 * yearOfPeriod('2023YTD10'); // 2023
 * ```
 *
 * @category Periods
 */
export function yearOfPeriod(id: string): number {
  // Every canonical id starts with its four-digit year, so after validation the prefix is the answer.
  return Number(parsePeriod(id).id.slice(0, 4));
}
