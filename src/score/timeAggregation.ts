import type { Value } from '../model/index.js';
import { daysBetween } from '../periods/index.js';
import type { AggregationRules } from './aggregation.js';
import { compareCells } from './PeriodCell.js';
import type { PeriodCell } from './PeriodCell.js';

/** A span of days with an id. */
export interface Span {
  readonly period: string;
  readonly start: string;
  readonly end: string;
}

/** Days in a span, both ends included. */
export function daysIn(span: { readonly start: string; readonly end: string }): number {
  let byEnd = spanDays.get(span.start);
  if (byEnd === undefined) {
    if (spanDays.size >= 10_000) spanDays.clear();
    byEnd = new Map();
    spanDays.set(span.start, byEnd);
  }
  let days = byEnd.get(span.end);
  if (days === undefined) {
    days = daysBetween(span.start, span.end) + 1;
    byEnd.set(span.end, days);
  }
  return days;
}

// Pure, and asked for the same few hundred spans again and again: remembered, bounded by clearing.
const spanDays = new Map<string, Map<string, number>>();

/**
 * Cells that do not overlap, chosen longest first: a reported value for a longer period wins over
 * values of its sub-periods, so nothing is counted twice. Returned in time order.
 */
export function pickNonOverlapping<T extends Span>(cells: readonly T[]): T[] {
  const candidates = cells.map((cell) => ({ cell, days: daysIn(cell) }))
    .sort((a, b) => b.days - a.days || compareCells(a.cell, b.cell));
  const picked: T[] = [];
  for (const { cell } of candidates) {
    // `picked` stays sorted by start and free of overlaps, so only the neighbours can overlap.
    let low = 0;
    let high = picked.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((picked[middle] as T).start <= cell.start) low = middle + 1;
      else high = middle;
    }
    const before = picked[low - 1];
    const after = picked[low];
    if (before !== undefined && before.end >= cell.start) continue;
    if (after !== undefined && after.start <= cell.end) continue;
    picked.splice(low, 0, cell);
  }
  return picked;
}

/**
 * A cell as aggregating over time reads it: a {@link PeriodCell} without its parts (the cell
 * objects have it, and so have the lighter cells of `valueCells`).
 */
export interface ValueCell extends Span {
  readonly value: Value;
  readonly observations: number;
  readonly sources: readonly string[];
}

/** A value over a period, aggregated from cells inside it. */
export interface Aggregate<C extends ValueCell = PeriodCell> {
  readonly value: Value;
  /** Whether the cells cover the period as the rule needs (all of it for sum and mean; its last day for latest). */
  readonly complete: boolean;
  /** The cells used, in time order. */
  readonly used: readonly C[];
}

/**
 * Aggregates the cells inside a period by the time rule: a cell for the period itself wins;
 * otherwise non-overlapping sub-period cells are added up (`sum`), averaged (`mean`) or the latest
 * taken (`latest`). `null` when no cell lies inside the period.
 */
export function aggregateOver<C extends ValueCell = PeriodCell>(cells: readonly C[], period: Span, rule: AggregationRules['time']): Aggregate<C> | null {
  const exact = cells.find((cell) => cell.period === period.period);
  if (exact !== undefined) return { value: exact.value, complete: true, used: [exact] };
  const inside = cells.filter((cell) => cell.start >= period.start && cell.end <= period.end);
  const chosen = pickNonOverlapping(inside);
  if (chosen.length === 0) return null;
  const last = chosen[chosen.length - 1] as C;
  if (rule === 'latest' || chosen.some((cell) => typeof cell.value !== 'number')) {
    return { value: last.value, complete: last.end === period.end, used: chosen };
  }
  let total = 0;
  let days = 0;
  for (const cell of chosen) {
    total += cell.value as number;
    days += daysIn(cell);
  }
  const complete = days === daysIn(period);
  return { value: rule === 'sum' ? total : total / chosen.length, complete, used: chosen };
}
