import type { PathSegment, Problem } from '../problems/index.js';
import { capitalise, describeExpected, describeInput } from '../problems/describeValue.js';

// Why this exists: checking three small option objects with zod (evaluate's, summarize's and a
// custom method's) pulled all of zod (~95 kB minified) into the bundle of an application that only
// evaluates and publishes (docs/performance.md, bundle budgets). The options are checked by hand
// instead, with the few zod rules their schemas use, written out here. The zod schemas stay the
// specification (public exports, JSON Schemas, docs) and the test oracle: the property tests of
// checkEvaluateOptions, checkMethodShape and checkSummarizeOptions assert that they give exactly what
// `safeParse(input, { reportInput: true })` followed by `problemsFromZod` gives — the same output
// (defaults filled in, keys in schema order) or the same problems (path, code, severity, message;
// the sentences below are problemsFromZod's, word for word). Change a schema, or a sentence in
// problemsFromZod, and those tests say what to change here.

/**
 * What a hand-written option check gives: the value zod's `safeParse` would return, or the problems
 * `problemsFromZod` would make of its issues.
 */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem[] };

/**
 * zod's test for an object schema's input: any object but an array (null-prototype objects, class
 * instances and boxed primitives included).
 *
 * @param value - Anything.
 * @returns Whether zod would read it as an object.
 */
export function isObjectInput(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * zod's test for a record schema's input (`isPlainObject`): an object whose constructor, if it is a
 * function, has a prototype object with its own `isPrototypeOf`.
 *
 * @param value - Anything.
 * @returns Whether zod would read it as a record.
 */
export function isRecordInput(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObjectInput(value)) return false;
  const ctor: unknown = value.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObjectInput(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/**
 * A value of the wrong type (zod's `invalid_type`): `REQUIRED` when it is missing, else `WRONG_TYPE`.
 *
 * @param problems - Where the problem goes.
 * @param path - Where the value is.
 * @param expected - zod's name of the type expected (`object`, `record`, `array`, `string`, `number`, `int`, `boolean`).
 * @param input - The value found.
 */
export function wrongType(problems: Problem[], path: readonly PathSegment[], expected: string, input: unknown): void {
  if (input === undefined) push(problems, path, 'REQUIRED', `This field is required: give a ${describeExpected(expected)}.`);
  else push(problems, path, 'WRONG_TYPE', `Expected a ${describeExpected(expected)} but found ${describeInput(input)}.`);
}

/**
 * The keys of a strict object's input that its schema does not have (zod's `unrecognized_keys`):
 * every enumerable string key, inherited ones and an own `__proto__` included, in `for…in` order.
 *
 * @param problems - Where the problems go, one `UNKNOWN_KEY` per key.
 * @param path - Where the object is.
 * @param input - The object.
 * @param known - The schema's keys.
 */
export function unknownKeys(problems: Problem[], path: readonly PathSegment[], input: object, known: readonly string[]): void {
  for (const key in input) {
    if (!known.includes(key)) {
      problems.push({ path: [...path, key], code: 'UNKNOWN_KEY', severity: 'error', message: `Unknown field "${key}": remove it or check its spelling (fields are case-sensitive).` });
    }
  }
}

/**
 * zod's enum: one of a few strings (`invalid_value` otherwise).
 *
 * @param problems - Where the problem goes.
 * @param path - Where the value is.
 * @param input - The value.
 * @param values - The allowed strings, in the schema's order.
 * @returns Whether the value is allowed.
 */
export function checkEnum(problems: Problem[], path: readonly PathSegment[], input: unknown, values: readonly string[]): input is string {
  if (values.includes(input as string)) return true;
  push(problems, path, 'INVALID_VALUE', `Found ${describeInput(input)}; use one of: ${values.map((value) => JSON.stringify(value)).join(', ')}.`);
  return false;
}

/** The checks of a zod number schema, run in this order: `.int()`, `.min()` or `.positive()`, `.max()`. */
export interface NumberRules {
  /** `.int()`: a whole number, within the safe integer range. */
  readonly int?: boolean;
  /** `.min(n)`. */
  readonly min?: number;
  /** `.positive()`. */
  readonly positive?: boolean;
  /** `.max(n)`. */
  readonly max?: number;
}

/**
 * zod's `z.number()` with checks: a finite number (`invalid_type` otherwise, and no check runs); a
 * number that is not whole fails `.int()` and stops there; range checks do not stop the others.
 *
 * @param problems - Where the problems go.
 * @param path - Where the value is.
 * @param input - The value.
 * @param rules - The checks.
 * @returns Whether the value is a number that every check ran on (a range problem may have been
 *   found); a zod object's own refinements run only then.
 */
export function checkNumber(problems: Problem[], path: readonly PathSegment[], input: unknown, rules: NumberRules): input is number {
  if (typeof input !== 'number' || !Number.isFinite(input)) {
    wrongType(problems, path, 'number', input);
    return false;
  }
  if (rules.int === true) {
    if (!Number.isInteger(input)) {
      wrongType(problems, path, 'int', input);
      return false;
    }
    if (input > Number.MAX_SAFE_INTEGER) tooBig(problems, path, Number.MAX_SAFE_INTEGER, true);
    if (input < Number.MIN_SAFE_INTEGER) tooSmall(problems, path, Number.MIN_SAFE_INTEGER, true);
  }
  if (rules.min !== undefined && !(input >= rules.min)) tooSmall(problems, path, rules.min, true);
  if (rules.positive === true && !(input > 0)) tooSmall(problems, path, 0, false);
  if (rules.max !== undefined && !(input <= rules.max)) tooBig(problems, path, rules.max, true);
  return true;
}

/**
 * A failed refinement (zod's `custom` issue).
 *
 * @param problems - Where the problem goes (`INVALID_VALUE`).
 * @param path - Where the value is.
 * @param message - The refinement's message.
 */
export function refinementFailed(problems: Problem[], path: readonly PathSegment[], message: string): void {
  push(problems, path, 'INVALID_VALUE', `${capitalise(message)}${/[.!]$/.test(message) ? '' : '.'}`);
}

/**
 * A text that does not match its pattern (zod's `invalid_format`).
 *
 * @param problems - Where the problem goes (`INVALID_FORMAT`).
 * @param path - Where the value is.
 * @param message - The check's message (zod's own for a built-in format, e.g. `Invalid ISO datetime`).
 * @param input - The text.
 */
export function invalidFormat(problems: Problem[], path: readonly PathSegment[], message: string, input: unknown): void {
  push(problems, path, 'INVALID_FORMAT', `${capitalise(message)}; found ${describeInput(input)}.`);
}

/**
 * A record key that is not a string (zod's `invalid_key`): a symbol.
 *
 * @param problems - Where the problem goes (`INVALID_KEY`).
 * @param path - Where the key is (the symbol written with `String`).
 */
export function invalidRecordKey(problems: Problem[], path: readonly PathSegment[]): void {
  push(problems, path, 'INVALID_KEY', 'Invalid key: Invalid key in record.');
}

function tooSmall(problems: Problem[], path: readonly PathSegment[], minimum: number, inclusive: boolean): void {
  push(problems, path, 'TOO_SMALL', `Too small: the value must be ${inclusive ? 'at least' : 'more than'} ${String(minimum)}.`);
}

function tooBig(problems: Problem[], path: readonly PathSegment[], maximum: number, inclusive: boolean): void {
  push(problems, path, 'TOO_BIG', `Too large: the value must be ${inclusive ? 'at most' : 'less than'} ${String(maximum)}.`);
}

function push(problems: Problem[], path: readonly PathSegment[], code: string, message: string): void {
  problems.push({ path: [...path], code, message, severity: 'error' });
}
