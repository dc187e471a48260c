// Checklist items 11 and 12 for reported values: random JSON and structured mutations of the
// Cambodia observations given to parseObservations. Each either throws a LogframeError (only when
// the input is not a list) or returns with every item accounted for — accepted or rejected with at
// least one problem — never another exception, never a polluted prototype. 3,600 inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObservations, parseStrategy } from '../../src/index.js';
import { describeInput, expectOnlyLogframeError, mutate } from './fuzz.js';
import { cambodiaObservationsJson, cambodiaStrategyJson } from './helpers.js';

const strategy = parseStrategy(cambodiaStrategyJson());
const observations = [...cambodiaObservationsJson(), ...cambodiaObservationsJson('observations-2025-2026.json')];
const OBSERVATION_KEYS = ['indicator', 'period', 'value', 'disaggregation', 'reportedBy', 'reportedOn', 'status', 'source', 'note', 'external', '__proto__', 'constructor', 'toString'];

function check(input: unknown): void {
  const parsed = expectOnlyLogframeError(() => parseObservations(input, strategy), () => `parseObservations(${describeInput(input)})`);
  if (parsed === undefined) {
    expect(Array.isArray(input), 'only a non-list throws').toBe(false);
    return;
  }
  const items = input as unknown[];
  const lost = items.length - parsed.observations.length - parsed.rejected.length;
  const silent = parsed.rejected.filter((rejected) => rejected.problems.length === 0 || rejected.record !== items[rejected.index]);
  if (lost !== 0 || silent.length > 0) {
    expect({ lost, silent: silent.map((rejected) => rejected.index) }, describeInput(input)).toEqual({ lost: 0, silent: [] });
  }
}

describe('fuzzing parseObservations (checklist 11, 12)', () => {
  it('1,200 random JSON values and lists', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 })), (input) => {
      check(input);
    }), { numRuns: 1_200 });
  });

  it('1,200 lists of random objects with the keys of an observation (and reserved ones)', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('LAW-01', '2024', '2024Q1', 'approved', 'female', 'KH-12'), fc.dictionary(fc.constantFrom('sex', 'province', '__proto__', 'constructor', 'toString'), fc.string()));
    fc.assert(fc.property(fc.array(fc.dictionary(fc.constantFrom(...OBSERVATION_KEYS), value, { maxKeys: 10 }), { maxLength: 8 }), (input) => {
      check(input);
    }), { numRuns: 1_200 });
  });

  it('1,200 mutations of the Cambodia observations', () => {
    fc.assert(fc.property(fc.gen(), (g) => {
      const start = g(fc.integer, { min: 0, max: observations.length - 10 });
      check(mutate(g, observations.slice(start, start + g(fc.integer, { min: 1, max: 10 }))));
    }), { numRuns: 1_200 });
  });
});
