import type { Observation } from '../model/index.js';
import { compareText, IS_DRAFT, REC_CELL, REC_DATE, REC_INDICATOR, REC_PERIOD, REC_REPORTER, REC_SOURCE, RECORD_WORDS } from './observationStore.js';
import type { ObservationStore, ObservationTables } from './observationStore.js';

/**
 * The observations an evaluation looks at for reporting and data quality (of a strategy indicator;
 * not a draft unless drafts count; reported by `asOf` or undated), grouped by indicator (strategy
 * order) and, within an indicator, in canonical order: by period id, disaggregation key, reporter,
 * report date, status, type and value, source, note and external fields — the order
 * `dataQuality` reads them in, whatever order they came in.
 */
export interface CanonicalOrder {
  /** Observation index of each row in canonical order. */
  readonly order: Int32Array;
  /**
   * Observation index of every record of the store, now that its records are in canonical order:
   * `order` first, then the observations left out, in input order.
   */
  readonly inputIndex: Int32Array;
  /** Offsets of each indicator's observations in `order` (length K + 1). */
  readonly start: Int32Array;
  /**
   * The store's records in this order (so that the passes over them read memory in sequence):
   * `RECORD_WORDS` int32 words each, read with the `REC_*` offsets, and over the same memory
   * `numbers`, the value at `RECORD_NUMBERS × j`. The store's own buffer, moved in place: a fresh
   * one costs a page fault per 4 KB on first touch, which at 10⁶ rows costs more than the sort.
   */
  readonly words: Int32Array;
  readonly numbers: Float64Array;
  readonly flags: Uint8Array;
}

/**
 * Puts the store's records in canonical order, in place: afterwards record j of `store.columns`
 * is observation `inputIndex[j]` (the store's records are no longer in input order, so a store
 * gets one canonical order). `null`, with nothing moved, when an observation's period is not a
 * string (plain objects then).
 */
export function canonicalOrder(store: ObservationStore, asOf: string, includeDrafts: boolean): CanonicalOrder | null {
  const { columns, tables, observations } = store;
  if (store.ordered) throw new Error('canonicalOrder: this store is in canonical order already (encode the observations again).');
  const { words, numbers, flags } = columns;
  const k = store.strategy.indicators.length;
  const n = columns.n;
  const periodStringRank = rankOf(tables.periods.map((entry) => entry.id));
  const periodCount = tables.periods.length;
  const dateAfter = Uint8Array.from(tables.dates, (date) => (date > asOf ? 1 : 0));
  const slots = k * periodCount;
  // The slot (indicator × period id) of an observation; −1 when it is left out, −2 when its period
  // is not a string.
  const slotOf = (i: number): number => {
    const at = i * RECORD_WORDS;
    const ind = words[at + REC_INDICATOR] as number;
    if (ind < 0) return -1;
    if (((flags[i] as number) & IS_DRAFT) !== 0 && !includeDrafts) return -1;
    const date = words[at + REC_DATE] as number;
    if (date >= 0 && dateAfter[date] === 1) return -1;
    const p = words[at + REC_PERIOD] as number;
    return p < 0 ? -2 : ind * periodCount + (periodStringRank[p] as number);
  };

  // A counting sort by slot: where each record goes, then the records moved there in place.
  const start = new Int32Array(slots + 1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const s = slotOf(i);
    if (s === -2) return null;
    if (s < 0) continue;
    start[s + 1] = (start[s + 1] as number) + 1;
    count++;
  }
  let largest = 0;
  for (let s = 0; s < slots; s++) {
    largest = Math.max(largest, start[s + 1] as number);
    start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  }
  // Where each record goes, and which observation each place then holds.
  const destination = new Int32Array(n);
  const inputIndex = new Int32Array(n);
  const fill = start.slice(0, slots);
  let rest = count;
  for (let i = 0; i < n; i++) {
    const s = slotOf(i);
    let to: number;
    if (s < 0) to = rest++;
    else {
      to = fill[s] as number;
      fill[s] = to + 1;
    }
    destination[i] = to;
    inputIndex[to] = i;
  }
  moveInPlace(words, flags, destination);
  store.ordered = true;
  const order = inputIndex.subarray(0, count);
  const flagsAt = flags.subarray(0, count);

  const sorter = new SlotSorter(tables, observations, largest, order, flagsAt, words);
  for (let s = 0; s < slots; s++) {
    const from = start[s] as number;
    const to = start[s + 1] as number;
    if (to - from > 1) sorter.sort(from, to);
  }

  const byIndicator = new Int32Array(k + 1);
  for (let ind = 0; ind <= k; ind++) byIndicator[ind] = start[ind * periodCount] as number;
  return { order, inputIndex, start: byIndicator, words, numbers, flags: flagsAt };
}

// Blocks of 2^12 records (128 KB) for the first step of moveInPlace.
const BLOCK_SHIFT = 12;

/**
 * Moves record i to place `destination[i]` for every i, in place (`destination` ends as the
 * identity). In two steps, because a random access to one of the thousands of pages of a large
 * store misses the TLB nearly every time (on a VM, a two-level page walk): first each record into
 * its block of 2^12 places — a few hundred write positions open at a time, all moving forward —
 * then each block on its own, in memory that fits the L2 cache. Records move as int32 words, the
 * value's bits with them.
 */
function moveInPlace(words: Int32Array, flags: Uint8Array, destination: Int32Array): void {
  const n = destination.length;
  const blocks = n === 0 ? 0 : ((n - 1) >> BLOCK_SHIFT) + 1;
  if (blocks > 1) {
    // As in an American flag sort: each block's next free place; a record found in the wrong
    // block is swapped into the next free place of its own.
    const next = new Int32Array(blocks);
    for (let b = 0; b < blocks; b++) next[b] = b << BLOCK_SHIFT;
    for (let b = 0; b < blocks; b++) {
      const end = Math.min(n, (b + 1) << BLOCK_SHIFT);
      let x = next[b] as number;
      while (x < end) {
        const block = (destination[x] as number) >> BLOCK_SHIFT;
        if (block === b) x++;
        else {
          const y = next[block] as number;
          next[block] = y + 1;
          swapRecords(words, flags, destination, x, y);
        }
      }
      next[b] = end;
    }
  }
  for (let x = 0; x < n; x++) {
    let to = destination[x] as number;
    while (to !== x) {
      swapRecords(words, flags, destination, x, to);
      to = destination[x] as number;
    }
  }
}

function swapRecords(words: Int32Array, flags: Uint8Array, destination: Int32Array, x: number, y: number): void {
  const a = x * RECORD_WORDS;
  const b = y * RECORD_WORDS;
  for (let w = 0; w < RECORD_WORDS; w++) {
    const held = words[a + w] as number;
    words[a + w] = words[b + w] as number;
    words[b + w] = held;
  }
  const flag = flags[x] as number;
  flags[x] = flags[y] as number;
  flags[y] = flag;
  const to = destination[x] as number;
  destination[x] = destination[y] as number;
  destination[y] = to;
}

// Up to this many rows a slot is sorted by insertion; above, by a typed-array sort of packed keys.
// Most slots hold a few dozen rows, where the call into the typed-array sort costs more than the
// insertion sort (64 measured a little faster than 12 or 128 at 10^4 and 10^5).
const INSERTION_LIMIT = 64;

/**
 * Sorts the rows of one slot (records in input order) by disaggregation key and reporter, then by
 * the rest of the observation ({@link restKey}), then by input order — the order `dataQuality`
 * reads them in. Scratch buffers are sized once for the largest slot.
 */
class SlotSorter {
  private readonly cellRank: Int32Array;
  private readonly reporterRank: Int32Array;
  private readonly reporterCount: number;
  private readonly key: Float64Array;
  private readonly permutation: Int32Array;
  private readonly packed: Float64Array;
  private readonly scratchWords: Int32Array;
  private readonly scratchOrder: Int32Array;
  private readonly scratchFlags: Uint8Array;
  private readonly rest = new Map<number, string>();

  constructor(
    tables: ObservationTables,
    private readonly observations: readonly Observation[],
    largest: number,
    private readonly order: Int32Array,
    private readonly flags: Uint8Array,
    private readonly words: Int32Array,
  ) {
    this.cellRank = Int32Array.from(tables.cells, (entry) => entry.rank);
    this.reporterRank = tables.reporterRank;
    this.reporterCount = tables.reporters.length;
    this.key = new Float64Array(largest);
    this.permutation = new Int32Array(largest);
    this.packed = new Float64Array(largest);
    this.scratchWords = new Int32Array(largest * RECORD_WORDS);
    this.scratchOrder = new Int32Array(largest);
    this.scratchFlags = new Uint8Array(largest);
  }

  sort(from: number, to: number): void {
    const m = to - from;
    const { key, permutation, words } = this;
    let largestKey = 0;
    for (let x = 0; x < m; x++) {
      const at = (from + x) * RECORD_WORDS;
      const value = (this.cellRank[words[at + REC_CELL] as number] as number) * this.reporterCount + (this.reporterRank[words[at + REC_REPORTER] as number] as number);
      key[x] = value;
      permutation[x] = x;
      if (value > largestKey) largestKey = value;
    }
    if (m <= INSERTION_LIMIT || (largestKey + 1) * m > Number.MAX_SAFE_INTEGER) this.insertionSort(from, 0, m);
    else {
      // key × m + position: one numeric sort orders by key and keeps input order among equal keys.
      const packed = this.packed.subarray(0, m);
      for (let x = 0; x < m; x++) packed[x] = (key[x] as number) * m + x;
      packed.sort();
      for (let x = 0; x < m; x++) {
        const position = (packed[x] as number) % m;
        permutation[x] = position;
        key[x] = ((packed[x] as number) - position) / m;
      }
      // Equal keys are versions of one cell and reporter: ordered by the rest.
      let g = 0;
      while (g < m) {
        let h = g + 1;
        while (h < m && key[h] === key[g]) h++;
        if (h - g > 1) this.insertionSort(from, g, h);
        g = h;
      }
    }
    let moved = false;
    for (let x = 0; x < m; x++) if (permutation[x] !== x) moved = true;
    if (moved) this.permute(from, m);
  }

  // Stable insertion sort of permutation[lo, hi) by key, then the rest.
  private insertionSort(from: number, lo: number, hi: number): void {
    const { key, permutation } = this;
    for (let a = lo + 1; a < hi; a++) {
      const kk = key[a] as number;
      const o = permutation[a] as number;
      let b = a - 1;
      while (b >= lo) {
        const kb = key[b] as number;
        if (kb < kk || (kb === kk && compareText(this.restOf(from + (permutation[b] as number)), this.restOf(from + o)) <= 0)) break;
        key[b + 1] = kb;
        permutation[b + 1] = permutation[b] as number;
        b--;
      }
      key[b + 1] = kk;
      permutation[b + 1] = o;
    }
  }

  private restOf(row: number): string {
    const i = this.order[row] as number;
    let text = this.rest.get(i);
    if (text === undefined) {
      text = restKey(this.observations[i] as Observation);
      this.rest.set(i, text);
    }
    return text;
  }

  // Puts the slot's rows (records, observation indices and flags) in the order of `permutation`.
  private permute(from: number, m: number): void {
    const { words, order, flags, scratchWords, scratchOrder, scratchFlags, permutation } = this;
    scratchWords.set(words.subarray(from * RECORD_WORDS, (from + m) * RECORD_WORDS));
    scratchOrder.set(order.subarray(from, from + m));
    scratchFlags.set(flags.subarray(from, from + m));
    for (let x = 0; x < m; x++) {
      const source = permutation[x] as number;
      order[from + x] = scratchOrder[source] as number;
      flags[from + x] = scratchFlags[source] as number;
      const at = (from + x) * RECORD_WORDS;
      const back = source * RECORD_WORDS;
      for (let w = 0; w < RECORD_WORDS; w++) words[at + w] = scratchWords[back + w] as number;
    }
  }
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
