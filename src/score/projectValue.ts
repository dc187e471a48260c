import { cagr } from './cagr.js';
import { finite } from './numbers.js';
import type { YearValue } from './YearValue.js';

/**
 * Projects a series to a later time.
 *
 * - `cagr`: the last two points (by time) extended by their compound growth rate,
 *   `v₂ · (1 + r)^(year − t₂)` with `r = (v₂ / v₁)^(1 / (t₂ − t₁)) − 1`;
 * - `wls`: a straight line fitted by time-weighted least squares, each point weighted
 *   `t − t_min + 1` so that recent points count more (the ESCAP approach), evaluated at `year`.
 *
 * @param args - `points`: `{ year, value }` in any order; `year`: when to project to; `method`.
 * @returns The projected value, or `null` with fewer than two points at distinct times, or when the
 *   growth rate is not computable (a zero or sign change for `cagr`).
 *
 * @example
 * ```ts
 * const points = [{ year: 2015, value: 50 }, { year: 2020, value: 60 }];
 * projectValue({ points, year: 2030, method: 'cagr' }); // 86.4
 * projectValue({ points, year: 2030, method: 'wls' }); // 80
 * projectValue({ points: [{ year: 2020, value: 60 }], year: 2030, method: 'wls' }); // null
 * ```
 *
 * @category Scoring
 */
export function projectValue(args: {
  readonly points: readonly YearValue[];
  readonly year: number;
  readonly method: 'cagr' | 'wls';
}): number | null {
  if (!Number.isFinite(args.year)) return null;
  const sorted = args.points.filter((point) => Number.isFinite(point.year) && Number.isFinite(point.value)).sort((a, b) => a.year - b.year);
  return projectPath(sorted.map((point) => point.year), sorted.map((point) => point.value), args.year, args.method);
}

/**
 * {@link projectValue} on a path given as two side-by-side lists that are already finite and in
 * time order (times never decreasing), as scoring builds them: without an object per point.
 *
 * @param years - The times, finite, never decreasing.
 * @param values - The values, finite, one per time.
 * @param year - When to project to.
 * @param method - `cagr` (the last two points) or `wls`.
 * @returns The projected value, or `null` as for {@link projectValue}.
 */
export function projectPath(years: readonly number[], values: readonly number[], year: number, method: 'cagr' | 'wls'): number | null {
  const count = years.length;
  if (!Number.isFinite(year) || count < 2) return null;
  if (method === 'cagr') {
    const before = count - 2;
    const last = count - 1;
    const rate = cagr({ from: values[before] as number, to: values[last] as number, years: (years[last] as number) - (years[before] as number) });
    if (rate === null) return null;
    return finite((values[last] as number) * (1 + rate) ** (year - (years[last] as number)));
  }
  return weightedLine(years, values, year);
}

/**
 * Whether a path can go to {@link projectPath} as it is: every time and value finite and no time
 * before the one before it (so that sorting would change nothing).
 *
 * @param years - The times.
 * @param values - The values.
 * @returns `true` when the path is finite and in order.
 */
export function finiteInOrder(years: readonly number[], values: readonly number[]): boolean {
  let previous = -Infinity;
  for (let at = 0; at < years.length; at++) {
    const year = years[at] as number;
    if (!Number.isFinite(year) || !Number.isFinite(values[at] as number) || year < previous) return false;
    previous = year;
  }
  return true;
}

function weightedLine(years: readonly number[], values: readonly number[], year: number): number | null {
  const count = years.length;
  const first = years[0] ?? 0;
  let weights = 0;
  let meanX = 0;
  let meanY = 0;
  for (let at = 0; at < count; at++) {
    const x = years[at] as number;
    const weight = x - first + 1;
    weights += weight;
    meanX += weight * x;
    meanY += weight * (values[at] as number);
  }
  meanX /= weights;
  meanY /= weights;
  let sxy = 0;
  let sxx = 0;
  for (let at = 0; at < count; at++) {
    const x = years[at] as number;
    const weight = x - first + 1;
    sxy += weight * (x - meanX) * ((values[at] as number) - meanY);
    sxx += weight * (x - meanX) ** 2;
  }
  if (!(sxx > 0)) return null;
  return finite(meanY + (sxy / sxx) * (year - meanX));
}
