import { atLeast, clamp } from '../numbers.js';
import type { Status } from '../types.js';
import type { Classification } from './Preset.js';

/** Reads a threshold that the preset's own check guarantees to exist. */
export function threshold(thresholds: Readonly<Record<string, number>>, name: string): number {
  const value = thresholds[name];
  if (value === undefined) throw new Error(`Threshold ${name} is missing`);
  return value;
}

/** Problems when the named thresholds are not in non-increasing order (best first). */
export function checkOrder(thresholds: Readonly<Record<string, number>>, names: readonly string[]): string[] {
  const problems: string[] = [];
  for (let index = 1; index < names.length; index++) {
    const higher = names[index - 1] as string;
    const lower = names[index] as string;
    const a = thresholds[higher];
    const b = thresholds[lower];
    if (a !== undefined && b !== undefined && a < b) {
      problems.push(`Threshold ${higher} (${a}) must not be below ${lower} (${b}); put them in order, best first.`);
    }
  }
  return problems;
}

/** One band of a classification: reached when the measure is at least `from`. */
export interface Band {
  readonly from: number;
  readonly status: Status;
  readonly category: string;
  readonly nativeScore?: number;
}

/** The first band (best first) whose lower limit the value reaches, else the last band. */
export function band(value: number, bands: readonly Band[]): Band {
  for (const candidate of bands) if (atLeast(value, candidate.from)) return candidate;
  return bands[bands.length - 1] as Band;
}

/** 0–100 as the share of the "on course" level reached: clamp(value / full, 0, 1) × 100. */
export function shareScore(value: number, full: number): number {
  if (!(full > 0)) return value >= 0 ? 100 : 0;
  return clamp(value / full, 0, 1) * 100;
}

/** The verdict when the preset's measure cannot be computed. */
export function unable(metric: string, thresholds: Readonly<Record<string, number>>, why: string): Classification {
  return { status: 'no-data', category: `unable to assess (${why})`, nativeScore: null, score: null, metric, thresholds };
}

/** sign · d · CAGR, or null. */
export function directedCagr(metrics: { direction: 'increase' | 'decrease'; cagr?: number | null; sign?: 1 | -1 }): number | null {
  if (metrics.cagr === undefined || metrics.cagr === null) return null;
  return (metrics.sign ?? 1) * (metrics.direction === 'decrease' ? -1 : 1) * metrics.cagr;
}
