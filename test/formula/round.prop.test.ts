import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roundHalfAwayFromZero } from '../../src/formula/index.js';
import { roundByDecimalDigits } from '../../src/formula/round.js';

const decimals = fc.integer({ min: 0, max: 15 });

/** A decimal a person could write: at most 15 significant digits. */
const writtenDecimal = fc.record({
  negative: fc.boolean(),
  whole: fc.stringMatching(/^[0-9]{0,7}$/),
  fraction: fc.stringMatching(/^[0-9]{0,8}$/),
}).filter(({ whole, fraction }) => (whole + fraction).replace(/^0+/, '').length <= 15);

/** Half away from zero on the written digits, with exact integer arithmetic: the oracle. */
function roundWritten(negative: boolean, whole: string, fraction: string, places: number): number {
  const digits = BigInt(`${whole}${fraction}` || '0');
  let rounded = digits;
  let scale = fraction.length;
  if (places < fraction.length) {
    const divisor = 10n ** BigInt(fraction.length - places);
    rounded = digits / divisor + (2n * (digits % divisor) >= divisor ? 1n : 0n);
    scale = places;
  }
  const magnitude = Number(`${rounded}e-${scale}`);
  return magnitude === 0 ? 0 : negative ? -magnitude : magnitude;
}

describe('roundHalfAwayFromZero properties', () => {
  test('rounds a written decimal exactly as on paper', () => {
    fc.assert(fc.property(writtenDecimal, fc.integer({ min: 0, max: 8 }), ({ negative, whole, fraction }, places) => {
      const value = Number(`${negative ? '-' : ''}${whole || '0'}.${fraction || '0'}`);
      expect(roundHalfAwayFromZero(value, places)).toBe(roundWritten(negative, whole, fraction, places));
    }), { numRuns: 5000 });
  });

  test('the fast path agrees with the decimal-digit rule, also right next to halves', () => {
    const nearHalf = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: -3, max: 3 }))
      .map(([whole, places, ulps]) => {
        let value = (whole + 0.5) / 10 ** places;
        for (let step = 0; step < Math.abs(ulps); step += 1) value = ulps > 0 ? nextUp(value) : nextDown(value);
        return [value, places] as const;
      });
    const anyValue = fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), decimals);
    fc.assert(fc.property(fc.oneof(nearHalf, anyValue), ([value, places]) => {
      const expected = value === 0 ? 0 : roundByDecimalDigits(value, places);
      expect(roundHalfAwayFromZero(value, places)).toBe(expected);
    }), { numRuns: 20000 });
  });

  test('symmetric around zero, idempotent, never −0, within half a unit', () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), decimals, (value, places) => {
      const rounded = roundHalfAwayFromZero(value, places);
      expect(Object.is(rounded, -0)).toBe(false);
      expect(roundHalfAwayFromZero(-value, places)).toBe(rounded === 0 ? 0 : -rounded);
      expect(roundHalfAwayFromZero(rounded, places)).toBe(rounded);
      expect(Math.abs(rounded - value)).toBeLessThanOrEqual(0.5 * 10 ** -places + Math.abs(value) * 1e-14);
    }), { numRuns: 5000 });
  });
});

const view = new DataView(new ArrayBuffer(8));
function nextUp(value: number): number {
  if (value === 0) return Number.MIN_VALUE;
  view.setFloat64(0, value);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, value > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}
function nextDown(value: number): number {
  return -nextUp(-value);
}
