import { disaggregationKey } from '../model/index.js';
import type { Observation } from '../model/index.js';
import type { Period } from '../periods/index.js';
import { applyWhere, resolveGroup } from './indexGeneric.js';
import type { Candidate } from './indexGeneric.js';
import type { IndexedIndicator, IndexedObservation, ObservationIndex } from './indexObservations.js';
import { addNote } from './notes.js';
import { compareText, IS_DRAFT, IS_NULL, rankKeys } from './observationStore.js';
import type { ObservationStore } from './observationStore.js';
import type { Note } from './types.js';

// The columnar observation index: what indexGeneric.ts computes on objects, computed on the
// encoded store. The rows in force are kept as typed arrays (about 25 bytes per observation), grouped
// by indicator, then period (start, end, id), then disaggregation key and reporter; `rows` objects
// are only made when someone reads them. See indexGeneric.ts for the rules.

/** The rows in force of a whole index, in indicator, period, key, reporter order. */
export interface IndexRows {
  readonly store: ObservationStore;
  readonly where: Readonly<Record<string, string>>;
  /** Keys of the kept disaggregations (without the `where` dimensions), by kept cell. */
  readonly keys: readonly string[];
  /** Observation index of each row. */
  readonly observation: Int32Array;
  /** Kept cell of each row. */
  readonly cell: Int32Array;
  readonly reporter: Int32Array;
  readonly value: Float64Array;
  readonly source: Int32Array;
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
  return rows.store.tables.periods[rows.segmentPeriod[segment] as number]?.period as Period;
}

/** `reportedOn` of a row (its period's last day when the observation gave none). */
export function reportedOnOf(rows: IndexRows, row: number, period: Period): string {
  return (rows.store.observations[rows.observation[row] as number] as Observation).reportedOn ?? period.end;
}

/** The row as the object the index exposes. */
export function rowObject(rows: IndexRows, row: number, period: Period): IndexedObservation {
  const observation = rows.store.observations[rows.observation[row] as number] as Observation;
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
    source: source < 0 ? null : (rows.store.tables.sources[source] as string),
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

/** Builds the index from the store (see indexGeneric.ts for the rules it follows). */
export function buildIndex(store: ObservationStore, asOf: string, includeDrafts: boolean, where: Readonly<Record<string, string>>): ObservationIndex {
  const { strategy, observations, columns, tables } = store;
  const k = strategy.indicators.length;
  const n = columns.n;

  // Cells: which pass `where`, and their kept disaggregation's key.
  const cellCount = tables.cells.length;
  const kept = new Int32Array(cellCount);
  let keys: string[];
  let keptRank: Int32Array;
  if (Object.keys(where).length === 0) {
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
  const periodCount = tables.periodOrder.length;
  const periodRank = new Int32Array(tables.periods.length);
  const periodAfter = new Uint8Array(tables.periods.length);
  tables.periods.forEach((entry, p) => {
    periodRank[p] = entry.rank;
    periodAfter[p] = entry.period !== null && entry.period.end > asOf ? 1 : 0;
  });

  const afterAsOf = new Int32Array(k);
  const drafts = new Int32Array(k);
  const invalid = new Map<number, Note[]>();
  const candidates = new Int32Array(n);
  const slotOf = new Float64Array(n);
  let count = 0;
  const { indicator: indicatorColumn, cell: cellColumn, period: periodColumn, date: dateColumn, flags: flagColumn } = columns;
  for (let i = 0; i < n; i++) {
    const ind = indicatorColumn[i] as number;
    if (ind < 0) continue;
    if ((kept[cellColumn[i] as number] as number) < 0) continue;
    const p = periodColumn[i] as number;
    const rank = p < 0 ? -1 : (periodRank[p] as number);
    if (rank < 0) {
      const notes = invalid.get(ind) ?? [];
      addNote(notes, 'PERIOD_INVALID', `An observation has the period id ${JSON.stringify((observations[i] as Observation).period)}, which is not valid; it is left out. Correct it with parseObservations.`);
      invalid.set(ind, notes);
      continue;
    }
    const d = dateColumn[i] as number;
    if ((d < 0 ? periodAfter[p] : dateAfter[d]) === 1) {
      afterAsOf[ind] = (afterAsOf[ind] as number) + 1;
      continue;
    }
    if (((flagColumn[i] as number) & IS_DRAFT) !== 0 && !includeDrafts) {
      drafts[ind] = (drafts[ind] as number) + 1;
      continue;
    }
    candidates[count] = i;
    slotOf[count] = ind * periodCount + rank;
    count++;
  }

  const order = sortBySlot(candidates, slotOf, count, k * periodCount);
  const reporterRank = tables.reporterRank;
  const reporterCount = tables.reporters.length;
  const rowKey = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    const i = order[j] as number;
    rowKey[j] = (keptRank[kept[cellColumn[i] as number] as number] as number) * reporterCount + (reporterRank[columns.reporter[i] as number] as number);
  }

  const rowObservation = new Int32Array(count);
  const rowCell = new Int32Array(count);
  const rowReporter = new Int32Array(count);
  const rowValue = new Float64Array(count);
  const rowSource = new Int32Array(count);
  const rowFlags = new Uint8Array(count);
  const segmentPeriods: number[] = [];
  const segmentStarts: number[] = [];
  const indicators = new Map<string, IndexedIndicator>();
  const pending: { indicator: number; data: Omit<IndicatorRows, 'rows'>; counts: IndexedIndicator['counts']; issues: Note[]; notes: Note[] }[] = [];
  let w = 0;
  let j = 0;
  const periodByRank = Int32Array.from(tables.periodOrder, (entry) => tables.periods.indexOf(entry));
  for (let ind = 0; ind < k; ind++) {
    const segmentFrom = segmentPeriods.length;
    const firstRow = w;
    let superseded = 0;
    let missing = 0;
    let assumed = 0;
    const duplicates: { key: string; issues: Note[] }[] = [];
    while (j < count && Math.floor((slotOf[j] as number) / periodCount) === ind) {
      // One indicator × period: sort its rows by key and reporter (input order within ties).
      const slot = slotOf[j] as number;
      let end = j + 1;
      while (end < count && slotOf[end] === slot) end++;
      sortRange(order, rowKey, j, end);
      const entryIndex = periodByRank[slot - ind * periodCount] as number;
      const period = tables.periods[entryIndex]?.period as Period;
      segmentPeriods.push(entryIndex);
      segmentStarts.push(w);
      let g = j;
      while (g < end) {
        let h = g + 1;
        while (h < end && rowKey[h] === rowKey[g]) h++;
        let winner = order[g] as number;
        if (h - g > 1) {
          const group: Candidate[] = [];
          for (let x = g; x < h; x++) {
            const i = order[x] as number;
            const observation = observations[i] as Observation;
            group.push({ observation, period: { id: period.id, start: period.start, end: period.end }, reportedOn: observation.reportedOn ?? period.end, assumed: observation.reportedOn === undefined, disaggregation: observation.disaggregation ?? {} });
          }
          const issues: Note[] = [];
          const chosen = resolveGroup(group, issues);
          winner = order[g + group.indexOf(chosen)] as number;
          superseded += h - g - 1;
          if (issues.length > 0) {
            const first = observations[order[g] as number] as Observation;
            duplicates.push({ key: `${period.id}\u0000${disaggregationKey(first.disaggregation ?? {})}\u0000${first.reportedBy ?? ''}`, issues });
          }
        }
        const flags = columns.flags[winner] as number;
        if ((flags & IS_NULL) !== 0) missing++;
        else {
          if ((columns.date[winner] as number) < 0) assumed++;
          rowObservation[w] = winner;
          rowCell[w] = kept[cellColumn[winner] as number] as number;
          rowReporter[w] = columns.reporter[winner] as number;
          rowValue[w] = columns.value[winner] as number;
          rowSource[w] = columns.source[winner] as number;
          rowFlags[w] = flags;
          w++;
        }
        g = h;
      }
      j = end;
    }
    const issues: Note[] = [...(invalid.get(ind) ?? [])];
    duplicates.sort((a, b) => compareText(a.key, b.key));
    for (const duplicate of duplicates) issues.push(...duplicate.issues);
    const notes: Note[] = [];
    if (assumed > 0) {
      addNote(notes, 'REPORTED_ON_ASSUMED', `${assumed} observation${assumed === 1 ? '' : 's'} without a reportedOn date ${assumed === 1 ? 'was' : 'were'} taken as reported on the last day of ${assumed === 1 ? 'its' : 'their'} period.`);
    }
    const used = w - firstRow;
    pending.push({
      indicator: ind,
      data: { segmentFrom, segmentTo: segmentPeriods.length },
      counts: { used, afterAsOf: afterAsOf[ind] as number, drafts: drafts[ind] as number, superseded, missing },
      issues,
      notes,
    });
  }
  segmentStarts.push(w);
  const rows: IndexRows = {
    store,
    where,
    keys,
    observation: rowObservation.slice(0, w),
    cell: rowCell.slice(0, w),
    reporter: rowReporter.slice(0, w),
    value: rowValue.slice(0, w),
    source: rowSource.slice(0, w),
    flags: rowFlags.slice(0, w),
    segmentPeriod: Int32Array.from(segmentPeriods),
    segmentStart: Int32Array.from(segmentStarts),
  };
  for (const item of pending) {
    const data: IndicatorRows = { rows, segmentFrom: item.data.segmentFrom, segmentTo: item.data.segmentTo };
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

/** Candidates by slot (counting sort, stable): returns the candidate positions in slot order. */
function sortBySlot(candidates: Int32Array, slotOf: Float64Array, count: number, slots: number): Int32Array {
  const order = new Int32Array(count);
  if (slots <= Math.max(1 << 20, 4 * count)) {
    const start = new Int32Array(slots + 1);
    for (let j = 0; j < count; j++) start[(slotOf[j] as number) + 1] = (start[(slotOf[j] as number) + 1] as number) + 1;
    for (let s = 0; s < slots; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
    for (let j = 0; j < count; j++) {
      const s = slotOf[j] as number;
      const at = start[s] as number;
      order[at] = j;
      start[s] = at + 1;
    }
  } else {
    const positions = Array.from({ length: count }, (_, j) => j);
    positions.sort((a, b) => (slotOf[a] as number) - (slotOf[b] as number) || a - b);
    order.set(positions);
  }
  // From candidate positions to observation indices, keeping slots reachable through slotOf.
  const observations = new Int32Array(count);
  const slotsSorted = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    observations[j] = candidates[order[j] as number] as number;
    slotsSorted[j] = slotOf[order[j] as number] as number;
  }
  slotOf.set(slotsSorted);
  return observations;
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
