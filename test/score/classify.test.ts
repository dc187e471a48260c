import { describe, expect, it } from 'vitest';
import { classify } from '../../src/score/index.js';
import { LogframeError as RootError } from '../../src/index.js';

describe('classify', () => {
  it('uses the default preset unless told otherwise', () => {
    const result = classify({ metrics: { direction: 'increase', hasTarget: true, performance: 0.95 } });
    expect(result).toMatchObject({ status: 'on-track', metric: 'performance', nativeScore: null });
    expect(result.score).toBeCloseTo(95, 9);
  });
  it('returns no-data with "unable to assess" when the preset\'s measure is missing', () => {
    expect(classify({ metrics: { direction: 'increase', hasTarget: true }, method: 'eurostat' })).toMatchObject({ status: 'no-data', score: null, category: 'unable to assess (growth ratio not computable)' });
  });
  it('applies custom thresholds', () => {
    const metrics = { direction: 'increase', hasTarget: true, performance: 0.8 } as const;
    expect(classify({ metrics }).status).toBe('at-risk');
    expect(classify({ metrics, method: { preset: 'default', thresholds: { onTrack: 0.8 } } }).status).toBe('on-track');
  });
  it('throws a LogframeError for an invalid method', () => {
    expect(() => classify({ metrics: { direction: 'increase', hasTarget: true }, method: { preset: 'default', thresholds: { onTrack: 0.1 } } })).toThrow(RootError);
  });
});
