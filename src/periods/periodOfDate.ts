import { requireDay, requirePeriodType } from './checks.js';
import { periodError } from './errors.js';
import { isInRange, outOfRangeReason, spanAtDay } from './spans.js';
import type { PeriodType } from './types.js';

/**
 * Finds the period of a given type that contains a date, e.g. to file a dated report under its
 * month or quarter.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param type - Any period type except `YearToDate`.
 * @returns The id of the period containing `date`, e.g. `2024Q1`.
 * @throws {@link LogframeError} with code `DATE_INVALID` if `date` is not a valid date,
 *   `PERIOD_TYPE_INVALID` if `type` is unknown, `PERIOD_TYPE_UNSUPPORTED` for `YearToDate` (a
 *   date lies in eleven overlapping year-to-date periods, so none is "the" one), or
 *   `DATE_OUT_OF_RANGE` if the period would reach outside the years 1000–9999.
 *
 * @example
 * ```ts
 * periodOfDate('2024-05-17', 'Quarterly'); // '2024Q2'
 * periodOfDate('2019-12-30', 'Weekly'); // '2020W1'
 * periodOfDate('2025-02-01', 'FinancialApril'); // '2024April'
 * ```
 *
 * @category Periods
 */
export function periodOfDate(date: string, type: PeriodType): string {
  const days = requireDay(date);
  const checked = requirePeriodType(type);
  if (checked === 'YearToDate') {
    throw periodError(
      'PERIOD_TYPE_UNSUPPORTED',
      `periodOfDate cannot give a YearToDate period: ${date} lies in every year-to-date period of its year that ends on or after its month; choose another type (e.g. Monthly) or build the id, e.g. ${date.slice(0, 4)}YTD10 for January–October.`,
      'Unsupported period type',
    );
  }
  const span = spanAtDay(days, checked);
  if (!isInRange(span)) {
    throw periodError(
      'DATE_OUT_OF_RANGE',
      `The ${checked} period holding ${date} (${span.id}) cannot be used: ${outOfRangeReason(span)}.`,
      'Date out of range',
    );
  }
  return span.id;
}
