import { describe, expect, it } from 'vitest';
import { classify, getPreset } from '../../../src/score/index.js';
import type { ScoringMetrics } from '../../../src/score/index.js';

const run = (metrics: Partial<ScoringMetrics>) => classify({ metrics: { direction: 'increase', hasTarget: true, ...metrics }, method: 'unsd2023' });

describe('unsd2023 preset', () => {
  it('projects with the baseline-to-current growth rate', () => {
    expect(getPreset('unsd2023').projection).toBe('cagr-baseline');
  });
  it('bands the projected share r at 0.95 and 0.10 into 3, 2, 1', () => {
    expect(run({ projectedShare: 1.213333 })).toMatchObject({ status: 'on-track', nativeScore: 3, category: 'target met or on track' });
    expect(run({ projectedShare: 0.1 })).toMatchObject({ status: 'at-risk', nativeScore: 2 });
    expect(run({ projectedShare: 0.09 })).toMatchObject({ status: 'off-track', nativeScore: 1, category: 'stagnation or regression' });
  });
  it('bands d·CAGR without a target at 2 % and 0.5 %', () => {
    expect(run({ hasTarget: false, cagr: 0.02 }).nativeScore).toBe(3);
    expect(run({ hasTarget: false, cagr: 0.0192449 }).nativeScore).toBe(2);
    expect(run({ hasTarget: false, cagr: 0.004 }).nativeScore).toBe(1);
  });
  it('counts a met target, or a value within 1 point of a 0 %/100 % target, as achieved', () => {
    expect(run({ targetMet: true, projectedShare: 0 }).status).toBe('achieved');
    expect(run({ nearBound: true, projectedShare: 0 })).toMatchObject({ status: 'achieved', nativeScore: 3 });
  });
});
