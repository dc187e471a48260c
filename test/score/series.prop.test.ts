import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator, Strategy } from '../../src/model/index.js';
import { parsePeriod } from '../../src/periods/index.js';
import { gridPeriodAt, gridTypeOf } from '../../src/score/grid.js';
import { addNote, listIds } from '../../src/score/notes.js';
import { compareCells } from '../../src/score/PeriodCell.js';
import type { PeriodCell, PeriodValues } from '../../src/score/PeriodCell.js';
import { scoringContext } from '../../src/score/scoringContext.js';
import { buildSeries, seriesGridType, seriesMode } from '../../src/score/series.js';
import { targetsUsed } from '../../src/score/targetsUsed.js';
import { aggregateOver, pickNonOverlapping } from '../../src/score/timeAggregation.js';
import { timeAfter, timeOfPeriod } from '../../src/score/timeAxis.js';
import type { Note, SeriesPoint } from '../../src/score/types.js';
import { groupByGridPeriod, strategyWith } from './helpers.js';

/** The series as first written (maps, closures and copies), the reference for buildSeries. */
function reference(indicator: Indicator, strategy: Strategy, values: PeriodValues, asOf: string, baselineT: number | null) {
  const mode = seriesMode(indicator);
  const gridType = gridTypeOf(indicator, asOf);
  const issues: Note[] = [];
  const resultNotes: Note[] = [];
  const traceNotes: Note[] = [];
  const afterBaseline = (t: number) => baselineT === null || t > baselineT;
  const isPartial = (cell: PeriodCell) => {
    if (cell.end > asOf) return true;
    const grid = gridPeriodAt(cell.start, gridType);
    return grid.end > asOf && grid.id !== cell.period && grid.end >= cell.end;
  };
  const sumObservations = (cells: readonly PeriodCell[]) => cells.reduce((total, cell) => total + cell.observations, 0);
  const points: SeriesPoint[] = [];
  const backing: { observations: number; periods: string[] }[] = [];
  if (mode === 'flow') {
    const { groups, misaligned } = groupByGridPeriod(values.cells, gridType);
    if (misaligned.length > 0) {
      addNote(issues, 'PERIOD_NOT_ALIGNED', `${listIds(misaligned)} ${misaligned.length === 1 ? 'spans' : 'span'} two ${gridType} target periods, so ${misaligned.length === 1 ? 'it is' : 'they are'} left out of the period totals; report by ${gridType} periods or their sub-periods.`);
    }
    for (const { grid, cells } of groups) {
      const aggregate = aggregateOver(cells, grid, 'sum');
      if (aggregate === null) continue;
      points.push({ period: grid.period, value: aggregate.value, t: timeAfter(grid.end), observations: sumObservations(aggregate.used), partial: !aggregate.complete || grid.end > asOf });
      backing.push({ observations: sumObservations(aggregate.used), periods: aggregate.used.map((cell) => cell.period) });
    }
  } else if (mode === 'cumulative') {
    const planStart = `${strategy.period.start}-01-01`;
    const before = values.cells.filter((cell) => cell.start < planStart);
    if (before.length > 0) {
      addNote(traceNotes, 'PRE_PLAN_EXCLUDED', `${listIds(before.map((cell) => cell.period))} ${before.length === 1 ? 'starts' : 'start'} before the plan (${planStart}), so ${before.length === 1 ? 'it is' : 'they are'} not part of the running total.`);
    }
    let running = 0;
    let observations = 0;
    const periods: string[] = [];
    for (const cell of pickNonOverlapping(values.cells.filter((item) => item.start >= planStart))) {
      running += cell.value as number;
      observations += cell.observations;
      periods.push(cell.period);
      points.push({ period: cell.period, value: running, t: timeAfter(cell.end), observations: cell.observations, partial: isPartial(cell) });
      backing.push({ observations, periods: [...periods] });
    }
  } else {
    const byEnd = new Map<string, PeriodCell>();
    for (const cell of values.cells) {
      const held = byEnd.get(cell.end);
      if (held === undefined || cell.start < held.start) byEnd.set(cell.end, cell);
    }
    for (const cell of [...byEnd.values()].sort((a, b) => (a.end < b.end ? -1 : 1))) {
      points.push({ period: cell.period, value: cell.value, t: timeAfter(cell.end), observations: cell.observations, partial: isPartial(cell) });
      backing.push({ observations: cell.observations, periods: [cell.period] });
    }
  }
  let currentIndex = -1;
  for (let index = 0; index < points.length; index++) {
    const point = points[index] as SeriesPoint;
    if (!(point.t <= timeAfter(asOf)) || !afterBaseline(point.t)) continue;
    if (mode === 'flow' && point.partial) continue;
    currentIndex = index;
  }
  const early = points.filter((point) => !afterBaseline(point.t));
  if (early.length > 0) {
    addNote(traceNotes, 'BEFORE_BASELINE', `Values for ${listIds(early.map((point) => point.period))} do not stand after the baseline, so they are shown but cannot be the current value.`);
  }
  if (mode === 'flow') {
    const skipped = points.slice(currentIndex + 1).filter((point) => point.partial && afterBaseline(point.t));
    if (skipped.length > 0) {
      const currentText = currentIndex >= 0 ? `the current value is ${(points[currentIndex] as SeriesPoint).period}, the latest complete one` : 'no complete one is available yet';
      addNote(resultNotes, 'PARTIAL_PERIOD_EXCLUDED', `${listIds(skipped.map((point) => point.period))} ${skipped.length === 1 ? 'is' : 'are'} not complete at ${asOf} (shown as partial in the series); ${currentText}.`);
    }
  }
  const current = currentIndex < 0 ? null : { point: points[currentIndex] as SeriesPoint, observations: (backing[currentIndex] as { observations: number }).observations, periods: (backing[currentIndex] as { periods: string[] }).periods };
  return { mode, series: points, current, issues, resultNotes, traceNotes };
}

const IDS = ['2022', '2023', '2024', '2025', '2026', '2023Q4', '2024S1', '2024S2', '2025S1', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2', '2025Q3', '202401', '202402', '202412', '2024July', '2025July', '2024W1', '2025W1'];

const cellArb = fc.record({
  period: fc.constantFrom(...IDS),
  value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
  observations: fc.integer({ min: 1, max: 4 }),
}).map(({ period, value, observations }): PeriodCell => {
  const parsed = parsePeriod(period);
  return { period: parsed.id, start: parsed.start, end: parsed.end, value, observations, sources: [], parts: [] };
});

const caseArb = fc.record({
  kind: fc.constantFrom('flow', 'cumulative', 'stock'),
  targets: fc.constantFrom<Record<string, number>>({}, { '2028': 50 }, { '2025': 20, '2028': 50 }, { '2026S2': 30, '2028S2': 60 }, { '2025Q4': 10, '2028Q4': 40 }, { '2027July': 40 }),
  frequency: fc.constantFrom('Yearly', 'Quarterly', 'FinancialJuly'),
  baseline: fc.constantFrom<string | null>(null, '2023', '2024', '2024Q2'),
  cells: fc.uniqueArray(cellArb, { selector: (cell) => cell.period, maxLength: 14 }),
  asOf: fc.constantFrom('2024-06-30', '2024-12-31', '2025-03-31', '2025-08-15', '2026-01-01', '2029-06-30'),
});

describe('buildSeries', () => {
  it('gives the series, current value and notes of the reference, with the grid taken from the targets read once', () => {
    fc.assert(fc.property(caseArb, ({ kind, targets, frequency, baseline, cells, asOf }) => {
      const strategy = strategyWith([{
        measure: kind === 'stock' ? 'ratio' : 'count',
        cumulative: kind === 'cumulative',
        direction: 'none',
        frequency,
        targets,
        ...(baseline === null ? {} : { baseline: { period: baseline, value: 1 } }),
      }]);
      const indicator = strategy.indicators[0] as Indicator;
      const ordered = [...cells].sort(compareCells);
      const values: PeriodValues = { indicator: 'I1', computed: false, cells: ordered, notComputable: [], counts: { used: 0, afterAsOf: 0, drafts: 0, superseded: 0, missing: 0 }, sources: [], issues: [], notes: [] };
      const baselineT = baseline === null ? null : timeOfPeriod(baseline);
      const gridType = seriesGridType(targetsUsed(indicator, asOf).endType, indicator.frequency);
      expect(gridType).toBe(gridTypeOf(indicator, asOf));
      const built = buildSeries({ indicator, values, context: scoringContext(strategy, asOf), gridType, baselineT });
      expect(built).toEqual(reference(indicator, strategy, values, asOf, baselineT));
    }), { numRuns: 600 });
  });
});
