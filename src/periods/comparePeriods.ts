import { parsePeriod } from './parsePeriod.js';
import type { Period } from './types.js';

/** A Period object is read by its id, so a hand-built object cannot disagree with the calendar. */
function resolve(period: string | Period): Period {
  return parsePeriod(typeof period === 'string' ? period : period.id);
}

/**
 * Orders two periods by start day, then end day, then id, so that periods sort in time and
 * periods covering the same days (`202301` and `2023YTD1`) still sort the same way every time.
 *
 * @param a - A period id or a {@link Period}.
 * @param b - A period id or a {@link Period}.
 * @returns A negative number if `a` comes first, a positive one if `b` does, `0` if they are the
 *   same period; usable directly in `Array.prototype.sort`.
 * @throws {@link LogframeError} with code `PERIOD_INVALID` if either id is not valid.
 *
 * @example
 * ```ts
 * ['2024Q2', '2024', '202401', '2023'].sort(comparePeriods); // ['2023', '202401', '2024', '2024Q2']
 * comparePeriods('2024Q1', '2024Q1'); // 0
 * ```
 *
 * @category Periods
 */
export function comparePeriods(a: string | Period, b: string | Period): number {
  const first = resolve(a);
  const second = resolve(b);
  // `YYYY-MM-DD` strings with four-digit years sort as dates, and plain `<` avoids any locale.
  if (first.start !== second.start) return first.start < second.start ? -1 : 1;
  if (first.end !== second.end) return first.end < second.end ? -1 : 1;
  if (first.id !== second.id) return first.id < second.id ? -1 : 1;
  return 0;
}

/**
 * Tells whether one period covers every day of another, both ends included.
 *
 * @param outer - The period that may contain the other (id or {@link Period}).
 * @param inner - The period that may be contained (id or {@link Period}).
 * @returns `true` if `inner` starts on or after `outer` starts and ends on or before `outer` ends.
 * @throws {@link LogframeError} with code `PERIOD_INVALID` if either id is not valid.
 *
 * @example
 * ```ts
 * periodContains('2024', '2024Q3'); // true
 * periodContains('2024', '2024W1'); // true
 * periodContains('2020', '2020W1'); // false
 * ```
 *
 * @category Periods
 */
export function periodContains(outer: string | Period, inner: string | Period): boolean {
  const container = resolve(outer);
  const contained = resolve(inner);
  return container.start <= contained.start && contained.end <= container.end;
}

/**
 * Tells whether two periods share at least one day.
 *
 * @param a - A period id or a {@link Period}.
 * @param b - A period id or a {@link Period}.
 * @returns `true` if some day lies in both.
 * @throws {@link LogframeError} with code `PERIOD_INVALID` if either id is not valid.
 *
 * @example
 * ```ts
 * periodsOverlap('2024April', '2025'); // true
 * periodsOverlap('2024Q1', '2024Q2'); // false
 * ```
 *
 * @category Periods
 */
export function periodsOverlap(a: string | Period, b: string | Period): boolean {
  const first = resolve(a);
  const second = resolve(b);
  return first.start <= second.end && second.start <= first.end;
}
