/**
 * Number helpers shared by every scoring function: one tolerance for "meets the target", and one
 * clean-up that keeps NaN, ±Infinity and −0 out of results.
 */

/** Relative tolerance within which two numbers count as equal (0.1 + 0.2 meets 0.3). */
export const RELATIVE_TOLERANCE = 1e-9;
/** Absolute tolerance for numbers near zero, where a relative tolerance vanishes. */
export const ABSOLUTE_TOLERANCE = 1e-12;

/** Whether two numbers are equal within the float tolerance (1e-9 relative, 1e-12 absolute). */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));
}

/** `x ≥ limit`, counting a value within the float tolerance of the limit as reaching it. */
export function atLeast(x: number, limit: number): boolean {
  return x >= limit || nearlyEqual(x, limit);
}

/** `x > limit` beyond the float tolerance. */
export function above(x: number, limit: number): boolean {
  return x > limit && !nearlyEqual(x, limit);
}

/** Whether a value reaches a target in the desired direction, within the float tolerance. */
export function reaches(value: number, target: number, direction: 'increase' | 'decrease'): boolean {
  if (nearlyEqual(value, target)) return true;
  return direction === 'increase' ? value > target : value < target;
}

/** The number itself when finite (−0 becomes 0), else `null`. */
export function finite(x: number | null | undefined): number | null {
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  return x === 0 ? 0 : x;
}

/** Clamps to [low, high]. */
export function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

/**
 * Returns a plain-data value in which every number has gone through {@link finite}: −0 becomes 0
 * and NaN or ±Infinity `null`. The value itself comes back when it is already clean (one walk); a
 * copy is made only when something needs fixing, so the argument is never changed.
 *
 * @param value - Plain data (objects, arrays, primitives).
 * @returns The value, or a cleaned copy of it.
 */
export function cleanNumbers<T>(value: T): T {
  return hasUncleanNumber(value) ? (clean(value) as T) : value;
}

/**
 * Whether a plain-data value holds a NaN, ±Infinity or −0 anywhere inside it.
 *
 * @param value - Plain data.
 * @returns `true` when some number in it is not fit for output.
 */
export function hasUncleanNumber(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value) || (value === 0 && 1 / value < 0);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasUncleanNumber(value[i])) return true;
    return false;
  }
  for (const key in value) {
    if (hasUncleanNumber((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function clean(value: unknown): unknown {
  if (typeof value === 'number') return finite(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      out[key] = clean((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

/** Sums in a fixed order so that the same values always give the same bits. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
