import type { Problem } from '../problems/Problem.js';
import { periodError, periodProblem } from './errors.js';
import { readPeriodId } from './readPeriodId.js';
import { toPeriod } from './spans.js';
import type { Period } from './types.js';

// Parsing is pure, so remembering answers cannot change them; it only saves the regex and date
// work when the same few hundred ids come back in every row of a large CSV. Bounded by clearing,
// which is crude but keeps memory flat without the bookkeeping of an LRU.
const CACHE_LIMIT = 10_000;
const cache = new Map<string, Period>();

/**
 * The result of {@link safeParsePeriod}: the period, or the problems that stop the id from
 * being read.
 *
 * @example
 * ```ts
 * const result: SafeParsePeriodResult = safeParsePeriod('2024Q5');
 * result.ok ? result.value.end : result.problems[0]?.code; // 'PERIOD_INVALID'
 * ```
 *
 * @category Periods
 */
export type SafeParsePeriodResult =
  | {
      /** The id was read. */
      readonly ok: true;
      /** The period. */
      readonly value: Period;
    }
  | {
      /** The id was not read. */
      readonly ok: false;
      /** Why: one problem of code `PERIOD_INVALID`. */
      readonly problems: readonly Problem[];
    };

/**
 * Reads a DHIS2-style period id into its type and the days it covers.
 *
 * Accepted ids: `2024` (Yearly), `2024S1` (SixMonthly), `2024Q1` (Quarterly), `202401` (Monthly),
 * `2024W5` (Weekly, ISO 8601), `20240131` (Daily), `2024April`, `2024July`, `2024Oct`, `2024Nov`
 * (financial years starting in that month of 2024) and `2023YTD10` (YearToDate, January–October
 * 2023). Years run from 1000 to 9999. Only the canonical spelling is accepted, so that each period
 * has one id and ids can be compared as strings; near misses such as `2024W05` or `2024-01` are
 * refused with the id to write instead.
 *
 * @param id - The period id, e.g. `2024Q1`.
 * @returns The period, frozen: `{ id, type, start, end }` with inclusive `YYYY-MM-DD` ends.
 * @throws {@link LogframeError} with one problem of code `PERIOD_INVALID` whose message names the
 *   id, says why it is invalid and, where it can, what to write instead.
 *
 * @example
 * ```ts
 * parsePeriod('2024Q1'); // { id: '2024Q1', type: 'Quarterly', start: '2024-01-01', end: '2024-03-31' }
 * parsePeriod('2020W1').start; // '2019-12-30'
 * parsePeriod('2024April').end; // '2025-03-31'
 * parsePeriod('2023YTD10').end; // '2023-10-31'
 * ```
 *
 * @category Periods
 */
export function parsePeriod(id: string): Period {
  const result = safeParsePeriod(id);
  if (result.ok) return result.value;
  throw periodError('PERIOD_INVALID', result.problems[0]?.message ?? 'Invalid period id.', 'Invalid period id');
}

/**
 * Reads a period id like {@link parsePeriod}, but returns the problems instead of throwing.
 *
 * @param id - The period id, e.g. `2024Q1`; any value is accepted and checked, so it can take
 *   untrusted input such as a CSV cell or a JSON field.
 * @returns `{ ok: true, value }` with the period, or `{ ok: false, problems }` with one problem of
 *   code `PERIOD_INVALID`.
 *
 * @example
 * ```ts
 * safeParsePeriod('202401').ok; // true
 * safeParsePeriod('2024W05').ok; // false
 * ```
 *
 * @category Periods
 */
export function safeParsePeriod(id: unknown): SafeParsePeriodResult {
  if (typeof id === 'string') {
    const cached = cache.get(id);
    if (cached !== undefined) return { ok: true, value: cached };
  }
  const read = readPeriodId(id);
  if (typeof read === 'string') return { ok: false, problems: [periodProblem('PERIOD_INVALID', read)] };
  const period = toPeriod(read);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(period.id, period);
  return { ok: true, value: period };
}
