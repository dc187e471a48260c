import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from '../../src/score/index.js';
import { observe, strategyWith } from './helpers.js';
import type { IndicatorSpec } from './helpers.js';

function run(indicator: IndicatorSpec, items: Parameters<typeof observe>[1], asOf: string) {
  const strategy = strategyWith([indicator]);
  return evaluateIndicator(strategy, observe(strategy, items), 'I1', { asOf });
}

describe('boolean milestones', () => {
  const law = { measure: 'boolean', baseline: { period: '2023', value: false }, targets: { '2024': false, '2025': true, '2028': true } } as const;
  it('true when due (and at the end target) is achieved', () => {
    const result = run(law, [{ period: '2025', value: true }], '2026-03-01');
    expect(result.status).toBe('achieved');
    expect(result.score).toBe(100);
    expect(result.milestone).toMatchObject({ period: '2025', value: true });
  });
  it('false when true was due is off track', () => {
    const result = run(law, [{ period: '2025', value: false }], '2026-03-01');
    expect(result.status).toBe('off-track');
    expect(result.score).toBe(0);
    expect(result.methodResult.category).toBe('milestone 2025 not met');
  });
  it('false while only false is due is on track', () => {
    const result = run(law, [{ period: '2024', value: false }], '2025-03-01');
    expect(result.status).toBe('on-track');
    expect(result.milestone).toMatchObject({ period: '2024', value: false });
  });
  it('has no NaN-prone measures', () => {
    const result = run(law, [{ period: '2024', value: false }], '2025-03-01');
    expect(result.progress).toBeNull();
    expect(result.trend).toEqual({ cagr: null, requiredCagr: null, growthRatio: null, projected: { cagr: null, wls: null }, projectedShare: null });
  });
});

describe('ordinal levels', () => {
  const levels = [
    { code: 'tier3', label: 'Tier 3' }, { code: 'watch', label: 'Tier 2 watch list' }, { code: 'tier2', label: 'Tier 2' }, { code: 'tier1', label: 'Tier 1' },
  ];
  const ranked = { measure: 'ordinal', levels, baseline: { period: '2023', value: 'tier3' }, targets: { '2024': 'watch', '2025': 'tier2', '2028': 'tier1' } };
  it('measures progress on level ranks', () => {
    const result = run(ranked, [{ period: '2024', value: 'watch' }], '2025-06-30');
    expect(result.current?.value).toBe('watch');
    expect(result.progress).toBeCloseTo(1 / 3, 9);
    expect(result.expected.atCurrent.value).toBe(2);
    expect(result.performance).toBeCloseTo(1, 9);
    expect(result.status).toBe('on-track');
  });
  it('reaching the top level is achieved', () => {
    expect(run(ranked, [{ period: '2024', value: 'tier1' }], '2025-06-30').status).toBe('achieved');
  });
  it('falling back a level is below baseline', () => {
    const strategy = strategyWith([{ ...ranked, baseline: { period: '2023', value: 'watch' } }]);
    const result = evaluateIndicator(strategy, observe(strategy, [{ period: '2024', value: 'tier3' }]), 'I1', { asOf: '2025-06-30' });
    expect(result.progress).toBeLessThan(0);
    expect(result.score).toBe(0);
  });
});

describe('maintain', () => {
  const kept = { measure: 'percent', direction: 'maintain', tolerance: 5, baseline: { period: '2023', value: 100 }, targets: { '2024': 100, '2028': 100 } };
  it('within tolerance is on track', () => {
    const result = run(kept, [{ period: '2024', value: 96 }], '2025-06-30');
    expect(result.status).toBe('on-track');
    expect(result.score).toBe(100);
    expect(result.trace.method).toMatchObject({ metric: 'distance from target', thresholds: { target: 100, tolerance: 5 } });
  });
  it('exactly at the tolerance is within it', () => {
    expect(run(kept, [{ period: '2024', value: 95 }], '2025-06-30').status).toBe('on-track');
  });
  it('outside tolerance is off track', () => {
    const result = run(kept, [{ period: '2024', value: 94 }], '2025-06-30');
    expect(result.status).toBe('off-track');
    expect(result.score).toBe(0);
  });
  it('within tolerance for the plan\'s last year is achieved', () => {
    expect(run(kept, [{ period: '2028', value: 99 }], '2029-03-01').status).toBe('achieved');
  });
  it('uses a tolerance of 0 by default, with the float tolerance', () => {
    const exact = { measure: 'ratio', direction: 'maintain', baseline: { period: '2023', value: 0.3 }, targets: { '2028': 0.3 } };
    expect(run(exact, [{ period: '2024', value: 0.1 + 0.2 }], '2025-06-30').status).toBe('on-track');
    expect(run(exact, [{ period: '2024', value: 0.31 }], '2025-06-30').status).toBe('off-track');
  });
});

describe('range', () => {
  const band = { measure: 'percent', direction: 'range', range: { min: 45, max: 55 }, baseline: { period: '2023', value: 40 } };
  it('inside the band is on track, outside off track', () => {
    expect(run(band, [{ period: '2024', value: 45 }], '2025-06-30').status).toBe('on-track');
    expect(run(band, [{ period: '2024', value: 55 }], '2025-06-30').status).toBe('on-track');
    const outside = run(band, [{ period: '2024', value: 56 }], '2025-06-30');
    expect(outside.status).toBe('off-track');
    expect(outside.methodResult.category).toBe('outside the range 45–55');
    expect(outside.trace.method.thresholds).toEqual({ min: 45, max: 55 });
  });
  it('inside the band for the last year is achieved', () => {
    expect(run(band, [{ period: '2028', value: 50 }], '2029-03-01').status).toBe('achieved');
  });
});

describe('not scored', () => {
  it('carries qualitative values without scoring them', () => {
    const result = run({ measure: 'qualitative', direction: 'increase' }, [{ period: '2024', value: 'Shelters opened in two provinces.' }], '2025-06-30');
    expect(result.status).toBe('not-scored');
    expect(result.score).toBeNull();
    expect(result.current?.value).toBe('Shelters opened in two provinces.');
    expect(result.methodResult.category).toBe('not scored (qualitative)');
  });
  it('monitors direction none without a status or score, but keeps its values and growth', () => {
    const result = run({ direction: 'none', baseline: { period: '2023', value: 100 } }, [{ period: '2024', value: 110 }], '2025-06-30');
    expect(result.status).toBe('not-scored');
    expect(result.score).toBeNull();
    expect(result.progress).toBeNull();
    expect(result.current?.value).toBe(110);
    expect(result.trend.cagr).toBeCloseTo(0.1, 9);
  });
  it('is not scored even without data', () => {
    expect(run({ direction: 'none' }, [], '2026-06-30').status).toBe('not-scored');
  });
});
