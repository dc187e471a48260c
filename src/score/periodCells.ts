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
  const sources = rows.store.tables.sources;
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

    // Rows by key ('' first: the totals), then reporter. `valueOf` combines one key's rows.
    const latestOf = (a: number, b: number): number => {
      let best = a;
      let bestOn = reportedOnOf(rows, a, period);
      for (let row = a + 1; row < b; row++) {
        const on = reportedOnOf(rows, row, period);
        if (on >= bestOn) {
          best = row;
          bestOn = on;
        }
      }
      return best;
    };
    const valueOf = (a: number, b: number): number => {
      if (b - a > 1 && !combined.includes(period.id)) combined.push(period.id);
      if (rule === 'latest') return value[latestOf(a, b)] as number;
      let total = 0;
      for (let row = a; row < b; row++) total += value[row] as number;
      return rule === 'sum' ? total : total / (b - a);
    };
    let totalsEnd = from;
    while (totalsEnd < to && keys[cellOf[totalsEnd] as number] === '') totalsEnd++;
    let partsCount = 0;
    let partsTotal = 0;
    let latestPart = NaN;
    let latestPartOn = '';
    for (let a = totalsEnd; a < to;) {
      let b = a + 1;
      while (b < to && cellOf[b] === cellOf[a]) b++;
      const part = valueOf(a, b);
      if (rule === 'latest') {
        let on = '';
        for (let row = a; row < b; row++) {
          const rowOn = reportedOnOf(rows, row, period);
          if (rowOn > on) on = rowOn;
        }
        if (partsCount === 0 || on >= latestPartOn) {
          latestPart = part;
          latestPartOn = on;
        }
      }
      partsTotal += part;
      partsCount++;
      a = b;
    }
    const partsValue = partsCount === 0 ? null : rule === 'latest' ? latestPart : rule === 'sum' ? partsTotal : partsTotal / partsCount;
    const hasTotals = totalsEnd > from;
    const cellValue = hasTotals ? valueOf(from, totalsEnd) : partsValue;
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
    const seen = new Set<number>();
    for (let row = usedFrom; row < usedTo; row++) if ((source[row] as number) >= 0) seen.add(source[row] as number);
    const texts = seen.size === 0 ? [] : [...seen].map((index) => sources[index] as string).sort();
    const parts: string[] = [];
    if (!hasTotals) {
      for (let row = usedFrom; row < usedTo; row++) if (row === usedFrom || cellOf[row] !== cellOf[row - 1]) parts.push(keys[cellOf[row] as number] as string);
    }
    cells.push({ period: period.id, start: period.start, end: period.end, value: cellValue, observations: usedTo - usedFrom, sources: texts, parts });
  }
}
