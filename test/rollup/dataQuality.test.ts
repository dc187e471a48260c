import { describe, expect, it } from 'vitest';
import { dataQuality, evaluate, modifiedZScores, parseObservations, parseStrategy, zScoreOutlier } from '../../src/index.js';
import { tinyStrategy } from '../model/helpers.js';

describe('outlier primitives (DHIS2 worked examples, threshold 2.5)', () => {
  it('example 1', () => {
    const test = zScoreOutlier({ value: 9000, mean: 1524.5555, stdDev: 2654.4661, threshold: 2.5 });
    expect(test.absDev).toBeCloseTo(7475.4444, 3); // DHIS2 rounds its inputs to 4 decimals
    expect(test.zScore).toBeCloseTo(2.8161, 3);
    expect(test.lowerBound).toBeCloseTo(-5111.6097, 4);
    expect(test.upperBound).toBeCloseTo(8160.7208, 4);
    expect(test.isOutlier).toBe(true);
  });
  it('example 2', () => {
    const test = zScoreOutlier({ value: 8764, mean: 1448.0833, stdDev: 2502.3031, threshold: 2.5 });
    expect(test.absDev).toBeCloseTo(7315.9166, 3);
    expect(test.zScore).toBeCloseTo(2.9236, 3);
    expect(test.lowerBound).toBeCloseTo(-4807.6745, 3);
    expect(test.upperBound).toBeCloseTo(7703.8412, 3);
  });
  it('modified z-score is null when the MAD is zero (no false alarm)', () => {
    expect(modifiedZScores([5, 5, 5, 5, 9])).toBeNull();
  });
});

const provinces = Array.from({ length: 8 }, (_, index) => ({ code: `P${index + 1}`, label: `Province ${index + 1}` }));
const strategy = parseStrategy(tinyStrategy({
  dimensions: [{ id: 'province', title: 'Province', codes: provinces }],
  indicators: [
    { id: 'cases', title: 'Cases', result: 'O1', measure: 'count', direction: 'none', lead: 'MOJ', disaggregations: ['province'] },
    { id: 'staff', title: 'Staff', result: 'O1', measure: 'count', direction: 'none', lead: 'MOI', frequency: 'Yearly' },
  ],
}));

describe('dataQuality', () => {
  it('flags a province far from the others by modified z-score, and only with enough values', () => {
    const values = [10, 12, 11, 9, 10, 11, 12, 90];
    const { observations } = parseObservations(values.map((value, index) => ({ indicator: 'cases', period: '2024', value, disaggregation: { province: `P${index + 1}` } })), strategy);
    const findings = dataQuality(strategy, observations, [], { asOf: '2025-03-27' });
    const flagged = findings.filter((finding) => finding.kind === 'outlier-modified-z');
    expect(flagged.map((finding) => finding.disaggregation)).toEqual([{ province: 'P8' }]);
    const few = parseObservations(values.slice(5).map((value, index) => ({ indicator: 'cases', period: '2024', value, disaggregation: { province: `P${index + 1}` } })), strategy).observations;
    const small = dataQuality(strategy, few, [], { asOf: '2025-03-27' });
    expect(small.some((finding) => finding.kind.startsWith('outlier'))).toBe(false);
    expect(small.some((finding) => finding.kind === 'insufficient-data')).toBe(true);
  });

  it('flags stale indicators, revisions, periods outside the plan and unexpected reporters', () => {
    const { observations } = parseObservations([
      { indicator: 'staff', period: '2024', value: 5, reportedOn: '2025-01-10', reportedBy: 'MOI' },
      { indicator: 'staff', period: '2024', value: 6, reportedOn: '2025-02-10', reportedBy: 'MOI' },
      { indicator: 'staff', period: '2031', value: 6, reportedBy: 'MOJ' },
    ], strategy);
    const kinds = dataQuality(strategy, observations.slice(0, 2), [], { asOf: '2026-06-30' }).map((finding) => finding.kind);
    expect(kinds).toContain('stale');
    expect(kinds).toContain('revised');
    const all = dataQuality(strategy, observations, [], { asOf: '2032-06-30' }).map((finding) => finding.kind);
    expect(all).toContain('outside-plan');
    expect(all).toContain('unexpected-reporter');
  });

  it('reports totals that disagree with their parts through evaluate', () => {
    const { observations } = parseObservations([
      { indicator: 'cases', period: '2024', value: 50 },
      { indicator: 'cases', period: '2024', value: 20, disaggregation: { province: 'P1' } },
      { indicator: 'cases', period: '2024', value: 20, disaggregation: { province: 'P2' } },
    ], strategy);
    const evaluation = evaluate(strategy, observations, { asOf: '2025-03-27' });
    expect(evaluation.dataQuality.some((finding) => finding.kind === 'total-mismatch' && finding.indicator === 'cases')).toBe(true);
  });
});
