import { finite, nearlyEqual } from './numbers.js';

/**
 * ESCAP's current status index (CS): the share of the whole baseline-to-target distance covered so
 * far, `D · (current − baseline) / |target − baseline|` (D = +1 for `increase`, −1 for `decrease`);
 * for parity ("Goldilocks") indicators — directions `maintain` and `range` — it is
 * `1 − |target − current| / |target − baseline|`. Reconstructed from ESCAP's published description
 * (see the methodology); UNICEF MENARO reports it ×10.
 *
 * @param args - `baseline`, `current`, `target`: numbers; `direction`.
 * @returns CS as a fraction, or `null` when the target equals the baseline.
 *
 * @example
 * ```ts
 * currentStatusIndex({ baseline: 50, current: 60, target: 80, direction: 'increase' }); // 0.333333
 * currentStatusIndex({ baseline: 20, current: 15, target: 5, direction: 'decrease' }); // 0.333333
 * currentStatusIndex({ baseline: 0.8, current: 0.95, target: 1, direction: 'maintain' }); // 0.75
 * ```
 *
 * @category Scoring
 */
export function currentStatusIndex(args: {
  readonly baseline: number;
  readonly current: number;
  readonly target: number;
  readonly direction: 'increase' | 'decrease' | 'maintain' | 'range';
}): number | null {
  const { baseline, current, target, direction } = args;
  if (!Number.isFinite(baseline) || !Number.isFinite(current) || !Number.isFinite(target) || nearlyEqual(target, baseline)) return null;
  const distance = Math.abs(target - baseline);
  if (direction === 'maintain' || direction === 'range') return finite(1 - Math.abs(target - current) / distance);
  const d = direction === 'decrease' ? -1 : 1;
  return finite((d * (current - baseline)) / distance);
}
