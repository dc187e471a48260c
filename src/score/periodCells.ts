import type { Indicator } from '../model/index.js';
import { isNumericMeasure } from './aggregation.js';
import type { AggregationRules } from './aggregation.js';
import { reportedOnOf, rowObject, segmentPeriod } from './indexedRows.js';
import type { IndicatorRows } from './indexedRows.js';
import { show } from './notes.js';
import { nearlyEqual } from './numbers.js';
import { IS_NUMBER } from './observationStore.js';
import type { PeriodCell } from './PeriodCell.js';
import { periodCell } from './cellOfRows.js';
import type { Note } from './types.js';

// The cells of rawPeriodValues computed on the columnar index, for the common case: numbers
// combined by `sum`, `mean` or `latest`. It repeats periodCell's rules step by step (the same
// additions in the same order, so the same bits); any other period goes through periodCell on
// row objects. The property test test/score/indexObservations.prop.test.ts compares both.

/** Appends the cells of an indicator's periods, in period order. */
export function periodCellsFromRows(
  indicator: Indicator,
  rules: AggregationRules,
  data: IndicatorRows,
  cells: PeriodCell[],
  issues: Note[],
  preferred: string[],
  combined: string[],
): void {
  const { rows } = data;
  const rule = rules.disaggregations;
  const fastRule = isNumericMeasure(indicator.measure) && (rule === 'sum' || rule === 'mean' || rule === 'latest');
  const { cell: cellOf, value, flags, source, keys } = rows;
  const sources = rows.tables.sources;
  const seen = new Int32Array(sources.length);
  let stamp = 0;
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
      if (cell !== null) cells.push(cell);
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
    // Distinct sources (a stamp per source: no set per period) and the distinct keys of the parts.
    stamp++;
    const texts: string[] = [];
    for (let row = usedFrom; row < usedTo; row++) {
      const index = source[row] as number;
      if (index >= 0 && seen[index] !== stamp) {
        seen[index] = stamp;
        texts.push(sources[index] as string);
      }
    }
    // Few sources per period: an insertion sort in string order (what `sort()` gives), no allocation.
    for (let a = 1; a < texts.length; a++) {
      const text = texts[a] as string;
      let b = a - 1;
      while (b >= 0 && (texts[b] as string) > text) {
        texts[b + 1] = texts[b] as string;
        b--;
      }
      texts[b + 1] = text;
    }
    let distinct = 0;
    if (!hasTotals) for (let row = usedFrom; row < usedTo; row++) if (row === usedFrom || cellOf[row] !== cellOf[row - 1]) distinct++;
    const parts = new Array<string>(distinct);
    if (distinct > 0) {
      let at = 0;
      for (let row = usedFrom; row < usedTo; row++) if (row === usedFrom || cellOf[row] !== cellOf[row - 1]) parts[at++] = keys[cellOf[row] as number] as string;
    }
    cells.push({ period: period.id, start: period.start, end: period.end, value: cellValue, observations: usedTo - usedFrom, sources: texts, parts });
  }
}
