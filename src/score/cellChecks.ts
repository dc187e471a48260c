import type { AggregationRules } from './aggregation.js';
import type { CellScratch } from './cellScratch.js';
import { listIds, show } from './notes.js';
import { nearlyEqual } from './numbers.js';
import type { PeriodCell } from './PeriodCell.js';
import { aggregateOver, pickNonOverlapping } from './timeAggregation.js';
import type { Note } from './types.js';

// The checks of an indicator's cells against each other (sub-periods, mixed period lengths). Both
// only look at pairs of cells where one is shorter than the other and overlaps it: most indicators
// have none, which `overlapsShorter` finds on day numbers alone, without the cell objects.

/**
 * Whether some cell overlaps a longer one (the only case the checks below look at).
 *
 * @param startDay - First day number of each cell.
 * @param endDay - Last day number of each cell.
 * @param count - How many cells.
 * @returns Whether such a pair exists.
 */
export function overlapsShorter(startDay: Int32Array, endDay: Int32Array, count: number): boolean {
  for (let a = 0; a < count; a++) {
    const start = startDay[a] as number;
    const end = endDay[a] as number;
    for (let b = 0; b < count; b++) {
      if ((startDay[b] as number) <= end && start <= (endDay[b] as number) && (endDay[b] as number) - (startDay[b] as number) < end - start) return true;
    }
  }
  return false;
}

/**
 * Flags reported values of a period that disagree with a complete set of its sub-periods. The
 * cells' first and last days are in `scratch.startDay`/`endDay` (day numbers: whole-number
 * comparisons, no date strings); most cells have no sub-period, and are passed over with no allocation.
 *
 * @param cells - An indicator's cells.
 * @param scratch - Working memory, with the cells' days.
 * @param rule - The indicator's time rule.
 * @param issues - Receives `TOTAL_MISMATCH` issues.
 */
export function checkSubPeriods(cells: readonly PeriodCell[], scratch: CellScratch, rule: AggregationRules['time'], issues: Note[]): void {
  const { startDay, endDay } = scratch;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as PeriodCell;
    if (typeof cell.value !== 'number') continue;
    const start = startDay[c] as number;
    const end = endDay[c] as number;
    const days = end - start;
    let finer: PeriodCell[] | undefined;
    for (let o = 0; o < cells.length; o++) {
      if (o !== c && (startDay[o] as number) >= start && (endDay[o] as number) <= end && (endDay[o] as number) - (startDay[o] as number) < days) (finer ??= []).push(cells[o] as PeriodCell);
    }
    if (finer === undefined) continue;
    let compared: { value: number; periods: string[] } | null = null;
    if (rule === 'latest') {
      const last = pickNonOverlapping(finer.filter((other) => other.end === cell.end))[0];
      if (last !== undefined && typeof last.value === 'number') compared = { value: last.value, periods: [last.period] };
    } else {
      const aggregate = aggregateOver(finer, cell, rule);
      if (aggregate !== null && aggregate.complete && typeof aggregate.value === 'number') compared = { value: aggregate.value, periods: aggregate.used.map((used) => used.period) };
    }
    if (compared !== null && !nearlyEqual(compared.value, cell.value)) {
      const how = rule === 'sum' ? 'sum' : rule === 'mean' ? 'mean' : 'latest value';
      issues.push({
        code: 'TOTAL_MISMATCH',
        message: `${cell.period}: the reported value ${show(cell.value)} differs from the ${how} of ${listIds(compared.periods)} (${show(compared.value)}); the value reported for ${cell.period} is used.`,
      });
    }
  }
}

/**
 * Flags disaggregations reported for overlapping periods of different lengths (e.g. one province
 * by quarter, another by half-year): a longer period's value is used over the shorter periods it
 * overlaps, so values of the shorter periods for other disaggregations would be lost without a word.
 * Days as in {@link checkSubPeriods}.
 *
 * @param cells - An indicator's cells.
 * @param scratch - Working memory, with the cells' days.
 * @param issues - Receives `MIXED_PERIODS` issues.
 */
export function checkMixedPeriods(cells: readonly PeriodCell[], scratch: CellScratch, issues: Note[]): void {
  const { startDay, endDay } = scratch;
  for (let l = 0; l < cells.length; l++) {
    const longer = cells[l] as PeriodCell;
    if (longer.parts.length === 0) continue;
    const start = startDay[l] as number;
    const end = endDay[l] as number;
    const days = end - start;
    // The set of covered keys is only needed when a shorter period overlaps (rare): made then.
    let covered: Set<string> | undefined;
    let lost: PeriodCell[] | undefined;
    for (let s = 0; s < cells.length; s++) {
      if ((startDay[s] as number) > end || start > (endDay[s] as number) || (endDay[s] as number) - (startDay[s] as number) >= days) continue;
      const shorter = cells[s] as PeriodCell;
      if (shorter.parts.length === 0 || shorter.parts.some((key) => !(covered ??= new Set(longer.parts)).has(key))) (lost ??= []).push(shorter);
    }
    if (lost !== undefined) {
      issues.push({
        code: 'MIXED_PERIODS',
        message: `${longer.period} has values only for ${listIds(longer.parts)}, but ${listIds(lost.map((cell) => cell.period))} ${lost.length === 1 ? 'overlaps' : 'overlap'} it with other disaggregations; the ${longer.period} value is used and theirs cannot be added to it. Report every disaggregation for the same periods.`,
      });
    }
  }
}
