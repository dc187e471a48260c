// Internal: the interval of each kind of period as day numbers, built from the numbers in an id,
// and the period of a type that holds a given day. Both directions live here so that they cannot
// drift apart; the round-trip tests hold them to each other.
import {
  civilDate,
  dayNumber,
  daysInMonth,
  FIRST_DAY,
  formatDay,
  isoWeekOf,
  isoWeekOneMonday,
  LAST_DAY,
  MAX_YEAR,
  MIN_YEAR,
  pad2,
} from './calendar.js';
import type { Period, PeriodType } from './types.js';

/** A period with its interval as day numbers, for arithmetic without re-reading dates. */
export interface PeriodSpan {
  readonly id: string;
  readonly type: PeriodType;
  readonly startDay: number;
  readonly endDay: number;
}

export type FinancialType = 'FinancialApril' | 'FinancialJuly' | 'FinancialOct' | 'FinancialNov';

/** The id suffix and first month of each financial year type, as DHIS2 writes them. */
export const FINANCIAL: Readonly<Record<FinancialType, { readonly suffix: string; readonly month: number }>> = {
  FinancialApril: { suffix: 'April', month: 4 },
  FinancialJuly: { suffix: 'July', month: 7 },
  FinancialOct: { suffix: 'Oct', month: 10 },
  FinancialNov: { suffix: 'Nov', month: 11 },
};

export function financialTypeOfSuffix(suffix: string): FinancialType | undefined {
  for (const type of Object.keys(FINANCIAL) as FinancialType[]) if (FINANCIAL[type].suffix === suffix) return type;
  return undefined;
}

function span(id: string, type: PeriodType, startDay: number, endDay: number): PeriodSpan {
  return { id, type, startDay, endDay };
}

function monthsSpan(id: string, type: PeriodType, year: number, firstMonth: number, lastMonth: number): PeriodSpan {
  return span(id, type, dayNumber(year, firstMonth, 1), dayNumber(year, lastMonth, daysInMonth(year, lastMonth)));
}

export function yearlySpan(year: number): PeriodSpan {
  return monthsSpan(String(year), 'Yearly', year, 1, 12);
}

export function sixMonthlySpan(year: number, half: number): PeriodSpan {
  return monthsSpan(`${year}S${half}`, 'SixMonthly', year, half * 6 - 5, half * 6);
}

export function quarterlySpan(year: number, quarter: number): PeriodSpan {
  return monthsSpan(`${year}Q${quarter}`, 'Quarterly', year, quarter * 3 - 2, quarter * 3);
}

export function monthlySpan(year: number, month: number): PeriodSpan {
  return monthsSpan(`${year}${pad2(month)}`, 'Monthly', year, month, month);
}

export function yearToDateSpan(year: number, month: number): PeriodSpan {
  return monthsSpan(`${year}YTD${month}`, 'YearToDate', year, 1, month);
}

export function weeklySpan(weekYear: number, week: number): PeriodSpan {
  const start = isoWeekOneMonday(weekYear) + (week - 1) * 7;
  return span(`${weekYear}W${week}`, 'Weekly', start, start + 6);
}

export function dailySpan(year: number, month: number, day: number): PeriodSpan {
  const days = dayNumber(year, month, day);
  return span(`${year}${pad2(month)}${pad2(day)}`, 'Daily', days, days);
}

export function financialSpan(year: number, type: FinancialType): PeriodSpan {
  const { suffix, month } = FINANCIAL[type];
  return span(`${year}${suffix}`, type, dayNumber(year, month, 1), dayNumber(year + 1, month, 1) - 1);
}

/** Whether a span lies inside the supported days; some ids at the edges (9999April, 1000W1) do not. */
export function isInRange(value: PeriodSpan): boolean {
  return value.startDay >= FIRST_DAY && value.endDay <= LAST_DAY;
}

/**
 * The period of `type` that holds `days`. The result may reach outside the supported days (e.g.
 * the ISO week of 1000-01-01 starts in 999); callers check with isInRange. YearToDate has no
 * single period per day, so callers must not ask for it.
 */
export function spanAtDay(days: number, type: Exclude<PeriodType, 'YearToDate'>): PeriodSpan {
  const { year, month, day } = civilDate(days);
  switch (type) {
    case 'Yearly':
      return yearlySpan(year);
    case 'SixMonthly':
      return sixMonthlySpan(year, month <= 6 ? 1 : 2);
    case 'Quarterly':
      return quarterlySpan(year, Math.ceil(month / 3));
    case 'Monthly':
      return monthlySpan(year, month);
    case 'Weekly': {
      const { weekYear, week } = isoWeekOf(days);
      return weeklySpan(weekYear, week);
    }
    case 'Daily':
      return dailySpan(year, month, day);
    case 'FinancialApril':
    case 'FinancialJuly':
    case 'FinancialOct':
    case 'FinancialNov':
      return financialSpan(month >= FINANCIAL[type].month ? year : year - 1, type);
  }
}

/** Why a span outside the supported days cannot be used, for error messages. */
export function outOfRangeReason(value: PeriodSpan): string {
  return `it would run from ${formatDay(value.startDay)} to ${formatDay(value.endDay)}, outside the supported years ${MIN_YEAR}–${MAX_YEAR}`;
}

export function toPeriod(value: PeriodSpan): Period {
  return Object.freeze({ id: value.id, type: value.type, start: formatDay(value.startDay), end: formatDay(value.endDay) });
}
