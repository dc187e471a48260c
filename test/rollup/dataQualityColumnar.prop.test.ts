import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/model/index.js';
import type { Observation } from '../../src/model/index.js';
import { evaluateWith } from '../../src/rollup/evaluate.js';

// The columnar data-quality pass numbers its cross-sectional samples by "lines" of the cells, skips
// the lines too short to be tested when each cell has one row, and tests samples on typed arrays.
// These properties draw what those shortcuts depend on: three dimensions (lines of 2, 3 and 8
// cells), cells repeated by several reporters and revisions (so that a 2-cell line can still hold
// enough values), totals of several period types, values over the whole range of doubles, and
// small `minSample`s. The findings and reporting compliance must be exactly the object version's.

const provinces = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8'];
const strategy = parseStrategy({
  id: 'dq',
  title: 'Data quality plan',
  period: { start: 2024, end: 2028 },
  baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }],
  actors: [{ id: 'MOJ', name: 'Justice' }, { id: 'MOI', name: 'Interior' }, { id: 'MOH', name: 'Health' }],
  dimensions: [
    { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
    { id: 'age', title: 'Age', codes: ['0-14', '15-64', '65-plus'].map((code) => ({ code, label: code })) },
    { id: 'province', title: 'Province', codes: provinces.map((code) => ({ code, label: code })) },
  ],
  results: [{ id: 'P', title: 'P', level: 'pillar' }],
  indicators: [
    { id: 'all', title: 'All', result: 'P', measure: 'count', direction: 'none', lead: 'MOJ', supporting: ['MOI'], frequency: 'Quarterly', disaggregations: ['sex', 'age', 'province'] },
    { id: 'two', title: 'Two', result: 'P', measure: 'count', direction: 'none', lead: 'MOI', disaggregations: ['sex', 'province'] },
    { id: 'one', title: 'One', result: 'P', measure: 'percent', direction: 'none', lead: 'MOH', disaggregations: ['province'] },
    { id: 'tot', title: 'Totals', result: 'P', measure: 'count', direction: 'none', lead: 'MOH', frequency: 'Monthly' },
  ],
});

const cell = fc.record({
  sex: fc.option(fc.constantFrom('female', 'male'), { nil: undefined }),
  age: fc.option(fc.constantFrom('0-14', '15-64', '65-plus'), { nil: undefined }),
  province: fc.option(fc.constantFrom(...provinces), { nil: undefined }),
}).map((codes) => Object.fromEntries(Object.entries(codes).filter(([, code]) => code !== undefined)) as Record<string, string>);

const value = fc.oneof(
  { arbitrary: fc.integer({ min: 8, max: 12 }), weight: 8 },
  { arbitrary: fc.constantFrom<Observation['value']>(60, -40, 0, -0, 0.5, 1e308, -1e308, 8e307, 5e-324, null), weight: 2 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

const observation = fc.record({
  indicator: fc.constantFrom('all', 'all', 'two', 'one', 'tot'),
  period: fc.constantFrom('2024', '2025', '2024Q1', '2024Q2', '2025Q3', '202401', '202402', '202403', '202404', '202405', '2024S1', '2031', '2024Q5'),
  value,
  disaggregation: cell,
  reportedBy: fc.constantFrom<string | undefined>(undefined, 'MOJ', 'MOI', 'MOH'),
  reportedOn: fc.oneof(
    // Around the deadlines of 2024Q1 (2024-04-30) and 2024 (2025-01-30), so that which report is
    // the first decides whether it was on time.
    { arbitrary: fc.constantFrom<string | undefined>(undefined, '2024-04-29', '2024-04-30', '2024-05-01', '2024-05-10', '2024-08-01', '2025-01-29', '2025-01-31', '2025-02-01'), weight: 12 },
    // Unvalidated dates, compared as strings (reporting compliance then ranks them rather than reading their digits).
    { arbitrary: fc.constantFrom<string | undefined>('2025-2-1', '2024-05-01Z', '', '2024-0430-', '2024-04+29'), weight: 1 },
  ),
  status: fc.constantFrom<Observation['status']>('approved', 'approved', 'submitted', 'draft'),
}).map((spec): Observation => {
  const result: Record<string, unknown> = { indicator: spec.indicator, period: spec.period, value: spec.value, disaggregation: spec.disaggregation, status: spec.status };
  if (spec.reportedBy !== undefined) result['reportedBy'] = spec.reportedBy;
  if (spec.reportedOn !== undefined) result['reportedOn'] = spec.reportedOn;
  return result as Observation;
});

// A few cells over and over, as a period of a well-reported indicator looks.
const crowded = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.array(observation, { minLength: 5, maxLength: 60 }))
  .map(([cells, observations]) => observations.map((each, index) => ({ ...each, disaggregation: { ...(cells[index % cells.length] as Record<string, string>) } })));

// Two cells that differ only by sex, each reported several times: a line of two cells whose
// sample is large enough to test only through the repeats.
const twins = fc.tuple(cell, fc.array(observation, { minLength: 5, maxLength: 30 }))
  .map(([base, observations]) => observations.map((each, index) => ({ ...each, indicator: 'all', period: '2024Q1', disaggregation: { ...base, sex: index % 2 === 0 ? 'female' : 'male' } })));

// Totals over many periods: the series tests.
const months = Array.from({ length: 12 }, (_, index) => `2024${String(index + 1).padStart(2, '0')}`);
const series = fc.array(fc.record({ period: fc.constantFrom(...months, '2024Q1', '2024Q2', '2024Q3', '2024'), value, observation }), { minLength: 5, maxLength: 40 })
  .map((specs) => specs.map(({ period, value: each, observation: base }) => ({ ...base, indicator: 'tot', period, value: each, disaggregation: {} })));
const drawn = fc.oneof(fc.array(observation, { maxLength: 150 }), crowded, twins, series, fc.tuple(crowded, twins, series).map(([a, b, c]) => [...a, ...b, ...c]));

const options = fc.record({
  asOf: fc.constantFrom('2025-06-30', '2026-06-30'),
  includeDrafts: fc.boolean(),
  outliers: fc.constantFrom({ zThreshold: 3, modifiedZThreshold: 3, minSample: 5 }, { zThreshold: 1, modifiedZThreshold: 1.5, minSample: 3 }, { zThreshold: 1.5, modifiedZThreshold: 2, minSample: 4 }),
});

describe('dataQuality on typed columns', () => {
  it('finds exactly what the object version finds, in the same order', () => {
    fc.assert(
      fc.property(drawn, options, (observations, settings) => {
        const columnar = evaluateWith(strategy, observations, settings, true);
        const objects = evaluateWith(strategy, observations, settings, false);
        expect(JSON.stringify(columnar.dataQuality)).toBe(JSON.stringify(objects.dataQuality));
        expect(JSON.stringify(columnar.reporting)).toBe(JSON.stringify(objects.reporting));
      }),
      { numRuns: 500 },
    );
  });

  it('draws samples that are tested and flagged (so that the comparison means something)', () => {
    const contexts = new Set<string>();
    for (const [observations, settings] of fc.sample(fc.tuple(drawn, options), { numRuns: 300, seed: 7 })) {
      for (const finding of evaluateWith(strategy, observations, settings, true).dataQuality) {
        const context = /(across \w+|over time \(\w+\))/.exec(finding.message)?.[1];
        if (context !== undefined) contexts.add(`${finding.kind} ${context}`);
      }
    }
    for (const expected of ['outlier-modified-z across province', 'outlier-z across province', 'outlier-modified-z across sex', 'outlier-z across sex', 'outlier-z across age', 'outlier-z over time (Monthly)', 'outlier-modified-z over time (Quarterly)']) {
      expect([...contexts]).toContain(expected);
    }
  });
});
