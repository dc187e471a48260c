import type { ObservationCounts } from './indexObservations.js';
import { tableCells, tableValueCells } from './cellTable.js';
import type { CellTable } from './cellTable.js';
import type { PeriodCell, PeriodValues } from './PeriodCell.js';
import type { ValueCell } from './timeAggregation.js';
import type { Note } from './types.js';

// Period values whose `cells` are made on first read, from the cell table (cellTable.ts). To a
// reader they are plain period values: `cells` is an own, enumerable property in its usual place
// (JSON, Object.keys and spreading see the same object), read through a getter that makes the
// cells once and then keeps them. The getter and the hidden link to the table are the same for
// every such object, so they all share one hidden class (V8 keeps them fast).

/** The cells of one indicator in a cell table, until they are made. */
interface CellRange {
  table: CellTable | null;
  readonly from: number;
  readonly to: number;
  cells: readonly PeriodCell[] | undefined;
}

/** The hidden link from lazy period values to their cells (not enumerable: no reader sees it). */
const RANGE = Symbol('cells');

interface Lazy {
  readonly [RANGE]: CellRange;
}

function readCells(this: Lazy): readonly PeriodCell[] {
  const range = this[RANGE];
  if (range.cells === undefined) {
    range.cells = tableCells(range.table as CellTable, range.from, range.to);
    // Made: the table (and the index rows behind it) is no longer needed for these values.
    range.table = null;
  }
  return range.cells;
}

const CELLS: PropertyDescriptor = Object.freeze({ get: readCells, enumerable: true, configurable: true });

/** An empty list, frozen: shared by all period values without entries, changed by no one. */
export const NO_ENTRIES: readonly never[] = Object.freeze([]);

/**
 * Period values of a reported indicator whose cells are cells `from` ≤ c < `to` of a table, made
 * when first read.
 *
 * @param indicator - The indicator's id.
 * @param counts - Its observation counts.
 * @param sources - Its sources.
 * @param issues - Its issues.
 * @param notes - Its notes.
 * @param table - The cell table.
 * @param from - The indicator's first cell.
 * @param to - Its last cell + 1.
 * @param link - A descriptor to fill and use for the hidden link (one per call: no object per indicator).
 * @returns The period values.
 */
export function lazyPeriodValues(
  indicator: string,
  counts: ObservationCounts,
  sources: readonly string[],
  issues: readonly Note[],
  notes: readonly Note[],
  table: CellTable,
  from: number,
  to: number,
  link: PropertyDescriptor,
): PeriodValues {
  link.value = { table, from, to, cells: undefined } satisfies CellRange;
  const values = new (LazyValues as unknown as LazyValuesConstructor)(indicator, counts, sources, issues, notes, link);
  link.value = undefined;
  return values;
}

type LazyValuesConstructor = new (indicator: string, counts: ObservationCounts, sources: readonly string[], issues: readonly Note[], notes: readonly Note[], link: PropertyDescriptor) => PeriodValues;

/**
 * Makes lazy period values, fields in the order of plain ones (the order JSON shows). A
 * constructor rather than an object literal only for the memory layout: V8 gives an object made by
 * `new` room for all its fields at once, where an object literal shorter than the final object
 * gets its later fields in a separate block, made twice as it grows. Its prototype is
 * `Object.prototype`, so what it makes are plain objects to every reader.
 */
function LazyValues(
  this: Record<string, unknown>,
  indicator: string,
  counts: ObservationCounts,
  sources: readonly string[],
  issues: readonly Note[],
  notes: readonly Note[],
  link: PropertyDescriptor,
): void {
  this['indicator'] = indicator;
  this['computed'] = false;
  Object.defineProperty(this, 'cells', CELLS);
  this['notComputable'] = NO_ENTRIES;
  this['counts'] = counts;
  this['sources'] = sources;
  this['issues'] = issues;
  this['notes'] = notes;
  Object.defineProperty(this, RANGE, link);
}
LazyValues.prototype = Object.prototype;

/**
 * The cells of period values without their parts: `cells` when its objects are made; otherwise
 * lighter objects made from the cell table and not kept (the lists of parts are most of what the
 * cell objects cost). For readers that aggregate over time, such as the series and computed
 * indicators, which need nothing else; same order and values as `cells`.
 *
 * @param values - Period values.
 * @returns The cells.
 */
export function valueCells(values: PeriodValues): readonly ValueCell[] {
  const range = (values as Partial<Lazy>)[RANGE];
  if (range === undefined || range.table === null) return values.cells;
  return tableValueCells(range.table, range.from, range.to);
}
