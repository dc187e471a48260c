import { disaggregationKey } from '../model/index.js';
import type { Observation, ObservationStatus, Strategy } from '../model/index.js';
import { safeParsePeriod } from '../periods/index.js';
import { LogframeError } from '../problems/index.js';
import type { IndexedIndicator, IndexedObservation, IndexOptions, ObservationIndex } from './indexObservations.js';
import { addNote, show } from './notes.js';
import { sourceText } from './sources.js';
import type { Note } from './types.js';

// The index built on plain objects: the specification of the columnar index in
// indexObservations.ts, used for inputs the columnar encoding does not cover (unvalidated fields of
// the wrong type, duplicate indicator ids) and by the tests as the oracle.

export const STATUS_RANK: Readonly<Record<ObservationStatus, number>> = { draft: 0, submitted: 1, approved: 2 };

export interface Candidate {
  readonly observation: Observation;
  readonly period: { readonly id: string; readonly start: string; readonly end: string };
  readonly reportedOn: string;
  readonly assumed: boolean;
  readonly disaggregation: Readonly<Record<string, string>>;
}

/**
 * A fixed order of same-day versions that does not depend on input order (only needed on ties).
 * Last, a stated report date before one assumed from the period's end: the two can otherwise be
 * equal, and which wins shows in the `REPORTED_ON_ASSUMED` note.
 */
export function tieKey(candidate: Candidate): string {
  const { value, status, source, note } = candidate.observation;
  return `${JSON.stringify(value)}\u0000${STATUS_RANK[status]}\u0000${JSON.stringify(source ?? null)}\u0000${JSON.stringify(note ?? null)}\u0000${candidate.assumed ? 1 : 0}`;
}

interface Builder {
  readonly groups: Map<string, Candidate[]>;
  readonly issues: Note[];
  afterAsOf: number;
  drafts: number;
}

/** The index on plain objects (asOf and where already checked). */
export function indexGeneric(strategy: Strategy, observations: readonly Observation[], asOf: string, where: Readonly<Record<string, string>>, includeDrafts: boolean): ObservationIndex {
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
    const winner = resolveGroup(candidates, issues);
    superseded += candidates.length - 1;
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

/**
 * The version in force among the candidates of one indicator, period, disaggregation and reporter:
 * the latest approved, else the latest; ties in a fixed order. Adds `DUPLICATE_VALUE` issues.
 */
export function resolveGroup(candidates: readonly Candidate[], issues: Note[]): Candidate {
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
  reportDuplicates(candidates, winner, issues);
  return winner;
}

/** One `DUPLICATE_VALUE` issue per day on which a cell got more than one version. */
export function reportDuplicates(candidates: readonly Candidate[], winner: Candidate, issues: Note[]): void {
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

export function checkWhere(where: IndexOptions['where']): Readonly<Record<string, string>> {
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
export function applyWhere(disaggregation: Readonly<Record<string, string>>, where: Readonly<Record<string, string>>): Readonly<Record<string, string>> | null {
  const dimensions = Object.keys(where);
  if (dimensions.length === 0) return disaggregation;
  const rest: Record<string, string> = {};
  for (const dimension of dimensions) if (disaggregation[dimension] !== where[dimension]) return null;
  for (const [dimension, code] of Object.entries(disaggregation)) if (!Object.hasOwn(where, dimension)) rest[dimension] = code;
  return rest;
}
