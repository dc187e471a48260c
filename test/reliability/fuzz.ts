// Structured mutation of valid inputs for the fuzz tests (reliability.md §6.4): delete keys, change
// types, insert reserved keys, huge and tiny numbers, deep nesting, long and hostile strings,
// duplicated and reshaped arrays. Every mutation is drawn from fast-check, so a failure replays.
import fc from 'fast-check';
import { expect } from 'vitest';
import { LogframeError } from '../../src/index.js';
import { pollutedNames, problemShapeErrors } from './helpers.js';

type Gen = fc.GeneratorValue;
type Path = Array<string | number>;

const RESERVED = ['__proto__', 'constructor', 'prototype'] as const;
const TRICKY_KEYS = [...RESERVED, 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'value ', 'Value', '2024', '-1', '\u202Eid', 'id\u0000'];

/** Values of the wrong type, out of range, or otherwise unusual. */
function oddValue(g: Gen): unknown {
  switch (g(fc.integer, { min: 0, max: 17 })) {
    case 0: return null;
    case 1: return g(fc.boolean);
    case 2: return g(fc.constantFrom, 1e308, -1e308, 1.7976931348623157e308, 5e-324, -5e-324, Number.MAX_SAFE_INTEGER + 2, -0, 0.1 + 0.2, 1e21, -1);
    case 3: return '';
    case 4: return 'x'.repeat(g(fc.constantFrom, 2_001, 20_001, 100_000));
    case 5: return g(fc.constantFrom, '2024-02-30', '2024Q5', '=1+2', '<script>alert(1)</script>', '\u202Eevil', 'a\u0000b', '1e400', 'NaN', 'Infinity', ' 2024 ', '２０２４', '__proto__');
    case 6: return [];
    case 7: return {};
    case 8: return deep(g(fc.constantFrom, 100, 1_000, 10_000), g(fc.boolean));
    case 9: return g(fc.jsonValue, { maxDepth: 2 });
    case 10: return JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown;
    case 11: return Array.from({ length: g(fc.constantFrom, 50, 5_000) }, (_, index) => index);
    case 12: return g(fc.string, { unit: 'grapheme', maxLength: 30 });
    case 13: return g(fc.integer);
    case 14: return g(fc.double, { noNaN: true, noDefaultInfinity: true });
    case 15: return { en: '', km: 'ក' };
    case 16: return [null];
    default: return g(fc.constantFrom, 'count', 'percent', 'increase', 'none', 'Yearly', 'approved', 'LAW-01', 'P1', '2025');
  }
}

/** Nesting built without recursion, as JSON.parse would build it. */
export function deep(depth: number, arrays: boolean): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = arrays ? [value] : { a: value };
  return value;
}

function containers(value: unknown, path: Path = [], found: Path[] = [], depth = 0): Path[] {
  if (depth > 12 || value === null || typeof value !== 'object') return found;
  found.push(path);
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  for (const [key, item] of entries) containers(item, [...path, key], found, depth + 1);
  return found;
}

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty makes an own property even for "__proto__", as JSON.parse does.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function shallowCopy(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  // Spread defines own properties, so an own "__proto__" key stays an own key.
  return typeof value === 'object' && value !== null ? { ...value } : value;
}

/** Applies 1–4 mutations to a deep copy of `input`. */
export function mutate(g: Gen, input: unknown): unknown {
  const root = { root: structuredClone(input) } as Record<string, unknown>;
  const count = g(fc.integer, { min: 1, max: 4 });
  for (let step = 0; step < count; step++) {
    const places = containers(root);
    const path = places[g(fc.integer, { min: 0, max: places.length - 1 })] ?? [];
    const node = at(root, path) as Record<string | number, unknown> | unknown[];
    const keys = Object.keys(node);
    const key = keys.length === 0 ? undefined : keys[g(fc.integer, { min: 0, max: keys.length - 1 })];
    const operation = g(fc.integer, { min: 0, max: 9 });
    if (Array.isArray(node)) {
      const index = key === undefined ? 0 : Number(key);
      if (operation <= 2 && node.length > 0) node.splice(index, 1);
      else if (operation <= 4 && node.length > 0) node.splice(index, 0, shallowCopy(node[index]));
      else if (operation <= 6) node[index] = oddValue(g);
      else if (operation === 7) node.push(oddValue(g));
      else node.reverse();
      continue;
    }
    const record = node as Record<string, unknown>;
    if (operation <= 2 && key !== undefined) delete record[key];
    else if (operation <= 4 && key !== undefined) record[key] = oddValue(g);
    else if (operation === 5) setOwn(record, g(fc.constantFrom, ...RESERVED), oddValue(g));
    else if (operation === 6) setOwn(record, g(fc.constantFrom, ...TRICKY_KEYS), oddValue(g));
    else if (operation === 7 && key !== undefined) {
      const value = record[key];
      delete record[key];
      setOwn(record, `${key}${g(fc.constantFrom, 's', '_', ' ', 'X')}`, value);
    } else if (operation === 8 && key !== undefined) record[key] = deep(g(fc.constantFrom, 70, 5_000), g(fc.boolean));
    else if (key !== undefined) record[key] = [record[key]];
  }
  return root['root'];
}

/**
 * Runs `fn` and requires that it either returns, or throws a LogframeError whose problems all have
 * a path, a code, a sentence and a severity; any other exception fails. Also requires that
 * Object.prototype was not polluted. Returns the value, or undefined on a LogframeError. The label
 * is only made when something fails (describing a 100 kB input a thousand times is slow).
 */
export function expectOnlyLogframeError<T>(fn: () => T, label: () => string): T | undefined {
  let value: T | undefined;
  try {
    value = fn();
  } catch (error) {
    if (!(error instanceof LogframeError)) {
      throw new Error(`${label()}\nthrew ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
    }
    const wrong = problemShapeErrors(error);
    if (wrong.length > 0) expect(wrong, label()).toEqual([]);
  }
  const polluted = pollutedNames();
  if (polluted.length > 0) expect(polluted, label()).toEqual([]);
  return value;
}

/** A short description of an input for a failure message (never the whole 100 kB of it). */
export function describeInput(input: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(input) ?? typeof input;
  } catch {
    // Too deep to write out (String() would recurse into nested arrays too).
    text = Array.isArray(input) ? '[a very deeply nested list]' : `[a very deeply nested ${typeof input}]`;
  }
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
}
