import type { Indicator, Strategy } from '../model/index.js';
import { aggregationRules, isNumericMeasure } from './aggregation.js';
import { gridPeriodAt, gridTypeOf } from './grid.js';
import { addNote, listIds } from './notes.js';
import type { PeriodCell, PeriodValues } from './PeriodCell.js';
import { aggregateOver, pickNonOverlapping } from './timeAggregation.js';
import { timeAfter } from './timeAxis.js';
import type { Note, SeriesPoint } from './types.js';

/** How values of an indicator behave over time. */
export type SeriesMode = 'flow' | 'cumulative' | 'stock';

/** The series of an indicator and its current value. */
export interface SeriesOutcome {
  readonly mode: SeriesMode;
  readonly series: readonly SeriesPoint[];
  /** The current value: its point, the observations behind it and the periods it adds up. */
  readonly current: { readonly point: SeriesPoint; readonly observations: number; readonly periods: readonly string[] } | null;
  readonly issues: readonly Note[];
  readonly resultNotes: readonly Note[];
  readonly traceNotes: readonly Note[];
}

/** Flows add up over time (`sum`), cumulative flows are running totals, everything else is a stock. */
export function seriesMode(indicator: Indicator): SeriesMode {
  if (aggregationRules(indicator).time !== 'sum' || !isNumericMeasure(indicator.measure)) return 'stock';
  return indicator.cumulative ? 'cumulative' : 'flow';
}

/**
 * Builds the series and picks the current value:
 * - flows: one point per target period (e.g. year), the sum of its sub-periods; a target period not
 *   complete (not ended, or sub-periods missing) is partial and cannot be current;
 * - cumulative flows: running totals from the plan's start at the end of each reported period;
 * - stocks: one point per end date (a longer period wins over a sub-period ending the same day).
 * The current value is the latest point that has ended by `asOf` and stands after the baseline.
 */
export function buildSeries(indicator: Indicator, strategy: Strategy, values: PeriodValues, asOf: string, baselineT: number | null): SeriesOutcome {
  const mode = seriesMode(indicator);
  const gridType = gridTypeOf(indicator, asOf);
  const issues: Note[] = [];
  const resultNotes: Note[] = [];
  const traceNotes: Note[] = [];
  const afterBaseline = (t: number) => baselineT === null || t > baselineT;
  const isPartial = (cell: PeriodCell) => {
    if (cell.end > asOf) return true;
    const grid = gridPeriodAt(cell.start, gridType);
    return grid.end > asOf && grid.id !== cell.period && grid.end >= cell.end;
  };

  const points: SeriesPoint[] = [];
  const backing: { observations: number; periods: string[] }[] = [];
  if (mode === 'flow') {
    const groups = new Map<string, { grid: { period: string; start: string; end: string }; cells: PeriodCell[] }>();
    const misaligned: string[] = [];
    for (const cell of values.cells) {
      const grid = gridPeriodAt(cell.start, gridType);
      if (grid.end < cell.end) {
        misaligned.push(cell.period);
        continue;
      }
      const group = groups.get(grid.id) ?? { grid: { period: grid.id, start: grid.start, end: grid.end }, cells: [] };
      group.cells.push(cell);
      groups.set(grid.id, group);
    }
    if (misaligned.length > 0) {
      addNote(issues, 'PERIOD_NOT_ALIGNED', `${listIds(misaligned)} ${misaligned.length === 1 ? 'spans' : 'span'} two ${gridType} target periods, so ${misaligned.length === 1 ? 'it is' : 'they are'} left out of the period totals; report by ${gridType} periods or their sub-periods.`);
    }
    for (const { grid, cells } of [...groups.values()].sort((a, b) => (a.grid.start < b.grid.start ? -1 : 1))) {
      const aggregate = aggregateOver(cells, grid, 'sum');
      if (aggregate === null) continue;
      const partial = !aggregate.complete || grid.end > asOf;
      points.push({ period: grid.period, value: aggregate.value, t: timeAfter(grid.end), observations: sumObservations(aggregate.used), partial });
      backing.push({ observations: sumObservations(aggregate.used), periods: aggregate.used.map((cell) => cell.period) });
    }
  } else if (mode === 'cumulative') {
    const planStart = `${strategy.period.start}-01-01`;
    const before = values.cells.filter((cell) => cell.start < planStart);
    if (before.length > 0) {
      addNote(traceNotes, 'PRE_PLAN_EXCLUDED', `${listIds(before.map((cell) => cell.period))} ${before.length === 1 ? 'starts' : 'start'} before the plan (${planStart}), so ${before.length === 1 ? 'it is' : 'they are'} not part of the running total.`);
    }
    let running = 0;
    let observations = 0;
    const periods: string[] = [];
    for (const cell of pickNonOverlapping(values.cells.filter((item) => item.start >= planStart))) {
      running += cell.value as number;
      observations += cell.observations;
      periods.push(cell.period);
      points.push({ period: cell.period, value: running, t: timeAfter(cell.end), observations: cell.observations, partial: isPartial(cell) });
      backing.push({ observations, periods: [...periods] });
    }
  } else {
    const byEnd = new Map<string, PeriodCell>();
    // Cells come longest first within a start date; across start dates keep the longest per end.
    for (const cell of values.cells) {
      const held = byEnd.get(cell.end);
      if (held === undefined || cell.start < held.start) byEnd.set(cell.end, cell);
    }
    for (const cell of [...byEnd.values()].sort((a, b) => (a.end < b.end ? -1 : 1))) {
      points.push({ period: cell.period, value: cell.value, t: timeAfter(cell.end), observations: cell.observations, partial: isPartial(cell) });
      backing.push({ observations: cell.observations, periods: [cell.period] });
    }
  }

  let currentIndex = -1;
  for (let index = 0; index < points.length; index++) {
    const point = points[index] as SeriesPoint;
    const ended = timeAfterEnded(point, asOf);
    if (!ended || !afterBaseline(point.t)) continue;
    if (mode === 'flow' && point.partial) continue;
    currentIndex = index;
  }
  const early = points.filter((point) => !afterBaseline(point.t));
  if (early.length > 0) {
    addNote(traceNotes, 'BEFORE_BASELINE', `Values for ${listIds(early.map((point) => point.period))} do not stand after the baseline, so they are shown but cannot be the current value.`);
  }
  if (mode === 'flow') {
    const skipped = points.slice(currentIndex + 1).filter((point) => point.partial && afterBaseline(point.t));
    if (skipped.length > 0) {
      const currentText = currentIndex >= 0 ? `the current value is ${(points[currentIndex] as SeriesPoint).period}, the latest complete one` : 'no complete one is available yet';
      addNote(resultNotes, 'PARTIAL_PERIOD_EXCLUDED', `${listIds(skipped.map((point) => point.period))} ${skipped.length === 1 ? 'is' : 'are'} not complete at ${asOf} (shown as partial in the series); ${currentText}.`);
    }
  }
  const current = currentIndex < 0 ? null : { point: points[currentIndex] as SeriesPoint, observations: (backing[currentIndex] as { observations: number }).observations, periods: (backing[currentIndex] as { periods: string[] }).periods };
  return { mode, series: points, current, issues, resultNotes, traceNotes };
}

function sumObservations(cells: readonly PeriodCell[]): number {
  let total = 0;
  for (const cell of cells) total += cell.observations;
  return total;
}

/** Whether a point's period has ended by `asOf` (its time is at most the end of `asOf`). */
function timeAfterEnded(point: SeriesPoint, asOf: string): boolean {
  return point.t <= timeAfter(asOf);
}
