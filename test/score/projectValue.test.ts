import { describe, expect, it } from 'vitest';
import { projectValue } from '../../src/score/index.js';

describe('projectValue', () => {
  it('extends the last two points by their growth rate (cagr)', () => {
    const points = [{ year: 2010, value: 1 }, { year: 2015, value: 50 }, { year: 2020, value: 60 }];
    expect(projectValue({ points, year: 2030, method: 'cagr' })).toBeCloseTo(86.4, 9);
    expect(projectValue({ points: [...points].reverse(), year: 2030, method: 'cagr' })).toBeCloseTo(86.4, 9);
  });
  it('fits a time-weighted least-squares line (wls), recent points weighing more', () => {
    expect(projectValue({ points: [{ year: 0, value: 0 }, { year: 1, value: 1 }, { year: 2, value: 2 }], year: 4, method: 'wls' })).toBeCloseTo(4, 12);
    // Weights 1, 2, 3: the line leans to the later points.
    const leaning = projectValue({ points: [{ year: 0, value: 0 }, { year: 1, value: 10 }, { year: 2, value: 10 }], year: 2, method: 'wls' }) ?? 0;
    const unweighted = 20 / 3 + 5; // ordinary least squares: mean 6.67 at year 1, slope 5
    expect(leaning).toBeLessThan(unweighted);
    expect(leaning).toBeCloseTo(11, 9);
  });
  it('is null with fewer than two distinct times or a growth rate not computable', () => {
    expect(projectValue({ points: [{ year: 2020, value: 5 }], year: 2030, method: 'cagr' })).toBeNull();
    expect(projectValue({ points: [{ year: 2020, value: 5 }, { year: 2020, value: 6 }], year: 2030, method: 'wls' })).toBeNull();
    expect(projectValue({ points: [{ year: 2015, value: 0 }, { year: 2020, value: 6 }], year: 2030, method: 'cagr' })).toBeNull();
  });
});
