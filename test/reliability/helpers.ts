// Shared by the reliability tests (reliability.md §8): the Cambodia example, a walker that finds
// numbers no output may hold, and a snapshot of the shared state (built-in prototypes and globals)
// that hostile input must never change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, LogframeError, parseObservations, parseStrategy, summarize } from '../../src/index.js';
import type { Evaluation, EvaluationSummary, Observation, Strategy } from '../../src/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLE_DIR = join(ROOT, 'examples', 'cambodia-nsp-2024-2028');
/** The evaluation date of the example's golden files. */
export const AS_OF = '2025-03-27';

/**
 * How many property runs to make, scaled down under the time-zone matrix
 * (scripts/test-timezones.mjs sets LOGFRAME_EXPECT_TZ and runs these files once per zone): the
 * plain run explores, the six zone runs check that the same kind of input gives the same answers.
 */
export function runs(count: number): number {
  return process.env['LOGFRAME_EXPECT_TZ'] === undefined ? count : Math.max(10, Math.ceil(count / 4));
}

/** A fresh copy of the Cambodia example's raw strategy JSON (safe to mutate). */
export function cambodiaStrategyJson(): Record<string, any> {
  return JSON.parse(readFileSync(join(EXAMPLE_DIR, 'strategy.json'), 'utf8')) as Record<string, any>;
}

/** A fresh copy of one of the Cambodia example's observation files. */
export function cambodiaObservationsJson(file = 'observations-2024.json'): Record<string, any>[] {
  return JSON.parse(readFileSync(join(EXAMPLE_DIR, file), 'utf8')) as Record<string, any>[];
}

/** The example through the public pipeline with default options, as the golden renderings use it. */
export function cambodiaPipeline(): { strategy: Strategy; observations: readonly Observation[]; evaluation: Evaluation; summary: EvaluationSummary } {
  const strategy = parseStrategy(cambodiaStrategyJson());
  const { observations } = parseObservations(cambodiaObservationsJson(), strategy);
  const evaluation = evaluate(strategy, observations, { asOf: AS_OF });
  return { strategy, observations, evaluation, summary: summarize(evaluation, { strategy }) };
}

/** Paths of every NaN, ±Infinity or −0 inside a value (plain data only). */
export function badNumbers(value: unknown, path = '$', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) found.push(`${path} = ${Object.is(value, -0) ? '-0' : String(value)}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => badNumbers(item, `${path}[${index}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) badNumbers(item, `${path}.${key}`, found);
  }
  return found;
}

const PROTOTYPES: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['JSON', JSON],
  ['Math', Math],
];

/**
 * A description of the shared state: every own property (and its value or accessor) of the
 * built-in prototypes, plus the names of the globals. Compare two snapshots with toEqual.
 */
export function sharedState(): Record<string, unknown> {
  const state: Record<string, unknown> = { globals: Reflect.ownKeys(globalThis).map(String).sort() };
  for (const [name, object] of PROTOTYPES) {
    const properties: Record<string, unknown> = {};
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      properties[String(key)] = descriptor && ('value' in descriptor ? descriptor.value : [descriptor.get, descriptor.set]);
    }
    state[name] = { properties, prototype: Object.getPrototypeOf(object) };
  }
  return state;
}

/** Whether `({}).polluted` (or any other name a payload uses) appeared on plain objects. */
export function pollutedNames(): string[] {
  const probe = {} as Record<string, unknown>;
  return ['polluted', 'isAdmin', 'x', 'y', 'hacked'].filter((name) => probe[name] !== undefined);
}

/** Runs `fn`, returning 'ok', or 'LogframeError' with its problems; any other throw fails the caller. */
export function outcome<T>(fn: () => T): { kind: 'ok'; value: T } | { kind: 'error'; error: LogframeError } {
  try {
    return { kind: 'ok', value: fn() };
  } catch (error) {
    if (error instanceof LogframeError) return { kind: 'error', error };
    throw error;
  }
}

/** Checks the shape every problem must have: a path array, a stable code, a sentence, a severity. */
export function problemShapeErrors(error: LogframeError): string[] {
  const wrong: string[] = [];
  if (error.problems.length === 0) wrong.push('no problems');
  for (const problem of error.problems) {
    if (!Array.isArray(problem.path) || !problem.path.every((segment) => typeof segment === 'string' || typeof segment === 'number')) wrong.push(`path ${JSON.stringify(problem.path)}`);
    if (typeof problem.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(problem.code)) wrong.push(`code ${String(problem.code)}`);
    if (typeof problem.message !== 'string' || problem.message.length < 10) wrong.push(`message ${String(problem.message)}`);
    if (problem.severity !== 'error' && problem.severity !== 'warning') wrong.push(`severity ${String(problem.severity)}`);
  }
  return wrong;
}
