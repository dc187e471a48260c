import type { Indicator, Strategy } from '../model/index.js';
import { addDays, parsePeriod, periodOfDate } from '../periods/index.js';
import { timeAfter } from './timeAxis.js';

/**
 * What every indicator of one evaluation shares: the evaluation date, its time, the plan's bounds,
 * and whether a first value is due by reporting frequency. Built once per evaluation and passed
 * down, so that scoring 10^4 indicators does not work these out 10^4 times; it belongs to that one
 * evaluation (one strategy, one `asOf`) and is dropped with it.
 */
export interface ScoringContext {
  /** The evaluation date. */
  readonly asOf: string;
  /** The decimal year at the end of `asOf`. */
  readonly tAsOf: number;
  /** The plan's first day (`YYYY-01-01`). */
  readonly planStart: string;
  /** The plan's last day (`YYYY-12-31`). */
  readonly planEnd: string;
  /** The decimal year at the end of the plan. */
  readonly tPlanEnd: number;
  /** Whether a first value is due at `asOf`, by reporting frequency; filled as frequencies come up. */
  readonly firstDue: Map<Indicator['frequency'], boolean>;
}

/**
 * The shared context of one evaluation of a strategy as of a date.
 *
 * @param strategy - The strategy.
 * @param asOf - The evaluation date (`YYYY-MM-DD`).
 * @returns A fresh context, to be used for that strategy and date only.
 */
export function scoringContext(strategy: Strategy, asOf: string): ScoringContext {
  const planEnd = `${strategy.period.end}-12-31`;
  return { asOf, tAsOf: timeAfter(asOf), planStart: `${strategy.period.start}-01-01`, planEnd, tPlanEnd: timeAfter(planEnd), firstDue: new Map() };
}

/**
 * Whether a value is due at `asOf` for an indicator's reporting frequency: the first period of that
 * frequency starting inside the plan has ended. Remembered in the context by frequency.
 *
 * @param context - The evaluation's context.
 * @param frequency - The reporting frequency.
 * @returns Whether the first value is due.
 */
export function firstValueDueIn(context: ScoringContext, frequency: Indicator['frequency']): boolean {
  let due = context.firstDue.get(frequency);
  if (due === undefined) {
    let first = parsePeriod(periodOfDate(context.planStart, frequency));
    if (first.start < context.planStart) first = parsePeriod(periodOfDate(addDays(first.end, 1), frequency));
    due = first.end <= context.asOf;
    context.firstDue.set(frequency, due);
  }
  return due;
}
