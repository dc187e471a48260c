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
  const years: number[] = [];
  const values: number[] = [];
  for (const point of args.points) {
    years.push(point.year);
    values.push(point.value);
  }
  return pathValueAt(years, values, tidyPath(years, values), args.t);
}

/**
 * Puts a path given as two side-by-side lists in order, in place: drops points that are not
 * finite, keeps the last value given for a time, and sorts by time. Scoring builds the lists itself
 * (a baseline and a handful of milestones, usually in order already, when this moves nothing) and
 * reads them at two times, without an object per point.
 *
 * @param years - The times; rearranged.
 * @param values - The values, one per time; rearranged alike.
 * @returns How many points the path has: the first that many entries of both lists.
 */
export function tidyPath(years: number[], values: number[]): number {
  let count = 0;
  for (let at = 0; at < years.length; at++) {
    const year = years[at] as number;
    const value = values[at] as number;
    if (!Number.isFinite(year) || !Number.isFinite(value)) continue;
    let same = 0;
    while (same < count && years[same] !== year) same++;
    if (same < count) values[same] = value;
    else {
      years[count] = year;
      values[count] = value;
      count++;
    }
  }
  for (let a = 1; a < count; a++) {
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
  return count;
}

/**
 * The value of a tidy path ({@link tidyPath}) at a time: linear between points, the first value
 * before the first point and the last after the last.
 *
 * @param years - The times, strictly increasing.
 * @param values - The values.
 * @param count - How many points the path has.
 * @param t - The time to read at.
 * @returns The value, or `null` without points or for a time that is not finite.
 */
export function pathValueAt(years: readonly number[], values: readonly number[], count: number, t: number): number | null {
  if (count === 0 || !Number.isFinite(t)) return null;
  if (t <= (years[0] as number)) return finite(values[0] as number);
  for (let index = 1; index < count; index++) {
    const year = years[index] as number;
    if (t <= year) {
      const value = values[index] as number;
      if (t === year) return finite(value);
      const previousYear = years[index - 1] as number;
      const previousValue = values[index - 1] as number;
      return finite(previousValue + ((value - previousValue) * (t - previousYear)) / (year - previousYear));
    }
  }
  return finite(values[count - 1] as number);
}
