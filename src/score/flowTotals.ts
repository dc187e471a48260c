import type { Value } from '../model/index.js';
import type { Period, PeriodType } from '../periods/index.js';
import { gridPeriodAt } from './grid.js';
import { aggregateOver, daysIn } from './timeAggregation.js';
import type { ValueCell } from './timeAggregation.js';
import { timeAfter } from './timeAxis.js';
import type { SeriesPoint } from './types.js';

/**
 * Adds to `points` one total per grid period of a flow's cells, in time order: each cell counts
 * for the grid period in which it starts, and a cell that runs past the end of that period is left
 * out. A total is what `aggregateOver` gives for the period's cells with the rule `sum`; it is
 * partial when incomplete or not ended at `asOf`.
 *
 * Cells come in start order (as period values give them), so the cells of a grid period follow one
 * another: they are added up where they stand, without a list per period. Cells in another order
 * are grouped first.
 *
 * @param cells - The flow's period values.
 * @param gridType - The grid's period type.
 * @param asOf - The evaluation date.
 * @param points - Where the totals go.
 * @returns The ids of the cells left out for running past their grid period, or `null` for none.
 */
export function flowTotals(cells: readonly ValueCell[], gridType: PeriodType, asOf: string, points: SeriesPoint[]): string[] | null {
  const first = points.length;
  let misaligned: string[] | null = null;
  let grid: Period | null = null;
  let from = 0;
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] as ValueCell;
    if (at > 0 && cell.start < (cells[at - 1] as ValueCell).start) return grouped(cells, gridType, asOf, points, first);
    const own = gridPeriodAt(cell.start, gridType);
    if (own.end < cell.end) {
      (misaligned ??= []).push(cell.period);
      continue;
    }
    if (grid !== null && own.id === grid.id) continue;
    if (grid !== null) {
      // Grid periods of one type follow one another; should one come back, group instead.
      if (own.start <= grid.start) return grouped(cells, gridType, asOf, points, first);
      pushTotal(points, cells, from, at, grid, asOf);
    }
    grid = own;
    from = at;
  }
  if (grid !== null) pushTotal(points, cells, from, cells.length, grid, asOf);
  return misaligned;
}

/**
 * The cells behind the total of one grid period (as {@link flowTotals} adds them up): the periods
 * that a current value of a flow is made of.
 *
 * @param cells - The flow's period values.
 * @param gridType - The grid's period type.
 * @param gridId - The grid period's id.
 * @returns The cells used, in time order.
 */
export function cellsBehindTotal(cells: readonly ValueCell[], gridType: PeriodType, gridId: string): readonly ValueCell[] {
  const group: ValueCell[] = [];
  let grid: Period | null = null;
  for (const cell of cells) {
    const own = gridPeriodAt(cell.start, gridType);
    if (own.id !== gridId || own.end < cell.end) continue;
    grid = own;
    group.push(cell);
  }
  if (grid === null) return group;
  const exact = group.find((cell) => cell.period === gridId);
  if (exact !== undefined) return [exact];
  if (apartInStartOrder(group)) return group;
  return aggregateOver(group, { period: grid.id, start: grid.start, end: grid.end }, 'sum')?.used ?? [];
}

/**
 * Whether cells each start after the previous one ends: then `pickNonOverlapping` would keep all of
 * them, in this order, and the copy it makes can be skipped.
 *
 * @param cells - The cells.
 * @returns `true` when no cell overlaps or comes before the one before it.
 */
export function apartInStartOrder(cells: readonly ValueCell[]): boolean {
  for (let index = 1; index < cells.length; index++) {
    if ((cells[index] as ValueCell).start <= (cells[index - 1] as ValueCell).end) return false;
  }
  return true;
}

/** {@link flowTotals} for cells not in start order: grouped by grid period first, then added up. */
function grouped(cells: readonly ValueCell[], gridType: PeriodType, asOf: string, points: SeriesPoint[], first: number): string[] | null {
  points.length = first;
  let misaligned: string[] | null = null;
  const grids: Period[] = [];
  const groups: ValueCell[][] = [];
  for (const cell of cells) {
    const grid = gridPeriodAt(cell.start, gridType);
    if (grid.end < cell.end) {
      (misaligned ??= []).push(cell.period);
      continue;
    }
    let at = grids.length - 1;
    while (at >= 0 && (grids[at] as Period).id !== grid.id) at--;
    if (at >= 0) (groups[at] as ValueCell[]).push(cell);
    else {
      // Kept in order of start (grid periods of one type do not share a start).
      let place = grids.length;
      while (place > 0 && (grids[place - 1] as Period).start > grid.start) place--;
      grids.splice(place, 0, grid);
      groups.splice(place, 0, [cell]);
    }
  }
  for (let g = 0; g < grids.length; g++) {
    const group = groups[g] as ValueCell[];
    pushTotal(points, group, 0, group.length, grids[g] as Period, asOf);
  }
  return misaligned;
}

/**
 * Adds the total of the cells `from` to `to` that lie inside a grid period (the others run past it
 * and are skipped): a cell for the period itself wins; sub-periods that do not overlap are added up
 * in time order; anything else goes through `aggregateOver`, whose result this always equals.
 */
function pushTotal(points: SeriesPoint[], cells: readonly ValueCell[], from: number, to: number, grid: Period, asOf: string): void {
  let exact: ValueCell | null = null;
  let last: ValueCell | null = null;
  let apart = true;
  let numbers = true;
  for (let at = from; at < to; at++) {
    const cell = cells[at] as ValueCell;
    if (cell.end > grid.end) continue;
    if (exact === null && cell.period === grid.id) exact = cell;
    if (last !== null && cell.start <= last.end) apart = false;
    if (typeof cell.value !== 'number') numbers = false;
    last = cell;
  }
  if (last === null) return;
  let value: Value;
  let complete: boolean;
  let observations = 0;
  if (exact !== null) {
    value = exact.value;
    complete = true;
    observations = exact.observations;
  } else if (apart) {
    let total = 0;
    let days = 0;
    for (let at = from; at < to; at++) {
      const cell = cells[at] as ValueCell;
      if (cell.end > grid.end) continue;
      observations += cell.observations;
      if (numbers) {
        total += cell.value as number;
        days += daysIn(cell);
      }
    }
    // With a value that is not a number the latest one stands, as aggregateOver does.
    value = numbers ? total : last.value;
    complete = numbers ? days === daysIn(grid) : last.end === grid.end;
  } else {
    const inside: ValueCell[] = [];
    for (let at = from; at < to; at++) if ((cells[at] as ValueCell).end <= grid.end) inside.push(cells[at] as ValueCell);
    const aggregate = aggregateOver(inside, { period: grid.id, start: grid.start, end: grid.end }, 'sum');
    if (aggregate === null) return;
    value = aggregate.value;
    complete = aggregate.complete;
    for (const cell of aggregate.used) observations += cell.observations;
  }
  points.push({ period: grid.id, value, t: timeAfter(grid.end), observations, partial: !complete || grid.end > asOf });
}
