import { sortPrefix } from './sortPrefix.js';
import type { Indicator } from '../model/index.js';
import { isNumericMeasure } from './aggregation.js';
import type { AggregationRules } from './aggregation.js';
import { prepareScratch, sourcePosition } from './cellScratch.js';
import type { CellScratch } from './cellScratch.js';
import { addObjectCell, addRowCell, reserveCells } from './cellTable.js';
import type { CellTable } from './cellTable.js';
import { reportedOnOf, rowObject, segmentPeriod } from './indexedRows.js';
import type { IndicatorRows } from './indexedRows.js';
import { internList } from './listInterner.js';
import { show } from './notes.js';
import { nearlyEqual } from './numbers.js';
import { IS_NUMBER } from './observationStore.js';
import { periodCell } from './cellOfRows.js';
import type { Note } from './types.js';

// The cells of rawPeriodValues computed on the columnar index, for the common case: numbers
// combined by `sum`, `mean` or `latest`. It repeats periodCell's rules step by step (the same
// additions in the same order, so the same bits); any other period goes through periodCell on
// row objects. The property test test/score/indexObservations.prop.test.ts compares both.
// The cells go to the call's cell table (cellTable.ts), whose objects are made only when read;
// sources lists are shared between equal lists (listInterner.ts); nothing else is allocated per
// period (the rest lives in the scratch).

/**
 * Appends the cells of an indicator's periods to the scratch's cell table, in period order, and
 * gathers the sources they use in `scratch.indicatorSources` (positions in `scratch.sourceTexts`,
 * first use first).
 *
 * @param indicator - The indicator.
 * @param rules - Its aggregation rules.
 * @param data - Its rows in the columnar index.
 * @param issues - Receives `TOTAL_MISMATCH` issues.
 * @param preferred - Receives the periods where a total was used beside its parts.
 * @param combined - Receives the periods where several reporters gave one disaggregation.
 * @param scratch - Working memory for the call.
 * @returns The indicator's first cell in the table (its cells are the table's last ones).
 */
export function periodCellsFromRows(
  indicator: Indicator,
  rules: AggregationRules,
  data: IndicatorRows,
  issues: Note[],
  preferred: string[],
  combined: string[],
  scratch: CellScratch,
): number {
  const { rows } = data;
  prepareScratch(scratch, rows);
  const table = scratch.table as CellTable;
  reserveCells(table, data.segmentTo - data.segmentFrom);
  const first = table.count;
  scratch.indicatorStamp++;
  scratch.indicatorSourceCount = 0;
  const rule = rules.disaggregations;
  const fastRule = isNumericMeasure(indicator.measure) && (rule === 'sum' || rule === 'mean' || rule === 'latest');
  const { cell: cellOf, value, flags, source, keys } = rows;
  const { sourceRank, cellSeen, cellSources, sourceLists } = scratch;
  for (let segment = data.segmentFrom; segment < data.segmentTo; segment++) {
    const from = rows.segmentStart[segment] as number;
    const to = rows.segmentStart[segment + 1] as number;
    if (from === to) continue;
    const period = segmentPeriod(rows, segment);
    let numbers = fastRule;
    for (let row = from; row < to && numbers; row++) if (((flags[row] as number) & IS_NUMBER) === 0) numbers = false;
    if (!numbers) {
      const objects = [];
      for (let row = from; row < to; row++) objects.push(rowObject(rows, row, period));
      const cell = periodCell(indicator, rules, objects, issues, preferred, combined);
      if (cell !== null) {
        addObjectCell(table, segment, cell);
        for (const text of cell.sources) useSource(scratch, sourcePosition(scratch, text));
      }
      continue;
    }

    // Rows by key ('' first: the totals), then reporter; each key's rows are combined by the rule
    // (inline, no closures: a double returned from a call is boxed).
    let totalsEnd = from;
    while (totalsEnd < to && keys[cellOf[totalsEnd] as number] === '') totalsEnd++;
    let partsCount = 0;
    let partsTotal = 0;
    let latestPart = NaN;
    let latestPartOn = '';
    for (let a = totalsEnd; a < to;) {
      let b = a + 1;
      while (b < to && cellOf[b] === cellOf[a]) b++;
      if (b - a > 1 && !combined.includes(period.id)) combined.push(period.id);
      if (rule === 'latest') {
        let best = a;
        let bestOn = reportedOnOf(rows, a, period);
        let on = bestOn;
        for (let row = a + 1; row < b; row++) {
          const rowOn = reportedOnOf(rows, row, period);
          if (rowOn >= bestOn) {
            best = row;
            bestOn = rowOn;
          }
          if (rowOn > on) on = rowOn;
        }
        if (partsCount === 0 || on >= latestPartOn) {
          latestPart = value[best] as number;
          latestPartOn = on;
        }
      } else {
        let total = 0;
        for (let row = a; row < b; row++) total += value[row] as number;
        partsTotal += rule === 'sum' ? total : total / (b - a);
      }
      partsCount++;
      a = b;
    }
    const partsValue = partsCount === 0 ? null : rule === 'latest' ? latestPart : rule === 'sum' ? partsTotal : partsTotal / partsCount;
    const hasTotals = totalsEnd > from;
    let cellValue = partsValue;
    if (hasTotals) {
      if (totalsEnd - from > 1 && !combined.includes(period.id)) combined.push(period.id);
      if (rule === 'latest') {
        let best = from;
        let bestOn = reportedOnOf(rows, from, period);
        for (let row = from + 1; row < totalsEnd; row++) {
          const rowOn = reportedOnOf(rows, row, period);
          if (rowOn >= bestOn) {
            best = row;
            bestOn = rowOn;
          }
        }
        cellValue = value[best] as number;
      } else {
        let total = 0;
        for (let row = from; row < totalsEnd; row++) total += value[row] as number;
        cellValue = rule === 'sum' ? total : total / (totalsEnd - from);
      }
    }
    if (cellValue === null) continue;
    const usedFrom = hasTotals ? from : totalsEnd;
    const usedTo = hasTotals ? totalsEnd : to;
    if (hasTotals && partsCount > 0) {
      preferred.push(period.id);
      if (rule === 'sum' && partsValue !== null && !nearlyEqual(cellValue, partsValue)) {
        issues.push({
          code: 'TOTAL_MISMATCH',
          message: `${period.id}: the reported total ${show(cellValue)} differs from the ${rule} of its ${partsCount} disaggregated values (${show(partsValue)}); the reported total is used.`,
        });
      }
    }
    // Distinct sources (a stamp per source: no set per period), in string order.
    const stamp = ++scratch.cellStamp;
    let sourceCount = 0;
    for (let row = usedFrom; row < usedTo; row++) {
      const entry = source[row] as number;
      if (entry < 0) continue;
      const position = sourceRank[entry] as number;
      if (cellSeen[position] !== stamp) {
        cellSeen[position] = stamp;
        cellSources[sourceCount++] = position;
        useSource(scratch, position);
      }
    }
    // Positions are ranks in string order: sorting them sorts the texts (few per period: insertion sort).
    sortPrefix(cellSources, sourceCount);
    addRowCell(table, segment, cellValue, usedFrom, usedTo, hasTotals, internList(sourceLists, cellSources, sourceCount));
  }
  return first;
}

/** Counts a source (a position in `sourceTexts`) among the indicator's sources. */
function useSource(scratch: CellScratch, position: number): void {
  if (position < 0 || scratch.indicatorSeen[position] === scratch.indicatorStamp) return;
  scratch.indicatorSeen[position] = scratch.indicatorStamp;
  scratch.indicatorSources[scratch.indicatorSourceCount++] = position;
}
