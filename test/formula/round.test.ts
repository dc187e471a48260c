import { describe, expect, test } from 'vitest';
import { compileFormula, roundHalfAwayFromZero } from '../../src/formula/index.js';
import { LogframeError } from '../../src/problems/index.js';

describe('roundHalfAwayFromZero', () => {
  // reliability.md checklist item 24: the same rounded value everywhere, halves away from zero.
  test.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.045, 2, 1.05],
    [-1.005, 2, -1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.125, 2, 0.13],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.5, 0, 2],
    [0.285, 2, 0.29],
    [1.255, 2, 1.26],
    [8.345, 2, 8.35],
    [9.995, 2, 10],
    [-9.995, 2, -10],
    [0.1 + 0.2, 1, 0.3],
    [0.7 * 3, 1, 2.1],
    [1234.5678, 0, 1235],
    [88.88499999999999, 2, 88.89],
    [0.04, 0, 0],
    [123456789.123456, 3, 123456789.123],
    [1e21, 2, 1e21],
    [5e-324, 15, 0],
    [1 / 3, 15, 0.333333333333333],
  ])('%d to %i decimals → %d', (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  test('decimals default to 0', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.4)).toBe(-2);
  });

  test('never returns −0', () => {
    for (const value of [-0, -0.001, -0.4, -1e-300]) {
      expect(Object.is(roundHalfAwayFromZero(value, 0), -0)).toBe(false);
      expect(Object.is(roundHalfAwayFromZero(value, 2), -0)).toBe(false);
    }
  });

  test('NaN and ±Infinity pass through unchanged', () => {
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAwayFromZero(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });

  test.each([-1, 16, 1.5, Number.NaN])('decimals %d are refused with ROUND_DECIMALS_INVALID', (decimals) => {
    expect(() => roundHalfAwayFromZero(1, decimals)).toThrow(LogframeError);
    try {
      roundHalfAwayFromZero(1, decimals);
    } catch (error) {
      expect((error as LogframeError).problems[0]?.code).toBe('ROUND_DECIMALS_INVALID');
    }
  });

  test('the formula `round` is the same function', () => {
    for (const [value, decimals] of [[1.005, 2], [-2.5, 0], [2.675, 2], [0.125, 2]] as const) {
      expect(compileFormula(`round(x, ${decimals})`).evaluate(() => value))
        .toStrictEqual({ ok: true, value: roundHalfAwayFromZero(value, decimals) });
    }
  });
});
