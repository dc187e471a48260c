import { daysBetween } from '../periods/index.js';
import { cellTable } from './cellTable.js';
import type { CellTable } from './cellTable.js';
import type { IndexRows } from './indexedRows.js';
import { listInterner } from './listInterner.js';
import type { ListInterner } from './listInterner.js';
import type { Note } from './types.js';

// Working memory for computing the period values of many indicators in one call: buffers reused
// from indicator to indicator instead of arrays and sets made per period, and the shared lists of
// sources and parts. Made by allPeriodValues (or per call of rawPeriodValues) and dropped after;
// only the cell table (and the shared lists in it) lives on, in the period values it made.

/** The per-call working memory of {@link rawPeriodValues} and {@link periodCellsFromRows}. */
export interface CellScratch {
  /** Whether every indicator of the index will be read (so the cell table is made at full size at once). */
  readonly whole: boolean;
  /** The index rows the source tables below were made for (every indicator of an index shares them). */
  rows: IndexRows | undefined;
  /** The cells of the call (made with the rows). */
  table: CellTable | undefined;
  /** First and last day numbers of each period entry of the rows' tables (made with the rows). */
  entryStart: Int32Array;
  entryEnd: Int32Array;
  /** Distinct source texts in string order (the order `sort()` gives). */
  sourceTexts: readonly string[];
  /** Per source entry of the rows' tables: the position of its text in `sourceTexts`. */
  sourceRank: Int32Array;
  /** Per position in `sourceTexts`: the stamp of the last cell that used it. */
  cellSeen: Int32Array;
  /** Per position in `sourceTexts`: the stamp of the last indicator that used it. */
  indicatorSeen: Int32Array;
  cellStamp: number;
  indicatorStamp: number;
  /** The sources of the cell being made (positions in `sourceTexts`). */
  cellSources: Int32Array;
  /** The sources of the indicator being made, in first-use order (positions in `sourceTexts`). */
  indicatorSources: Int32Array;
  indicatorSourceCount: number;
  /** Shared lists of source texts. */
  sourceLists: ListInterner;
  /** Shared lists of disaggregation keys. */
  partLists: ListInterner;
  /** Position in `sourceTexts` by text (made on first need). */
  sourceByText: Map<string, number> | undefined;
  /** Day numbers of dates. */
  readonly days: Map<string, number>;
  /** First and last day numbers of the cells of the indicator being checked (grown as needed). */
  startDay: Int32Array;
  endDay: Int32Array;
  /** The issues found for the indicator being made (emptied for each). */
  readonly issues: Note[];
  /** Its periods where a total was used beside its parts (emptied for each). */
  readonly preferred: string[];
  /** Its periods where several reporters gave one disaggregation (emptied for each). */
  readonly combined: string[];
  /** The descriptor of the hidden link of lazy period values (filled for each; see lazyPeriodValues.ts). */
  readonly link: PropertyDescriptor;
}

const NO_ROWS = new Int32Array(0);

/**
 * Empty working memory; its buffers are made when first needed.
 *
 * @param whole - Whether every indicator of the index will be read.
 * @returns The working memory.
 */
export function cellScratch(whole = false): CellScratch {
  return {
    whole,
    rows: undefined,
    table: undefined,
    entryStart: NO_ROWS,
    entryEnd: NO_ROWS,
    sourceTexts: [],
    sourceRank: NO_ROWS,
    cellSeen: NO_ROWS,
    indicatorSeen: NO_ROWS,
    cellStamp: 0,
    indicatorStamp: 0,
    cellSources: NO_ROWS,
    indicatorSources: NO_ROWS,
    indicatorSourceCount: 0,
    sourceLists: listInterner([]),
    partLists: listInterner([]),
    sourceByText: undefined,
    days: new Map(),
    startDay: new Int32Array(64),
    endDay: new Int32Array(64),
    issues: [],
    preferred: [],
    combined: [],
    link: { value: undefined },
  };
}

/**
 * Sets the working memory up for the rows of an index (nothing to do when it already is).
 *
 * @param scratch - The working memory.
 * @param rows - The index rows about to be read.
 */
export function prepareScratch(scratch: CellScratch, rows: IndexRows): void {
  if (scratch.rows === rows) return;
  scratch.rows = rows;
  const sources = rows.tables.sources;
  // Equal texts (should the table ever hold a text twice) get one position, so they count once.
  const order = sources.map((_, entry) => entry).sort((a, b) => {
    const x = sources[a] as string;
    const y = sources[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const texts: string[] = [];
  const rank = new Int32Array(sources.length);
  for (const entry of order) {
    const text = sources[entry] as string;
    if (texts.length === 0 || texts[texts.length - 1] !== text) texts.push(text);
    rank[entry] = texts.length - 1;
  }
  scratch.sourceTexts = texts;
  scratch.sourceRank = rank;
  scratch.cellSeen = new Int32Array(texts.length);
  scratch.indicatorSeen = new Int32Array(texts.length);
  scratch.cellSources = new Int32Array(texts.length);
  scratch.indicatorSources = new Int32Array(texts.length);
  scratch.sourceLists = listInterner(texts);
  scratch.partLists = listInterner(rows.keys);
  scratch.sourceByText = undefined;
  // Every indicator of the index: one cell at most per segment, so the table never grows.
  scratch.table = cellTable(rows, scratch.partLists, scratch.whole ? rows.segmentPeriod.length : 64);
  const periods = rows.tables.periods;
  scratch.entryStart = new Int32Array(periods.length);
  scratch.entryEnd = new Int32Array(periods.length);
  for (let entry = 0; entry < periods.length; entry++) {
    const period = periods[entry]?.period;
    if (period == null) continue;
    scratch.entryStart[entry] = dayOf(scratch, period.start);
    scratch.entryEnd[entry] = dayOf(scratch, period.end);
  }
}

/**
 * The position of a source text in `sourceTexts`, or −1 when the rows' tables do not have it.
 *
 * @param scratch - The working memory, set up for some rows.
 * @param text - A source text.
 * @returns Its position.
 */
export function sourcePosition(scratch: CellScratch, text: string): number {
  let byText = scratch.sourceByText;
  if (byText === undefined) {
    byText = new Map(scratch.sourceTexts.map((entry, position) => [entry, position]));
    scratch.sourceByText = byText;
  }
  return byText.get(text) ?? -1;
}

// Any fixed day works as the origin: only differences and order of day numbers are used.
const ORIGIN = '2000-01-01';

/**
 * The day number of a `YYYY-MM-DD` date (days after 2000-01-01), remembered for the call.
 *
 * @param scratch - The working memory.
 * @param date - The date.
 * @returns Its day number.
 */
export function dayOf(scratch: CellScratch, date: string): number {
  let day = scratch.days.get(date);
  if (day === undefined) {
    day = daysBetween(ORIGIN, date);
    scratch.days.set(date, day);
  }
  return day;
}

/**
 * Fills `startDay` and `endDay` with the day numbers of the first and last day of cells
 * `from` ≤ c < `to` of the scratch's cell table (at 0, 1, …).
 *
 * @param scratch - The working memory, set up for the table's rows.
 * @param table - The cell table.
 * @param from - First cell.
 * @param to - Last cell + 1.
 */
export function tableDays(scratch: CellScratch, table: CellTable, from: number, to: number): void {
  growDays(scratch, to - from);
  const { startDay, endDay, entryStart, entryEnd } = scratch;
  const segmentPeriod = table.rows.segmentPeriod;
  for (let c = from; c < to; c++) {
    const entry = segmentPeriod[table.segment[c] as number] as number;
    startDay[c - from] = entryStart[entry] as number;
    endDay[c - from] = entryEnd[entry] as number;
  }
}

function growDays(scratch: CellScratch, size: number): void {
  if (scratch.startDay.length < size) {
    scratch.startDay = new Int32Array(size * 2);
    scratch.endDay = new Int32Array(size * 2);
  }
}

/**
 * Fills `startDay` and `endDay` with the day numbers of each cell's first and last day.
 *
 * @param scratch - The working memory.
 * @param cells - The cells.
 */
export function cellDays(scratch: CellScratch, cells: readonly { readonly start: string; readonly end: string }[]): void {
  growDays(scratch, cells.length);
  const { startDay, endDay } = scratch;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as { readonly start: string; readonly end: string };
    startDay[i] = dayOf(scratch, cell.start);
    endDay[i] = dayOf(scratch, cell.end);
  }
}
