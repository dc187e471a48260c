import { parseDay } from './calendar.js';
import { requirePeriodType } from './checks.js';
import { parsePeriod } from './parsePeriod.js';
import { periodsWithin } from './periodsWithin.js';
import type { PeriodType } from './types.js';

/**
 * Lists the periods of one type that lie fully inside a period, e.g. the reports a monthly
 * indicator owes for a quarter when measuring reporting compliance.
 *
 * Periods that only partly overlap are left out: ISO week 1 of 2020 starts on 2019-12-30, so it is
 * not one of the weeks of 2020 here, and a report for it is expected in neither year. Use
 * {@link periodsOverlap} when partial overlap should count.
 *
 * @param id - The enclosing period, e.g. `2024Q1`.
 * @param type - The type of the periods to list.
 * @returns The ids in time order; empty if none fits (e.g. the quarters of a month).
 * @throws {@link LogframeError} with code `PERIOD_INVALID` if `id` is not valid, or
 *   `PERIOD_TYPE_INVALID` if `type` is unknown.
 *
 * @example
 * ```ts
 * subPeriods('2024', 'Quarterly'); // ['2024Q1', '2024Q2', '2024Q3', '2024Q4']
 * subPeriods('2024Q1', 'Monthly'); // ['202401', '202402', '202403']
 * subPeriods('2024', 'Weekly').length; // 52
 * subPeriods('202401', 'Quarterly'); // []
 * ```
 *
 * @category Periods
 */
export function subPeriods(id: string, type: PeriodType): string[] {
  const period = parsePeriod(id);
  return periodsWithin(parseDay(period.start) ?? 0, parseDay(period.end) ?? 0, requirePeriodType(type));
}
