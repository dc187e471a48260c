import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/periods/index.js';
import type { PeriodType } from '../../src/periods/index.js';
import { cellsBehindTotal, flowTotals } from '../../src/score/flowTotals.js';
import { compareCells } from '../../src/score/PeriodCell.js';
import type { PeriodCell } from '../../src/score/PeriodCell.js';
import { aggregateOver } from '../../src/score/timeAggregation.js';
import { timeAfter } from '../../src/score/timeAxis.js';
import type { SeriesPoint } from '../../src/score/types.js';
import { groupByGridPeriod } from './helpers.js';

/** The flow totals as first written: cells grouped by grid period in a map, each group through aggregateOver. */
function reference(cells: readonly PeriodCell[], gridType: PeriodType, asOf: string) {
  const { groups, misaligned } = groupByGridPeriod(cells, gridType);
  const points: SeriesPoint[] = [];
  const used: string[][] = [];
  for (const { grid, cells: inside } of groups) {
    const aggregate = aggregateOver(inside, grid, 'sum');
    if (aggregate === null) continue;
    const observations = aggregate.used.reduce((total, cell) => total + cell.observations, 0);
    points.push({ period: grid.period, value: aggregate.value, t: timeAfter(grid.end), observations, partial: !aggregate.complete || grid.end > asOf });
    used.push(aggregate.used.map((cell) => cell.period));
  }
  return { points, misaligned: misaligned.length === 0 ? null : misaligned, used };
}

const IDS = ['2024', '2025', '2024S1', '2024S2', '2025S1', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '202401', '202402', '202403', '202412', '2024July', '2024April', '2024W1', '2024W52', '2025W1'];

const cellArb = fc.record({
  period: fc.constantFrom(...IDS),
  value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: -100, max: 100, noNaN: true }), fc.constant(true), fc.constant('high')),
  observations: fc.integer({ min: 1, max: 4 }),
}).map(({ period, value, observations }): PeriodCell => {
  const parsed = parsePeriod(period);
  return { period: parsed.id, start: parsed.start, end: parsed.end, value, observations, sources: [], parts: [] };
});

const caseArb = fc.record({
  cells: fc.uniqueArray(cellArb, { selector: (cell) => cell.period, maxLength: 14 }),
  sorted: fc.boolean(),
  gridType: fc.constantFrom<PeriodType>('Yearly', 'FinancialJuly', 'SixMonthly', 'Quarterly'),
  asOf: fc.constantFrom('2024-06-30', '2024-12-31', '2025-03-31', '2026-01-01'),
});

describe('flowTotals', () => {
  it('gives the totals, the cells left out and the cells behind each total of grouping every grid period', () => {
    fc.assert(fc.property(caseArb, ({ cells, sorted, gridType, asOf }) => {
      // Period values come ordered by start (longest first); the unordered case takes the grouping path.
      const given = sorted ? [...cells].sort(compareCells) : cells;
      const points: SeriesPoint[] = [];
      const misaligned = flowTotals(given, gridType, asOf, points);
      const expected = reference(given, gridType, asOf);
      expect(points).toEqual(expected.points);
      expect(misaligned).toEqual(expected.misaligned);
      expect(points.map((point) => cellsBehindTotal(given, gridType, point.period).map((cell) => cell.period))).toEqual(expected.used);
    }), { numRuns: 500 });
  });
});
