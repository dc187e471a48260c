import type { Observation, Strategy } from '../model/index.js';
import { disaggregationKey } from '../model/index.js';
import { safeParsePeriod } from '../periods/index.js';
import type { Period } from '../periods/index.js';
import { sourceText } from './sources.js';

// Observations encoded once into typed columns with integer codes, so that indexing, data quality
// and reporting compliance read each observation object once and then work on integers (see
// docs/performance.md). Each distinct period id, date, reporter, source and disaggregation is
// looked up in a null-prototype dictionary (faster than a Map on strings) and parsed once.

/** Bits of {@link ObservationColumns.flags}. */
export const IS_NUMBER = 1;
export const IS_NULL = 2;
export const IS_DRAFT = 4;
export const IS_APPROVED = 8;
/** `reportedBy` is given (the reporter column holds `''` both for none and for an empty id). */
export const IS_REPORTED = 16;

/** One distinct period string of the observations. */
export interface PeriodEntry {
  /** The id as given. */
  readonly id: string;
  /** The period, or `null` when the id is not valid. */
  readonly period: Period | null;
  /** Position in (start, end, id) order among the valid periods; −1 when not valid. */
  rank: number;
}

/** One distinct disaggregation (a set of dimension codes, in any key order). */
export interface CellEntry {
  /** {@link disaggregationKey} of it. */
  readonly key: string;
  /** An observation that has it (to read its codes from). */
  readonly example: Readonly<Record<string, string>>;
  /** Position in key order; set by {@link rankCells}. */
  rank: number;
}

/** The dictionaries of a store: one entry per distinct value, in first-seen order. */
export interface ObservationTables {
  readonly periods: PeriodEntry[];
  readonly cells: CellEntry[];
  /** Reporter ids (`''` for none). */
  readonly reporters: string[];
  /** Report dates. */
  readonly dates: string[];
  /** Source texts (as {@link sourceText} gives them). */
  readonly sources: string[];
  /** Period entries in rank order. */
  periodOrder: PeriodEntry[];
  /** Rank of each reporter in string order. */
  reporterRank: Int32Array;
}

/**
 * Per-observation codes (index = position in the observations array), one 32-byte record each:
 * the value as a float64 and six int32 codes side by side, so that reading an observation in
 * another order (the canonical order) touches one cache line rather than one per column. Read them
 * with the `REC_*` word offsets: `words[i * RECORD_WORDS + REC_PERIOD]`, `numbers[i * RECORD_NUMBERS]`.
 */
export interface ObservationColumns {
  readonly n: number;
  /**
   * Eight int32 words per observation: the value's two (see `numbers`), then the strategy index of
   * the indicator (−1 when not in the strategy), the period entry (−1 when the period is not a
   * string), the cell entry of the full disaggregation, the reporter, the date entry of
   * `reportedOn` (−1 when absent) and the source entry (−1 when there is none or its text is empty).
   */
  readonly words: Int32Array;
  /** The same memory as float64, one every `RECORD_NUMBERS`: the value when it is a number (see `IS_NUMBER`). */
  readonly numbers: Float64Array;
  readonly flags: Uint8Array;
}

/** Int32 words per record of {@link ObservationColumns.words}. */
export const RECORD_WORDS = 8;
/** Float64 slots per record of {@link ObservationColumns.numbers}. */
export const RECORD_NUMBERS = 4;
/** Word offsets within a record. */
export const REC_INDICATOR = 2;
export const REC_PERIOD = 3;
export const REC_CELL = 4;
export const REC_REPORTER = 5;
export const REC_DATE = 6;
export const REC_SOURCE = 7;

/** Word `field` (one of the `REC_*` offsets) of record `j` of a store's or a canonical order's records. */
export function recordWord(words: Int32Array, j: number, field: number): number {
  return words[j * RECORD_WORDS + field] as number;
}

/** The value of record `j` (meaningful when the record's flags have `IS_NUMBER`). */
export function recordValue(numbers: Float64Array, j: number): number {
  return numbers[j * RECORD_NUMBERS] as number;
}

/** Observations of one strategy, encoded. */
export interface ObservationStore {
  readonly strategy: Strategy;
  readonly observations: readonly Observation[];
  readonly columns: ObservationColumns;
  readonly tables: ObservationTables;
  /** Whether the canonical order (canonicalOrder.ts) has moved the records: they are then no longer in input order. */
  ordered: boolean;
}

interface DimensionCodes {
  readonly index: number;
  readonly codes: Readonly<Record<string, number>>;
  readonly stride: number;
}

const CELL_TABLE_LIMIT = 1 << 16;

/**
 * Encodes observations; `null` when they hold something the encoding does not cover (duplicate
 * indicator ids in the strategy, or fields of the wrong type in unvalidated input), so that the
 * caller falls back to the plain object code.
 */
export function encodeObservations(strategy: Strategy, observations: readonly Observation[]): ObservationStore | null {
  const indicatorIndex = Object.create(null) as Record<string, number>;
  for (let i = 0; i < strategy.indicators.length; i++) {
    const id = (strategy.indicators[i] as Strategy['indicators'][number]).id;
    if (id in indicatorIndex) return null;
    indicatorIndex[id] = i;
  }
  const dimensions = Object.create(null) as Record<string, DimensionCodes>;
  let space = 1;
  strategy.dimensions.forEach((dimension, index) => {
    const codes = Object.create(null) as Record<string, number>;
    dimension.codes.forEach((code, codeIndex) => {
      if (!(code.code in codes)) codes[code.code] = codeIndex;
    });
    if (!(dimension.id in dimensions)) dimensions[dimension.id] = { index, codes, stride: space };
    space *= dimension.codes.length + 1;
  });
  const numericCells = Number.isSafeInteger(space);
  const direct = numericCells && space <= CELL_TABLE_LIMIT ? new Int32Array(space).fill(-1) : null;
  const byCode = new Map<number, number>();
  const byKey = new Map<string, number>();

  const n = observations.length;
  const buffer = new ArrayBuffer(n * RECORD_WORDS * 4);
  const words = new Int32Array(buffer);
  const numbers = new Float64Array(buffer);
  const flagColumn = new Uint8Array(n);
  const columns: ObservationColumns = { n, words, numbers, flags: flagColumn };
  const tables: ObservationTables = { periods: [], cells: [], reporters: [], dates: [], sources: [], periodOrder: [], reporterRank: new Int32Array(0) };
  const periodIndex = Object.create(null) as Record<string, number>;
  const reporterIndex = Object.create(null) as Record<string, number>;
  const dateIndex = Object.create(null) as Record<string, number>;
  const sourceIndex = Object.create(null) as Record<string, number>;
  const language = strategy.language;

  for (let i = 0; i < n; i++) {
    const observation = observations[i] as Observation;
    const at = i * RECORD_WORDS;
    const indicatorId: unknown = observation.indicator;
    const indicator = typeof indicatorId === 'string' ? indicatorIndex[indicatorId] : undefined;
    words[at + REC_INDICATOR] = indicator === undefined ? -1 : indicator;

    const periodId: unknown = observation.period;
    if (typeof periodId === 'string') {
      let p = periodIndex[periodId];
      if (p === undefined) {
        p = tables.periods.length;
        const parsed = safeParsePeriod(periodId);
        tables.periods.push({ id: periodId, period: parsed.ok ? parsed.value : null, rank: -1 });
        periodIndex[periodId] = p;
      }
      words[at + REC_PERIOD] = p;
    } else words[at + REC_PERIOD] = -1;

    const disaggregation: unknown = observation.disaggregation ?? {};
    if (typeof disaggregation !== 'object' || disaggregation === null) return null;
    const cells = disaggregation as Record<string, unknown>;
    let code = 0;
    let coded = numericCells;
    for (const dimension in cells) {
      const known = dimensions[dimension];
      const value = cells[dimension];
      if (known === undefined || typeof value !== 'string' || !Object.hasOwn(cells, dimension)) {
        coded = false;
        break;
      }
      const codeIndex = known.codes[value];
      if (codeIndex === undefined) {
        coded = false;
        break;
      }
      code += (codeIndex + 1) * known.stride;
    }
    let cell: number | undefined;
    if (coded) {
      cell = direct === null ? byCode.get(code) : direct[code];
      if (cell === undefined || cell < 0) {
        const key = disaggregationKey(cells as Record<string, string>);
        cell = byKey.get(key);
        if (cell === undefined) {
          cell = tables.cells.length;
          tables.cells.push({ key, example: cells as Record<string, string>, rank: -1 });
          byKey.set(key, cell);
        }
        if (direct === null) byCode.set(code, cell);
        else direct[code] = cell;
      }
    } else {
      for (const dimension of Object.keys(cells)) if (typeof cells[dimension] !== 'string') return null;
      const key = disaggregationKey(cells as Record<string, string>);
      cell = byKey.get(key);
      if (cell === undefined) {
        cell = tables.cells.length;
        tables.cells.push({ key, example: cells as Record<string, string>, rank: -1 });
        byKey.set(key, cell);
      }
    }
    words[at + REC_CELL] = cell;

    const given: unknown = observation.reportedBy;
    const reportedBy: unknown = given ?? '';
    if (typeof reportedBy !== 'string') return null;
    let r = reporterIndex[reportedBy];
    if (r === undefined) {
      r = tables.reporters.length;
      tables.reporters.push(reportedBy);
      reporterIndex[reportedBy] = r;
    }
    words[at + REC_REPORTER] = r;

    const reportedOn: unknown = observation.reportedOn;
    if (reportedOn === undefined) words[at + REC_DATE] = -1;
    else {
      if (typeof reportedOn !== 'string') return null;
      let d = dateIndex[reportedOn];
      if (d === undefined) {
        d = tables.dates.length;
        tables.dates.push(reportedOn);
        dateIndex[reportedOn] = d;
      }
      words[at + REC_DATE] = d;
    }

    const source: unknown = observation.source;
    if (source === undefined) words[at + REC_SOURCE] = -1;
    else {
      const text = typeof source === 'string' ? (source.trim() === '' ? null : source) : sourceText(source as Record<string, string>, language);
      if (text === null) words[at + REC_SOURCE] = -1;
      else {
        let s = sourceIndex[text];
        if (s === undefined) {
          s = tables.sources.length;
          tables.sources.push(text);
          sourceIndex[text] = s;
        }
        words[at + REC_SOURCE] = s;
      }
    }

    const value: unknown = observation.value;
    let flags = 0;
    if (typeof value === 'number') {
      flags = IS_NUMBER;
      numbers[i * RECORD_NUMBERS] = value;
    } else if (value === null) flags = IS_NULL;
    const status: unknown = observation.status;
    if (status === 'draft') flags |= IS_DRAFT;
    else if (status === 'approved') flags |= IS_APPROVED;
    if (given !== undefined) flags |= IS_REPORTED;
    flagColumn[i] = flags;
  }

  rankPeriods(tables);
  const cellRank = rankKeys(tables.cells.map((entry) => entry.key));
  tables.cells.forEach((entry, index) => {
    entry.rank = cellRank[index] as number;
  });
  const order = tables.reporters.map((_, index) => index).sort((a, b) => compareText(tables.reporters[a] as string, tables.reporters[b] as string));
  tables.reporterRank = new Int32Array(tables.reporters.length);
  order.forEach((reporter, rank) => {
    tables.reporterRank[reporter] = rank;
  });
  return { strategy, observations, columns, tables, ordered: false };
}

/** `<` order of strings (what `Array.prototype.sort` without a comparator gives for strings). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rankPeriods(tables: ObservationTables): void {
  const valid = tables.periods.filter((entry) => entry.period !== null);
  valid.sort((a, b) => {
    const x = a.period as Period;
    const y = b.period as Period;
    return compareText(x.start, y.start) || compareText(x.end, y.end) || compareText(x.id, y.id);
  });
  valid.forEach((entry, rank) => {
    entry.rank = rank;
  });
  tables.periodOrder = valid;
}

/** Ranks cells (given as keys) in key order; returns the rank of each. */
export function rankKeys(keys: readonly string[]): Int32Array {
  const order = keys.map((_, index) => index).sort((a, b) => compareText(keys[a] as string, keys[b] as string));
  const rank = new Int32Array(keys.length);
  order.forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}
