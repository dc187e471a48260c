// Internal: how logframe's words map to IATI 2.03 codes, and IATI date ranges to period ids.
import type { Direction, Level, Measure, Strategy } from '../../model/index.js';
import { parsePeriod, periodOfDate } from '../../periods/index.js';
import type { PeriodType } from '../../periods/index.js';

/** The namespace of logframe's extension elements inside IATI XML (IATI allows any other namespace). */
export const LOGFRAME_NAMESPACE = 'urn:logframe:iati:1';

/** IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative. */
export const IATI_MEASURE: Readonly<Record<Measure, string>> = {
  count: '1',
  ratio: '1',
  rate: '1',
  currency: '1',
  percent: '2',
  boolean: '3',
  ordinal: '4',
  qualitative: '5',
};

/** IATI ResultType codes by the level ids a file without logframe's extension gets. */
export const LEVEL_OF_TYPE: Readonly<Record<string, string>> = { '1': 'output', '2': 'outcome', '3': 'impact', '9': 'other' };
const TYPE_OF_LEVEL: Readonly<Record<string, string>> = { output: '1', outcome: '2', impact: '3', other: '9' };

/**
 * The result type of each level: the caller's choice, else the code of a level named output,
 * outcome, impact or other, else output (1) for the deepest level of two or more and outcome (2)
 * for the others.
 */
export function resultTypes(strategy: Pick<Strategy, 'levels'>, chosen: Readonly<Record<string, string>> = {}): Map<string, string> {
  const types = new Map<string, string>();
  strategy.levels.forEach((level: Level, index) => {
    const named = TYPE_OF_LEVEL[level.id.toLowerCase()];
    const deepest = strategy.levels.length > 1 && index === strategy.levels.length - 1;
    types.set(level.id, chosen[level.id] ?? named ?? (deepest ? '1' : '2'));
  });
  return types;
}

/** `@ascending`: true when more is better, false when less is better, absent otherwise. */
export function ascendingOf(direction: Direction): string | undefined {
  if (direction === 'increase') return 'true';
  if (direction === 'decrease') return 'false';
  return undefined;
}

const RANGE_TYPES: readonly Exclude<PeriodType, 'YearToDate'>[] = ['Yearly', 'SixMonthly', 'Quarterly', 'Monthly', 'FinancialApril', 'FinancialJuly', 'FinancialOct', 'FinancialNov', 'Weekly', 'Daily'];

/** The period id whose days run exactly from `start` to `end`, or undefined. */
export function periodOfRange(start: string, end: string): string | undefined {
  for (const type of RANGE_TYPES) {
    let id: string;
    try {
      id = periodOfDate(start, type);
    } catch {
      return undefined;
    }
    const period = parsePeriod(id);
    if (period.start === start && period.end === end) return id;
  }
  const ytd = /^(\d{4})-01-01$/.exec(start);
  if (ytd && end.startsWith(`${ytd[1] ?? ''}-`)) {
    const month = Number(end.slice(5, 7));
    const id = `${ytd[1] ?? ''}YTD${month}`;
    try {
      if (parsePeriod(id).end === end) return id;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
