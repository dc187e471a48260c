import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { summaryJsonSchema } from '../../src/summary/index.js';

/** Paths of every NaN, ±Infinity or −0 in a value (there must be none). */
export function badNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => badNumbers(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => badNumbers(item, `${path}.${key}`));
  return [];
}

/** Every number anywhere in a value, with its path. */
export function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  return [];
}

let validator: ValidateFunction | undefined;

/** A JSON Schema validator (Ajv, draft 2020-12, strict; type lists such as ["number", "null"] are standard, so allowed). */
export function jsonSchemaValidator(): ValidateFunction {
  validator ??= new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(summaryJsonSchema());
  return validator;
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
