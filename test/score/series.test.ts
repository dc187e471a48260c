import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from '../../src/score/index.js';
import { codes, observe, strategyWith } from './helpers.js';

describe('flows (time rule sum, not cumulative)', () => {
  const strategy = strategyWith([{ frequency: 'Quarterly', baseline: { period: '2023', value: 100 }, targets: { '2024': 110, '2025': 120, '2028': 150 } }]);
  const observations = observe(strategy, [
    { period: '2024Q1', value: 20 }, { period: '2024Q2', value: 30 }, { period: '2024Q3', value: 25 }, { period: '2024Q4', value: 40 },
    { period: '2025Q1', value: 35 }, { period: '2025Q2', value: 30 },
  ]);
  it('adds up the quarters of each year; a year not complete is partial and not current', () => {
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-08-15' });
    expect(result.series).toEqual([
      { period: '2024', value: 115, t: 2025, observations: 4, partial: false },
      { period: '2025', value: 65, t: 2026, observations: 2, partial: true },
    ]);
    expect(result.current).toEqual({ period: '2024', value: 115, t: 2025, observations: 4 });
    expect(result.trace.periods).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    expect(codes(result.notes)).toContain('PARTIAL_PERIOD_EXCLUDED');
  });
  it('keeps a year with a missing quarter partial even after it ended', () => {
    const gap = observations.filter((observation) => observation.period !== '2024Q3');
    const result = evaluateIndicator(strategy, gap, 'I1', { asOf: '2026-03-31' });
    expect(result.series[0]).toMatchObject({ period: '2024', value: 90, partial: true });
    expect(result.current).toBeNull();
    expect(result.status).toBe('no-data');
  });
  it('prefers a reported annual total to the sum of its quarters and flags a mismatch', () => {
    const withTotal = [...observations, ...observe(strategy, [{ period: '2024', value: 118 }])];
    const result = evaluateIndicator(strategy, withTotal, 'I1', { asOf: '2025-08-15' });
    expect(result.current?.value).toBe(118);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'TOTAL_MISMATCH', message: expect.stringContaining('2024Q1, 2024Q2, 2024Q3 and 2024Q4 (115)') as unknown })]);
  });
  it('raises no issue when the annual total agrees with its quarters', () => {
    const withTotal = [...observations, ...observe(strategy, [{ period: '2024', value: 115 }])];
    expect(evaluateIndicator(strategy, withTotal, 'I1', { asOf: '2025-08-15' }).issues).toEqual([]);
  });
  it('leaves out periods that straddle two target periods, with an issue', () => {
    const fy = observe(strategy, [{ period: '2024July', value: 50 }]);
    const result = evaluateIndicator(strategy, [...observations, ...fy], 'I1', { asOf: '2025-08-15' });
    expect(codes(result.issues)).toContain('PERIOD_NOT_ALIGNED');
    expect(result.current?.value).toBe(115);
  });
});

describe('cumulative indicators', () => {
  const strategy = strategyWith([{ cumulative: true, frequency: 'Quarterly', baseline: { period: '2023', value: 0 }, targets: { '2024': 100, '2025': 200, '2028': 500 } }]);
  const observations = observe(strategy, [
    { period: '2023', value: 80 },
    { period: '2024Q1', value: 25 }, { period: '2024Q2', value: 25 }, { period: '2024Q3', value: 25 }, { period: '2024Q4', value: 25 },
    { period: '2025Q1', value: 30 }, { period: '2025Q2', value: 30 },
  ]);
  it('runs totals from the plan start and pro-rates the expected value inside a year', () => {
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-07-15' });
    expect(result.series.map((point) => point.value)).toEqual([25, 50, 75, 100, 130, 160]);
    expect(result.current).toEqual({ period: '2025Q2', value: 160, t: 2025 + 181 / 365, observations: 6 });
    expect(result.trace.periods).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2']);
    // Halfway through 2025 the plan expects halfway from 100 to 200 (pro-rated by days).
    expect(result.expected.atCurrent.value).toBeCloseTo(100 + 100 * (181 / 365), 9);
    expect(result.milestone).toBeNull();
    expect(codes(result.notes)).toContain('MILESTONE_INTERPOLATED');
    expect(result.achievement).toBeCloseTo(160 / (100 + 100 * (181 / 365)), 9);
    expect(result.progress).toBeCloseTo(160 / 500, 9);
    expect(result.performance).toBeCloseTo(160 / (100 + 100 * (181 / 365)), 9);
    expect(result.status).toBe('on-track');
    expect(codes(result.trace.notes)).toContain('PRE_PLAN_EXCLUDED');
  });
  it('meets the annual milestone exactly at the year end', () => {
    const result = evaluateIndicator(strategy, observations.slice(0, 5), 'I1', { asOf: '2025-02-01' });
    expect(result.current).toMatchObject({ period: '2024Q4', value: 100 });
    expect(result.milestone).toMatchObject({ period: '2024', value: 100 });
    expect(result.achievement).toBe(1);
    expect(result.performance).toBeCloseTo(1, 9);
  });
});

describe('stocks (time rule latest or mean)', () => {
  const strategy = strategyWith([{ measure: 'percent', frequency: 'Quarterly', baseline: { period: '2023', value: 40 }, targets: { '2024': 50, '2028': 90 } }]);
  it('take the latest period that has ended, at any granularity', () => {
    const observations = observe(strategy, [
      { period: '2024Q3', value: 47 }, { period: '2024Q4', value: 49 }, { period: '2025Q1', value: 52 }, { period: '2025Q2', value: 54, reportedOn: '2025-06-20' },
    ]);
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-25' });
    expect(result.current).toMatchObject({ period: '2025Q1', value: 52 });
    expect(result.series.map((point) => [point.period, point.partial])).toEqual([['2024Q3', false], ['2024Q4', false], ['2025Q1', true], ['2025Q2', true]]);
  });
  it('prefer a value for a whole year to its last quarter, and flag a disagreement', () => {
    const observations = observe(strategy, [{ period: '2024Q4', value: 49 }, { period: '2024', value: 50 }]);
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-25' });
    expect(result.series).toHaveLength(1);
    expect(result.current).toMatchObject({ period: '2024', value: 50 });
    expect(codes(result.issues)).toEqual(['TOTAL_MISMATCH']);
  });
  it('do not use a value of the baseline period as the current value', () => {
    const observations = observe(strategy, [{ period: '2023', value: 41 }]);
    const result = evaluateIndicator(strategy, observations, 'I1', { asOf: '2025-06-25' });
    expect(result.series).toHaveLength(1);
    expect(result.current).toBeNull();
    expect(codes(result.trace.notes)).toContain('BEFORE_BASELINE');
  });
});
