import { describe, expect, it } from 'vitest';
import { currentStatusIndex } from '../../src/score/index.js';

describe('currentStatusIndex', () => {
  it('is the share of the distance covered, direction-aware', () => {
    expect(currentStatusIndex({ baseline: 50, current: 60, target: 80, direction: 'increase' })).toBeCloseTo(1 / 3, 12);
    expect(currentStatusIndex({ baseline: 20, current: 15, target: 5, direction: 'decrease' })).toBeCloseTo(1 / 3, 12);
  });
  it('uses the parity formula for maintain and range', () => {
    expect(currentStatusIndex({ baseline: 0.8, current: 0.95, target: 1, direction: 'maintain' })).toBeCloseTo(0.75, 12);
    expect(currentStatusIndex({ baseline: 1.2, current: 1.05, target: 1, direction: 'range' })).toBeCloseTo(0.75, 12);
  });
  it('is null when the target equals the baseline', () => {
    expect(currentStatusIndex({ baseline: 1, current: 2, target: 1, direction: 'increase' })).toBeNull();
  });
});
