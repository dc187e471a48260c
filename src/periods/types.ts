/**
 * The kind of a period, named as DHIS2 names its period types so that ids and types move to and
 * from DHIS2 unchanged; `YearToDate` (e.g. `2023YTD10`) is this library's own addition.
 *
 * @example
 * ```ts
 * const type: PeriodType = 'Quarterly';
 * parsePeriod('2024Q1').type === type; // true
 * ```
 *
 * @category Periods
 */
export type PeriodType =
  | 'Yearly'
  | 'FinancialApril'
  | 'FinancialJuly'
  | 'FinancialOct'
  | 'FinancialNov'
  | 'YearToDate'
  | 'SixMonthly'
  | 'Quarterly'
  | 'Monthly'
  | 'Weekly'
  | 'Daily';

/**
 * Every {@link PeriodType}, coarsest first: the year-long types (calendar year, then financial
 * years by their first month), then `YearToDate` (one to eleven months from January), then the
 * sub-year types from six months down to one day.
 *
 * The order is fixed so that menus, legends and schemas built from it are stable across releases.
 *
 * @example
 * ```ts
 * PERIOD_TYPES[0]; // 'Yearly'
 * PERIOD_TYPES.length; // 11
 * ```
 *
 * @category Periods
 */
export const PERIOD_TYPES = Object.freeze([
  'Yearly',
  'FinancialApril',
  'FinancialJuly',
  'FinancialOct',
  'FinancialNov',
  'YearToDate',
  'SixMonthly',
  'Quarterly',
  'Monthly',
  'Weekly',
  'Daily',
] as const satisfies readonly PeriodType[]);

// Fails to compile if a PeriodType is added to the union but not to PERIOD_TYPES.
type AssertNever<T extends never> = T;
type _AllPeriodTypesListed = AssertNever<Exclude<PeriodType, (typeof PERIOD_TYPES)[number]>>;

/**
 * Tells whether a value is one of the {@link PERIOD_TYPES}; use it to check a type that came from
 * a file or a user before passing it on.
 *
 * @param value - Anything.
 * @returns `true` if `value` is a period type name (case-sensitive).
 *
 * @example
 * ```ts
 * isPeriodType('Monthly'); // true
 * isPeriodType('monthly'); // false
 * ```
 *
 * @category Periods
 */
export function isPeriodType(value: unknown): value is PeriodType {
  return typeof value === 'string' && (PERIOD_TYPES as readonly string[]).includes(value);
}

/**
 * A period: its canonical id, its type and the days it covers. Both ends are inclusive calendar
 * days written `YYYY-MM-DD`, so `2024Q1` ends on `2024-03-31`, not on `2024-04-01`.
 *
 * Objects returned by this library are frozen, because parsed periods are shared between calls.
 *
 * @example
 * ```ts
 * const q1: Period = parsePeriod('2024Q1');
 * q1.end; // '2024-03-31'
 * ```
 *
 * @category Periods
 */
export interface Period {
  /** The canonical DHIS2-style id, e.g. `2024Q1`, `202401`, `2024W5`, `2024April`, `2023YTD10`. */
  readonly id: string;
  /** The period type, e.g. `Quarterly`. */
  readonly type: PeriodType;
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day, inclusive, `YYYY-MM-DD`. */
  readonly end: string;
}
