import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/score/index.js';

describe('cagr', () => {
  it('computes the compound annual growth rate', () => {
    expect(cagr({ from: 50, to: 60, years: 5 })).toBeCloseTo(0.0371373, 6);
    expect(cagr({ from: 20, to: 15, years: 7 })).toBeCloseTo(-0.0402644, 6);
    expect(cagr({ from: 100, to: 121, years: 2 })).toBeCloseTo(0.1, 12);
  });
  it('accepts decimal years', () => {
    expect(cagr({ from: 100, to: 110, years: 0.5 })).toBeCloseTo(0.21, 12);
  });
  it('is 0 for an unchanged value and −1 for a fall to 0', () => {
    expect(cagr({ from: 7, to: 7, years: 3 })).toBe(0);
    expect(cagr({ from: 7, to: 0, years: 3 })).toBe(-1);
  });
  it('uses magnitudes for two negative values', () => {
    expect(cagr({ from: -50, to: -60, years: 5 })).toBeCloseTo(0.0371373, 6);
  });
  it('is null, never NaN, when not computable', () => {
    expect(cagr({ from: 0, to: 5, years: 3 })).toBeNull();
    expect(cagr({ from: -5, to: 5, years: 3 })).toBeNull();
    expect(cagr({ from: 5, to: 6, years: 0 })).toBeNull();
    expect(cagr({ from: 5, to: 6, years: -1 })).toBeNull();
    expect(cagr({ from: Number.NaN, to: 6, years: 1 })).toBeNull();
    expect(cagr({ from: 1e-300, to: 1e300, years: 1e-300 })).toBeNull();
  });
});
