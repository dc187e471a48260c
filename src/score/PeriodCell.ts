import type { Value } from '../model/index.js';
import type { ObservationCounts } from './indexObservations.js';
import type { Note } from './types.js';

/**
 * The value of an indicator for one period, aggregated across disaggregations (and reporters) but
 * not over time: one cell per period id that has data.
 *
 * @category Scoring
 */
export interface PeriodCell {
  /** The canonical period id. */
  readonly period: string;
  /** The period's first day. */
  readonly start: string;
  /** The period's last day. */
  readonly end: string;
  /** The value. */
  readonly value: Value;
  /** How many observations it was taken from (for a reported total beside its parts: the total's). */
  readonly observations: number;
  /** Distinct sources of those observations, sorted. */
  readonly sources: readonly string[];
  /** The disaggregations it adds up (`disaggregationKey`s, sorted); empty when it is a reported or computed total. */
  readonly parts: readonly string[];
}

/**
 * An indicator's values per period: reported (aggregated across disaggregations) or, for computed
 * indicators, computed per period from their inputs' values. What computed indicators read from
 * their inputs, and what the series and current value are built from.
 *
 * @category Scoring
 */
export interface PeriodValues {
  /** The indicator's id. */
  readonly indicator: string;
  /** Whether the values were computed from other indicators (ratio or formula). */
  readonly computed: boolean;
  /** One cell per period with a value, ordered by start, longest first, then id. */
  readonly cells: readonly PeriodCell[];
  /** Periods whose value could not be computed, with why (computed indicators only). */
  readonly notComputable: readonly {
    /** The period id. */
    readonly period: string;
    /** Why, as a clause, e.g. `no value for LAW-06b`. */
    readonly reason: string;
  }[];
  /** Observation counts (for computed indicators: the sum over their inputs). */
  readonly counts: ObservationCounts;
  /** Distinct sources of all observations used, sorted. */
  readonly sources: readonly string[];
  /** Data problems, e.g. `TOTAL_MISMATCH`, `DUPLICATE_VALUE`. */
  readonly issues: readonly Note[];
  /** Remarks for the trace, e.g. which rule decided between a total and its parts. */
  readonly notes: readonly Note[];
}

/** Orders cells by start, longer first, then id. */
export function compareCells(a: { start: string; end: string; period: string }, b: { start: string; end: string; period: string }): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end > b.end ? -1 : 1;
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  return 0;
}
