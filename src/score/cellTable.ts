import type { Period } from '../periods/index.js';
import { segmentPeriod } from './indexedRows.js';
import type { IndexRows } from './indexedRows.js';
import { internList, newList, sameList } from './listInterner.js';
import type { ListInterner } from './listInterner.js';
import type { PeriodCell } from './PeriodCell.js';
import type { ValueCell } from './timeAggregation.js';

// The period cells of the indicators of one call, as columns: per cell its period (a segment of
// the index rows), value, the rows it was taken from and its sources. The cell objects
// (PeriodCell: seven fields and a list of parts each) are made only when someone reads them (see
// lazyPeriodValues.ts): evaluating 10^6 observations makes about 5·10^4 cells, and their objects
// and part lists would be most of what period values allocate. A cell's parts are the distinct
// keys of its rows, so they are read back from the index rows when the object is made.

/** A cell made by {@link periodCell} from row objects (its object is kept as it is). */
const FROM_OBJECT = 1;
/** A reported total: no parts. */
const TOTAL = 2;

/** The cells of one call's indicators, in columns. */
export interface CellTable {
  /** The index rows the cells were taken from. */
  readonly rows: IndexRows;
  /** How many cells are filled. */
  count: number;
  /** Segment of the rows (indicator × period) of each cell. */
  segment: Int32Array;
  value: Float64Array;
  /** First and last + 1 row used; for a cell made from objects: `usedFrom` is its index in `objects`. */
  usedFrom: Int32Array;
  usedTo: Int32Array;
  /** `FROM_OBJECT`, `TOTAL` bits. */
  kind: Uint8Array;
  /** The sorted sources of each cell (shared lists). */
  readonly sources: (readonly string[])[];
  /** Cells made from row objects. */
  readonly objects: PeriodCell[];
  /** Shared lists of disaggregation keys, for the parts of the cells made. */
  readonly partLists: ListInterner;
  /** Room for the keys of one cell's parts (grown as needed). */
  partIds: Int32Array;
}

/**
 * An empty table.
 *
 * @param rows - The index rows the cells will be taken from.
 * @param partLists - Shared lists of the rows' disaggregation keys.
 * @param capacity - Cells to make room for (it grows as needed).
 * @returns The table.
 */
export function cellTable(rows: IndexRows, partLists: ListInterner, capacity: number): CellTable {
  const size = Math.max(capacity, 8);
  return {
    rows,
    count: 0,
    segment: new Int32Array(size),
    value: new Float64Array(size),
    usedFrom: new Int32Array(size),
    usedTo: new Int32Array(size),
    kind: new Uint8Array(size),
    // At full size from the start: grown one cell at a time it would be copied again and again.
    sources: new Array<readonly string[]>(size),
    objects: [],
    partLists,
    partIds: new Int32Array(64),
  };
}

/**
 * Makes room for `more` cells.
 *
 * @param table - The table.
 * @param more - Cells about to be added.
 */
export function reserveCells(table: CellTable, more: number): void {
  const needed = table.count + more;
  if (needed <= table.segment.length) return;
  const size = Math.max(needed, table.segment.length * 2);
  table.segment = grownInt(table.segment, size);
  table.usedFrom = grownInt(table.usedFrom, size);
  table.usedTo = grownInt(table.usedTo, size);
  const value = new Float64Array(size);
  value.set(table.value);
  table.value = value;
  const kind = new Uint8Array(size);
  kind.set(table.kind);
  table.kind = kind;
}

function grownInt(array: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(array);
  return grown;
}

/**
 * Adds a cell taken from rows `usedFrom` ≤ r < `usedTo` of a segment (room reserved before).
 *
 * @param table - The table.
 * @param segment - The segment (its period).
 * @param value - The cell's value.
 * @param usedFrom - First row used.
 * @param usedTo - Last row used + 1.
 * @param total - Whether the rows are reported totals (then the cell has no parts).
 * @param sources - The sorted sources of those rows.
 */
export function addRowCell(table: CellTable, segment: number, value: number, usedFrom: number, usedTo: number, total: boolean, sources: readonly string[]): void {
  const c = table.count++;
  table.segment[c] = segment;
  table.value[c] = value;
  table.usedFrom[c] = usedFrom;
  table.usedTo[c] = usedTo;
  table.kind[c] = total ? TOTAL : 0;
  table.sources[c] = sources;
}

/**
 * Adds a cell already made as an object (room reserved before).
 *
 * @param table - The table.
 * @param segment - The segment (its period).
 * @param cell - The cell.
 */
export function addObjectCell(table: CellTable, segment: number, cell: PeriodCell): void {
  const c = table.count++;
  table.segment[c] = segment;
  table.value[c] = 0;
  table.usedFrom[c] = table.objects.length;
  table.usedTo[c] = 0;
  table.kind[c] = FROM_OBJECT;
  table.sources[c] = cell.sources;
  table.objects.push(cell);
}

/**
 * The period of a cell.
 *
 * @param table - The table.
 * @param c - The cell.
 * @returns Its period.
 */
export function cellPeriod(table: CellTable, c: number): Period {
  return segmentPeriod(table.rows, table.segment[c] as number);
}

/**
 * The cell objects of cells `from` ≤ c < `to`.
 *
 * @param table - The table.
 * @param from - First cell.
 * @param to - Last cell + 1.
 * @returns The cells.
 */
export function tableCells(table: CellTable, from: number, to: number): PeriodCell[] {
  const cells: PeriodCell[] = [];
  let previous: readonly string[] | undefined;
  for (let c = from; c < to; c++) {
    const cell = tableCell(table, c, previous);
    if (cell.parts.length > 0) previous = cell.parts;
    cells.push(cell);
  }
  return cells;
}

/**
 * Lists of parts up to this long are shared across indicators (a few dimensions, such as sex,
 * come back in many indicators); longer ones only with the period before (the same provinces
 * period after period), as looking them up would cost more than it saves.
 */
const SHARED_UP_TO = 8;

/** The object of one cell; `previous` is the indicator's last list of parts, shared when equal. */
function tableCell(table: CellTable, c: number, previous: readonly string[] | undefined): PeriodCell {
  const kind = table.kind[c] as number;
  if ((kind & FROM_OBJECT) !== 0) return table.objects[table.usedFrom[c] as number] as PeriodCell;
  const period = cellPeriod(table, c);
  const usedFrom = table.usedFrom[c] as number;
  const usedTo = table.usedTo[c] as number;
  let parts = table.partLists.empty;
  if ((kind & TOTAL) === 0) {
    // The distinct keys of the parts: rows are in key order, so a key's rows are together.
    const cellOf = table.rows.cell;
    if (table.partIds.length < usedTo - usedFrom) table.partIds = new Int32Array(Math.max(usedTo - usedFrom, table.partIds.length * 2));
    const ids = table.partIds;
    let distinct = 0;
    for (let row = usedFrom; row < usedTo; row++) if (row === usedFrom || cellOf[row] !== cellOf[row - 1]) ids[distinct++] = cellOf[row] as number;
    const keys = table.rows.keys;
    if (previous !== undefined && sameList(previous, keys, ids, distinct)) parts = previous;
    else parts = distinct <= SHARED_UP_TO ? internList(table.partLists, ids, distinct) : newList(keys, ids, distinct);
  }
  return { period: period.id, start: period.start, end: period.end, value: table.value[c] as number, observations: usedTo - usedFrom, sources: table.sources[c] as readonly string[], parts };
}

/**
 * Cells `from` ≤ c < `to` with only what aggregating over time reads (no parts): a small object
 * each, for readers that need no more (cells made from row objects are given as those objects).
 *
 * @param table - The table.
 * @param from - First cell.
 * @param to - Last cell + 1.
 * @returns The cells.
 */
export function tableValueCells(table: CellTable, from: number, to: number): ValueCell[] {
  const cells: ValueCell[] = [];
  for (let c = from; c < to; c++) {
    if (((table.kind[c] as number) & FROM_OBJECT) !== 0) {
      cells.push(table.objects[table.usedFrom[c] as number] as PeriodCell);
      continue;
    }
    const period = cellPeriod(table, c);
    cells.push({ period: period.id, start: period.start, end: period.end, value: table.value[c] as number, observations: (table.usedTo[c] as number) - (table.usedFrom[c] as number), sources: table.sources[c] as readonly string[] });
  }
  return cells;
}
