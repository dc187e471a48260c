import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/model/index.js';
import type { Observation } from '../../src/model/index.js';
import { evaluateWith } from '../../src/rollup/evaluate.js';

// evaluate encodes observations into typed columns (index, period values, reporting compliance,
// data quality). Its output must be exactly what the plain object version gives, byte for byte.

const strategy = parseStrategy({
  id: 'prop',
  title: 'Property plan',
  period: { start: 2024, end: 2028 },
  baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }, { id: 'objective', title: 'Objective' }],
  actors: [{ id: 'MOJ', name: 'Justice' }, { id: 'MOI', name: 'Interior' }, { id: 'MOH', name: 'Health' }],
  dimensions: [
    { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
    { id: 'province', title: 'Province', codes: ['KH-01', 'KH-02', 'KH-03', 'KH-04', 'KH-05', 'KH-06'].map((code) => ({ code, label: code })) },
  ],
  results: [{ id: 'P', title: 'P', level: 'pillar' }, { id: 'O', title: 'O', level: 'objective', parent: 'P' }],
  indicators: [
    { id: 'cnt', title: 'Count', result: 'O', measure: 'count', lead: 'MOJ', supporting: ['MOI'], frequency: 'Quarterly', disaggregations: ['sex', 'province'], baseline: { period: '2023', value: 100 }, targets: { '2024': 120, '2028': 200 } },
    { id: 'pct', title: 'Percent', result: 'O', measure: 'percent', lead: 'MOI', direction: 'decrease', disaggregations: ['province'], baseline: { period: '2023', value: 60 }, targets: { '2028': 30 } },
    { id: 'lat', title: 'Latest', result: 'O', measure: 'rate', ratePer: 1000, lead: 'MOH', aggregation: { disaggregations: 'latest', time: 'latest' }, baseline: { period: '2023', value: 5 }, targets: { '2028': 9 } },
    { id: 'keep', title: 'Maintain', result: 'P', measure: 'count', lead: 'MOJ', direction: 'maintain', tolerance: 5, baseline: { period: '2023', value: 20 }, targets: { '2028': 20 } },
    { id: 'flag', title: 'Flag', result: 'P', measure: 'boolean', lead: 'MOH', baseline: { period: '2023', value: false }, targets: { '2028': true } },
    { id: 'rate', title: 'Rate', result: 'P', measure: 'ratio', lead: 'MOI', direction: 'none', ratio: { numerator: 'cnt', denominator: 'keep' } },
  ],
});

const wide = {
  indicator: fc.constantFrom('cnt', 'cnt', 'cnt', 'pct', 'pct', 'lat', 'keep', 'flag', 'nope'),
  period: fc.constantFrom('2024', '2025', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2023', '2031', '2024Q5'),
  value: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom<Observation['value']>(500, 0.5, 33.3, null, true, false)),
  disaggregation: fc.constantFrom<Record<string, string>>({}, { sex: 'female' }, { sex: 'male' }, { province: 'KH-01' }, { province: 'KH-02' }, { province: 'KH-03' }, { province: 'KH-04' }, { province: 'KH-05' }, { sex: 'female', province: 'KH-01' }, { province: 'KH-02', sex: 'male' }),
  reportedBy: fc.constantFrom<string | undefined>(undefined, 'MOJ', 'MOJ', 'MOI', 'MOH'),
  reportedOn: fc.constantFrom<string | undefined>(undefined, '2024-04-20', '2025-01-10', '2025-01-10', '2025-02-15', '2025-08-01', '2026-03-01'),
  status: fc.constantFrom<Observation['status']>('approved', 'approved', 'submitted', 'draft'),
  source: fc.constantFrom<Observation['source'] | undefined>(undefined, 'A', 'B', { en: 'E' }),
};
const dense = {
  ...wide,
  indicator: fc.constantFrom('cnt', 'pct', 'lat'),
  period: fc.constantFrom('2024', '2024Q1'),
  value: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 9 }), weight: 12 }, { arbitrary: fc.constant<Observation['value']>(500), weight: 1 }),
  reportedBy: fc.constantFrom<string | undefined>('MOJ', 'MOI'),
  reportedOn: fc.constantFrom<string | undefined>('2025-01-10'),
  disaggregation: fc.constantFrom<Record<string, string>>({ province: 'KH-01' }, { province: 'KH-02' }, { province: 'KH-03' }, { province: 'KH-04' }, { province: 'KH-05' }, { province: 'KH-06' }, {}),
};

const observation = fc.oneof(fc.record(wide), fc.record(dense)).map((spec): Observation => {
  const result: Record<string, unknown> = { indicator: spec.indicator, period: spec.period, value: spec.value, disaggregation: { ...spec.disaggregation }, status: spec.status };
  if (spec.reportedBy !== undefined) result['reportedBy'] = spec.reportedBy;
  if (spec.reportedOn !== undefined) result['reportedOn'] = spec.reportedOn;
  if (spec.source !== undefined) result['source'] = spec.source;
  return result as Observation;
});

const options = fc.record({
  asOf: fc.constantFrom('2025-01-31', '2025-06-30', '2026-06-30'),
  includeDrafts: fc.boolean(),
  breakdowns: fc.constantFrom<string[]>([], [], ['sex'], ['province']),
  outliers: fc.constantFrom({ zThreshold: 3, modifiedZThreshold: 3, minSample: 5 }, { zThreshold: 1.5, modifiedZThreshold: 2, minSample: 3 }, { zThreshold: 1, modifiedZThreshold: 1.5, minSample: 3 }),
  reportingPeriod: fc.constantFrom<'Yearly' | 'Quarterly'>('Yearly', 'Quarterly'),
});

describe('evaluate on typed columns', () => {
  it('gives byte for byte the evaluation of the object version', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 120 }), options, (observations, settings) => {
        const columnar = evaluateWith(strategy, observations, settings, true);
        const objects = evaluateWith(strategy, observations, settings, false);
        expect(JSON.stringify(columnar)).toBe(JSON.stringify(objects));
      }),
      { numRuns: 300 },
    );
  });

  it('draws data that reach every kind of finding and status (so that the comparison means something)', () => {
    const kinds = new Set<string>();
    const statuses = new Set<string>();
    for (const [observations, settings] of fc.sample(fc.tuple(fc.array(observation, { maxLength: 120 }), options), { numRuns: 300, seed: 42 })) {
      const evaluation = evaluateWith(strategy, observations, settings, true);
      for (const finding of evaluation.dataQuality) kinds.add(finding.kind);
      for (const result of evaluation.indicators) statuses.add(result.status);
    }
    expect([...kinds].sort()).toEqual(['duplicate', 'insufficient-data', 'outlier-modified-z', 'outlier-z', 'outside-plan', 'revised', 'stale', 'total-mismatch', 'unexpected-reporter']);
    expect(statuses.size).toBeGreaterThanOrEqual(5);
  });
});
