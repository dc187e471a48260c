import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/score/index.js';
import type { ScoringMetrics } from '../../../src/score/index.js';

const run = (metrics: Partial<ScoringMetrics>) => classify({ metrics: { direction: 'increase', hasTarget: true, ...metrics }, method: 'eurostat' });

describe('eurostat preset', () => {
  it('bands the growth ratio: ≥ 0.95, 0.60–0.95, 0–0.60, < 0', () => {
    expect(run({ growthRatio: 0.95 })).toMatchObject({ status: 'on-track', category: 'significant progress towards the target' });
    expect(run({ growthRatio: 0.6 })).toMatchObject({ status: 'at-risk', category: 'moderate progress towards the target' });
    expect(run({ growthRatio: 0 })).toMatchObject({ status: 'off-track', category: 'insufficient progress towards the target' });
    expect(run({ growthRatio: -0.01 })).toMatchObject({ status: 'off-track', category: 'movement away from the target', score: 0 });
  });
  it('bands d·CAGR without a target: > 1 %, 0–1 %, −1–0 %, < −1 %', () => {
    expect(run({ hasTarget: false, cagr: 0.0192449 }).category).toBe('significant progress towards the objective');
    expect(run({ hasTarget: false, cagr: 0.01 })).toMatchObject({ status: 'at-risk', category: 'moderate progress towards the objective' });
    expect(run({ hasTarget: false, cagr: 0 }).category).toBe('moderate progress towards the objective');
    expect(run({ hasTarget: false, cagr: -0.005 })).toMatchObject({ status: 'off-track', category: 'moderate movement away from the objective' });
    expect(run({ hasTarget: false, cagr: -0.02 }).category).toBe('significant movement away from the objective');
    expect(classify({ metrics: { direction: 'decrease', hasTarget: false, cagr: -0.02 }, method: 'eurostat' }).category).toBe('significant progress towards the objective');
  });
  it('has no native score', () => {
    expect(run({ growthRatio: 0.7 }).nativeScore).toBeNull();
  });
});
