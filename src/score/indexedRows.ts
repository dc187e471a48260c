import { disaggregationKey } from '../model/index.js';
import type { Observation } from '../model/index.js';
import type { Period } from '../periods/index.js';
import { applyWhere, resolveGroup } from './indexGeneric.js';
import type { Candidate } from './indexGeneric.js';
import type { IndexedIndicator, IndexedObservation, ObservationIndex } from './indexObservations.js';
import { addNote } from './notes.js';
import type { CanonicalOrder } from './canonicalOrder.js';
import { compareText, IS_DRAFT, IS_NULL, rankKeys, REC_CELL, REC_DATE, REC_INDICATOR, REC_PERIOD, REC_REPORTER, REC_SOURCE, RECORD_WORDS, recordValue, recordWord } from './observationStore.js';
import type { ObservationStore, ObservationTables } from './observationStore.js';
import type { Note } from './types.js';

// The columnar observation index: what indexGeneric.ts computes on objects, computed on the
// encoded store. The rows in force are kept as typed arrays (17 bytes per observation with 16-bit
// codes, 21 with 32-bit ones), grouped by indicator, then period (start, end, id), then
// disaggregation key and reporter; `rows` objects are only made when someone reads them. See indexGeneric.ts for the rules.

/** The rows in force of a whole index, in indicator, period, key, reporter order. */
export interface IndexRows {
  /** The store's dictionaries (not its per-observation columns: the index keeps only its own rows). */
  readonly tables: ObservationTables;
  readonly observations: readonly Observation[];
  readonly where: Readonly<Record<string, string>>;
  /** Keys of the kept disaggregations (without the `where` dimensions), by kept cell. */
  readonly keys: readonly string[];
  /** Observation index of each row. */
  readonly observation: Int32Array;
  /** Kept cell of each row. */
  readonly cell: Int32Array | Uint16Array;
  readonly value: Float64Array;
  /** Source entry of each row; −1 for none. */
  readonly source: Int32Array | Int16Array;
  readonly flags: Uint8Array;
  /** One segment per indicator × period: its period entry and its first row (plus an end marker). */
  readonly segmentPeriod: Int32Array;
  readonly segmentStart: Int32Array;
}

/** One indicator's part of an {@link IndexRows}. */
export interface IndicatorRows {
  readonly rows: IndexRows;
  /** Its segments: `segmentFrom` ≤ s < `segmentTo`. */
  readonly segmentFrom: number;
  readonly segmentTo: number;
}

const internal = new WeakMap<IndexedIndicator, IndicatorRows>();

/** The columnar rows behind an indexed indicator, when it came from {@link buildIndex}. */
export function indicatorRows(indexed: IndexedIndicator | undefined): IndicatorRows | undefined {
  return indexed === undefined ? undefined : internal.get(indexed);
}

/** The period of a row's segment. */
export function segmentPeriod(rows: IndexRows, segment: number): Period {
  return rows.tables.periods[rows.segmentPeriod[segment] as number]?.period as Period;
}

/** `reportedOn` of a row (its period's last day when the observation gave none). */
export function reportedOnOf(rows: IndexRows, row: number, period: Period): string {
  return (rows.observations[rows.observation[row] as number] as Observation).reportedOn ?? period.end;
}

/** The row as the object the index exposes. */
export function rowObject(rows: IndexRows, row: number, period: Period): IndexedObservation {
  const observation = rows.observations[rows.observation[row] as number] as Observation;
  const disaggregation = observation.disaggregation ?? {};
  const source = rows.source[row] as number;
  return {
    period: period.id,
    start: period.start,
    end: period.end,
    disaggregation: applyWhere(disaggregation, rows.where) ?? {},
    key: rows.keys[rows.cell[row] as number] as string,
    reporter: observation.reportedBy ?? '',
    value: observation.value as NonNullable<Observation['value']>,
    reportedOn: observation.reportedOn ?? period.end,
    status: observation.status,
    source: source < 0 ? null : (rows.tables.sources[source] as string),
  };
}

function materialize(data: IndicatorRows): IndexedObservation[] {
  const { rows } = data;
  const out: IndexedObservation[] = [];
  for (let segment = data.segmentFrom; segment < data.segmentTo; segment++) {
    const period = segmentPeriod(rows, segment);
    for (let row = rows.segmentStart[segment] as number; row < (rows.segmentStart[segment + 1] as number); row++) out.push(rowObject(rows, row, period));
  }
  return out;
}

/**
 * Builds the index from the store (see indexGeneric.ts for the rules it follows). `canonical` is
 * the store's canonical order for the same `asOf` and drafts choice: every row the index keeps is in
 * it, grouped by indicator and period and already sorted by key and reporter, so the index needs
 * no sort of its own (only the periods of an indicator are put in time order).
 */
export function buildIndex(store: ObservationStore, canonical: CanonicalOrder, asOf: string, includeDrafts: boolean, where: Readonly<Record<string, string>>): ObservationIndex {
  const { strategy, observations, columns, tables } = store;
  const k = strategy.indicators.length;
  const n = columns.n;

  // Cells: which pass `where`, and their kept disaggregation's key.
  const cellCount = tables.cells.length;
  const kept = new Int32Array(cellCount);
  let keys: string[];
  let keptRank: Int32Array;
  const filtered = Object.keys(where).length > 0;
  if (!filtered) {
    keys = tables.cells.map((entry) => entry.key);
    keptRank = Int32Array.from(tables.cells, (entry) => entry.rank);
    for (let cell = 0; cell < cellCount; cell++) kept[cell] = cell;
  } else {
    keys = [];
    const byKey = new Map<string, number>();
    tables.cells.forEach((entry, cell) => {
      const rest = applyWhere(entry.example, where);
      if (rest === null) {
        kept[cell] = -1;
        return;
      }
      const key = disaggregationKey(rest);
      let id = byKey.get(key);
      if (id === undefined) {
        id = keys.length;
        keys.push(key);
        byKey.set(key, id);
      }
      kept[cell] = id;
    });
    keptRank = rankKeys(keys);
  }

  const dateAfter = new Uint8Array(tables.dates.length);
  tables.dates.forEach((date, d) => {
    dateAfter[d] = date > asOf ? 1 : 0;
  });
  const periodRank = new Int32Array(tables.periods.length);
  const periodAfter = new Uint8Array(tables.periods.length);
  tables.periods.forEach((entry, p) => {
    periodRank[p] = entry.rank;
    periodAfter[p] = entry.period !== null && entry.period.end > asOf ? 1 : 0;
  });

  // Pass 1, over every record (the store's records are in canonical order, the left-out ones
  // last): counts, invalid periods, and the rows to keep.
  const afterAsOf = new Int32Array(k);
  const drafts = new Int32Array(k);
  const invalidRows: number[] = [];
  let count = 0;
  const { words, flags: flagColumn } = columns;
  const { inputIndex } = canonical;
  for (let j = 0; j < n; j++) {
    const at = j * RECORD_WORDS;
    const ind = words[at + REC_INDICATOR] as number;
    if (ind < 0) continue;
    if ((kept[words[at + REC_CELL] as number] as number) < 0) continue;
    const p = words[at + REC_PERIOD] as number;
    if (p < 0 || (periodRank[p] as number) < 0) {
      invalidRows.push(j);
      continue;
    }
    const d = words[at + REC_DATE] as number;
    if ((d < 0 ? periodAfter[p] : dateAfter[d]) === 1) {
      afterAsOf[ind] = (afterAsOf[ind] as number) + 1;
      continue;
    }
    if (((flagColumn[j] as number) & IS_DRAFT) !== 0 && !includeDrafts) {
      drafts[ind] = (drafts[ind] as number) + 1;
      continue;
    }
    count++;
  }
  // Notes on invalid periods in the order the observations came in, as the object index gives them.
  const invalid = new Map<number, Note[]>();
  invalidRows.sort((a, b) => (inputIndex[a] as number) - (inputIndex[b] as number));
  for (const j of invalidRows) {
    const observation = observations[inputIndex[j] as number] as Observation;
    const ind = words[j * RECORD_WORDS + REC_INDICATOR] as number;
    const notes = invalid.get(ind) ?? [];
    addNote(notes, 'PERIOD_INVALID', `An observation has the period id ${JSON.stringify(observation.period)}, which is not valid; it is left out. Correct it with parseObservations.`);
    invalid.set(ind, notes);
  }

  // Pass 2, in canonical order: per indicator, its periods in time order, rows by key and reporter.
  const { order, start, words: recordWords, numbers: recordNumbers, flags: flagsAt } = canonical;
  const reporterRank = tables.reporterRank;
  const reporterCount = tables.reporters.length;
  const rowObservation = new Int32Array(count);
  // Codes in 16 bits when the dictionaries are small enough (they nearly always are): the index
  // is what an evaluation keeps, so each row's size counts.
  const rowCell = keys.length <= 0xffff ? new Uint16Array(count) : new Int32Array(count);
  const rowValue = new Float64Array(count);
  const rowSource = tables.sources.length <= 0x7fff ? new Int16Array(count) : new Int32Array(count);
  const rowFlags = new Uint8Array(count);
  const segmentPeriods: number[] = [];
  const segmentStarts: number[] = [];
  // Scratch for one indicator at a time: as large as the largest indicator's rows.
  let largest = 0;
  for (let ind = 0; ind < k; ind++) largest = Math.max(largest, (start[ind + 1] as number) - (start[ind] as number));
  const positions = new Int32Array(largest);
  const rowKey = new Float64Array(largest);
  const indicators = new Map<string, IndexedIndicator>();
  const pending: { indicator: number; segmentFrom: number; segmentTo: number; counts: IndexedIndicator['counts']; issues: Note[]; notes: Note[] }[] = [];
  let w = 0;
  // One indicator at a time, in a function of its own: called once per indicator, it gets
  // optimized early (a long loop body inside a function that runs once would not).
  const indexIndicator = (ind: number): void => {
    const segmentFrom = segmentPeriods.length;
    const firstRow = w;
    let superseded = 0;
    let missing = 0;
    let assumed = 0;
    const duplicates: { key: string; issues: Note[] }[] = [];
    // The indicator's kept rows (positions in the canonical order), in runs of one period.
    let used = 0;
    const runs: { from: number; to: number; rank: number; period: number }[] = [];
    for (let j = start[ind] as number; j < (start[ind + 1] as number); j++) {
      // What pass 1 counted as kept: the canonical order has left out drafts and rows dated after
      // `asOf` already.
      const p = recordWord(recordWords, j, REC_PERIOD);
      if ((kept[recordWord(recordWords, j, REC_CELL)] as number) < 0 || (periodRank[p] as number) < 0 || (recordWord(recordWords, j, REC_DATE) < 0 && periodAfter[p] === 1)) continue;
      const last = runs[runs.length - 1];
      if (last === undefined || last.period !== p) runs.push({ from: used, to: used + 1, rank: periodRank[p] as number, period: p });
      else last.to = used + 1;
      positions[used] = j;
      rowKey[used] = (keptRank[kept[recordWord(recordWords, j, REC_CELL)] as number] as number) * reporterCount + (reporterRank[recordWord(recordWords, j, REC_REPORTER)] as number);
      used++;
    }
    runs.sort((a, b) => a.rank - b.rank);
    for (const run of runs) {
      // Without `where` the canonical order is already by key and reporter; with it, the kept keys
      // may order differently (the insertion sort is linear on sorted input).
      if (filtered) sortRange(positions, rowKey, run.from, run.to);
      const period = tables.periods[run.period]?.period as Period;
      segmentPeriods.push(run.period);
      segmentStarts.push(w);
      let g = run.from;
      while (g < run.to) {
        let h = g + 1;
        while (h < run.to && rowKey[h] === rowKey[g]) h++;
        let winner = positions[g] as number;
        if (h - g > 1) {
          // Versions of one cell and reporter: resolved as the object index does, in input order.
          const group: { position: number; candidate: Candidate }[] = [];
          for (let x = g; x < h; x++) {
            const position = positions[x] as number;
            const observation = observations[order[position] as number] as Observation;
            group.push({ position, candidate: { observation, period: { id: period.id, start: period.start, end: period.end }, reportedOn: observation.reportedOn ?? period.end, assumed: observation.reportedOn === undefined, disaggregation: observation.disaggregation ?? {} } });
          }
          group.sort((a, b) => (order[a.position] as number) - (order[b.position] as number));
          const issues: Note[] = [];
          const chosen = resolveGroup(group.map((item) => item.candidate), issues);
          winner = (group.find((item) => item.candidate === chosen) as { position: number }).position;
          superseded += h - g - 1;
          if (issues.length > 0) {
            const first = (group[0] as { candidate: Candidate }).candidate.observation;
            duplicates.push({ key: `${period.id}\u0000${disaggregationKey(first.disaggregation ?? {})}\u0000${first.reportedBy ?? ''}`, issues });
          }
        }
        const flags = flagsAt[winner] as number;
        if ((flags & IS_NULL) !== 0) missing++;
        else {
          if (recordWord(recordWords, winner, REC_DATE) < 0) assumed++;
          rowObservation[w] = order[winner] as number;
          rowCell[w] = kept[recordWord(recordWords, winner, REC_CELL)] as number;
          rowValue[w] = recordValue(recordNumbers, winner);
          rowSource[w] = recordWord(recordWords, winner, REC_SOURCE);
          rowFlags[w] = flags;
          w++;
        }
        g = h;
      }
    }
    const issues: Note[] = [...(invalid.get(ind) ?? [])];
    duplicates.sort((a, b) => compareText(a.key, b.key));
    for (const duplicate of duplicates) issues.push(...duplicate.issues);
    const notes: Note[] = [];
    if (assumed > 0) {
      addNote(notes, 'REPORTED_ON_ASSUMED', `${assumed} observation${assumed === 1 ? '' : 's'} without a reportedOn date ${assumed === 1 ? 'was' : 'were'} taken as reported on the last day of ${assumed === 1 ? 'its' : 'their'} period.`);
    }
    pending.push({
      indicator: ind,
      segmentFrom,
      segmentTo: segmentPeriods.length,
      counts: { used: w - firstRow, afterAsOf: afterAsOf[ind] as number, drafts: drafts[ind] as number, superseded, missing },
      issues,
      notes,
    });
  };
  for (let ind = 0; ind < k; ind++) indexIndicator(ind);
  segmentStarts.push(w);
  const rows: IndexRows = {
    tables,
    observations,
    where,
    keys,
    observation: fitted(rowObservation, w),
    cell: fitted(rowCell, w),
    value: fitted(rowValue, w),
    source: fitted(rowSource, w),
    flags: fitted(rowFlags, w),
    segmentPeriod: Int32Array.from(segmentPeriods),
    segmentStart: Int32Array.from(segmentStarts),
  };
  for (const item of pending) {
    const data: IndicatorRows = { rows, segmentFrom: item.segmentFrom, segmentTo: item.segmentTo };
    const indexed = lazyIndicator(data, item.counts, item.issues, item.notes);
    internal.set(indexed, data);
    indicators.set((strategy.indicators[item.indicator] as { id: string }).id, indexed);
  }
  return { asOf, includeDrafts, where, indicators };
}

/** An indexed indicator whose `rows` are made on first read (an own, enumerable property). */
function lazyIndicator(data: IndicatorRows, counts: IndexedIndicator['counts'], issues: Note[], notes: Note[]): IndexedIndicator {
  // `rows` first, as in the plain index (key order shows in JSON).
  const indexed = { rows: [] as readonly IndexedObservation[], counts, issues, notes };
  Object.defineProperty(indexed, 'rows', {
    enumerable: true,
    configurable: true,
    get() {
      const rows = materialize(data);
      Object.defineProperty(indexed, 'rows', { value: rows, enumerable: true, configurable: false, writable: false });
      return rows;
    },
  });
  return indexed;
}

/**
 * The first `length` items of a row array: a view when it is nearly full (no copy), a copy when
 * many rows were dropped (superseded or missing values), so that the index never holds much more
 * than its rows.
 */
function fitted<T extends Int32Array | Int16Array | Uint16Array | Float64Array | Uint8Array>(array: T, length: number): T {
  return (length >= array.length * 0.9 ? array.subarray(0, length) : array.slice(0, length)) as T;
}

/** Insertion sort of `order[from, to)` by `key` (stable; `key` is permuted along). */
function sortRange(order: Int32Array, key: Float64Array, from: number, to: number): void {
  for (let a = from + 1; a < to; a++) {
    const k = key[a] as number;
    const o = order[a] as number;
    let b = a - 1;
    while (b >= from && (key[b] as number) > k) {
      key[b + 1] = key[b] as number;
      order[b + 1] = order[b] as number;
      b--;
    }
    key[b + 1] = k;
    order[b + 1] = o;
  }
}
