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
  const points = args.points.filter((point) => Number.isFinite(point.year) && Number.isFinite(point.value));
  if (!Number.isFinite(args.year) || points.length < 2) return null;
  const sorted = [...points].sort((a, b) => a.year - b.year);
  if (args.method === 'cagr') {
    const last = sorted[sorted.length - 1] as YearValue;
    const before = sorted[sorted.length - 2] as YearValue;
    const rate = cagr({ from: before.value, to: last.value, years: last.year - before.year });
    if (rate === null) return null;
    return finite(last.value * (1 + rate) ** (args.year - last.year));
  }
  return weightedLine(sorted, args.year);
}

function weightedLine(points: readonly YearValue[], year: number): number | null {
  const first = points[0]?.year ?? 0;
  let weights = 0;
  let meanX = 0;
  let meanY = 0;
  for (const point of points) {
    const weight = point.year - first + 1;
    weights += weight;
    meanX += weight * point.year;
    meanY += weight * point.value;
  }
  meanX /= weights;
  meanY /= weights;
  let sxy = 0;
  let sxx = 0;
  for (const point of points) {
    const weight = point.year - first + 1;
    sxy += weight * (point.year - meanX) * (point.value - meanY);
    sxx += weight * (point.year - meanX) ** 2;
  }
  if (!(sxx > 0)) return null;
  return finite(meanY + (sxy / sxx) * (year - meanX));
}
