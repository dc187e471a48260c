import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/index.js';
import { evaluateIndicator, indexObservations, periodValues } from '../../src/score/index.js';
import { codes, observe, strategyWith } from './helpers.js';

const counted = { disaggregations: ['sex'], baseline: { period: '2023', value: 100 }, targets: { '2028': 200 } } as const;

describe('totals and their disaggregated parts', () => {
  const strategy = strategyWith([counted]);
  it('adds up the parts when no total is reported', () => {
    const observations = observe(strategy, [
      { period: '2024', value: 60, disaggregation: { sex: 'female' } },
      { period: '2024', value: 55, disaggregation: { sex: 'male' } },
    ]);
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-30' });
    expect(result.current).toMatchObject({ value: 115, observations: 2 });
    expect(result.issues).toEqual([]);
  });
  it('uses a reported total over its parts and flags a mismatch', () => {
    const observations = observe(strategy, [
      { period: '2024', value: 120 },
      { period: '2024', value: 60, disaggregation: { sex: 'female' } },
      { period: '2024', value: 55, disaggregation: { sex: 'male' } },
    ]);
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-30' });
    expect(result.current).toMatchObject({ value: 120, observations: 1 });
    expect(result.issues).toEqual([{ code: 'TOTAL_MISMATCH', message: '2024: the reported total 120 differs from the sum of its 2 disaggregated values (115); the reported total is used.' }]);
    expect(codes(result.trace.notes)).toContain('TOTAL_PREFERRED');
  });
  it('accepts a total that agrees with its parts within the float tolerance', () => {
    const shares = strategyWith([{ measure: 'ratio', disaggregations: ['sex'], aggregation: { disaggregations: 'sum' }, baseline: { period: '2023', value: 0.1 }, targets: { '2028': 1 } }]);
    const observations = observe(shares, [
      { period: '2024', value: 0.3 },
      { period: '2024', value: 0.1, disaggregation: { sex: 'female' } },
      { period: '2024', value: 0.2, disaggregation: { sex: 'male' } },
    ]);
    expect(evaluateIndicator(shares, observations, 'I1', { asOf: '2025-06-30' }).issues).toEqual([]);
  });
  it('does not compare a total with the unweighted mean of its parts', () => {
    const percent = strategyWith([{ measure: 'percent', disaggregations: ['sex'], baseline: { period: '2023', value: 40 }, targets: { '2028': 80 } }]);
    const observations = observe(percent, [
      { period: '2024', value: 52 },
      { period: '2024', value: 60, disaggregation: { sex: 'female' } },
      { period: '2024', value: 40, disaggregation: { sex: 'male' } },
    ]);
    const result = evaluateIndicator(percent, observations, 'I1', { asOf: '2025-06-30' });
    expect(result.current?.value).toBe(52);
    expect(result.issues).toEqual([]);
  });
});

describe('disaggregation rules', () => {
  const rows = [
    { period: '2024', value: 60, disaggregation: { sex: 'female' }, reportedOn: '2025-02-01' },
    { period: '2024', value: 40, disaggregation: { sex: 'male' }, reportedOn: '2025-01-01' },
  ];
  for (const [rule, expected] of [['sum', 100], ['mean', 50], ['min', 40], ['max', 60], ['latest', 60]] as const) {
    it(`${rule} → ${expected}`, () => {
      const strategy = strategyWith([{ ...counted, measure: 'ratio', aggregation: { disaggregations: rule } }]);
      const index = indexObservations(strategy, observe(strategy, rows), { asOf: '2025-06-30' });
      expect(periodValues(strategy, index, 'I1').cells[0]?.value).toBe(expected);
    });
  }
  it('combines values of several reporters for the same disaggregation by the rule, and notes it', () => {
    const strategy = strategyWith([counted]);
    const observations = observe(strategy, [{ period: '2024', value: 60, reportedBy: 'MOJ' }, { period: '2024', value: 55, reportedBy: 'MOI' }]);
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-30' });
    expect(result.current?.value).toBe(115);
    expect(codes(result.trace.notes)).toContain('REPORTERS_COMBINED');
  });
});

describe('duplicates that reach scoring', () => {
  it('reports DUPLICATE_VALUE and uses one value, never both', () => {
    const strategy = strategyWith([counted]);
    const base: Observation = { indicator: 'I1', period: '2024', value: 70, disaggregation: {}, reportedOn: '2025-02-01', status: 'submitted' };
    const forward = evaluateIndicator(strategy, [base, { ...base, value: 80 }], 'I1', { asOf: '2025-06-30' });
    const backward = evaluateIndicator(strategy, [{ ...base, value: 80 }, base], 'I1', { asOf: '2025-06-30' });
    expect(forward.current?.value).toBe(70);
    expect(backward).toEqual(forward);
    expect(codes(forward.issues)).toEqual(['DUPLICATE_VALUE']);
    expect(forward.trace.observations).toMatchObject({ used: 1, superseded: 1 });
    const same = evaluateIndicator(strategy, [base, { ...base }], 'I1', { asOf: '2025-06-30' });
    expect(same.current?.value).toBe(70);
    expect(codes(same.issues)).toEqual(['DUPLICATE_VALUE']);
  });
});
