import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../src/score/index.js';

const y = (year: number, value: number) => ({ year, value });

describe('growthRatio', () => {
  it('is observed over required growth, signed by direction', () => {
    expect(growthRatio({ baseline: y(2015, 50), current: y(2020, 60), target: y(2030, 80), direction: 'increase' })).toBeCloseTo(1.166752, 6);
    expect(growthRatio({ baseline: y(2015, 20), current: y(2022, 15), target: y(2030, 5), direction: 'decrease' })).toBeCloseTo(0.456112, 6);
  });
  it('is negative for movement away from the target', () => {
    expect(growthRatio({ baseline: y(2015, 50), current: y(2020, 45), target: y(2030, 80), direction: 'increase' })).toBeLessThan(0);
    expect(growthRatio({ baseline: y(2015, 20), current: y(2022, 25), target: y(2030, 5), direction: 'decrease' })).toBeLessThan(0);
  });
  it('is the signed observed rate without a target', () => {
    expect(growthRatio({ baseline: y(2015, 100), current: y(2020, 110), direction: 'increase' })).toBeCloseTo(0.0192449, 6);
    expect(growthRatio({ baseline: y(2015, 100), current: y(2020, 110), direction: 'decrease' })).toBeCloseTo(-0.0192449, 6);
  });
  it('substitutes 0.001 for a zero baseline or target', () => {
    const ratio = growthRatio({ baseline: y(2015, 0), current: y(2020, 1), target: y(2030, 2), direction: 'increase' }) ?? 0;
    expect(ratio).toBeCloseTo((1000 ** (1 / 5) - 1) / (2000 ** (1 / 15) - 1), 9);
    expect(growthRatio({ baseline: y(2015, 10), current: y(2020, 5), target: y(2030, 0), direction: 'decrease' })).toBeGreaterThan(0);
  });
  it('flips the sign for a negative series (Statistics Canada)', () => {
    const ratio = growthRatio({ baseline: y(2015, -50), current: y(2020, -40), target: y(2030, -20), direction: 'increase' });
    expect(ratio).toBeGreaterThan(0);
  });
  it('is null when not computable', () => {
    expect(growthRatio({ baseline: y(2015, 50), current: y(2020, -1), target: y(2030, 80), direction: 'increase' })).toBeNull();
    expect(growthRatio({ baseline: y(2015, 50), current: y(2015, 60), target: y(2030, 80), direction: 'increase' })).toBeNull();
    expect(growthRatio({ baseline: y(2015, 50), current: y(2020, 60), target: y(2030, 50), direction: 'increase' })).toBeNull();
  });
});
