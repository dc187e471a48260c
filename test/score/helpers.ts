import { parseObservations, parseStrategy } from '../../src/model/index.js';
import type { Observation, ObservationInput, Strategy } from '../../src/model/index.js';
import type { PeriodType } from '../../src/periods/index.js';
import { gridPeriodAt } from '../../src/score/grid.js';
import type { PeriodCell } from '../../src/score/PeriodCell.js';

/** An indicator as written in a test: any fields of `IndicatorInput`, checked by parseStrategy. */
export type IndicatorSpec = Readonly<Record<string, unknown>>;

/** A plan around the given indicators: 2024–2028 with baseline year 2023 unless overridden. */
export function strategyWith(indicators: readonly IndicatorSpec[], overrides: Record<string, unknown> = {}): Strategy {
  return parseStrategy({
    id: 'test-plan',
    title: 'Test plan',
    period: { start: 2024, end: 2028 },
    baselineYear: 2023,
    levels: [{ id: 'pillar', title: 'Pillar' }],
    actors: [{ id: 'MOJ', name: 'Ministry of Justice' }, { id: 'MOI', name: 'Ministry of Interior' }],
    dimensions: [
      { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
      { id: 'province', title: 'Province', codes: [{ code: 'KH-12', label: 'Phnom Penh' }, { code: 'KH-2', label: 'Battambang' }] },
    ],
    results: [{ id: 'P1', title: 'Pillar one', level: 'pillar' }],
    indicators: indicators.map((indicator, position) => ({
      id: `I${position + 1}`,
      title: `Indicator ${position + 1}`,
      result: 'P1',
      measure: 'count',
      ...indicator,
    })),
    ...overrides,
  });
}

/** One indicator in a plan, with the SDG-style 2016–2030 period and 2015 baseline year. */
export function sdgStrategy(indicator: IndicatorSpec): Strategy {
  return strategyWith([indicator], { period: { start: 2016, end: 2030 }, baselineYear: 2015 });
}

/** Parses observations against a strategy and fails the test on any rejected item. */
export function observe(strategy: Strategy, items: readonly Partial<ObservationInput>[]): Observation[] {
  const { observations, rejected } = parseObservations(items.map((item) => ({ indicator: 'I1', ...item })), strategy);
  if (rejected.length > 0) throw new Error(`Rejected: ${JSON.stringify(rejected.map((item) => item.problems))}`);
  return [...observations];
}

/** Every number anywhere in a value, with its path. */
export function numbersIn(value: unknown, path = '$'): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  return [];
}

/** The numbers that may not appear in any output: NaN, ±Infinity and −0. */
export function badNumbers(value: unknown): { path: string; value: number }[] {
  return numbersIn(value).filter((item) => !Number.isFinite(item.value) || Object.is(item.value, -0));
}

/** Codes of notes or issues. */
export function codes(notes: readonly { code: string }[]): string[] {
  return notes.map((note) => note.code);
}

/**
 * The plan of the columnar-against-object property tests: two dimensions, sums, means, latest and
 * minimum across disaggregations, a boolean and a ratio of sums.
 */
export function propertyPlan(): Strategy {
  return parseStrategy({
    id: 'prop',
    title: 'Property plan',
    period: { start: 2024, end: 2028 },
    baselineYear: 2023,
    levels: [{ id: 'pillar', title: 'Pillar' }],
    actors: [{ id: 'MOJ', name: 'Justice' }, { id: 'MOI', name: 'Interior' }],
    dimensions: [
      { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
      { id: 'province', title: 'Province', codes: [{ code: 'KH-01', label: 'One' }, { code: 'KH-02', label: 'Two' }] },
    ],
    results: [{ id: 'P', title: 'P', level: 'pillar' }],
    indicators: [
      { id: 'cnt', title: 'Count', result: 'P', measure: 'count', direction: 'none', disaggregations: ['sex', 'province'] },
      { id: 'pct', title: 'Percent', result: 'P', measure: 'percent', direction: 'none', disaggregations: ['sex'] },
      { id: 'lat', title: 'Latest', result: 'P', measure: 'rate', ratePer: 1000, direction: 'none', aggregation: { disaggregations: 'latest', time: 'latest' }, disaggregations: ['sex'] },
      { id: 'low', title: 'Minimum', result: 'P', measure: 'count', direction: 'none', aggregation: { disaggregations: 'min' }, disaggregations: ['sex'] },
      { id: 'flag', title: 'Flag', result: 'P', measure: 'boolean', direction: 'none' },
      { id: 'rate', title: 'Rate', result: 'P', measure: 'ratio', direction: 'none', ratio: { numerator: 'cnt', denominator: 'pct' } },
    ],
  });
}

/**
 * Test oracle of flow series: cells grouped by the grid period they start in (in a map, the way the
 * first implementation did), groups in time order; a cell that ends after its grid period is
 * misaligned and left out.
 */
export function groupByGridPeriod(cells: readonly PeriodCell[], gridType: PeriodType): { groups: { grid: { period: string; start: string; end: string }; cells: PeriodCell[] }[]; misaligned: string[] } {
  const groups = new Map<string, { grid: { period: string; start: string; end: string }; cells: PeriodCell[] }>();
  const misaligned: string[] = [];
  for (const cell of cells) {
    const grid = gridPeriodAt(cell.start, gridType);
    if (grid.end < cell.end) {
      misaligned.push(cell.period);
      continue;
    }
    const group = groups.get(grid.id) ?? { grid: { period: grid.id, start: grid.start, end: grid.end }, cells: [] };
    group.cells.push(cell);
    groups.set(grid.id, group);
  }
  return { groups: [...groups.values()].sort((a, b) => (a.grid.start < b.grid.start ? -1 : 1)), misaligned };
}
