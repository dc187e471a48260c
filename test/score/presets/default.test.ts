import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/score/index.js';
import type { ScoringMetrics } from '../../../src/score/index.js';

const run = (metrics: Partial<ScoringMetrics>) => classify({ metrics: { direction: 'increase', hasTarget: true, ...metrics }, method: 'default' });

describe('default preset', () => {
  it('bands performance at 0.90 and 0.60', () => {
    expect(run({ performance: 0.9 })).toMatchObject({ status: 'on-track', category: 'on track' });
    expect(run({ performance: 0.8999999999999999 }).status).toBe('on-track');
    expect(run({ performance: 0.89 })).toMatchObject({ status: 'at-risk', category: 'behind the planned trajectory' });
    expect(run({ performance: 0.6 }).status).toBe('at-risk');
    expect(run({ performance: 0.59 }).status).toBe('off-track');
  });
  it('scores clamp(performance, 0, 1) × 100, and 100 when achieved', () => {
    expect(run({ performance: 0.75 }).score).toBeCloseTo(75, 9);
    expect(run({ performance: 1.4 }).score).toBe(100);
    expect(run({ performance: -0.3 }).score).toBe(0);
    expect(run({ targetMet: true, performance: 0.2 })).toMatchObject({ status: 'achieved', score: 100 });
  });
  it('is on track when nothing is expected yet and nothing was lost', () => {
    expect(run({ performance: null, expectedProgress: 0, progress: 0 })).toMatchObject({ status: 'on-track', score: 100 });
    expect(run({ performance: null, expectedProgress: 0, progress: -0.1 })).toMatchObject({ status: 'off-track', score: 0 });
  });
  it('uses the signed growth rate without a target', () => {
    expect(run({ hasTarget: false, cagr: 0.02 })).toMatchObject({ status: 'on-track', score: 100, metric: 'd·CAGR' });
    expect(run({ hasTarget: false, cagr: 0.005 }).status).toBe('at-risk');
    expect(run({ hasTarget: false, cagr: -0.005 }).status).toBe('off-track');
    expect(classify({ metrics: { direction: 'decrease', hasTarget: false, cagr: -0.02 } }).status).toBe('on-track');
  });
});
