import { disaggregationKey } from '../model/index.js';
import type { Observation, ObservationStatus, Strategy, Value } from '../model/index.js';
import { isIsoDate, safeParsePeriod } from '../periods/index.js';
import { LogframeError } from '../problems/index.js';
import { addNote, show } from './notes.js';
import { sourceText } from './sources.js';
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

const STATUS_RANK: Readonly<Record<ObservationStatus, number>> = { draft: 0, submitted: 1, approved: 2 };

interface Candidate {
  readonly observation: Observation;
  readonly period: { readonly id: string; readonly start: string; readonly end: string };
  readonly reportedOn: string;
  readonly assumed: boolean;
  readonly disaggregation: Readonly<Record<string, string>>;
}

/** A fixed order of same-day versions that does not depend on input order (only needed on ties). */
function tieKey(candidate: Candidate): string {
  const { value, status, source, note } = candidate.observation;
  return `${JSON.stringify(value)}\u0000${STATUS_RANK[status]}\u0000${JSON.stringify(source ?? null)}\u0000${JSON.stringify(note ?? null)}`;
}

interface Builder {
  readonly groups: Map<string, Candidate[]>;
  readonly issues: Note[];
  afterAsOf: number;
  drafts: number;
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
  const builders = new Map<string, Builder>();
  for (const indicator of strategy.indicators) builders.set(indicator.id, { groups: new Map(), issues: [], afterAsOf: 0, drafts: 0 });

  for (const observation of observations) {
    const builder = builders.get(observation.indicator);
    if (builder === undefined) continue;
    const disaggregation = observation.disaggregation ?? {};
    const kept = applyWhere(disaggregation, where);
    if (kept === null) continue;
    const parsed = safeParsePeriod(observation.period);
    if (!parsed.ok) {
      addNote(builder.issues, 'PERIOD_INVALID', `An observation has the period id ${JSON.stringify(observation.period)}, which is not valid; it is left out. Correct it with parseObservations.`);
      continue;
    }
    const period = parsed.value;
    const reportedOn = observation.reportedOn ?? period.end;
    if (reportedOn > asOf) {
      builder.afterAsOf += 1;
      continue;
    }
    if (observation.status === 'draft' && !includeDrafts) {
      builder.drafts += 1;
      continue;
    }
    const fullKey = disaggregationKey(disaggregation);
    const group = `${period.id}\u0000${fullKey}\u0000${observation.reportedBy ?? ''}`;
    const candidate: Candidate = {
      observation,
      period: { id: period.id, start: period.start, end: period.end },
      reportedOn,
      assumed: observation.reportedOn === undefined,
      disaggregation: kept,
    };
    const list = builder.groups.get(group);
    if (list) list.push(candidate);
    else builder.groups.set(group, [candidate]);
  }

  const indicators = new Map<string, IndexedIndicator>();
  for (const [id, builder] of builders) indicators.set(id, finish(builder, strategy.language));
  return { asOf, includeDrafts, where, indicators };
}

function finish(builder: Builder, language: string): IndexedIndicator {
  const rows: IndexedObservation[] = [];
  const issues = [...builder.issues];
  const notes: Note[] = [];
  let superseded = 0;
  let missing = 0;
  let assumed = 0;
  const groups = [...builder.groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [, candidates] of groups) {
    const approved = candidates.filter((candidate) => candidate.observation.status === 'approved');
    const pool = approved.length > 0 ? approved : candidates;
    let latest = '';
    for (const candidate of pool) if (candidate.reportedOn > latest) latest = candidate.reportedOn;
    let top = pool.filter((candidate) => candidate.reportedOn === latest);
    if (top.length > 1) {
      const keyed = top.map((candidate) => ({ candidate, key: tieKey(candidate) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      top = keyed.map((item) => item.candidate);
    }
    const winner = top[0] as Candidate;
    superseded += candidates.length - 1;
    reportDuplicates(candidates, winner, issues);
    const value = winner.observation.value;
    if (value === null) {
      missing += 1;
      continue;
    }
    if (winner.assumed) assumed += 1;
    rows.push({
      period: winner.period.id,
      start: winner.period.start,
      end: winner.period.end,
      disaggregation: winner.disaggregation,
      key: disaggregationKey(winner.disaggregation),
      reporter: winner.observation.reportedBy ?? '',
      value,
      reportedOn: winner.reportedOn,
      status: winner.observation.status,
      source: sourceText(winner.observation.source, language),
    });
  }
  rows.sort(compareRows);
  if (assumed > 0) {
    addNote(notes, 'REPORTED_ON_ASSUMED', `${assumed} observation${assumed === 1 ? '' : 's'} without a reportedOn date ${assumed === 1 ? 'was' : 'were'} taken as reported on the last day of ${assumed === 1 ? 'its' : 'their'} period.`);
  }
  return {
    rows,
    counts: { used: rows.length, afterAsOf: builder.afterAsOf, drafts: builder.drafts, superseded, missing },
    issues,
    notes,
  };
}

/** One `DUPLICATE_VALUE` issue per day on which a cell got more than one version. */
function reportDuplicates(candidates: readonly Candidate[], winner: Candidate, issues: Note[]): void {
  const byDay = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const list = byDay.get(candidate.reportedOn);
    if (list) list.push(candidate);
    else byDay.set(candidate.reportedOn, [candidate]);
  }
  for (const day of [...byDay.keys()].sort()) {
    const same = (byDay.get(day) as Candidate[]).map((candidate) => ({ candidate, key: tieKey(candidate) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((item) => item.candidate);
    if (same.length < 2) continue;
    const values = same.map((candidate) => show(candidate.observation.value)).join(', ');
    const outcome = same.includes(winner) ? `only ${show(winner.observation.value)} is used` : `a later version replaces them all`;
    issues.push({
      code: 'DUPLICATE_VALUE',
      message: `${describeCell(winner)}: ${same.length} values were reported on ${day} (${values}); ${outcome}. Keep one, or give the correction a later reportedOn date.`,
    });
  }
}

function describeCell(candidate: Candidate): string {
  const key = disaggregationKey(candidate.observation.disaggregation ?? {});
  const reporter = candidate.observation.reportedBy;
  return `Period ${candidate.period.id}${key === '' ? '' : ` (${key})`}${reporter === undefined ? '' : `, reported by ${reporter}`}`;
}

function compareRows(a: IndexedObservation, b: IndexedObservation): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  if (a.reporter !== b.reporter) return a.reporter < b.reporter ? -1 : 1;
  return 0;
}

function checkWhere(where: IndexOptions['where']): Readonly<Record<string, string>> {
  if (where === undefined) return {};
  const valid = where !== null && typeof where === 'object' && !Array.isArray(where) && Object.values(where).every((code) => typeof code === 'string');
  if (!valid) {
    throw new LogframeError([{ path: ['where'], code: 'WHERE_INVALID', severity: 'error', message: 'where must be an object of dimension ids and codes, e.g. { "province": "KH-12" }.' }], 'Invalid filter');
  }
  const copy: Record<string, string> = {};
  for (const key of Object.keys(where).sort()) copy[key] = where[key] as string;
  return copy;
}

/** The disaggregation without the `where` dimensions, or `null` when it does not match. */
function applyWhere(disaggregation: Readonly<Record<string, string>>, where: Readonly<Record<string, string>>): Readonly<Record<string, string>> | null {
  const dimensions = Object.keys(where);
  if (dimensions.length === 0) return disaggregation;
  const rest: Record<string, string> = {};
  for (const dimension of dimensions) if (disaggregation[dimension] !== where[dimension]) return null;
  for (const [dimension, code] of Object.entries(disaggregation)) if (!Object.hasOwn(where, dimension)) rest[dimension] = code;
  return rest;
}
