import { describe, expect, it } from 'vitest';
import { allPeriodValues, evaluateIndicator, indexObservations, periodValues, scoreIndicator } from '../../src/score/index.js';
import { codes, observe, strategyWith } from './helpers.js';

const inputs = [
  { id: 'convicted', direction: 'none', disaggregations: ['province'] },
  { id: 'verdicts', direction: 'none', disaggregations: ['province'] },
] as const;
const rate = { id: 'rate', measure: 'percent', baseline: { period: '2023', value: 20 }, targets: { '2028': 60 }, ratio: { numerator: 'convicted', denominator: 'verdicts', factor: 100 } } as const;

describe('ratio indicators', () => {
  const strategy = strategyWith([...inputs, rate]);
  const observations = observe(strategy, [
    { indicator: 'convicted', period: '2024', value: 10, disaggregation: { province: 'KH-12' } },
    { indicator: 'convicted', period: '2024', value: 90, disaggregation: { province: 'KH-2' } },
    { indicator: 'verdicts', period: '2024', value: 100, disaggregation: { province: 'KH-12' } },
    { indicator: 'verdicts', period: '2024', value: 300, disaggregation: { province: 'KH-2' } },
  ]);

  it('divide the sums of numerator and denominator (a ratio of sums, not a mean of ratios)', () => {
    const result = evaluateIndicator(strategy, observations, 'rate', { asOf: '2025-06-30' });
    const ratioOfSums = ((10 + 90) / (100 + 300)) * 100;
    const meanOfRatios = ((10 / 100 + 90 / 300) / 2) * 100;
    expect(ratioOfSums).toBe(25);
    expect(meanOfRatios).toBeCloseTo(20, 9);
    expect(result.current?.value).toBe(ratioOfSums);
    expect(result.current?.observations).toBe(4);
    expect(result.trace.observations.used).toBe(4);
  });

  it('score each province on its own observations with a where filter', () => {
    const kh12 = indexObservations(strategy, observations, { asOf: '2025-06-30', where: { province: 'KH-12' } });
    const kh2 = indexObservations(strategy, observations, { asOf: '2025-06-30', where: { province: 'KH-2' } });
    expect(scoreIndicator(strategy, kh12, 'rate').current?.value).toBe(10);
    expect(scoreIndicator(strategy, kh2, 'rate').current?.value).toBe(30);
    expect(kh12.indicators.get('convicted')?.rows.map((row) => row.key)).toEqual(['']);
  });

  it('aggregate each input over time by its own rule before dividing', () => {
    const quarterly = observe(strategy, [
      { indicator: 'convicted', period: '2024Q1', value: 5 },
      { indicator: 'convicted', period: '2024Q3', value: 15 },
      { indicator: 'convicted', period: '2024Q2', value: 10 },
      { indicator: 'convicted', period: '2024Q4', value: 20 },
      { indicator: 'verdicts', period: '2024S1', value: 150 },
      { indicator: 'verdicts', period: '2024S2', value: 250 },
    ]);
    const values = periodValues(strategy, indexObservations(strategy, quarterly, { asOf: '2025-06-30' }), 'rate');
    expect(values.cells.map((cell) => [cell.period, cell.value])).toEqual([['2024', 12.5], ['2024S1', 10], ['2024S2', 14]]);
    expect(values.notComputable).toEqual([]);
  });

  it('flag disaggregations reported for overlapping periods of different lengths', () => {
    const mixed = observe(strategy, [
      { indicator: 'convicted', period: '2024S2', value: 30, disaggregation: { province: 'KH-2' } },
      { indicator: 'convicted', period: '2024Q3', value: 15, disaggregation: { province: 'KH-12' } },
    ]);
    const result = evaluateIndicator(strategy, mixed, 'convicted', { asOf: '2025-06-30' });
    expect(result.issues).toEqual([{ code: 'MIXED_PERIODS', message: '2024S2 has values only for province=KH-2, but 2024Q3 overlaps it with other disaggregations; the 2024S2 value is used and theirs cannot be added to it. Report every disaggregation for the same periods.' }]);
  });

  it('make a period with a zero denominator not computable, never NaN, Infinity or 0', () => {
    const zero = observe(strategy, [
      { indicator: 'convicted', period: '2024', value: 0 },
      { indicator: 'verdicts', period: '2024', value: 0 },
      { indicator: 'convicted', period: '2025', value: 5 },
      { indicator: 'verdicts', period: '2025', value: 0 },
    ]);
    const result = evaluateIndicator(strategy, zero, 'rate', { asOf: '2026-06-30' });
    expect(result.series).toEqual([]);
    expect(result.current).toBeNull();
    expect(result.notes.filter((note) => note.code === 'NOT_COMPUTABLE').map((note) => note.message)).toEqual([
      '2024 is not computable: verdicts is 0, so the ratio divides by zero.',
      '2025 is not computable: verdicts is 0, so the ratio divides by zero.',
    ]);
  });

  it('make a target period with a missing input not computable', () => {
    const missing = observe(strategy, [{ indicator: 'convicted', period: '2024', value: 5 }]);
    const result = evaluateIndicator(strategy, missing, 'rate', { asOf: '2025-06-30' });
    expect(result.notes).toContainEqual({ code: 'NOT_COMPUTABLE', message: '2024 is not computable: no value for verdicts.' });
    expect(result.status).toBe('no-data');
  });
});

describe('formula indicators', () => {
  const strategy = strategyWith([
    { id: 'share', measure: 'ratio', direction: 'none', formula: '#{part} / total' },
    { id: 'total', direction: 'none', formula: '#{part} + rest' },
    { id: 'part', direction: 'none' },
    { id: 'rest', direction: 'none' },
  ]);
  const observations = observe(strategy, [
    { indicator: 'part', period: '2024', value: 30 },
    { indicator: 'rest', period: '2024', value: 70 },
    { indicator: 'part', period: '2025', value: 40 },
  ]);

  it('evaluate in dependency order: a formula over another formula', () => {
    const index = indexObservations(strategy, observations, { asOf: '2026-06-30' });
    const values = allPeriodValues(strategy, index);
    expect([...values.keys()]).toEqual(['share', 'total', 'part', 'rest']);
    expect(values.get('total')?.cells.map((cell) => cell.value)).toEqual([100]);
    expect(values.get('share')?.cells.map((cell) => cell.value)).toEqual([0.3]);
    expect(scoreIndicator(strategy, index, 'share', {}, values).current?.value).toBe(0.3);
    expect(scoreIndicator(strategy, index, 'share').current?.value).toBe(0.3);
  });

  it('report the missing input of a formula', () => {
    const result = evaluateIndicator(strategy, observations, 'total', { asOf: '2026-06-30' });
    expect(result.notes).toContainEqual({ code: 'NOT_COMPUTABLE', message: '2025 is not computable: no value for rest.' });
    expect(codes(result.trace.notes)).toContain('COMPUTED');
  });

  it('sum the observation counts of the inputs', () => {
    const result = evaluateIndicator(strategy, observations, 'share', { asOf: '2026-06-30' });
    expect(result.trace.observations.used).toBe(3);
  });
});
