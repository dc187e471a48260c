// Checklist items 29 (round trip) and 16/17 (what parsing keeps): parse → serialise → parse is the
// identity for strategies and observations, and serialising twice gives the same bytes. Plans come
// from arbitraries that build valid plans of every measure, direction and computed kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObservations, parseStrategy, safeParseStrategy } from '../../src/index.js';
import { planArb } from './arbitraries.js';
import { badNumbers, cambodiaObservationsJson, cambodiaStrategyJson, runs } from './helpers.js';

const reparse = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('round trip of strategies (checklist 29)', () => {
  it('every generated plan is valid (the arbitraries build what they claim)', () => {
    fc.assert(fc.property(planArb, ({ strategy }) => {
      const result = safeParseStrategy(strategy);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }), { numRuns: runs(150) });
  });

  it('parse → JSON → parse deep-equals the first parse, and serialising twice gives the same bytes', () => {
    fc.assert(fc.property(planArb, ({ strategy }) => {
      const first = parseStrategy(strategy);
      const text = JSON.stringify(first);
      const second = parseStrategy(JSON.parse(text));
      expect(second).toStrictEqual(first);
      expect(JSON.stringify(second)).toBe(text);
      expect(badNumbers(first)).toEqual([]);
    }), { numRuns: runs(150) });
  });

  it('the Cambodia example survives the round trip, twice', () => {
    const first = parseStrategy(cambodiaStrategyJson());
    const second = parseStrategy(reparse(first));
    const third = parseStrategy(reparse(second));
    expect(second).toStrictEqual(first);
    expect(JSON.stringify(third)).toBe(JSON.stringify(first));
  });

  it('integer-like keys (targets "2030", "10") come out in one documented order: the order JSON.parse gives', () => {
    const input = cambodiaStrategyJson();
    const indicator = input['indicators'][0] as Record<string, any>;
    const targets = indicator['targets'] as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(targets).reverse());
    const a = parseStrategy(input);
    indicator['targets'] = reversed;
    const b = parseStrategy(input);
    // Integer-like keys always iterate in ascending numeric order, whatever order they were written in.
    expect(Object.keys(a.indicators[0]?.targets ?? {})).toEqual(Object.keys(b.indicators[0]?.targets ?? {}));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('round trip of observations (checklist 29)', () => {
  it('parse → JSON → parse deep-equals the accepted observations; nothing is rejected the second time', () => {
    fc.assert(fc.property(planArb, ({ strategy, observations }) => {
      const plan = parseStrategy(strategy);
      const first = parseObservations(observations, plan);
      const text = JSON.stringify(first.observations);
      const second = parseObservations(JSON.parse(text), plan);
      expect(second.rejected).toEqual([]);
      expect(second.observations).toStrictEqual(first.observations);
      expect(JSON.stringify(second.observations)).toBe(text);
      expect(badNumbers(first.observations)).toEqual([]);
    }), { numRuns: runs(150) });
  });

  it('the Cambodia observations survive the round trip', () => {
    const plan = parseStrategy(cambodiaStrategyJson());
    for (const file of ['observations-2024.json', 'observations-2025-2026.json']) {
      const first = parseObservations(cambodiaObservationsJson(file), plan);
      const second = parseObservations(reparse(first.observations), plan);
      expect(second.rejected).toEqual([]);
      expect(second.observations).toStrictEqual(first.observations);
      expect(JSON.stringify(second.observations)).toBe(JSON.stringify(first.observations));
    }
  });

  it('−0 in the input (JSON.parse("-0") gives it) comes out as 0, so the round trip is exact', () => {
    const input = cambodiaStrategyJson();
    const ratio = (input['indicators'] as Record<string, any>[]).find((indicator) => indicator['measure'] === 'ratio' && indicator['formula'] === undefined && indicator['ratio'] === undefined);
    expect(ratio).toBeDefined();
    const text = JSON.stringify(input).replace(`"id":"${String(ratio?.['id'])}"`, `"id":"${String(ratio?.['id'])}","tolerance":-0`);
    const parsed = parseStrategy(JSON.parse(text.replace(/"value":0([,}])/g, '"value":-0$1')));
    expect(badNumbers(parsed)).toEqual([]);
    const plan = parseStrategy(cambodiaStrategyJson());
    const { observations } = parseObservations(JSON.parse(`[{"indicator":"${String(ratio?.['id'])}","period":"2024","value":-0}]`), plan);
    expect(observations).toHaveLength(1);
    expect(Object.is(observations[0]?.value, -0)).toBe(false);
  });
});
