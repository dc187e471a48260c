import type { Observation, ObservationStatus, Strategy, Value } from '../model/index.js';
import { isIsoDate } from '../periods/index.js';
import { LogframeError } from '../problems/index.js';
import { canonicalOrder } from './canonicalOrder.js';
import type { CanonicalOrder } from './canonicalOrder.js';
import { buildIndex } from './indexedRows.js';
import { checkWhere, indexGeneric } from './indexGeneric.js';
import { encodeObservations } from './observationStore.js';
import type { ObservationStore } from './observationStore.js';
import type { Note } from './types.js';

/**
 * Options of {@link indexObservations}.
 *
 * @category Scoring
 */
export interface IndexOptions {
  /** The evaluation date (`YYYY-MM-DD`): observations reported after it are left out. */
  readonly asOf: string;
  /** Whether draft observations count (default `false`). */
  readonly includeDrafts?: boolean;
  /**
   * Keep only observations whose disaggregation has these codes (e.g. `{ province: 'KH-12' }`),
   * read as the totals for that code: `{ province: 'KH-12', sex: 'female' }` becomes the part
   * `{ sex: 'female' }` of the KH-12 total. Observations without the dimension are left out.
   * Scoring such an index leaves indicators whose values add up unscored: their values there are
   * a part of the total the plan's targets are for.
   */
  readonly where?: Readonly<Record<string, string>>;
}

/**
 * One observation kept by the index: the value in force for its indicator, period, disaggregation
 * and reporter after revisions.
 *
 * @category Scoring
 */
export interface IndexedObservation {
  /** The canonical period id. */
  readonly period: string;
  /** The period's first day. */
  readonly start: string;
  /** The period's last day. */
  readonly end: string;
  /** The disaggregation (without the `where` dimensions); empty for a total. */
  readonly disaggregation: Readonly<Record<string, string>>;
  /** {@link disaggregationKey} of `disaggregation`; empty for a total. */
  readonly key: string;
  /** The reporting actor, or an empty string. */
  readonly reporter: string;
  /** The value (never `null`: missing values are counted, not kept). */
  readonly value: Value;
  /** The date reported, or the period's last day when the observation gave none. */
  readonly reportedOn: string;
  /** Its approval state. */
  readonly status: ObservationStatus;
  /** Its source as one string, or `null`. */
  readonly source: string | null;
}

/**
 * How many observations of an indicator were used, and how many were left out by reason.
 *
 * @category Scoring
 */
export interface ObservationCounts {
  /** Kept: the value in force for its period, disaggregation and reporter, not missing. */
  readonly used: number;
  /** Reported after `asOf` (or, without a date, for a period ending after `asOf`). */
  readonly afterAsOf: number;
  /** Drafts left out. */
  readonly drafts: number;
  /** Replaced by a later revision (or a same-day duplicate). */
  readonly superseded: number;
  /** In force but `null` (explicitly missing). */
  readonly missing: number;
}

/**
 * The observations of one indicator as kept by the index.
 *
 * @category Scoring
 */
export interface IndexedIndicator {
  /** The observations in force, ordered by period, disaggregation and reporter. */
  readonly rows: readonly IndexedObservation[];
  /** Counts for the trace. */
  readonly counts: ObservationCounts;
  /** Data problems found (`DUPLICATE_VALUE`, `PERIOD_INVALID`). */
  readonly issues: readonly Note[];
  /** Remarks (`REPORTED_ON_ASSUMED`). */
  readonly notes: readonly Note[];
}

/**
 * Observations filtered by date and approval, with revisions resolved, grouped by indicator: built
 * once per evaluation (linear in the number of observations) and read by {@link scoreIndicator}.
 *
 * @category Scoring
 */
export interface ObservationIndex {
  /** The evaluation date. */
  readonly asOf: string;
  /** Whether drafts were kept. */
  readonly includeDrafts: boolean;
  /** The disaggregation filter applied (empty for none). */
  readonly where: Readonly<Record<string, string>>;
  /** Kept observations and counts by indicator id (every indicator of the strategy has an entry). */
  readonly indicators: ReadonlyMap<string, IndexedIndicator>;
}

/**
 * Builds the observation index of an evaluation: leaves out observations reported after `asOf`
 * (those without `reportedOn` count as reported on the last day of their period) and drafts
 * (unless `includeDrafts`), resolves revisions (same indicator, period, disaggregation and reporter:
 * the latest approved value wins, else the latest value; two values on the same day are a
 * `DUPLICATE_VALUE` issue and only the first in a fixed order is used), and groups what is left by
 * indicator. The result does not depend on the order of `observations`.
 *
 * @param strategy - The validated strategy.
 * @param observations - Validated observations (see `parseObservations`).
 * @param options - `asOf`, `includeDrafts`, `where`.
 * @returns The index.
 * @throws {LogframeError} `AS_OF_INVALID` when `asOf` is not a `YYYY-MM-DD` date; `WHERE_INVALID`
 *   when `where` is not an object of strings.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 164 }, targets: { '2028': 235 } }],
 * });
 * const { observations } = parseObservations([
 *   { indicator: 'cases', period: '2024', value: 190, reportedOn: '2025-02-01' },
 *   { indicator: 'cases', period: '2024', value: 197, reportedOn: '2025-03-27' },
 * ], strategy);
 * const index = indexObservations(strategy, observations, { asOf: '2025-12-31' });
 * index.indicators.get('cases')?.rows[0]?.value; // 197
 * index.indicators.get('cases')?.counts.superseded; // 1
 * indexObservations(strategy, observations, { asOf: '2025-03-01' }).indicators.get('cases')?.rows[0]?.value; // 190
 * ```
 *
 * @category Scoring
 */
export function indexObservations(strategy: Strategy, observations: readonly Observation[], options: IndexOptions): ObservationIndex {
  const asOf = options.asOf;
  if (!isIsoDate(asOf)) {
    throw new LogframeError([{ path: ['asOf'], code: 'AS_OF_INVALID', severity: 'error', message: `asOf must be a date written YYYY-MM-DD, e.g. 2025-12-31; found ${JSON.stringify(asOf)}.` }], 'Invalid evaluation date');
  }
  const where = checkWhere(options.where);
  const includeDrafts = options.includeDrafts ?? false;
  return indexStore(encodeObservations(strategy, observations), strategy, observations, asOf, includeDrafts, where);
}

/**
 * {@link indexObservations} on observations already encoded (so that `evaluate` encodes them once
 * for the index, its breakdowns, reporting compliance and data quality). `asOf` and `where` must
 * have been checked.
 */
export function indexStore(
  store: ObservationStore | null,
  strategy: Strategy,
  observations: readonly Observation[],
  asOf: string,
  includeDrafts: boolean,
  where: Readonly<Record<string, string>>,
  canonical: CanonicalOrder | null = store === null ? null : canonicalOrder(store, asOf, includeDrafts),
): ObservationIndex {
  return store === null || canonical === null ? indexGeneric(strategy, observations, asOf, where, includeDrafts) : buildIndex(store, canonical, asOf, includeDrafts, where);
}
