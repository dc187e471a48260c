import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/score/index.js';
import type { ScoringMetrics } from '../../../src/score/index.js';

const run = (metrics: Partial<ScoringMetrics>) => classify({ metrics: { direction: 'increase', hasTarget: true, ...metrics }, method: 'opensdg' });

describe('opensdg preset', () => {
  it('short-circuits a met target to +5', () => {
    expect(run({ targetMet: true, growthRatio: -1 })).toMatchObject({ status: 'achieved', category: 'target achieved', nativeScore: 5, score: 100 });
  });
  it('maps P to the −5…+5 score and its bands (method 2)', () => {
    expect(run({ growthRatio: 1.3 }).nativeScore).toBe(5);
    expect(run({ growthRatio: 0.95 }).nativeScore).toBeCloseTo(2.500055, 6);
    expect(run({ growthRatio: 0.6 }).nativeScore).toBeCloseTo(0.00004, 6);
    expect(run({ growthRatio: 0 }).nativeScore).toBe(-2.5);
    expect(run({ growthRatio: -0.6 }).nativeScore).toBeCloseTo(-5, 3);
    expect(run({ growthRatio: -2 }).nativeScore).toBe(-5);
    expect(run({ growthRatio: 0.7 })).toMatchObject({ status: 'at-risk', category: 'moderate progress (acceleration needed)' });
    expect(run({ growthRatio: 0.3 })).toMatchObject({ status: 'off-track', category: 'limited progress' });
    expect(run({ growthRatio: -0.3 })).toMatchObject({ status: 'off-track', category: 'deterioration' });
  });
  it('maps the signed growth rate to the score without a target (method 1)', () => {
    expect(run({ hasTarget: false, cagr: 0.02 }).nativeScore).toBe(5);
    expect(run({ hasTarget: false, cagr: 0.015 }).nativeScore).toBeCloseTo(2.5, 9);
    expect(run({ hasTarget: false, cagr: 0.01 }).nativeScore).toBeCloseTo(1.25, 9);
    expect(run({ hasTarget: false, cagr: 0.005 }).nativeScore).toBeCloseTo(0, 9);
    expect(run({ hasTarget: false, cagr: 0.0025 }).nativeScore).toBeCloseTo(-1.25, 9);
    expect(run({ hasTarget: false, cagr: -0.02 }).nativeScore).toBe(-5);
  });
  it('scales thresholds by the natural-limit factor and treats C = 0 with P ≥ 0 as on track', () => {
    expect(run({ hasTarget: false, cagr: 0.0035, limitScale: 0.2 })).toMatchObject({ status: 'on-track', category: 'substantial progress' });
    expect(run({ hasTarget: false, cagr: 0.002, limitScale: 0.2 })).toMatchObject({ status: 'at-risk', category: 'moderate progress (acceleration needed)' });
    expect(run({ hasTarget: false, cagr: 0, limitScale: 0 })).toMatchObject({ status: 'on-track', nativeScore: 5, score: 100 });
    expect(run({ hasTarget: false, cagr: 0.002, limitScale: 0.2 }).thresholds).toMatchObject({ cagrHigh: 0.003, limitScale: 0.2 });
  });
  it('flips the direction for a negative series', () => {
    expect(run({ hasTarget: false, cagr: 0.02, sign: -1 }).category).toBe('deterioration');
  });
});
