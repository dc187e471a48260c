// The oracle of the hand-written option checks (src/score/optionChecks.ts and its users): a zod
// schema's safeParse followed by problemsFromZod, run both on zod's compiled fast path and on its
// interpreted one (`jitless`, what a browser with a strict CSP runs). Also the arbitraries the
// three property tests share: edge values and option objects of every kind zod reads.
import fc from 'fast-check';
import { expect } from 'vitest';
import type * as z from 'zod';
import { problemsFromZod } from '../../src/model/index.js';
import type { PathSegment } from '../../src/problems/index.js';
import type { Checked } from '../../src/score/optionChecks.js';

/** What zod says of an input, in the shape the hand checks give. */
export function viaZod(schema: z.ZodType, input: unknown, prefix: readonly PathSegment[], jitless: boolean): Checked<unknown> {
  const result = schema.safeParse(input, { reportInput: true, jitless });
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsFromZod(result.error.issues, prefix) };
}

/**
 * Asserts that a hand check gives exactly what zod gives: the same verdict, the same problems
 * (key order, −0 and every message included), the same output (keys in the same order, a present
 * `undefined` kept, defaults filled in) and the same sharing with the input (a value zod passes
 * through is the input's own object; one it rebuilds is a new object in both).
 */
export function expectAgreement(check: (input: unknown, prefix: readonly PathSegment[]) => Checked<unknown>, schema: z.ZodType, input: unknown, prefix: readonly PathSegment[]): Checked<unknown> {
  const hand = check(input, prefix);
  const inputObjects = objectsIn(input);
  for (const jitless of [false, true]) {
    const zod = viaZod(schema, input, prefix, jitless);
    expect(describeValue(hand), `jitless: ${String(jitless)}`).toBe(describeValue(zod));
    expect(hand).toStrictEqual(zod);
    expectSameSharing(hand, zod, inputObjects);
  }
  return hand;
}

/** A deterministic description of a value: own keys in order, −0, `undefined`, prototypes, symbols. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol':
      return String(value);
    case 'function':
      return 'function';
    default:
      break;
  }
  const object = value as object;
  const prototype: unknown = Object.getPrototypeOf(object);
  const kind = prototype === null ? 'null-prototype' : prototype === Object.prototype ? '' : (prototype as { constructor?: { name?: string } }).constructor?.name ?? 'other';
  const keys = Reflect.ownKeys(object).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    const name = typeof key === 'symbol' ? String(key) : JSON.stringify(key);
    const shown = descriptor === undefined || !('value' in descriptor) ? 'accessor' : describeValue(descriptor.value);
    return `${name}${descriptor?.enumerable === true ? '' : '(hidden)'}:${shown}`;
  });
  return `${kind}{${keys.join(',')}}`;
}

function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    if (found.has(value)) return found;
    found.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && 'value' in descriptor) objectsIn(descriptor.value, found);
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== null && prototype !== Object.prototype && prototype !== Array.prototype && prototype !== Function.prototype) objectsIn(prototype, found);
  }
  return found;
}

function expectSameSharing(hand: unknown, zod: unknown, inputObjects: ReadonlySet<object>): void {
  if ((typeof zod !== 'object' || zod === null) && typeof zod !== 'function') return;
  if (inputObjects.has(zod)) {
    expect(hand).toBe(zod);
    return;
  }
  expect(inputObjects.has(hand as object), 'the hand check shares an object zod copies').toBe(false);
  for (const key of Reflect.ownKeys(zod)) expectSameSharing((hand as Record<PropertyKey, unknown>)[key], (zod as Record<PropertyKey, unknown>)[key], inputObjects);
}

/** Values of every kind, with the corner cases of numbers, strings and objects. */
export const EDGE_VALUES: readonly (() => unknown)[] = [
  () => undefined, () => null, () => true, () => false,
  () => 0, () => -0, () => 1, () => -1, () => 1.5, () => -2.5, () => 3, () => 5, () => 100, () => Number.NaN,
  () => Number.POSITIVE_INFINITY, () => Number.NEGATIVE_INFINITY, () => 2 ** 53, () => -(2 ** 53),
  () => Number.MAX_SAFE_INTEGER, () => 1e300, () => -1e300, () => Number.MIN_VALUE, () => 10n,
  () => '', () => 'x', () => '5', () => 'y'.repeat(80), () => '2025-03-27', () => 'mean', () => 'en',
  () => [], () => ['x'], () => [1], () => [, 'x'], () => ({}), () => Object.create(null) as object,
  () => new Date(0), () => new Map([['a', 1]]), () => new Set(), () => new String('ab'), () => new Number(3),
  () => () => 1, () => Symbol('s'), () => JSON.parse('{"__proto__":1}') as unknown, () => ({ constructor: 1 }),
  () => ({ constructor: () => 1 }), () => new (class Options {})(), () => Object.create({ inherited: 1 }) as object,
];

/** An edge value. */
export const edgeValue: fc.Arbitrary<unknown> = fc.integer({ min: 0, max: EDGE_VALUES.length - 1 }).map((index) => (EDGE_VALUES[index] as () => unknown)());

/** Any value fast-check makes, of every kind zod might meet (boxed values, null prototypes, sparse arrays…). */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 2,
  maxKeys: 4,
  key: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'levels', 'preset', 'asOf', 'onTrack')),
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Keys that a strict object does not have: reserved names, case variants, indices, symbols. */
export const extraKey: fc.Arbitrary<string | symbol> = fc.oneof(
  fc.constantFrom<string | symbol>('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '0', '12', '', ' ', 'extra', 'Extra'),
  fc.string({ maxLength: 6 }),
  fc.constant(Symbol('key')),
);

const ABSENT = Symbol('absent');

/** What an option object is. */
type Kind = 'plain' | 'null-prototype' | 'inherited' | 'class';

/**
 * Objects with the given fields (each absent, present as `undefined`, or from its arbitrary; the
 * required ones seldom missing) and,
 * now and then, extra keys (own, inherited, hidden or symbol), as plain objects, null-prototype
 * objects, objects inheriting some of their fields, or class instances. Keys are defined, not
 * assigned, so that `__proto__` is an own key as `JSON.parse` makes it.
 */
export function optionObject(fields: Readonly<Record<string, fc.Arbitrary<unknown>>>, required: readonly string[] = []): fc.Arbitrary<object> {
  const names = Object.keys(fields);
  const field = (name: string) => {
    const missing = required.includes(name) ? 1 : 15;
    return fc.oneof({ weight: 60, arbitrary: fields[name] as fc.Arbitrary<unknown> }, { weight: missing, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: fc.constant(undefined) });
  };
  return fc.record({
    values: fc.tuple(...names.map(field)),
    extras: fc.oneof({ weight: 10, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(extraKey, fc.oneof(edgeValue, anyValue), fc.constantFrom('own', 'own', 'inherited', 'hidden')), { minLength: 1, maxLength: 3 }) }),
    kind: fc.constantFrom<Kind>('plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'null-prototype', 'inherited', 'class'),
    inheritedMask: fc.nat(),
  }).map(({ values, extras, kind, inheritedMask }) => {
    // A fresh prototype per object for the kinds that inherit, so that no test touches a shared one.
    const own: object = kind === 'null-prototype' ? Object.create(null) as object : kind === 'inherited' ? Object.create({}) as object : kind === 'class' ? new (class Options {})() : {};
    const parent = kind === 'inherited' || kind === 'class' ? Object.getPrototypeOf(own) as object : own;
    names.forEach((name, index) => {
      const value = values[index];
      if (value !== ABSENT) define(Math.floor(inheritedMask / 2 ** index) % 2 === 1 ? parent : own, name, value, true);
    });
    for (const [key, value, where] of extras) {
      if (where === 'inherited') define(parent, key, value, true);
      else define(own, key, value, where === 'own');
    }
    return own;
  });
}

function define(target: object, key: string | symbol, value: unknown, enumerable: boolean): void {
  Object.defineProperty(target, key, { value, enumerable, writable: true, configurable: true });
}

/** Two-digit fields, mostly near their limits. */
export const twoDigits = (limits: readonly string[]): fc.Arbitrary<string> => fc.oneof(fc.constantFrom(...limits), fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')), fc.constantFrom('1', '001', '1a', '٠١'));

/** Four-digit years: leap years of every rule, year 0000, non-digits. */
export const year: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('2024', '2023', '2025', '2000', '1900', '2100', '1600', '0000', '0004', '9999', '10000', '202', '２０２４'),
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
);

/** `YYYY-MM-DD`-like texts: real dates, impossible days, wrong widths and separators. */
export const dateLike: fc.Arbitrary<string> = fc.tuple(year, fc.constantFrom('-', '-', '-', '/', ''), twoDigits(['01', '02', '04', '12', '13', '00']), fc.constantFrom('-', '-', '-', '.'), twoDigits(['28', '29', '30', '31', '00', '32']))
  .map((parts) => parts.join(''));
