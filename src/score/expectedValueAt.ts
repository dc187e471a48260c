import { finite } from './numbers.js';
import type { YearValue } from './YearValue.js';

/**
 * The value the plan expects at a time: piecewise-linear interpolation through the given points
 * (the baseline and every milestone), clamped to the first value before the first point and to the
 * last value after the last point. This pro-rates a target inside its period: halfway through a
 * year whose milestone is 200 after 100 the year before, 150 is expected.
 *
 * Points may come in any order; of several points at the same time the last one given wins.
 *
 * @param args - `points`: `{ year, value }`; `t`: the (decimal) year to read the path at.
 * @returns The expected value, or `null` without points.
 *
 * @example
 * ```ts
 * const points = [{ year: 2024, value: 0 }, { year: 2025, value: 100 }, { year: 2026, value: 200 }];
 * expectedValueAt({ points, t: 2025.5 }); // 150
 * expectedValueAt({ points, t: 2023 }); // 0
 * expectedValueAt({ points, t: 2030 }); // 200
 * ```
 *
 * @category Scoring
 */
export function expectedValueAt(args: { readonly points: readonly YearValue[]; readonly t: number }): number | null {
  // A handful of points: two small arrays instead of a map and its entries (called per indicator).
  const years: number[] = [];
  const values: number[] = [];
  for (const point of args.points) {
    if (!Number.isFinite(point.year) || !Number.isFinite(point.value)) continue;
    const at = years.indexOf(point.year);
    if (at >= 0) values[at] = point.value;
    else {
      years.push(point.year);
      values.push(point.value);
    }
  }
  if (years.length === 0 || !Number.isFinite(args.t)) return null;
  for (let a = 1; a < years.length; a++) {
    const year = years[a] as number;
    const value = values[a] as number;
    let b = a - 1;
    while (b >= 0 && (years[b] as number) > year) {
      years[b + 1] = years[b] as number;
      values[b + 1] = values[b] as number;
      b--;
    }
    years[b + 1] = year;
    values[b + 1] = value;
  }
  const t = args.t;
  if (t <= (years[0] as number)) return finite(values[0] as number);
  for (let index = 1; index < years.length; index++) {
    const year = years[index] as number;
    if (t <= year) {
      const value = values[index] as number;
      if (t === year) return finite(value);
      const previousYear = years[index - 1] as number;
      const previousValue = values[index - 1] as number;
      return finite(previousValue + ((value - previousValue) * (t - previousYear)) / (year - previousYear));
    }
  }
  return finite(values[values.length - 1] as number);
}
