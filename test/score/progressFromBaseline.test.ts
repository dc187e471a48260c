import { describe, expect, it } from 'vitest';
import { progressFromBaseline } from '../../src/score/index.js';

describe('progressFromBaseline', () => {
  it('uses one formula for both directions', () => {
    expect(progressFromBaseline({ baseline: 50, target: 80, current: 65 })).toBeCloseTo(0.5, 12);
    expect(progressFromBaseline({ baseline: 80, target: 50, current: 65 })).toBeCloseTo(0.5, 12);
  });
  it('keeps over-achievement and regression raw', () => {
    expect(progressFromBaseline({ baseline: 50, target: 60, current: 63 })).toBeCloseTo(1.3, 12);
    expect(progressFromBaseline({ baseline: 50, target: 60, current: 48 })).toBeCloseTo(-0.2, 12);
  });
  it('snaps to exactly 1 and 0 within the float tolerance', () => {
    expect(progressFromBaseline({ baseline: 0, target: 0.3, current: 0.1 + 0.2 })).toBe(1);
    expect(progressFromBaseline({ baseline: 1, target: 2.1, current: 0.7 * 3 })).toBe(1);
    expect(progressFromBaseline({ baseline: 0.3, target: 1, current: 0.1 + 0.2 })).toBe(0);
  });
  it('is null when the target equals the baseline or contradicts the direction', () => {
    expect(progressFromBaseline({ baseline: 5, target: 5, current: 7 })).toBeNull();
    expect(progressFromBaseline({ baseline: 5, target: 3, current: 4, direction: 'increase' })).toBeNull();
    expect(progressFromBaseline({ baseline: 5, target: 7, current: 4, direction: 'decrease' })).toBeNull();
  });
  it('never returns −0', () => {
    expect(Object.is(progressFromBaseline({ baseline: -0, target: 10, current: 0 }), -0)).toBe(false);
  });
});
