import { describe, expect, it } from 'vitest';
import { requiredCagr } from '../../src/score/index.js';

describe('requiredCagr', () => {
  it('is the growth rate from baseline to target', () => {
    expect(requiredCagr({ baseline: { year: 2015, value: 50 }, target: { year: 2030, value: 80 } })).toBeCloseTo(0.0318296, 6);
    expect(requiredCagr({ baseline: { year: 2015, value: 20 }, target: { year: 2030, value: 5 } })).toBeCloseTo(-0.0882775, 6);
  });
  it('is null for a zero baseline or a target not after the baseline', () => {
    expect(requiredCagr({ baseline: { year: 2015, value: 0 }, target: { year: 2030, value: 5 } })).toBeNull();
    expect(requiredCagr({ baseline: { year: 2030, value: 1 }, target: { year: 2030, value: 5 } })).toBeNull();
  });
});
