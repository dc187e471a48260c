import { describe, expect, it } from 'vitest';
import { classify, getPreset } from '../../../src/score/index.js';
import type { ScoringMetrics } from '../../../src/score/index.js';

const run = (metrics: Partial<ScoringMetrics>) => classify({ metrics: { direction: 'increase', hasTarget: true, ...metrics }, method: 'escap' });

describe('escap preset', () => {
  it('projects by time-weighted least squares', () => {
    expect(getPreset('escap').projection).toBe('wls');
  });
  it('maps the anticipated progress index to maintain, accelerate, reverse', () => {
    expect(run({ projectedShare: 1 })).toMatchObject({ status: 'on-track', category: 'maintain progress to achieve the target', nativeScore: 1, score: 100 });
    expect(run({ projectedShare: 0.4 })).toMatchObject({ status: 'at-risk', category: 'accelerate progress to achieve the target', nativeScore: 0.4 });
    expect(run({ projectedShare: -0.2 })).toMatchObject({ status: 'off-track', category: 'reverse trend to achieve the target', score: 0 });
  });
  it('does not assess indicators without a target', () => {
    expect(run({ hasTarget: false, cagr: 0.05 })).toMatchObject({ status: 'no-data', category: 'unable to assess (ESCAP assesses only indicators with a target)' });
  });
});
