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
  const byYear = new Map<number, number>();
  for (const point of args.points) {
    if (Number.isFinite(point.year) && Number.isFinite(point.value)) byYear.set(point.year, point.value);
  }
  if (byYear.size === 0 || !Number.isFinite(args.t)) return null;
  const points = [...byYear].sort((a, b) => a[0] - b[0]);
  const t = args.t;
  const [firstYear, firstValue] = points[0] as [number, number];
  if (t <= firstYear) return finite(firstValue);
  for (let index = 1; index < points.length; index++) {
    const [year, value] = points[index] as [number, number];
    if (t <= year) {
      const [previousYear, previousValue] = points[index - 1] as [number, number];
      if (t === year) return finite(value);
      return finite(previousValue + ((value - previousValue) * (t - previousYear)) / (year - previousYear));
    }
  }
  return finite((points[points.length - 1] as [number, number])[1]);
}
