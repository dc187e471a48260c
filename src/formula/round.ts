import { LogframeError } from '../problems/index.js';

/**
 * Digits that a double can be trusted to: every decimal with 15 significant digits survives a
 * round trip through a double, so reading a double to 15 digits recovers the decimal a person
 * typed or a short calculation meant (1.005, not 1.00499999999999989…). Spreadsheets show the
 * same 15 digits.
 */
const TRUSTED_DIGITS = 15;
/** Enough digits to tell every double apart; used when rounding finer than 15 digits. */
const EXACT_DIGITS = 17;
const MAX_DECIMALS = 15;
/** 10^0 … 10^15, all exact doubles. */
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 1 }, (_, power) => 10 ** power);
/** Below this the scaled value has at most 14 integer digits, so 15-digit snapping is finer than 1. */
const FAST_LIMIT = 1e14;
/**
 * How far from a half the scaled value must be for the fast path: snapping to 15 digits moves it by
 * at most 5e-15 of itself, and the product adds at most 2.2e-16 of itself.
 */
const FAST_TOLERANCE = 2e-14;

/**
 * Rounds a number to a number of decimals, halves away from zero (2.5 → 3, −2.5 → −3).
 *
 * Neither `Math.round` (which rounds −2.5 to −2) nor `toFixed` (which rounds the binary value, so
 * 1.005 becomes 1.00 because the double is 1.00499999999999989…) gives the result people expect.
 * This reads the value as its 15-significant-digit decimal first, which snaps away binary noise
 * but never changes a value a person could have written, then rounds that decimal by its digits.
 * The formula evaluator and every renderer share it, so a value is rounded the same way everywhere.
 *
 * @param value - The number to round. NaN and ±Infinity are returned unchanged.
 * @param decimals - How many decimals to keep: a whole number from 0 to 15. Defaults to 0.
 * @returns The rounded number; never −0.
 * @throws {LogframeError} `ROUND_DECIMALS_INVALID` when `decimals` is not a whole number from 0 to 15.
 *
 * @example
 * ```ts
 * roundHalfAwayFromZero(1.005, 2); // 1.01
 * roundHalfAwayFromZero(2.675, 2); // 2.68
 * roundHalfAwayFromZero(-2.5); // -3
 * roundHalfAwayFromZero(0.125, 2); // 0.13
 * ```
 *
 * @category Formulas
 */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new LogframeError([{
      path: [],
      code: 'ROUND_DECIMALS_INVALID',
      message: `Cannot round to ${String(decimals)} decimals; use a whole number from 0 to ${MAX_DECIMALS}.`,
      severity: 'error',
    }], 'Invalid rounding');
  }
  if (!Number.isFinite(value)) return value;
  if (value === 0) return 0;
  const scale = POWERS_OF_TEN[decimals] as number;
  const scaled = Math.abs(value) * scale;
  // Fast path, free of strings: far enough from a half, the snapping to 15 digits and the rounding
  // error of the product cannot change which way the value rounds, and dividing the integer by an
  // exact power of ten gives the same double as reading the rounded decimal text.
  if (scaled < FAST_LIMIT) {
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) > scaled * FAST_TOLERANCE) {
      const rounded = (fraction < 0.5 ? whole : whole + 1) / scale;
      return rounded === 0 ? 0 : value < 0 ? -rounded : rounded;
    }
  }
  return roundByDecimalDigits(value, decimals);
}

/**
 * The exact rule behind {@link roundHalfAwayFromZero}, on the decimal text of the value. Exported for
 * the tests that check the fast path against it.
 *
 * @param value - A finite, non-zero number.
 * @param decimals - A whole number from 0 to 15.
 * @returns The rounded number; never −0.
 */
export function roundByDecimalDigits(value: number, decimals: number): number {
  const magnitude = Math.abs(value);
  let text = magnitude.toExponential(TRUSTED_DIGITS - 1);
  // The position of the leading digit: 123.4 → 2, 0.05 → -2 (read from the decimal text, not
  // from Math.log10, whose result is inexact near powers of ten).
  let exponent = leadingExponent(text);
  let kept = exponent + 1 + decimals;
  if (kept >= TRUSTED_DIGITS) {
    // Rounding finer than 15 digits only touches binary noise, so use the exact digits instead.
    text = magnitude.toExponential(EXACT_DIGITS - 1);
    exponent = leadingExponent(text);
    kept = exponent + 1 + decimals;
    if (kept >= EXACT_DIGITS) return value;
  }
  const digits = text.slice(0, text.indexOf('e')).replace('.', '');
  if (kept < 0) return 0;
  let head = digits.slice(0, kept);
  // A half (a following 5, whatever comes after) moves the magnitude up: away from zero.
  if (digits.charCodeAt(kept) >= 53 /* '5' */) head = incrementDigits(head);
  if (head === '' || /^0*$/.test(head)) return 0;
  const rounded = Number(`${head}e${exponent + 1 - kept}`);
  return value < 0 ? -rounded : rounded;
}

function leadingExponent(exponential: string): number {
  return Number(exponential.slice(exponential.indexOf('e') + 1));
}

/** Adds one to a string of decimal digits ('' counts as 0), carrying as on paper. */
function incrementDigits(digits: string): string {
  let carry = 1;
  let result = '';
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    const digit = digits.charCodeAt(index) - 48 + carry;
    carry = digit === 10 ? 1 : 0;
    result = String(digit % 10) + result;
  }
  return carry === 1 ? `1${result}` : result;
}
