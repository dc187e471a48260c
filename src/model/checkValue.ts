import type { Indicator } from './indicator.js';
import type { Value } from './primitives.js';

/**
 * Why a value does not fit its indicator's measure.
 *
 * @category Validation
 */
export interface ValueProblem {
  /** `VALUE_WRONG_TYPE`, `VALUE_NOT_COUNT`, `VALUE_OUT_OF_RANGE` or `VALUE_UNKNOWN_LEVEL`. */
  readonly code: string;
  /** A sentence that says how to fix it. */
  readonly message: string;
}

/**
 * Checks that a value fits an indicator's measure and natural limits: counts are non-negative
 * whole numbers, percents lie in 0–100, booleans are `true`/`false`, ordinal values are one of the
 * levels, qualitative values are text.
 *
 * @param indicator - The indicator (only `measure`, `levels` and `limits` are read).
 * @param value - The value to check.
 * @returns `null` when the value fits, otherwise the problem.
 *
 * @example
 * ```ts
 * checkValue({ measure: 'percent' }, 120)?.code; // 'VALUE_OUT_OF_RANGE'
 * checkValue({ measure: 'count' }, 12); // null
 * ```
 *
 * @category Validation
 */
export function checkValue(indicator: Pick<Indicator, 'measure'> & Partial<Pick<Indicator, 'levels' | 'limits'>>, value: Value): ValueProblem | null {
  switch (indicator.measure) {
    case 'boolean':
      return typeof value === 'boolean' ? null : wrongType('true or false', value);
    case 'ordinal': {
      const codes = (indicator.levels ?? []).map((level) => level.code);
      if (typeof value !== 'string') return wrongType(`one of the level codes (${codes.join(', ')})`, value);
      return codes.includes(value) ? null : { code: 'VALUE_UNKNOWN_LEVEL', message: `"${value}" is not a level of this indicator; use one of: ${codes.join(', ')}.` };
    }
    case 'qualitative':
      return typeof value === 'string' ? null : wrongType('text', value);
    default:
      break;
  }
  if (typeof value !== 'number') return wrongType('number', value);
  if (indicator.measure === 'count' && (value < 0 || !Number.isInteger(value))) {
    return { code: 'VALUE_NOT_COUNT', message: `${String(value)} is not a count: counts are whole numbers of 0 or more.` };
  }
  if (indicator.measure === 'percent' && (value < 0 || value > 100)) {
    return { code: 'VALUE_OUT_OF_RANGE', message: `${String(value)} is not a percentage between 0 and 100; write 45 for 45 %, not 0.45 or 4500.` };
  }
  if (indicator.measure === 'currency' && value < 0) {
    return { code: 'VALUE_OUT_OF_RANGE', message: `${String(value)} is negative; amounts of money reported here must be 0 or more.` };
  }
  const limits = indicator.limits;
  if (limits?.min !== undefined && value < limits.min) {
    return { code: 'VALUE_OUT_OF_RANGE', message: `${String(value)} is below this indicator's lower limit ${String(limits.min)}.` };
  }
  if (limits?.max !== undefined && value > limits.max) {
    return { code: 'VALUE_OUT_OF_RANGE', message: `${String(value)} is above this indicator's upper limit ${String(limits.max)}.` };
  }
  return null;
}

function wrongType(expected: string, value: Value): ValueProblem {
  return { code: 'VALUE_WRONG_TYPE', message: `Expected ${expected} for this indicator's measure, found ${JSON.stringify(value)}.` };
}
