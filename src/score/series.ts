import type { Indicator } from '../model/index.js';
import type { PeriodType } from '../periods/index.js';
import { aggregationRules, isNumericMeasure } from './aggregation.js';
import { apartInStartOrder, cellsBehindTotal, flowTotals } from './flowTotals.js';
import { gridPeriodAt } from './grid.js';
import { addNote, listIds } from './notes.js';
import type { PeriodValues } from './PeriodCell.js';
import { valueCells } from './lazyPeriodValues.js';
import type { ScoringContext } from './scoringContext.js';
import { pickNonOverlapping } from './timeAggregation.js';
import type { ValueCell } from './timeAggregation.js';
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

/** Shared by outcomes without notes (most of them), so that none allocates an empty list. */
const NO_NOTES: readonly Note[] = Object.freeze([]);

/** Flows add up over time (`sum`), cumulative flows are running totals, everything else is a stock. */
export function seriesMode(indicator: Indicator): SeriesMode {
  if (aggregationRules(indicator).time !== 'sum' || !isNumericMeasure(indicator.measure)) return 'stock';
  return indicator.cumulative ? 'cumulative' : 'flow';
}

/**
 * The period type of an indicator's target periods (its "grid"), from the type of its end target's
 * period: that type (a year-to-date target counts as a year), else the reporting frequency when it
 * is year-long, else calendar years. The same rule as `gridTypeOf`, which reads the targets again.
 *
 * @param endType - The type of the end target's period, or `null` without targets.
 * @param frequency - The indicator's reporting frequency.
 * @returns The grid's period type.
 */
export function seriesGridType(endType: PeriodType | null, frequency: Indicator['frequency']): PeriodType {
  if (endType !== null) return endType === 'YearToDate' ? 'Yearly' : endType;
  switch (frequency) {
    case 'Yearly':
    case 'FinancialApril':
    case 'FinancialJuly':
    case 'FinancialOct':
    case 'FinancialNov':
      return frequency;
    default:
      return 'Yearly';
  }
}

/** What {@link buildSeries} needs besides the period values. */
export interface SeriesInputs {
  readonly indicator: Indicator;
  readonly values: PeriodValues;
  readonly context: ScoringContext;
  /** The grid's period type ({@link seriesGridType}). */
  readonly gridType: PeriodType;
  /** The baseline's time, or `null` without a baseline. */
  readonly baselineT: number | null;
}

/**
 * Builds the series and picks the current value:
 * - flows: one point per target period (e.g. year), the sum of its sub-periods; a target period not
 *   complete (not ended, or sub-periods missing) is partial and cannot be current;
 * - cumulative flows: running totals from the plan's start at the end of each reported period;
 * - stocks: one point per end date (a longer period wins over a sub-period ending the same day).
 * The current value is the latest point that has ended by `asOf` and stands after the baseline.
 */
export function buildSeries(inputs: SeriesInputs): SeriesOutcome {
  const { values, context, gridType, baselineT } = inputs;
  const mode = seriesMode(inputs.indicator);
  const asOf = context.asOf;
  let issues: Note[] | null = null;
  let resultNotes: Note[] | null = null;
  let traceNotes: Note[] | null = null;

  // Light cells (no part lists): the series reads values, spans and counts only.
  const cells = valueCells(values);
  const points: SeriesPoint[] = [];
  // For running totals, the cells picked: those up to the current point are behind it.
  let picked: readonly ValueCell[] | null = null;
  if (mode === 'flow') {
    const misaligned = flowTotals(cells, gridType, asOf, points);
    if (misaligned !== null) {
      addNote(issues = [], 'PERIOD_NOT_ALIGNED', `${listIds(misaligned)} ${misaligned.length === 1 ? 'spans' : 'span'} two ${gridType} target periods, so ${misaligned.length === 1 ? 'it is' : 'they are'} left out of the period totals; report by ${gridType} periods or their sub-periods.`);
    }
  } else if (mode === 'cumulative') {
    const planStart = context.planStart;
    let eligible: readonly ValueCell[] = cells;
    if (cells.some((cell) => cell.start < planStart)) {
      const before = cells.filter((cell) => cell.start < planStart);
      addNote(traceNotes = [], 'PRE_PLAN_EXCLUDED', `${listIds(before.map((cell) => cell.period))} ${before.length === 1 ? 'starts' : 'start'} before the plan (${planStart}), so ${before.length === 1 ? 'it is' : 'they are'} not part of the running total.`);
      eligible = cells.filter((item) => item.start >= planStart);
    }
    picked = apartInStartOrder(eligible) ? eligible : pickNonOverlapping(eligible);
    let running = 0;
    for (const cell of picked) {
      running += cell.value as number;
      points.push({ period: cell.period, value: running, t: timeAfter(cell.end), observations: cell.observations, partial: isPartial(cell, gridType, asOf) });
    }
  } else {
    for (const cell of longestByEnd(cells)) {
      points.push({ period: cell.period, value: cell.value, t: timeAfter(cell.end), observations: cell.observations, partial: isPartial(cell, gridType, asOf) });
    }
  }

  const tAsOf = context.tAsOf;
  let currentIndex = -1;
  let early = 0;
  for (let index = 0; index < points.length; index++) {
    const point = points[index] as SeriesPoint;
    if (!afterBaseline(point.t, baselineT)) {
      early++;
      continue;
    }
    if (point.t > tAsOf) continue;
    if (mode === 'flow' && point.partial) continue;
    currentIndex = index;
  }
  if (early > 0) {
    const ids = points.filter((point) => !afterBaseline(point.t, baselineT)).map((point) => point.period);
    addNote(traceNotes ??= [], 'BEFORE_BASELINE', `Values for ${listIds(ids)} do not stand after the baseline, so they are shown but cannot be the current value.`);
  }
  if (mode === 'flow') {
    let skipped: string[] | null = null;
    for (let index = currentIndex + 1; index < points.length; index++) {
      const point = points[index] as SeriesPoint;
      if (point.partial && afterBaseline(point.t, baselineT)) (skipped ??= []).push(point.period);
    }
    if (skipped !== null) {
      const currentText = currentIndex >= 0 ? `the current value is ${(points[currentIndex] as SeriesPoint).period}, the latest complete one` : 'no complete one is available yet';
      addNote(resultNotes = [], 'PARTIAL_PERIOD_EXCLUDED', `${listIds(skipped)} ${skipped.length === 1 ? 'is' : 'are'} not complete at ${asOf} (shown as partial in the series); ${currentText}.`);
    }
  }
  return {
    mode,
    series: points,
    current: currentIndex < 0 ? null : currentOf(inputs, cells, points, currentIndex, mode, picked),
    issues: issues ?? NO_NOTES,
    resultNotes: resultNotes ?? NO_NOTES,
    traceNotes: traceNotes ?? NO_NOTES,
  };
}

/** The current point with the observations and periods behind it. */
function currentOf(inputs: SeriesInputs, cells: readonly ValueCell[], points: readonly SeriesPoint[], index: number, mode: SeriesMode, picked: readonly ValueCell[] | null): SeriesOutcome['current'] {
  const point = points[index] as SeriesPoint;
  if (mode === 'flow') {
    // Only the current total needs its cells listed: they are looked up again for it alone.
    const behind = cellsBehindTotal(cells, inputs.gridType, point.period);
    return { point, observations: point.observations, periods: behind.map((cell) => cell.period) };
  }
  if (picked !== null) {
    // A running total stands on every cell picked up to it.
    const periods: string[] = [];
    for (let at = 0; at <= index; at++) periods.push((picked[at] as ValueCell).period);
    return { point, observations: sumObservations(picked, index + 1), periods };
  }
  return { point, observations: point.observations, periods: [point.period] };
}

/** The longest cell (earliest start) for each end date, ordered by end. */
function longestByEnd(cells: readonly ValueCell[]): ValueCell[] {
  // A stock has a few cells per indicator: a list searched in place is cheaper than a map then.
  if (cells.length > 32) {
    const byEnd = new Map<string, ValueCell>();
    for (const cell of cells) {
      const held = byEnd.get(cell.end);
      if (held === undefined || cell.start < held.start) byEnd.set(cell.end, cell);
    }
    return Array.from(byEnd.values()).sort((a, b) => (a.end < b.end ? -1 : 1));
  }
  // Kept ordered by end as they come (insertion), one per end.
  const kept: ValueCell[] = [];
  for (const cell of cells) {
    let at = kept.length;
    while (at > 0 && (kept[at - 1] as ValueCell).end > cell.end) at--;
    const held = kept[at - 1];
    if (held !== undefined && held.end === cell.end) {
      if (cell.start < held.start) kept[at - 1] = cell;
    } else if (at === kept.length) kept.push(cell);
    else kept.splice(at, 0, cell);
  }
  return kept;
}

/** Whether a value's time stands after the baseline (always, without a baseline). */
function afterBaseline(t: number, baselineT: number | null): boolean {
  return baselineT === null || t > baselineT;
}

/** Whether a cell has not ended at `asOf`, or is a part of a grid period that has not. */
function isPartial(cell: ValueCell, gridType: PeriodType, asOf: string): boolean {
  if (cell.end > asOf) return true;
  const grid = gridPeriodAt(cell.start, gridType);
  return grid.end > asOf && grid.id !== cell.period && grid.end >= cell.end;
}

function sumObservations(cells: readonly ValueCell[], count: number): number {
  let total = 0;
  for (let index = 0; index < count; index++) total += (cells[index] as ValueCell).observations;
  return total;
}
