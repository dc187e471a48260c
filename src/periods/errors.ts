// Internal: one place that builds the errors of this folder, so every throw carries exactly one
// Problem with a stable code and a message that says how to fix the input.
import { LogframeError } from '../problems/LogframeError.js';
import type { Problem } from '../problems/Problem.js';

/**
 * The stable codes this folder uses:
 * - `PERIOD_INVALID`: a period id that cannot be read.
 * - `PERIOD_TYPE_INVALID`: a period type that is not one of PERIOD_TYPES.
 * - `PERIOD_TYPE_UNSUPPORTED`: a valid type that the function cannot serve (YearToDate in periodOfDate).
 * - `PERIOD_RANGE_INVALID`: a range whose end lies before its start.
 * - `DATE_INVALID`: a date that is not a real `YYYY-MM-DD` day in years 1000–9999.
 * - `DATE_OUT_OF_RANGE`: a computed date or period that would leave years 1000–9999.
 * - `DAYS_INVALID`: a day count that is not a safe integer.
 */
export type PeriodProblemCode =
  | 'PERIOD_INVALID'
  | 'PERIOD_TYPE_INVALID'
  | 'PERIOD_TYPE_UNSUPPORTED'
  | 'PERIOD_RANGE_INVALID'
  | 'DATE_INVALID'
  | 'DATE_OUT_OF_RANGE'
  | 'DAYS_INVALID';

export function periodProblem(code: PeriodProblemCode, message: string): Problem {
  return { path: [], code, message, severity: 'error' };
}

export function periodError(code: PeriodProblemCode, message: string, summary: string): LogframeError {
  return new LogframeError([periodProblem(code, message)], summary);
}

const QUOTE_LIMIT = 80;

/**
 * Shows an input inside a message so that spaces, empty strings and non-strings stay visible;
 * long strings are cut so that a pasted file cannot turn one message into megabytes.
 */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > QUOTE_LIMIT ? `${JSON.stringify(value.slice(0, QUOTE_LIMIT))}… (${value.length} characters)` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
