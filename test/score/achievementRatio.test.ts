import { describe, expect, it } from 'vitest';
import { achievementRatio } from '../../src/score/index.js';

describe('achievementRatio', () => {
  it('is actual ÷ target for increase and target ÷ actual for decrease', () => {
    expect(achievementRatio({ target: 100, actual: 86, direction: 'increase' })).toBeCloseTo(0.86, 12);
    expect(achievementRatio({ target: 100, actual: 125, direction: 'decrease' })).toBeCloseTo(0.8, 12);
    expect(achievementRatio({ target: 100, actual: 80, direction: 'decrease' })).toBeCloseTo(1.25, 12);
  });
  it('is exactly 1 within the float tolerance', () => {
    expect(achievementRatio({ target: 2.1, actual: 0.7 * 3, direction: 'increase' })).toBe(1);
  });
  it('is null on a zero divisor or a negative value', () => {
    expect(achievementRatio({ target: 0, actual: 3, direction: 'increase' })).toBeNull();
    expect(achievementRatio({ target: 3, actual: 0, direction: 'decrease' })).toBeNull();
    expect(achievementRatio({ target: -3, actual: 2, direction: 'increase' })).toBeNull();
    expect(achievementRatio({ target: 0, actual: 0, direction: 'increase' })).toBeNull();
  });
  it('is 0 for nothing achieved of a positive target', () => {
    expect(achievementRatio({ target: 10, actual: 0, direction: 'increase' })).toBe(0);
  });
});
