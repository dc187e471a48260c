import { describe, expect, it } from 'vitest';
import { expectedValueAt } from '../../src/score/index.js';

describe('expectedValueAt', () => {
  const points = [{ year: 2026, value: 200 }, { year: 2024, value: 0 }, { year: 2025, value: 100 }];
  it('interpolates linearly between points given in any order', () => {
    expect(expectedValueAt({ points, t: 2024.25 })).toBeCloseTo(25, 12);
    expect(expectedValueAt({ points, t: 2025 })).toBe(100);
    expect(expectedValueAt({ points, t: 2025.5 })).toBeCloseTo(150, 12);
  });
  it('clamps before the first and after the last point', () => {
    expect(expectedValueAt({ points, t: 2000 })).toBe(0);
    expect(expectedValueAt({ points, t: 2100 })).toBe(200);
  });
  it('is null without points', () => {
    expect(expectedValueAt({ points: [], t: 2025 })).toBeNull();
  });
  it('lets the last of two points at the same time win', () => {
    expect(expectedValueAt({ points: [{ year: 1, value: 1 }, { year: 1, value: 3 }], t: 1 })).toBe(3);
  });
});
