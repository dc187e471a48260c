import type { Indicator } from '../model/index.js';
import { aggregationRules, isNumericMeasure } from './aggregation.js';
import type { AggregationRules } from './aggregation.js';
import { periodCell } from './cellOfRows.js';
import { indicatorRows } from './indexedRows.js';
import type { IndexedIndicator, IndexedObservation } from './indexObservations.js';
import { addNote, listIds, show } from './notes.js';
import { nearlyEqual } from './numbers.js';
import { periodCellsFromRows } from './periodCells.js';
import type { PeriodCell, PeriodValues } from './PeriodCell.js';
import { aggregateOver, daysIn, pickNonOverlapping } from './timeAggregation.js';
import type { Note } from './types.js';

const NO_COUNTS = { used: 0, afterAsOf: 0, drafts: 0, superseded: 0, missing: 0 };

/**
 * The period values of a reported indicator: per period, the reported total, or the aggregate of
 * its disaggregated values when no total was reported. A total beside its parts wins, and a
 * disagreement with the parts (for `sum`, `min`, `max`) is a `TOTAL_MISMATCH` issue; so is a
 * reported value of a period that disagrees with its complete set of sub-periods.
 */
export function rawPeriodValues(indicator: Indicator, indexed: IndexedIndicator | undefined): PeriodValues {
  const rules = aggregationRules(indicator);
  const issues: Note[] = [...(indexed?.issues ?? [])];
  const notes: Note[] = [...(indexed?.notes ?? [])];
  const cells: PeriodCell[] = [];
  const preferred: string[] = [];
  const combined: string[] = [];
  const columnar = indicatorRows(indexed);
  if (columnar !== undefined) {
    // The columnar index: the same cells, computed on its typed arrays.
    periodCellsFromRows(indicator, rules, columnar, cells, issues, preferred, combined);
  } else {
    const rows = indexed?.rows ?? [];
    let start = 0;
    while (start < rows.length) {
      let end = start + 1;
      while (end < rows.length && (rows[end] as IndexedObservation).period === (rows[start] as IndexedObservation).period) end++;
      const cell = periodCell(indicator, rules, rows.slice(start, end), issues, preferred, combined);
      if (cell !== null) cells.push(cell);
      start = end;
    }
  }
  if (preferred.length > 0) {
    addNote(notes, 'TOTAL_PREFERRED', `For ${listIds(preferred)} the reported total was used, not the ${rules.disaggregations} of the disaggregated values reported beside it.`);
  }
  if (combined.length > 0) {
    addNote(notes, 'REPORTERS_COMBINED', `For ${listIds(combined)} several reporters gave values for the same disaggregation; they were combined by the indicator's rule (${rules.disaggregations}).`);
  }
  if (isNumericMeasure(indicator.measure)) checkSubPeriods(cells, rules.time, issues);
  checkMixedPeriods(cells, issues);
  const sources = [...new Set(cells.flatMap((cell) => cell.sources))].sort();
  return { indicator: indicator.id, computed: false, cells, notComputable: [], counts: indexed?.counts ?? NO_COUNTS, sources, issues, notes };
}

/** Flags reported values of a period that disagree with a complete set of its sub-periods. */
function checkSubPeriods(cells: readonly PeriodCell[], rule: AggregationRules['time'], issues: Note[]): void {
  for (const cell of cells) {
    if (typeof cell.value !== 'number') continue;
    const days = daysIn(cell);
    const finer = cells.filter((other) => other !== cell && other.start >= cell.start && other.end <= cell.end && daysIn(other) < days);
    if (finer.length === 0) continue;
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
 */
function checkMixedPeriods(cells: readonly PeriodCell[], issues: Note[]): void {
  const partial = cells.filter((cell) => cell.parts.length > 0);
  for (const longer of partial) {
    const days = daysIn(longer);
    // The set of covered keys is only needed when a shorter period overlaps (rare): made then.
    let covered: Set<string> | undefined;
    const lost = cells.filter((shorter) => shorter.start <= longer.end && longer.start <= shorter.end && daysIn(shorter) < days
      && (shorter.parts.length === 0 || shorter.parts.some((key) => !(covered ??= new Set(longer.parts)).has(key))));
    if (lost.length > 0) {
      issues.push({
        code: 'MIXED_PERIODS',
        message: `${longer.period} has values only for ${listIds(longer.parts)}, but ${listIds(lost.map((cell) => cell.period))} ${lost.length === 1 ? 'overlaps' : 'overlap'} it with other disaggregations; the ${longer.period} value is used and theirs cannot be added to it. Report every disaggregation for the same periods.`,
      });
    }
  }
}
