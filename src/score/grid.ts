import type { Indicator } from '../model/index.js';
import { targetsInForce } from '../model/index.js';
import { parsePeriod, periodOfDate } from '../periods/index.js';
import type { Period, PeriodType } from '../periods/index.js';

const YEAR_LONG: ReadonlySet<PeriodType> = new Set(['Yearly', 'FinancialApril', 'FinancialJuly', 'FinancialOct', 'FinancialNov']);

/**
 * The period type of an indicator's target periods (its "grid"): the type of its end target, else
 * its reporting frequency when that is a year-long type, else calendar years. Flows are added up
 * over grid periods, and a grid period not yet complete is partial.
 */
export function gridTypeOf(indicator: Pick<Indicator, 'targets' | 'frequency'>, asOf: string): PeriodType {
  const last = targetsInForce(indicator, asOf).at(-1);
  if (last !== undefined) {
    const type = parsePeriod(last.period).type;
    return type === 'YearToDate' ? 'Yearly' : type;
  }
  return YEAR_LONG.has(indicator.frequency) ? indicator.frequency : 'Yearly';
}

/** The grid period that starts where a period starts (it may not contain the whole period). */
export function gridPeriodAt(start: string, type: PeriodType): Period {
  let byStart = grids.get(type);
  if (byStart === undefined) {
    byStart = new Map();
    grids.set(type, byStart);
  }
  let period = byStart.get(start);
  if (period === undefined) {
    period = parsePeriod(periodOfDate(start, type));
    // Pure and asked for every cell of every indicator: remembered, bounded by clearing.
    if (byStart.size >= 10_000) byStart.clear();
    byStart.set(start, period);
  }
  return period;
}

const grids = new Map<PeriodType, Map<string, Period>>();
