import type { Observation } from '../model/index.js';
import { compareText, IS_DRAFT } from './observationStore.js';
import type { ObservationStore } from './observationStore.js';

/**
 * The observations an evaluation looks at for reporting and data quality (of a strategy indicator;
 * not a draft unless drafts count; reported by `asOf` or undated), grouped by indicator (strategy
 * order) and, within an indicator, in canonical order: by period id, disaggregation key, reporter,
 * report date, status, type and value, source, note and external fields — the order
 * `dataQuality` reads them in, whatever order they came in.
 */
export interface CanonicalOrder {
  /** Observation indices. */
  readonly order: Int32Array;
  /** Offsets of each indicator's observations in `order` (length K + 1). */
  readonly start: Int32Array;
  /** The store's columns gathered in this order (so that the passes over them read memory in sequence). */
  readonly period: Int32Array;
  readonly cell: Int32Array;
  readonly reporter: Int32Array;
  readonly date: Int32Array;
  readonly source: Int32Array;
  readonly value: Float64Array;
  readonly flags: Uint8Array;
}

/** The canonical order, or `null` when an observation's period is not a string (plain objects then). */
export function canonicalOrder(store: ObservationStore, asOf: string, includeDrafts: boolean): CanonicalOrder | null {
  const { columns, tables, observations } = store;
  const k = store.strategy.indicators.length;
  const n = columns.n;
  const periodStringRank = rankOf(tables.periods.map((entry) => entry.id));
  const periodCount = tables.periods.length;
  const cellRank = Int32Array.from(tables.cells, (entry) => entry.rank);
  const reporterRank = tables.reporterRank;
  const reporterCount = tables.reporters.length;
  const dateAfter = tables.dates.map((date) => date > asOf);

  const slot = new Int32Array(n).fill(-1);
  const start = new Int32Array(k * periodCount + 1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const ind = columns.indicator[i] as number;
    if (ind < 0) continue;
    if (((columns.flags[i] as number) & IS_DRAFT) !== 0 && !includeDrafts) continue;
    const date = columns.date[i] as number;
    if (date >= 0 && dateAfter[date] === true) continue;
    const p = columns.period[i] as number;
    if (p < 0) return null;
    const s = ind * periodCount + (periodStringRank[p] as number);
    slot[i] = s;
    start[s + 1] = (start[s + 1] as number) + 1;
    count++;
  }
  for (let s = 0; s < k * periodCount; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const order = new Int32Array(count);
  const fill = start.slice(0, k * periodCount);
  for (let i = 0; i < n; i++) {
    const s = slot[i] as number;
    if (s < 0) continue;
    const at = fill[s] as number;
    order[at] = i;
    fill[s] = at + 1;
  }
  // Within a period: by key and reporter (insertion sort: periods hold few rows), then the rest.
  const key = new Float64Array(count);
  for (let j = 0; j < count; j++) {
    const i = order[j] as number;
    key[j] = (cellRank[columns.cell[i] as number] as number) * reporterCount + (reporterRank[columns.reporter[i] as number] as number);
  }
  const rest = new Map<number, string>();
  const restOf = (i: number): string => {
    let text = rest.get(i);
    if (text === undefined) {
      text = restKey(observations[i] as Observation);
      rest.set(i, text);
    }
    return text;
  };
  // A function of its own (called once per indicator × period) so that it is optimized early.
  const sortSlot = (from: number, to: number): void => {
    for (let a = from + 1; a < to; a++) {
      const kk = key[a] as number;
      const o = order[a] as number;
      let b = a - 1;
      while (b >= from) {
        const kb = key[b] as number;
        if (kb < kk || (kb === kk && compareText(restOf(order[b] as number), restOf(o)) <= 0)) break;
        key[b + 1] = kb;
        order[b + 1] = order[b] as number;
        b--;
      }
      key[b + 1] = kk;
      order[b + 1] = o;
    }
  };
  for (let s = 0; s < k * periodCount; s++) {
    const from = start[s] as number;
    const to = start[s + 1] as number;
    if (to - from > 1) sortSlot(from, to);
  }
  const byIndicator = new Int32Array(k + 1);
  for (let ind = 0; ind <= k; ind++) byIndicator[ind] = start[ind * periodCount] as number;
  const gathered = {
    order,
    start: byIndicator,
    period: new Int32Array(count),
    cell: new Int32Array(count),
    reporter: new Int32Array(count),
    date: new Int32Array(count),
    source: new Int32Array(count),
    value: new Float64Array(count),
    flags: new Uint8Array(count),
  };
  for (let j = 0; j < count; j++) {
    const i = order[j] as number;
    gathered.period[j] = columns.period[i] as number;
    gathered.cell[j] = columns.cell[i] as number;
    gathered.reporter[j] = columns.reporter[i] as number;
    gathered.date[j] = columns.date[i] as number;
    gathered.source[j] = columns.source[i] as number;
    gathered.value[j] = columns.value[i] as number;
    gathered.flags[j] = columns.flags[i] as number;
  }
  return gathered;
}

/** What orders observations of the same indicator, period, key and reporter (as in dataQuality). */
function restKey(observation: Observation): string {
  return [
    observation.reportedOn ?? '', observation.status, typeof observation.value, JSON.stringify(observation.value),
    JSON.stringify(observation.source ?? null), JSON.stringify(observation.note ?? null), JSON.stringify(observation.external ?? null),
  ].join('\u0000');
}

function rankOf(texts: readonly string[]): Int32Array {
  const order = texts.map((_, index) => index).sort((a, b) => compareText(texts[a] as string, texts[b] as string));
  const rank = new Int32Array(texts.length);
  order.forEach((index, position) => {
    rank[index] = position;
  });
  return rank;
}
