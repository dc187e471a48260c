import { parseDay } from './calendar.js';
import { requirePeriodType } from './checks.js';
import { periodError } from './errors.js';
import { parsePeriod } from './parsePeriod.js';
import { periodsWithin } from './periodsWithin.js';
import type { PeriodType } from './types.js';

/**
 * Lists the periods of one type that lie within a range, from the first day of `from` to the last
 * day of `to`, e.g. to lay out the columns of a report or the milestones of a plan.
 *
 * Only periods that fit entirely inside the range are listed: a week that straddles the start of
 * the range is left out rather than counted twice by two ranges. Year-to-date periods nest, so the
 * range of `2023YTD3` alone lists `2023YTD1`, `2023YTD2` and `2023YTD3`.
 *
 * @param from - The period whose first day starts the range.
 * @param to - The period whose last day ends the range.
 * @param type - The type of the periods to list; defaults to the type of `from`.
 * @returns The ids in time order (see {@link comparePeriods}); empty if none fits.
 * @throws {@link LogframeError} with code `PERIOD_INVALID` if `from` or `to` is not a valid id,
 *   `PERIOD_TYPE_INVALID` if `type` is unknown, or `PERIOD_RANGE_INVALID` if `to` ends before
 *   `from` starts.
 *
 * @example
 * ```ts
 * periodsBetween('2024', '2028'); // ['2024', '2025', '2026', '2027', '2028']
 * periodsBetween('2024Q3', '2025Q2'); // ['2024Q3', '2024Q4', '2025Q1', '2025Q2']
 * periodsBetween('2024', '2024', 'SixMonthly'); // ['2024S1', '2024S2']
 * ```
 *
 * @category Periods
 */
export function periodsBetween(from: string, to: string, type?: PeriodType): string[] {
  const first = parsePeriod(from);
  const last = parsePeriod(to);
  const wanted = requirePeriodType(type ?? first.type);
  if (last.end < first.start) {
    throw periodError(
      'PERIOD_RANGE_INVALID',
      `Period ${to} (${last.start} to ${last.end}) ends before period ${from} starts (${first.start}); swap them.`,
      'Invalid period range',
    );
  }
  return periodsWithin(parseDay(first.start) ?? 0, parseDay(last.end) ?? 0, wanted);
}
